//! The time layer's word lists (`data/*.tsv`), parsed once.

use marsad_core::Mod;
use marsad_quantity::layer::mod_named;
use marsad_quantity::lexicon::{tsv, Phrases};
use marsad_quantity::lexicon::{FastMap, FastSet};
use std::sync::OnceLock;

/// A month name: its number and whether it is also an ordinary word.
#[derive(Debug, Clone, Copy)]
pub struct MonthName {
    pub month: u32,
    pub needs_context: bool,
}

/// An expression resolved against the publication date (`data/relative.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Relative {
    Day(i64),
    Week(i64),
    Month(i64),
    Year(i64),
    /// The decade N from publication's ("العقد الماضي" → 200X in 2015).
    Decade(i64),
    /// The century N from publication's ("القرن الماضي" → 19).
    Century(i64),
    Part(&'static str, i64),
    Ref(&'static str),
    /// A recurring time (TIMEX3 SET): its period.
    Set(&'static str),
    UnknownDay,
}

/// What a word before a time does (`data/time_mods.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// A relation: قبل، بعد، منذ، حتى.
    Rel,
    /// A part of the time: مطلع، منتصف، نهاية.
    Part,
    /// A bound of a duration: أكثر من، نحو.
    Bound,
    /// A cue that a lone unit of time is a duration: مرور، لمدة.
    Cue,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HolidayCalendar {
    Hijri,
    Gregorian,
    Easter,
}

#[derive(Debug, Clone, Copy)]
pub struct Holiday {
    pub calendar: HolidayCalendar,
    pub month: u32,
    pub day: u32,
}

/// How a clock hour shifts after a part-of-day word.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shift {
    Am,
    Noon,
    Pm,
    Night,
}

/// Roles of the words around dates (`data/calendar_words.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WordRole {
    Year,
    Month,
    Greg,
    Hijri,
    Past,
    Future,
    This,
    Prep,
}

