//! Proclitics: the conjunctions, prepositions, future particle and article
//! that Arabic writes joined to the next word (وبالعراق = و + ب + ال + عراق).
//!
//! Reading them off a word is ambiguous without a dictionary (وزير is one
//! word, وقال is و + قال). [`analyze`] gives one cautious reading, kept on
//! each token; [`readings`] lists every plausible split, so that a stage with
//! a lexicon (places, cue verbs, triggers) can pick the one it knows.

use marsad_core::Proclitics;
use rustc_hash::FxHashSet;
use std::sync::OnceLock;

const EXCEPTIONS: &str = include_str!("../data/proclitic_exceptions.txt");

/// Words whose first letters look like proclitics but are part of the word.
fn exceptions() -> &'static FxHashSet<&'static str> {
    static SET: OnceLock<FxHashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| crate::lexicon::lines(EXCEPTIONS).collect())
}

/// Whether `norm` (a word in matching form) is listed as keeping its first letters.
pub fn is_exception(norm: &str) -> bool {
    exceptions().contains(norm)
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// `s` without `prefix`, like [`str::strip_prefix`], but compared byte by
/// byte in place: the prefixes here are two to six bytes, and a call to
/// `memcmp` for each cost a fifth of the whole text layer.
#[inline]
fn strip<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let (b, p) = (s.as_bytes(), prefix.as_bytes());
    let matches = b.len() >= p.len() && b.iter().zip(p).all(|(x, y)| x == y);
    // A match ends on a char boundary: `prefix` is whole chars.
    matches.then(|| &s[p.len()..])
}

/// Whether `w` (one word in matching form) is a preposition with a pronoun
/// joined to it (فيه، عليها، منهم، له، بها، إليه): it stands for something
/// named elsewhere, so it never starts a name or a subject (الذي تطالب فيه
/// السعودية، قال له الوزير).
pub fn is_preposition_with_pronoun(w: &str) -> bool {
    const PREPOSITIONS: [&str; 11] = [
        "في", "علي", "من", "عن", "مع", "ل", "ب", "عند", "لدي", "الي", "ان",
    ];
    // Asked of nearly every token: most words fail on their length or
    // their first or last letter, before any prefix is compared.
    let first_and_last = (w.chars().next(), w.chars().next_back());
    if w.len() > 12
        || !matches!(
            first_and_last,
            (
                Some('ف' | 'ع' | 'م' | 'ل' | 'ب' | 'ا'),
                Some('ه' | 'ا' | 'م' | 'ن' | 'ي' | 'ك')
            )
        )
    {
        return false;
    }
    PREPOSITIONS.iter().any(|p| {
        w.strip_prefix(p).is_some_and(|r| {
            matches!(
                r,
                "ه" | "ها" | "هم" | "هما" | "هن" | "نا" | "ي" | "ك" | "كم"
            )
        })
    })
}

/// One cautious reading of the proclitics at the front of `norm`, a word in
/// matching form. Returns the clitics and the byte offset where the stem
/// starts. Strips و/ف when at least three letters remain, the article ال
/// (and لل, بال, كال) when at least two remain, and the future س before a
/// present-tense prefix when at least four remain; never a listed exception.
/// A bare ب، ل or ك before a word without the article is left alone: only a
/// lexicon can tell بغداد from ب + غداد (see [`readings`]).
pub fn analyze(norm: &str) -> (Proclitics, usize) {
    // Conjunction: و or ف (at most one; "وف" is rare and usually a word).
    let (conj, conj_at) = match norm.chars().next() {
        Some(c @ ('و' | 'ف')) if char_count(&norm[c.len_utf8()..]) >= 3 => (
            if c == 'و' {
                Proclitics::WA
            } else {
                Proclitics::FA
            },
            c.len_utf8(),
        ),
        _ => (0, 0),
    };
    let r = &norm[conj_at..];
    let (flags, off) = analyze_after_conjunction(r);
    if conj_at + off == 0 {
        return (Proclitics(0), 0);
    }
    // The exceptions are looked up only for a word that would lose letters:
    // most words are not listed, and hashing each one costs.
    if is_exception(norm) {
        return (Proclitics(0), 0);
    }
    if off > 0 && conj_at > 0 && is_exception(r) {
        return (Proclitics(conj), conj_at);
    }
    (Proclitics(conj | flags), conj_at + off)
}

