//! Places and bodies named after a person with an honorific: جامعة الملك
//! سعود، مستشفى الملك فهد التخصصي، مركز الأمير سلطان بن عبدالعزيز، جامعة
//! الإمام محمد بن سعود الإسلامية.
//!
//! Saudi and Gulf news name hospitals, universities, airports, roads and
//! prizes this way all the time, and a tagger trained on other news reads
//! them as a head noun and a person (جامعة + سعود). The pattern is regular:
//! a head noun (`data/named_after.tsv`), an honorific with its article, a
//! person's name (one name, عبد + name, then بن/بنت + name or آل + name), then
//! adjectives and fixed tails that belong to the name (الدولي، للعلوم
//! والتقنية). The whole phrase becomes one entity, replacing the tagger's
//! pieces; a knowledge-base match over the same words is kept as it is.

use crate::claims::Claims;
use crate::words::key;
use marsad_core::{Document, Entity, EntityType, Proclitics, Span, TokenKind};
use marsad_text::phrases::{original_offset, phrase_norms};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const NAMED_AFTER_TSV: &str = include_str!("../data/named_after.tsv");

struct Lexicon {
    heads: FxHashMap<String, EntityType>,
    /// The heads with the proclitics the tokenizer may leave on ([`crate::words::head_forms`]).
    head_forms: FxHashMap<String, (usize, EntityType)>,
    honorifics: FxHashSet<String>,
    modifiers: FxHashSet<String>,
    tails: Vec<Vec<String>>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            heads: FxHashMap::default(),
            head_forms: FxHashMap::default(),
            honorifics: FxHashSet::default(),
            modifiers: FxHashSet::default(),
            tails: Vec::new(),
        };
        for row in crate::words::classed_rows(NAMED_AFTER_TSV) {
            match row.class {
                Some("head") => {
                    let kind = row.head_type("named_after.tsv");
                    lex.heads.insert(row.word, kind);
                }
                Some("honorific") => {
                    lex.honorifics.insert(row.word);
                }
                Some("modifier") => {
                    lex.modifiers.insert(row.word);
                }
                Some("tail") => lex.tails.push(phrase_norms(row.written)),
                other => panic!("named_after.tsv: bad class {other:?} in `{}`", row.line),
            }
        }
        lex.head_forms = crate::words::head_forms(&lex.heads);
        lex
    })
}

/// Words that end a name: particles, prepositions and pronouns have no
/// proclitic to give them away.
const NOT_NAMES: &[&str] = &[
    "في",
    "من",
    "علي",
    "الي",
    "عن",
    "مع",
    "ان",
    "او",
    "ثم",
    "قد",
    "لا",
    "ما",
    "هذا",
    "هذه",
    "ذلك",
    "تلك",
    "بعد",
    "قبل",
    "عند",
    "حتي",
    "منذ",
    "امس",
    "اليوم",
    "غدا",
    "عبر",
    "خلال",
    "حيث",
    "كما",
    "التي",
    "الذي",
    "يوم",
    "وقد",
    "الذين",
];

/// A named-after phrase that starts at a head noun.
struct Found<'d> {
    /// The head noun in matching form (جامعه).
    head: &'d str,
    /// Bytes of proclitics before the head noun, in its matching form.
    head_cut: usize,
    /// The token after the phrase.
    end: usize,
    kind: EntityType,
}

/// The named-after phrase that starts with the head noun at token `i`, if any.
fn phrase_at<'d>(doc: &'d Document, lex: &Lexicon, i: usize) -> Option<Found<'d>> {
    let n = doc.tokens.len();
    let tok = |j: usize| doc.tokens.get(j).filter(|t| t.kind == TokenKind::Arabic);
    // The honorific first: it is rare, and the head's readings cost more.
    let honorific = tok(i + 1)?;
    if honorific.proclitics.0 & !Proclitics::AL != 0
        || !lex.honorifics.contains(doc.norm(honorific))
    {
        return None;
    }
    let head = tok(i)?;
    // A head with a preposition the tokenizer leaves on (بمركز، لمستشفى).
    let norm = doc.norm(head);
    let &(head_cut, kind) = lex.head_forms.get(norm)?;
    let head_word = &norm[head_cut..];
    let name_word = |j: usize| {
        tok(j).is_some_and(|t| {
            let w = doc.norm(t);
            t.proclitics.0 == 0
                && !w.starts_with("ال")
                && w.chars().count() >= 2
                && !NOT_NAMES.contains(&w)
        })
    };
    // One name: فهد، عبدالعزيز، or عبد العزيز written apart.
    let name_at = |j: usize| -> Option<usize> {
        if !name_word(j) {
            return None;
        }
        let joined = doc.norm(&doc.tokens[j]) == "عبد" && j + 1 < n && {
            let next = doc.norm(&doc.tokens[j + 1]);
            next.starts_with("ال") && doc.tokens[j + 1].kind == TokenKind::Arabic
        };
        Some(if joined { j + 2 } else { j + 1 })
    };
    let mut end = name_at(i + 2)?;
    // بن/بنت + name, آل + name (آل folds to ال).
    while end < n {
        let w = doc.norm(&doc.tokens[end]);
        if !matches!(w, "بن" | "بنت" | "ابن" | "ال") {
            break;
        }
        match name_at(end + 1) {
            Some(after) => end = after,
            None => break,
        }
    }
    // Adjectives of the name (at most two), then a fixed tail.
    for _ in 0..2 {
        match tok(end) {
            Some(t)
                if t.proclitics == Proclitics(Proclitics::AL)
                    && lex.modifiers.contains(key(doc, end)) =>
            {
                end += 1
            }
            _ => break,
        }
    }
    for tail in &lex.tails {
        let fits = end + tail.len() <= n
            && tail
                .iter()
                .enumerate()
                .all(|(k, w)| doc.norm(&doc.tokens[end + k]) == w);
        if fits {
            end += tail.len();
            break;
        }
    }
    Some(Found {
        head: head_word,
        head_cut,
        end,
        kind,
    })
}

