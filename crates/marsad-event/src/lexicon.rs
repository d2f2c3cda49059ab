//! The event lexicons kept in `data/`, parsed once and compiled to
//! clitic-aware phrase matchers.
//!
//! Verbs are listed once, as the past 3ms lemma; their inflected forms are
//! generated here ([`verb_forms`]) so that the data stays readable and a new
//! verb costs one line. Nouns get their possessive, dual and accusative forms
//! ([`noun_forms`]); the article and proclitics are read off by the matcher.

use marsad_text::normalize;
use marsad_text::phrases::PhraseMatcher;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const TRIGGERS: &str = include_str!("../data/triggers.tsv");
const MODALITY: &str = include_str!("../data/modality.tsv");
const PREPOSITIONS: &str = include_str!("../data/prepositions.tsv");
const ACTORS: &str = include_str!("../data/actors.tsv");
const VICTIMS: &str = include_str!("../data/victims.txt");
const COUNT_WORDS: &str = include_str!("../data/count_words.txt");
const UNNAMED_SUBJECTS: &str = include_str!("../data/unnamed_subjects.txt");
const PARTITIVES: &str = include_str!("../data/partitives.txt");
const COUNTS: &str = include_str!("../data/counts.tsv");
const TOPICS: &str = include_str!("../data/topics.tsv");
const SPECIFICS: &str = include_str!("../data/specifics.txt");
const STOPS: &str = include_str!("../data/stops.tsv");
const PLACES: &str = include_str!("../data/places.txt");
const ACCIDENTS: &str = include_str!("../data/accidents.tsv");
const REPORTERS: &str = include_str!("../data/reporters.txt");
const HOLDINGS: &str = include_str!("../data/holdings.txt");
const PROTEST_CUES: &str = include_str!("../data/protest_cues.txt");
const SPORT_CUES: &str = include_str!("../data/sport_cues.tsv");

/// How a trigger word is used.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// An active verb form (its subject is the actor).
    Verb,
    /// A noun (verbal noun or event noun).
    Noun,
    /// A passive form: the noun phrase after it is the target.
    Passive,
    /// An agent noun (المتظاهرون) that names the event's own actor.
    Agent,
}

