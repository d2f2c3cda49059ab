//! القاعدة: al-Qaeda, or "the base".
//!
//! The KB knows القاعدة as a weak name of al-Qaeda, and the tagger often
//! reads it as an organization. In news of a military base (قاعدة العند،
//! قاعدة عين الأسد) the bare word is that base again (تمشط القاعدة، غارات
//! على القاعدة، انسحبوا من القاعدة), which made al-Qaeda the target of
//! strikes on a base. The cues are in `data/qaeda_or_base.tsv`.

use marsad_core::{Document, Proclitics, Span};
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const QAEDA_OR_BASE_TSV: &str = include_str!("../data/qaeda_or_base.tsv");

#[derive(Default)]
struct Cues {
    base_after: FxHashSet<&'static str>,
    base_before: FxHashSet<&'static str>,
    org_before: FxHashSet<&'static str>,
    org_after: FxHashSet<&'static str>,
}

fn cues() -> &'static Cues {
    static CUES: OnceLock<Cues> = OnceLock::new();
    CUES.get_or_init(|| {
        let mut c = Cues::default();
        for line in marsad_text::lexicon::lines(QAEDA_OR_BASE_TSV) {
            let Some((kind, word)) = line.split_once('\t') else {
                continue;
            };
            let set = match kind {
                "base-after" => &mut c.base_after,
                "base-before" => &mut c.base_before,
                "org-before" => &mut c.org_before,
                "org-after" => &mut c.org_after,
                _ => continue,
            };
            set.insert(word.trim());
        }
        c
    })
}

/// Which mentions of القاعدة in one document are the base.
pub(crate) struct BaseReading {
    /// The document names a base (قاعدة العند، قاعدة جوية) and never names
    /// al-Qaeda in full (تنظيم القاعدة، «القاعدة»، القاعدة في جزيرة العرب):
    /// then a bare القاعدة is the base too.
    bare_is_base: bool,
    /// Tokens of القاعدة that name al-Qaeda in full.
    branches: Vec<usize>,
}

impl BaseReading {
    /// Reads the document; `names_after(i)` tells whether a tagged or KB
    /// name follows the word قاعدة at token `i`, or starts with it (قاعدة
    /// العند); `country_at(i)`, whether a country's name starts at token `i`.
    pub(crate) fn of(
        doc: &Document,
        names_after: impl Fn(usize) -> bool,
        country_at: impl Fn(usize) -> bool,
    ) -> Option<BaseReading> {
        if !doc.text.contains("قاعد") {
            return None;
        }
        let c = cues();
        let n = doc.tokens.len();
        let mut names_base = false;
        let mut branches = Vec::new();
        for i in 0..n {
            if doc.stem(&doc.tokens[i]) != "قاعده" {
                continue;
            }
            if doc.tokens[i].proclitics.has(Proclitics::AL) {
                if qaeda_named_in_full(doc, i, c, &country_at) {
                    branches.push(i);
                }
            } else {
                names_base |= names_after(i)
                    || (i + 1..n.min(i + 4))
                        .any(|j| c.base_after.contains(doc.norm(&doc.tokens[j])));
            }
        }
        Some(BaseReading {
            bare_is_base: names_base && branches.is_empty(),
            branches,
        })
    }

    /// Whether the mention `span` is القاعدة read as the base.
    pub(crate) fn is_base(&self, doc: &Document, span: Span) -> bool {
        let i = doc.tokens.partition_point(|t| t.span.end <= span.start);
        let Some(t) = doc.tokens.get(i) else {
            return false;
        };
        if t.span.end < span.end || doc.stem(t) != "قاعده" || !t.proclitics.has(Proclitics::AL)
        {
            return false;
        }
        let c = cues();
        let word = |j: usize| doc.tokens.get(j).map_or("", |t| doc.norm(t));
        let before = if i > 0 { word(i - 1) } else { "" };
        if c.base_after.contains(word(i + 1)) || c.base_before.contains(before) {
            return true;
        }
        self.bare_is_base
            && !(i > 0 && crate::nominal::is_org_head(doc, i - 1))
            && !self.branches.contains(&i)
    }
}

/// Whether القاعدة at token `i` names al-Qaeda in full: after تنظيم, as a
/// branch (القاعدة في جزيرة العرب، القاعدة في باكستان), or in quotation
/// marks or brackets.
fn qaeda_named_in_full(
    doc: &Document,
    i: usize,
    c: &Cues,
    country_at: &impl Fn(usize) -> bool,
) -> bool {
    let stem = |j: usize| doc.tokens.get(j).map_or("", |t| doc.stem(t));
    let norm = |j: usize| doc.tokens.get(j).map_or("", |t| doc.norm(t));
    let span = doc.tokens[i].span;
    let quoted = doc.text[..span.start]
        .chars()
        .next_back()
        .is_some_and(|ch| matches!(ch, '«' | '(' | '"' | '“' | '\''));
    (i > 0 && c.org_before.contains(stem(i - 1)))
        || (norm(i + 1) == "في" && (c.org_after.contains(norm(i + 2)) || country_at(i + 2)))
        || quoted
}
