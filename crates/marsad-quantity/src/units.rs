//! Counted nouns and units of measure, and units of time.
//!
//! A quantity's unit is the counted noun as a singular in matching form
//! (قتيل، دولار، كيلومتر، `%`). `data/units.tsv` lists each unit with its
//! irregular forms; the regular ones (accusative, sound plurals, duals) are
//! generated here, so the file stays a list of words, not of word forms.
//! Nouns not in the file are read by their regular morphology when they
//! follow a number (مسلحين → مسلح، جنسيات → جنسيه، مصدرا → مصدر).

use crate::lexicon::{has_article, norm, stem, token, tsv, Phrases};
use crate::lexicon::{FastMap, FastSet};
use marsad_core::{Document, TokenKind};
use std::sync::OnceLock;

/// What a unit measures; money and counts have factor 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Dimension {
    Count,
    Money,
    Length,
    Mass,
    Area,
    Volume,
    Percent,
}

/// A unit of the lexicon.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Unit {
    /// The singular reported as the quantity's unit.
    pub name: &'static str,
    pub dimension: Dimension,
    /// The size of one unit in the dimension's base unit (metres, grams,
    /// square metres, litres), for comparing amounts across units.
    pub factor: f64,
}

/// Whether a unit counts what news about events reports one of: people and
/// casualties, attacks and arms (the first two sections of `data/units.tsv`),
/// money and measures. "شخص واحد", "صاروخ واحد", "دولار واحد" say one;
/// "أسرة واحدة", "جهة واحدة", "قلب رجل واحد" mostly say oneness.
pub fn counts_one(unit: &Unit) -> bool {
    static EVENT_NOUNS: OnceLock<FastSet<&'static str>> = OnceLock::new();
    let nouns = EVENT_NOUNS.get_or_init(|| {
        let mut out = FastSet::default();
        let mut take = false;
        for line in include_str!("../data/units.tsv").lines() {
            if let Some(section) = line.strip_prefix("# --- ") {
                take = matches!(
                    section.trim(),
                    "people and casualties" | "military and attacks"
                );
            } else if take && !line.starts_with('#') {
                if let Some(name) = line.split('\t').next().filter(|n| !n.is_empty()) {
                    out.insert(name);
                }
            }
        }
        out
    });
    unit.dimension != Dimension::Count || nouns.contains(unit.name)
}

/// How a unit word was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Number {
    Singular,
    Dual,
    Plural,
}

/// A unit found at a token.
#[derive(Debug, Clone, PartialEq)]
pub struct UnitMatch {
    /// The singular: a lexicon name, or one read from regular morphology.
    pub name: String,
    pub unit: Option<Unit>,
    pub number: Number,
    /// One past the unit's last token.
    pub end: usize,
}

struct UnitLexicon {
    /// Single-word forms → unit and number.
    forms: FastMap<String, (Unit, Number)>,
    /// Forms of more than one token ("كيلو متر", "في المئة", "كم مربع").
    phrases: Phrases<(Unit, Number)>,
    by_name: FastMap<&'static str, Unit>,
}

fn dimension(s: &str) -> Dimension {
    match s {
        "count" => Dimension::Count,
        "money" => Dimension::Money,
        "length" => Dimension::Length,
        "mass" => Dimension::Mass,
        "area" => Dimension::Area,
        "volume" => Dimension::Volume,
        "percent" => Dimension::Percent,
        other => panic!("units.tsv: unknown dimension {other}"),
    }
}

/// The regular forms of a singular noun: accusative, duals and sound plurals.
fn regular_forms(s: &str) -> Vec<(String, Number)> {
    let mut out = vec![(format!("{s}ا"), Number::Singular)];
    if let Some(base) = s.strip_suffix('ه') {
        for d in ["تان", "تين", "تا", "تي"] {
            out.push((format!("{base}{d}"), Number::Dual));
        }
        out.push((format!("{base}ات"), Number::Plural));
    } else {
        out.push((format!("{s}ان"), Number::Dual));
        out.push((format!("{s}ين"), Number::Dual));
        out.push((format!("{s}ات"), Number::Plural));
    }
    out
}

