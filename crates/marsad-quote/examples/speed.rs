//! Throughput of the quote layer alone (after the text layer), in MB/s of
//! input on one core, over the corpus texts repeated into one large input.
//!
//! usage: cargo run --release -p marsad-quote --example speed -- [CORPUS_DIR]
//! (defaults to /work/shared/corpus/dev).

use marsad_core::{Document, Stage};
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args().nth(1).unwrap_or_else(|| {
        concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/corpus/dev").to_string()
    });
    let mut texts = Vec::new();
    for entry in std::fs::read_dir(&dir)? {
        let path = entry?.path();
        if path.extension().is_some_and(|x| x == "txt") {
            texts.push(std::fs::read_to_string(path)?);
        }
    }
    if texts.is_empty() {
        eprintln!("no .txt files in {dir}");
        return Ok(());
    }
    let mut docs: Vec<Document> = (0..200)
        .flat_map(|k| {
            texts
                .iter()
                .map(move |t| Document::new(format!("d{k}"), t.clone()))
        })
        .collect();
    for d in &mut docs {
        marsad_text::TextLayer.annotate(d);
    }
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let start = Instant::now();
    let mut quotes = 0;
    for d in &mut docs {
        marsad_quote::QuoteLayer.annotate(d);
        quotes += d.quotes.len();
    }
    let secs = start.elapsed().as_secs_f64();
    println!(
        "{} documents, {:.1} MB, {quotes} quotes in {secs:.3} s: {:.1} MB/s",
        docs.len(),
        bytes as f64 / 1e6,
        bytes as f64 / 1e6 / secs
    );
    Ok(())
}
