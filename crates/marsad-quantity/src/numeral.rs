//! Numbers as news writes them: digits of any script with separators
//! (45000, 45,000, ٤٥٬٠٠٠, 1.5), digits with a scale word (1.5 مليون,
//! 230 ألف), number words in every case and gender ("خمسة وعشرون ألفا",
//! "ثلاثمائة وخمسين", "مليونين"), fractions (نصف مليون, ثلاثة أرباع) and
//! ordinals (الثالث، الحادي والعشرون), kept apart from counts.
//!
//! The parsers work on a tokenized [`Document`] and return token ranges, so
//! the time layer (hours, days, years in words) and later the event layer
//! read numbers the same way the quantity layer does.

use crate::lexicon::FastMap;
use crate::lexicon::{adjacent, has_article, is_punct, is_wa, may_be_in, norm, stem, token, tsv};
use marsad_core::{Document, Proclitics, TokenKind};
use marsad_text::phrases::WordFilter;
use std::sync::OnceLock;

/// How a number word combines with its neighbours (see `data/number_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordKind {
    Zero,
    Unit,
    Teen1,
    TeenTen,
    Ten,
    Hundred,
    Scale,
    PluralScale,
    DualScale,
    Fraction,
}

/// How a number was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NumForm {
    Digits,
    Words,
}

/// A number found in a document: its value and its tokens `start..end`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Numeral {
    pub value: f64,
    pub start: usize,
    pub end: usize,
    pub form: NumForm,
}

fn words() -> &'static FastMap<String, (f64, WordKind)> {
    static MAP: OnceLock<FastMap<String, (f64, WordKind)>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = FastMap::default();
        for f in tsv(include_str!("../data/number_words.tsv")) {
            let kind = match f.get(2).copied() {
                Some("zero") => WordKind::Zero,
                Some("unit") => WordKind::Unit,
                Some("teen1") => WordKind::Teen1,
                Some("teenten") => WordKind::TeenTen,
                Some("ten") => WordKind::Ten,
                Some("hundred") => WordKind::Hundred,
                Some("scale") => WordKind::Scale,
                Some("pscale") => WordKind::PluralScale,
                Some("dscale") => WordKind::DualScale,
                other => panic!("number_words.tsv: bad kind {other:?} for {}", f[0]),
            };
            let v: f64 = f[1].parse().expect("number_words.tsv: value");
            m.insert(marsad_text::normalize(f[0]), (v, kind));
        }
        for f in tsv(include_str!("../data/fractions.tsv")) {
            m.insert(
                marsad_text::normalize(f[0]),
                (
                    f[1].parse().expect("fractions.tsv: value"),
                    WordKind::Fraction,
                ),
            );
        }
        m
    })
}

fn ordinals() -> &'static FastMap<String, f64> {
    static MAP: OnceLock<FastMap<String, f64>> = OnceLock::new();
    MAP.get_or_init(|| {
        tsv(include_str!("../data/ordinals.tsv"))
            .map(|f| {
                (
                    marsad_text::normalize(f[0]),
                    f[1].parse().expect("ordinals.tsv: value"),
                )
            })
            .collect()
    })
}

/// Every number and fraction word (matching form).
pub fn number_words() -> impl Iterator<Item = &'static str> {
    words().keys().map(String::as_str)
}

/// The number words as a filter: most tokens are none.
fn number_filter() -> &'static WordFilter {
    static FILTER: OnceLock<WordFilter> = OnceLock::new();
    FILTER.get_or_init(|| WordFilter::of(words().keys().map(String::as_str)))
}

/// The value of one ordinal word in matching form ("ثالثه" → 3).
pub fn ordinal_value(w: &str) -> Option<f64> {
    ordinals().get(w).copied()
}

/// Every ordinal word (matching form).
pub fn ordinal_words() -> impl Iterator<Item = &'static str> {
    ordinals().keys().map(String::as_str)
}

/// The value and kind of a number word in matching form (no proclitics).
pub fn word_value(w: &str) -> Option<(f64, WordKind)> {
    words().get(w).copied()
}

