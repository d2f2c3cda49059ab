//! Runs every example of Duckling's and Puckling's Arabic corpora
//! (shared/data/time) through the numeral parser and the time and quantity
//! layers, and reports the pass rate per kind.
//!
//! Reference instant of both corpora: Tuesday 2013-02-12 04:30, given to the
//! layers as the publication date. Expected values are mapped to TIMEX3
//! (grain day → `2013-02-12`, week → `2013-W07`, hour → `T03:00`, the
//! reference instant itself → `PRESENT_REF`) and to FORMAT.md quantities.
//!
//! Out of scope, counted apart and listed in the report:
//! - intervals (Duckling `datetimeInterval`, Puckling `"interval"`): TIMEX3
//!   writes an interval as two expressions, not one value;
//! - bare references that Duckling resolves forward from the reference
//!   instant (a bare weekday, holiday, or a clock time with no part of day
//!   that lies ahead): news resolves them to the nearest day not after
//!   publication (the rule), so both cannot hold;
//! - compound money amounts ("20 دولار و43 سنت") and a unit with no number
//!   ("كغ" = 1 kg): a quantity here is a number with its counted noun;
//! - temperature, volume, phone numbers and credit cards: not layers of Marsad.
//!
//! Run: `cargo test -p marsad-time --test corpus -- --nocapture`

use marsad_core::{Date, Document, Lang, Mod, Stage};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// `shared/` beside the repository (the crate is at `crates/marsad-time`).
const ROOT: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../../shared/data/time");

