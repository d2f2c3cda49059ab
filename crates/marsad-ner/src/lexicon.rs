//! What a tagger said about each word across a large unlabeled corpus.
//!
//! Most names in new text were never seen in the 125k training words, but
//! many were in the news: برلسكوني appears 21 times in a month of Saudi
//! news, in contexts (رئيس الوزراء الإيطالي السابق سيلفيو …) where the
//! tagger finds it even when the sentence at hand gives little away. So a
//! model tags the unlabeled corpus once, and each stem gets a code of the
//! labels it was given there: the share of each entity kind, the most
//! frequent kind, how often the stem was seen and how often inside a name
//! rather than at its start; and each pair of neighbouring stems that was
//! ever inside one entity, how often it was. The codes become features of
//! the token and its neighbours ([`crate::features`]).
//!
//! Training reads codes that a model without the sentence at hand produced
//! (jackknifing, as for the second pass): a lexicon made by a model that
//! saw the training names is right about them far more often than it will
//! be about new names, and the weights must learn how far to trust it.

use crate::features::TokenView;
use crate::label::Label;
use crate::model::{Model, Scratch};
use marsad_core::TokenKind;
use rustc_hash::FxHashMap as HashMap;

/// Share bucket of a kind: 0 (under 10%), 1, 2, 3 (60% or more).
fn share_bucket(n: u32, total: u32) -> u16 {
    let s = n as f64 / total.max(1) as f64;
    if s < 0.1 {
        0
    } else if s < 0.3 {
        1
    } else if s < 0.6 {
        2
    } else {
        3
    }
}

fn count_bucket(n: u32) -> u16 {
    match n {
        0..=1 => 0,
        2..=4 => 1,
        5..=19 => 2,
        _ => 3,
    }
}

/// The code of a stem labeled `counts` times per kind (O, PERS, LOC, ORG,
/// MISC, and then how many of the entity labels were I-): bits 0..8 two
/// bits of share per entity kind, 8..11 the most frequent kind (0 = O),
/// 11..13 its share, 13..15 the count bucket, 16..18 the share of I- among
/// the entity labels; bit 15 is set so that no code is 0.
pub(crate) fn code(counts: &[u32; 6]) -> u32 {
    let total: u32 = counts[..5].iter().sum();
    let mut c = 1u32 << 15;
    for k in 0..4 {
        c |= (share_bucket(counts[k + 1], total) as u32) << (2 * k);
    }
    let top = (0..5).max_by_key(|&k| (counts[k], 5 - k)).unwrap_or(0);
    c |= (top as u32) << 8;
    c |= (share_bucket(counts[top], total) as u32) << 11;
    c |= (count_bucket(total) as u32) << 13;
    let ent = total - counts[0];
    if ent > 0 {
        c |= (1 + share_bucket(counts[5], ent).min(2) as u32) << 16;
    }
    c
}

/// The share bucket of I- among the entity labels, plus one (0: none).
#[inline]
pub(crate) fn inside_of(code: u32) -> u32 {
    code >> 16 & 3
}

/// The share bucket of entity kind `k` (0..4) in `code`.
#[inline]
pub(crate) fn share_of(code: u32, k: usize) -> u32 {
    code >> (2 * k) & 3
}

/// The most frequent kind and its share bucket, as one small number.
#[inline]
pub(crate) fn top_of(code: u32) -> u32 {
    code >> 8 & 0x1f
}

/// The lexicon key of two neighbouring stems (by their hashes).
#[inline]
pub(crate) fn pair_key(a: u64, b: u64) -> u64 {
    crate::hash::pair(a ^ 0x6c65_7869_636f_6e32, b)
}

/// The code of a stem pair seen `total` times, `joined` of them inside
/// one entity (the second word an I- of the first's), most often of kind
/// `kind` (0..4): bit 15 set, bits 0..2 the joined share, 2..5 the kind,
/// 5..7 the count bucket.
fn pair_code(total: u32, joined: &[u32; 4]) -> u32 {
    let j: u32 = joined.iter().sum();
    let kind = (0..4).max_by_key(|&k| (joined[k], 4 - k)).unwrap_or(0) as u32;
    1 << 15 | share_bucket(j, total) as u32 | kind << 2 | (count_bucket(total) as u32) << 5
}