/// The number word at token `i`: its stem, else its whole form, else the
/// form without a joined preposition ب/ل/ك ("بخمسة").
pub fn word_at(doc: &Document, i: usize) -> Option<(f64, WordKind)> {
    let t = token(doc, i);
    if t.kind != TokenKind::Arabic || !may_be_in(number_filter(), doc, i) {
        return None;
    }
    let s = stem(doc, i);
    // "ميتا" (dead) folds like "مئتا" (two hundred): only with its hamza.
    let dead = |v: (f64, WordKind)| {
        v.1 == WordKind::Hundred && s.starts_with("ميت") && !doc.token_text(t).contains('ئ')
    };
    if let Some(v) = word_value(s) {
        return (!dead(v)).then_some(v);
    }
    let n = norm(doc, i);
    if let Some(v) = word_value(n) {
        return (!dead(v)).then_some(v);
    }
    // A preposition the tokenizer leaves on ("بثلاثة", "لخمسين"): only for longer words.
    let rest = s.strip_prefix(['ب', 'ل', 'ك'])?;
    if rest.chars().count() >= 4 {
        word_value(rest)
    } else {
        None
    }
}

/// Parses digits written with any separators: `45,000`, `45٬000`, `1.5`,
/// `1,5`, `1.000.000`, `٤٥٫٥` (in matching form the digits are ASCII).
/// A comma or dot followed by groups of exactly three digits, more than
/// once or with the other separator after it, separates thousands; a single
/// dot is a decimal point; a single comma is a decimal comma unless a group
/// of three digits follows it.
pub fn parse_digits(s: &str) -> Option<f64> {
    if s.is_empty() || !s.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    // Arabic separators are unambiguous.
    let mut buf = String::with_capacity(s.len());
    let seps: Vec<(usize, char)> = s
        .char_indices()
        .filter(|(_, c)| !c.is_ascii_digit())
        .collect();
    if seps.is_empty() {
        return s.parse().ok();
    }
    let groups: Vec<&str> = s.split(|c: char| !c.is_ascii_digit()).collect();
    let last_sep = seps.last().map(|&(_, c)| c).unwrap_or('.');
    // Which separator is the decimal one, if any.
    let decimal = if seps.iter().any(|&(_, c)| c == '٫') {
        Some('٫')
    } else if seps.iter().all(|&(_, c)| matches!(c, '٬' | '\'')) {
        None
    } else {
        let kinds: Vec<char> = seps.iter().map(|&(_, c)| c).collect();
        let mixed = kinds.iter().any(|&c| c != kinds[0]);
        if mixed {
            Some(last_sep)
        } else if kinds.len() > 1 {
            // 1,000,000 or 1.000.000: thousands.
            None
        } else if last_sep == ',' && groups.last().is_some_and(|g| g.len() == 3) {
            None
        } else {
            Some(last_sep)
        }
    };
    for c in s.chars() {
        if c.is_ascii_digit() {
            buf.push(c);
        } else if Some(c) == decimal {
            buf.push('.');
        }
    }
    buf.parse().ok()
}

