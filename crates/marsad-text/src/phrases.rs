//! Multi-word phrase lookup over a document's tokens.
//!
//! Lexicons of phrases (credit lines, agencies, later cue verbs, triggers and
//! gazetteers) are matched token by token in matching form. The first word
//! may carry proclitics (وبحسب, لوكالة): every reading from
//! [`crate::clitics::readings`] is tried, so lexicons list bare words.

use crate::clitics;
use crate::normalize::push_folded;
use crate::tokenize::tokenize_into;
use marsad_core::document::READING_HASHES;
use marsad_core::{Document, Proclitics, Span, TokenKind};
use rustc_hash::FxHashMap;

/// A set of phrases, each with a value, matched against token sequences.
#[derive(Debug, Clone)]
pub struct PhraseMatcher<T> {
    by_first: FxHashMap<String, Vec<(Vec<String>, T)>>,
    /// A one-hash Bloom filter of the first words: most tokens and readings
    /// start no phrase, and this turns them away before their proclitic
    /// reading is checked or the map is searched (first letters alone let
    /// through every word with the article).
    first_words: WordFilter,
    /// Try only the whole first word and the tokenizer's stem, not every
    /// proclitic reading: for phrases whose first word takes no preposition
    /// (cue verbs like بحسب، قالت), where the full readings would be wasted work.
    whole_or_stem_only: bool,
}

impl<T> Default for PhraseMatcher<T> {
    fn default() -> Self {
        PhraseMatcher {
            by_first: FxHashMap::default(),
            first_words: WordFilter::with_bits(1 << 16),
            whole_or_stem_only: false,
        }
    }
}

/// A one-hash Bloom filter of words: a fast test that a word is surely
/// not in a set (lexicons' first words), before a map is searched.
#[derive(Debug, Clone)]
pub struct WordFilter {
    bits: Vec<u64>,
    /// How far a [`short_hash`] is shifted to pick a bit: 32 - log2(bits).
    shift: u32,
}

impl Default for WordFilter {
    /// A filter of nothing.
    fn default() -> Self {
        WordFilter::with_bits(64)
    }
}

impl WordFilter {
    /// A filter of `bits` bits (rounded up to a power of two, from 64 to
    /// 2^32): about a sixteenth of them set keeps wrong passes near 6%.
    pub fn with_bits(bits: usize) -> WordFilter {
        let bits = bits.next_power_of_two().clamp(64, 1 << 32);
        WordFilter {
            bits: vec![0; bits / 64],
            shift: 32 - bits.trailing_zeros(),
        }
    }

    /// A filter of `words`, sized for them (sixteen bits a word).
    pub fn of<'w>(words: impl ExactSizeIterator<Item = &'w str>) -> WordFilter {
        let mut f = WordFilter::with_bits(words.len() * 16);
        words.for_each(|w| f.insert(w));
        f
    }

    pub fn insert(&mut self, word: &str) {
        let bit = self.bit(short_hash(word));
        self.bits[bit / 64] |= 1 << (bit % 64);
    }

    #[inline]
    fn bit(&self, h: u32) -> usize {
        // `>> 32` for a one-word filter would overflow.
        (u64::from(h) >> self.shift) as usize
    }

    /// False when `word` was surely never inserted.
    #[inline]
    pub fn may_contain(&self, word: &str) -> bool {
        self.may_contain_hash(short_hash(word))
    }

    /// [`WordFilter::may_contain`] for the word of [`short_hash`] `h`.
    #[inline]
    pub fn may_contain_hash(&self, h: u32) -> bool {
        let bit = self.bit(h);
        self.bits[bit / 64] & (1 << (bit % 64)) != 0
    }
}

// Every proclitic reading has its hash.
const _: () = assert!(READING_HASHES == clitics::MAX_PROCLITIC_LETTERS + 1);

/// The hash [`WordFilter`] uses: the high half of an Fx hash (its best
/// mixed bits), four bytes so that every token can keep a few.
#[inline]
pub fn short_hash(word: &str) -> u32 {
    let mut h = rustc_hash::FxHasher::default();
    std::hash::Hasher::write(&mut h, word.as_bytes());
    (std::hash::Hasher::finish(&h) >> 32) as u32
}

/// [`Document::reading_hashes`] of a token's matching form `word`: the
/// [`short_hash`] of `word` with 0, 1, 2 … leading two-byte letters cut,
/// where that leaves a non-empty word (0 elsewhere, never read).
pub fn reading_hashes(word: &str) -> [u32; READING_HASHES] {
    let mut out = [0; READING_HASHES];
    for (letters, h) in out.iter_mut().enumerate() {
        match word.get(letters * 2..) {
            Some(stem) if !stem.is_empty() => *h = short_hash(stem),
            Some(_) => break,
            None => {}
        }
    }
    out
}

