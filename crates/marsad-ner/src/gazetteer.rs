//! Gazetteers: names known to be places, people or organizations.
//!
//! Entries are kept only as hashes of their normalized words, so a trained
//! model carries them as feature sets without shipping the lists' text.

use crate::error::NerError;
use crate::hash::{fnv, pair};
use crate::label::EntityKind;
use marsad_text::normalize;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

/// List of given names (one word each): `*given*` files.
pub(crate) const LIST_GIVEN: u8 = 4;
/// List of family names: `*surname*` files.
pub(crate) const LIST_SURNAME: u8 = 5;
/// Full person names of several words: `*fullname*` files.
pub(crate) const LIST_FULLNAME: u8 = 6;
/// Place names from GeoNames: `*geonames*` files.
pub(crate) const LIST_GEONAMES: u8 = 7;

/// Hashed gazetteer phrases with a bit per [`EntityKind`] that lists them.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Gazetteers {
    pub(crate) entries: HashMap<u64, u8>,
    /// The most words in one entry: how far a match is tried.
    pub(crate) max_words: usize,
}

/// The hash of a normalized word as gazetteer phrases use it.
#[inline]
pub(crate) fn word_hash(norm: &str) -> u64 {
    fnv(norm.as_bytes())
}

/// Hash of a phrase's first word.
#[inline]
pub(crate) fn phrase_start(word: u64) -> u64 {
    pair(0x6761_7a65_7474_6565, word)
}

/// Hash of a phrase extended by one word.
#[inline]
pub(crate) fn phrase_extend(phrase: u64, word: u64) -> u64 {
    pair(phrase, word)
}

impl Gazetteers {
    /// No entries.
    pub fn new() -> Gazetteers {
        Gazetteers::default()
    }