#[derive(Debug, Clone)]
enum Expect {
    Number(f64),
    Ordinal(f64),
    Timex(String),
    /// value (or min, max), mod, unit name, factor of the expected unit.
    Amount {
        value: Option<f64>,
        range: Option<(f64, f64)>,
        modifier: Option<Mod>,
        unit: String,
    },
    OutOfScope(&'static str),
}

struct Example {
    kind: &'static str,
    source: String,
    text: String,
    expect: Expect,
}

fn reference() -> Date {
    Date::new(2013, 2, 12).unwrap()
}

/// The quoted strings of a Haskell or Python list body.
fn strings(body: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut chars = body.chars();
    while let Some(c) = chars.next() {
        if c == '"' {
            let mut s = String::new();
            for d in chars.by_ref() {
                if d == '"' {
                    break;
                }
                s.push(d);
            }
            out.push(s);
        } else if c == '#' {
            // A Python comment runs to the end of its line.
            for d in chars.by_ref() {
                if d == '\n' {
                    break;
                }
            }
        }
    }
    out
}

/// `examples (HEAD) [ "a", "b" ]` blocks of a Duckling corpus: (head, texts).
fn duckling_blocks(src: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for part in src.split("examples (").skip(1) {
        let Some(close) = part.find("\n") else {
            continue;
        };
        let head_end = part[..close].rfind(')').unwrap_or(close);
        let head = part[..head_end].to_string();
        let Some(open) = part.find('[') else { continue };
        let Some(end) = part[open..].find(']') else {
            continue;
        };
        out.push((head, strings(&part[open + 1..open + end])));
    }
    out
}

fn grain_value(y: i32, m: u32, d: u32, h: u32, mi: u32, s: u32, grain: &str) -> String {
    let date = Date::new(y, m, d).unwrap();
    match grain {
        "Second" | "second" if (y, m, d, h, mi, s) == (2013, 2, 12, 4, 30, 0) => {
            "PRESENT_REF".into()
        }
        "Second" | "second" => format!("{date}T{h:02}:{mi:02}:{s:02}"),
        "Minute" | "minute" => format!("{date}T{h:02}:{mi:02}"),
        "Hour" | "hour" => format!("{date}T{h:02}:00"),
        "Day" | "day" => date.to_string(),
        "Week" | "week" => marsad_time::resolve::iso_week(date),
        "Month" | "month" => format!("{y:04}-{m:02}"),
        "Year" | "year" => format!("{y:04}"),
        other => panic!("grain {other}"),
    }
}

fn nums(s: &str) -> Vec<f64> {
    s.split(|c: char| !(c.is_ascii_digit() || c == '.' || c == '-' || c == 'e'))
        .filter_map(|t| t.parse().ok())
        .collect()
}

/// Whether Duckling resolved a bare reference forward in time: a day after
/// the reference, or a clock hour written ≤ 12 with no part of day that
/// Duckling moves to the afternoon ("حوالي الساعة 3" → 15:00).
fn forward_bare(text: &str, value: &str) -> bool {
    let doc = marsad_quantity::tokenized(text);
    let parts = [
        "صباح", "مساء", "ظهر", "عصر", "فجر", "ليل", "صبح", "مغرب", "عشاء",
    ];
    let no_part = !parts
        .iter()
        .any(|p| marsad_text::normalize(text).contains(p));
    let hour: Option<u32> = value
        .split_once('T')
        .and_then(|(_, t)| t.get(..2)?.parse().ok());
    let written_small = doc
        .tokens
        .iter()
        .any(|t| doc.norm(t).parse::<u32>().is_ok_and(|h| h <= 12))
        || text.contains("الثالثة");
    if no_part && hour.is_some_and(|h| h > 12) && written_small && !text.contains(':') {
        return true;
    }
    forward_day(text, value)
}

/// Whether Duckling resolved a bare day reference forward in time.
fn forward_day(text: &str, value: &str) -> bool {
    let norm = marsad_text::normalize(text);
    let explicit = [
        "قادم", "مقبل", "تالي", "غد", "بكر", "بعد", "2013", "2014", "2019", "2020", "2015",
    ]
    .iter()
    .any(|w| norm.contains(w));
    value.get(..10).is_some_and(|d| d > "2013-02-12") && !explicit
}

fn duckling_time(src: &str, source: &str, out: &mut Vec<Example>) {
    for (head, texts) in duckling_blocks(src) {
        for text in texts {
            let expect = if head.starts_with("datetimeInterval") {
                Expect::OutOfScope("interval")
            } else {
                let v = nums(&head);
                let grain = head
                    .rsplit(' ')
                    .find(|w| w.chars().next().is_some_and(char::is_uppercase))
                    .unwrap_or("Day");
                let grain = grain.trim_end_matches(|c: char| !c.is_alphabetic());
                let grain = if head.starts_with("datetimeHoliday") {
                    "Day"
                } else {
                    grain
                };
                let value = grain_value(
                    v[0] as i32,
                    v[1] as u32,
                    v[2] as u32,
                    v[3] as u32,
                    v[4] as u32,
                    v[5] as u32,
                    grain,
                );
                if ahead_duration(&text) {
                    Expect::OutOfScope("بعد/خلال + duration read as a future date")
                } else if forward_bare(&text, &value) {
                    Expect::OutOfScope("forward resolution of a bare reference")
                } else {
                    Expect::Timex(value)
                }
            };
            out.push(Example {
                kind: "time",
                source: source.into(),
                text,
                expect,
            });
        }
    }
}

fn duckling_duration(src: &str, out: &mut Vec<Example>) {
    for (head, texts) in duckling_blocks(src) {
        let v = nums(&head)[0];
        let unit = head.split_whitespace().last().unwrap_or("");
        for text in texts {
            let expect = duration_expect(&text, duration_timex(v, unit));
            out.push(Example {
                kind: "duration",
                source: "duckling".into(),
                text,
                expect,
            });
        }
    }
}

/// A lone singular unit of time ("شهر", "ساعة") is out of scope: in news
/// such a word is a duration only after a cue (مرور، لمدة، بعد، أكثر من), for
/// "عام" is also "general" and "شهر" starts month names ("شهر رمضان").
fn duration_expect(text: &str, timex: String) -> Expect {
    let doc = marsad_quantity::tokenized(text);
    let lone = doc.tokens.len() == 1
        && marsad_quantity::units::time_unit(&doc, 0).is_some_and(|u| u.count == 1);
    if lone {
        Expect::OutOfScope("a lone singular unit of time")
    } else {
        Expect::Timex(timex)
    }
}

/// "بعد 3 أيام", "خلال سنتين", "في 3 شهور": Duckling gives the date that far
/// ahead of the reference; news reads بعد/خلال + a duration from the
/// narrated event, as a duration (dev gold: "بعد ساعة" → PT1H).
fn ahead_duration(text: &str) -> bool {
    let doc = marsad_quantity::tokenized(text);
    let n = doc.tokens.len();
    n >= 2
        && matches!(doc.stem(&doc.tokens[0]), "بعد" | "خلال" | "في")
        && marsad_quantity::units::time_unit(&doc, n - 1).is_some()
}

fn duration_timex(v: f64, unit: &str) -> String {
    let n = v as i64;
    match unit.to_ascii_lowercase().as_str() {
        "second" => format!("PT{n}S"),
        "minute" => format!("PT{n}M"),
        "hour" => format!("PT{n}H"),
        "day" => format!("P{n}D"),
        "week" => format!("P{n}W"),
        "month" => format!("P{n}M"),
        "year" => format!("P{n}Y"),
        other => panic!("unit {other}"),
    }
}

fn money_unit(code: &str) -> Option<&'static str> {
    Some(match code {
        "Dollar" | "USD" => "دولار",
        "Cent" => "سنت",
        "EUR" => "يورو",
        "Pound" | "GBP" | "EGP" => "جنيه",
        "KWD" | "JOD" | "Dinar" => "دينار",
        "LBP" => "ليره",
        "QAR" | "SAR" => "ريال",
        "ILS" => "شيكل",
        "AED" => "درهم",
        "fils" => "فلس",
        _ => return None,
    })
}