/// The text layer's [`Document::reading_hashes`] of token `i`, when it
/// worked them out for this document's tokens.
#[inline]
pub fn token_hashes(doc: &Document, i: usize) -> Option<&[u32; READING_HASHES]> {
    if doc.reading_hashes.len() != doc.tokens.len() {
        return None;
    }
    doc.reading_hashes.get(i)
}

/// The [`token_hashes`] of token `i` with `letters` two-byte letters cut
/// from its front (0 where that cut is no word).
#[inline]
pub fn cut_hash(doc: &Document, i: usize, letters: usize) -> Option<u32> {
    token_hashes(doc, i)?.get(letters).copied()
}

/// The [`short_hash`] of `tail`, an end of token `i`'s matching form (its
/// stem, the stem without the article), read off the text layer's hashes
/// where they reach it: a lexicon stage tests its [`WordFilter`] with it
/// before it looks a word up in a map, for every token of a document.
#[inline]
pub fn tail_hash(doc: &Document, i: usize, tail: &str) -> u32 {
    if let Some(t) = doc.tokens.get(i) {
        let norm = doc.norm(t);
        // Where `tail` is a slice of the form's end (as its stem is), by
        // its address: no bytes need comparing.
        let cut = (tail.as_ptr() as usize).wrapping_sub(norm.as_ptr() as usize);
        if !tail.is_empty() && cut & 1 == 0 && cut.checked_add(tail.len()) == Some(norm.len()) {
            if let Some(h) = cut_hash(doc, i, cut / 2).filter(|&h| h != 0) {
                return h;
            }
        }
    }
    short_hash(tail)
}

/// The [`token_hashes`] hash of token `i`'s stem (what the tokenizer left
/// of it), where the text layer has one: None when the proclitics cut are
/// not whole two-byte letters or more than the hashes reach.
#[inline]
pub fn stem_hash(doc: &Document, i: usize) -> Option<u32> {
    let t = doc.tokens.get(i)?;
    let cut = (t.stem.start - t.norm.start) as usize;
    if cut & 1 != 0 {
        return None;
    }
    cut_hash(doc, i, cut / 2)
}

/// False when none of token `i`'s whole form, stem (what the tokenizer
/// left of it) and stem less one letter (a joined preposition) can be in
/// `filter`: a quick test before a lexicon stage looks those words up.
#[inline]
pub fn may_be_in(filter: &WordFilter, doc: &Document, i: usize) -> bool {
    let Some(t) = doc.tokens.get(i) else {
        return false;
    };
    let cut = (t.stem.start - t.norm.start) as usize;
    if cut & 1 != 0 {
        return true;
    }
    [0, cut / 2, cut / 2 + 1]
        .into_iter()
        .any(|letters| cut_hash(doc, i, letters).is_none_or(|h| filter.may_contain_hash(h)))
}

/// A phrase found in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct PhraseMatch<'a, T> {
    /// The tokens it covers.
    pub tokens: std::ops::Range<usize>,
    /// Its span in the original text, after any proclitics of the first word.
    pub span: Span,
    /// Proclitics stripped from the first word to match.
    pub proclitics: Proclitics,
    pub value: &'a T,
}

/// The matching forms of the tokens of `phrase`.
pub fn phrase_norms(phrase: &str) -> Vec<String> {
    with_phrase_tokens(phrase, |norms| norms.map(str::to_string).collect())
}

/// The matching forms of the tokens of `phrase` joined by one space (the
/// form multi-word lexicon keys are kept in).
pub fn phrase_key(phrase: &str) -> String {
    with_phrase_tokens(phrase, |norms| {
        let mut key = String::with_capacity(phrase.len());
        for (k, w) in norms.enumerate() {
            if k > 0 {
                key.push(' ');
            }
            key.push_str(w);
        }
        key
    })
}

/// Tokenizes `phrase` into buffers kept per thread (the linkers read the
/// names of every document's entities) and hands `f` its tokens' matching forms.
fn with_phrase_tokens<R>(phrase: &str, f: impl FnOnce(&mut dyn Iterator<Item = &str>) -> R) -> R {
    thread_local! {
        static BUFFERS: std::cell::RefCell<(Vec<marsad_core::Token>, String)> =
            std::cell::RefCell::default();
    }
    let run = |tokens: &mut Vec<marsad_core::Token>, norm: &mut String| {
        tokens.clear();
        norm.clear();
        tokenize_into(phrase, tokens, norm);
        let mut norms = tokens
            .iter()
            .map(|t| &norm[t.norm.start as usize..t.norm.end as usize]);
        f(&mut norms)
    };
    BUFFERS.with(|buffers| match buffers.try_borrow_mut() {
        Ok(mut b) => {
            let (tokens, norm) = &mut *b;
            run(tokens, norm)
        }
        // Called again while tokenizing (a lexicon read on first use).
        Err(_) => run(&mut Vec::new(), &mut String::new()),
    })
}

