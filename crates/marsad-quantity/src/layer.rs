//! The quantity layer: amounts of things in the story, with their unit.
//!
//! What counts as a quantity follows FORMAT.md: numbers with a counted noun,
//! duals of countable nouns, percents and fractions, vague amounts (عشرات،
//! عدة) as ranges, bounds and approximators, and "من … إلى" / "بين … و"
//! ranges. Not quantities: years, dates and clock times (the time layer's:
//! when it ran first, its spans are skipped), durations and ages (a number
//! before a unit of time), ordinals, numbers in names ("اللواء 15"), and a
//! bare number in digits with no unit, bound or range (IDs, scores, codes).

use crate::lexicon::{
    adjacent, has_article, has_conjunction, is_punct, is_punct_in, is_wa, may_be_in, norm, stem,
    token, tsv, Phrases, QUOTES,
};
use crate::lexicon::{FastMap, FastSet};
use crate::numeral::{parse_number, parse_ordinal, word_at, NumForm, Numeral, WordKind};
use crate::units::{is_stopword, known_unit_at, time_unit, unit_after_number, Number, UnitMatch};
use marsad_core::{Document, Mod, Quantity, Span, Stage, TokenKind};
use marsad_text::phrases::WordFilter;
use std::sync::OnceLock;

/// The quantity layer as a pipeline stage. Run it after the text layer and,
/// so that dates and years are left to it, after the time layer.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuantityLayer;

impl Stage for QuantityLayer {
    fn name(&self) -> &'static str {
        "quantities"
    }

    fn annotate(&self, doc: &mut Document) {
        doc.quantities = find_quantities(doc);
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Place {
    Pre,
    Post,
    Both,
}

struct Lexicons {
    bounds: Phrases<(Mod, Place)>,
    vague: Phrases<(f64, f64, Place)>,
    anaphoric: FastMap<String, &'static str>,
    verb_units: FastMap<String, &'static str>,
    fixed_pairs: FastSet<String>,
    /// Stems that can start a quantity: bounds, vague amounts, number words.
    triggers: FastSet<String>,
    /// Those and the number words, to turn most tokens away unhashed.
    trigger_filter: WordFilter,
    /// Stems that start a vague amount after its noun ("مواقع عدة"): few,
    /// compared directly rather than hashed.
    post_first: Vec<String>,
}

fn place(s: &str) -> Place {
    match s {
        "pre" => Place::Pre,
        "post" => Place::Post,
        "both" => Place::Both,
        other => panic!("bad place {other}"),
    }
}

/// A FORMAT.md modifier name.
pub fn mod_named(s: &str) -> Option<Mod> {
    Some(match s {
        "BEFORE" => Mod::Before,
        "AFTER" => Mod::After,
        "ON_OR_AFTER" => Mod::OnOrAfter,
        "ON_OR_BEFORE" => Mod::OnOrBefore,
        "START" => Mod::Start,
        "MID" => Mod::Mid,
        "END" => Mod::End,
        "APPROX" => Mod::Approx,
        "MORE_THAN" => Mod::MoreThan,
        "LESS_THAN" => Mod::LessThan,
        "EQUAL_OR_MORE" => Mod::EqualOrMore,
        "EQUAL_OR_LESS" => Mod::EqualOrLess,
        _ => return None,
    })
}

fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut bounds = Phrases::default();
        for f in tsv(include_str!("../data/bounds.tsv")) {
            let m = mod_named(f[1]).unwrap_or_else(|| panic!("bounds.tsv: mod {}", f[1]));
            bounds.insert(f[0], (m, place(f[2])));
        }
        let mut vague = Phrases::default();
        let mut post_first: Vec<String> = Vec::new();
        for f in tsv(include_str!("../data/vague.tsv")) {
            if place(f[3]) != Place::Pre {
                let first = crate::lexicon::phrase_stems(f[0]).swap_remove(0);
                if !post_first.contains(&first) {
                    post_first.push(first);
                }
            }
            vague.insert(
                f[0],
                (
                    f[1].parse().expect("min"),
                    f[2].parse().expect("max"),
                    place(f[3]),
                ),
            );
        }
        let vague_first: Vec<String> = vague.first_words().map(str::to_string).collect();
        let mut triggers: FastSet<String> = bounds.first_words().map(str::to_string).collect();
        triggers.extend(vague_first);
        triggers.extend(crate::numeral::number_words().map(str::to_string));
        triggers.extend(["من", "بين"].map(str::to_string));
        let trigger_filter = WordFilter::of(triggers.iter().map(String::as_str));
        Lexicons {
            trigger_filter,
            triggers,
            post_first,
            bounds,
            vague,
            anaphoric: tsv(include_str!("../data/anaphoric.tsv"))
                .map(|f| (marsad_text::normalize(f[0]), f[1]))
                .collect(),
            verb_units: tsv(include_str!("../data/verb_units.tsv"))
                .map(|f| (marsad_text::normalize(f[0]), f[1]))
                .collect(),
            fixed_pairs: marsad_text::lexicon::lines(include_str!("../data/fixed_pairs.txt"))
                .map(marsad_text::normalize)
                .collect(),
        }
    })
}

/// The amount of a quantity before its unit and modifiers.
#[derive(Debug, Clone, Copy)]
enum Amount {
    Exact(f64),
    Range(f64, f64),
}

/// Words before a number that make it a label ("رقم 5", "المادة 3").
const LABELS: &[&str] = &[
    "رقم",
    "ماده",
    "فقره",
    "بند",
    "قرار",
    "لواء",
    "فرقه",
    "كتيبه",
    "خليجي",
    "طريق",
    "صفحه",
];

/// Definite nouns a number after them numbers: "في الدقيقة 56 من
/// المباراة", "الجولة 5 من الدوري", "النسخة 30 من المهرجان".
const DEFINITE_LABELS: &[&str] = &["دقيقه", "جوله", "حلقه", "نسخه", "دوره", "شوط", "مرحله"];

/// Definite words that introduce an amount, not a name: "والبالغ 19 كلية",
/// "المقدرة 500 ألف".
const AMOUNT_WORDS: &[&str] = &["بالغ", "بالغه", "مقدر", "مقدره"];

/// Determiners between "من" and the counted noun ("15 من تلك المليشيات").
const DETERMINERS: &[&str] = &["تلك", "هذه", "هذا", "ذلك", "هولاء", "اولئك", "بين"];