/// One trigger entry of `triggers.tsv`, as one generated form uses it.
#[derive(Debug, Clone)]
pub struct Trigger {
    /// PLOVER event type.
    pub event: &'static str,
    /// PLOVER mode, if the entry gives one.
    pub mode: Option<&'static str>,
    pub kind: Kind,
    /// Needs an argument, a place or a date in scope to be coded.
    pub weak: bool,
    /// The word after a nominal trigger is its target, not its actor.
    pub obj: bool,
    /// A preposition after it introduces the recipient.
    pub recip: bool,
    /// Two-sided: the recipient is another actor (اشتبك X مع Y).
    pub mutual: bool,
    /// The form carries the future prefix س (سيهاجم).
    pub future: bool,
    /// An imperfect form without س (يهاجم): habitual or generic unless a
    /// date anchors it.
    pub present: bool,
    /// An act inside a protest (هتف، ردد شعارات): a report of one only
    /// with a crowd size or a date in scope.
    pub detail: bool,
    /// A weapon or device (سيارة مفخخة، عبوة ناسفة): an attack only with
    /// its dead or wounded counted in the sentence.
    pub instrument: bool,
    /// The phrase ends in a recipient preposition (حمل السلاح ضد).
    pub ends_in_prep: bool,
    /// A circumstantial participle (مطالبا، داعيا، مشيدا): its actor is the
    /// subject of the clause it follows; the phrase after it is its object.
    pub hal: bool,
    /// Coded only with a recipient (بحث مع، ناقش مع): without one the verb
    /// has another sense (بحث عن "searched").
    pub needs_recipient: bool,
    /// A verb of hosting (استقبل): its subject is the host (the recipient in
    /// PLOVER) and its object the visitor (the actor).
    pub host: bool,
    /// A noun coded only as done (تم ضبط، ضبط 21): else a duty or a topic.
    pub done: bool,
    /// A verb with a peaceful sense too (استهدف "aimed at": فعاليات تستهدف
    /// الشباب): coded only among signs of violence in its sentence.
    pub hostile: bool,
    /// A verb of asking (طالب، دعا، ناشد، حث): a named party right after its
    /// subject, before what is asked (طالب الرئيس المليشيات باحترام الهدنة),
    /// is the one asked: its recipient.
    pub addressee: bool,
    /// A verb of asking whose one asked follows من (طلبت الحكومة من
    /// الولايات المتحدة تسريع …): that party is its recipient, never its
    /// actor.
    pub asked_from: bool,
    /// Coded only with a party named (اجتمع: without one, people or things
    /// gathered: يجتمع حولها أهل الحي، اجتمعت فيه كل العناصر).
    pub needs_party: bool,
    /// Coded only with a person among its parties, named or by a title
    /// (استقبال: of a president, not of pilgrims, the displaced or
    /// applications).
    pub needs_person: bool,
    /// A verb whose object takes the charge after it with ب (اتهم X
    /// بالوقوف وراء الهجوم): one named phrase before the charge is the
    /// accused, whoever accuses.
    pub charge: bool,
    /// Taking ground (سيطر على، استعاد، حرر، اقتحم): the place taken is the
    /// event's place, not its recipient; the recipient is who held it.
    pub seize: bool,
    /// Ground freed (حرر، طهر، استعاد): a party after من past what was
    /// freed held it (حررت القوات تكريت من داعش).
    pub frees: bool,
    /// A device going off (انفجر، انفجار): an instrument in its clause was
    /// used (سيارة مفخخة … انفجرت).
    pub blast: bool,
    /// A verb of gathering (تجمع، احتشد): a protest only when a counted crowd
    /// or protesters gathered and the sentence says why (`protest_cues.txt`);
    /// else worshippers, fans or troops gathered.
    pub crowd: bool,
    /// A word with another sense outside protests (مسيرة "a career", "a
    /// drone"): coded only with a word of `protest_cues.txt` in its
    /// sentence or a crowd counted.
    pub cue: bool,
    /// A word with a sense in sport (لقاء، قمة "a match", هجوم "the
    /// forwards", سيطرة "possession", انسحب من البطولة): not coded in a
    /// sentence or a document about sport (`sport_cues.tsv`), unless blood
    /// is counted or, for a meeting, a person takes part.
    pub sport: bool,
    /// A verb form whose suffix or prefix is its subject (زاروا، يزورون):
    /// no noun phrase after it is its subject ([`VerbForm::own_subject`]).
    pub own_subject: bool,
    /// A split verb whose past form is also its verbal noun (تعرّض, form
    /// V): that form may take the article or a preposition and stays the
    /// head of the phrase (أفادت بتعرض المرجع لمحاولة اغتيال).
    pub masdar: bool,
    /// A verb whose past form is also a noun of another sense (سجن
    /// "prison", أبعد "farther", نسق "pattern"): after a preposition that
    /// form is the noun (في سجن، إلى أبعد من، على نسق), no trigger.
    pub homograph: bool,
    /// Words that give the form another sense a few words after it, across
    /// its subject (`not=` in `triggers.tsv`: رفض المتحدث التعليق "declined
    /// to comment", أصيب السكان برعب "struck with fear"), in matching form.
    pub other_sense: Vec<String>,
    /// Words of speech that make it words, not an act, anywhere later in its
    /// clause (`said=` in `triggers.tsv`: هاجم … واصفا، شن هجوما … قائلا).
    pub speech: Vec<String>,
    /// Line number in `triggers.tsv`, for stable ordering and debugging.
    pub line: usize,
}

/// The value a matched phrase carries: every entry that generated it (a
/// form can be both a verb and a noun: قتل).
pub type TriggerSet = Vec<Trigger>;

/// A modality cue of `modality.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub modality: &'static str,
    /// How many tokens after the cue it reaches.
    pub reach: usize,
}

/// Roles of `prepositions.tsv`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    Recipient,
    Agent,
    Compound,
    Between,
    Place,
    Support,
    /// A light verb whose act follows its subject after a preposition
    /// (تمكنت القوات العراقية من تحرير، نجح الجيش في استعادة): a light verb
    /// only where the act comes right after that preposition
    /// ([`Lexicon::split_support`]).
    SupportSplit,
    /// A partner in the act (بالتعاون مع X): another actor.
    CoAgent,
    Relative,
    Passive,
    /// A verb of gathering (تجمع، احتشد، خرج): with an agent noun, a protest.
    Crowd,
    /// An act inside a protest (ردد، رفع، أحرق): with an agent noun, a
    /// protest only when a crowd size or a date says it is a new report.
    CrowdAct,
    /// Who held what was seized (استعادتها من أيدي X، من قبضة X): the
    /// recipient of a `seize` trigger.
    Holder,
}