/// Byte offset in `surface` where its matching form reaches `norm_offset`.
///
/// Used to point a span past proclitics: the original may hold marks and
/// tatweel that the matching form dropped.
pub fn original_offset(surface: &str, norm_offset: usize) -> usize {
    let mut folded = String::new();
    for (i, c) in surface.char_indices() {
        if folded.len() >= norm_offset && !crate::normalize::is_diacritic(c) {
            return i;
        }
        push_folded(c, &mut folded);
    }
    surface.len()
}

impl<T> PhraseMatcher<T> {
    pub fn new() -> Self {
        Self::default()
    }

    /// A matcher that tries only the whole first word and its stem as the
    /// tokenizer read it (وبحسب → بحسب), not every proclitic reading.
    pub fn whole_or_stem_only() -> Self {
        PhraseMatcher {
            whole_or_stem_only: true,
            ..Self::default()
        }
    }

    /// Adds a phrase (written as text: it is tokenized and normalized here).
    pub fn insert(&mut self, phrase: &str, value: T) {
        let mut norms = phrase_norms(phrase);
        if norms.is_empty() {
            return;
        }
        let first = norms.remove(0);
        self.first_words.insert(&first);
        self.by_first.entry(first).or_default().push((norms, value));
    }

    pub fn is_empty(&self) -> bool {
        self.by_first.is_empty()
    }