fn lexicon() -> &'static UnitLexicon {
    static LEX: OnceLock<UnitLexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut forms: FastMap<String, (Unit, Number)> = FastMap::default();
        let mut phrases = Phrases::default();
        let mut by_name = FastMap::default();
        for f in tsv(include_str!("../data/units.tsv")) {
            let name = f[0];
            let unit = Unit {
                name,
                dimension: dimension(f[2]),
                factor: f[3].parse().expect("units.tsv: factor"),
            };
            by_name.insert(name, unit);
            let listed: Vec<&str> = f[1]
                .split(',')
                .map(str::trim)
                .filter(|w| *w != "-" && !w.is_empty())
                .collect();
            let mut add = |form: &str, number: Number, explicit: bool| {
                let key = marsad_text::normalize(form);
                if key.contains(' ') || crate::lexicon::phrase_stems(&key).len() > 1 {
                    phrases.insert(&key, (unit, number));
                } else if explicit {
                    forms.insert(key, (unit, number));
                } else {
                    // A generated form never overrides a listed one.
                    forms.entry(key).or_insert((unit, number));
                }
            };
            add(name, Number::Singular, true);
            let regular = regular_forms(name);
            // A listed form the rules also make a feminine dual stays a dual
            // ("امرأتين"); -ين after a masculine stays a sound plural ("مدنيين").
            let feminine_dual = |w: &str| {
                name.ends_with('ه')
                    && regular
                        .iter()
                        .any(|(r, n)| *n == Number::Dual && r.contains('ت') && *r == w)
            };
            for w in &listed {
                let dual = feminine_dual(&marsad_text::normalize(w));
                add(w, if dual { Number::Dual } else { Number::Plural }, true);
            }
            if !name.contains(' ')
                && name.chars().count() > 1
                && name.chars().all(char::is_alphabetic)
            {
                for (w, number) in regular {
                    add(&w, number, false);
                }
            }
        }
        UnitLexicon {
            forms,
            phrases,
            by_name,
        }
    })
}

/// The lexicon's unit of this singular name, with its dimension and factor.
pub fn unit_named(name: &str) -> Option<Unit> {
    lexicon().by_name.get(name).copied()
}

/// Pronoun suffixes on a counted noun ("زملائهم", "مرافقيه").
const PRONOUNS: &[&str] = &["هما", "هم", "هن", "ها", "كم", "نا", "ه"];

fn lookup_word(w: &str) -> Option<(Unit, Number)> {
    lexicon().forms.get(w).copied()
}

/// The lexicon unit whose whole word, a leading و or ف included, is token
/// `i`: "600 وظيفة" (the tokenizer takes its و for a conjunction).
pub fn whole_word_unit_at(doc: &Document, i: usize) -> Option<UnitMatch> {
    lookup_word(norm(doc, i)).map(|found| one_word_match(found, i))
}

/// The match of a lexicon unit written as the one word at token `i`.
fn one_word_match((unit, number): (Unit, Number), i: usize) -> UnitMatch {
    UnitMatch {
        name: unit.name.to_string(),
        unit: Some(unit),
        number,
        end: i + 1,
    }
}

/// The lexicon unit written at token `i` (without guessing from morphology).
pub fn known_unit_at(doc: &Document, i: usize) -> Option<UnitMatch> {
    let lex = lexicon();
    if i >= doc.tokens.len() {
        return None;
    }
    if let Some((end, &(unit, number))) = lex.phrases.match_at(doc, i, doc.tokens.len()) {
        return Some(UnitMatch {
            name: unit.name.to_string(),
            unit: Some(unit),
            number,
            end,
        });
    }
    let t = token(doc, i);
    if !matches!(
        t.kind,
        TokenKind::Arabic | TokenKind::Latin | TokenKind::Punct
    ) {
        return None;
    }
    let s = stem(doc, i);
    let found = lookup_word(s)
        // The whole word where the tokenizer took its first letters for
        // clitics ("ألقاب", "فترتين").
        .or_else(|| lookup_word(norm(doc, i)))
        .or_else(|| {
            // A dual with a joined preposition the tokenizer leaves on an
            // indefinite word: "بهدفين", "لمباراتين", "وبفتاتين".
            let w = norm(doc, i);
            let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
            let rest = w.strip_prefix(['ب', 'ل'])?;
            // (genitive after the preposition: not "لطالبان", "لميلان")
            (rest.chars().count() >= 5 && (rest.ends_with("ين") || rest.ends_with("تي")))
                .then(|| lookup_word(rest))
                .flatten()
                .filter(|(_, n)| *n == Number::Dual)
        })
        .or_else(|| {
            // A pronoun suffix: "زملائهم" → زملاي → زملاء, "مرافقيه" → مرافقي → مرافقين.
            // A plural in construct drops its ن: "مسلحي التنظيم", "مسيحيي سهل نينوى".
            let plural = |w: &str| lookup_word(w).filter(|u| u.1 == Number::Plural);
            if let Some(b) = s.strip_suffix('ي').filter(|b| b.chars().count() >= 3) {
                if let Some(u) = lookup_word(b).or_else(|| plural(&format!("{s}ن"))) {
                    return Some((u.0, Number::Plural));
                }
            }
            // A written ة is not the pronoun ه: "مشاركة" is not "مشارك" + ه.
            let ta_marbuta = doc.token_text(t).ends_with('ة');
            let base = PRONOUNS
                .iter()
                .filter(|p| !(ta_marbuta && **p == "ه"))
                .find_map(|p| s.strip_suffix(p).filter(|b| b.chars().count() >= 3))?;
            lookup_word(base)
                .or_else(|| plural(&format!("{base}ن")))
                .or_else(|| {
                    base.strip_suffix('ي')
                        .and_then(|b| plural(&format!("{b}ء")))
                })
                .or_else(|| {
                    base.strip_suffix('ت')
                        .and_then(|b| lookup_word(&format!("{b}ه")))
                })
        })?;
    Some(one_word_match(found, i))
}