pub struct Lexicon {
    pub months: Phrases<MonthName>,
    pub hijri_months: Phrases<MonthName>,
    pub weekdays: FastMap<String, u32>,
    pub relative: Phrases<Relative>,
    pub mods: Phrases<(Option<Mod>, Role)>,
    pub holidays: Phrases<Holiday>,
    pub parts: Phrases<(&'static str, Shift)>,
    pub decades: FastMap<String, i32>,
    pub seasons: FastMap<String, &'static str>,
    pub words: FastMap<String, WordRole>,
    pub future_cues: FastSet<String>,
    /// Nouns of an event or period a bare year may follow ("انقلاب 1952").
    pub year_nouns: FastSet<String>,
    /// Words after "قبل N وحدة من" that make من "from a place" or "by".
    pub from_places: FastSet<String>,
    /// Nouns a word of time or a date only names after ("حزب الغد").
    pub name_heads: FastSet<String>,
    /// Words after "اليوم" that make it a kind of day, not today ("اليوم
    /// الوطني", "اليوم الذي").
    pub day_adjectives: FastSet<String>,
    /// The year of a day or month named by the noun before it
    /// (`data/named_days.tsv`): "هجمات 11 سبتمبر" is 2001. Keyed by the
    /// head's matching form, the month and the day (0: the month alone).
    pub named_days: FastMap<(String, u32, u32), i32>,
    /// Stems that can start a temporal expression: a cheap test per token.
    pub triggers: FastSet<String>,
    /// The triggers as a filter, to turn most tokens away unhashed.
    pub trigger_filter: marsad_text::phrases::WordFilter,
    /// Triggers that start nothing but a relative phrase ("في" of "في الماضي",
    /// "كل" of "كل عام"): at such a word only `relative.tsv` is tried, for
    /// they are common words.
    pub relative_only: FastSet<String>,
    /// Outlets whose name ends in a word of time ("عين اليوم", "روسيا
    /// اليوم", "المصري اليوم"): the word before it and that word, as
    /// "before|word" in matching form without the article.
    pub outlet_words: FastSet<String>,
    /// The first words of [`Lexicon::outlet_words`], a cheap pre-check.
    pub outlet_before: FastSet<String>,
}

/// The pairs of [`Lexicon::outlet_words`] from the text layer's list of outlets.
fn outlet_words(rel: &Phrases<Relative>) -> FastSet<String> {
    let mut out = FastSet::default();
    for line in marsad_text::lexicon::lines(marsad_text::provenance::OUTLETS_TSV) {
        for name in line.split('\t') {
            let stems = marsad_quantity::lexicon::phrase_stems(name);
            if let [.., before, last] = &stems[..] {
                if rel.starts_with(last) {
                    out.insert(format!("{before}|{last}"));
                }
            }
        }
    }
    out
}

/// A one-word-a-line list of `data/`, in matching form.
fn word_set(file: &str) -> FastSet<String> {
    marsad_text::lexicon::lines(file)
        .map(marsad_text::normalize)
        .collect()
}

fn named_days(file: &'static str) -> FastMap<(String, u32, u32), i32> {
    let mut out = FastMap::default();
    for f in tsv(file) {
        let n = |k: usize| -> u32 { f[k].parse().expect("named_days.tsv: day, month") };
        let year: i32 = f[3].parse().expect("named_days.tsv: year");
        for head in f[0].split_whitespace() {
            out.insert((marsad_text::normalize(head), n(2), n(1)), year);
        }
    }
    out
}

fn month_names(file: &'static str) -> Phrases<MonthName> {
    let mut p = Phrases::article_sensitive();
    for f in tsv(file) {
        p.insert(
            f[0],
            MonthName {
                month: f[1].parse().expect("month number"),
                needs_context: f.get(2) == Some(&"ctx"),
            },
        );
    }
    p
}

fn relative(rule: &'static str) -> Relative {
    let parts: Vec<&'static str> = rule.split(':').collect();
    let n = |s: &str| -> i64 {
        s.parse()
            .unwrap_or_else(|_| panic!("relative.tsv: bad number in {rule}"))
    };
    match parts[0] {
        "day" => Relative::Day(n(parts[1])),
        "week" => Relative::Week(n(parts[1])),
        "month" => Relative::Month(n(parts[1])),
        "year" => Relative::Year(n(parts[1])),
        "decade" => Relative::Decade(n(parts[1])),
        "century" => Relative::Century(n(parts[1])),
        "part" => Relative::Part(parts[1], n(parts[2])),
        "ref" => Relative::Ref(parts[1]),
        "set" => Relative::Set(parts[1]),
        "unknown-day" => Relative::UnknownDay,
        other => panic!("relative.tsv: unknown rule {other}"),
    }
}

pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let norm = marsad_text::normalize;
        let mut rel = Phrases::article_sensitive();
        for f in tsv(include_str!("../data/relative.tsv")) {
            rel.insert(f[0], relative(f[1]));
        }
        let mut mods = Phrases::article_sensitive();
        for f in tsv(include_str!("../data/time_mods.tsv")) {
            let role = match f[2] {
                "rel" => Role::Rel,
                "part" => Role::Part,
                "bound" => Role::Bound,
                "cue" => Role::Cue,
                other => panic!("time_mods.tsv: role {other}"),
            };
            mods.insert(f[0], (mod_named(f[1]), role));
        }
        let mut holidays = Phrases::article_sensitive();
        for f in tsv(include_str!("../data/holidays.tsv")) {
            let calendar = match f[1] {
                "H" => HolidayCalendar::Hijri,
                "G" => HolidayCalendar::Gregorian,
                "E" => HolidayCalendar::Easter,
                other => panic!("holidays.tsv: calendar {other}"),
            };
            holidays.insert(
                f[0],
                Holiday {
                    calendar,
                    month: f[2].parse().expect("holiday month"),
                    day: f[3].parse().expect("holiday day"),
                },
            );
        }
        let mut parts = Phrases::article_sensitive();
        for f in tsv(include_str!("../data/parts_of_day.tsv")) {
            let shift = match f[2] {
                "am" => Shift::Am,
                "noon" => Shift::Noon,
                "pm" => Shift::Pm,
                "night" => Shift::Night,
                other => panic!("parts_of_day.tsv: shift {other}"),
            };
            parts.insert(f[0], (f[1], shift));
        }
        let words: FastMap<String, WordRole> = tsv(include_str!("../data/calendar_words.tsv"))
            .map(|f| {
                let role = match f[1] {
                    "year" => WordRole::Year,
                    "month" => WordRole::Month,
                    "greg" => WordRole::Greg,
                    "hijri" => WordRole::Hijri,
                    "past" => WordRole::Past,
                    "future" => WordRole::Future,
                    "this" => WordRole::This,
                    "prep" => WordRole::Prep,
                    other => panic!("calendar_words.tsv: role {other}"),
                };
                (norm(f[0]), role)
            })
            .collect();
        let months = month_names(include_str!("../data/months.tsv"));
        let hijri_months = month_names(include_str!("../data/hijri_months.tsv"));
        let weekdays: FastMap<String, u32> = tsv(include_str!("../data/weekdays.tsv"))
            .map(|f| (norm(f[0]), f[1].parse().expect("weekday")))
            .collect();
        let decades: FastMap<String, i32> = tsv(include_str!("../data/decades.tsv"))
            .map(|f| (norm(f[0]), f[1].parse().expect("decade")))
            .collect();
        let seasons: FastMap<String, &'static str> = tsv(include_str!("../data/seasons.tsv"))
            .map(|f| (norm(f[0]), f[1]))
            .collect();
        let mut triggers: FastSet<String> = FastSet::default();
        for p in [&months, &hijri_months] {
            triggers.extend(p.first_words().map(str::to_string));
        }
        triggers.extend(mods.first_words().map(str::to_string));
        triggers.extend(holidays.first_words().map(str::to_string));
        triggers.extend(parts.first_words().map(str::to_string));
        triggers.extend(weekdays.keys().cloned());
        triggers.extend(decades.keys().cloned());
        triggers.extend(seasons.keys().cloned());
        // "عامي 2014 و2015": a year word starts a date wherever it stands.
        triggers.extend(
            words
                .iter()
                .filter(|(_, r)| **r == WordRole::Year)
                .map(|(w, _)| w.clone()),
        );
        triggers.extend(marsad_quantity::numeral::number_words().map(str::to_string));
        triggers.extend(marsad_quantity::numeral::ordinal_words().map(str::to_string));
        triggers.extend(marsad_quantity::units::time_unit_words().map(str::to_string));
        triggers.extend(
            [
                "يوم",
                "شهر",
                "ساعه",
                "منتصف",
                "هذا",
                "هذه",
                "فصل",
                "نصف",
                "ربع",
                "عده",
                "بضعه",
                "بضع",
                "عشرات",
                "مئات",
                "الاف",
                "نفس",
                "ذات",
                "غره",
            ]
            .map(str::to_string),
        );
        let relative_only: FastSet<String> = rel
            .first_words()
            .filter(|w| !triggers.contains(*w))
            .map(str::to_string)
            .collect();
        triggers.extend(rel.first_words().map(str::to_string));
        let trigger_filter =
            marsad_text::phrases::WordFilter::of(triggers.iter().map(String::as_str));
        let outlet_words = outlet_words(&rel);
        let outlet_before = outlet_words
            .iter()
            .filter_map(|w| w.split_once('|').map(|(b, _)| b.to_string()))
            .collect();
        Lexicon {
            trigger_filter,
            outlet_words,
            outlet_before,
            triggers,
            relative_only,
            months,
            hijri_months,
            weekdays,
            relative: rel,
            mods,
            holidays,
            parts,
            decades,
            seasons,
            words,
            future_cues: word_set(include_str!("../data/future_cues.txt")),
            year_nouns: word_set(include_str!("../data/year_nouns.txt")),
            from_places: word_set(include_str!("../data/from_places.txt")),
            name_heads: word_set(include_str!("../data/name_heads.txt")),
            day_adjectives: word_set(include_str!("../data/day_adjectives.txt")),
            named_days: named_days(include_str!("../data/named_days.tsv")),
        }
    })
}
