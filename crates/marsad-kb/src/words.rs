//! Word forms the linker's readers compare: lists and stems are kept in
//! matching form without the article.

use marsad_core::Document;

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