/// The proclitics of [`analyze`] after the conjunction: لل, ال with or
/// without ب/ك, or the future س; the flags and the byte offset of the stem
/// in `r`. Whether `r` itself is an exception is the caller's check.
fn analyze_after_conjunction(r: &str) -> (u8, usize) {
    if let Some(stem) = strip(r, "لل") {
        if char_count(stem) >= 2 {
            return (Proclitics::LI | Proclitics::AL, r.len() - stem.len());
        }
    }
    for (prep, flag) in [("ب", Proclitics::BI), ("ك", Proclitics::KA), ("", 0)] {
        if let Some(stem) = strip(r, prep).and_then(|s| strip(s, "ال")) {
            if char_count(stem) >= 2 && (prep.is_empty() || !is_exception(&r[prep.len()..])) {
                return (flag | Proclitics::AL, r.len() - stem.len());
            }
        }
    }
    if let Some(after) = r.strip_prefix('س') {
        if after.starts_with(['ي', 'ت', 'ن', 'ا']) && char_count(after) >= 4 {
            return (Proclitics::SA, r.len() - after.len());
        }
    }
    (0, 0)
}

/// Whether the written word shows that an س the tokenizer read as the
/// future particle is the word's own letter: a bare ا after it (سابقا،
/// ساعات; the future of the first person is written سأ), or an ending no
/// present-tense verb has: ة or tanween (سيادة، ستراتيجية), a feminine
/// plural (ستينات), a relational adjective (سياسيا، سياسيين). The
/// tokenizer keeps its reading (the tagger was trained on it); layers that
/// ask whether a sentence speaks of the future ask this too.
pub fn surface_denies_future(surface: &str) -> bool {
    let word: String = surface
        .chars()
        .filter(|c| !('\u{064B}'..='\u{0652}').contains(c))
        .collect();
    let after_sin = word
        .trim_start_matches(['و', 'ف'])
        .strip_prefix('س')
        .and_then(|r| r.chars().next());
    after_sin == Some('ا')
        || surface.ends_with('\u{064B}')
        || ["ة", "ات", "يا", "يين"].iter().any(|e| word.ends_with(e))
}

/// Most letters [`readings`] strips from the front of a word (و + بال).
pub const MAX_PROCLITIC_LETTERS: usize = 4;

/// Most readings a word can have: the whole word, a conjunction, and with or
/// without it a preposition, لل, ال or a preposition with ال.
const MAX_READINGS: usize = 10;

/// Every plausible split of `norm` into proclitics and a stem, the whole word
/// first, then from the fewest stripped letters to the most (a stem keeps at
/// least two letters): an optional conjunction (و ف), then an optional
/// preposition (ب ل ك), لل, ال, or بال/كال. A lexicon stage looks each stem
/// up and takes the first it knows. Reads the first few letters once and
/// allocates nothing: lexicon stages call this for every token.
pub fn readings(norm: &str) -> Readings<'_> {
    let mut out = Readings {
        norm,
        splits: [(0, 0); MAX_READINGS],
        len: 1,
    };
    // The first letters, read from the bytes while they are in the Arabic
    // block (two bytes each); every proclitic letter is, so reading stops
    // at anything else.
    let bytes = norm.as_bytes();
    let mut first = [' '; 4];
    for (k, slot) in first.iter_mut().enumerate() {
        match bytes.get(2 * k..2 * k + 2) {
            Some(&[lead @ 0xD8..=0xDB, next]) => {
                let code = 0x0600 | (u32::from(lead & 0x03) << 6) | u32::from(next & 0x3F);
                *slot = char::from_u32(code).unwrap_or(' ');
            }
            _ => break,
        }
    }
    // At least two chars from byte `at` on (`at` follows whole letters).
    let stem_long_enough = |at: usize| {
        bytes.get(at).is_some_and(|&lead| {
            let width = match lead {
                0..0x80 => 1,
                0x80..0xE0 => 2,
                0xE0..0xF0 => 3,
                _ => 4,
            };
            bytes.len() - at > width
        })
    };
    let conj = match first[0] {
        'و' => Some(Proclitics::WA),
        'ف' => Some(Proclitics::FA),
        _ => None,
    };
    let starts: &[(u8, usize)] = match conj {
        Some(flag) => &[(0, 0), (flag, 1)],
        None => &[(0, 0)],
    };
    for &(cflag, skip) in starts {
        let at = skip * 2; // Arabic letters are two bytes in UTF-8.
        let l = &first[skip..];
        let mut push = |flags: u8, letters: usize| {
            let to = at + letters * 2;
            if stem_long_enough(to) && out.len < MAX_READINGS {
                out.splits[out.len] = (cflag | flags, to as u8);
                out.len += 1;
            }
        };
        if skip == 1 {
            push(0, 0);
        }
        let prep = match l[0] {
            'ب' => Proclitics::BI,
            'ل' => Proclitics::LI,
            'ك' => Proclitics::KA,
            _ => 0,
        };
        if prep != 0 {
            push(prep, 1);
        }
        if l[0] == 'ل' && l[1] == 'ل' {
            push(Proclitics::LI | Proclitics::AL, 2);
        }
        if l[0] == 'ا' && l[1] == 'ل' {
            push(Proclitics::AL, 2);
        }
        if (l[0] == 'ب' || l[0] == 'ك') && l[1] == 'ا' && l[2] == 'ل' {
            push(prep | Proclitics::AL, 3);
        }
    }
    // Fewest stripped letters first (a handful of items: insertion sort).
    let splits = &mut out.splits[..out.len];
    for i in 1..splits.len() {
        let mut j = i;
        while j > 0 && splits[j - 1].1 > splits[j].1 {
            splits.swap(j - 1, j);
            j -= 1;
        }
    }
    out
}