/// Finds every quantity of a tokenized document, sorted and non-overlapping.
pub fn find_quantities(doc: &Document) -> Vec<Quantity> {
    let n = doc.tokens.len();
    let times: Vec<Span> = doc.times.iter().map(|t| t.span).collect();
    let in_time = |i: usize| -> bool {
        let s = doc.tokens[i].span;
        let k = times.partition_point(|t| t.end <= s.start);
        k < times.len() && times[k].start < s.end
    };
    let stems = Stems::default();
    let mut out = Vec::new();
    let mut i = 0;
    while i < n {
        if in_time(i) || !may_start(doc, i) {
            i += 1;
            continue;
        }
        match quantity_at(doc, i, &in_time, &stems) {
            // "المسؤول الثاني عشر": the teen of an ordinal counts nothing.
            Some(_) if i > 0 && parse_ordinal(doc, i - 1).is_some_and(|o| o.end > i) => {
                i += 1;
            }
            Some((mut q, end)) => {
                // "من 150 مليون يورو إلى 30 مليونا": the second amount of a
                // range written apart counts in the first one's unit.
                if q.unit.is_none() && i >= 2 && matches!(stem(doc, i - 1), "الي" | "حتي") {
                    if let Some(prev) = out.last().filter(|p: &&Quantity| {
                        p.span.end == doc.tokens[i - 2].span.end
                            && p.unit.is_some()
                            && crate::units::unit_named(p.unit.as_deref().unwrap_or(""))
                                .is_some_and(|u| u.dimension != crate::units::Dimension::Count)
                    }) {
                        q.unit = prev.unit.clone();
                    }
                }
                out.push(q);
                i = end.max(i + 1);
            }
            // A number that is not a quantity is skipped whole: the "ألفا"
            // of "193 ألفا" is not a thousand of its own.
            None => i = parse_number(doc, i).map_or(i + 1, |num| num.end.max(i + 1)),
        }
    }
    out
}

/// The counted noun after an amount ending at token `k`: directly, or after
/// a partitive "من" ("11 من عناصر", "عشرات الآلاف من “المكالمات”").
/// `guess` allows reading an unknown noun by its morphology.
fn unit_from(
    doc: &Document,
    k: usize,
    guess: bool,
    in_time: &dyn Fn(usize) -> bool,
) -> Option<UnitMatch> {
    let n = doc.tokens.len();
    if k >= n || in_time(k) {
        return None;
    }
    if time_unit(doc, k).is_some() {
        return None;
    }
    // "بنسبة 1.03 وقطاع": a word after و starts something else (a ف may
    // be the noun's own: "فعالية", "فدان").
    if token(doc, k).proclitics.has(marsad_core::Proclitics::WA) {
        // (unless the و is the noun's own: "600 وظيفة")
        return crate::units::whole_word_unit_at(doc, k);
    }
    if let Some(u) = known_unit_at(doc, k) {
        return Some(u);
    }
    if let Some(&unit) = lexicons().anaphoric.get(stem(doc, k)) {
        return Some(UnitMatch {
            name: unit.to_string(),
            unit: crate::units::unit_named(unit),
            number: Number::Plural,
            end: k + 1,
        });
    }
    if stem(doc, k) == "من" && !has_conjunction(doc, k) {
        // "20 من 22 عضوا": the part counts what the whole counts.
        if token(doc, k + 1).kind == TokenKind::Number {
            let whole = parse_number(doc, k + 1)?;
            if in_time(whole.start) || time_unit(doc, whole.end).is_some() {
                return None;
            }
            let u = known_unit_at(doc, whole.end).or_else(|| {
                (!has_article(doc, whole.end))
                    .then(|| unit_after_number(doc, whole.end))
                    .flatten()
            })?;
            return Some(UnitMatch { end: k, ..u });
        }
        let mut j = k + 1;
        while j < n && (is_punct_in(doc, j, QUOTES) || DETERMINERS.contains(&stem(doc, j))) {
            j += 1;
        }
        if j < n && !in_time(j) && time_unit(doc, j).is_none() {
            let u = known_unit_at(doc, j).or_else(|| unit_after_number(doc, j))?;
            let mut end = u.end;
            while end < n && is_punct_in(doc, end, &["»", "”", "\""]) {
                end += 1;
            }
            return Some(UnitMatch { end, ..u });
        }
        return None;
    }
    if guess {
        unit_after_number(doc, k)
    } else {
        None
    }
}

/// Whether a quantity may start at token `i`: a cheap test on every token
/// before any parsing (digits, signs, a trigger word, a dual ending, or a
/// noun before a vague amount).
fn may_start(doc: &Document, i: usize) -> bool {
    let t = token(doc, i);
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Punct => matches!(norm(doc, i), "-" | "." | "٫" | "(" | "$" | "€" | "£"),
        TokenKind::Arabic => {
            let lex = lexicons();
            let s = stem(doc, i);
            (may_be_in(&lex.trigger_filter, doc, i)
                && (lex.triggers.contains(s) || word_at(doc, i).is_some()))
                // A dual starts one only without the article (الطرفان is
                // no count; most words in -ين are definite plurals).
                || (!has_article(doc, i) && ["ان", "ين", "تي", "تا"].iter().any(|e| s.ends_with(e)))
                || lex.post_first.iter().any(|w| w == stem(doc, i + 1))
                || ONE.contains(&norm(doc, i + 1))
                || norm(doc, i + 1) == "ونصف"
                || lex.post_first.iter().any(|w| w == stem(doc, i + 2))
        }
        _ => false,
    }
}

/// Whether token `j` may start a number (cheap test before parsing).
fn may_start_number(doc: &Document, j: usize) -> bool {
    let t = token(doc, j);
    match t.kind {
        TokenKind::Number => true,
        TokenKind::Arabic => word_at(doc, j).is_some(),
        TokenKind::Punct => matches!(norm(doc, j), "-" | "." | "٫"),
        _ => false,
    }
}

/// The stems of a document's tokens, gathered the first time a dual asks
/// (scanning every token for each dual made long documents quadratic).
#[derive(Default)]
struct Stems<'a>(std::cell::OnceCell<rustc_hash::FxHashSet<&'a str>>);

impl<'a> Stems<'a> {
    fn contains(&self, doc: &'a Document, stem_: &str) -> bool {
        self.0
            .get_or_init(|| (0..doc.tokens.len()).map(|k| stem(doc, k)).collect())
            .contains(stem_)
    }
}

