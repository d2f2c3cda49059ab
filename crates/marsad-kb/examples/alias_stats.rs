//! Which one-word place aliases of the automatic sources read as common
//! words in a corpus: how often each occurs and how often the tagger marks
//! it as a place. A curation aid for `data/stop_aliases.txt`.
//! `cargo run -p marsad-kb --release --example alias_stats -- NEWS.jsonl [DOCS]`

use marsad_core::{Document, EntityType, Stage};
use marsad_kb::{KbLayer, Source};
use std::collections::HashMap;
use std::io::BufRead;

fn main() {
    let mut args = std::env::args().skip(1);
    let path = args.next().expect("usage: alias_stats NEWS.jsonl [DOCS]");
    let limit: usize = args.next().and_then(|n| n.parse().ok()).unwrap_or(2000);
    let layer = KbLayer::new();
    let kb = layer.kb();
    let ner = marsad_ner::NerLayer::new();
    let mut counts: HashMap<String, (usize, usize)> = HashMap::new();
    let file = std::io::BufReader::new(std::fs::File::open(&path).expect("readable"));
    for line in file.lines().take(limit) {
        let v: serde_json::Value = serde_json::from_str(&line.unwrap()).unwrap();
        let mut doc = Document::new("x", v["text"].as_str().unwrap_or(""));
        marsad_text::TextLayer.annotate(&mut doc);
        ner.annotate(&mut doc);
        let locs: Vec<_> = doc
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Location)
            .flat_map(|e| e.mentions.iter().copied())
            .collect();
        for m in layer.find_matches(&doc) {
            if m.tokens.len() != 1
                || m.candidates.iter().any(|&(e, _)| {
                    kb.entry(e).source == Source::Curated
                        || kb.entry(e).precision == Some(marsad_kb::Precision::Country)
                })
            {
                continue;
            }
            let c = counts
                .entry(doc.norm(&doc.tokens[m.tokens.start]).to_string())
                .or_default();
            c.0 += 1;
            if locs.iter().any(|l| l.contains(&m.span)) {
                c.1 += 1;
            }
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort_by_key(|(_, (n, _))| std::cmp::Reverse(*n));
    for (w, (n, loc)) in v.iter().take(400) {
        println!("{n}\t{loc}\t{w}");
    }
}
