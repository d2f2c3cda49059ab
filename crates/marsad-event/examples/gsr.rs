//! Event detection on the Arabic event GSR (openeventdata/arabic_event_gsr):
//! for ASSAULT and PROTEST, sentences labelled "yes" against those labelled
//! "easy no". A sentence is detected when the event layer codes an event of
//! that type in it that is not negated, hypothetical or future. Nothing is
//! trained on these files; the lexicon-based detector is only evaluated.
//! Each sentence runs through the standard pipeline (times, quantities,
//! entities, quotes, events) with the publication date its id carries.
//!
//! Records are sorted by id and split in two halves: the lexicon was
//! developed looking at half A only; half B is held out, so that its scores
//! show whether the rules generalize. `--half a|b` limits `--errors` and the
//! scores to one half.
//!
//! `cargo run --release -p marsad-event --example gsr -- [../shared/data/events/arabic-event-gsr] [--errors] [--half a|b]`

use marsad_core::{Date, Document, Pipeline};

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

/// The publication date a Gigaword document id carries
/// (`AAW_ARB_20080913.0007-59` → 2008-09-13): document metadata, as
/// `published` is for `marsad extract`.
fn published(id: &str) -> Option<Date> {
    let digits = id.split('_').nth(2)?.get(..8)?;
    let n = |r: std::ops::Range<usize>| digits.get(r)?.parse::<u32>().ok();
    Date::new(n(0..4)? as i32, n(4..6)?, n(6..8)?)
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The first argument that is neither a flag nor the value of --half.
    let dir = args
        .iter()
        .enumerate()
        .find(|(i, a)| !a.starts_with("--") && (*i == 0 || args[i - 1] != "--half"))
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/data/events/arabic-event-gsr"
            )
            .into()
        });
    let errors = args.iter().any(|a| a == "--errors");
    // --dump: every scored record as a TSV line (half, type, label, found,
    // anchors, sentence), for studying the rules.
    let dump = args.iter().any(|a| a == "--dump");
    let only = args
        .iter()
        .position(|a| a == "--half")
        .and_then(|i| args.get(i + 1))
        .map(|h| h.to_ascii_uppercase());
    // The standard pipeline (as `marsad extract` runs it): events read
    // times, quantities, linked entities and quotes.
    let pipeline = Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_time::TimeLayer)
        .with(marsad_quantity::QuantityLayer)
        .with(marsad_ner::NerLayer::new())
        .with(marsad_kb::KbLayer::new())
        .with(marsad_quote::QuoteLayer)
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
        let mut recs = records(&text);
        recs.sort_by(|a, b| a[0].cmp(&b[0]));
        let half = recs.len() / 2;
        // [half A, half B] × (tp, fp, fn, tn)
        let mut score = [[0usize; 4]; 2];
        for (n, r) in recs.iter().enumerate() {
            let h = usize::from(n >= half);
            if only.as_deref().is_some_and(|o| o != ["A", "B"][h]) {
                continue;
            }
            // id, event_type, label, accept, reject, total, text
            let (Some(label), Some(sentence)) = (r.get(2), r.get(6)) else {
                continue;
            };
            let gold = match label.as_str() {
                "yes" => true,
                "easy no" => false,
                _ => continue,
            };
            let mut doc =
                Document::new(r[0].clone(), sentence.clone()).with_published(published(&r[0]));
            pipeline.run(&mut doc);
            let found = doc.events.iter().any(|e| {
                e.kind == kind
                    && !matches!(e.modality.as_str(), "negated" | "hypothetical" | "future")
            });
            let cell = match (gold, found) {
                (true, true) => 0,
                (false, true) => 1,
                (true, false) => 2,
                (false, false) => 3,
            };
            score[h][cell] += 1;
            if dump {
                let anchors: Vec<&str> = doc
                    .events
                    .iter()
                    .filter(|e| e.kind == kind)
                    .map(|e| doc.slice(e.span))
                    .collect();
                println!(
                    "DUMP\t{}\t{kind}\t{gold}\t{found}\t{}\t{}",
                    ["A", "B"][h],
                    anchors.join("|"),
                    sentence.replace(['\n', '\t'], " ")
                );
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
        let all: [usize; 4] = std::array::from_fn(|c| score[0][c] + score[1][c]);
        for (name, [tp, fp, fneg, tn]) in [("A", score[0]), ("B", score[1]), ("all", all)] {
            if tp + fp + fneg + tn == 0 {
                continue;
            }
            let p = tp as f64 / (tp + fp).max(1) as f64;
            let rec = tp as f64 / (tp + fneg).max(1) as f64;
            let f1 = if p + rec > 0.0 {
                2.0 * p * rec / (p + rec)
            } else {
                0.0
            };
            println!(
                "{kind:8} {name:3} yes={} easy-no={} tp={tp} fp={fp} fn={fneg} tn={tn} P={p:.3} R={rec:.3} F1={f1:.3}",
                tp + fneg,
                fp + tn
            );
        }
    }
}