fn quantity_at<'a>(
    doc: &'a Document,
    i: usize,
    in_time: &dyn Fn(usize) -> bool,
    stems: &Stems<'a>,
) -> Option<(Quantity, usize)> {
    let lex = lexicons();
    let n = doc.tokens.len();
    // "في المئة" whose number the reader missed is no hundred of its own.
    if i > 0
        && matches!(stem(doc, i), "مئه" | "مائه")
        && has_article(doc, i)
        && stem(doc, i - 1) == "في"
    {
        return None;
    }
    let mut j = i;
    let mut modifier = None;
    if let Some((end, &(m, Place::Pre))) = lex.bounds.match_at(doc, i, n) {
        modifier = Some(m);
        j = end;
        // "قرابة الـ15 شكوى": the article written apart before the digits.
        if j + 1 < n && norm(doc, j) == "ال" && token(doc, j + 1).kind == TokenKind::Number {
            j += 1;
        }
    }
    // "من 1000 إلى 1500", "بين 10 و20"
    let mut opener = None;
    if j < n && matches!(stem(doc, j), "من" | "بين") && j + 1 < n && may_start_number(doc, j + 1)
    {
        opener = Some(stem(doc, j) == "بين");
        j += 1;
    }
    while j < n && is_punct_in(doc, j, &["(", "«", "\""]) {
        j += 1;
    }
    if j >= n || in_time(j) {
        return None;
    }
    // The span starts at the bound, or at the amount after a bracket.
    let start = if modifier.is_some() || opener.is_some() {
        i
    } else {
        j
    };
    // A currency sign before the digits: "$10".
    let mut sign_unit = None;
    if is_punct_in(doc, j, &["$", "€", "£"])
        && j + 1 < n
        && token(doc, j + 1).kind == TokenKind::Number
    {
        sign_unit = known_unit_at(doc, j);
        j += 1;
    }

    let (amount, mut k, mut unit, explicit) =
        if let Some((end, &(lo, hi, pl))) = vague_at(doc, j).filter(|(_, p)| p.2 != Place::Post) {
            // A vague amount: "عشرات الآلاف من المكالمات", "عدة طلبات", "مئات الإيزيديين".
            if pl == Place::Both && j > 0 && noun_before_vague(doc, j, end) {
                return None; // "مواقع عدة" is read at its noun
            }
            let unit = unit_from(doc, end, !has_article(doc, j), in_time);
            // "عدة" and "بضعة" need their noun.
            if unit.is_none()
                && matches!(
                    stem(doc, j),
                    "عده" | "بضعه" | "بضع" | "عديد" | "بعده" | "لعده"
                )
                && lo < 10.0
                && stem(doc, end.saturating_sub(1)) != "من"
            {
                return None;
            }
            (Amount::Range(lo, hi), end, unit, true)
        } else if let Some(num) =
            parse_number(doc, j).filter(|num| !(num.end - num.start == 1 && in_time(num.start)))
        {
            let (amount, k) = continue_range(doc, num, opener, in_time)?;
            let mut k = k;
            while k < n && is_punct(doc, k, ")") {
                k += 1;
            }
            // A number quoted alone: "توفر «72» وظيفة" (not the end of a
            // quoted name: "«إي سي 1» يمكن").
            let quoted_alone = num.start > 0
                && num.form == NumForm::Digits
                && [("«", "»"), ("\"", "\"")]
                    .iter()
                    .any(|(o, c)| is_punct(doc, num.start - 1, o) && k < n && is_punct(doc, k, c));
            if quoted_alone {
                k += 1;
            }
            // A number before a unit of time is a duration or an age: the time layer's.
            if k < n && time_unit(doc, k).is_some() {
                return None;
            }
            if k < n && is_punct(doc, k, "/") && adjacent(doc, k - 1, k) {
                return None; // part of a date or a score
            }
            // "واحدة من المناطق" is "one of", like "إحدى" (FORMAT.md): not an amount.
            if num.form == NumForm::Words && num.value == 1.0 && k < n && stem(doc, k) == "من" {
                return None;
            }
            // An unknown word with the article right after digits is not their
            // counted noun ("مهرجان جدة 36 الصيفي").
            let guess = (num.form == NumForm::Digits && !has_article(doc, k))
                || word_at(doc, num.start).is_some();
            let mut unit = sign_unit
                .clone()
                .or_else(|| unit_from(doc, k, guess, in_time));
            // "وإصابة 4", "مقتل 3": the noun or verb before digits names what they count.
            if unit.is_none() && num.form == NumForm::Digits && num.start == i && i > 0 {
                if let Some(&u) = lex.verb_units.get(stem(doc, i - 1)) {
                    unit = Some(UnitMatch {
                        name: u.to_string(),
                        unit: crate::units::unit_named(u),
                        number: Number::Plural,
                        end: k,
                    });
                }
            }
            let explicit = is_explicit(doc, i, num, &amount, modifier.is_some(), unit.as_ref())?;
            (amount, k, unit, explicit)
        } else if let Some(u) = known_unit_at(doc, j)
            .filter(|u| u.number == Number::Dual)
            .or_else(|| unknown_dual(doc, j, stems))
            .filter(|_| {
                !has_article(doc, j)
                    && !lex.fixed_pairs.contains(stem(doc, j))
                    && !lex.fixed_pairs.contains(norm(doc, j))
            })
            .filter(|u| !first_person_not_dual(doc, j, u.end))
        {
            // A dual of a countable noun: "هجومين", "شخصان", "جبهتي"; and a
            // half: "بمرتين ونصف".
            match and_a_half(doc, u.end, &u) {
                Some(end) => (Amount::Exact(2.5), end, Some(UnitMatch { end, ..u }), true),
                None => (Amount::Exact(2.0), u.end, Some(u), true),
            }
        } else if let Some(u) = post_vague(doc, j) {
            return Some(u);
        } else if let Some((u, end)) = noun_and_a_half(doc, j) {
            // "ملعقة ونصف", "متر ونصف": one and a half.
            (Amount::Exact(1.5), end, Some(UnitMatch { end, ..u }), true)
        } else if let Some(u) = noun_then_one(doc, j) {
            // "قتل شخص واحد": a singular says one only with واحد (FORMAT.md).
            let k = u.end + 1;
            (Amount::Exact(1.0), k, Some(u), true)
        } else {
            return None;
        };
    if !explicit {
        return None;
    }
    if let Some(u) = &unit {
        k = k.max(u.end);
    }
    // "على الأقل", "تقريبا" after the amount or its noun (and an adjective).
    for look in [k, k + 1] {
        if look < n {
            // "70% أو أكثر", "40% وأكثر", "10 سنوات فأقل": the amount is a bound
            // (not "أكثر من", which compares with what follows).
            let or_more = match stem(doc, look) {
                "اكثر" => Some(Mod::EqualOrMore),
                "اقل" => Some(Mod::EqualOrLess),
                _ => None,
            };
            let joined = (look == k && has_conjunction(doc, look))
                || (look == k + 1 && stem(doc, k) == "او");
            if let Some(m) = or_more.filter(|_| {
                joined && !has_article(doc, look) && !(look + 1 < n && stem(doc, look + 1) == "من")
            }) {
                if modifier.is_none() {
                    modifier = Some(m);
                }
                k = look + 1;
                break;
            }
            if let Some((end, &(m, Place::Post))) = lex.bounds.match_at(doc, look, n) {
                // "على أكثر من 85 ألف" (not "على الأكثر"): a bound of the next
                // amount, not this one's.
                if end > look + 1
                    && !has_article(doc, end - 1)
                    && end < n
                    && (stem(doc, end) == "من"
                        || token(doc, end).kind == TokenKind::Number
                        || word_at(doc, end).is_some())
                {
                    break;
                }
                if modifier.is_none() {
                    modifier = Some(m);
                }
                k = end;
                break;
            }
        }
    }
    if sign_unit.is_some() && unit.is_none() {
        unit = sign_unit;
    }
    // "أصيب العشرات": the verb names the counted people.
    if unit.is_none() && start > 0 {
        if let Some(&u) = lex.verb_units.get(stem(doc, start - 1)) {
            unit = Some(UnitMatch {
                name: u.to_string(),
                unit: crate::units::unit_named(u),
                number: Number::Plural,
                end: k,
            });
        }
    }
    let span = Span::new(doc.tokens[start].span.start, doc.tokens[k - 1].span.end);
    let (value, min, max) = match amount {
        Amount::Exact(v) => (Some(v), None, None),
        Amount::Range(lo, hi) => (None, Some(lo), Some(hi)),
    };
    Some((
        Quantity {
            span,
            value,
            min,
            max,
            modifier,
            unit: unit.map(|u| u.name),
        },
        k,
    ))
}

/// The first number of a range in the scale word that ends the second
/// ("82 و86 مليار" → 82 مليار), when the first has none of its own and is
/// smaller than the second's count before its scale.
fn scaled_like(doc: &Document, first: Numeral, second: Numeral) -> Option<f64> {
    if second.end - second.start < 2 || first.end - first.start != 1 {
        return None;
    }
    let (scale, WordKind::Scale | WordKind::PluralScale) = word_at(doc, second.end - 1)? else {
        return None;
    };
    let count = second.value / scale;
    (first.value < count && first.value > 0.0).then_some(first.value * scale)
}

