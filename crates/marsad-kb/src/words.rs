//! Word forms the linker's readers compare: lists and stems are kept in
//! matching form without the article.

use marsad_core::{Document, EntityType};
use rustc_hash::FxHashMap;

/// A word in matching form without the article (a word of two letters or
/// fewer after it keeps it: ال alone, الي).
pub(crate) fn bare(w: &str) -> &str {
    match w.strip_prefix("ال") {
        Some(r) if r.chars().count() >= 2 => r,
        _ => w,
    }
}

/// The stem of token `i` without the article.
pub(crate) fn key(doc: &Document, i: usize) -> &str {
    bare(doc.stem(&doc.tokens[i]))
}

/// Every form a head noun takes with the proclitics the tokenizer may leave
/// on it (و/ف, then ب/ل/ك: وبمركز، لوزارة), each with the bytes those take
/// and the head's value. Fewer letters win when two heads give one form, as
/// in [`marsad_text::clitics::readings`] order.
pub(crate) fn head_forms<T: Copy>(heads: &FxHashMap<String, T>) -> FxHashMap<String, (usize, T)> {
    let mut forms = FxHashMap::default();
    let prefixes: [&[&str]; 3] = [
        &[""],
        &["و", "ف", "ب", "ل", "ك"],
        &["وب", "ول", "وك", "فب", "فل", "فك"],
    ];
    for group in prefixes {
        for (head, &value) in heads {
            for p in group {
                forms
                    .entry(format!("{p}{head}"))
                    .or_insert((p.len(), value));
            }
        }
    }
    forms
}

/// The entity type a data file writes as ORG, LOC or MISC; `file` and
/// `line` name the row in the panic a bad one causes (data files are
/// compiled in, so a test catches it).
pub(crate) fn entity_type(code: Option<&str>, file: &str, line: &str) -> EntityType {
    match code {
        Some("ORG") => EntityType::Organization,
        Some("LOC") => EntityType::Location,
        Some("MISC") => EntityType::Misc,
        other => panic!("{file}: bad type {other:?} in `{line}`"),
    }
}