    /// The longest phrase that starts at token `i`, if any.
    #[inline]
    pub fn longest_at(&self, doc: &Document, i: usize) -> Option<PhraseMatch<'_, T>> {
        if self.surely_starts_nothing(doc, i) {
            return None;
        }
        self.longest_at_token(doc, i)
    }

    /// True when no reading of token `i` that [`PhraseMatcher::longest_at`]
    /// tries can be a first word, by the text layer's reading hashes alone:
    /// most tokens, turned away before a call.
    #[inline]
    fn surely_starts_nothing(&self, doc: &Document, i: usize) -> bool {
        let (Some(t), Some(hashes)) = (doc.tokens.get(i), token_hashes(doc, i)) else {
            return false;
        };
        if self.whole_or_stem_only && t.kind == TokenKind::Arabic && stem_hash(doc, i).is_none() {
            // The stem is tried too: it must be one of the hashed readings.
            return false;
        }
        !hashes.iter().any(|&h| self.first_words.may_contain_hash(h))
    }

    fn longest_at_token(&self, doc: &Document, i: usize) -> Option<PhraseMatch<'_, T>> {
        let first = doc.tokens.get(i)?;
        let word = doc.norm(first);
        let mut best: Option<PhraseMatch<'_, T>> = None;
        // Most tokens start no phrase: the filter turns a stem away before
        // its reading is worked out or looked up, with the hashes the text
        // layer worked out where it did.
        let hashes = token_hashes(doc, i);
        let may_start = |letters: usize, stem: &str| match hashes {
            Some(h) if letters < READING_HASHES => self.first_words.may_contain_hash(h[letters]),
            _ => self.first_words.may_contain(stem),
        };
        let mut try_stem = |proclitics: Proclitics, stem: &str| {
            self.extend(doc, i, word, proclitics, stem, &mut best);
        };
        if first.kind != TokenKind::Arabic {
            if may_start(0, word) {
                try_stem(Proclitics(0), word);
            }
        } else if self.whole_or_stem_only {
            let stem_at = word.len() - doc.stem(first).len();
            if may_start(0, word) {
                try_stem(Proclitics(0), word);
            }
            if stem_at > 0 && stem_at < word.len() {
                let stem = &word[stem_at..];
                let letters = if stem_at & 1 == 0 {
                    stem_at / 2
                } else {
                    usize::MAX
                };
                if may_start(letters, stem) {
                    try_stem(first.proclitics, stem);
                }
            }
        } else if let Some(hashes) = hashes {
            // Every reading of clitics::readings, fewest letters first; the
            // filter looks at each reading's hash before anything else
            // (most tokens pass none), then the slice and the reading are
            // worked out as below.
            for (letters, &h) in hashes.iter().enumerate() {
                if !self.first_words.may_contain_hash(h) {
                    continue;
                }
                let Some(stem) = word.get(letters * 2..) else {
                    continue;
                };
                if stem.is_empty() {
                    break;
                }
                if let Some(proclitics) = clitics::reading_at(word, letters) {
                    try_stem(proclitics, stem);
                }
            }
        } else {
            // Every reading of clitics::readings, fewest letters first.
            for letters in 0..=clitics::MAX_PROCLITIC_LETTERS {
                // Proclitic letters are two bytes each (the Arabic block).
                let Some(stem) = word.get(letters * 2..) else {
                    continue;
                };
                if stem.is_empty() {
                    break;
                }
                if may_start(letters, stem) {
                    if let Some(proclitics) = clitics::reading_at(word, letters) {
                        try_stem(proclitics, stem);
                    }
                }
            }
        }
        best
    }

    /// Tries the phrases whose first word is `stem` (read off token `i`,
    /// whose matching form is `word`), keeping the longest in `best`.
    fn extend<'m>(
        &'m self,
        doc: &Document,
        i: usize,
        word: &str,
        proclitics: Proclitics,
        stem: &str,
        best: &mut Option<PhraseMatch<'m, T>>,
    ) {
        let Some(entries) = self.by_first.get(stem) else {
            return;
        };
        for (rest, value) in entries {
            let end = i + 1 + rest.len();
            if end > doc.tokens.len() || best.as_ref().is_some_and(|b| b.tokens.end >= end) {
                continue;
            }
            let fits = rest
                .iter()
                .zip(&doc.tokens[i + 1..end])
                .all(|(want, t)| doc.norm(t) == want);
            if fits {
                let first = &doc.tokens[i];
                let skip = original_offset(doc.token_text(first), word.len() - stem.len());
                *best = Some(PhraseMatch {
                    tokens: i..end,
                    span: Span::new(first.span.start + skip, doc.tokens[end - 1].span.end),
                    proclitics,
                    value,
                });
            }
        }
    }

    /// Every non-overlapping longest match, left to right.
    pub fn find_all<'a>(
        &'a self,
        doc: &'a Document,
    ) -> impl Iterator<Item = PhraseMatch<'a, T>> + 'a {
        let mut i = 0;
        std::iter::from_fn(move || {
            while i < doc.tokens.len() {
                if let Some(m) = self.longest_at(doc, i) {
                    i = m.tokens.end;
                    return Some(m);
                }
                i += 1;
            }
            None
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn doc(text: &str) -> Document {
        let mut d = Document::new("t", text);
        tokenize(&mut d);
        d
    }

    #[test]
    fn a_tail_hash_is_the_hash_of_the_tail() {
        let d = doc("وبالعراق السعودية 2024 ق");
        for i in 0..d.tokens.len() {
            let norm = d.norm(&d.tokens[i]);
            for (at, _) in norm.char_indices() {
                let tail = &norm[at..];
                assert_eq!(tail_hash(&d, i, tail), short_hash(tail), "{tail}");
            }
            // A word that is no slice of the token is hashed as it is.
            assert_eq!(tail_hash(&d, i, "عراق"), short_hash("عراق"));
            let copy = norm.to_string();
            assert_eq!(tail_hash(&d, i, &copy), short_hash(norm));
        }
        // The text layer's hashes are read where they reach.
        assert!(token_hashes(&d, 0).is_some());
    }

    #[test]
    fn matches_longest_phrase_with_proclitics_and_variants() {
        let mut m = PhraseMatcher::new();
        m.insert("فرانس برس", 1);
        m.insert("وكالة فرانس برس", 2);
        m.insert("بغداد", 3);
        let d = doc("وذكرت وكالة فرانس برس من بغداد ولبغداد");
        let found: Vec<_> = m
            .find_all(&d)
            .map(|x| (*x.value, d.slice(x.span).to_string()))
            .collect();
        assert_eq!(
            found,
            [
                (2, "وكالة فرانس برس".to_string()),
                (3, "بغداد".into()),
                (3, "بغداد".into())
            ]
        );
        let last = m.find_all(&d).last().unwrap();
        assert!(last.proclitics.has(Proclitics::WA) && last.proclitics.has(Proclitics::LI));
    }

    #[test]
    fn spans_skip_proclitics_in_the_original_with_marks() {
        assert_eq!(original_offset("وَبغداد", "وب".len()), "وَب".len());
        assert_eq!(original_offset("لـ", "ل".len()), "لـ".len());
        let mut m = PhraseMatcher::new();
        m.insert("الشرق الأوسط", ());
        let d = doc("لـ«الشرق الأوسط»");
        assert_eq!(d.slice(m.find_all(&d).next().unwrap().span), "الشرق الأوسط");
    }
}