/// The reading of [`readings`] that strips the first `letters` letters of
/// `norm`, if it is one: the same splits, asked one at a time, so that a
/// lexicon stage can test a stem it might know before building the rest.
pub fn reading_at(norm: &str, letters: usize) -> Option<Proclitics> {
    if letters == 0 {
        return Some(Proclitics(0));
    }
    if letters > MAX_PROCLITIC_LETTERS {
        return None;
    }
    let bytes = norm.as_bytes();
    // The stripped letters, all from the Arabic block (two bytes each).
    let mut l = [' '; MAX_PROCLITIC_LETTERS];
    for (k, slot) in l.iter_mut().enumerate().take(letters) {
        match bytes.get(2 * k..2 * k + 2) {
            Some(&[lead @ 0xD8..=0xDB, next]) => {
                let code = 0x0600 | (u32::from(lead & 0x03) << 6) | u32::from(next & 0x3F);
                *slot = char::from_u32(code)?;
            }
            _ => return None,
        }
    }
    // At least two letters stay.
    norm[2 * letters..].chars().nth(1)?;
    let conj = match l[0] {
        'و' => Proclitics::WA,
        'ف' => Proclitics::FA,
        _ => 0,
    };
    let prep = |c: char| match c {
        'ب' => Proclitics::BI,
        'ل' => Proclitics::LI,
        'ك' => Proclitics::KA,
        _ => 0,
    };
    // What follows an optional conjunction: `rest` letters of it.
    let after = |skip: usize, rest: usize| -> Option<u8> {
        let c = &l[skip..skip + rest];
        match rest {
            0 => Some(0),
            1 => Some(prep(c[0])).filter(|&p| p != 0),
            2 if c == ['ل', 'ل'] => Some(Proclitics::LI | Proclitics::AL),
            2 if c == ['ا', 'ل'] => Some(Proclitics::AL),
            3 if matches!(c[0], 'ب' | 'ك') && c[1..] == ['ا', 'ل'] => {
                Some(prep(c[0]) | Proclitics::AL)
            }
            _ => None,
        }
    };
    if conj != 0 {
        return after(1, letters - 1).map(|f| Proclitics(conj | f));
    }
    after(0, letters).filter(|&f| f != 0).map(Proclitics)
}

/// The readings of one word (see [`readings`]): proclitic flags and the
/// byte offset where the stem starts.
#[derive(Debug, Clone, Copy)]
pub struct Readings<'a> {
    norm: &'a str,
    splits: [(u8, u8); MAX_READINGS],
    len: usize,
}

impl<'a> Readings<'a> {
    /// Only the whole word.
    pub fn whole(norm: &'a str) -> Self {
        Readings {
            norm,
            splits: [(0, 0); MAX_READINGS],
            len: 1,
        }
    }

    /// The whole word and one split of it (the tokenizer's analysis).
    pub fn whole_and_stem(norm: &'a str, proclitics: Proclitics, stem_at: usize) -> Self {
        let mut r = Readings::whole(norm);
        if stem_at > 0 && stem_at < norm.len() {
            r.splits[1] = (proclitics.0, stem_at as u8);
            r.len = 2;
        }
        r
    }

