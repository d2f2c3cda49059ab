//! The quote layer against the shared gold files (`/work/shared/gold`), read
//! the way `gold/tools/score.py` reads them: a gold quote is found when a
//! system quote overlaps its content, and its speaker is right when the
//! system's speaker string names the same gold entity. Runs with the text
//! layer only (no entity layer), the hardest setting for speakers. Skips,
//! saying why, where the shared data is absent.

use marsad_core::{Date, Document, Stage};
use marsad_quote::{name_key, QuoteInfo, QuoteLayer};
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `shared/` beside the repository (the crate is at `crates/marsad-quote`).
const GOLD_DIR: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/gold/dev");

fn gold_files() -> Option<Vec<PathBuf>> {
    let dir = std::env::var("MARSAD_GOLD_DIR").unwrap_or_else(|_| GOLD_DIR.to_string());
    let Ok(entries) = std::fs::read_dir(&dir) else {
        eprintln!("skipped: no gold directory at {dir}");
        return None;
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "json"))
        .collect();
    files.sort();
    Some(files)
}

struct Article {
    gold: Value,
    doc: Document,
    found: Vec<QuoteInfo>,
}

fn run(path: &Path) -> Article {
    let gold: Value = serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let text_path = path.parent().unwrap().join(gold["text"].as_str().unwrap());
    let text = std::fs::read_to_string(text_path).unwrap();
    let published = gold["published"].as_str().and_then(|d| Date::parse(d).ok());
    let mut doc = Document::new(gold["id"].as_str().unwrap(), text).with_published(published);
    marsad_text::TextLayer.annotate(&mut doc);
    let found = QuoteLayer.extract(&mut doc);
    Article { gold, doc, found }
}

/// The gold entity (by index) that a name refers to, as score.py's match_entity.
fn match_entity(gold: &Value, name: &str) -> Option<usize> {
    let key = name_key(name);
    if key.is_empty() {
        return None;
    }
    gold["entities"].as_array()?.iter().position(|e| {
        std::iter::once(&e["name"])
            .chain(e["aliases"].as_array().into_iter().flatten())
            .filter_map(Value::as_str)
            .any(|f| name_key(f) == key)
    })
}

/// The byte span of the nth occurrence of `needle`.
fn locate(text: &str, needle: &str, nth: usize) -> Option<(usize, usize)> {
    let mut from = 0;
    let mut at = None;
    for _ in 0..nth {
        let i = from + text[from..].find(needle)?;
        at = Some(i);
        from = i + needle.chars().next().map_or(1, char::len_utf8);
    }
    at.map(|i| (i, i + needle.len()))
}

/// (gold quotes found, gold quotes, speakers right, system quotes on gold).
fn score(a: &Article) -> (usize, usize, usize, usize) {
    let golds = a.gold["quotes"].as_array().cloned().unwrap_or_default();
    let spans: Vec<Option<(usize, usize)>> = golds
        .iter()
        .map(|g| {
            let nth = g["nth"].as_u64().unwrap_or(1) as usize;
            locate(&a.doc.text, g["content"].as_str().unwrap(), nth)
        })
        .collect();
    let overlaps = |g: (usize, usize), q: &QuoteInfo| g.0 < q.span.end && q.span.start < g.1;
    let (mut found, mut right) = (0, 0);
    for (g, span) in golds.iter().zip(&spans) {
        let Some(span) = *span else { continue };
        let cands: Vec<&QuoteInfo> = a.found.iter().filter(|q| overlaps(span, q)).collect();
        if cands.is_empty() {
            continue;
        }
        found += 1;
        let want = match_entity(&a.gold, g["speaker"].as_str().unwrap());
        if want.is_some()
            && cands
                .iter()
                .any(|q| match_entity(&a.gold, q.speaker.as_deref().unwrap_or("")) == want)
        {
            right += 1;
        }
    }
    let on_gold = a
        .found
        .iter()
        .filter(|q| spans.iter().flatten().any(|&g| overlaps(g, q)))
        .count();
    (found, golds.len(), right, on_gold)
}

#[test]
fn seed_article_statements_have_their_speakers() {
    let Some(files) = gold_files() else { return };
    let Some(seed) = files
        .iter()
        .find(|p| p.ends_with("seed-kss-volunteers.json"))
    else {
        eprintln!("skipped: no seed gold file");
        return;
    };
    let a = run(seed);
    let (found, total, right, _) = score(&a);
    assert_eq!(found, total, "every seed statement is found");
    assert_eq!(right, total, "every seed statement has its speaker");
    // The three "قال" continuations and "المتحدث باسم الكتائب" go to the spokesman.
    let by_spokesman = a
        .found
        .iter()
        .filter(|q| q.speaker.as_deref() == Some("كاظم الفرتوسي"))
        .count();
    assert!(
        by_spokesman >= 5,
        "{by_spokesman} statements by the spokesman"
    );
}

#[test]
fn dev_gold_quotes_and_speakers_clear_the_targets() {
    let Some(files) = gold_files() else { return };
    let (mut found, mut total, mut right, mut on_gold, mut system) = (0, 0, 0, 0, 0);
    for path in &files {
        let a = run(path);
        let (f, t, r, o) = score(&a);
        found += f;
        total += t;
        right += r;
        on_gold += o;
        system += a.found.len();
    }
    if total == 0 {
        eprintln!("skipped: no gold quotes");
        return;
    }
    let recall = found as f64 / total as f64;
    let precision = on_gold as f64 / system.max(1) as f64;
    let f1 = 2.0 * precision * recall / (precision + recall);
    let speakers = right as f64 / found.max(1) as f64;
    eprintln!("quotes P={precision:.3} R={recall:.3} F1={f1:.3} speakers={speakers:.3}");
    assert!(f1 >= 0.85, "quotes F1 {f1:.3}");
    assert!(speakers >= 0.85, "speaker accuracy {speakers:.3}");
}
