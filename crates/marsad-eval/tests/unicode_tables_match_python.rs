//! The character tables in src/unicode_tables.rs must be what tools/gen_unicode_tables.py
//! reads out of the Python that runs score.py; a Python with another Unicode version would
//! classify some characters differently, so the test says so instead of comparing.

use std::path::Path;
use std::process::Command;

/// The generated file without its first two comment lines (which name the Python release).
fn table_body(text: &str) -> String {
    text.lines()
        .skip(2)
        .collect::<Vec<_>>()
        .join("\n")
        .trim_end()
        .to_string()
}

#[test]
fn generated_tables_match_this_python() {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let Ok(version) = Command::new("python3")
        .args([
            "-c",
            "import unicodedata; print(unicodedata.unidata_version)",
        ])
        .output()
    else {
        eprintln!("skipped: unicode_tables_match_python because python3 is not on PATH");
        return;
    };
    let version = String::from_utf8_lossy(&version.stdout).trim().to_string();
    if version != marsad_eval::UNICODE_VERSION {
        eprintln!(
            "skipped: unicode_tables_match_python because python3 has Unicode {version}, the tables {}",
            marsad_eval::UNICODE_VERSION
        );
        return;
    }
    let generated = Command::new("python3")
        .arg(crate_dir.join("tools/gen_unicode_tables.py"))
        .output()
        .expect("generator runs");
    assert!(generated.status.success(), "generator failed");
    let committed = std::fs::read_to_string(crate_dir.join("src/unicode_tables.rs"))
        .expect("tables file reads");
    assert!(
        table_body(&String::from_utf8_lossy(&generated.stdout)) == table_body(&committed),
        "src/unicode_tables.rs is stale: run python3 tools/gen_unicode_tables.py > src/unicode_tables.rs"
    );
}