/// A second number making a range: "1000 إلى 1500", "10-20", "بين 10 و20".
fn continue_range(
    doc: &Document,
    num: Numeral,
    opener: Option<bool>,
    in_time: &dyn Fn(usize) -> bool,
) -> Option<(Amount, usize)> {
    let n = doc.tokens.len();
    let k = num.end;
    let first = num.value;
    // "1000 إلى 1500", "10-20", and with "بين" first, "10 و 20".
    let to_word = matches!(stem(doc, k), "الي" | "حتي");
    // (a dash with spaces too, when a counted noun follows the second
    // number: "بسرعة 10 - 30 كم"; not a score "فاز 3 - 1")
    let spaced_dash = || {
        k + 1 < n
            && !(first.fract() == 0.0 && (1000.0..=2100.0).contains(&first))
            && parse_number(doc, k + 1).is_some_and(|s| {
                s.value > first && crate::units::known_unit_at(doc, s.end).is_some()
            })
    };
    let dash =
        is_punct_in(doc, k, &["-", "–"]) && k > 0 && (adjacent(doc, k - 1, k) || spaced_dash());
    let and = opener == Some(true) && is_wa(doc, k);
    let second_at = if k + 1 < n && (to_word || dash || and) {
        Some(k + 1)
    } else if opener == Some(true)
        && k < n
        && token(doc, k).proclitics.has(marsad_core::Proclitics::WA)
    {
        Some(k)
    } else {
        None
    };
    if let Some(s) = second_at {
        if !in_time(s) {
            if let Some(second) = parse_number(doc, s) {
                // "بين 82 و86 مليار يورو": the scale of the second counts the
                // first too.
                let first = scaled_like(doc, num, second).unwrap_or(first);
                if second.value > first
                    && !(first.fract() == 0.0
                        && (1900.0..=2100.0).contains(&first)
                        && (1900.0..=2100.0).contains(&second.value))
                {
                    return Some((Amount::Range(first, second.value), second.end));
                }
            }
        }
    }
    if opener == Some(true) {
        return None; // "بين" with no second number is not an amount
    }
    Some((Amount::Exact(first), k))
}

/// Whether a number is a quantity of the story: `None` when it is not
/// (a label, a year, an ordinal read as a number, a bare code).
fn is_explicit(
    doc: &Document,
    i: usize,
    num: Numeral,
    amount: &Amount,
    bounded: bool,
    unit: Option<&UnitMatch>,
) -> Option<bool> {
    let known_unit = unit.is_some_and(|u| u.unit.is_some());
    let ranged = matches!(amount, Amount::Range(..));
    if num.form == NumForm::Digits {
        let v = num.value;
        let yearish =
            v.fract() == 0.0 && (1900.0..=2100.0).contains(&v) && num.end - num.start == 1;
        if yearish && !known_unit {
            return None;
        }
        // (but "في الدورة 50 طالبة": the course has fifty students; only
        // الدقيقة numbers whatever follows)
        if num.start == i
            && i > 0
            && has_article(doc, i - 1)
            && DEFINITE_LABELS.contains(&stem(doc, i - 1))
            && (stem(doc, i - 1) == "دقيقه" || stem(doc, num.end) == "من" || unit.is_none())
        {
            return None;
        }
        // A number after a definite noun or a label word is part of a name: "اللواء 15".
        if num.start == i && i > 0 && !known_unit {
            let p = i - 1;
            if token(doc, p).kind == TokenKind::Arabic
                && (has_article(doc, p) || LABELS.contains(&stem(doc, p)))
                && !is_stopword(stem(doc, p))
                && !AMOUNT_WORDS.contains(&stem(doc, p))
            {
                return None;
            }
        }
        // "5.35 مليون": a scale word makes it an amount even without a noun.
        let scaled = num.end - num.start > 1 && word_at(doc, num.end - 1).is_some();
        // "تراجع إلى 52.7 من 53.5": a decimal is a reading, not a code
        // (but not a version after a Latin name, nor a clock time).
        let decimal = num.end - num.start == 1
            && v.fract() != 0.0
            && norm(doc, num.start).contains(['.', '٫'])
            && !(num.start > 0 && token(doc, num.start - 1).kind == TokenKind::Latin)
            && token(doc, num.end).kind != TokenKind::Latin
            && !matches!(
                stem(doc, num.end),
                "صباحا" | "صباح" | "مساء" | "مساءا" | "ظهرا" | "عصرا" | "ليلا" | "فجرا"
            );
        return Some(unit.is_some() || bounded || ranged || scaled || decimal);
    }
    // Number words.
    let first = word_at(doc, num.start);
    if parse_ordinal(doc, num.start).is_some_and(|o| o.end >= num.end) && first.is_none() {
        return None;
    }
    let v = num.value;
    // With the article, a number word is a name or a period ("الثلاث",
    // "الربع الثاني", "النصف الأول") unless a known noun follows ("الخمسة كيلومترات").
    if has_article(doc, num.start) && !known_unit {
        return None;
    }
    if unit.is_some() || bounded || ranged {
        // "واحد" counts only before a known noun ("شخص واحد" is read at the noun).
        return Some(
            v >= 2.0
                || (v >= 1.0 && known_unit)
                || first.is_some_and(|f| f.1 == WordKind::Fraction),
        );
    }
    // A bare number word counts people or things named before it ("أسر ستة"),
    // but not with the article ("الخمسة" alone is "the five" of a name), not
    // a short form that needs its noun (ثلاث، خمس، ست، سبع، تسع are also
    // other words), and not one.
    if v < 2.0 || has_article(doc, num.start) {
        return None;
    }
    let short = num.end - num.start == 1
        && first.is_some_and(|(_, k)| k == WordKind::Unit)
        && !stem(doc, num.start).ends_with('ه');
    Some(!short)
}

/// A dual in the nominative of a noun the lexicon does not list: "نسختان"
/// (نسخة), "ثعبانان" (ثعبان). Only these endings: "-ان" alone is also the
/// end of names and singulars (إيران، بيان), "-ين" of plurals.
/// Whether a dual in construct ending in ـتي ("جبهتي القتال") at `j` is
/// rather a noun with "my" ("وان زيارتي كانت مقررة", "سيارتي في"): a
/// construct has its owner right after it, not a mark, a particle or كان.
fn first_person_not_dual(doc: &Document, j: usize, end: usize) -> bool {
    if !norm(doc, j).ends_with("تي") {
        return false;
    }
    // The owner may be quoted: "منطقتي «كاودا» و«يابوس»".
    let owner = if is_punct_in(doc, end, &["«", "\"", "“"]) {
        end + 1
    } else {
        end
    };
    const NOT_OWNERS: &[&str] = &[
        "في", "من", "علي", "الي", "عن", "مع", "او", "ثم", "حتي", "منذ", "كان", "كانت", "يكون",
        "تكون", "هي", "هو", "التي", "الذي", "قد", "لم", "لا", "ان", "انه", "انها", "هذا", "هذه",
        "امام", "خلال", "عند", "بعد", "قبل",
    ];
    owner >= doc.tokens.len()
        || token(doc, owner).kind != TokenKind::Arabic
        || NOT_OWNERS.contains(&stem(doc, owner))
        // An owner is never joined to و: "غرفتي وهو".
        || has_conjunction(doc, owner)
}