/// Classes of nominal actor heads (`actors.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadClass {
    Head,
    Member,
    Title,
    Facility,
    /// A head word in an abstract phrase (الأمن والاستقرار "security and
    /// stability"): no actor.
    Abstract,
}

/// What a quantity counts (`counts.tsv`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountKind {
    Dead,
    Injured,
    Size,
}

/// All lexicons, compiled.
pub struct Lexicon {
    pub triggers: PhraseMatcher<TriggerSet>,
    /// The verb forms of entries flagged `split` (أطلق النار، تعرض للخطف),
    /// each with the matching forms of the rest of its phrase: the rest may
    /// come a few words after the verb, across its subject (أطلق مسلحون
    /// النار، تعرض قيادي في الحركة للخطف).
    pub split_heads: PhraseMatcher<Vec<(Vec<String>, Trigger)>>,
    pub cues: PhraseMatcher<Vec<Cue>>,
    pub roles: PhraseMatcher<Role>,
    pub heads: PhraseMatcher<HeadClass>,
    /// One-word actor heads and member nouns without the article
    /// (`actors.tsv`: قوات، عناصر، مقاتلو), in matching form: with a
    /// possessive pronoun (قواته، عناصرها) they are a party's own forces.
    pub force_words: FxHashSet<String>,
    /// Victim and counted-people nouns, in matching form.
    pub victims: FxHashSet<String>,
    /// Words for a count (`count_words.txt`), in matching form.
    pub count_words: FxHashSet<String>,
    /// Subjects that name no one (`unnamed_subjects.txt`: آخرون، البعض), in
    /// matching form.
    pub unnamed_subjects: FxHashSet<String>,
    /// Nouns a partitive من follows (`partitives.txt`: أعضاء من اللجنة), in
    /// matching form.
    pub partitives: FxHashSet<String>,
    pub counts: PhraseMatcher<CountKind>,
    /// Words that make an event noun a topic of talk (`topics.tsv`), with
    /// how many tokens after them they reach.
    pub topics: PhraseMatcher<usize>,
    /// Words that make an event noun a specific report (`specifics.txt`).
    pub specifics: PhraseMatcher<()>,
    /// Words that say a gathering protests (`protest_cues.txt`): هتافات،
    /// لافتات، احتجاجا، تضامنا.
    pub protest_cues: PhraseMatcher<()>,
    /// Words of sport with their weight and line (`sport_cues.tsv`): a
    /// sentence whose words, each counted once, weigh 2 or more is about sport.
    pub sport_cues: PhraseMatcher<(u32, u32)>,
    /// Phrases whose first word is never a trigger (`stops.tsv`).
    pub stops: PhraseMatcher<()>,
    /// Place nouns (`places.txt`), in matching form: a place named after
    /// one is never an actor.
    pub places: FxHashSet<String>,
    /// The place nouns marked `facility`: a target, never an actor.
    pub facilities: FxHashSet<String>,
    /// Heads of those who report events (`reporters.txt`), in matching
    /// form without the article: never the actor of a physical act.
    pub reporters: FxHashSet<String>,
    /// What an attack hits that belongs to a party (`holdings.txt`:
    /// مواقع، تجمعات، مقرات), normalized: the party after one is the target.
    pub holdings: FxHashSet<String>,
    /// The holdings marked `position` (مواقع، مقرات), normalized: with a
    /// pronoun, the group named before them.
    pub positions: FxHashSet<String>,
    /// Accidents and disasters (`accidents.tsv`): true for a hostile act
    /// (هجوم، إرهابي), false for an accident (حادث مروري، حريق), none for
    /// an animal (سمكة قرش), whose attack is never a hostile act.
    pub accidents: PhraseMatcher<Option<bool>>,
    /// Present-tense light verbs (يشن، تقوم: prepositions.tsv's `present`),
    /// normalized: a nominal act after one is ongoing or habitual.
    pub present_light_verbs: FxHashSet<String>,
    /// The preposition before the act of each `support-split` light verb
    /// (تمكن → من), by its normalized form.
    pub split_support: FxHashMap<String, String>,
}

