//! Runs the pipeline (text, times, entities, quotes) over every gold file of
//! a directory and prints one JSON line per article, for
//! `shared/gold/tools/score.py GOLD_DIR OUT.jsonl`.
//!
//! usage: cargo run --release -p marsad-quote --features pipeline --example gold_jsonl -- [GOLD_DIR] > OUT.jsonl
//! (GOLD_DIR defaults to /work/shared/gold/dev). Add `--quotes` to print each
//! quote with its speaker, cue, stance, medium and date to stderr.

use marsad_core::output::{write_json, OutputOptions};
use marsad_core::{Date, Document, Stage};
use marsad_quote::QuoteLayer;
use std::io::Write;
use std::path::Path;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let show = args.iter().any(|a| a == "--quotes");
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| {
            concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/gold/dev").to_string()
        });
    let mut files: Vec<_> = std::fs::read_dir(&dir)?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    // The entity layer is optional for quotes: run without it when its
    // model cannot be loaded (the quote layer then adds its own speakers).
    let ner = quietly(marsad_ner::NerLayer::new)
        .map_err(|_| eprintln!("note: entity layer unavailable; quotes run without it"))
        .ok();
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for path in files {
        let gold: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        let id = gold["id"].as_str().unwrap_or_default();
        let text_path = Path::new(&path)
            .parent()
            .unwrap_or(Path::new("."))
            .join(gold["text"].as_str().unwrap_or_default());
        let text = std::fs::read_to_string(&text_path)?;
        let published = gold["published"].as_str().and_then(|p| Date::parse(p).ok());
        let mut doc = Document::new(id, text).with_published(published);
        marsad_text::TextLayer.annotate(&mut doc);
        marsad_time::TimeLayer.annotate(&mut doc);
        if let Some(ner) = &ner {
            ner.annotate(&mut doc);
        }
        let found = QuoteLayer.extract(&mut doc);
        if show {
            eprintln!("== {id}");
            for q in &found {
                let content: String = doc.slice(q.span).chars().take(60).collect();
                eprintln!(
                    "  [{:?}] {:?} <{} {} {}> medium={:?} date={:?}{} | {}",
                    q.kind,
                    q.speaker,
                    q.cue.surface,
                    q.cue.lemma,
                    q.cue.stance.as_str(),
                    q.medium,
                    q.date,
                    if q.nested { " nested" } else { "" },
                    content
                );
            }
        }
        doc.quotes = found
            .into_iter()
            .map(|q| marsad_core::Quote {
                span: q.span,
                speaker: q.speaker,
                kind: q.kind,
            })
            .collect();
        write_json(
            &doc,
            OutputOptions {
                tokens: false,
                sentences: false,
            },
            false,
            &mut out,
        )?;
        writeln!(out)?;
    }
    Ok(())
}

/// Runs `f`, turning a panic into `Err` without printing it.
fn quietly<T>(f: fn() -> T) -> std::thread::Result<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(f);
    std::panic::set_hook(hook);
    r
}