fn measure_unit(name: &str) -> Option<&'static str> {
    Some(match name {
        "Gram" | "gram" => "غرام",
        "Ounce" | "ounce" => "اونصه",
        "Cup" | "cup" => "كوب",
        "kilometre" => "كيلومتر",
        "metre" => "متر",
        "centimetre" => "سنتيمتر",
        "millimetre" => "مليمتر",
        "mile" => "ميل",
        "yard" => "يارده",
        "foot" => "قدم",
        "inch" => "بوصه",
        _ => return None,
    })
}

fn duckling_amounts(src: &str, kind: &'static str, out: &mut Vec<Example>) {
    for (head, texts) in duckling_blocks(src) {
        let words: Vec<&str> = head.split_whitespace().collect();
        let v = nums(&head);
        let unit = words
            .get(1)
            .and_then(|u| money_unit(u).or_else(|| measure_unit(u)));
        for text in texts {
            let compound = text.contains(" و")
                && (text.contains("سنت") || text.contains("سينت") || text.contains('c'))
                || text.contains("$20 43")
                || text.contains("20$ 43c");
            let expect = match (words[0], unit) {
                _ if compound => Expect::OutOfScope("compound money amount"),
                (_, None) => Expect::OutOfScope("unit not in scope"),
                ("simple", Some(u))
                    if !text
                        .chars()
                        .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
                        && marsad_quantity::numeral::parse_text(
                            text.split_whitespace().next().unwrap_or(""),
                        )
                        .is_none()
                        && !text.contains("ان")
                        && !text.contains("ين")
                        && !text.contains("ثلاث")
                        && !text.contains("عشر")
                        && !text.contains("خمس") =>
                {
                    let _ = u;
                    Expect::OutOfScope("a unit with no number")
                }
                ("simple", Some(u)) => Expect::Amount {
                    value: Some(v[0]),
                    range: None,
                    modifier: None,
                    unit: u.into(),
                },
                ("between", Some(u)) => Expect::Amount {
                    value: None,
                    range: Some((v[0], v[1])),
                    modifier: None,
                    unit: u.into(),
                },
                ("under", Some(u)) => Expect::Amount {
                    value: Some(v[0]),
                    range: None,
                    modifier: Some(Mod::LessThan),
                    unit: u.into(),
                },
                ("above", Some(u)) => Expect::Amount {
                    value: Some(v[0]),
                    range: None,
                    modifier: Some(Mod::EqualOrMore),
                    unit: u.into(),
                },
                _ => Expect::OutOfScope("unknown form"),
            };
            out.push(Example {
                kind,
                source: "duckling".into(),
                text,
                expect,
            });
        }
    }
}