/// The tense of a generated verb form.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tense {
    Past,
    Present,
    Future,
}

/// The lexicons, parsed on first use.
pub fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

fn rows(file: &'static str) -> impl Iterator<Item = (usize, Vec<&'static str>)> {
    file.lines().enumerate().filter_map(|(i, l)| {
        let l = l.trim_end();
        if l.trim().is_empty() || l.trim_start().starts_with('#') {
            return None;
        }
        Some((i + 1, l.split('\t').map(str::trim).collect()))
    })
}

fn build() -> Lexicon {
    let mut triggers: PhraseMatcher<TriggerSet> = PhraseMatcher::new();
    // A form may come from several entries: gather them before inserting.
    let mut by_form: rustc_hash::FxHashMap<String, TriggerSet> = Default::default();
    let mut order: Vec<String> = Vec::new();
    let mut split_map: rustc_hash::FxHashMap<String, Vec<(Vec<String>, Trigger)>> =
        Default::default();
    for (line, cols) in rows(TRIGGERS) {
        let (Some(&phrase), Some(&event), Some(&mode), Some(&kind)) =
            (cols.first(), cols.get(1), cols.get(2), cols.get(3))
        else {
            panic!("triggers.tsv:{line}: expected phrase, type, mode, kind");
        };
        let flags: Vec<&str> = cols
            .get(4)
            .map(|f| f.split(',').map(str::trim).collect())
            .unwrap_or_default();
        let has = |f: &str| flags.contains(&f);
        let pres = flags.iter().find_map(|f| f.strip_prefix("pres="));
        // A flag's words (not=W|W, said=W|W), in matching form.
        let word_list = |flag: &str| -> Vec<String> {
            flags
                .iter()
                .find_map(|f| f.strip_prefix(flag))
                .map(|ws| ws.split('|').map(normalize).collect())
                .unwrap_or_default()
        };
        let mut words: Vec<String> = phrase.split_whitespace().map(normalize).collect();
        let first = words.remove(0);
        let rest = words.join(" ");
        let base = Trigger {
            event,
            mode: (mode != "-").then_some(mode),
            kind: Kind::Verb,
            weak: has("weak"),
            obj: has("obj"),
            recip: has("recip"),
            mutual: has("mutual"),
            future: false,
            present: false,
            detail: has("detail"),
            instrument: has("instrument"),
            ends_in_prep: matches!(
                phrase.split_whitespace().last(),
                Some("ضد" | "على" | "مع" | "بحق")
            ) && phrase.contains(' '),
            hal: has("hal"),
            needs_recipient: has("needrecip"),
            host: has("host"),
            done: has("done"),
            hostile: has("hostile"),
            addressee: has("addressee"),
            asked_from: has("from"),
            needs_party: has("party"),
            needs_person: has("person"),
            charge: has("charge"),
            seize: has("seize"),
            frees: has("frees"),
            blast: has("blast"),
            crowd: has("crowd"),
            cue: has("cue"),
            sport: has("sport"),
            other_sense: word_list("not="),
            speech: word_list("said="),
            own_subject: false,
            masdar: false,
            homograph: false,
            line,
        };
        let forms: Vec<(String, Trigger)> = match kind {
            "verb" => {
                let pres = pres.map(normalize);
                let kind = if has("passive") {
                    Kind::Passive
                } else {
                    Kind::Verb
                };
                let mut vforms = verb_forms(&first, pres.as_deref());
                // A lemma written with a final yaa, not alif maqsura, keeps
                // it before the feminine ت (لقي → لقيت; رمى → رمت).
                let lemma = phrase.split_whitespace().next().unwrap_or_default();
                if lemma.ends_with('\u{64A}') {
                    vforms.push(VerbForm {
                        form: format!("{first}ت"),
                        tense: Tense::Past,
                        own_subject: false,
                    });
                }
                vforms
                    .into_iter()
                    .map(|v| {
                        let masdar = has("masdar") && v.form == first;
                        let homograph = has("homograph") && v.form == first;
                        (
                            v.form,
                            Trigger {
                                kind,
                                future: v.tense == Tense::Future,
                                present: v.tense == Tense::Present,
                                own_subject: v.own_subject,
                                masdar,
                                homograph,
                                ..base.clone()
                            },
                        )
                    })
                    .collect()
            }
            "noun" => {
                let kind = if has("agent") {
                    Kind::Agent
                } else {
                    Kind::Noun
                };
                noun_forms(&first)
                    .into_iter()
                    .map(|f| {
                        (
                            f,
                            Trigger {
                                kind,
                                ..base.clone()
                            },
                        )
                    })
                    .collect()
            }
            "form" => {
                let kind = if has("passive") {
                    Kind::Passive
                } else if has("hal") {
                    Kind::Verb
                } else if has("agent") {
                    Kind::Agent
                } else {
                    Kind::Noun
                };
                vec![(
                    first.clone(),
                    Trigger {
                        kind,
                        ..base.clone()
                    },
                )]
            }
            other => panic!("triggers.tsv:{line}: unknown kind {other}"),
        };
        if has("split") && kind == "verb" && !rest.is_empty() {
            let rest_norms = marsad_text::phrases::phrase_norms(&rest);
            for (form, t) in &forms {
                split_map
                    .entry(form.clone())
                    .or_default()
                    .push((rest_norms.clone(), t.clone()));
            }
        }
        for (form, t) in forms {
            let key = if rest.is_empty() {
                form
            } else {
                format!("{form} {rest}")
            };
            let entry = by_form.entry(key.clone()).or_insert_with(|| {
                order.push(key);
                Vec::new()
            });
            if !entry.iter().any(|e| {
                e.line == t.line
                    && e.kind == t.kind
                    && e.future == t.future
                    && e.present == t.present
            }) {
                entry.push(t);
            }
        }
    }
    for key in order {
        let set = by_form.remove(&key).unwrap_or_default();
        triggers.insert(&key, set);
    }
    let mut split_heads = PhraseMatcher::new();
    for (form, v) in split_map {
        split_heads.insert(&form, v);
    }

    let mut cues: PhraseMatcher<Vec<Cue>> = PhraseMatcher::new();
    let mut cue_map: rustc_hash::FxHashMap<String, Vec<Cue>> = Default::default();
    for (line, cols) in rows(MODALITY) {
        let (Some(&phrase), Some(&modality), Some(reach)) =
            (cols.first(), cols.get(1), cols.get(2))
        else {
            panic!("modality.tsv:{line}: expected phrase, modality, reach");
        };
        let reach = reach
            .parse()
            .unwrap_or_else(|_| panic!("modality.tsv:{line}: bad reach"));
        let cue = Cue { modality, reach };
        let v = cue_map.entry(phrase.to_string()).or_default();
        if !v.contains(&cue) {
            v.push(cue);
        }
    }
    for (k, v) in cue_map {
        cues.insert(&k, v);
    }

    let mut roles = PhraseMatcher::new();
    let mut present_light_verbs = FxHashSet::default();
    let mut split_support = FxHashMap::default();
    for (line, cols) in rows(PREPOSITIONS) {
        let role = match cols.get(1).copied() {
            Some("recipient") => Role::Recipient,
            Some("agent") => Role::Agent,
            Some("compound") => Role::Compound,
            Some("between") => Role::Between,
            Some("place") => Role::Place,
            Some("support") => Role::Support,
            Some("support-split") => {
                let prep = cols.get(2).unwrap_or_else(|| {
                    panic!("prepositions.tsv:{line}: support-split needs its preposition")
                });
                split_support.insert(normalize(cols[0]), normalize(prep));
                Role::SupportSplit
            }
            Some("coagent") => Role::CoAgent,
            Some("relative") => Role::Relative,
            Some("passive") => Role::Passive,
            Some("crowd") => Role::Crowd,
            Some("crowd-act") => Role::CrowdAct,
            Some("holder") => Role::Holder,
            other => panic!("prepositions.tsv:{line}: unknown role {other:?}"),
        };
        if cols.get(2).copied() == Some("present") {
            present_light_verbs.insert(normalize(cols[0]));
        }
        roles.insert(cols[0], role);
    }

    let mut heads = PhraseMatcher::new();
    let mut force_words = FxHashSet::default();
    for (line, cols) in rows(ACTORS) {
        let class = match cols.get(1).copied() {
            Some("head") | None => HeadClass::Head,
            Some("member") => HeadClass::Member,
            Some("title") => HeadClass::Title,
            Some("facility") => HeadClass::Facility,
            Some("abstract") => HeadClass::Abstract,
            other => panic!("actors.tsv:{line}: unknown class {other:?}"),
        };
        let word = normalize(cols[0]);
        if matches!(class, HeadClass::Head | HeadClass::Member)
            && !word.contains(' ')
            && !word.starts_with("ال")
        {
            force_words.insert(word);
        }
        heads.insert(cols[0], class);
    }

    let victims = marsad_text::lexicon::lines(VICTIMS)
        .map(normalize)
        .collect();
    let count_words = marsad_text::lexicon::lines(COUNT_WORDS)
        .map(normalize)
        .collect();
    let unnamed_subjects = marsad_text::lexicon::lines(UNNAMED_SUBJECTS)
        .map(normalize)
        .collect();

    let mut counts = PhraseMatcher::new();
    for (line, cols) in rows(COUNTS) {
        let kind = match cols.get(1).copied() {
            Some("dead") => CountKind::Dead,
            Some("injured") => CountKind::Injured,
            Some("size") => CountKind::Size,
            other => panic!("counts.tsv:{line}: unknown kind {other:?}"),
        };
        counts.insert(cols[0], kind);
    }

    let mut topics = PhraseMatcher::new();
    for (line, cols) in rows(TOPICS) {
        let reach = cols
            .get(1)
            .and_then(|r| r.parse().ok())
            .unwrap_or_else(|| panic!("topics.tsv:{line}: expected phrase, reach"));
        topics.insert(cols[0], reach);
    }
    let mut specifics = PhraseMatcher::new();
    for w in marsad_text::lexicon::lines(SPECIFICS) {
        specifics.insert(w, ());
    }
    let mut protest_cues = PhraseMatcher::new();
    for w in marsad_text::lexicon::lines(PROTEST_CUES) {
        protest_cues.insert(w, ());
    }
    let mut sport_cues = PhraseMatcher::new();
    for (line, cols) in rows(SPORT_CUES) {
        let weight = cols
            .get(1)
            .and_then(|w| w.parse::<u32>().ok())
            .unwrap_or_else(|| panic!("sport_cues.tsv:{line}: expected phrase, weight"));
        sport_cues.insert(cols[0], (weight, line as u32));
    }
    let mut stops = PhraseMatcher::new();
    for (_, cols) in rows(STOPS) {
        stops.insert(cols[0], ());
    }

    let mut places = FxHashSet::default();
    let mut facilities = FxHashSet::default();
    for (_, cols) in rows(PLACES) {
        places.insert(normalize(cols[0]));
        if cols.get(1) == Some(&"facility") {
            facilities.insert(normalize(cols[0]));
        }
    }

    let mut accidents = PhraseMatcher::new();
    for (line, cols) in rows(ACCIDENTS) {
        let hostile = match cols.get(1).copied() {
            Some("hostile") => Some(true),
            Some("accident") => Some(false),
            Some("animal") => None,
            other => panic!("accidents.tsv:{line}: unknown kind {other:?}"),
        };
        accidents.insert(cols[0], hostile);
    }

    Lexicon {
        accidents,
        present_light_verbs,
        split_support,
        triggers,
        split_heads,
        force_words,
        cues,
        roles,
        heads,
        victims,
        unnamed_subjects,
        count_words,
        partitives: marsad_text::lexicon::lines(PARTITIVES)
            .map(normalize)
            .collect(),
        counts,
        topics,
        specifics,
        protest_cues,
        sport_cues,
        stops,
        places,
        facilities,
        reporters: marsad_text::lexicon::lines(REPORTERS)
            .map(normalize)
            .collect(),
        holdings: marsad_text::lexicon::lines(HOLDINGS)
            .map(|l| normalize(l.split('\t').next().unwrap_or(l)))
            .collect(),
        positions: marsad_text::lexicon::lines(HOLDINGS)
            .filter_map(|l| l.split_once('\t'))
            .filter(|(_, tag)| tag.trim() == "position")
            .map(|(w, _)| normalize(w))
            .collect(),
    }
}