/// Adds the named-after entities of `doc` to `out` (entity, knowledge-base
/// entry): each takes over the tagger's mentions it overlaps; one that
/// overlaps a mention linked to the knowledge base is left to that entry.
pub fn add_named_after(doc: &Document, out: &mut Vec<(Entity, Option<u32>)>) {
    let lex = lexicon();
    let n = doc.tokens.len();
    let mut found: Vec<(Span, EntityType, &str)> = Vec::new();
    let mut i = 0;
    while i + 2 < n {
        let Some(f) = phrase_at(doc, lex, i) else {
            i += 1;
            continue;
        };
        let head = &doc.tokens[i];
        let skip = original_offset(doc.token_text(head), f.head_cut);
        found.push((
            Span::new(head.span.start + skip, doc.tokens[f.end - 1].span.end),
            f.kind,
            f.head,
        ));
        i = f.end;
    }
    if found.is_empty() {
        return;
    }
    let mut claims = Claims::new(out);
    for (span, kind, head) in found {
        let linked = claims
            .overlapping(span)
            .iter()
            .any(|&(_, e)| out[e].1.is_some());
        if !linked {
            claims.add(doc, out, span, kind, head, None);
        }
    }
    claims.refer_back(doc, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_core::Stage;

    fn entities(text: &str, tagged: &[(&str, EntityType)]) -> Vec<(String, EntityType, usize)> {
        let mut doc = Document::new("t", text);
        marsad_text::TextLayer.annotate(&mut doc);
        let mut out: Vec<(Entity, Option<u32>)> = tagged
            .iter()
            .map(|(w, kind)| {
                let at = text.find(w).unwrap();
                (
                    Entity::unlinked(
                        w.to_string(),
                        *kind,
                        false,
                        vec![Span::new(at, at + w.len())],
                    ),
                    None,
                )
            })
            .collect();
        add_named_after(&doc, &mut out);
        out.retain(|(e, _)| !e.mentions.is_empty());
        out.iter()
            .map(|(e, _)| (e.name.clone(), e.kind, e.mentions.len()))
            .collect()
    }

    #[test]
    fn institutions_named_after_royals_are_one_entity() {
        let found = entities(
            "وقال مدير جامعة الملك سعود إن الطلاب نقلوا إلى مستشفى الملك فهد التخصصي بالدمام.",
            &[("سعود", EntityType::Person), ("فهد", EntityType::Person)],
        );
        assert_eq!(
            found,
            [
                ("جامعة الملك سعود".to_string(), EntityType::Organization, 1),
                (
                    "مستشفى الملك فهد التخصصي".to_string(),
                    EntityType::Organization,
                    1
                ),
            ]
        );
    }

    #[test]
    fn long_names_proclitics_and_tails() {
        let found = entities(
            "وافتتح بمركز الأمير سلطان بن عبدالعزيز قسما، وأعلنت مدينة الملك عبد العزيز للعلوم والتقنية برنامجا، \
             ودرس في جامعة الإمام محمد بن سعود الإسلامية.",
            &[],
        );
        let names: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(
            names,
            [
                "مركز الأمير سلطان بن عبدالعزيز",
                "مدينة الملك عبد العزيز للعلوم والتقنية",
                "جامعة الإمام محمد بن سعود الإسلامية",
            ]
        );
        assert_eq!(found[1].1, EntityType::Location);
    }

    #[test]
    fn the_head_noun_later_refers_back() {
        let found = entities(
            "استقبل وكيل جامعة الملك خالد الطلاب، وقال إن الجامعة وفرت للبرنامج قاعات.",
            &[("الجامعة", EntityType::Organization)],
        );
        assert_eq!(
            found,
            [("جامعة الملك خالد".to_string(), EntityType::Organization, 2)]
        );
        // Two universities: الجامعة is left as it was.
        let found = entities(
            "زار جامعة الملك سعود ثم جامعة الملك خالد، وقال إن الجامعة تستعد.",
            &[],
        );
        assert!(found.iter().all(|f| f.2 == 1), "{found:?}");
    }

    #[test]
    fn no_entity_without_a_name_after_the_honorific() {
        assert!(entities("وقال مدير الجامعة إن الملك في زيارة.", &[]).is_empty());
        assert!(entities("وزار مستشفى الملك في الرياض.", &[]).is_empty());
    }
}