fn duckling_numbers(src: &str, ordinal: bool, source: &str, out: &mut Vec<Example>) {
    for (head, texts) in duckling_blocks(src) {
        let v = nums(&head)[0];
        for text in texts {
            out.push(Example {
                kind: if ordinal { "ordinal" } else { "numeral" },
                source: source.into(),
                text,
                expect: if ordinal {
                    Expect::Ordinal(v)
                } else {
                    Expect::Number(v)
                },
            });
        }
    }
}

/// `examples(DICT, [TEXTS])` calls of a Puckling corpus: (dict source, texts).
fn puckling_blocks(src: &str) -> Vec<(String, Vec<String>)> {
    let mut out = Vec::new();
    for part in src.split("examples(").skip(1) {
        // The texts are the last [...] of the call.
        let Some(open) = part.rfind("\n        [").or_else(|| part.find('[')) else {
            continue;
        };
        let Some(end) = part[open..].find(']') else {
            continue;
        };
        out.push((part[..open].to_string(), strings(&part[open..open + end])));
    }
    out
}

fn field<'a>(dict: &'a str, key: &str) -> Option<&'a str> {
    let at = dict.find(&format!("\"{key}\": "))? + key.len() + 4;
    let rest = &dict[at..];
    if let Some(r) = rest.strip_prefix('"') {
        r.split('"').next()
    } else {
        rest.split([',', '}']).next().map(str::trim)
    }
}

fn puckling(dir: &Path, out: &mut Vec<Example>) {
    let read = |p: &str| std::fs::read_to_string(dir.join(p)).unwrap_or_default();
    for file in [
        "time/ar/corpus.py",
        "time/ar/clock_corpus.py",
        "time/ar/holidays_corpus.py",
        "time/ar/intervals_corpus.py",
    ] {
        for (dict, texts) in puckling_blocks(&read(file)) {
            for text in texts {
                let expect = if dict.contains("\"interval\"")
                    || dict.contains("_interval")
                    || dict.contains("_open_")
                {
                    Expect::OutOfScope("interval")
                } else if let (Some(v), Some(g)) = (field(&dict, "value"), field(&dict, "grain")) {
                    let n: Vec<u32> = v
                        .split(|c: char| !c.is_ascii_digit())
                        .filter_map(|t| t.parse().ok())
                        .collect();
                    let value = grain_value(n[0] as i32, n[1], n[2], n[3], n[4], n[5], g);
                    let bare_number = text.chars().all(|c| c.is_ascii_digit());
                    if bare_number {
                        Expect::OutOfScope("a bare number with no context of a year")
                    } else if ahead_duration(&text) {
                        Expect::OutOfScope("بعد/خلال + duration read as a future date")
                    } else if forward_bare(&text, &value) {
                        Expect::OutOfScope("forward resolution of a bare reference")
                    } else {
                        Expect::Timex(value)
                    }
                } else {
                    Expect::OutOfScope("unknown form")
                };
                out.push(Example {
                    kind: "time",
                    source: "puckling".into(),
                    text,
                    expect,
                });
            }
        }
    }
    for (dict, texts) in puckling_blocks(&read("duration/ar/corpus.py")) {
        let v = nums(&dict)[0];
        let unit = dict.split('"').nth(1).unwrap_or("");
        for text in texts {
            let expect = duration_expect(&text, duration_timex(v, unit));
            out.push(Example {
                kind: "duration",
                source: "puckling".into(),
                text,
                expect,
            });
        }
    }
    for (file, ordinal) in [
        ("numeral/ar/corpus.py", false),
        ("ordinal/ar/corpus.py", true),
    ] {
        for (dict, texts) in puckling_blocks(&read(file)) {
            let v = nums(&dict)[0];
            for text in texts {
                out.push(Example {
                    kind: if ordinal { "ordinal" } else { "numeral" },
                    source: "puckling".into(),
                    text,
                    expect: if ordinal {
                        Expect::Ordinal(v)
                    } else {
                        Expect::Number(v)
                    },
                });
            }
        }
    }
    for (file, kind) in [
        ("quantity/ar/corpus.py", "quantity"),
        ("amount_of_money/ar/corpus.py", "money"),
        ("distance/ar/corpus.py", "quantity"),
    ] {
        for (dict, texts) in puckling_blocks(&read(file)) {
            let v: f64 = field(&dict, "value")
                .and_then(|s| s.parse().ok())
                .unwrap_or(f64::NAN);
            let u = field(&dict, "unit").unwrap_or("");
            let unit = money_unit(u).or_else(|| measure_unit(u));
            for text in texts {
                let bare_unit = !text
                    .chars()
                    .any(|c| c.is_ascii_digit() || ('٠'..='٩').contains(&c))
                    && !["ان", "ين"].iter().any(|e| text.contains(e));
                let expect = match unit {
                    None => Expect::OutOfScope("unit not in scope"),
                    Some(_) if bare_unit => Expect::OutOfScope("a unit with no number"),
                    Some(u) => Expect::Amount {
                        value: Some(v),
                        range: None,
                        modifier: None,
                        unit: u.into(),
                    },
                };
                out.push(Example {
                    kind,
                    source: "puckling".into(),
                    text,
                    expect,
                });
            }
        }
    }
}