/// Object pronoun suffixes a verb form may carry (قتله، استهدفتهم).
const OBJECT_SUFFIXES: [&str; 6] = ["ه", "ها", "هم", "هما", "كم", "نا"];

fn strip_last(s: &str) -> &str {
    let mut chars = s.char_indices();
    match chars.next_back() {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Past, present and future forms of a verb in matching form, each with
/// its tense. `lemma` is the past 3ms (هاجم، استهدف، دعا);
/// `pres` the present 3ms when it is not the regular one (يدعو، يلتقي).
///
/// The regular present drops the leading alif of forms IV, VII, VIII and X
/// (أعدم → يعدم، استهدف → يستهدف) and keeps other stems (هاجم → يهاجم).
/// Defective lemmas (ending in ا or ى) drop it before suffixes (دعت، التقوا).
pub fn verb_forms(lemma: &str, pres: Option<&str>) -> Vec<VerbForm> {
    // (form, whether its suffix or prefix is its subject)
    let mut past: Vec<(String, bool)> = Vec::new();
    if lemma.ends_with('ا') || lemma.ends_with('ي') {
        let base = strip_last(lemma);
        past.extend([
            (lemma.to_string(), false),
            (format!("{base}ت"), false),
            (format!("{base}وا"), true),
            (format!("{base}تا"), true),
        ]);
    } else {
        for (suf, own) in [
            ("", false),
            ("ت", false),
            ("وا", true),
            ("ا", true),
            ("تا", true),
            ("نا", true),
            ("تم", true),
        ] {
            past.push((format!("{lemma}{suf}"), own));
        }
    }
    let stem: String = match pres {
        Some(p) => p.strip_prefix('ي').unwrap_or(p).to_string(),
        None => {
            if lemma.starts_with('ا') && lemma.chars().count() >= 4 {
                lemma['ا'.len_utf8()..].to_string()
            } else {
                lemma.to_string()
            }
        }
    };
    let defective = stem.ends_with('ي') || stem.ends_with('و') || stem.ends_with('ا');
    let plural_stem = if defective { strip_last(&stem) } else { &stem };
    let mut present: Vec<(String, bool)> = Vec::new();
    for (p, own) in [("ي", false), ("ت", false), ("ن", true), ("ا", true)] {
        present.push((format!("{p}{stem}"), own));
    }
    for p in ["ي", "ت"] {
        present.push((format!("{p}{plural_stem}ون"), true));
        present.push((format!("{p}{plural_stem}وا"), true));
        if !defective {
            present.push((format!("{p}{stem}ان"), true));
        }
    }
    let mut out: Vec<VerbForm> = Vec::new();
    let mut push = |form: String, tense: Tense, own_subject: bool| {
        if !out.iter().any(|g| g.form == form) {
            out.push(VerbForm {
                form,
                tense,
                own_subject,
            });
        }
    };
    let with_objects = |f: &str| -> Vec<String> {
        let base = f.strip_suffix("وا").map(|b| format!("{b}و"));
        let base = base.as_deref().unwrap_or(f);
        OBJECT_SUFFIXES
            .iter()
            .map(|s| format!("{base}{s}"))
            .collect()
    };
    for (f, own) in &past {
        push(f.clone(), Tense::Past, *own);
        for g in with_objects(f) {
            push(g, Tense::Past, *own);
        }
    }
    // "I will" of a verb of two letters (سأفر، سأرد) is written like a
    // verb of four (سافر "travelled", سارد "narrator"): left out.
    let first_person_short = (stem.chars().count() <= 2).then(|| format!("ا{stem}"));
    for (f, own) in &present {
        push(f.clone(), Tense::Present, *own);
        let future = first_person_short.as_deref() != Some(f.as_str());
        if future {
            push(format!("س{f}"), Tense::Future, *own);
        }
        for g in with_objects(f) {
            if future {
                push(format!("س{g}"), Tense::Future, *own);
            }
            push(g, Tense::Present, *own);
        }
    }
    out
}

/// One form of a verb ([`verb_forms`]).
#[derive(Debug, Clone, PartialEq)]
pub struct VerbForm {
    /// In matching form.
    pub form: String,
    pub tense: Tense,
    /// Its suffix or prefix is its subject (زاروا، زارا، يزورون، نزور:
    /// "they", "the two", "we"): a noun phrase after it is its object, as
    /// a verb before its subject (VSO) agrees with it in gender only
    /// (زار الوزيران).
    pub own_subject: bool,
}

/// A noun's forms in matching form: as written, with possessive suffixes,
/// the dual, and the accusative alif of an indefinite noun (هجوما).
pub fn noun_forms(noun: &str) -> Vec<String> {
    let mut out = vec![noun.to_string()];
    // ة (folded to ه) is written ت before a suffix.
    let bound = match noun.strip_suffix('ه') {
        Some(b) => format!("{b}ت"),
        None => noun.to_string(),
    };
    // A final hamza takes a seat before a suffix (لقاء → لقائه، لقاؤه،
    // لقاءه; ئ and ؤ fold to ي and و).
    let seats: Vec<String> = match bound.strip_suffix('ء') {
        Some(b) => ["ء", "ي", "و"].iter().map(|h| format!("{b}{h}")).collect(),
        None => vec![bound],
    };
    for bound in &seats {
        for s in ["ه", "ها", "هم", "هما", "ين", "ان"] {
            out.push(format!("{bound}{s}"));
        }
    }
    if !(noun.ends_with('ه') || noun.ends_with('ء') || noun.ends_with('ا') || noun.ends_with("ات"))
    {
        out.push(format!("{noun}ا"));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn forms(lemma: &str, pres: Option<&str>) -> Vec<String> {
        verb_forms(&normalize(lemma), pres.map(normalize).as_deref())
            .into_iter()
            .map(|v| v.form)
            .collect()
    }

    #[test]
    fn regular_verbs_inflect() {
        let f = forms("استهدف", None);
        for w in [
            "استهدف",
            "استهدفت",
            "استهدفوا",
            "يستهدف",
            "تستهدفون",
            "استهدفوه",
            "سيستهدف",
        ] {
            assert!(f.contains(&w.to_string()), "{w} missing");
        }
        let f = forms("أعدم", None);
        assert!(f.contains(&"يعدم".to_string()) && f.contains(&"اعدمت".to_string()));
    }

    #[test]
    fn defective_verbs_use_the_given_present() {
        let f = forms("دعا", Some("يدعو"));
        for w in ["دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "سيدعو"]
        {
            assert!(f.contains(&w.to_string()), "{w} missing");
        }
    }

    #[test]
    fn verb_forms_carry_their_tense_and_subject() {
        let f = verb_forms(&normalize("هاجم"), None);
        let form = |w: &str| f.iter().find(|v| v.form == w).expect(w);
        assert_eq!(form("هاجموا").tense, Tense::Past);
        assert_eq!(form("يهاجمون").tense, Tense::Present);
        assert_eq!(form("سيهاجم").tense, Tense::Future);
        // "they", "the two", "we" are in the form; "he" and "she" may follow it.
        for own in ["هاجموا", "هاجما", "هاجمناه", "يهاجمون", "نهاجم", "سيهاجمون"]
        {
            assert!(form(own).own_subject, "{own}");
        }
        for open in ["هاجم", "هاجمت", "يهاجم", "تهاجم", "هاجمه"] {
            assert!(!form(open).own_subject, "{open}");
        }
    }

    #[test]
    fn a_two_letter_verb_has_no_first_person_future() {
        // سأفر would read سافر "travelled".
        let f = verb_forms(&normalize("فر"), None);
        assert!(f.iter().all(|v| v.form != "سافر"));
        assert!(f
            .iter()
            .any(|v| v.form == "سيفر" && v.tense == Tense::Future));
        assert!(f
            .iter()
            .any(|v| v.form == "افر" && v.tense == Tense::Present));
        // A longer verb keeps it (سأهاجم).
        let f = verb_forms(&normalize("هاجم"), None);
        assert!(f.iter().any(|v| v.form == "ساهاجم"));
    }

    #[test]
    fn nouns_take_suffixes() {
        let f = noun_forms(&normalize("مظاهرة"));
        assert!(f.contains(&"مظاهرتين".to_string()) && f.contains(&"مظاهرته".to_string()));
        assert!(noun_forms("هجوم").contains(&"هجوما".to_string()));
        // A final hamza on its seat before a suffix: لقائه، لقاؤهم.
        let f = noun_forms(&normalize("لقاء"));
        for w in ["لقائه", "لقاؤهم", "لقاءه"] {
            assert!(f.contains(&normalize(w)), "{w} missing");
        }
    }

    #[test]
    fn data_files_parse() {
        let lex = lexicon();
        assert!(!lex.triggers.is_empty() && !lex.cues.is_empty() && !lex.roles.is_empty());
        assert!(lex.victims.contains("اشخاص"));
        assert!(!lex.topics.is_empty() && !lex.specifics.is_empty() && !lex.stops.is_empty());
    }
}
