//! The word lists of `data/`, folded to matching form and loaded once.
//!
//! Cue verbs and attribution phrases go into one [`PhraseMatcher`] so that a
//! document is scanned for them in a single pass; the words that build
//! speaker phrases (roles, titles, particles, time words, media) are looked
//! up only around cues, by their matching form and their stem.

use marsad_text::lexicon::lines;
use marsad_text::normalize;
use marsad_text::phrases::PhraseMatcher;
use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// How strongly a cue commits its speaker to what it introduces.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Stance {
    /// قال، أضاف، أوضح
    Neutral,
    /// أكد، شدد، كشف
    Assertive,
    /// زعم، ادعى
    Doubtful,
    /// نفى، أنكر
    Denial,
    /// حذر، هدد
    Warning,
    /// طالب، دعا، حث
    Demand,
}

impl Stance {
    fn parse(s: &str) -> Stance {
        match s {
            "assertive" => Stance::Assertive,
            "doubtful" => Stance::Doubtful,
            "denial" => Stance::Denial,
            "warning" => Stance::Warning,
            "demand" => Stance::Demand,
            "neutral" => Stance::Neutral,
            other => panic!("data/cues.tsv: unknown stance `{other}`"),
        }
    }

    /// The class name written in reports and tests.
    pub fn as_str(&self) -> &'static str {
        match self {
            Stance::Neutral => "neutral",
            Stance::Assertive => "assertive",
            Stance::Doubtful => "doubtful",
            Stance::Denial => "denial",
            Stance::Warning => "warning",
            Stance::Demand => "demand",
        }
    }
}

/// What a cue form is, as far as finding its speaker and content goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueForm {
    /// A finite verb: its subject follows it (or precedes it), then the content.
    Verb,
    /// A participle or adverbial (مشيرا، مؤكدة): the speaker is the subject
    /// of the clause it hangs on.
    Adverb,
    /// بحسب، وفقا لـ: the speaker follows; the content is the clause around.
    According,
    /// نقل X عن Y: X is the medium, Y the speaker.
    Relay,
    /// قوله after the speaker: it opens the content like a colon.
    Saying,
}

/// One cue lemma and what it may take as content.
#[derive(Debug, Clone)]
pub struct CueEntry {
    pub lemma: String,
    pub stance: Stance,
    /// Takes a direct object as its content (أعلن مسؤوليته).
    pub object: bool,
    /// Prepositions (matching form) that introduce its content (أشار إلى).
    pub preps: Vec<String>,
    /// Content only after أن/إن, a colon or a quotation mark.
    pub strict: bool,
}

/// A form of a cue found in the cue matcher.
#[derive(Debug, Clone, Copy)]
pub struct CueValue {
    pub entry: usize,
    pub form: CueForm,
}

/// What a word does in a speaker phrase (data/roles.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Title,
    Person,
    Group,
    Place,
    Naming,
    Linker,
    Quantity,
}

/// What a medium phrase is (data/media.tsv).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Medium {
    Channel,
    Outlet,
    Audience,
    /// An outlet known by name (رويترز، بي بي سي).
    Name,
}

/// Everything loaded from `data/`.
pub struct Lexicon {
    pub cues: PhraseMatcher<CueValue>,
    pub entries: Vec<CueEntry>,
    /// Single-word roles by matching form, with their key lemma.
    pub role_words: FxHashMap<String, (Role, String)>,
    /// Titles listed without the article (د، معالي، سمو، فضيلة): they stand
    /// before a name as they are, where الشيخ or السيد needs its article.
    pub bare_titles: FxHashMap<String, ()>,
    /// Words listed both as a title and as another role (اللواء: a rank
    /// and a brigade); `role_words` holds the other role, and the word is
    /// a title right before a person's name.
    pub also_titles: FxHashMap<String, ()>,
    /// Person and group role nouns in the accusative (مسؤولا، محللين), for
    /// a subject after لكن or إن.
    pub accusative_roles: FxHashMap<String, (Role, String)>,
    /// Multi-word roles (الفريق أول، يعرف باسم، المئات من).
    pub role_phrases: PhraseMatcher<Role>,
    pub function_words: FxHashMap<String, ()>,
    pub time_words: FxHashMap<String, ()>,
    /// Words that are never a name after a role (data/not_names.txt).
    pub not_names: FxHashMap<String, ()>,
    pub media: PhraseMatcher<Medium>,
    /// Single media words (وكالة، صحيفة) by matching form.
    pub media_words: FxHashMap<String, Medium>,
}

const CUES: &str = include_str!("../data/cues.tsv");
const ATTRIBUTIONS: &str = include_str!("../data/attributions.tsv");
const ROLES: &str = include_str!("../data/roles.tsv");
const MEDIA: &str = include_str!("../data/media.tsv");
const FUNCTION_WORDS: &str = include_str!("../data/function_words.txt");
const TIME_WORDS: &str = include_str!("../data/time_words.txt");
const NOT_NAMES: &str = include_str!("../data/not_names.txt");

/// The matching form of a single word without a leading article, as the
/// tokenizer's stem reads it (الشيخ → شيخ).
pub fn bare(word: &str) -> String {
    let n = normalize(word);
    match n.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => n,
    }
}