fn unknown_dual<'a>(doc: &'a Document, j: usize, stems: &Stems<'a>) -> Option<UnitMatch> {
    let s = stem(doc, j);
    if !(s.ends_with("تان") || s.ends_with("انان")) || token(doc, j).kind != TokenKind::Arabic
    {
        return None;
    }
    // Not after a definite noun or adjective ("النجم السويدي زلاتان"), nor
    // an adjective agreeing with a dual ("بيضتان كبيرتان").
    if j > 0
        && (has_article(doc, j - 1)
            || (stem(doc, j - 1).ends_with("ان") && !has_conjunction(doc, j)))
    {
        return None;
    }
    if word_at(doc, j).is_some() {
        return None;
    }
    let name = if let Some(b) = s.strip_suffix("تان") {
        // not "اللتان" (which two), "أفغانستان"
        let len = b.chars().count();
        let odd = len < 3
            || b.ends_with(['س', 'ا'])
            || b.starts_with("ال")
            || (len == 3 && b.starts_with('ا'));
        (!odd).then(|| format!("{b}ه"))
    } else {
        s.strip_suffix("انان")
            .filter(|b| b.chars().count() >= 2)
            .map(|b| format!("{b}ان"))
    }?;
    if is_stopword(&name) || time_unit(doc, j).is_some() {
        return None;
    }
    // The singular must occur in the article too ("نسخة" beside "نسختان"):
    // names and loanwords in -تان (جايتان، بيوتان) have none. (The dual's
    // own stem, in -تان or -انان, is neither form.)
    let plural = name.strip_suffix('ه').map(|b| format!("{b}ات"));
    let attested =
        stems.contains(doc, &name) || plural.as_deref().is_some_and(|p| stems.contains(doc, p));
    if !attested {
        return None;
    }
    Some(UnitMatch {
        name,
        unit: None,
        number: Number::Dual,
        end: j + 1,
    })
}

/// A vague amount at token `j`: "بعدة" and "لعدة" only as written with ة
/// ("بعده" is also "after him").
fn vague_at(doc: &Document, j: usize) -> Option<(usize, &'static (f64, f64, Place))> {
    let m = lexicons().vague.match_at(doc, j, doc.tokens.len())?;
    if matches!(stem(doc, j), "بعده" | "لعده") && !doc.token_text(token(doc, j)).ends_with('ة')
    {
        return None;
    }
    Some(m)
}

/// Whether the vague amount at `j` (ending at `end`) follows its plural noun
/// ("مواقع عدة", "مجالات عدة لتصدير"), not a noun after it ("عدة طلبات").
fn noun_before_vague(doc: &Document, j: usize, end: usize) -> bool {
    let p = j - 1;
    if token(doc, p).kind != TokenKind::Arabic || has_article(doc, p) {
        return false;
    }
    if let Some(u) = known_unit_at(doc, p) {
        return u.number == Number::Plural;
    }
    // An unknown plural in -ات, with no noun after the amount: punctuation,
    // a little word, or one with a preposition on it ("مجالات عدة لتصدير").
    let s = stem(doc, p);
    let free_after = end >= doc.tokens.len()
        || token(doc, end).kind == TokenKind::Punct
        || is_stopword(stem(doc, end))
        || token(doc, end).proclitics.0
            & (marsad_core::Proclitics::LI | marsad_core::Proclitics::BI)
            != 0
        || (norm(doc, end).starts_with(['ل', 'ب']) && known_unit_at(doc, end).is_none());
    s.ends_with("ات") && s.chars().count() >= 5 && free_after
}

/// A noun with a vague amount after it: "مواقع عدة", "منشآت عسكرية عديدة".
/// "واحد" after its noun, in its forms.
const ONE: &[&str] = &["واحد", "واحده", "واحدا"];

/// A singular counted noun at `j` followed by "واحد": "شخص واحد", "قتيلا
/// واحدا", "دولار واحد" (nouns of [`crate::units::counts_one`]). Not in
/// idioms of oneness: "كرجل واحد", "وقفة رجل واحد", "على قلب رجل واحد", nor
/// with the article ("الشخص الواحد": each person).
/// The end of "ونصف" after a counted noun at `k`, past the noun said
/// again ("ملعقة ونصف ملعقة", "مرتين ونصف المرة"), if it is there.
fn and_a_half(doc: &Document, k: usize, u: &UnitMatch) -> Option<usize> {
    if k >= doc.tokens.len() || norm(doc, k) != "ونصف" {
        return None;
    }
    let again = known_unit_at(doc, k + 1).is_some_and(|v| v.name == u.name);
    Some(if again { k + 2 } else { k + 1 })
}

/// A singular counted noun with "ونصف" after it: "ملعقة ونصف", "متر
/// ونصف" (one and a half), and the end past it.
fn noun_and_a_half(doc: &Document, j: usize) -> Option<(UnitMatch, usize)> {
    if token(doc, j).kind != TokenKind::Arabic || has_article(doc, j) || time_unit(doc, j).is_some()
    {
        return None;
    }
    let u = known_unit_at(doc, j).filter(|u| u.number == Number::Singular)?;
    let end = and_a_half(doc, u.end, &u)?;
    Some((u, end))
}

fn noun_then_one(doc: &Document, j: usize) -> Option<UnitMatch> {
    let t = token(doc, j);
    if t.kind != TokenKind::Arabic
        || has_article(doc, j)
        || t.proclitics.has(marsad_core::Proclitics::KA)
        || (j > 0 && matches!(stem(doc, j - 1), "وقفه" | "قلب"))
    {
        return None;
    }
    let u = known_unit_at(doc, j).filter(|u| u.number == Number::Singular)?;
    let one = u.end;
    if one >= doc.tokens.len()
        || !ONE.contains(&norm(doc, one))
        || has_article(doc, one)
        || !u.unit.as_ref().is_some_and(crate::units::counts_one)
    {
        return None;
    }
    Some(u)
}