    /// Reads every list file in `dir` whose name says its type: `loc`, `org`,
    /// `pers`/`per` or `misc` in the file name (ANERgazet's
    /// `AlignedLocGazetteer.txt` and so on), or one of the separate lists
    /// `given`, `surname`, `fullname`, `geonames` (what
    /// `tools/extra_gazetteers.py` writes). One entry a line; lines with no
    /// letter (ANERgazet's `====` and `****` separators) are skipped.
    pub fn from_dir(dir: &Path) -> Result<Gazetteers, NerError> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .map_err(|e| NerError::io(dir, e))?
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.is_file())
            .collect();
        names.sort();
        let mut gaz = Gazetteers::new();
        let mut files = 0;
        for path in names {
            let name = path
                .file_name()
                .map(|n| n.to_string_lossy().to_lowercase())
                .unwrap_or_default();
            let list = if name.contains("given") {
                LIST_GIVEN
            } else if name.contains("surname") {
                LIST_SURNAME
            } else if name.contains("fullname") {
                LIST_FULLNAME
            } else if name.contains("geonames") {
                LIST_GEONAMES
            } else if name.contains("loc") {
                EntityKind::Loc.index() as u8
            } else if name.contains("org") {
                EntityKind::Org.index() as u8
            } else if name.contains("per") {
                EntityKind::Pers.index() as u8
            } else if name.contains("misc") {
                EntityKind::Misc.index() as u8
            } else {
                continue;
            };
            let text = std::fs::read_to_string(&path).map_err(|e| NerError::io(&path, e))?;
            for line in text.lines() {
                if line.chars().any(char::is_alphabetic) {
                    gaz.add_to_list(list, line);
                }
            }
            files += 1;
        }
        if files == 0 {
            return Err(NerError::Gazetteer {
                path: dir.to_path_buf(),
                message: "no gazetteer file (a name with loc, org, per or misc in it)".into(),
            });
        }
        Ok(gaz)
    }

    /// Adds a phrase of `kind`, normalized, and without the article of its
    /// first word too, because token stems are compared with the article off.
    pub fn add(&mut self, kind: EntityKind, phrase: &str) {
        self.add_to_list(kind.index() as u8, phrase);
    }

    /// Adds a phrase to list `list` (0..8: the kinds' indices, or one of
    /// the `LIST_*` name-part and place lists).
    pub(crate) fn add_to_list(&mut self, list: u8, phrase: &str) {
        debug_assert!(list < 8);
        let norm = normalize(phrase);
        let words: Vec<&str> = norm.split_whitespace().collect();
        let Some(first) = words.first() else { return };
        let mut firsts = vec![*first];
        if let Some(bare) = first.strip_prefix("ال").filter(|b| b.chars().count() >= 2) {
            firsts.push(bare);
        }
        for f in firsts {
            let mut h = phrase_start(word_hash(f));
            for w in &words[1..] {
                // The shorter phrase is kept (with no kind if not an entry
                // itself) so that matching stops where no entry goes on.
                self.entries.entry(h).or_default();
                h = phrase_extend(h, word_hash(w));
            }
            *self.entries.entry(h).or_default() |= 1 << list;
        }
        self.max_words = self.max_words.max(words.len());
    }

    /// The kinds that list the phrase hash `h`, or None when no entry
    /// starts with that phrase (matching can stop).
    #[inline]
    pub(crate) fn get(&self, h: u64) -> Option<u8> {
        self.entries.get(&h).copied()
    }

    /// The kinds (bits by [`EntityKind`] index) that list the phrase hash `h`.
    #[inline]
    pub(crate) fn kinds(&self, h: u64) -> u8 {
        if self.entries.is_empty() {
            return 0;
        }
        self.entries.get(&h).copied().unwrap_or(0)
    }

    /// Drops the one-word entries of the `lists` (a bit mask) that the
    /// labeled `sentences` show to be common words: seen at least
    /// `min_count` times and inside an entity less than `max_ratio` of them
    /// (name lists hold في and على too: a given name and a surname).
    pub(crate) fn prune_common(
        &mut self,
        sentences: &[crate::conll::Sentence],
        lists: u8,
        min_count: u32,
        max_ratio: f64,
    ) {
        let mut seen: HashMap<u64, (u32, u32)> = HashMap::default();
        for s in sentences {
            let prepared = crate::features::Prepared::new(&s.word_refs());
            for (v, l) in prepared.views().iter().zip(&s.labels) {
                let e = seen.entry(word_hash(v.norm)).or_default();
                e.0 += 1;
                e.1 += l.kind().is_some() as u32;
            }
        }
        for (w, (n, ent)) in seen {
            if n >= min_count && (ent as f64) < max_ratio * n as f64 {
                if let Some(k) = self.entries.get_mut(&phrase_start(w)) {
                    *k &= !lists;
                }
            }
        }
    }

    /// Adds every entry of `other`.
    pub fn merge(&mut self, other: &Gazetteers) {
        for (h, k) in &other.entries {
            *self.entries.entry(*h).or_default() |= k;
        }
        self.max_words = self.max_words.max(other.max_words);
    }

    /// The kinds that list the one-word phrase `norm`.
    pub fn lookup_word(&self, norm: &str) -> Vec<EntityKind> {
        let bits = self.kinds(phrase_start(word_hash(norm)));
        EntityKind::ALL
            .into_iter()
            .filter(|k| bits & (1 << k.index()) != 0)
            .collect()
    }

    /// Number of hashed phrases (with article-less variants and the
    /// beginnings of longer ones).
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn phrases_match_normalized_and_without_article() {
        let mut g = Gazetteers::new();
        g.add(EntityKind::Loc, "الأردن");
        g.add(EntityKind::Org, "الأمم المتحدة");
        g.add(EntityKind::Pers, "بغداد");
        g.add(EntityKind::Loc, "بغداد");
        assert_eq!(g.lookup_word("الاردن"), [EntityKind::Loc]);
        assert_eq!(g.lookup_word("اردن"), [EntityKind::Loc]);
        assert_eq!(g.lookup_word("بغداد"), [EntityKind::Pers, EntityKind::Loc]);
        assert!(g.lookup_word("الامم").is_empty());
        let h = phrase_extend(phrase_start(word_hash("امم")), word_hash("المتحده"));
        assert_eq!(g.kinds(h), 1 << EntityKind::Org.index());
        assert_eq!(g.max_words, 2);
    }
}