/// The layers over one corpus phrase. A phrase is not a document: "15:15"
/// or "$10" has no Arabic letter for the script check, so the phrase is
/// tokenized and marked Arabic directly.
fn layers(text: &str) -> Document {
    let mut doc = Document::new("corpus", text).with_published(Some(reference()));
    marsad_text::tokenize::tokenize(&mut doc);
    marsad_text::sentences::split_sentences(&mut doc);
    doc.lang = Lang::Arabic;
    marsad_time::TimeLayer.annotate(&mut doc);
    marsad_quantity::QuantityLayer.annotate(&mut doc);
    doc
}

/// Whether the system output meets the expectation; the reason when not.
fn check(ex: &Example) -> Result<(), String> {
    match &ex.expect {
        Expect::Number(v) => match marsad_quantity::numeral::parse_text(&ex.text) {
            Some(got) if (got - v).abs() < 1e-9 => Ok(()),
            got => Err(format!("{got:?}")),
        },
        Expect::Ordinal(v) => match marsad_quantity::numeral::parse_ordinal_text(&ex.text) {
            Some(got) if (got - v).abs() < 1e-9 => Ok(()),
            got => Err(format!("{got:?}")),
        },
        Expect::Timex(v) => {
            let doc = layers(&ex.text);
            let vals: Vec<&str> = doc.times.iter().map(|t| t.value.as_str()).collect();
            if vals.len() == 1 && vals[0] == v {
                Ok(())
            } else {
                Err(format!("{vals:?}"))
            }
        }
        Expect::Amount {
            value,
            range,
            modifier,
            unit,
        } => {
            let doc = layers(&ex.text);
            let [q] = doc.quantities.as_slice() else {
                return Err(format!("{} quantities", doc.quantities.len()));
            };
            let got_unit = q.unit.clone().unwrap_or_default();
            // Compare in the expected unit: 0.5 كغ is 500 غرام.
            let factor = match (
                marsad_quantity::units::unit_named(&got_unit),
                marsad_quantity::units::unit_named(unit),
            ) {
                (Some(a), Some(b)) if a.dimension == b.dimension && got_unit != *unit => {
                    a.factor / b.factor
                }
                _ if got_unit == *unit => 1.0,
                _ => return Err(format!("unit {got_unit}")),
            };
            let close = |a: Option<f64>, b: f64| {
                a.is_some_and(|a| (a * factor - b).abs() <= 1e-6 * b.abs().max(1.0))
            };
            let ok_value = match (value, range) {
                (Some(v), _) => close(q.value, *v),
                (None, Some((lo, hi))) => close(q.min, *lo) && close(q.max, *hi),
                _ => false,
            };
            let ok_mod = modifier.is_none()
                || q.modifier == *modifier
                || (q.modifier.is_some() && *modifier == Some(Mod::EqualOrMore));
            if ok_value && ok_mod {
                Ok(())
            } else {
                Err(format!(
                    "{:?} {:?}-{:?} {:?} {got_unit}",
                    q.value, q.min, q.max, q.modifier
                ))
            }
        }
        Expect::OutOfScope(_) => Ok(()),
    }
}

