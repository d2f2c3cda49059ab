//! Entities against the dev gold: TextLayer + NerLayer, then + KbLayer,
//! scored by the reference scorer. Skips when /work/shared is absent.

use marsad_core::output::{write_json, OutputOptions};
use marsad_core::{Date, Document, Pipeline};
use marsad_kb::KbLayer;
use marsad_ner::NerLayer;
use marsad_text::TextLayer;
use std::path::{Path, PathBuf};

fn shared() -> Option<PathBuf> {
    // `shared/` beside the repository (the crate is at `crates/marsad-kb`).
    let dir = std::env::var("MARSAD_SHARED")
        .unwrap_or_else(|_| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared").into());
    let p = PathBuf::from(dir);
    p.join("gold/dev").is_dir().then_some(p)
}

fn gold_docs(dir: &Path) -> Vec<Document> {
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    paths
        .iter()
        .map(|p| {
            let g: serde_json::Value =
                serde_json::from_str(&std::fs::read_to_string(p).unwrap()).unwrap();
            let text = std::fs::read_to_string(dir.join(g["text"].as_str().unwrap())).unwrap();
            let published = g["published"].as_str().and_then(|d| Date::parse(d).ok());
            Document::new(g["id"].as_str().unwrap(), text).with_published(published)
        })
        .collect()
}

/// Runs `pipeline` on the gold and returns score.py's entities row.
fn score(shared: &Path, pipeline: &Pipeline, name: &str) -> serde_json::Value {
    let gold = shared.join("gold/dev");
    let out = std::env::temp_dir().join(format!("marsad-kb-{name}-{}.jsonl", std::process::id()));
    let mut w = Vec::new();
    for mut doc in gold_docs(&gold) {
        pipeline.run(&mut doc);
        let opts = OutputOptions {
            tokens: false,
            sentences: false,
        };
        write_json(&doc, opts, false, &mut w).unwrap();
        w.push(b'\n');
    }
    std::fs::write(&out, &w).unwrap();
    let run = std::process::Command::new("python3")
        .arg(shared.join("gold/tools/score.py"))
        .arg(&gold)
        .arg(&out)
        .arg("--json")
        .output()
        .expect("python3 runs");
    assert!(
        run.status.success(),
        "{}",
        String::from_utf8_lossy(&run.stderr)
    );
    let text = String::from_utf8(run.stdout).unwrap();
    let table: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    if std::env::var("MARSAD_KEEP").is_err() {
        let _ = std::fs::remove_file(&out);
    } else {
        eprintln!("kept {}", out.display());
    }
    table["entities"].clone()
}

#[test]
fn kb_layer_improves_entities_on_dev_gold() {
    let Some(shared) = shared() else {
        eprintln!("skipped: shared/gold/dev is not beside the repository (or set MARSAD_SHARED)");
        return;
    };
    let before = score(
        &shared,
        &Pipeline::new().with(TextLayer).with(NerLayer::new()),
        "ner",
    );
    let after = score(
        &shared,
        &Pipeline::new()
            .with(TextLayer)
            .with(NerLayer::new())
            .with(KbLayer::new()),
        "kb",
    );
    eprintln!("entities before (NER only): {before}");
    eprintln!("entities after (NER + KB):  {after}");
    let f = |v: &serde_json::Value, k: &str| v[k].as_f64().unwrap_or(0.0);
    assert!(
        f(&after, "f1") > f(&before, "f1") + 0.05,
        "{before} -> {after}"
    );
    assert!(f(&after, "place_accuracy") >= 0.8, "{after}");
    // Floors a little under what the layer reaches, so regressions show.
    assert!(f(&after, "f1") >= 0.60, "{after}");
}
