//! Multi-word lexicons matched over tokens, and the helpers both layers use
//! to look at a token.
//!
//! Lexicon entries are written in `data/` as plain text. Each entry is
//! tokenized with the text layer's own tokenizer, so an entry and the text
//! it must match agree on proclitics and on script boundaries ("كم2" is two
//! tokens in both). Matching compares token *stems*, so "وبعد" and "بعد",
//! "الأقل" and "أقل" match the same entry.

use marsad_core::{Document, Proclitics, Token, TokenKind};
pub use marsad_text::phrases::may_be_in;
use marsad_text::phrases::WordFilter;
use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// A fast non-cryptographic hasher for the lexicons' short string keys
/// (the multiply-rotate scheme of rustc's FxHash). Lexicon lookups run for
/// every token, and no key here comes from an adversary.
#[derive(Debug, Default, Clone, Copy)]
pub struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            self.add(u64::from_le_bytes(c.try_into().expect("8 bytes")));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut buf = [0u8; 8];
            buf[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(buf));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FxHasher`].
pub type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FxHasher>>;
/// A hash set with [`FxHasher`].
pub type FastSet<K> = HashSet<K, BuildHasherDefault<FxHasher>>;

/// The stems of a phrase, as the tokenizer reads it.
pub fn phrase_stems(phrase: &str) -> Vec<String> {
    phrase_words(phrase).into_iter().map(|(_, s)| s).collect()
}

/// The words of a phrase as the tokenizer reads them: whether each carries
/// the article, and its stem.
pub fn phrase_words(phrase: &str) -> Vec<(bool, String)> {
    let mut tokens = Vec::new();
    let mut norm = String::new();
    marsad_text::tokenize::tokenize_into(phrase, &mut tokens, &mut norm);
    tokens
        .iter()
        .map(|t| {
            (
                t.proclitics.has(Proclitics::AL),
                norm[t.stem.start as usize..t.stem.end as usize].to_string(),
            )
        })
        .collect()
}

type Entry<T> = (Vec<(bool, String)>, bool, T);

/// Phrases (one or more words) with a payload, matched longest first at a token.
///
/// Matching compares stems, so conjunctions and prepositions joined to a
/// word do not matter. An article-sensitive lexicon also compares whether
/// each word carries the article: "اليوم" (today) is not "يوم" (a day).
#[derive(Debug)]
pub struct Phrases<T> {
    by_first: FastMap<String, Vec<Entry<T>>>,
    /// The keys of `by_first`, for a test with the text layer's hash of a
    /// token's stem before the map is searched (most tokens start nothing).
    first_words: WordFilter,
    article_sensitive: bool,
}

impl<T> Default for Phrases<T> {
    fn default() -> Self {
        Phrases {
            by_first: FastMap::default(),
            first_words: WordFilter::with_bits(1 << 14),
            article_sensitive: false,
        }
    }
}

impl<T> Phrases<T> {
    /// A lexicon whose entries match only with the article as written.
    pub fn article_sensitive() -> Self {
        Phrases {
            article_sensitive: true,
            ..Phrases::default()
        }
    }

    /// Adds a phrase; a later entry for the same words is kept after an earlier one.
    pub fn insert(&mut self, phrase: &str, payload: T) {
        let words = phrase_words(phrase);
        if words.is_empty() {
            return;
        }
        let (first_al, first) = words[0].clone();
        self.first_words.insert(&first);
        let list = self.by_first.entry(first).or_default();
        list.push((words[1..].to_vec(), first_al, payload));
        // Longest phrases first, so "عشرات الآلاف" wins over "عشرات".
        list.sort_by_key(|(rest, _, _)| std::cmp::Reverse(rest.len()));
    }

    /// The longest phrase starting at token `i` that ends by `limit`:
    /// the index one past its last token, and its payload.
    pub fn match_at(&self, doc: &Document, i: usize, limit: usize) -> Option<(usize, &T)> {
        let limit = limit.min(doc.tokens.len());
        if i >= limit {
            return None;
        }
        if marsad_text::phrases::stem_hash(doc, i)
            .is_some_and(|h| !self.first_words.may_contain_hash(h))
        {
            return None;
        }
        let list = self.by_first.get(stem(doc, i))?;
        let sensitive = self.article_sensitive;
        'entries: for (rest, first_al, payload) in list {
            if i + 1 + rest.len() > limit || (sensitive && *first_al != has_article(doc, i)) {
                continue;
            }
            for (k, (al, w)) in rest.iter().enumerate() {
                let t = i + 1 + k;
                if stem(doc, t) != w || (sensitive && *al != has_article(doc, t)) {
                    continue 'entries;
                }
            }
            return Some((i + 1 + rest.len(), payload));
        }
        None
    }

    /// The payload of a one-word phrase written without the article, looked
    /// up by its stem: for a word whose joined preposition the tokenizer
    /// left on it ("بديسمبر").
    pub fn one_word(&self, word: &str) -> Option<&T> {
        self.by_first
            .get(word)?
            .iter()
            .find(|(rest, al, _)| rest.is_empty() && !al)
            .map(|(_, _, payload)| payload)
    }

    /// Whether any phrase starts with this stem (a cheap pre-check).
    pub fn starts_with(&self, first: &str) -> bool {
        self.by_first.contains_key(first)
    }

    /// The stems that start a phrase.
    pub fn first_words(&self) -> impl Iterator<Item = &str> {
        self.by_first.keys().map(String::as_str)
    }
}

/// Parses a TSV file of `data/`: tab-separated fields, '#' comments, blank lines skipped.
pub fn tsv(file: &'static str) -> impl Iterator<Item = Vec<&'static str>> {
    marsad_text::lexicon::lines(file).map(|l| l.split('\t').map(str::trim).collect())
}

/// The matching form of token `i` without its proclitics ("" past the end).
#[inline]
pub fn stem(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map_or("", |t| doc.stem(t))
}

/// The matching form of token `i` ("" past the end).
#[inline]
pub fn norm(doc: &Document, i: usize) -> &str {
    doc.tokens.get(i).map_or("", |t| doc.norm(t))
}

/// What [`token`] gives past the end: an empty punctuation token, so that
/// look-ahead needs no bounds checks and never matches.
static PAST_END: Token = Token {
    span: marsad_core::Span { start: 0, end: 0 },
    kind: TokenKind::Punct,
    norm: 0..0,
    stem: 0..0,
    proclitics: Proclitics(0),
};

/// Token `i`, or an empty punctuation token past the end.
#[inline]
pub fn token(doc: &Document, i: usize) -> &Token {
    doc.tokens.get(i).unwrap_or(&PAST_END)
}

/// Whether token `i` is the one punctuation character `c`.
#[inline]
pub fn is_punct(doc: &Document, i: usize, c: &str) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Punct && norm(doc, i) == c
}

/// Whether token `i` is one of the punctuation characters in `set`.
#[inline]
pub fn is_punct_in(doc: &Document, i: usize, set: &[&str]) -> bool {
    i < doc.tokens.len() && doc.tokens[i].kind == TokenKind::Punct && set.contains(&norm(doc, i))
}

/// Whether tokens `a` and `b` touch (no space between them).
#[inline]
pub fn adjacent(doc: &Document, a: usize, b: usize) -> bool {
    doc.tokens[a].span.end == doc.tokens[b].span.start
}

/// Whether token `i` carries the article ال.
#[inline]
pub fn has_article(doc: &Document, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.proclitics.has(Proclitics::AL))
}

/// Whether token `i` starts with the conjunction و or ف.
#[inline]
pub fn has_conjunction(doc: &Document, i: usize) -> bool {
    doc.tokens
        .get(i)
        .is_some_and(|t| t.proclitics.has(Proclitics::WA) || t.proclitics.has(Proclitics::FA))
}

/// Whether token `i` is the conjunction و written apart ("ستة و عشرون").
#[inline]
pub fn is_wa(doc: &Document, i: usize) -> bool {
    i < doc.tokens.len() && norm(doc, i) == "و"
}

/// Quotation marks and brackets that may stand between an amount and its noun.
pub const QUOTES: &[&str] = &["«", "»", "“", "”", "\"", "'", "‘", "’", "(", ")"];
