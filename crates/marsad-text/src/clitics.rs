//! Proclitics: the conjunctions, prepositions, future particle and article
//! that Arabic writes joined to the next word (وبالعراق = و + ب + ال + عراق).
//!
//! Reading them off a word is ambiguous without a dictionary (وزير is one
//! word, وقال is و + قال). [`analyze`] gives one cautious reading, kept on
//! each token; [`readings`] lists every plausible split, so that a stage with
//! a lexicon (places, cue verbs, triggers) can pick the one it knows.

use marsad_core::Proclitics;
use std::collections::HashSet;
use std::sync::OnceLock;

const EXCEPTIONS: &str = include_str!("../data/proclitic_exceptions.txt");

/// Words whose first letters look like proclitics but are part of the word.
fn exceptions() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| crate::lexicon::lines(EXCEPTIONS).collect())
}

/// Whether `norm` (a word in matching form) is listed as keeping its first letters.
pub fn is_exception(norm: &str) -> bool {
    exceptions().contains(norm)
}

fn char_count(s: &str) -> usize {
    s.chars().count()
}

/// One cautious reading of the proclitics at the front of `norm`, a word in
/// matching form. Returns the clitics and the byte offset where the stem
/// starts. Strips و/ف when at least three letters remain, the article ال
/// (and لل, بال, كال) when at least two remain, and the future س before a
/// present-tense prefix when at least four remain; never a listed exception.
/// A bare ب، ل or ك before a word without the article is left alone: only a
/// lexicon can tell بغداد from ب + غداد (see [`readings`]).
pub fn analyze(norm: &str) -> (Proclitics, usize) {
    let mut flags = 0u8;
    let mut at = 0usize;
    if is_exception(norm) {
        return (Proclitics(0), 0);
    }
    let rest = |at: usize| &norm[at..];
    // Conjunction: و or ف (at most one; "وف" is rare and usually a word).
    if let Some(c @ ('و' | 'ف')) = norm.chars().next() {
        let after = &norm[c.len_utf8()..];
        if char_count(after) >= 3 {
            flags |= if c == 'و' { Proclitics::WA } else { Proclitics::FA };
            at = c.len_utf8();
        }
    }
    let r = rest(at);
    if is_exception(r) {
        return (Proclitics(flags), at);
    }
    if let Some(stem) = r.strip_prefix("لل") {
        if char_count(stem) >= 2 {
            return (Proclitics(flags | Proclitics::LI | Proclitics::AL), norm.len() - stem.len());
        }
    }
    for (prep, flag) in [("ب", Proclitics::BI), ("ك", Proclitics::KA), ("", 0)] {
        if let Some(stem) = r.strip_prefix(prep).and_then(|s| s.strip_prefix("ال")) {
            if char_count(stem) >= 2 && !is_exception(&r[prep.len()..]) {
                return (Proclitics(flags | flag | Proclitics::AL), norm.len() - stem.len());
            }
        }
    }
    if let Some(after) = r.strip_prefix('س') {
        if after.starts_with(['ي', 'ت', 'ن', 'ا']) && char_count(after) >= 4 {
            return (Proclitics(flags | Proclitics::SA), norm.len() - after.len());
        }
    }
    (Proclitics(flags), at)
}

/// Every plausible split of `norm` into proclitics and a stem, the whole word
/// first, then from the fewest stripped letters to the most. A lexicon stage
/// looks each stem up and takes the first it knows.
pub fn readings(norm: &str) -> Vec<(Proclitics, &str)> {
    let mut out = vec![(Proclitics(0), norm)];
    let mut conj: Vec<(u8, &str)> = vec![(0, norm)];
    for (c, flag) in [('و', Proclitics::WA), ('ف', Proclitics::FA)] {
        if let Some(after) = norm.strip_prefix(c) {
            if char_count(after) >= 2 {
                conj.push((flag, after));
            }
        }
    }
    for (cflag, w) in conj {
        if cflag != 0 {
            out.push((Proclitics(cflag), w));
        }
        for (prep, flag) in [('ب', Proclitics::BI), ('ل', Proclitics::LI), ('ك', Proclitics::KA)] {
            if let Some(after) = w.strip_prefix(prep) {
                if char_count(after) >= 2 {
                    out.push((Proclitics(cflag | flag), after));
                }
            }
        }
        if let Some(after) = w.strip_prefix("لل") {
            if char_count(after) >= 2 {
                out.push((Proclitics(cflag | Proclitics::LI | Proclitics::AL), after));
            }
        }
        for (prep, flag) in [("", 0), ("ب", Proclitics::BI), ("ك", Proclitics::KA)] {
            if let Some(after) = w.strip_prefix(prep).and_then(|s| s.strip_prefix("ال")) {
                if char_count(after) >= 2 {
                    out.push((Proclitics(cflag | flag | Proclitics::AL), after));
                }
            }
        }
    }
    out.sort_by_key(|(_, stem)| std::cmp::Reverse(stem.len()));
    out.dedup_by(|a, b| a.1 == b.1);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
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
        let stems: Vec<&str> = readings(&n).into_iter().map(|(_, s)| s).collect();
        assert!(stems.contains(&"بغداد"));
        assert!(stems.contains(&"غداد"));
        assert_eq!(stems[0], "وبغداد");
        let n = normalize("لبغداد");
        assert!(readings(&n).iter().any(|(p, s)| *s == "بغداد" && p.has(Proclitics::LI)));
        let n = normalize("والعراق");
        assert!(readings(&n).iter().any(|(_, s)| *s == "عراق"));
    }
}