fn post_vague(doc: &Document, i: usize) -> Option<(Quantity, usize)> {
    let n = doc.tokens.len();
    if token(doc, i).kind != TokenKind::Arabic || word_at(doc, i).is_some() {
        return None;
    }
    for gap in [1usize, 2] {
        let j = i + gap;
        if j >= n {
            break;
        }
        if gap == 2 && token(doc, i + 1).kind != TokenKind::Arabic {
            break;
        }
        if let Some((end, &(lo, hi, pl))) = vague_at(doc, j) {
            // "عدة" after its noun ("مواقع عدة") only when no noun follows it
            // ("أقرت عدة ضوابط" counts the ضوابط); an adjective between the
            // noun and the amount only before "عديدة".
            let noun_after = end < n
                && token(doc, end).kind == TokenKind::Arabic
                && !has_conjunction(doc, end)
                && !token(doc, end).proclitics.has(marsad_core::Proclitics::LI)
                && !is_stopword(stem(doc, end));
            // "مجالات عدة لتصدير": the noun before is the amount's own.
            let noun_after = noun_after && (gap != 1 || !noun_before_vague(doc, j, end));
            if pl == Place::Pre || (pl == Place::Both && (noun_after || gap == 2)) {
                return None;
            }
            let unit = known_unit_at(doc, i).or_else(|| {
                let s = stem(doc, i);
                (s.ends_with("ات") || s.ends_with("ين"))
                    .then(|| unit_after_number(doc, i))
                    .flatten()
            })?;
            let span = Span::new(doc.tokens[i].span.start, doc.tokens[end - 1].span.end);
            return Some((
                Quantity {
                    span,
                    value: None,
                    min: Some(lo),
                    max: Some(hi),
                    modifier: None,
                    unit: Some(unit.name),
                },
                end,
            ));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    type Row = (
        String,
        Option<f64>,
        Option<f64>,
        Option<f64>,
        Option<Mod>,
        Option<String>,
    );

    fn quantities(text: &str) -> Vec<Row> {
        let doc = crate::tokenized(text);
        find_quantities(&doc)
            .into_iter()
            .map(|q| {
                (
                    doc.slice(q.span).to_string(),
                    q.value,
                    q.min,
                    q.max,
                    q.modifier,
                    q.unit,
                )
            })
            .collect()
    }

    fn one(text: &str) -> Row {
        let q = quantities(text);
        assert_eq!(q.len(), 1, "{text}: {q:?}");
        q.into_iter().next().unwrap()
    }

    #[test]
    fn counts_with_units() {
        let q = one("تلقينا 45000 مكالمة من المتطوعين");
        assert_eq!((q.1, q.5.as_deref()), (Some(45000.0), Some("مكالمه")));
        let q = one("مقتل 19 قتيلاً في الهجوم");
        assert_eq!((q.1, q.5.as_deref()), (Some(19.0), Some("قتيل")));
        let q = one("قتل خمسة مدنيين");
        assert_eq!((q.1, q.5.as_deref()), (Some(5.0), Some("مدني")));
        let q = one("نحو ٤٥٬٠٠٠ برميل");
        assert_eq!(
            (q.1, q.4, q.5.as_deref()),
            (Some(45000.0), Some(Mod::Approx), Some("برميل"))
        );
        let q = one("بلغت 1.5 مليون دولار");
        assert_eq!((q.1, q.5.as_deref()), (Some(1_500_000.0), Some("دولار")));
        let q = one("خسر خمسة وعشرون ألفا من العمال");
        assert_eq!((q.1, q.5.as_deref()), (Some(25_000.0), Some("عامل")));
    }

    #[test]
    fn duals_count_two_but_not_fixed_pairs() {
        let q = one("في هجومين على الأقل");
        assert_eq!(
            (q.1, q.4, q.5.as_deref()),
            (Some(2.0), Some(Mod::EqualOrMore), Some("هجوم"))
        );
        assert_eq!(one("سقط قتيلين").1, Some(2.0));
        assert_eq!(one("انفجار عبوتين ناسفتين").5.as_deref(), Some("عبوه"));
        assert!(quantities("زار الحرمين الشريفين").is_empty());
        assert!(quantities("اتفق الطرفين").is_empty());
    }

    #[test]
    fn vague_amounts_are_ranges() {
        let q = one("تلقى عشرات الآلاف من “المكالمات” أمس");
        assert_eq!(
            (q.2, q.3, q.5.as_deref()),
            (Some(10000.0), Some(99999.0), Some("مكالمه"))
        );
        let q = one("قال إنهم تلقوا عدة طلبات من نساء");
        assert_eq!(
            (q.2, q.3, q.5.as_deref()),
            (Some(2.0), Some(10.0), Some("طلب"))
        );
        let q = one("استهدف مواقع عدة للتنظيم");
        assert_eq!(
            (q.2, q.3, q.5.as_deref()),
            (Some(2.0), Some(10.0), Some("موقع"))
        );
        let q = one("قتل العشرات من المسلحين");
        assert_eq!(
            (q.2, q.3, q.5.as_deref()),
            (Some(10.0), Some(99.0), Some("مسلح"))
        );
        let q = one("اعتقل بضعة أشخاص");
        assert_eq!((q.2, q.3), (Some(3.0), Some(9.0)));
        assert!(quantities("عدد كبير من الناس").is_empty());
    }

    #[test]
    fn joined_bounds_split_decimals_quoted_numbers_and_clitic_duals() {
        // Bounds with a joined ب or و, a negated "exceeds", the article apart.
        let q = one("ارتفعت بنحو 32 في المائة");
        assert_eq!((q.1, q.4), (Some(32.0), Some(Mod::Approx)));
        let q = one("أودت بأكثر من ثلاثين شخصا");
        assert_eq!((q.1, q.4), (Some(30.0), Some(Mod::MoreThan)));
        let q = one("ولا تزيد على مليون درهم");
        assert_eq!((q.1, q.4), (Some(1_000_000.0), Some(Mod::EqualOrLess)));
        let q = one("قيمة لا يتجاوز 750 جنيها");
        assert_eq!((q.1, q.4), (Some(750.0), Some(Mod::EqualOrLess)));
        let q = one("يصرف ما يقارب الـ1432 جنيها");
        assert_eq!((q.1, q.4), (Some(1432.0), Some(Mod::Approx)));
        // Agency copy types the fraction first around ر; the Arabic comma.
        assert_eq!(one("إنتاج 333ر10 مليون برميل").1, Some(10_333_000.0));
        assert_eq!(one("بنسبة 44ر0%").1, Some(0.44));
        assert_eq!(one("ما يزيد على (000ر22) مسلم").1, Some(22_000.0));
        assert_eq!(one("سيتقاضى 1،6 مليون يورو").1, Some(1_600_000.0));
        // Bracketed or quoted digits before a scale word or their noun.
        assert_eq!(one("أكثر من (40) ألف كشاف").1, Some(40_000.0));
        assert_eq!(one("«10» ملايين دولار").1, Some(10_000_000.0));
        let q = one("توفر «72» وظيفة");
        assert_eq!((q.1, q.5.as_deref()), (Some(72.0), Some("وظيفه")));
        assert!(quantities("منطقة «إي سي 1» يمكن للمشتري")
            .iter()
            .all(|q| q.5.as_deref() != Some("يمكن")));
        // A noun whose و or ال the tokenizer took for a clitic.
        assert_eq!(one("تعلن عن 600 وظيفة شاغرة").5.as_deref(), Some("وظيفه"));
        assert_eq!(one("جمع 7 ألقاب").5.as_deref(), Some("لقب"));
        // Duals: feminine ones listed in the lexicon, and after ب or ل.
        assert_eq!(one("مصرع امرأتين").1, Some(2.0));
        let q = one("العودة بهدفين");
        assert_eq!((q.1, q.5.as_deref()), (Some(2.0), Some("هدف")));
        assert_eq!(one("الإيقاف لمباراتين").1, Some(2.0));
        // Not a sound plural, a name, or a verb.
        assert!(quantities("تجنيد مقاتلين من الخارج").is_empty());
        assert!(quantities("وكان القادة الميدانيين لطالبان").is_empty());
        assert!(quantities("فتأتي الزكاة").is_empty());
    }

    #[test]
    fn and_a_half_after_a_noun_a_dual_or_a_dual_scale() {
        let q = one("وارتفاع الموج متر ونصف");
        assert_eq!((q.1, q.5.as_deref()), (Some(1.5), Some("متر")));
        let q = one("أضف ملعقة ونصف ملعقة من السكر");
        assert_eq!((q.0.as_str(), q.1), ("ملعقة ونصف ملعقة", Some(1.5)));
        assert_eq!(one("أقوى بمرتين ونصف المرة").1, Some(2.5));
        assert_eq!(one("مليونين ونصف المليون").1, Some(2_500_000.0));
        // A half hour is the time layer's.
        assert!(quantities("استمر ساعة ونصف").is_empty());
    }

    #[test]
    fn a_range_with_a_spaced_dash_needs_its_counted_noun() {
        let q = one("الرياح بسرعة 10 - 30 كم");
        assert_eq!(
            (q.2, q.3, q.5.as_deref()),
            (Some(10.0), Some(30.0), Some("كيلومتر"))
        );
        // A score, and years, are not ranges of amounts.
        assert!(quantities("فاز 3 - 1 على ضيفه").is_empty());
        assert!(quantities("بين عامي (1517 - 1648م)")
            .iter()
            .all(|q| q.2.is_none()));
    }

    #[test]
    fn bounds_and_ranges() {
        let q = one("وتضم كل منها ما يقرب من 1000 إلى 1500.");
        assert_eq!(
            (q.2, q.3, q.4),
            (Some(1000.0), Some(1500.0), Some(Mod::Approx))
        );
        let q = one("أكثر من (431) مصدراً");
        assert_eq!(
            (q.1, q.4, q.5.as_deref()),
            (Some(431.0), Some(Mod::MoreThan), Some("مصدر"))
        );
        let q = one("على بعد اقل من كيلومترين");
        assert_eq!(
            (q.1, q.4, q.5.as_deref()),
            (Some(2.0), Some(Mod::LessThan), Some("كيلومتر"))
        );
        let q = one("بين 10 و20 شخصا");
        assert_eq!((q.2, q.3), (Some(10.0), Some(20.0)));
        let q = one("ارتفعت بنسبة 30%");
        assert_eq!((q.1, q.5.as_deref()), (Some(30.0), Some("%")));
        let q = one("ارتفعت 30 بالمئة");
        assert_eq!((q.1, q.5.as_deref()), (Some(30.0), Some("%")));
        let q = one("نصف السكان");
        assert_eq!(q.1, Some(0.5));
    }

    /// Patterns from an audit on unseen Saudi news of 2015.
    #[test]
    fn percents_scales_and_open_bounds() {
        let q = one("فقد نحو سبعة بالمئة من قيمته");
        assert_eq!(
            (q.1, q.4, q.5.as_deref()),
            (Some(7.0), Some(Mod::Approx), Some("%"))
        );
        assert_eq!(one("بلغت 33.59 مليار ريال").1, Some(33_590_000_000.0));
        assert_eq!(one("بلغت 33.37 مليار جنيه").1, Some(33_370_000_000.0));
        let q = one("تصل 70% أو اكثر كالإمارات");
        assert_eq!((q.1, q.4), (Some(70.0), Some(Mod::EqualOrMore)));
        let q = one("تراجع 40% وأكثر، حجم");
        assert_eq!((q.1, q.4), (Some(40.0), Some(Mod::EqualOrMore)));
        let q = one("لمن دخلهم 3000 ريال فأقل");
        assert_eq!((q.1, q.4), (Some(3000.0), Some(Mod::EqualOrLess)));
        // "أكثر من" after an amount compares with what follows.
        assert_eq!(one("قتل 30 شخصا أكثر من نصفهم أطفال").4, None);
        let q = one("تتحمل بمئات المليارات دعما");
        assert_eq!((q.2, q.3), (Some(1e11), Some(999_999_999_999.0)));
    }

    #[test]
    fn units_of_unseen_articles() {
        assert_eq!(one("88 ألف مشاركة").5.as_deref(), Some("مشاركه"));
        assert_eq!(one("مئات التعليقات").5.as_deref(), Some("تعليق"));
        assert_eq!(one("أربعة محاور").5.as_deref(), Some("محور"));
        assert_eq!(one("المكون من 7 طوابق").5.as_deref(), Some("طابق"));
        assert_eq!(one("عدد من الأدوات").5.as_deref(), Some("اداه"));
        let q = one("والبالغ 19 كلية للبنين");
        assert_eq!((q.1, q.5.as_deref()), (Some(19.0), Some("كليه")));
        let q = one("بارتداد 100م ليكون");
        assert_eq!((q.1, q.5.as_deref()), (Some(100.0), Some("متر")));
        assert_eq!(one("سقطت مرتين متتاليتين").1, Some(2.0));
        assert_eq!(one("على فترتين صباحية ومسائية").1, Some(2.0));
        let q = one("استقطبت عددا من الزوار");
        assert_eq!(
            (q.2, q.3, q.5.as_deref()),
            (Some(2.0), Some(20.0), Some("زائر"))
        );
        let q = one("شرح عديدا من الجوانب");
        assert_eq!((q.2, q.3), (Some(3.0), Some(99.0)));
    }

    #[test]
    fn joined_bounds_and_spellings() {
        let q = one("لنحو ألفي شخص");
        assert_eq!((q.1, q.4), (Some(2000.0), Some(Mod::Approx)));
        let q = one("ينمو حتى 40 سنتمترا أيضا");
        assert_eq!((q.1, q.5.as_deref()), (Some(40.0), Some("سنتيمتر")));
        assert_eq!(one("العديد من الأنشطة").5.as_deref(), Some("نشاط"));
        assert_eq!(one("عشر طائرات").1, Some(10.0));
        assert_eq!(one("أحد عشر لاعبا").1, Some(11.0));
    }

    /// From the third audit sample (held out, then fixed).
    #[test]
    fn third_sample_units_and_amounts() {
        assert_eq!(one("عدد من القطاعات").5.as_deref(), Some("قطاع"));
        assert_eq!(one("عدد من المقترحات").5.as_deref(), Some("مقترح"));
        assert_eq!(one("عدد من تطورات الأحداث").5.as_deref(), Some("تطور"));
        assert_eq!(one("عقد عدة اجتماعات").5.as_deref(), Some("اجتماع"));
        assert_eq!(one("وعدد من الأفلام").5.as_deref(), Some("فيلم"));
        assert_eq!(one("وعدد من منسوبي المستشفى").5.as_deref(), Some("منسوب"));
        assert_eq!(one("300 من مؤيدي جماعة").5.as_deref(), Some("مويد"));
        assert_eq!(one("وعدد من مفتشي فرع الهيئة").5.as_deref(), Some("مفتش"));
        assert_eq!(one("نحو 700 بريطاني سافروا").5.as_deref(), Some("بريطاني"));
        let q = one("سيفتح مجالات عدة لتصدير المنتجات");
        assert_eq!((q.0.as_str(), q.5.as_deref()), ("مجالات عدة", Some("مجال")));
        let q = one("لعدد من الجماعات المسلحة");
        assert_eq!(
            (q.2, q.3, q.5.as_deref()),
            (Some(2.0), Some(20.0), Some("جماعه"))
        );
        assert_eq!(one("وتتوفر بعدة ألوان").5.as_deref(), Some("لون"));
        assert!(quantities("جاء بعده").is_empty());
        // Duals of nouns the lexicon does not list.
        assert_eq!(
            quantities("وهناك نسختان من التطبيق، النسخة المجانية")[0]
                .5
                .as_deref(),
            Some("نسخه")
        );
        assert_eq!(one("عرقل ثعبانان وثعبان ثالث").5.as_deref(), Some("ثعبان"));
        assert!(quantities("نيكولاس جايتان لاعب بنفيكا").is_empty());
        assert!(quantities("النجم السويدي زلاتان").is_empty());
        assert!(quantities("زار أفغانستان").is_empty());
        assert!(quantities("تنجذب نحوه في افتتان حد الإبهار").is_empty());
        assert_eq!(quantities("2 ملعقتان كبيرتان من الزيت").len(), 1);
        assert_eq!(
            quantities("توجد حكومتان وبرلمانان ولكل حكومة برلمان").len(),
            2
        );
        assert!(quantities("الإمبراطوريتان واللتان وقفتا").len() <= 1);
        assert_eq!(one("وشاهدت الفيلم عدة مرات").5.as_deref(), Some("مره"));
        let q = one("شعارات عدة أجهزة لتطبيق القانون");
        assert_eq!(q.0, "عدة أجهزة");
        let q = one("يعني أن سبعة على الأقل من أصل");
        assert_eq!(q.4, Some(Mod::EqualOrMore));
        assert_eq!(one("تراجع قطاع المصارف بنسبة 1.03 وقطاع").5, None);
        assert_eq!(one("وجود 120 فعالية محلية").5.as_deref(), Some("فعاليه"));
        assert_eq!(
            one("استصلاح أربعة ملايين فدان، والذي").5.as_deref(),
            Some("فدان")
        );
        // Amounts.
        assert_eq!(one("مليونين و500 ألف جنيه").1, Some(2_500_000.0));
        assert_eq!(one("بسعر 1.500 دولار").1, Some(1500.0));
        assert_eq!(one("بلغت 1.500 مليار دولار").1, Some(1_500_000_000.0));
        let q = quantities("شملت 20 من 22 عضوا");
        assert_eq!((q[0].1, q[0].5.as_deref()), (Some(20.0), Some("عضو")));
        let q = quantities("مقتل جنديين وإصابة 4 في كمين");
        assert_eq!((q[1].1, q[1].5.as_deref()), (Some(4.0), Some("مصاب")));
        let q = quantities("من 150 مليون يورو إلى 30 مليونا.");
        assert_eq!(q[1].5.as_deref(), Some("يورو"));
        let q = quantities("تراجع إلى 52.7 من 53.5 في");
        assert_eq!((q[0].1, q[1].1), (Some(52.7), Some(53.5)));
        // A bound followed by "من" belongs to the next amount.
        let q = quantities("أكثر من 137مليون سهم توزعت على أكثر من 85 ألف صفقة");
        assert_eq!((q[0].4, q[1].4), (Some(Mod::MoreThan), Some(Mod::MoreThan)));
        assert_eq!(q[1].0, "أكثر من 85 ألف صفقة");
    }

    #[test]
    fn third_sample_not_quantities() {
        assert!(quantities("عثر عليه ميتا بعد وصول").is_empty());
        assert!(quantities("عثر عليهما ميتين").is_empty());
        assert!(quantities("أقصت البرازيل من ربع النهائي.").is_empty());
        assert!(quantities("مع احتفالات جدة بمهرجان جدة غير 36 الصيفي.").is_empty());
    }

    #[test]
    fn not_quantities() {
        // "واحدة من" is "one of", like "إحدى".
        assert!(quantities("كانت المنطقة واحدة من المناطق التي").is_empty());
        // Years, labels, durations, ordinals, bare codes.
        assert!(quantities("في عام 2013 قاتل").is_empty());
        assert!(quantities("قائد اللواء 15 في المدينة").is_empty());
        assert!(quantities("عن عمر 51 عاما").is_empty());
        assert!(quantities("منذ ثلاثة أيام").is_empty());
        assert!(quantities("في الطابق الثالث").is_empty());
        assert!(quantities("الرقم 1234 هو").is_empty());
        assert!(quantities("أحد القادة").is_empty());
    }

    /// From an audit of pan-Arab news sentences (the Arabic event GSR).
    #[test]
    fn one_said_with_its_noun() {
        // FORMAT.md: a bare singular counts nothing unless it says واحد.
        assert_eq!(one("قتل شخص واحد وجرح").1, Some(1.0));
        assert_eq!(one("قتل شخص واحد وجرح").5.as_deref(), Some("شخص"));
        assert_eq!(
            one("لم يسجل ميسي سوى قتيلا واحدا").5.as_deref(),
            Some("قتيل")
        );
        assert_eq!(one("غرامة دولار واحد على").5.as_deref(), Some("دولار"));
        assert_eq!(one("أكثر من شخص واحد").4, Some(Mod::MoreThan));
        assert!(quantities("قتل شخص وجرح").is_empty());
        // Oneness, not a count.
        assert!(quantities("الخليج أسرة واحدة").is_empty());
        assert!(quantities("وقفوا كرجل واحد").is_empty());
        assert!(quantities("جعلنا على قلب رجل واحد").is_empty());
        assert!(quantities("الشخص الواحد").is_empty());
        // واحدا is one, and its و is its own: not "and one".
        assert_eq!(one("ارتفع المؤشر واحدا في المئة إلى").1, Some(1.0));
        assert_eq!(one("كان الرقم مليونا واحدا في").1, Some(1_000_000.0));
        assert_eq!(one("مليون وواحد").1, Some(1_000_001.0));
    }

    #[test]
    fn ranges_in_one_scale_and_numbered_minutes() {
        // The scale after the second number counts the first too.
        assert_eq!(
            one("تتراوح بين 82 و86 مليار يورو على").2,
            Some(82_000_000_000.0)
        );
        assert_eq!(one("يفد ما بين 38 إلى 39 ألف زائر").2, Some(38_000.0));
        assert_eq!(one("من 500 إلى 2 مليون دولار").2, Some(500.0));
        // A numbered minute, round or edition.
        assert!(quantities("في الدقيقة 56 من المباراة").is_empty());
        assert!(quantities("وشهدت الدقيقة 12 هدف التقدم").is_empty());
        assert_eq!(one("ويشارك في الدورة 50 طالبة من").1, Some(50.0));
    }

    #[test]
    fn names_labels_places_and_ordinal_teens() {
        // The Taliban, not two students; a teen of an ordinal.
        assert!(quantities("هجماتها على مقاتلي طالبان و«القاعدة».").is_empty());
        assert!(quantities("المسؤول الثاني عشر من رؤساء البلديات").is_empty());
        // A list label, a street number before a direction, a day before a month.
        assert!(quantities("5) ومن مشاغبة الظواهري").is_empty());
        assert!(quantities("في شارع الـ20 غرب العاصمة").is_empty());
        assert!(quantities("ومدرسة 7 يوليو الذي استهدف").is_empty());
        // "My visit", not two visits; a dual in construct has its owner after it.
        assert!(quantities("وان زيارتي كانت مقررة").is_empty());
        assert_eq!(quantities("على جبهتي القتال")[0].1, Some(2.0));
        assert!(quantities("المتمرد ميلان مارتيتش").is_empty());
        let q = quantities("قتل 12 شخصا");
        assert_eq!(q[0].1, Some(12.0));
    }
}
