//! Throughput of TextLayer + NerLayer with and without KbLayer, one core.
//! `cargo run -p marsad-kb --release --example speed -- NEWS.jsonl [DOCS]`

use marsad_core::{Document, Pipeline};
use std::io::BufRead;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: speed NEWS.jsonl [DOCS]");
    let limit: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("readable"));
    let texts: Vec<String> = file
        .lines()
        .take(limit)
        .filter_map(|l| {
            let v: serde_json::Value = serde_json::from_str(&l.ok()?).ok()?;
            Some(v["text"].as_str()?.to_string())
        })
        .collect();
    let bytes: usize = texts.iter().map(String::len).sum();
    let t = std::time::Instant::now();
    let _ = marsad_kb::Kb::bundled();
    eprintln!("KB load: {:.1?}", t.elapsed());
    let base = Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_ner::NerLayer::new());
    let full = Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_ner::NerLayer::new())
        .with(marsad_kb::KbLayer::new());
    // The link stage alone, on documents the tagger has already read.
    let mut docs: Vec<Document> = texts
        .iter()
        .map(|t| {
            let mut d = Document::new("x", t.as_str());
            base.run(&mut d);
            d
        })
        .collect();
    let kb = marsad_kb::KbLayer::new();
    let t = std::time::Instant::now();
    for d in &mut docs {
        marsad_core::Stage::annotate(&kb, d);
    }
    let s = t.elapsed().as_secs_f64();
    println!(
        "kb stage alone: {:.2} s = {:.1} MB/s",
        s,
        bytes as f64 / 1e6 / s
    );
    for (name, p) in [
        ("text+ner", &base),
        ("text+ner+kb", &full),
        ("text+ner", &base),
        ("text+ner+kb", &full),
    ] {
        let t = std::time::Instant::now();
        let mut n = 0;
        for text in &texts {
            let mut d = Document::new("x", text.as_str());
            p.run(&mut d);
            n += d.entities.len();
        }
        let s = t.elapsed().as_secs_f64();
        println!(
            "{name}: {} docs, {:.1} MB in {s:.2} s = {:.2} MB/s ({n} entities)",
            texts.len(),
            bytes as f64 / 1e6,
            bytes as f64 / 1e6 / s
        );
    }
}
