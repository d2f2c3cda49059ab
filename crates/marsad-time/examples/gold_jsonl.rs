//! Runs the text, time and quantity layers over every dev gold article and
//! prints one JSON line per document, for `shared/gold/tools/score.py`.
//!
//! usage: cargo run -p marsad-time --example gold_jsonl [GOLD_DIR] > out.jsonl

use marsad_core::output::{write_json, OutputOptions};
use marsad_core::{Date, Document, Pipeline};
use std::io::Write;
use std::path::PathBuf;

fn main() {
    let dir = PathBuf::from(std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/gold/dev").into()
    }));
    let mut paths: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let pipeline = Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_time::TimeLayer)
        .with(marsad_quantity::QuantityLayer);
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in paths {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).expect("gold file"))
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let text_path = path
            .parent()
            .expect("gold dir")
            .join(gold["text"].as_str().expect("text field"));
        let text = std::fs::read_to_string(&text_path)
            .unwrap_or_else(|e| panic!("{}: {e}", text_path.display()));
        let published = gold["published"].as_str().and_then(|s| Date::parse(s).ok());
        let mut doc =
            Document::new(gold["id"].as_str().unwrap_or_default(), text).with_published(published);
        pipeline.run(&mut doc);
        write_json(
            &doc,
            OutputOptions {
                tokens: false,
                sentences: false,
            },
            false,
            &mut out,
        )
        .expect("write");
        writeln!(out).expect("write");
    }
}
