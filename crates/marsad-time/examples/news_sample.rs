//! Runs the text, time and quantity layers over a JSONL news file (fields
//! `id`, `text`, `published`) on one thread and reports the speed; with
//! `--show`, prints every time and quantity with its context for review.
//!
//! usage: cargo run --release -p marsad-time --example news_sample -- FILE [LIMIT] [--show] [--skip N]

use marsad_core::{Date, Document, Pipeline};
use std::io::BufRead;
use std::time::{Duration, Instant};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = args
        .first()
        .expect("usage: news_sample FILE [LIMIT] [--show] [--skip N]");
    let limit: usize = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(2000);
    let show = args.iter().any(|a| a == "--show");
    let skip: usize = args
        .iter()
        .position(|a| a == "--skip")
        .and_then(|p| args.get(p + 1))
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let file = std::fs::File::open(path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let mut docs = Vec::new();
    for line in std::io::BufReader::new(file).lines().skip(skip).take(limit) {
        let v: serde_json::Value = serde_json::from_str(&line.expect("line")).expect("json");
        let published = v["published"].as_str().and_then(|s| Date::parse(s).ok());
        docs.push(
            Document::new(
                v["id"].as_str().unwrap_or_default(),
                v["text"].as_str().unwrap_or_default(),
            )
            .with_published(published),
        );
    }
    let text = Pipeline::new().with(marsad_text::TextLayer);
    let layers = Pipeline::new()
        .with(marsad_time::TimeLayer)
        .with(marsad_quantity::QuantityLayer);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    let (mut t_text, mut t_layers) = (Duration::ZERO, Duration::ZERO);
    let (mut n_times, mut n_quantities) = (0, 0);
    for doc in &mut docs {
        let t0 = Instant::now();
        text.run(doc);
        let t1 = Instant::now();
        layers.run(doc);
        t_layers += t1.elapsed();
        t_text += t1 - t0;
        n_times += doc.times.len();
        n_quantities += doc.quantities.len();
        if show {
            println!("== {} {:?}", doc.id, doc.published.map(|d| d.to_string()));
            let ctx = |s: usize, e: usize| {
                let a = doc.text[..s]
                    .char_indices()
                    .rev()
                    .nth(30)
                    .map_or(0, |(i, _)| i);
                let b = doc.text[e..]
                    .char_indices()
                    .nth(20)
                    .map_or(doc.text.len(), |(i, _)| e + i);
                format!(
                    "{}[{}]{}",
                    &doc.text[a..s],
                    &doc.text[s..e],
                    &doc.text[e..b]
                )
                .replace('\n', " ")
            };
            for t in &doc.times {
                println!(
                    "  T {:?} {} {:?} | {}",
                    t.kind,
                    t.value,
                    t.modifier,
                    ctx(t.span.start, t.span.end)
                );
            }
            for q in &doc.quantities {
                println!(
                    "  Q {:?} {:?}-{:?} {:?} {:?} | {}",
                    q.value,
                    q.min,
                    q.max,
                    q.modifier,
                    q.unit,
                    ctx(q.span.start, q.span.end)
                );
            }
        }
    }
    let mb = bytes as f64 / 1e6;
    eprintln!(
        "{} docs, {:.1} MB: text layer {:.1} MB/s; times+quantities {:.1} MB/s; all three {:.1} MB/s; {} times, {} quantities",
        docs.len(),
        mb,
        mb / t_text.as_secs_f64(),
        mb / t_layers.as_secs_f64(),
        mb / (t_text + t_layers).as_secs_f64(),
        n_times,
        n_quantities
    );
}