/// The number starting at token `i`, if one does: digits (with a minus
/// sign, a decimal word "فاصلة", a slash fraction "3/4" or a following scale
/// word "1.5 مليون"), or number words.
pub fn parse_number(doc: &Document, i: usize) -> Option<Numeral> {
    let n = doc.tokens.len();
    if i >= n {
        return None;
    }
    // A minus sign touching the digits, not the dash of a range "10-20".
    if is_punct(doc, i, "-")
        && i + 1 < n
        && token(doc, i + 1).kind == TokenKind::Number
        && adjacent(doc, i, i + 1)
        && !(i > 0 && token(doc, i - 1).kind == TokenKind::Number && adjacent(doc, i - 1, i))
    {
        let mut num = parse_number(doc, i + 1)?;
        num.value = -num.value;
        num.start = i;
        return Some(num);
    }
    // A leading decimal point: ".77", "٫٧٧".
    if (is_punct(doc, i, ".") || is_punct(doc, i, "٫"))
        && i + 1 < n
        && token(doc, i + 1).kind == TokenKind::Number
        && adjacent(doc, i, i + 1)
        && !(i > 0 && token(doc, i - 1).kind == TokenKind::Number)
    {
        let digits = norm(doc, i + 1);
        let v: f64 = format!("0.{digits}").parse().ok()?;
        return Some(Numeral {
            value: v,
            start: i,
            end: i + 2,
            form: NumForm::Digits,
        });
    }
    if token(doc, i).kind == TokenKind::Number {
        let split = split_decimal(doc, i);
        let raw = split.as_deref().unwrap_or_else(|| norm(doc, i));
        let mut value = parse_digits(raw)?;
        let mut j = if split.is_some() { i + 3 } else { i + 1 };
        // "1.500 دولار": a dot before three digits ending in 00, with no
        // scale word after, groups thousands ("1.5 مليون" stays a decimal).
        if let Some((int, frac)) = raw.split_once('.') {
            let thousands = (1..=3).contains(&int.len())
                && !int.starts_with('0')
                && frac.len() == 3
                && frac.ends_with("00")
                && frac.bytes().all(|b| b.is_ascii_digit())
                && !matches!(
                    word_at(doc, j),
                    Some((_, WordKind::Scale | WordKind::PluralScale))
                )
                && stem(doc, j) != "دينار";
            if thousands {
                value = (value * 1000.0).round();
            }
        }
        // "1 فاصلة 5"
        if j + 1 < n && is_decimal_word(doc, j) {
            if let Some(frac) = parse_number(doc, j + 1) {
                value += decimal_part(frac.value);
                j = frac.end;
            }
        }
        // "3/4", "2/1000": a slash between two touching numbers, not a date's.
        if j + 1 < n
            && is_punct(doc, j, "/")
            && adjacent(doc, j - 1, j)
            && adjacent(doc, j, j + 1)
            && token(doc, j + 1).kind == TokenKind::Number
            && !(j + 2 < n && is_punct(doc, j + 2, "/"))
        {
            let d = parse_digits(norm(doc, j + 1))?;
            if d != 0.0 {
                value /= d;
                j += 2;
            }
        }
        // "230 ألف", "1.5 مليون", "3 ملايين", and past a closing bracket or
        // quote: "(40) ألف"، "«10» ملايين".
        let closing = usize::from(
            j + 1 < n
                && i > 0
                && [("«", "»"), ("(", ")"), ("\"", "\"")]
                    .iter()
                    .any(|(o, c)| is_punct(doc, i - 1, o) && is_punct(doc, j, c))
                && adjacent(doc, i - 1, i)
                && adjacent(doc, j - 1, j),
        );
        if j + closing < n {
            if let Some((s, WordKind::Scale | WordKind::PluralScale)) = word_at(doc, j + closing) {
                value = scaled(value, s);
                j += closing + 1;
            }
        }
        return Some(Numeral {
            value,
            start: i,
            end: j,
            form: NumForm::Digits,
        });
    }
    let mut num = parse_words(doc, i)?;
    // "مليونين و500 ألف", "مليون و200 ألف": digits after a scale word in letters.
    if num.value >= 1000.0 && num.end < n {
        let k = if is_wa(doc, num.end) {
            num.end + 1
        } else {
            num.end
        };
        let joined = k > num.end || token(doc, k).proclitics.has(Proclitics::WA);
        if joined && token(doc, k).kind == TokenKind::Number {
            if let Some(rest) = parse_number(doc, k) {
                let scale = 10f64.powi(num.value.log10().floor() as i32);
                if rest.value > 0.0 && rest.value < scale && rest.end > rest.start + 1 {
                    num.value += rest.value;
                    num.end = rest.end;
                }
            }
        }
    }
    Some(num)
}

/// A number written in three touching tokens around a decimal mark the
/// tokenizer splits at, as one number in the form "int.frac":
/// - "5ر1", "333ر10", "000ر22" (agency copy that types the fraction first:
///   1.5, 10.333, 22.000 = 22000 by the thousands rule after);
/// - "1،6 مليون", "322،8 مليار" (the Arabic comma as a decimal comma; only
///   a one- or two-digit fraction, and not inside a list "1،2،3").
fn split_decimal(doc: &Document, i: usize) -> Option<String> {
    let n = doc.tokens.len();
    if i + 2 >= n
        || token(doc, i + 2).kind != TokenKind::Number
        || !adjacent(doc, i, i + 1)
        || !adjacent(doc, i + 1, i + 2)
    {
        return None;
    }
    let (a, b) = (norm(doc, i), norm(doc, i + 2));
    if !a.bytes().chain(b.bytes()).all(|c| c.is_ascii_digit()) {
        return None;
    }
    let touching_comma =
        |k: usize, l: usize| is_punct(doc, k, "،") && adjacent(doc, k.min(l), k.max(l));
    if token(doc, i + 1).kind == TokenKind::Arabic && norm(doc, i + 1) == "ر" {
        Some(format!("{b}.{a}"))
    } else if is_punct(doc, i + 1, "،")
        && a.len() <= 3
        && b.len() <= 2
        && !(i + 3 < n && touching_comma(i + 3, i + 2))
        && !(i > 0 && touching_comma(i - 1, i))
    {
        Some(format!("{a}.{b}"))
    } else {
        None
    }
}

