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
    /// `AlignedLocGazetteer.txt` and so on). One entry a line; lines with no
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
            let kind = if name.contains("loc") {
                EntityKind::Loc
            } else if name.contains("org") {
                EntityKind::Org
            } else if name.contains("per") {
                EntityKind::Pers
            } else if name.contains("misc") {
                EntityKind::Misc
            } else {
                continue;
            };
            let text = std::fs::read_to_string(&path).map_err(|e| NerError::io(&path, e))?;
            for line in text.lines() {
                if line.chars().any(char::is_alphabetic) {
                    gaz.add(kind, line);
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
                h = phrase_extend(h, word_hash(w));
            }
            *self.entries.entry(h).or_default() |= 1 << kind.index();
        }
        self.max_words = self.max_words.max(words.len());
    }

    /// The kinds (bits by [`EntityKind`] index) that list the phrase hash `h`.
    #[inline]
    pub(crate) fn kinds(&self, h: u64) -> u8 {
        if self.entries.is_empty() {
            return 0;
        }
        self.entries.get(&h).copied().unwrap_or(0)
    }

    /// The kinds that list the one-word phrase `norm`.
    pub fn lookup_word(&self, norm: &str) -> Vec<EntityKind> {
        let bits = self.kinds(phrase_start(word_hash(norm)));
        EntityKind::ALL
            .into_iter()
            .filter(|k| bits & (1 << k.index()) != 0)
            .collect()
    }

    /// Number of hashed phrases (with article-less variants).
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