    pub fn iter(&self) -> impl Iterator<Item = (Proclitics, &'a str)> + '_ {
        let norm = self.norm;
        self.splits[..self.len]
            .iter()
            .map(move |&(flags, at)| (Proclitics(flags), &norm[at as usize..]))
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prepositions_with_pronouns() {
        for w in ["فيه", "عليها", "منهم", "له", "بها", "اليه", "لدينا", "معكم"]
        {
            assert!(is_preposition_with_pronoun(w), "{w}");
        }
        for w in ["في", "فيصل", "لهب", "السعوديه", "بهاء", "منها ال"] {
            assert!(!is_preposition_with_pronoun(w), "{w}");
        }
        // Every preposition with every pronoun passes the quick test of
        // length and letters.
        for p in [
            "في", "علي", "من", "عن", "مع", "ل", "ب", "عند", "لدي", "الي", "ان",
        ] {
            for s in ["ه", "ها", "هم", "هما", "هن", "نا", "ي", "ك", "كم"] {
                assert!(is_preposition_with_pronoun(&format!("{p}{s}")), "{p}{s}");
            }
        }
    }

    #[test]
    fn reading_at_gives_the_readings_one_at_a_time() {
        let words = [
            "وبالعراق",
            "والعراق",
            "فالحكومه",
            "بالجيش",
            "كالعاده",
            "للعراق",
            "وللعراق",
            "لبغداد",
            "وبغداد",
            "فقال",
            "وزير",
            "ال",
            "بن",
            "وب",
            "والدي",
            "ولل",
            "العراق",
            "ببغداد",
            "وكالعاده",
            "سيقول",
            "2015",
            "وbbc",
            "و",
            "فلسطين",
            "كتائب",
            "بالال",
            "لل",
        ];
        for w in words {
            let all: Vec<(u8, &str)> = readings(w).iter().map(|(p, s)| (p.0, s)).collect();
            let one_by_one: Vec<(u8, &str)> = (0..=MAX_PROCLITIC_LETTERS)
                .filter_map(|k| Some((reading_at(w, k)?.0, w.get(2 * k..)?)))
                .collect();
            assert_eq!(one_by_one, all, "{w}");
        }
    }
    use crate::normalize::normalize;

    fn split(word: &str) -> (String, String) {
        let n = normalize(word);
        let (p, at) = analyze(&n);
        (p.label(), n[at..].to_string())
    }

    #[test]
    fn strips_conjunctions_and_article() {
        assert_eq!(split("وقال"), ("و".into(), "قال".into()));
        assert_eq!(split("والعراقية"), ("و+ال".into(), "عراقيه".into()));
        assert_eq!(split("فالحكومة"), ("ف+ال".into(), "حكومه".into()));
        assert_eq!(split("للولايات"), ("ل+ال".into(), "ولايات".into()));
        assert_eq!(split("وبالعراق"), ("و+ب+ال".into(), "عراق".into()));
        assert_eq!(split("كالعادة"), ("ك+ال".into(), "عاده".into()));
    }

    #[test]
    fn future_particle_before_present_tense() {
        assert_eq!(split("ستستمر"), ("س".into(), "تستمر".into()));
        assert_eq!(split("وسيقوم"), ("و+س".into(), "يقوم".into()));
        assert_eq!(split("سياسة"), ("".into(), "سياسه".into()));
        // Nouns and adjectives that only begin like a future verb.
        assert!(surface_denies_future("سياسيًا"));
        assert!(surface_denies_future("ستينات"));
        assert!(surface_denies_future("سابقا"));
        assert!(surface_denies_future("سيادة"));
        assert!(surface_denies_future("وستراتيجية"));
        assert!(!surface_denies_future("سأبقى"));
        assert!(!surface_denies_future("وسيقوم"));
    }

    #[test]
    fn keeps_words_whose_letters_only_look_like_clitics() {
        assert_eq!(split("وزير"), ("".into(), "وزير".into()));
        assert_eq!(split("ووزير"), ("و".into(), "وزير".into()));
        assert_eq!(split("بغداد"), ("".into(), "بغداد".into()));
        assert_eq!(split("الذي"), ("".into(), "الذي".into()));
        assert_eq!(split("ألف"), ("".into(), "الف".into()));
        assert_eq!(split("التقى"), ("".into(), "التقي".into()));
        assert_eq!(split("لبنان"), ("".into(), "لبنان".into()));
        // Too short to carry a conjunction.
        assert_eq!(split("وقت"), ("".into(), "وقت".into()));
        assert_eq!(split("ولد"), ("".into(), "ولد".into()));
    }

    #[test]
    fn readings_offer_every_split_for_lexicon_lookup() {
        let n = normalize("وبغداد");
        let stems: Vec<&str> = readings(&n).iter().map(|(_, s)| s).collect();
        assert!(stems.contains(&"بغداد"));
        assert!(stems.contains(&"غداد"));
        assert_eq!(stems[0], "وبغداد");
        let n = normalize("لبغداد");
        assert!(readings(&n)
            .iter()
            .any(|(p, s)| s == "بغداد" && p.has(Proclitics::LI)));
        let n = normalize("والعراق");
        assert!(readings(&n).iter().any(|(_, s)| s == "عراق"));
    }
}