/// Words never read as a counted noun after a number.
fn stopwords() -> &'static FastSet<String> {
    static SET: OnceLock<FastSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        marsad_text::lexicon::lines(include_str!("../data/stopwords.txt"))
            .map(marsad_text::normalize)
            .collect()
    })
}

pub fn is_stopword(w: &str) -> bool {
    stopwords().contains(w)
}

/// The counted noun at token `i` after a number: a lexicon unit, else the
/// singular read from regular morphology (-ا accusative, -ين/-ون, -ات → ة).
pub fn unit_after_number(doc: &Document, i: usize) -> Option<UnitMatch> {
    if let Some(u) = known_unit_at(doc, i) {
        return Some(u);
    }
    let t = token(doc, i);
    // A word with a conjunction or the future prefix starts a new clause.
    if t.kind != TokenKind::Arabic
        || crate::lexicon::has_conjunction(doc, i)
        || t.proclitics.has(marsad_core::Proclitics::SA)
    {
        return None;
    }
    let s = stem(doc, i);
    if is_stopword(s) || is_stopword(norm(doc, i)) || s.chars().count() < 3 {
        return None;
    }
    if crate::numeral::word_at(doc, i).is_some() || time_unit(doc, i).is_some() {
        return None;
    }
    let (name, number) = if let Some(b) = s
        .strip_suffix("يين")
        .or_else(|| s.strip_suffix("يون"))
        .or_else(|| s.strip_suffix("يي"))
    {
        (format!("{b}ي"), Number::Plural)
    } else if let Some(b) = s.strip_suffix("ات").filter(|b| b.chars().count() >= 3) {
        let name = if masculine_with_at(b) {
            b.to_string()
        } else {
            format!("{b}ه")
        };
        (name, Number::Plural)
    } else if let Some(b) = s.strip_suffix('ي').filter(|b| {
        // A plural in construct drops its ن: "منسوبي المستشفى", "مفتشي الهيئة".
        let next = i + 1;
        // participles (مفتشي، منسوبي) and فاعل (لاعبي), not nisbas (إسترليني)
        let c: Vec<char> = b.chars().collect();
        (c[0] == 'م' || (c.len() == 4 && c[1] == 'ا'))
            && b.chars().count() >= 4
            && !b.ends_with('ي')
            && next < doc.tokens.len()
            && token(doc, next).kind == TokenKind::Arabic
            && !crate::lexicon::has_conjunction(doc, next)
            && (has_article(doc, next)
                || doc.token_text(token(doc, next)).ends_with('ة')
                || has_article(doc, next + 1))
            && !is_stopword(stem(doc, next))
    }) {
        (b.to_string(), Number::Plural)
    } else if let Some(b) = s
        .strip_suffix("ين")
        .or_else(|| s.strip_suffix("ون"))
        .filter(|b| b.chars().count() >= 3)
    {
        (b.to_string(), Number::Plural)
    } else if let Some(b) = s
        .strip_suffix('ا')
        .filter(|b| b.chars().count() >= 3 && !has_article(doc, i))
    {
        (b.to_string(), Number::Singular)
    } else {
        (s.to_string(), Number::Singular)
    };
    Some(UnitMatch {
        name,
        unit: None,
        number,
        end: i + 1,
    })
}

/// Whether a sound plural in -ات of the stem `b` has a singular without ة:
/// verbal nouns of the forms تفعّل and تفعيل (تطورات → تطور، تعديلات → تعديل)
/// and افتعال، انفعال، استفعال (اجتماعات → اجتماع، استثمارات → استثمار).
/// A stem in ي takes ة (فعاليات → فعالية); so do the rest by default.
fn masculine_with_at(b: &str) -> bool {
    let c: Vec<char> = b.chars().collect();
    let n = c.len();
    if c[n - 1] == 'ي' {
        return false;
    }
    match c[0] {
        'ت' => n == 4 || (n == 5 && c[3] == 'ي'),
        'ا' if n >= 6 && c[n - 2] == 'ا' => {
            let ist = c[1] == 'س' && c[2] == 'ت';
            (ist && n >= 7) || (!ist && n == 6)
        }
        _ => false,
    }
}