/// `value × scale` without the binary noise of a decimal fraction:
/// "33.59 مليار" is 33590000000, not 33590000000.000004.
fn scaled(value: f64, scale: f64) -> f64 {
    let x = value * scale;
    let r = x.round();
    if scale >= 1000.0 && (x - r).abs() <= 1e-6 * x.abs() {
        r
    } else {
        x
    }
}

/// "فاصلة", the decimal comma in words (its ف is not a conjunction).
fn is_decimal_word(doc: &Document, i: usize) -> bool {
    norm(doc, i) == "فاصله" || stem(doc, i) == "فاصله"
}

/// The fractional value `0.d` of a number written after "فاصلة".
fn decimal_part(v: f64) -> f64 {
    let mut d = v.abs();
    while d >= 1.0 {
        d /= 10.0;
    }
    d
}

/// Number words starting at token `i`.
fn parse_words(doc: &Document, i: usize) -> Option<Numeral> {
    let n = doc.tokens.len();
    let (mut total, mut group) = (0.0f64, 0.0f64);
    let mut last: Option<WordKind> = None;
    let mut last_scale = 1.0f64;
    let mut end = i;
    let mut j = i;
    while j < n {
        // How this word is joined to the previous one.
        let mut k = j;
        let mut joined = false;
        if last.is_some() {
            if is_wa(doc, k) {
                k += 1;
                joined = true;
            } else if token(doc, k).proclitics.has(Proclitics::WA)
                // "مليونا واحدا": the و of واحد is its own letter.
                && !norm(doc, k).starts_with("واحد")
            {
                joined = true;
            }
            if k >= n {
                break;
            }
        }
        let Some((v, kind)) = word_at(doc, k) else {
            break;
        };
        // A word with the article or a joined preposition after a number
        // starts something else: "سبعة بالمئة" is seven percent, not 700.
        if last.is_some()
            && token(doc, k).proclitics.0 & (Proclitics::AL | Proclitics::BI | Proclitics::LI) != 0
        {
            break;
        }
        let ok = match (last, joined, kind) {
            (None, _, WordKind::Teen1) => {
                // "أحد عشر", "اثنا عشر": only with عشر/عشرة after it.
                k + 1 < n && matches!(stem(doc, k + 1), "عشر" | "عشره")
            }
            // "عشر ساعات": ten before a feminine noun; not "عشر" of a teen.
            (None, _, WordKind::TeenTen) => {
                v == 10.0 && !(k + 1 < n && word_at(doc, k + 1).is_some())
            }
            (None, _, WordKind::PluralScale) => false,
            (None, _, _) => true,
            // "خمسة عشر", "إحدى عشرة": a teen.
            (Some(WordKind::Unit | WordKind::Teen1), false, WordKind::TeenTen | WordKind::Unit)
                if v == 10.0 && group < 10.0 =>
            {
                true
            }
            // "ثلاث مئة": hundreds written apart.
            (Some(WordKind::Unit), false, WordKind::Hundred) if v == 100.0 && group < 10.0 => true,
            // "ثلاثة أرباع"
            (Some(WordKind::Unit), false, WordKind::Fraction) => true,
            // "خمسة وعشرون ألفا", "230 ألف", "ثلاثة آلاف"
            (Some(_), false, WordKind::Scale | WordKind::PluralScale) => group > 0.0,
            // "متين واحد وعشرين": units after hundreds without و (spoken)
            (Some(WordKind::Hundred), false, WordKind::Unit | WordKind::Ten) => true,
            // "خمسة و عشرون": a ten after units 1–9; "مئة وخمسة", "مليون وخمسمائة ألف":
            // anything after whole hundreds or a scale. Never "عشرة وعشرون" or
            // "ثلاثة وثمانية" (two numbers, not one).
            (Some(_), true, WordKind::Ten) => {
                (1.0..10.0).contains(&(group % 100.0)) || group % 100.0 == 0.0
            }
            (Some(_), true, WordKind::Unit | WordKind::Hundred) => {
                group % 100.0 == 0.0 && (kind != WordKind::Hundred || group == 0.0)
            }
            (Some(_), true, WordKind::DualScale | WordKind::Scale) => group == 0.0,
            // "مليون ونصف", "ثلاثة ونصف"
            (Some(_), true, WordKind::Fraction) => v == 0.5 || v == 0.25,
            _ => false,
        };
        if !ok {
            break;
        }
        match kind {
            WordKind::Zero
            | WordKind::Unit
            | WordKind::Ten
            | WordKind::Teen1
            | WordKind::DualScale => {
                if last.is_some() && !joined && v == 10.0 {
                    group += 10.0;
                } else {
                    group += v;
                }
                // "مليونين ونصف": a half after it is half the scale.
                if kind == WordKind::DualScale {
                    last_scale = v / 2.0;
                }
            }
            WordKind::TeenTen => group += 10.0,
            WordKind::Hundred => {
                if last == Some(WordKind::Unit) && !joined {
                    group *= 100.0;
                } else {
                    group += v;
                }
            }
            WordKind::Scale | WordKind::PluralScale => {
                if last.is_none() {
                    group = 1.0;
                }
                total += group * v;
                group = 0.0;
                last_scale = v;
            }
            WordKind::Fraction => {
                if last.is_none() {
                    group = v;
                } else if joined {
                    total += v * last_scale;
                } else {
                    group *= v;
                }
            }
        }
        last = Some(kind);
        j = k + 1;
        end = j;
    }
    let last = last?;
    // "نصف مليون": a fraction before a scale word.
    if last == WordKind::Fraction && end == i + 1 && end < n {
        if let Some((s, WordKind::Scale)) = word_at(doc, end) {
            return Some(Numeral {
                value: group * s,
                start: i,
                end: end + 1,
                form: NumForm::Words,
            });
        }
    }
    let mut value = total + group;
    // "واحد فاصلة واحد"
    if end + 1 < n && is_decimal_word(doc, end) {
        if let Some(frac) = parse_number(doc, end + 1) {
            value += decimal_part(frac.value);
            end = frac.end;
        }
    }
    Some(Numeral {
        value,
        start: i,
        end,
        form: NumForm::Words,
    })
}