/// Lines of a tab-separated data file, split into columns (a `#` starts a
/// comment only at the start of a line: Arabic text holds none).
fn rows(file: &str) -> impl Iterator<Item = Vec<&str>> {
    file.lines()
        .filter(|l| !l.trim().is_empty() && !l.trim_start().starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

impl Lexicon {
    fn load() -> Lexicon {
        let mut cues = PhraseMatcher::whole_or_stem_only();
        let mut entries = Vec::new();
        for cols in rows(CUES) {
            assert!(cols.len() >= 4, "data/cues.tsv: bad line {cols:?}");
            let takes: Vec<&str> = cols[2].split(',').map(str::trim).collect();
            let entry = entries.len();
            entries.push(CueEntry {
                lemma: cols[0].to_string(),
                stance: Stance::parse(cols[1]),
                object: takes.contains(&"obj"),
                strict: takes.contains(&"strict"),
                preps: takes
                    .iter()
                    .filter(|t| !matches!(**t, "obj" | "strict" | "-" | ""))
                    .map(|t| normalize(t))
                    .collect(),
            });
            for form in cols[3].split_whitespace() {
                cues.insert(
                    form,
                    CueValue {
                        entry,
                        form: CueForm::Verb,
                    },
                );
            }
            for form in cols.get(4).copied().unwrap_or("").split_whitespace() {
                cues.insert(
                    form,
                    CueValue {
                        entry,
                        form: CueForm::Adverb,
                    },
                );
            }
        }
        for cols in rows(ATTRIBUTIONS) {
            assert!(cols.len() == 4, "data/attributions.tsv: bad line {cols:?}");
            let form = match cols[1] {
                "according" => CueForm::According,
                "relay" => CueForm::Relay,
                "saying" => CueForm::Saying,
                other => panic!("data/attributions.tsv: unknown kind `{other}`"),
            };
            let entry = entries.len();
            entries.push(CueEntry {
                lemma: cols[2].to_string(),
                stance: Stance::parse(cols[3]),
                object: false,
                strict: true,
                preps: Vec::new(),
            });
            cues.insert(cols[0], CueValue { entry, form });
        }

        let mut role_words = FxHashMap::default();
        let mut bare_titles = FxHashMap::default();
        let mut also_titles = FxHashMap::default();
        let mut role_phrases = PhraseMatcher::new();
        for cols in rows(ROLES) {
            let role = match cols.get(1).copied().unwrap_or("") {
                "title" => Role::Title,
                "person" => Role::Person,
                "group" => Role::Group,
                "place" => Role::Place,
                "naming" => Role::Naming,
                "linker" => Role::Linker,
                "quantity" => Role::Quantity,
                other => panic!("data/roles.tsv: unknown class `{other}`"),
            };
            if cols[0].split_whitespace().count() > 1 {
                role_phrases.insert(cols[0], role);
            } else {
                let key = cols.get(2).map_or_else(|| bare(cols[0]), |k| bare(k));
                if role == Role::Title && !normalize(cols[0]).starts_with("ال") {
                    bare_titles.insert(normalize(cols[0]), ());
                }
                if let Some((was, _)) = role_words.insert(bare(cols[0]), (role, key)) {
                    if (was == Role::Title) != (role == Role::Title) {
                        also_titles.insert(bare(cols[0]), ());
                    }
                }
            }
        }

        // Role nouns in the accusative, as after لكن or إن: مسؤولا
        // (مسؤول), محللين (محللون). Elsewhere such a form is a predicate
        // (تعيين منصور زعيما), so they are kept apart.
        let accusative_roles: FxHashMap<String, (Role, String)> = role_words
            .iter()
            .filter(|(_, (role, _))| matches!(role, Role::Person | Role::Group))
            .filter_map(|(w, v)| {
                let form = if let Some(base) = w.strip_suffix("ون") {
                    format!("{base}ين")
                } else if w.ends_with(['ه', 'ا', 'ي', 'ى', 'ء']) {
                    return None;
                } else {
                    format!("{w}ا")
                };
                Some((form, v.clone()))
            })
            .filter(|(form, _)| !role_words.contains_key(form))
            .collect();

        let mut media = PhraseMatcher::new();
        let mut media_words = FxHashMap::default();
        for cols in rows(MEDIA) {
            let kind = match cols.get(1).copied().unwrap_or("") {
                "channel" => Medium::Channel,
                "outlet" => Medium::Outlet,
                "audience" => Medium::Audience,
                "name" => Medium::Name,
                other => panic!("data/media.tsv: unknown kind `{other}`"),
            };
            if cols[0].split_whitespace().count() == 1 && kind != Medium::Name {
                media_words.insert(bare(cols[0]), kind);
            }
            media.insert(cols[0], kind);
        }

        let set = |file: &str| -> FxHashMap<String, ()> {
            lines(file).map(|w| (normalize(w), ())).collect()
        };
        Lexicon {
            cues,
            entries,
            role_words,
            accusative_roles,
            also_titles,
            bare_titles,
            role_phrases,
            function_words: set(FUNCTION_WORDS),
            time_words: set(TIME_WORDS),
            not_names: set(NOT_NAMES),
            media,
            media_words,
        }
    }
}

/// The lexicon, loaded on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(Lexicon::load)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_files_load_with_their_classes() {
        let lex = lexicon();
        assert!(lex
            .entries
            .iter()
            .any(|e| e.lemma == "زعم" && e.stance == Stance::Doubtful));
        assert!(lex
            .entries
            .iter()
            .any(|e| e.lemma == "نفى" && e.stance == Stance::Denial));
        let ashar = lex.entries.iter().find(|e| e.lemma == "أشار").unwrap();
        assert_eq!(ashar.preps, ["الي"]);
        assert_eq!(lex.role_words.get("شيخ").map(|r| r.0), Some(Role::Title));
        assert_eq!(
            lex.role_words.get("مصادر").map(|r| r.1.as_str()),
            Some("مصدر")
        );
        assert!(lex.function_words.contains_key("الذي"));
        assert!(lex.time_words.contains_key("امس"));
        assert_eq!(lex.media_words.get("وكاله"), Some(&Medium::Outlet));
    }
}
