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

/// One row of a classed lexicon (`bodies.tsv`, `named_after.tsv`): a word
/// or phrase, its class, then what the class takes (a head's entity type
/// and flags).
pub(crate) struct ClassedRow<'a> {
    /// The first column as written.
    pub written: &'a str,
    /// Its matching form.
    pub word: String,
    pub class: Option<&'a str>,
    /// The columns after the class.
    pub rest: Vec<&'a str>,
    /// The whole line, for error messages.
    pub line: &'a str,
}

impl ClassedRow<'_> {
    /// The entity type of a `head` row (its first column after the class).
    pub fn head_type(&self, file: &str) -> EntityType {
        entity_type(self.rest.first().copied(), file, self.line)
    }

    /// Whether the row carries `flag` after its entity type.
    pub fn has_flag(&self, flag: &str) -> bool {
        self.rest.iter().skip(1).any(|f| *f == flag)
    }
}

/// The rows of a classed lexicon file's text (comments and blank lines
/// skipped, columns trimmed).
pub(crate) fn classed_rows(tsv: &str) -> impl Iterator<Item = ClassedRow<'_>> {
    marsad_text::lexicon::lines(tsv).map(|line| {
        let mut cols = line.split('\t').map(str::trim);
        let written = cols.next().unwrap_or("");
        ClassedRow {
            written,
            word: marsad_text::normalize(written),
            class: cols.next(),
            rest: cols.collect(),
            line,
        }
    })
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