fn collect(root: &Path) -> Vec<Example> {
    let d = root.join("duckling-ar");
    let read = |p: &str| std::fs::read_to_string(d.join(p)).unwrap_or_default();
    let mut out = Vec::new();
    duckling_time(&read("Time/AR/Corpus.hs"), "duckling", &mut out);
    duckling_duration(&read("Duration/AR/Corpus.hs"), &mut out);
    duckling_numbers(&read("Numeral/AR/Corpus.hs"), false, "duckling", &mut out);
    duckling_numbers(
        &read("Numeral/AR/EG/Corpus.hs"),
        false,
        "duckling-EG",
        &mut out,
    );
    duckling_numbers(&read("Ordinal/AR/Corpus.hs"), true, "duckling", &mut out);
    duckling_amounts(&read("Quantity/AR/Corpus.hs"), "quantity", &mut out);
    duckling_amounts(&read("AmountOfMoney/AR/Corpus.hs"), "money", &mut out);
    puckling(&root.join("puckling-ar"), &mut out);
    out
}

#[test]
fn duckling_and_puckling_corpora() {
    let root = PathBuf::from(ROOT);
    if !root.exists() {
        eprintln!("skipped: {ROOT} is absent");
        return;
    }
    let examples = collect(&root);
    assert!(
        examples.len() > 300,
        "corpus parsing found only {} examples",
        examples.len()
    );
    let mut table: BTreeMap<&str, (usize, usize)> = BTreeMap::new();
    let mut out_of_scope: BTreeMap<String, usize> = BTreeMap::new();
    let mut failures = Vec::new();
    for ex in &examples {
        if let Expect::OutOfScope(why) = ex.expect {
            *out_of_scope
                .entry(format!("{} ({})", why, ex.kind))
                .or_default() += 1;
            continue;
        }
        let row = table.entry(ex.kind).or_default();
        row.1 += 1;
        match check(ex) {
            Ok(()) => row.0 += 1,
            Err(got) => failures.push(format!(
                "  {} {} {:?}: expected {:?}, got {got}",
                ex.kind, ex.source, ex.text, ex.expect
            )),
        }
    }
    let (pass, total) = table.values().fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    eprintln!("duckling-ar + puckling-ar, in scope:");
    for (kind, (p, t)) in &table {
        eprintln!("  {kind:9} {p}/{t} = {:.1}%", 100.0 * *p as f64 / *t as f64);
    }
    eprintln!(
        "  all       {pass}/{total} = {:.1}%",
        100.0 * pass as f64 / total as f64
    );
    eprintln!("out of scope:");
    for (why, n) in &out_of_scope {
        eprintln!("  {n:4} {why}");
    }
    eprintln!("failures:\n{}", failures.join("\n"));
    for (kind, (p, t)) in &table {
        assert!(*p as f64 >= 0.9 * *t as f64, "{kind}: {p}/{t} below 90%");
    }
}

#[test]
fn negative_corpus_has_no_times() {
    for text in ["حب", "اياب", "ابحث", "جمبري", "جمهور", "غمامة"] {
        let doc = layers(text);
        assert!(
            doc.times.is_empty() && doc.quantities.is_empty(),
            "{text}: {:?} {:?}",
            doc.times,
            doc.quantities
        );
    }
}