/// The ordinal starting at token `i`: "الثالث", "الأولى", "الحادي عشر",
/// "الخامس والعشرين", "الواحد والثلاثون", "التسعين" (a ten with the article).
pub fn parse_ordinal(doc: &Document, i: usize) -> Option<Numeral> {
    let n = doc.tokens.len();
    if i >= n || token(doc, i).kind != TokenKind::Arabic {
        return None;
    }
    let s = stem(doc, i);
    // "سابعة" reads like the future prefix on a verb: try the whole word too.
    let mut value = match ordinals().get(s).or_else(|| ordinals().get(norm(doc, i))) {
        Some(&v) => v,
        None => match word_value(s) {
            // "الواحد والعشرون", "الإحدى عشرة", "الاثنى عشر"
            Some((v, WordKind::Unit | WordKind::Teen1)) if v <= 2.0 && has_article(doc, i) => v,
            // "التسعون"
            Some((v, WordKind::Ten)) if has_article(doc, i) => {
                return Some(Numeral {
                    value: v,
                    start: i,
                    end: i + 1,
                    form: NumForm::Words,
                })
            }
            _ => return None,
        },
    };
    let mut end = i + 1;
    if end < n && matches!(stem(doc, end), "عشر" | "عشره") && value < 10.0 {
        value += 10.0;
        end += 1;
    } else {
        // "والعشرين", "و العشرون"
        let k = if is_wa(doc, end) { end + 1 } else { end };
        let joined = k > end || (k < n && token(doc, k).proclitics.has(Proclitics::WA));
        if joined && k < n && value < 10.0 {
            if let Some((t, WordKind::Ten)) = word_at(doc, k) {
                value += t;
                end = k + 1;
            }
        }
    }
    if value < 1.0 {
        return None;
    }
    Some(Numeral {
        value,
        start: i,
        end,
        form: NumForm::Words,
    })
}

