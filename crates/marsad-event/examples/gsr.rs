//! Event detection on the Arabic event GSR (openeventdata/arabic_event_gsr):
//! for ASSAULT and PROTEST, sentences labelled "yes" against those labelled
//! "easy no". A sentence is detected when the event layer codes an event of
//! that type in it that is not negated, hypothetical or future. Nothing is
//! trained on these files; the lexicon-based detector is only evaluated.
//!
//! `cargo run --release -p marsad-event --example gsr -- /work/shared/data/events/arabic-event-gsr [--errors]`

use marsad_core::{Document, Pipeline};

/// Splits one CSV record (RFC 4180 quotes) into fields.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => out.last_mut().unwrap().push(c),
        }
    }
    out
}

/// CSV records, joining lines inside quoted fields.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for line in text.lines().skip(1) {
        if !buf.is_empty() {
            buf.push('\n');
        }
        buf.push_str(line);
        if buf.matches('"').count() & 1 == 0 {
            out.push(fields(&buf));
            buf.clear();
        }
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let dir = args
        .iter()
        .find(|a| !a.starts_with("--"))
        .cloned()
        .unwrap_or_else(|| "/work/shared/data/events/arabic-event-gsr".into());
    let errors = args.iter().any(|a| a == "--errors");
    let pipeline = Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_ner::NerLayer::new())
        .with(marsad_event::EventLayer::new());
    for (file, kind) in [
        ("assault_gsr.dev.csv", "ASSAULT"),
        ("protest_gsr.dev.csv", "PROTEST"),
    ] {
        let path = format!("{dir}/{file}");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping {kind}: {path} not found");
            continue;
        };
        let (mut tp, mut fp, mut fneg, mut tn) = (0, 0, 0, 0);
        for r in records(&text) {
            // id, event_type, label, accept, reject, total, text
            let (Some(label), Some(sentence)) = (r.get(2), r.get(6)) else {
                continue;
            };
            let gold = match label.as_str() {
                "yes" => true,
                "easy no" => false,
                _ => continue,
            };
            let mut doc = Document::new(r[0].clone(), sentence.clone());
            pipeline.run(&mut doc);
            let found = doc.events.iter().any(|e| {
                e.kind == kind
                    && !matches!(e.modality.as_str(), "negated" | "hypothetical" | "future")
            });
            match (gold, found) {
                (true, true) => tp += 1,
                (false, true) => fp += 1,
                (true, false) => fneg += 1,
                (false, false) => tn += 1,
            }
            if errors && gold != found {
                let anchors: Vec<&str> = doc
                    .events
                    .iter()
                    .filter(|e| e.kind == kind)
                    .map(|e| doc.slice(e.span))
                    .collect();
                println!(
                    "{} {kind} {anchors:?}: {sentence}",
                    if gold { "MISS" } else { "FALSE" }
                );
            }
        }
        let p = tp as f64 / (tp + fp).max(1) as f64;
        let rec = tp as f64 / (tp + fneg).max(1) as f64;
        let f1 = if p + rec > 0.0 {
            2.0 * p * rec / (p + rec)
        } else {
            0.0
        };
        println!("{kind:8} yes={} easy-no={} tp={tp} fp={fp} fn={fneg} tn={tn} P={p:.3} R={rec:.3} F1={f1:.3}", tp + fneg, fp + tn);
    }
}
