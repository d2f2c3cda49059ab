//! Runs the full pipeline (as `marsad eval` does) over every dev gold
//! article and prints the scoring view, one JSON object a line, for `shared/gold/tools/score.py`:
//!
//! ```text
//! cargo run --release -p marsad-event --example gold_jsonl -- /work/shared/gold/dev > /tmp/ev.jsonl
//! python3 /work/shared/gold/tools/score.py /work/shared/gold/dev /tmp/ev.jsonl --verbose | grep events
//! ```
//! With `--events` it prints the PLOVER-style event records instead.

mod common;

use marsad_core::output::{write_json, OutputOptions};
use marsad_core::{Date, Document};
use std::io::Write;
use std::path::Path;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let records = args.iter().any(|a| a == "--events");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/gold/dev").into());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("no gold directory at {dir}: nothing to do");
        return;
    };
    let mut paths: Vec<_> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    paths.sort();
    let pipeline = common::layers_before_events().with(marsad_event::EventLayer::new());
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for p in paths {
        let gold: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&p).expect("read gold"))
                .expect("gold json");
        let text_path = Path::new(&p)
            .parent()
            .unwrap()
            .join(gold["text"].as_str().unwrap_or(""));
        let Ok(text) = std::fs::read_to_string(&text_path) else {
            eprintln!("missing text {}", text_path.display());
            continue;
        };
        let published = gold["published"].as_str().and_then(|d| Date::parse(d).ok());
        let mut doc =
            Document::new(gold["id"].as_str().unwrap_or(""), text).with_published(published);
        pipeline.run(&mut doc);
        if records {
            let coded = marsad_event::code_events(&doc);
            marsad_event::write_jsonl(&doc, &coded, &mut out).expect("write");
        } else {
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
}