/// A unit of time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TimeUnit {
    Second,
    Minute,
    Hour,
    Day,
    Week,
    Month,
    Year,
    Decade,
    Century,
}

impl TimeUnit {
    /// The TIMEX3 duration letter and the multiplier into it (a decade is 10Y).
    pub fn timex(self) -> (&'static str, bool, u32) {
        match self {
            TimeUnit::Second => ("S", true, 1),
            TimeUnit::Minute => ("M", true, 1),
            TimeUnit::Hour => ("H", true, 1),
            TimeUnit::Day => ("D", false, 1),
            TimeUnit::Week => ("W", false, 1),
            TimeUnit::Month => ("M", false, 1),
            TimeUnit::Year => ("Y", false, 1),
            TimeUnit::Decade => ("Y", false, 10),
            TimeUnit::Century => ("Y", false, 100),
        }
    }
}

/// A unit of time at a token, with the count its form carries: 1 singular,
/// 2 dual ("يومين"), 0 plural ("أيام": the count comes from elsewhere).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TimeUnitMatch {
    pub unit: TimeUnit,
    pub count: u32,
}

fn time_units() -> &'static FastMap<String, TimeUnitMatch> {
    static MAP: OnceLock<FastMap<String, TimeUnitMatch>> = OnceLock::new();
    MAP.get_or_init(|| {
        tsv(include_str!("../data/time_units.tsv"))
            .map(|f| {
                let unit = match f[1] {
                    "S" => TimeUnit::Second,
                    "MIN" => TimeUnit::Minute,
                    "H" => TimeUnit::Hour,
                    "D" => TimeUnit::Day,
                    "W" => TimeUnit::Week,
                    "M" => TimeUnit::Month,
                    "Y" => TimeUnit::Year,
                    "DE" => TimeUnit::Decade,
                    "CE" => TimeUnit::Century,
                    other => panic!("time_units.tsv: unknown unit {other}"),
                };
                let count = f[2].parse().expect("time_units.tsv: count");
                (marsad_text::normalize(f[0]), TimeUnitMatch { unit, count })
            })
            .collect()
    })
}

/// The unit of time written at token `i`, if any.
pub fn time_unit(doc: &Document, i: usize) -> Option<TimeUnitMatch> {
    if i >= doc.tokens.len() || token(doc, i).kind != TokenKind::Arabic {
        return None;
    }
    let m = time_units();
    m.get(stem(doc, i)).or_else(|| m.get(norm(doc, i))).copied()
}

/// Every word of a unit of time (matching form).
pub fn time_unit_words() -> impl Iterator<Item = &'static str> {
    time_units().keys().map(String::as_str)
}

/// The unit of time of a word in matching form.
pub fn time_unit_word(w: &str) -> Option<TimeUnitMatch> {
    time_units().get(w).copied()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(text: &str) -> Option<(String, Number)> {
        let doc = crate::tokenized(text);
        unit_after_number(&doc, 0).map(|u| (u.name, u.number))
    }

    #[test]
    fn broken_plurals_and_regular_forms() {
        assert_eq!(unit("قتلى"), Some(("قتيل".into(), Number::Plural)));
        assert_eq!(unit("قتيلا"), Some(("قتيل".into(), Number::Singular)));
        assert_eq!(unit("قتيلين"), Some(("قتيل".into(), Number::Dual)));
        assert_eq!(unit("مدنيين"), Some(("مدني".into(), Number::Plural)));
        assert_eq!(unit("عبوتين"), Some(("عبوه".into(), Number::Dual)));
        assert_eq!(unit("جبهتي"), Some(("جبهه".into(), Number::Dual)));
        assert_eq!(unit("كم"), Some(("كيلومتر".into(), Number::Plural)));
        assert_eq!(unit("زملائهم"), Some(("زميل".into(), Number::Plural)));
        assert_eq!(unit("مرافقيه"), Some(("مرافق".into(), Number::Plural)));
    }

    #[test]
    fn unknown_nouns_by_morphology() {
        assert_eq!(unit("جنسيات").unwrap().0, "جنسيه");
        assert_eq!(unit("الإيزيديين").unwrap().0, "ايزيدي");
        assert_eq!(unit("مصدراً").unwrap().0, "مصدر");
        assert_eq!(unit("في"), None);
        assert_eq!(unit("وأصيب"), None);
    }

    #[test]
    fn time_units_are_apart() {
        let doc = crate::tokenized("يومين");
        assert_eq!(
            time_unit(&doc, 0),
            Some(TimeUnitMatch {
                unit: TimeUnit::Day,
                count: 2
            })
        );
        assert_eq!(unit("أيام"), None);
    }
}