/// Sentence-ending tokens, where the unlabeled text is cut for tagging.
fn ends_sentence(norm: &str) -> bool {
    matches!(norm, "." | "!" | "?" | "؟" | "…")
}

/// Tags `texts` with `model` and returns each stem's code (by stem hash)
/// and each joined pair's (by [`pair_key`]); those seen fewer than
/// `min_count` times get none.
pub(crate) fn learn(model: &Model, texts: &[String], min_count: u32) -> HashMap<u64, u32> {
    let mut counts: HashMap<u64, [u32; 6]> = HashMap::default();
    let mut pairs: HashMap<u64, (u32, [u32; 4])> = HashMap::default();
    let (mut toks, mut norm) = (Vec::new(), String::new());
    let mut scratch = Scratch::default();
    let mut ranges = Vec::new();
    let mut hashes = Vec::new();
    for text in texts {
        toks.clear();
        norm.clear();
        marsad_text::tokenize::tokenize_into(text, &mut toks, &mut norm);
        let views: Vec<TokenView> = toks
            .iter()
            .map(|t| TokenView {
                norm: &norm[t.norm.start as usize..t.norm.end as usize],
                stem: &norm[t.stem.start as usize..t.stem.end as usize],
                procl: t.proclitics,
            })
            .collect();
        ranges.clear();
        let mut start = 0;
        for (i, v) in views.iter().enumerate() {
            // Sentences of at most 60 tokens: news has long run-on ones.
            if ends_sentence(v.norm) || i + 1 - start >= 60 {
                ranges.push(start..i + 1);
                start = i + 1;
            }
        }
        if start < views.len() {
            ranges.push(start..views.len());
        }
        if ranges.is_empty() {
            continue;
        }
        model.tag_ranges(&views, &ranges, &mut scratch);
        hashes.clear();
        hashes.extend(views.iter().zip(&toks).map(|(v, t)| {
            (t.kind != TokenKind::Number).then(|| crate::hash::fnv(v.stem.as_bytes()))
        }));
        for (h, &l) in hashes.iter().zip(&scratch.path) {
            let Some(h) = h else { continue };
            let label = Label::from_index(l);
            let k = label.kind().map_or(0, |k| k.index() + 1);
            let c = counts.entry(*h).or_default();
            c[k] += 1;
            c[5] += matches!(label, Label::I(_)) as u32;
        }
        for r in &ranges {
            for t in r.start + 1..r.end {
                let (Some(a), Some(b)) = (hashes[t - 1], hashes[t]) else {
                    continue;
                };
                let e = pairs.entry(pair_key(a, b)).or_default();
                e.0 += 1;
                if let Label::I(k) = Label::from_index(scratch.path[t]) {
                    e.1[k.index()] += 1;
                }
            }
        }
    }
    let mut lex: HashMap<u64, u32> = counts
        .into_iter()
        .filter(|(_, c)| c[..5].iter().sum::<u32>() >= min_count)
        .map(|(h, c)| (h, code(&c)))
        .collect();
    // Pairs only where they were ever inside one entity: the rest read as "never".
    lex.extend(
        pairs
            .into_iter()
            .filter(|(_, (n, j))| *n >= min_count && j.iter().any(|&x| x > 0))
            .map(|(h, (n, j))| (h, pair_code(n, &j))),
    );
    lex
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_carry_shares_top_kind_and_count() {
        // 30 times PERS, 10 times O.
        let c = code(&[10, 30, 0, 0, 0, 15]);
        assert_eq!(inside_of(c), 3);
        assert_ne!(c, 0);
        assert_eq!(share_of(c, 0), 3);
        assert_eq!(share_of(c, 1), 0);
        assert_eq!(top_of(c) & 7, 1);
        assert_eq!(c >> 13 & 3, 3);
        // Never tagged: O on top, no share.
        let o = code(&[5, 0, 0, 0, 0, 0]);
        assert_eq!(inside_of(o), 0);
        assert_eq!(top_of(o) & 7, 0);
        assert!((0..4).all(|k| share_of(o, k) == 0));
    }
}