/// Parses a whole string as one number (for tests and tools): the text is
/// tokenized and must be a single number from end to end.
pub fn parse_text(text: &str) -> Option<f64> {
    let doc = crate::tokenized(text);
    let num = parse_number(&doc, 0)?;
    (num.end == doc.tokens.len()).then_some(num.value)
}

/// Parses a whole string as one ordinal (for tests and tools).
pub fn parse_ordinal_text(text: &str) -> Option<f64> {
    let doc = crate::tokenized(text);
    let num = parse_ordinal(&doc, 0)?;
    (num.end == doc.tokens.len()).then_some(num.value)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn digits_with_separators() {
        assert_eq!(parse_digits("45000"), Some(45000.0));
        assert_eq!(parse_digits("45,000"), Some(45000.0));
        assert_eq!(parse_digits("45٬000"), Some(45000.0));
        assert_eq!(parse_digits("1.5"), Some(1.5));
        assert_eq!(parse_digits("1٫5"), Some(1.5));
        assert_eq!(parse_digits("1,000,000"), Some(1e6));
        assert_eq!(parse_digits("1.000.000"), Some(1e6));
        assert_eq!(parse_digits("2,200"), Some(2200.0));
        assert_eq!(parse_digits("1,234.5"), Some(1234.5));
        assert_eq!(parse_digits("1,5"), Some(1.5));
    }

    #[test]
    fn digits_in_every_script_and_with_scales() {
        assert_eq!(parse_text("٤٥٬٠٠٠"), Some(45000.0));
        assert_eq!(parse_text("1.5 مليون"), Some(1_500_000.0));
        assert_eq!(parse_text("230 ألف"), Some(230_000.0));
        assert_eq!(parse_text("3 ملايين"), Some(3e6));
        assert_eq!(parse_text("-1.2"), Some(-1.2));
        assert_eq!(parse_text("3/4"), Some(0.75));
    }

    #[test]
    fn number_words() {
        assert_eq!(parse_text("ثلاثة"), Some(3.0));
        assert_eq!(parse_text("ثلاث"), Some(3.0));
        assert_eq!(parse_text("ثلاثين"), Some(30.0));
        assert_eq!(parse_text("ثلاثون"), Some(30.0));
        assert_eq!(parse_text("مئة"), Some(100.0));
        assert_eq!(parse_text("مائة"), Some(100.0));
        assert_eq!(parse_text("ألفا"), Some(1000.0));
        assert_eq!(parse_text("مليون"), Some(1e6));
        assert_eq!(parse_text("مليار"), Some(1e9));
        assert_eq!(parse_text("خمسة وعشرون ألفا"), Some(25_000.0));
        assert_eq!(parse_text("خمسة عشر"), Some(15.0));
        assert_eq!(parse_text("إحدى عشرة"), Some(11.0));
        assert_eq!(parse_text("ثلاثمائة وخمسين"), Some(350.0));
        assert_eq!(parse_text("ثلاث مئة"), Some(300.0));
        assert_eq!(parse_text("مليونين"), Some(2e6));
        assert_eq!(parse_text("نصف مليون"), Some(500_000.0));
        assert_eq!(parse_text("ثلاثة أرباع"), Some(0.75));
        assert_eq!(parse_text("عشرة آلاف"), Some(10_000.0));
        // "أحد" alone is "one of" or Sunday, not a number.
        assert_eq!(parse_text("أحد"), None);
    }

    #[test]
    fn ordinals_are_apart_from_counts() {
        assert_eq!(parse_ordinal_text("الثالث"), Some(3.0));
        assert_eq!(parse_ordinal_text("الأولى"), Some(1.0));
        assert_eq!(parse_ordinal_text("الحادي عشر"), Some(11.0));
        assert_eq!(parse_ordinal_text("الخامس والعشرين"), Some(25.0));
        assert_eq!(parse_ordinal_text("الواحد والثلاثون"), Some(31.0));
        assert_eq!(parse_ordinal_text("ثلاثة"), None);
        assert_eq!(parse_text("الثالث"), None);
    }
}
