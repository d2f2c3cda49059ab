//! Coding events: triggers, their arguments from Arabic clause structure,
//! modality, place, date and counts.
//!
//! Everything works on tokens of one sentence. Noun phrases come from the
//! entity layer first; where it has nothing, from nominal actor heads
//! (القوات الأمريكية، فصيل مسلح), so that unnamed actors are still coded.

use crate::detect::{Example, Model, KINDS};
use crate::lexicon::{lexicon, CountKind, HeadClass, Kind, Lexicon, Role, Trigger};
use marsad_core::{Date, Document, EntityType, Proclitics, Span, TimeType, TokenKind};
use marsad_text::clitics;

/// An argument of an event: a name, and where it comes from.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// The entity's name, or the text of an unnamed actor.
    pub name: String,
    /// Index into `doc.entities` when the entity layer named it.
    pub entity: Option<usize>,
    /// The mention this event used.
    pub span: Span,
}

/// Magnitudes of an event, from the quantity layer.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Counts {
    pub dead: Option<f64>,
    pub injured: Option<f64>,
    /// Crowd or force size (PROTEST, MOBILIZE).
    pub size: Option<f64>,
    /// Killed and wounded told as one total (مقتل وإصابة 35 شخصا): how
    /// many of each the text does not say.
    pub killed_or_injured: Option<f64>,
}

impl Counts {
    pub fn is_empty(&self) -> bool {
        self.dead.is_none()
            && self.injured.is_none()
            && self.size.is_none()
            && self.killed_or_injured.is_none()
    }

    /// Whether the dead or wounded are counted, apart or together.
    pub fn has_casualties(&self) -> bool {
        self.dead.is_some() || self.injured.is_some() || self.killed_or_injured.is_some()
    }
}

/// PLOVER modality values of FORMAT.md.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Modality {
    Asserted,
    Claimed,
    Alleged,
    Hypothetical,
    Future,
    Negated,
    Historical,
}

impl Modality {
    pub fn as_str(&self) -> &'static str {
        match self {
            Modality::Asserted => "asserted",
            Modality::Claimed => "claimed",
            Modality::Alleged => "alleged",
            Modality::Hypothetical => "hypothetical",
            Modality::Future => "future",
            Modality::Negated => "negated",
            Modality::Historical => "historical",
        }
    }

    fn from_cue(s: &str) -> Option<Modality> {
        Some(match s {
            "claimed" => Modality::Claimed,
            "alleged" => Modality::Alleged,
            "hypothetical" => Modality::Hypothetical,
            "future" => Modality::Future,
            "negated" => Modality::Negated,
            _ => return None,
        })
    }

    /// Which of two cues wins: negation and condition change what happened
    /// at all; attribution only who says so.
    fn rank(&self) -> u8 {
        match self {
            Modality::Negated => 6,
            Modality::Hypothetical => 5,
            Modality::Future => 4,
            Modality::Alleged => 3,
            Modality::Claimed => 2,
            Modality::Historical => 1,
            Modality::Asserted => 0,
        }
    }
}

/// An event with everything the coder found: richer than core's `Event`.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedEvent {
    /// Stable id: document id, type and the trigger's code-point offset.
    pub id: String,
    /// PLOVER type (ASSAULT, PROTEST …).
    pub kind: &'static str,
    pub mode: Option<&'static str>,
    /// The trigger (the event's anchor).
    pub trigger: Span,
    /// Index of the sentence in `doc.sentences`.
    pub sentence: usize,
    pub actor: Vec<Arg>,
    pub recipient: Vec<Arg>,
    pub place: Option<Arg>,
    /// The event's own date (TIMEX3 value) and the index of its time expression.
    pub date: Option<(String, usize)>,
    pub counts: Counts,
    /// Indices into `doc.quantities` that gave the counts.
    pub quantities: Vec<usize>,
    pub modality: Modality,
    /// The speaker of the quote that reports the event, when `doc.quotes` has one.
    pub source: Option<String>,
    /// 0–1: how sure the coder is (trigger strength and arguments found).
    pub confidence: f32,
    /// The place is the ground the act took (a `seize` trigger: سيطر على
    /// المطار، تحرير عدن), named as its object.
    pub place_taken: bool,
}

/// A noun phrase found in a sentence.
#[derive(Debug, Clone)]
struct Np {
    start: usize,
    end: usize,
    arg: Arg,
    /// The preposition that governs it, if any (a role word before it, or a
    /// proclitic ب ل ك).
    governor: Option<Governor>,
    /// A victim or counted noun: never an actor.
    victim: bool,
    /// A facility (مطار، قاعدة): a target or place, never an actor.
    facility: bool,
}

impl Np {
    /// The phrase of tokens `tokens` naming entity `e` (`entity`) at `span`,
    /// governed by a proclitic when `clitic`, else by `governor`.
    fn entity(
        tokens: std::ops::Range<usize>,
        entity: &marsad_core::Entity,
        e: usize,
        span: Span,
        governor: Option<Governor>,
        clitic: bool,
    ) -> Np {
        Np {
            start: tokens.start,
            end: tokens.end,
            arg: Arg {
                name: entity.name.clone(),
                entity: Some(e),
                span,
            },
            governor: if clitic {
                Some(Governor::Clitic)
            } else {
                governor
            },
            victim: false,
            facility: false,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Governor {
    Role(Role),
    Clitic,
}

/// One trigger occurrence, resolved to one lexicon entry.
#[derive(Debug, Clone)]
struct Hit {
    start: usize,
    end: usize,
    span: Span,
    trigger: Trigger,
    kind: Kind,
    /// Preceded by a light passive (تم، جرى).
    passive: bool,
    /// The form also reads as a passive (قتل: قَتل / قُتل).
    has_passive: bool,
    clitics: Proclitics,
}

/// Per-document indexes the coder reads.
/// A value for some tokens of a document, by token index: the coder asks
/// these at almost every token, where a hash map spent its time hashing.
/// Four bytes a token and the values apart, so that a long document's
/// index stays small.
struct TokenMap<V> {
    /// Each token's place in `values`, `u32::MAX` for none.
    at: Vec<u32>,
    values: Vec<V>,
}

impl<V> TokenMap<V> {
    fn new(tokens: usize) -> TokenMap<V> {
        TokenMap {
            at: vec![u32::MAX; tokens],
            values: Vec::new(),
        }
    }

    #[inline]
    fn get(&self, i: &usize) -> Option<&V> {
        match *self.at.get(*i)? {
            u32::MAX => None,
            k => Some(&self.values[k as usize]),
        }
    }

    #[inline]
    fn contains_key(&self, i: &usize) -> bool {
        self.at.get(*i).is_some_and(|&k| k != u32::MAX)
    }

    fn insert(&mut self, i: usize, v: V) {
        match self.at[i] {
            u32::MAX => {
                self.at[i] = self.values.len() as u32;
                self.values.push(v);
            }
            k => self.values[k as usize] = v,
        }
    }

    /// Sets token `i`'s value unless it has one.
    fn insert_first(&mut self, i: usize, v: V) {
        if self.at[i] == u32::MAX {
            self.insert(i, v);
        }
    }
}

struct DocIndex<'a> {
    doc: &'a Document,
    lex: &'static Lexicon,
    /// token → (entity index, end token, mention span) for mentions starting there.
    mention_at: TokenMap<(usize, usize, Span)>,
    /// token → entity index for every token inside a mention.
    in_mention: TokenMap<usize>,
    /// token → (role, end token) for role words starting there.
    role_at: TokenMap<(Role, usize)>,
    /// token → (modality cues, end token).
    cue_at: Vec<(usize, usize, &'a [crate::lexicon::Cue])>,
    trigger_tokens: Vec<bool>,
    /// Tokens of an ASSAULT trigger that is not `hostile` itself (قتل،
    /// تفجير، سيارة مفخخة): signs of violence for the ones that are.
    violent_tokens: Vec<bool>,
    /// Tokens of a trigger with a sense in sport (`sport` in triggers.tsv:
    /// مواجهات، هجوم): among words of sport no sign of violence.
    sport_tokens: Vec<bool>,
    /// Tokens of a two-sided fight (اشتباكات، معارك، مواجهات): the phrase
    /// after مع beside one names a side.
    fight_tokens: Vec<bool>,
    /// Tokens of a device going off (انفجر، انفجار: `blast` in triggers.tsv).
    blast_tokens: Vec<bool>,
    /// Trigger tokens that are a bomber (انتحاري: an instrument trigger of
    /// one word) right after a verb trigger (فجر انتحاري): the verb's
    /// subject, which [`DocIndex::phrases`] reads as a phrase.
    bomber_tokens: Vec<bool>,
    /// Code-point offsets for event ids: counting from the start of the text
    /// for each event made long documents quadratic.
    offsets: marsad_core::output::CharOffsets<'a>,
    /// Whether the document's times, quantities and quotes are in text order
    /// (the layers write them so), which lets a trigger look up only those
    /// of its clause instead of every one of a long document.
    times_sorted: bool,
    quantities_sorted: bool,
    /// For each quote, the furthest end of the quotes up to it (when the
    /// quotes are in text order): the first quote that can hold a span.
    quote_reach: Option<Vec<usize>>,
    /// The subject of the last sentence that named one: a verb opening the
    /// next sentence with no subject of its own (وطالب بـ، ودعا إلى) has it.
    prev_subject: std::cell::RefCell<Option<Arg>>,
    /// The speaker of the sentence before, when it opened with a speech cue
    /// (وقال X إن …): a verb of asking, accusing, threatening, rejecting or
    /// backing that opens the next sentence (وطالب …) has it instead.
    prev_speaker: std::cell::RefCell<Option<Arg>>,
    /// The last force or public body named in the sentence before (…باشر
    /// المختصون بشرطة المحافظة إجراءات الضبط؛ حيث تم القبض على …).
    prev_force: std::cell::RefCell<PrevForce>,
    /// Where the document speaks of sport (`sport_cues.tsv`), worked out
    /// when a trigger with a sporting sense first asks.
    sport: std::cell::OnceCell<SportCues>,
}

/// [`DocIndex::sport`]: which sentences, and whether the whole document,
/// are about sport.
struct SportCues {
    sentences: Vec<bool>,
    document: bool,
}

/// [`DocIndex::prev_force`]: found, or still to be looked for in the
/// sentence before (few sentences need it, and a sentence with no event
/// needs its noun phrases for nothing else).
enum PrevForce {
    Found(Option<Arg>),
    In(std::ops::Range<usize>),
}

/// Whether spans are in order of their starts.
fn in_order<T>(items: &[T], span: impl Fn(&T) -> Span) -> bool {
    items
        .windows(2)
        .all(|w| span(&w[0]).start <= span(&w[1]).start)
}

/// The indices of `items` (in order of their starts, when `sorted`) that
/// start within bytes `s..e`; every index when they are not in order.
fn starting_within<T>(
    items: &[T],
    sorted: bool,
    span: impl Fn(&T) -> Span,
    s: usize,
    e: usize,
) -> std::ops::Range<usize> {
    if !sorted {
        return 0..items.len();
    }
    let lo = items.partition_point(|x| span(x).start < s);
    lo..lo + items[lo..].partition_point(|x| span(x).start < e)
}

fn is_boundary(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct
        && matches!(
            doc.token_text(t),
            "،" | "," | "؛" | ";" | "." | ":" | "؟" | "?" | "!" | "(" | ")"
        )
}

/// A party's positions with a possessive pronoun (مواقعه، مواقعهم،
/// معاقلها: `holdings.txt` marked `position`) in the clause of an act:
/// after it, its subject or its preposition (قصفت الطائرات مواقعهم، غارات
/// على مواقعه), within a few words and before another act.
fn pronoun_positions_after(ix: &DocIndex, from: usize, to: usize) -> Option<usize> {
    (from..to.min(from + 6))
        .take_while(|&k| !is_boundary(ix.doc, k) && !ix.trigger_tokens[k])
        .find(|&k| {
            with_possessive(ix.doc.token_text(&ix.doc.tokens[k])) && {
                let stem = ix.stem(k);
                ["هما", "هم", "ها", "ه"]
                    .iter()
                    .filter_map(|p| stem.strip_suffix(p))
                    .any(|bare| ix.lex.positions.contains(bare))
            }
        })
}

/// Whether a word as written ends in a possessive pronoun (نظيره،
/// نظيرتها، نظرائهم), not in a ta marbuta (وزيرة), which matching folds
/// into the same letter.
fn with_possessive(word: &str) -> bool {
    let word = word.trim_end_matches(|c| matches!(c, '\u{064B}'..='\u{0652}'));
    ["ه", "ها", "هم", "هما", "هن"]
        .iter()
        .any(|p| word.ends_with(p))
}

/// Whether token `i` is a comma.
fn is_comma(doc: &Document, i: usize) -> bool {
    matches!(doc.token_text(&doc.tokens[i]), "،" | ",")
}

/// Whether tokens `from..to` stay in one clause: no boundary between them
/// but the Arabic comma.
fn within_clause(doc: &Document, from: usize, to: usize) -> bool {
    (from..to).all(|k| !is_boundary(doc, k) || doc.token_text(&doc.tokens[k]) == "،")
}

impl<'a> DocIndex<'a> {
    /// Whether the sentence of tokens `range` is about sport: its cue words
    /// (each counted once) weigh 2 or more, or the document is about sport
    /// (at least three such sentences, a third of them all).
    fn about_sport(&self, range: std::ops::Range<usize>) -> bool {
        let doc = self.doc;
        let sporty = |r: std::ops::Range<usize>| {
            let mut seen: Vec<u32> = Vec::new();
            let mut weight = 0;
            let mut i = r.start;
            while i < r.end {
                match self.lex.sport_cues.longest_at(doc, i) {
                    Some(m) => {
                        let (w, id) = *m.value;
                        if !seen.contains(&id) {
                            seen.push(id);
                            weight += w;
                        }
                        i = m.tokens.end;
                    }
                    None => i += 1,
                }
            }
            weight >= 2
        };
        let cues = self.sport.get_or_init(|| {
            let sentences: Vec<bool> = doc
                .sentences
                .iter()
                .map(|s| sporty(s.tokens.clone()))
                .collect();
            let n = sentences.iter().filter(|&&s| s).count();
            SportCues {
                document: n >= 3 && n * 3 >= sentences.len(),
                sentences,
            }
        });
        if cues.document {
            return true;
        }
        let k = doc
            .sentences
            .partition_point(|s| s.tokens.start < range.start);
        match doc.sentences.get(k) {
            Some(s) if s.tokens == range => cues.sentences[k],
            _ => sporty(range),
        }
    }

    fn new(doc: &'a Document) -> DocIndex<'a> {
        let lex = lexicon();
        let n = doc.tokens.len();
        let mut mention_at = TokenMap::new(n);
        let mut in_mention = TokenMap::new(n);
        for (e, ent) in doc.entities.iter().enumerate() {
            for m in &ent.mentions {
                let s = doc.token_at_or_after(m.start);
                let mut end = s;
                while end < doc.tokens.len() && doc.tokens[end].span.start < m.end {
                    in_mention.insert(end, e);
                    end += 1;
                }
                if end > s {
                    mention_at.insert_first(s, (e, end, *m));
                }
            }
        }
        let mut role_at = TokenMap::new(n);
        for m in lex.roles.find_all(doc) {
            role_at.insert(m.tokens.start, (*m.value, m.tokens.end));
        }
        let cue_at = lex
            .cues
            .find_all(doc)
            .map(|m| (m.tokens.start, m.tokens.end, m.value.as_slice()))
            .collect();
        DocIndex {
            doc,
            lex,
            mention_at,
            in_mention,
            role_at,
            cue_at,
            trigger_tokens: vec![false; doc.tokens.len()],
            violent_tokens: vec![false; doc.tokens.len()],
            sport_tokens: vec![false; doc.tokens.len()],
            fight_tokens: vec![false; doc.tokens.len()],
            blast_tokens: vec![false; doc.tokens.len()],
            bomber_tokens: vec![false; doc.tokens.len()],
            offsets: marsad_core::output::CharOffsets::new(&doc.text),
            times_sorted: in_order(&doc.times, |t| t.span),
            quantities_sorted: in_order(&doc.quantities, |q| q.span),
            prev_subject: std::cell::RefCell::new(None),
            prev_speaker: std::cell::RefCell::new(None),
            prev_force: std::cell::RefCell::new(PrevForce::Found(None)),
            sport: std::cell::OnceCell::new(),
            quote_reach: in_order(&doc.quotes, |q| q.span).then(|| {
                doc.quotes
                    .iter()
                    .scan(0, |reach, q| {
                        *reach = q.span.end.max(*reach);
                        Some(*reach)
                    })
                    .collect()
            }),
        }
    }

    /// The modality cues (in order of their starts) from token `i` on.
    fn cues_from(
        &self,
        i: usize,
    ) -> std::slice::Iter<'_, (usize, usize, &'a [crate::lexicon::Cue])> {
        let lo = self.cue_at.partition_point(|c| c.0 < i);
        self.cue_at[lo..].iter()
    }

    /// The first quote (in text order) whose span contains `span`.
    fn quote_around(&self, span: Span) -> Option<&marsad_core::Quote> {
        let quotes = &self.doc.quotes;
        let from = match &self.quote_reach {
            // Quotes before `from` all end before `span` does.
            Some(reach) => reach.partition_point(|&r| r < span.end),
            None => 0,
        };
        let to = match &self.quote_reach {
            Some(_) => quotes.partition_point(|q| q.span.start <= span.start),
            None => quotes.len(),
        };
        quotes[from..to.max(from)]
            .iter()
            .find(|q| q.span.contains(&span))
    }

    fn norm(&self, i: usize) -> &str {
        self.doc.norm(&self.doc.tokens[i])
    }

    fn stem(&self, i: usize) -> &str {
        self.doc.stem(&self.doc.tokens[i])
    }

    fn role(&self, i: usize) -> Option<(Role, usize)> {
        self.role_at.get(&i).copied()
    }

    /// Whether token `i` carries the preposition ل, read off by the
    /// tokenizer or written on it (لداعش، وللحوثيين), which the tokenizer
    /// leaves on a word it cannot tell from one beginning with ل.
    fn has_li(&self, i: usize) -> bool {
        self.doc.tokens[i].proclitics.has(Proclitics::LI)
            || self
                .doc
                .token_text(&self.doc.tokens[i])
                .trim_start_matches(['و', 'ف'])
                .starts_with('ل')
    }

    fn has_prep_clitic(&self, i: usize) -> bool {
        let p = self.doc.tokens[i].proclitics;
        p.has(Proclitics::BI) || p.has(Proclitics::LI) || p.has(Proclitics::KA)
    }

    /// Whether token `i` counts or names people an act befell: a number
    /// (not one of a time: قتلوا خلال 24 ساعة) or a victim noun.
    fn is_victim(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        (t.kind == TokenKind::Number && !self.in_time(i))
            || self.lex.victims.contains(self.norm(i))
            || self.lex.victims.contains(self.stem(i))
    }

    /// Whether the word right after a verb ending at token `end` is a
    /// subject that names no one (`unnamed_subjects.txt`: قاتل آخرون).
    fn unnamed_subject_at(&self, end: usize) -> bool {
        end < self.doc.tokens.len()
            && self.doc.tokens[end].proclitics.0 == 0
            && self.lex.unnamed_subjects.contains(self.norm(end))
    }

    /// Whether the noun at token `i` is counted (قتل ثلاثة عناصر، سبعة من
    /// عناصر الجماعة، عشرات الجنود): victims more often than actors.
    fn counted(&self, i: usize) -> bool {
        self.counted_by(i, i)
            || (i >= 1 && self.is_count(i - 1))
            || (i >= 2 && self.norm(i - 1) == "من" && self.is_count(i - 2))
    }

    /// Whether token `i` is a number or a word for a count (ثلاثة، عشرات،
    /// أحد), not a noun for victims (مدنيين وأفراد من قوات الأمن).
    fn is_count(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Number
            || self.counted_by(i, i)
            || self.lex.count_words.contains(self.norm(i))
    }

    /// Text of tokens `s..e` from the first token's stem on (proclitics
    /// other than the article dropped), as written.
    fn surface(&self, s: usize, e: usize, skip: usize) -> (String, Span) {
        let span = Span::new(
            self.doc.tokens[s].span.start + skip,
            self.doc.tokens[e - 1].span.end,
        );
        (self.doc.slice(span).to_string(), span)
    }

    /// A named organisation after a partitive من at token `at` (… من حركة
    /// الشباب), as its mention: the entity, the end of its tokens, its span.
    fn named_group_after(&self, at: usize, sent_end: usize) -> Option<(usize, usize, Span)> {
        if at + 1 >= sent_end || self.norm(at) != "من" {
            return None;
        }
        let &(e, end, span) = self.mention_at.get(&(at + 1))?;
        let named = &self.doc.entities[e];
        (!named.nominal && named.kind == EntityType::Organization).then_some((e, end, span))
    }

    /// The noun phrase starting at token `i`, if one does.
    fn np_at(&self, i: usize, sent_end: usize) -> Option<Np> {
        let doc = self.doc;
        let governor = self.governor_before(i);
        if let Some(&(e, end, span)) = self.mention_at.get(&i) {
            // A preposition written on the name (بعصابة، للحكومة), whether or
            // not the tokenizer split it off.
            let prefix = if span.start > doc.tokens[i].span.start {
                doc.text
                    .get(doc.tokens[i].span.start..span.start)
                    .unwrap_or("")
            } else {
                ""
            };
            let bare = prefix.trim_start_matches(['و', 'ف']);
            // قوة تابعة لقوات البيشمركة: the owner named after تابعة is who
            // acts, as if ungoverned.
            let owner = i > 0
                && matches!(
                    self.norm(i - 1),
                    "تابعه" | "التابعه" | "تابع" | "التابع" | "تابعين" | "التابعين"
                );
            let clitic = !prefix.is_empty()
                && !owner
                && (self.has_prep_clitic(i) || matches!(bare, "ب" | "ل" | "ك"));
            // A role the entity layer lists as an unnamed person, with the
            // name right after it (الخبير الأمني إبراهيم آل مرعي): the name.
            if doc.entities[e].nominal && doc.entities[e].kind == EntityType::Person {
                if let Some(&(e2, end2, span2)) = self.mention_at.get(&end) {
                    let named = &doc.entities[e2];
                    if !named.nominal && named.kind == EntityType::Person {
                        return Some(Np::entity(i..end2, named, e2, span2, governor, clitic));
                    }
                }
            }
            // Unnamed fighters of a named group (مسلحين من حركة الشباب، عشرات
            // المقاتلين من حزب الله، قوات من الجيش السوري): the named group,
            // which acts or is hit.
            // Not a body (ممن أسرتهم المقاومة من ميليشيات الحوثي).
            if doc.entities[e].nominal
                && doc.entities[e].kind == EntityType::Organization
                && ["ون", "ين", "ات"]
                    .iter()
                    .any(|p| self.norm(end - 1).ends_with(p))
            {
                if let Some((e2, end2, span2)) = self.named_group_after(end, sent_end) {
                    let named = &doc.entities[e2];
                    return Some(Np::entity(i..end2, named, e2, span2, governor, clitic));
                }
            }
            // An unnamed group the entity layer found as one word (مسلحون)
            // takes the adjective agreeing with it (مسلحون مجهولون), which
            // is no phrase of its own.
            let mut end = end;
            if end == i + 1 && end < sent_end && self.agreeing_adjective(i, end) {
                end += 1;
            }
            return Some(Np::entity(
                i..end,
                &doc.entities[e],
                e,
                span,
                governor,
                clitic,
            ));
        }
        if self.in_mention.contains_key(&i) {
            return None;
        }
        let clitic_gov = |skip_p: Proclitics| {
            if skip_p.has(Proclitics::BI)
                || skip_p.has(Proclitics::LI)
                || skip_p.has(Proclitics::KA)
            {
                Some(Governor::Clitic)
            } else {
                governor
            }
        };
        // Demonstrative + definite noun: هذه الكتائب. Of a thing (هذا
        // الأمر، هذه الخطوة), it is an object, never an actor.
        if matches!(self.stem(i), "هذه" | "هذا" | "هولاء" | "تلك" | "ذلك")
            && i + 1 < sent_end
            && self.norm(i + 1).starts_with("ال")
            && !self.trigger_tokens[i + 1]
        {
            let skip = skip_bytes(doc, i);
            let (name, span) = self.surface(i, i + 2, skip);
            let party = self.lex.heads.longest_at(doc, i + 1).is_some();
            return Some(Np {
                start: i,
                end: i + 2,
                arg: Arg {
                    name,
                    entity: None,
                    span,
                },
                governor: clitic_gov(doc.tokens[i].proclitics),
                victim: false,
                facility: !party,
            });
        }
        let m = self.lex.heads.longest_at(doc, i)?;
        // المحكمة after a definite noun is the adjective "precise"
        // (الضربات المحكمة), not the court.
        if i > 0
            && self.norm(i) == "المحكمه"
            && self.norm(i - 1).starts_with("ال")
            && !self.in_mention.contains_key(&(i - 1))
        {
            return None;
        }
        let class = *m.value;
        if class == HeadClass::Abstract {
            return None;
        }
        let head_end = m.tokens.end;
        // A head phrase ending in a definite word (سلاح الجو) is definite too.
        let definite = m.proclitics.has(Proclitics::AL)
            || self.stem(i).starts_with("ال")
            || self.norm(i).starts_with("ال")
            || (head_end > i + 1 && self.norm(head_end - 1).starts_with("ال"));
        let gov = clitic_gov(m.proclitics);
        // Fighters of a named group in the nominative (اقتحم متشددون من
        // تنظيم الدولة): the group acts. Counted, they are its losses (قتل
        // 11 مسلحا من تنظيم داعش، لقي خمسة مقاتلين من حركة الشباب
        // مصرعهم): the group is hit, as for its members (عناصر من داعش).
        let named_group = (class == HeadClass::Head
            && head_end == i + 1
            && (self.norm(i).ends_with("ون") || self.norm(i).ends_with("ات") || self.counted(i)))
        .then(|| self.named_group_after(head_end, sent_end))
        .flatten();
        if let Some((e, end, span)) = named_group {
            return Some(Np::entity(i..end, &doc.entities[e], e, span, gov, false));
        }
        match class {
            HeadClass::Title => {
                // A role standing for a named person or body right after it;
                // the person when both follow (النائب عن ائتلاف الوطنية
                // محمود المشهداني).
                let mut found: Option<(usize, usize, Span)> = None;
                // Also with a clitic the tokenizer left on (بالرئيس).
                // A title with a possessive pronoun (نظيره، نظيرتها) is
                // definite too: no construct with a name after it.
                let definite_title = definite
                    || self
                        .norm(i)
                        .trim_start_matches(['و', 'ف', 'ب', 'ل'])
                        .starts_with("ال")
                    || with_possessive(doc.token_text(&doc.tokens[head_end - 1]));
                // A chain of titles (وزير العدل رئيس المجلس الأعلى للقضاء
                // الدكتور وليد الصمعاني) reaches the name after the last one.
                let mut reach = (head_end + 6).min(sent_end);
                // A person set off by commas right after it (رئيس حكومة
                // الاحتلال، بنيامين نتنياهو،) holds it, in apposition: only
                // past words of the title (حكومة الاحتلال، العام للأمم
                // المتحدة), not past a verb (الرئيس قد التقى بنظيره، باراك
                // أوباما،), nor after a title governed by a preposition left
                // on it (بوزارة الطاقة، انجلينا مانج،: the minister before it).
                let title_word = |k: usize| {
                    let w = self.norm(k);
                    let definite = w.starts_with("ال") || w.starts_with("لل");
                    definite
                        || (self.doc.tokens[k].proclitics.0 == 0
                            && !w.starts_with(['ب', 'ل', 'ك'])
                            && !self.trigger_tokens[k]
                            && !is_function_word(w))
                };
                let joined = self.norm(i).starts_with(['ب', 'ل', 'ك']);
                let mut j = head_end;
                while j < reach {
                    if found.is_none()
                        && is_comma(doc, j)
                        && j <= head_end + 3
                        && !joined
                        && (head_end..j).all(title_word)
                    {
                        if let Some(&(e, end, span)) = self.mention_at.get(&(j + 1)) {
                            let closed = end >= sent_end || is_boundary(doc, end);
                            if doc.entities[e].kind == EntityType::Person && closed {
                                found = Some((e, end, span));
                            }
                        }
                        break;
                    }
                    // Nor past من: who is asked or where from (طلب الرئيس
                    // من وزير الخارجية عادل الجبير).
                    if is_boundary(doc, j) || self.norm(j) == "من" {
                        break;
                    }
                    if let Some((role, end)) = self.role(j) {
                        // A place the office is for (المبعوث الخاص للأمم
                        // المتحدة إلى سورية ستافان دي ميستورا): part of the title.
                        let place_end = (role == Role::Recipient && self.norm(j) == "الي")
                            .then(|| self.mention_at.get(&end))
                            .flatten()
                            .filter(|&&(e, _, _)| doc.entities[e].kind == EntityType::Location)
                            .map(|&(_, mend, _)| mend);
                        let Some(mend) = place_end else { break };
                        j = mend;
                        reach = (mend + 6).min(sent_end);
                        continue;
                    }
                    // A counterpart (التقى الوزير نظيره سيرغي لافروف) is
                    // another person: no title of this one.
                    if self.counterpart_at(j) {
                        break;
                    }
                    if found.is_none() && self.title_at(j) {
                        reach = (j + 6).min(sent_end);
                    }
                    if let Some(&(e, end, span)) = self.mention_at.get(&j) {
                        match doc.entities[e].kind {
                            // A person right after an office in construct
                            // names whose office it is (سفير خادم الحرمين
                            // الشريفين نبيل آل صالح): the holder comes after.
                            EntityType::Person if j == head_end && !definite_title => {
                                // The owner's title and name may be two
                                // mentions of one person (مبعوث رئيس الوزراء
                                // العراقي حيدر العبادي مستشار الأمن الوطني
                                // فالح الفياض): both are the owner's.
                                j = end;
                                while let Some(&(e2, end2, _)) = self.mention_at.get(&j) {
                                    if e2 != e {
                                        break;
                                    }
                                    j = end2;
                                }
                                reach = (end + 6).min(sent_end);
                                continue;
                            }
                            EntityType::Person => {
                                found = Some((e, end, span));
                                break;
                            }
                            EntityType::Organization if found.is_none() => {
                                found = Some((e, end, span));
                            }
                            _ => {}
                        }
                    }
                    j += 1;
                }
                if let Some((e, end, span)) = found {
                    return Some(Np {
                        start: i,
                        end,
                        arg: Arg {
                            name: doc.entities[e].name.clone(),
                            entity: Some(e),
                            span,
                        },
                        governor: gov,
                        victim: false,
                        facility: false,
                    });
                }
            }
            HeadClass::Member => {
                // The group may stand in quotation marks (عناصر “داعش”) or
                // after a partitive من (أفراد من قوة حرس الحدود).
                // Not counted ones (قتل ثلاثة عناصر من الفصائل): victims.
                let partitive =
                    head_end + 1 < sent_end && self.norm(head_end) == "من" && !self.counted(i);
                let next = if head_end + 1 < sent_end
                    && (partitive || opens_name(doc.token_text(&doc.tokens[head_end])))
                {
                    head_end + 1
                } else {
                    head_end
                };
                if next < sent_end {
                    if let Some(mut np) = self.np_at(next, sent_end) {
                        // A name in quotation marks that the entity layer
                        // took for a place or a thing («ولاية سيناء»): the
                        // members stay the phrase.
                        let quoted_place = next > head_end
                            && np.arg.entity.is_some_and(|e| {
                                matches!(
                                    doc.entities[e].kind,
                                    EntityType::Location | EntityType::Misc
                                )
                            });
                        if (np.governor.is_none() || partitive) && !quoted_place {
                            np.start = i;
                            np.governor = gov;
                            return Some(np);
                        }
                    }
                }
            }
            // A body named in quotation marks or brackets after its head
            // (تنظيم «داعش»، حركة "حماس"، تنظيم (داعش)): the body the entity
            // layer found.
            HeadClass::Head
                if head_end + 1 < sent_end && opens_name(doc.token_text(&doc.tokens[head_end])) =>
            {
                if let Some(&(e, end, span)) = self.mention_at.get(&(head_end + 1)) {
                    // Closed right after the name: a mark after the head may
                    // instead close a quote (ما دمرته قوات» الحوثيين).
                    let closed = end < sent_end && closes_name(doc.token_text(&doc.tokens[end]));
                    if closed
                        && matches!(
                            doc.entities[e].kind,
                            EntityType::Organization | EntityType::Person
                        )
                        && !doc.entities[e].nominal
                    {
                        return Some(Np::entity(i..end, &doc.entities[e], e, span, gov, false));
                    }
                }
            }
            HeadClass::Head | HeadClass::Facility | HeadClass::Abstract => {}
        }
        // Head and modifiers.
        let mut end = head_end;
        // The named person or body a force belongs to, in construct.
        let mut owner: Option<usize> = None;
        // A one-word mention that is a nisba adjective (الجيش الليبي،
        // القوات السورية) modifies the head; the entity layer may list it
        // as a person or a place.
        let nisba = |j: usize| {
            let n = self.norm(j);
            self.mention_at
                .get(&j)
                .is_some_and(|&(_, end, _)| end == j + 1)
                && n.starts_with("ال")
                && (n.ends_with('ي') || n.ends_with("يه"))
                && n.chars().count() > 4
        };
        // No و, ب, ل or ف on the word: it is joined to the phrase, not
        // another phrase or governed.
        let unjoined = |j: usize| {
            doc.tokens[j].proclitics.0
                & (Proclitics::WA | Proclitics::BI | Proclitics::LI | Proclitics::FA)
                == 0
        };
        let modifier_ok = |j: usize| {
            j < sent_end
                && doc.tokens[j].kind == TokenKind::Arabic
                && !self.trigger_tokens[j]
                && !self.in_time(j)
                && self.role(j).is_none()
                && ((!self.mention_at.contains_key(&j) && !self.in_mention.contains_key(&j))
                    || nisba(j))
                && unjoined(j)
                && !self.lex.victims.contains(self.norm(j))
                && !is_function_word(self.norm(j))
        };
        // A noun with a pronoun suffix (سترته، غاراتها) ends a phrase: it is
        // no adjective and takes no genitive (فجر انتحاري سترته الناسفة).
        let suffixed = |j: usize| {
            let w = doc.token_text(&doc.tokens[j]);
            w.ends_with('ه') && !w.ends_with("الله") && w.chars().count() > 3
        };
        // An indefinite sound plural (مستوطنون، مسلحين) is in no construct
        // (that would be مستوطنو): what follows it is an adjective agreeing
        // with it (مسلحون مجهولون) or the start of something else (هاجم
        // مستوطنون منزل عائلة، فتح معارضون النار).
        let sound_plural = !definite
            && head_end == i + 1
            && (self.norm(i).ends_with("ون") || self.norm(i).ends_with("ين"));
        if sound_plural {
            if modifier_ok(end) && self.agreeing_adjective(i, end) {
                end += 1;
            }
        } else if definite {
            // Two definite nouns side by side are no construct: the second
            // is an adjective, not a noun in ـاء (طلب من الأهالي الهدوء، دعا
            // الرئيس الأهالي الخبراء).
            while end < head_end + 2
                && modifier_ok(end)
                && self.norm(end).starts_with("ال")
                && !self.norm(end).ends_with('ء')
                // A second one is an adjective too: a nisba, a participle
                // or a word of rank and time (الرئيس الأمريكي السابق، القوات
                // العراقية المشتركة), not the object (بحث مع الرئيس الروسي
                // الأزمة السورية).
                && (end == head_end || adjective_like(self.norm(end)))
            {
                end += 1;
            }
        } else if let Some(&(e, mend, _)) = self
            .mention_at
            .get(&end)
            .filter(|_| class == HeadClass::Head && end < sent_end)
            .filter(|&&(e, _, _)| doc.entities[e].kind == EntityType::Location)
        {
            // A force or body of a place (شرطة المنطقة الشرقية، قوات
            // سوريا الديمقراطية): the whole phrase names it.
            let _ = e;
            end = mend.min(sent_end);
            while end < sent_end && modifier_ok(end) && nisba(end) {
                end += 1;
            }
        } else if let Some(&(e, mend, _)) = self
            .mention_at
            .get(&end)
            .filter(|_| class == HeadClass::Head && end < sent_end && unjoined(end))
            .filter(|&&(e, _, _)| {
                matches!(
                    doc.entities[e].kind,
                    EntityType::Person | EntityType::Organization
                ) && !doc.entities[e].nominal
            })
        {
            // A force or body of a named person or group, in construct
            // (قوات صالح، قوات المقاومة الشعبية، حكومة حيدر العبادي): the
            // whole phrase, standing for them; not the bare head.
            end = mend.min(sent_end);
            owner = Some(e);
        } else if let Some(mend) = (class == HeadClass::Head
            // Not a building where something happened (انفجرت سيارة أمام
            // مديرية صحة صلاح الدين): its place is the event's.
            && (i == 0
                || !matches!(
                    self.norm(i - 1),
                    "امام" | "قرب" | "داخل" | "خارج" | "عند" | "مقابل" | "في"
                )))
        .then(|| {
            // …and of a unit of the place, in construct before it (قوات
            // قطاع تأمين شمال سيناء، قوات أمن محافظة X).
            (end..(end + 2).min(sent_end))
                .take_while(|&j| {
                    modifier_ok(j)
                        && !self.norm(j).starts_with("ال")
                        && !suffixed(j)
                        && self.norm(j).chars().count() > 2
                })
                .find_map(|j| {
                    self.mention_at
                        .get(&(j + 1))
                        .filter(|&&(e, _, _)| doc.entities[e].kind == EntityType::Location)
                        .map(|&(_, mend, _)| mend)
                })
        })
        .flatten()
        {
            end = mend.min(sent_end);
        } else if modifier_ok(end) && self.norm(end).starts_with("ال") {
            // Construct state: قوات النظام، قوات الأمن الخاصة.
            end += 1;
            if modifier_ok(end) && self.norm(end).starts_with("ال") {
                end += 1;
            }
        } else if let Some(k) = (end..(end + 3).min(sent_end))
            .take_while(|&j| {
                let w = self.norm(j);
                // A nisba adjective (حقوقية، دولية) ends an indefinite
                // phrase: no genitive follows it (منظمات حقوقية دولية الحكم).
                // Not a noun in ـاية (حماية، ولاية).
                let nisba = !w.starts_with("ال")
                    && ["يه", "يين", "يون"].iter().any(|e| w.ends_with(e))
                    && !w.ends_with("ايه")
                    && w.chars().count() >= 5;
                modifier_ok(j)
                    && !nisba
                    && (w.starts_with("ال") || (!w.starts_with('م') && !suffixed(j)))
            })
            .find(|&j| self.norm(j).starts_with("ال"))
        {
            end = k + 1; // a construct chain: كتائب سيد الشهداء
        } else if modifier_ok(end)
            && !self.norm(end).starts_with("ال")
            && self.norm(end).chars().count() > 2
            && !suffixed(end)
            && modifier_word(self.norm(end))
            // After a head that ends in its adjective (مجموعة مسلحة) only
            // another adjective: participle or nisba (مجموعة ارهابية
            // مسلحة), not the object (هاجمت مجموعة مسلحة نقطة تفتيش).
            && (head_end == i + 1 || strict_adjective(self.norm(end)))
        {
            end += 1; // فصيل مسلح، مسلحون مجهولون
                      // غير + adjective: منظمات غير حكومية.
            if self.norm(end - 1) == "غير" && modifier_ok(end) && !self.norm(end).starts_with("ال")
            {
                end += 1;
            }
        }
        if class == HeadClass::Title {
            // A title followed by a name the entity layer missed: الرئيس الأمريكي جو بايدن.
            let name_end = (end..(end + 3).min(sent_end))
                .take_while(|&j| {
                    modifier_ok(j)
                        && !self.norm(j).starts_with("ال")
                        // Nor a word with ل (وكيل أعمال اللاعب لمناقشة،
                        // رئيس تنفيذي لشركة توشيبا), nor the general of an
                        // office (مساعد مدير عام حرس الحدود).
                        && !self.norm(j).starts_with('ل')
                        && self.norm(j) != "عام"
                        // Nor an adverb (نظيره الفرنسي عشية زيارة).
                        && !is_adverb(self.norm(j))
                        && !self.cue_starts(j)
                        // Another title or head is no name (الرئيس المصري وزير
                        // الخارجية الأمريكي: two parties).
                        && self.lex.heads.longest_at(doc, j).is_none()
                })
                .last();
            if let Some(ne) = name_end {
                let (name, span) = self.surface(end, ne + 1, 0);
                return Some(Np {
                    start: i,
                    end: ne + 1,
                    arg: Arg {
                        name,
                        entity: None,
                        span,
                    },
                    governor: gov,
                    victim: false,
                    facility: false,
                });
            }
        }
        let facility = class == HeadClass::Facility;
        let skip = marsad_text::phrases::original_offset(
            doc.token_text(&doc.tokens[i]),
            self.norm(i).len() - strip_article_len(self.norm(i), m.proclitics),
        );
        let (name, span) = self.surface(i, end, skip);
        // Linked to its owner, the phrase has the owner's name, as every
        // linked argument has its entity's.
        let name = owner.map_or(name, |e| doc.entities[e].name.clone());
        Some(Np {
            start: i,
            end,
            arg: Arg {
                name,
                entity: owner,
                span,
            },
            governor: gov,
            victim: false,
            facility,
        })
    }

    /// Whether token `i` lies inside a time expression.
    fn in_time(&self, i: usize) -> bool {
        let sp = self.doc.tokens[i].span;
        let times = &self.doc.times;
        if self.times_sorted {
            let k = times.partition_point(|t| t.span.start <= sp.start);
            k > 0 && times[k - 1].span.end >= sp.end
        } else {
            times
                .iter()
                .any(|t| t.span.start <= sp.start && sp.end <= t.span.end)
        }
    }

    /// Whether token `j` is an adjective agreeing with the indefinite sound
    /// plural at `i` (مسلحون مجهولون، معارضين سوريين): indefinite, a sound
    /// plural too, no name and no preposition on it.
    fn agreeing_adjective(&self, i: usize, j: usize) -> bool {
        let (head, w) = (self.norm(i), self.norm(j));
        let plural = |w: &str| w.ends_with("ون") || w.ends_with("ين");
        // Broken plurals that describe people (ناشطين أكراد، مستوطنون يهود).
        let described = matches!(
            w,
            "اكراد"
                | "عرب"
                | "اجانب"
                | "شباب"
                | "يهود"
                | "صهاينه"
                | "اتراك"
                | "افارقه"
                | "جدد"
        );
        !head.starts_with("ال")
            && plural(head)
            && ((plural(w) && modifier_word(w)) || described)
            && !w.starts_with("ال")
            && self.doc.tokens[j].kind == TokenKind::Arabic
            && self.doc.tokens[j].proclitics.0 == 0
            && !self.mention_at.contains_key(&j)
            && !self.in_mention.contains_key(&j)
            && !self.trigger_tokens[j]
            && self.role(j).is_none()
    }

    /// Whether one quantity holds tokens `i` and `k`: a count and the noun
    /// it counts (ثلاث منظمات، 500 متظاهر), not a noun a count already holds
    /// (عدد من قادة التنظيم) nor a dual and what follows it (دبابتين وعربتي).
    fn counted_by(&self, i: usize, k: usize) -> bool {
        let (a, b) = (self.doc.tokens[i].span, self.doc.tokens[k].span);
        let holds = |q: &marsad_core::Quantity| q.span.start <= a.start && b.end <= q.span.end;
        let qs = &self.doc.quantities;
        if self.quantities_sorted {
            let n = qs.partition_point(|q| q.span.start <= a.start);
            n > 0 && holds(&qs[n - 1])
        } else {
            qs.iter().any(holds)
        }
    }

    /// A title with a possessive pronoun at token `i` (نظيره، نظيرتها):
    /// another person than the one before it, the one met.
    fn counterpart_at(&self, i: usize) -> bool {
        self.title_at(i) && with_possessive(self.doc.token_text(&self.doc.tokens[i]))
    }

    /// Whether a title (رئيس، وزير، نائب) or an honorific (الدكتور، الشيخ،
    /// الأمير) starts at token `i`: a chain of them still leads to a name.
    fn title_at(&self, i: usize) -> bool {
        matches!(
            self.lex.heads.longest_at(self.doc, i).map(|m| *m.value),
            Some(HeadClass::Title)
        ) || matches!(
            self.stem(i),
            "دكتور"
                | "الدكتور"
                | "شيخ"
                | "الشيخ"
                | "امير"
                | "الامير"
                | "مهندس"
                | "المهندس"
                | "لواء"
                | "اللواء"
                | "فريق"
                | "الفريق"
                | "عميد"
                | "العميد"
                | "عقيد"
                | "العقيد"
                | "سمو"
                | "معالي"
                | "فضيله"
                | "سعاده"
        )
    }

    /// The last force or public body of the sentence before
    /// ([`DocIndex::prev_force`]), looked for on first use.
    fn prev_force(&self) -> Option<Arg> {
        let range = match &*self.prev_force.borrow() {
            PrevForce::Found(arg) => return arg.clone(),
            PrevForce::In(range) => range.clone(),
        };
        let found = last_force(self, &self.phrases(range));
        *self.prev_force.borrow_mut() = PrevForce::Found(found.clone());
        found
    }

    /// Whether a modality or speech cue starts at token `i`.
    fn cue_starts(&self, i: usize) -> bool {
        self.cue_at.binary_search_by_key(&i, |c| c.0).is_ok()
    }

    /// Whether a verb of speech starts at token `i` (أعلن، قال، أكد); not
    /// the noun بيان, which opens no clause.
    fn speech_starts(&self, i: usize) -> bool {
        self.stem(i) != "بيان"
            && self
                .cues_from(i)
                .take_while(|c| c.0 == i)
                .any(|c| c.2.iter().any(|cue| cue.modality == "speech"))
    }

    /// The role word right before token `i`, if one governs it.
    fn governor_before(&self, i: usize) -> Option<Governor> {
        // A multi-word role ending right before i (من قبل، على يد).
        for back in 1..=3 {
            if back > i {
                break;
            }
            if let Some((role, end)) = self.role(i - back) {
                let prepositional = matches!(
                    role,
                    Role::Recipient
                        | Role::Agent
                        | Role::Compound
                        | Role::Between
                        | Role::Place
                        | Role::CoAgent
                );
                if end == i && prepositional {
                    return Some(Governor::Role(role));
                }
            }
        }
        None
    }

    /// Noun phrases of a sentence, left to right, not overlapping.
    fn phrases(&self, range: std::ops::Range<usize>) -> Vec<Np> {
        let mut out = Vec::new();
        let mut i = range.start;
        // A bomber (انتحاري) is a trigger of its own, as the device is; right
        // after a verb of attack it is that verb's subject (فجر انتحاري
        // سترته), not the adjective of an attack noun (الهجوم الانتحاري).
        let bomber = |i: usize| i > range.start && self.bomber_tokens[i];
        while i < range.end {
            if !self.trigger_tokens[i] || self.mention_at.contains_key(&i) || bomber(i) {
                if let Some(mut np) = self.np_at(i, range.end) {
                    // Counted or indefinite victims (قتل 5 جنود، أصيب جنود):
                    // not soldiers named by their force (جنود الاحتلال،
                    // عناصر من الشرطة) nor definite ones (أطلق الجنود النار).
                    let of_force = np.arg.span.start >= self.doc.tokens[np.start].span.end;
                    let definite = self.norm(np.start).starts_with("ال");
                    np.victim |= self.is_victim(np.start)
                        && np.arg.entity.is_none()
                        && (self.counted(np.start) || !(of_force || definite));
                    // A country's name right after a victim noun is its
                    // nisba in the accusative (جنديا أوكرانيا قتل): the victim.
                    np.victim |= np.start > range.start
                        && self.is_victim(np.start - 1)
                        && self.doc.tokens[np.start].proclitics.0 == 0
                        && np
                            .arg
                            .entity
                            .is_some_and(|e| self.doc.entities[e].kind == EntityType::Location);
                    i = np.end.max(i + 1);
                    out.push(np);
                    continue;
                }
            }
            i += 1;
        }
        out
    }
}

/// A word for a member of a force (matching form, without the article):
/// جندي، جنود، عسكريين، شرطي، ضابط.
fn is_soldier_word(w: &str) -> bool {
    let w = w.strip_prefix("ال").unwrap_or(w);
    ["جندي", "جنود", "عسكري", "شرطي", "ضابط", "ضباط"]
        .iter()
        .any(|s| w.starts_with(s))
}

/// Whether an indefinite word (matching form) after a head can modify it:
/// an adjective (مسلح، مجهولون، سعودي، أكراد) or a noun in construct
/// (مكتب عمل، مطار شرورة); not a verb (انتحاري يعتقد، جماعة قالت), a
/// preposition the tokenizer left on (انتحاري بجرار), an accusative of
/// its own (انتحاريون عددا) or a pronoun-suffixed word (مقاتلين بينهم).
/// Whether a word has an adjective's shape: a participle (م…) or a nisba.
fn strict_adjective(w: &str) -> bool {
    w.starts_with('م') || ["ي", "يه", "يون", "يين"].iter().any(|e| w.ends_with(e))
}

fn modifier_word(w: &str) -> bool {
    if strict_adjective(w) || w.ends_with("يا") {
        return true;
    }
    !(w.ends_with('ا')
        || w.starts_with(['ي', 'ب', 'ل'])
        || w.ends_with("هم")
        || w.ends_with("هما")
        || matches!(w, "قال" | "قالت" | "كان" | "كانت" | "كانوا" | "كانا"))
}

/// Bytes of proclitics (not the article) to skip in the original token.
fn skip_bytes(doc: &Document, i: usize) -> usize {
    let t = &doc.tokens[i];
    let norm = doc.norm(t);
    marsad_text::phrases::original_offset(
        doc.token_text(t),
        norm.len() - strip_article_len(norm, t.proclitics),
    )
}

/// Length in bytes of `norm` from where the name starts: proclitics و ف ب
/// ل ك are cut, the article kept (لل keeps one ل as ال's).
fn strip_article_len(norm: &str, p: Proclitics) -> usize {
    let mut at = 0;
    let letters = [
        Proclitics::WA,
        Proclitics::FA,
        Proclitics::BI,
        Proclitics::KA,
    ]
    .iter()
    .filter(|&&f| p.has(f))
    .count();
    at += letters * 2;
    if p.has(Proclitics::LI) {
        at += 2;
    }
    let rest = &norm[at.min(norm.len())..];
    if p.has(Proclitics::LI) && p.has(Proclitics::AL) && !rest.starts_with("ال") {
        // للعراق: the ل of ال is shared; the name starts after لل.
        return rest.len().saturating_sub(2);
    }
    rest.len()
}

/// A word set by a data file of one word a line, loaded into `set` once.
type WordSet = std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>>;

fn listed(set: &'static WordSet, file: &'static str, w: &str) -> bool {
    set.get_or_init(|| marsad_text::lexicon::lines(file).collect())
        .contains(w)
}

/// Function words that never begin or extend an actor phrase nor are
/// taken for a name (`data/function_words.txt`), and a preposition with a
/// pronoun (فيه، عليها).
fn is_function_word(w: &str) -> bool {
    static WORDS: WordSet = WordSet::new();
    listed(&WORDS, include_str!("../data/function_words.txt"), w)
        || clitics::is_preposition_with_pronoun(w)
}

/// Whether a definite word reads as an adjective: a nisba (الأمريكي،
/// العراقية), a participle (المشتركة، المكلف) or a word of rank and time
/// (`data/adjectives.txt`: السابق، الجديد، العام).
fn adjective_like(w: &str) -> bool {
    static WORDS: WordSet = WordSet::new();
    let bare = w.strip_prefix("ال").unwrap_or(w);
    // A participle of four letters at least: ماء، مدى are nouns.
    let short_participle = bare.starts_with('م') && bare.chars().count() < 4;
    (strict_adjective(bare) && !short_participle)
        || listed(&WORDS, include_str!("../data/adjectives.txt"), bare)
}

/// An adverb of time or place (`data/adverbs.txt`: عشية، قبيل، صباح، أمام).
fn is_adverb(w: &str) -> bool {
    static WORDS: WordSet = WordSet::new();
    listed(&WORDS, include_str!("../data/adverbs.txt"), w)
}

/// The named entity types an actor can be: not a work or event (MISC),
/// not a place below a country (see [`sublocation`]).
fn actor_like(ix: &DocIndex, a: &Arg) -> bool {
    !pronoun_like(&a.name)
        && a.entity
            .map(|e| ix.doc.entities[e].kind != EntityType::Misc)
            .unwrap_or(true)
        && !sublocation(ix, a)
}

/// Whether token `j` is a force or members with a possessive pronoun
/// (قواته، عناصرها، مقاتليه، مقاتلوه): a party's own.
fn own_forces(ix: &DocIndex, j: usize) -> bool {
    let w = ix.stem(j);
    ["هما", "هم", "ها", "ه"].iter().any(|p| {
        w.strip_suffix(p).is_some_and(|base| {
            base.chars().count() > 2
                && (ix.lex.force_words.contains(base)
                    // The construct form before the pronoun (مقاتلي + ه).
                    || ix.lex.force_words.contains(&format!("{base}ن")))
        })
    })
}

/// The body that speaks the words a trigger stands in (its quote's
/// speaker), when the entity layer lists it as an organization (named
/// or not: الجيش): its mention nearest before the trigger.
fn quote_speaker_body(ix: &DocIndex, h: &Hit) -> Option<Arg> {
    let doc = ix.doc;
    let speaker = ix.quote_around(h.span)?.speaker.as_deref()?;
    let e = doc
        .entities
        .iter()
        .position(|e| e.name == speaker && e.kind == EntityType::Organization)?;
    let span = doc.entities[e]
        .mentions
        .iter()
        .filter(|m| m.end <= h.span.start)
        .max_by_key(|m| m.start)?;
    Some(Arg {
        name: speaker.to_string(),
        entity: Some(e),
        span: *span,
    })
}

/// Whether a phrase names who reports events (`reporters.txt`: مصادر
/// محلية، المرصد السوري، شهود عيان) by its first word.
fn reporter(ix: &DocIndex, a: &Arg) -> bool {
    first_word_in(a, &ix.lex.reporters) || {
        // Or a medium named right after its kind (صحيفة غارديان).
        let k = ix
            .doc
            .tokens
            .partition_point(|t| t.span.start < a.span.start);
        let place = a
            .entity
            .is_some_and(|e| ix.doc.entities[e].kind == EntityType::Location);
        k > 0 && medium_word(ix.norm(k - 1)) && !place
    }
}

/// A word for a kind of news medium (صحيفة، قناة، وكالة), in matching
/// form: with a name after it, the two are one phrase in apposition
/// (صحيفة غارديان), not a noun and its genitive.
fn medium_word(w: &str) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    let w = w.strip_prefix("ال").unwrap_or(w);
    matches!(
        w,
        "صحيفه" | "جريده" | "مجله" | "قناه" | "وكاله" | "اذاعه" | "تلفزيون" | "فضائيه"
    )
}

/// Whether a phrase's first word, in matching form without the article,
/// is in `words`.
fn first_word_in(a: &Arg, words: &rustc_hash::FxHashSet<String>) -> bool {
    let first = a.name.split_whitespace().next().unwrap_or("");
    let w = marsad_text::normalize(first);
    words.contains(w.strip_prefix("ال").unwrap_or(&w))
}

/// A preposition with a pronoun (فيه، عليها، منهم): never a name, whatever
/// the entity layer made of it.
fn pronoun_like(name: &str) -> bool {
    let w = marsad_text::normalize(name.trim());
    !w.contains(' ')
        && (clitics::is_preposition_with_pronoun(&w)
            || particle_with_pronoun(&w)
            || adverb_with_pronoun(&w))
}

/// A particle carrying a pronoun (لكنه دعا، إنها، لأنهم): the subject it
/// stands for is named elsewhere.
fn particle_with_pronoun(w: &str) -> bool {
    with_pronoun(w, &["لكن", "ان", "لان", "لعل"])
}

/// An adverbial word carrying a pronoun (خلاله، عبرها، بعدها، ضدهم): it
/// points at something named before, never a party itself.
fn adverb_with_pronoun(w: &str) -> bool {
    with_pronoun(
        w,
        &[
            "خلال", "عبر", "بعد", "قبل", "ضد", "نحو", "دون", "حول", "تجاه", "لدي", "عند",
        ],
    )
}

/// Whether normalized `w` (after و or ف) is one of `heads` with an
/// attached pronoun.
fn with_pronoun(w: &str, heads: &[&str]) -> bool {
    let w = w.strip_prefix(['و', 'ف']).unwrap_or(w);
    heads.iter().any(|p| {
        w.strip_prefix(p).is_some_and(|rest| {
            matches!(
                rest,
                "ه" | "ها" | "هم" | "هما" | "هن" | "ني" | "نا" | "ك" | "كم"
            )
        })
    })
}

/// A place named after a place noun of `places.txt` (بلدة البحصة، منطقة
/// المضيق، محافظة الأنبار): where an event happens, not who acts or suffers.
/// Countries and capitals stand for governments and stay actors.
fn sublocation(ix: &DocIndex, a: &Arg) -> bool {
    let Some(e) = a.entity else { return false };
    let doc = ix.doc;
    if doc.entities[e].kind != EntityType::Location {
        return false;
    }
    let places = &ix.lex.places;
    let first = a.name.split_whitespace().next().unwrap_or("");
    let named = |w: &str| {
        let w = marsad_text::normalize(w);
        places.contains(w.strip_prefix("ال").unwrap_or(&w)) || places.contains(&w)
    };
    if named(first) {
        return true;
    }
    let t = doc.token_at_or_after(a.span.start);
    if t == 0 || t > doc.tokens.len() {
        return false;
    }
    // The mention's own text, then the word before it.
    let own = doc.slice(a.span).split_whitespace().next().unwrap_or("");
    if named(own) {
        return true;
    }
    places.contains(ix.stem(t - 1)) || places.contains(ix.norm(t - 1))
}

/// The detector's probability from which an attack or protest with a place
/// or a date is a record though it names no party.
const SURE_DETECTION: f32 = 0.8;

impl CodedEvent {
    /// Whether the event makes a record of who did what to whom: it names
    /// a party, or counts the dead or injured (بانفجار في بغداد قتل شخصان).
    /// The others (a fight in a plain, a war since 2011) still tell a
    /// sentence's detector what the sentence reports, but a document's
    /// records leave them out: on the dev articles none of them was an
    /// event the annotators listed. An attack or protest the sentence
    /// detector is sure of, with a place or a date, is a record even with
    /// no party named ("قتل شرطي بالرصاص الخميس في دياربكر", "تصاعدت أمس
    /// التظاهرات في بغداد"): in two audits of unseen conflict news such
    /// events were real and lost.
    pub fn is_record(&self) -> bool {
        !self.actor.is_empty()
            || !self.recipient.is_empty()
            || self.counts.has_casualties()
            || (self.place_taken && self.place.is_some())
            || (matches!(self.kind, "ASSAULT" | "PROTEST")
                && self.confidence >= SURE_DETECTION
                && (self.place.is_some() || self.date.is_some()))
    }
}

/// Codes the events of a document that the text, entity, time, quantity and
/// quote layers have annotated. Sorted by trigger position.
///
/// ASSAULT and PROTEST pass the learned sentence detector ([`crate::detect`]).
pub fn code_events(doc: &Document) -> Vec<CodedEvent> {
    code_events_with(doc, Some(crate::detect::model()), None)
}

/// The events the rules alone code, without the learned detector.
pub fn code_events_rules(doc: &Document) -> Vec<CodedEvent> {
    code_events_with(doc, None, None)
}

/// The sentences of a document that the detector reads (those with an
/// ASSAULT or PROTEST trigger), with their features: for training it.
pub fn detector_examples(doc: &Document) -> Vec<Example> {
    let mut out = Vec::new();
    code_events_with(doc, None, Some(&mut out));
    out
}

fn code_events_with(
    doc: &Document,
    model: Option<&Model>,
    mut sink: Option<&mut Vec<Example>>,
) -> Vec<CodedEvent> {
    if doc.tokens.is_empty() {
        return Vec::new();
    }
    let mut ix = DocIndex::new(doc);
    let lex = ix.lex;
    // Trigger matches, left to right, longest first.
    // Tokens inside a stop phrase (فجر امس "dawn", وصفت "described"), with
    // where the phrase ends: a longer trigger still wins (فجرا "at dawn"
    // but فجرا نفسيهما "the two blew themselves up").
    // Only a trigger that starts where the phrase starts can be longer.
    let mut stop_end: rustc_hash::FxHashMap<usize, usize> = Default::default();
    for m in lex.stops.find_all(doc) {
        for i in m.tokens.clone() {
            let end = if i == m.tokens.start {
                m.tokens.end
            } else {
                usize::MAX
            };
            let e = stop_end.entry(i).or_insert(end);
            *e = (*e).max(end);
        }
    }
    let stopped: rustc_hash::FxHashSet<usize> = stop_end.keys().copied().collect();
    // Sentences start in text order (the text layer writes them so): a
    // binary search finds whether a token opens one.
    let sentences_sorted = doc
        .sentences
        .windows(2)
        .all(|w| w[0].tokens.start <= w[1].tokens.start);
    let opens_sentence = |i: usize| {
        if sentences_sorted {
            let k = doc.sentences.partition_point(|s| s.tokens.start < i);
            doc.sentences.get(k).is_some_and(|s| s.tokens.start == i)
        } else {
            doc.sentences.iter().any(|s| s.tokens.start == i)
        }
    };
    let mut matches = Vec::new();
    for m in lex.triggers.find_all(doc) {
        if stop_end
            .get(&m.tokens.start)
            .is_some_and(|&end| m.tokens.end <= end)
        {
            continue;
        }
        // Nor one whose last words open a stop phrase that runs past it: a
        // light verb before a noun read in its other sense (شن هجوما حادا
        // على الرئيس: a verbal attack).
        if (m.tokens.start + 1..m.tokens.end).any(|i| {
            stop_end
                .get(&i)
                .is_some_and(|&end| end != usize::MAX && end > m.tokens.end)
        }) {
            continue;
        }
        // A trigger inside a name (حركة تحرير السودان، ساحة التحرير) is no
        // event; an agent noun that heads an unnamed actor (المتظاهرون, which
        // the entity layer lists as a nominal group) still names its event.
        if (m.tokens.start..m.tokens.end).any(|i| ix.in_mention.contains_key(&i)) {
            let nominal_at_start = ix
                .mention_at
                .get(&m.tokens.start)
                .is_some_and(|&(e, _, _)| doc.entities[e].nominal);
            let agent_head = m.value.iter().any(|t| t.kind == Kind::Agent) && nominal_at_start;
            // A verb opening a clause that the entity layer read as a role
            // noun (طالب الخبير "student" for "the expert demanded").
            let s0 = m.tokens.start;
            let clause_start = s0 == 0
                || doc.tokens[s0].proclitics.has(Proclitics::WA)
                || doc.tokens[s0].proclitics.has(Proclitics::FA)
                || is_boundary(doc, s0 - 1)
                || opens_sentence(s0);
            // …when a name follows it (the real subject): وطالب الرفاعي
            // alone may be a man called طالب.
            // A title after it names one too (دان وزير الخارجية عادل الجبير).
            let name_after = ix.mention_at.get(&s0).is_some_and(|&(_, end, _)| {
                (end < doc.tokens.len() && ix.title_at(end))
                    || (end..(end + 3).min(doc.tokens.len())).any(|j| {
                        ix.mention_at.get(&j).is_some_and(|&(e2, _, _)| {
                            matches!(
                                doc.entities[e2].kind,
                                EntityType::Person | EntityType::Organization
                            )
                        })
                    })
            });
            // A one-word person read from a verb, before an actor head or a
            // word with the article outside the name (ودان الأهالي الجريمة،
            // دان وجهاء المحافظة): the verb and its subject.
            let subject_follows = ix.mention_at.get(&s0).is_some_and(|&(e, end, _)| {
                end == s0 + 1
                    && doc.entities[e].kind == EntityType::Person
                    && end < doc.tokens.len()
                    && !is_boundary(doc, end)
                    && (ix.lex.heads.longest_at(doc, end).is_some()
                        || doc.tokens[end].proclitics.0 == Proclitics::AL)
            });
            let verb_head = (nominal_at_start || name_after || subject_follows)
                && clause_start
                && m.proclitics.0 & (Proclitics::AL | Proclitics::BI | Proclitics::LI) == 0
                && m.value.iter().any(|t| t.kind == Kind::Verb);
            if !agent_head && !verb_head {
                continue;
            }
        }
        // A word written with ة is a noun, never a verb with the pronoun ه
        // (واستعادة نشاطهم is no استعاده "restored it").
        let last = doc.token_text(&doc.tokens[m.tokens.end - 1]);
        if m.tokens.len() == 1
            && (last.ends_with('ة') || last.ends_with("ةً"))
            && !m
                .value
                .iter()
                .any(|t| matches!(t.kind, Kind::Noun | Kind::Agent))
        {
            continue;
        }
        // A verb takes no tanween and is not a counted noun: 130 طالبًا is
        // students, not "the two demanded" (circumstantial participles,
        // مطالبًا، داعيًا, are listed as such).
        let first = m.tokens.start;
        let tanween = doc
            .token_text(&doc.tokens[first])
            .contains(['\u{064B}', '\u{064C}', '\u{064D}']);
        let counted =
            first > 0 && doc.tokens[first - 1].kind == TokenKind::Number && !ix.in_time(first - 1);
        // After a number, a participle is the counted noun too (29 متهما:
        // 29 defendants, not "accusing").
        if (tanween || counted)
            && m.value
                .iter()
                .all(|t| t.kind == Kind::Verb && (counted || !t.hal))
        {
            continue;
        }
        // A name in quotation marks (ميليشيات "فجر ليبيا"، عملية "عاصفة
        // الحزم"): a trigger word inside it reports nothing.
        if quoted_name(doc, m.tokens.start, m.tokens.end) {
            continue;
        }
        // A name of a building or a street (مستشفى النداء، مسجد الإحسان،
        // شارع الاستقلال) that the entity layer missed.
        if m.tokens.start > 0
            && matches!(
                ix.stem(m.tokens.start - 1),
                "مستشفي"
                    | "مسجد"
                    | "جامع"
                    | "مدرسه"
                    | "شارع"
                    | "فندق"
                    | "مستوصف"
                    | "جمعيه"
            )
            && m.proclitics.has(Proclitics::AL)
        {
            continue;
        }
        // Verbs take no preposition or article: بايدن is no ب + أيد.
        let p = m.proclitics;
        let nominal = p.has(Proclitics::AL)
            || p.has(Proclitics::BI)
            || p.has(Proclitics::LI)
            || p.has(Proclitics::KA);
        if nominal
            && !m
                .value
                .iter()
                .any(|t| matches!(t.kind, Kind::Noun | Kind::Agent))
        {
            continue;
        }
        matches.push((m.tokens.clone(), m.span, m.proclitics, m.value.clone()));
    }
    split_matches(&ix, &stopped, &mut matches);
    for (r, _, _, value) in &matches {
        let violent = value.iter().any(|t| t.event == "ASSAULT" && !t.hostile);
        let sport = value.iter().any(|t| t.sport);
        let fight = value.iter().any(|t| t.event == "ASSAULT" && t.mutual);
        let blast = value.iter().any(|t| t.blast);
        for i in r.clone() {
            ix.trigger_tokens[i] = true;
            ix.violent_tokens[i] |= violent;
            ix.sport_tokens[i] |= sport;
            ix.fight_tokens[i] |= fight;
            ix.blast_tokens[i] |= blast;
        }
    }
    for i in 1..doc.tokens.len() {
        ix.bomber_tokens[i] = ix.trigger_tokens[i]
            && lex
                .triggers
                .longest_at(doc, i)
                .is_some_and(|m| m.tokens.end == i + 1 && m.value.iter().all(|t| t.instrument))
            && lex
                .triggers
                .longest_at(doc, i - 1)
                .is_some_and(|m| m.value.iter().any(|t| t.kind == Kind::Verb));
    }
    let mut out = Vec::new();
    // Undated acts told as news, with the day the narrative sets them on.
    let mut news_days: Vec<(String, (String, usize))> = Vec::new();
    let ranges: Vec<std::ops::Range<usize>> = if doc.sentences.is_empty() {
        std::iter::once(0..doc.tokens.len()).collect()
    } else {
        doc.sentences.iter().map(|s| s.tokens.clone()).collect()
    };
    let mut mi = 0;
    for (si, range) in ranges.iter().enumerate() {
        let mut hits = Vec::new();
        while mi < matches.len() && matches[mi].0.start < range.end {
            let (toks, span, procl, set) = &matches[mi];
            mi += 1;
            if toks.start < range.start {
                continue;
            }
            let prev: Option<&Hit> = hits.last();
            let after_noun = prev.is_some_and(|p| p.kind == Kind::Noun && p.end == toks.start);
            if let Some(h) = resolve(
                &ix,
                toks.clone(),
                *span,
                *procl,
                set,
                range.clone(),
                after_noun,
            ) {
                hits.push(h);
            }
        }
        if hits.is_empty() {
            *ix.prev_force.borrow_mut() = PrevForce::In(range.clone());
            // A sentence that says something (a speech cue) passes its
            // subject on; a dateline or a credit line does not.
            let says = ix
                .cues_from(range.start)
                .take_while(|c| c.0 < range.end)
                .any(|(cs, _, cues)| {
                    range.contains(cs) && cues.iter().any(|c| c.modality == "speech")
                });
            if says {
                let nps = ix.phrases(range.clone());
                if let Some(s) = first_subject(&ix, &nps, range.start, range.end) {
                    *ix.prev_subject.borrow_mut() = Some(s.arg.clone());
                    *ix.prev_speaker.borrow_mut() = Some(s.arg.clone());
                }
            }
            continue;
        }
        let nps = ix.phrases(range.clone());
        let last_force = last_force(&ix, &nps);
        let mut events: Vec<(Hit, CodedEvent)> = Vec::new();
        let mut left: Vec<Hit> = Vec::new();
        for h in hits {
            match code_hit(&ix, &h, &nps, range.clone(), si, false) {
                Some(ev) => events.push((h, ev)),
                None => left.push(h),
            }
        }
        if model.is_some() || sink.is_some() {
            detect_sentence(
                &ix,
                &mut events,
                &left,
                &nps,
                range.clone(),
                si,
                model,
                sink.as_deref_mut(),
            );
        }
        resolve_sentence(&ix, &mut events, range.clone());
        // The subject a following sentence with none of its own continues
        // (كما استهدفت …) is the one who last acted here; a sentence whose
        // acts have no actor passes on its first named subject, or nothing,
        // never a speaker from sentences before.
        let last_actor = events
            .iter()
            .filter(|(_, e)| !e.actor.is_empty())
            .max_by_key(|(_, e)| e.trigger.start)
            .map(|(_, e)| e.actor[0].clone());
        // Set after the events of all sentences are merged: a retold act
        // is one event whatever day the narrative gives each mention.
        for (h, e) in &events {
            if e.date.is_none() && told_as_news(&ix, h, range.clone()) {
                if let Some(d) = narrative_date(&ix, e) {
                    news_days.push((e.id.clone(), d));
                }
            }
        }
        out.extend(events.into_iter().map(|(_, e)| e));
        *ix.prev_force.borrow_mut() = PrevForce::Found(last_force);
        // A sentence that opens with a speech cue (وقال X إن …) passes on its
        // speaker too: the next sentence's verb of saying or asking with no
        // subject (وطالب الحكومة …) continues the speaker, not who acted in
        // what was said.
        let opens_with_speech = ix
            .cues_from(range.start)
            .take_while(|c| c.0 == range.start)
            .any(|(_, _, cues)| cues.iter().any(|c| c.modality == "speech"));
        let first = (opens_with_speech || last_actor.is_none())
            .then(|| first_subject(&ix, &nps, range.start, range.end))
            .flatten()
            .map(|s| s.arg.clone());
        *ix.prev_speaker.borrow_mut() = first.clone().filter(|_| opens_with_speech);
        *ix.prev_subject.borrow_mut() = last_actor.or(first);
    }
    merge_across_sentences(doc, &mut out);
    if !news_days.is_empty() {
        let days: rustc_hash::FxHashMap<String, (String, usize)> = news_days.into_iter().collect();
        for e in out.iter_mut().filter(|e| e.date.is_none()) {
            if let Some(day) = days.get(&e.id) {
                e.date = Some(day.clone());
            }
        }
    }
    out.sort_by_key(|e| (e.trigger.start, e.kind));
    out
}

/// Whether an act is told as the news of the day: in the past (a verb, a
/// verbal noun after تم or after a past light verb), in a main clause, not
/// in the pluperfect (وكانت القوات قد داهمت: before the day told), nor in a
/// relative clause (الذين انسحبوا، ما دمرته: background). A noun alone
/// (الاعتقالات، تعاون) names acts in general as often as the one of the day.
fn told_as_news(ix: &DocIndex, h: &Hit, range: std::ops::Range<usize>) -> bool {
    let head = match h.kind {
        _ if h.passive => h.start.saturating_sub(1).max(range.start),
        Kind::Verb | Kind::Passive if !h.trigger.present && !h.trigger.future => h.start,
        Kind::Noun => match light_verb_before(ix, h.start, range.clone()) {
            Some(j) => {
                let w = ix.norm(j);
                if ix
                    .lex
                    .present_light_verbs
                    .contains(w.strip_prefix(['و', 'ف']).unwrap_or(w))
                {
                    return false;
                }
                j
            }
            None => return false,
        },
        _ => return false,
    };
    let relative = relative_verb(ix, head, range.start)
        || (head > range.start && matches!(ix.norm(head - 1), "ما" | "مما"));
    let pluperfect = (head.saturating_sub(4).max(range.start)..head).any(|j| {
        let w = ix.norm(j);
        matches!(w.strip_prefix('و').unwrap_or(w), "كان" | "كانت" | "كانوا")
    });
    !relative && !pluperfect
}

/// The light verb a nominal trigger starting at token `at` is the object of
/// (شنت سلسلة غارات، تمكنت من تحرير، قام بتفجير), within six words before
/// it in its clause.
fn light_verb_before(ix: &DocIndex, at: usize, range: std::ops::Range<usize>) -> Option<usize> {
    (at.saturating_sub(6).max(range.start)..at)
        .rev()
        .take_while(|&j| !is_boundary(ix.doc, j) && !opens_content(ix, j))
        .find(|&j| matches!(ix.role(j), Some((Role::Support, _))))
        .or_else(|| split_support_before(ix, at, range))
}

/// A light verb whose subject stands between it and the preposition right
/// before the act at token `at` (تمكنت القوات العراقية من تحرير، نجح
/// الجيش في استعادة), within eight words in its clause. Only the act right
/// after the preposition is its object: in تمكنت الفصائل بعد سلسلة هجمات
/// من التقدم the attacks are not.
fn split_support_before(ix: &DocIndex, at: usize, range: std::ops::Range<usize>) -> Option<usize> {
    if at < range.start + 2 || ix.doc.tokens[at - 1].proclitics.0 != 0 {
        return None;
    }
    let prep = ix.norm(at - 1);
    (at.saturating_sub(9).max(range.start)..at - 1)
        .rev()
        .take_while(|&j| !is_boundary(ix.doc, j))
        .find(|&j| {
            matches!(ix.role(j), Some((Role::SupportSplit, _)))
                && ix.lex.split_support.get(ix.stem(j)).map(String::as_str) == Some(prep)
        })
}

/// The day the news around an act its own clause leaves undated is set
/// on: the last time expression before it, when that is a day of the week
/// before publication, said in the act's paragraph or in the article's
/// first sentence (حققت القوات العراقية أمس الخميس تقدما … / وقال مراسل …
/// إن القوات تمكنت من تحرير تل مشيهيدة). A later time of any other kind (a
/// year, a month, a date long past, a deadline) sets another frame and
/// stops it; what is to come, is possible or did not happen takes no day.
/// The caller asks for acts told as news ([`told_as_news`]). The date keeps
/// its evidence, the index of that time expression. Asked after the
/// detector, which reads each sentence's own dates only.
fn narrative_date(ix: &DocIndex, e: &CodedEvent) -> Option<(String, usize)> {
    let doc = ix.doc;
    let published = doc.published?;
    if !matches!(
        e.modality,
        Modality::Asserted | Modality::Claimed | Modality::Alleged
    ) {
        return None;
    }
    // The last date or time that ends before the trigger: found walking
    // back from it where the times are in text order (a long document has
    // thousands), else by a scan.
    let before = starting_within(&doc.times, ix.times_sorted, |t| t.span, 0, e.trigger.start);
    let dates = |&i: &usize| {
        let t = &doc.times[i];
        matches!(t.kind, TimeType::Date | TimeType::Time) && t.span.end <= e.trigger.start
    };
    let ti = if ix.times_sorted {
        before.rev().find(dates)
    } else {
        before
            .filter(dates)
            .max_by_key(|&i| doc.times[i].span.start)
    }?;
    let t = &doc.times[ti];
    let day = t.value.get(..10).filter(|d| {
        d.bytes().enumerate().all(|(i, b)| {
            if matches!(i, 4 | 7) {
                b == b'-'
            } else {
                b.is_ascii_digit()
            }
        })
    })?;
    if t.modifier.is_some() || date_relation(&t.value, Some(published)) != "recent" {
        return None;
    }
    let k = doc
        .sentences
        .partition_point(|s| s.span.end <= t.span.start);
    let said_in = doc.sentences.get(k)?;
    let act_in = doc.sentences.get(e.sentence)?;
    (k == 0 || said_in.paragraph == act_in.paragraph).then(|| (day.to_string(), ti))
}

/// A trigger match: its tokens, span, the proclitics stripped, its entries.
type TriggerMatch = (
    std::ops::Range<usize>,
    Span,
    Proclitics,
    crate::lexicon::TriggerSet,
);

/// Verb phrases split by their subject (أطلق مسلحون النار على، أطلقت
/// الكتائب عشرات الصواريخ، تعرض قيادي في الحركة للخطف): a verb form of an
/// entry flagged `split` whose remaining words follow within five words, with
/// no clause boundary or other trigger between, is that entry's trigger on
/// the verb alone (its subject stays outside the trigger). The first
/// remaining word may take the article (عشرات الصواريخ).
fn split_matches(
    ix: &DocIndex,
    stopped: &rustc_hash::FxHashSet<usize>,
    matches: &mut Vec<TriggerMatch>,
) {
    const GAP: usize = 5;
    let doc = ix.doc;
    let n = doc.tokens.len();
    let mut covered = vec![false; n];
    // An agent noun may be the subject a split phrase spans (قطع المحتجون
    // الطريق).
    let mut agent = vec![false; n];
    for (r, _, _, set) in matches.iter() {
        let is_agent = set.iter().all(|t| t.kind == Kind::Agent);
        for i in r.clone() {
            covered[i] = true;
            agent[i] = is_agent;
        }
    }
    let mut found: Vec<TriggerMatch> = Vec::new();
    for m in ix.lex.split_heads.find_all(doc) {
        let i = m.tokens.start;
        if m.tokens.len() != 1
            || covered[i]
            || stopped.contains(&i)
            || ix.in_mention.contains_key(&i)
            || (m.proclitics.0
                & (Proclitics::AL | Proclitics::BI | Proclitics::LI | Proclitics::KA)
                != 0
                && !m.value.iter().any(|(_, t)| t.masdar))
        {
            continue;
        }
        // The entries whose remaining words come first (أطلق الرئيس سراح
        // المعتقلين بعد وقف النار is a release, not a shooting).
        let mut set: crate::lexicon::TriggerSet = Vec::new();
        let mut nearest = usize::MAX;
        for (rest, t) in m.value {
            let fits = |k: usize| {
                k + rest.len() <= n
                    && rest.iter().enumerate().all(|(r, w)| {
                        let tn = doc.norm(&doc.tokens[k + r]);
                        tn == w || (r == 0 && tn.strip_prefix("ال") == Some(w.as_str()))
                    })
            };
            // The gap holds GAP words, not counting a name or a time set
            // off by commas (تعرضت وزيرة الطاقة، انجلينا مانج، لمحاولة اغتيال).
            let (mut k, mut left, mut aside) = (i + 1, GAP + 1, false);
            while k < n && left > 0 {
                if k > i + 1 && !aside && fits(k) && !stopped.contains(&k) {
                    if k < nearest {
                        nearest = k;
                        set.clear();
                    }
                    if k == nearest {
                        set.push(t.clone());
                    }
                    break;
                }
                if covered[k] && !agent[k] {
                    break;
                }
                if is_boundary(doc, k) {
                    if hard_boundary(ix, k) {
                        break;
                    }
                    aside = !aside;
                } else if !aside {
                    left -= 1;
                }
                k += 1;
            }
        }
        if !set.is_empty() {
            found.push((i..i + 1, m.span, m.proclitics, set));
        }
    }
    if !found.is_empty() {
        matches.extend(found);
        matches.sort_by_key(|m| m.0.start);
    }
}

/// Picks the reading of a matched trigger form that fits its context.
///
/// A form that is both a verb and a verbal noun (قتل، خطف) is the noun after
/// a preposition or a head that takes a verbal noun (في قتل، عمليات خطف،
/// قصد قتل), and in a list after a noun reading (من قتل وذبح وخطف).
fn resolve(
    ix: &DocIndex,
    toks: std::ops::Range<usize>,
    span: Span,
    procl: Proclitics,
    set: &[Trigger],
    range: std::ops::Range<usize>,
    after_noun: bool,
) -> Option<Hit> {
    let sent_end = range.end;
    // Also the second of two verbal nouns after a preposition (في كشف
    // وضبط خلايا، من رصد وتفكيك).
    let second_masdar = procl.has(Proclitics::WA)
        && toks.start >= range.start + 2
        && is_preposition(ix.norm(toks.start - 2))
        && ix.doc.tokens[toks.start - 1].kind == TokenKind::Arabic
        && ix.doc.tokens[toks.start - 1].proclitics.0 == 0
        && !ix.norm(toks.start - 1).starts_with("ال")
        // Not a name or a noun with its pronoun (في ليبيا وذبح، في أيديهم وقتل).
        && !ix.mention_at.contains_key(&(toks.start - 1))
        && !ix.in_mention.contains_key(&(toks.start - 1))
        && !["ه", "ها", "هم", "هما", "هن", "كم", "نا"]
            .iter()
            .any(|p| ix.norm(toks.start - 1).ends_with(p));
    let masdar_context = (toks.start > range.start && takes_masdar(ix.norm(toks.start - 1)))
        || (after_noun && procl.has(Proclitics::WA))
        || second_masdar;
    let nominal_clitic = procl.has(Proclitics::AL)
        || procl.has(Proclitics::BI)
        || procl.has(Proclitics::LI)
        || procl.has(Proclitics::KA)
        || (masdar_context && set.iter().any(|t| t.kind == Kind::Noun));
    let passive_before = toks.start > 0
        && matches!(ix.role(toks.start - 1), Some((Role::Passive, e)) if e == toks.start);
    // Victims right after it (قتل 5 جنود، قتل الجنود في الهجوم), unless
    // definite and uncounted with victims after them: the subject and its
    // object (قتل الجنود ثلاثة مسلحين).
    let next_victim = toks.end < sent_end
        && ix.is_victim(toks.end)
        && !(ix.norm(toks.end).starts_with("ال")
            && toks.end + 1 < sent_end
            && !ix.counted(toks.end)
            && (ix.counted_by(toks.end + 1, toks.end + 1) || ix.is_victim(toks.end + 1)));
    let pick = |k: Kind| set.iter().find(|t| t.kind == k);
    // A noun in the original script (سيطرة with ة is no سيطره "controlled
    // him"), or after a light verb (أعلنت المقاومة سيطرتها على).
    let last = ix.doc.token_text(&ix.doc.tokens[toks.end - 1]);
    let taa = toks.len() == 1 && (last.ends_with('ة') || last.ends_with("ةً"));
    let after_light = light_verb_before(ix, toks.start, range.clone()).is_some();
    let t = if nominal_clitic || ((taa || after_light) && pick(Kind::Noun).is_some()) {
        // A form V verb's past is its verbal noun too (بتعرض X لهجوم).
        pick(Kind::Noun)
            .or(pick(Kind::Agent))
            .or_else(|| set.iter().find(|t| t.masdar))?
    } else if (next_victim || (toks.len() == 1 && written_passive(last)))
        && pick(Kind::Passive).is_some()
    {
        pick(Kind::Passive)?
    } else {
        pick(Kind::Verb)
            .or(pick(Kind::Passive))
            .or(pick(Kind::Noun))
            .or(pick(Kind::Agent))?
    };
    // A past form that is also a noun of another sense is that noun after
    // a preposition (في سجن، إلى أبعد من، على نسق); who-من aside.
    if t.homograph
        && toks.start > range.start
        && procl.0 == 0
        && is_preposition(ix.norm(toks.start - 1))
        && ix.norm(toks.start - 1) != "من"
    {
        return None;
    }
    let mut trigger = t.clone();
    // The future prefix of the reading that matched, not of the token: the
    // س of سيطر is part of the verb.
    if procl.has(Proclitics::SA) && trigger.kind == Kind::Verb {
        trigger.future = true;
    }
    Some(Hit {
        start: toks.start,
        end: toks.end,
        span,
        kind: trigger.kind,
        trigger,
        passive: passive_before,
        has_passive: set.iter().any(|t| t.kind == Kind::Passive),
        clitics: procl,
    })
}

/// Whether a word is vowelled as a past passive: a damma on its first
/// letter after و/ف (قُتل، وأُصيب، قُتلوا). Present tenses are left out,
/// since their prefix takes a damma in the active too (يُدمر).
fn written_passive(word: &str) -> bool {
    // Each letter, with whether a damma follows it.
    let mut letters: Vec<(char, bool)> = Vec::new();
    for c in word.chars() {
        match c {
            '\u{064F}' => {
                if let Some(l) = letters.last_mut() {
                    l.1 = true;
                }
            }
            '\u{0640}' | '\u{064B}'..='\u{0652}' | '\u{0670}' => {}
            _ => letters.push((c, false)),
        }
    }
    let first = match letters.first() {
        Some(&('و' | 'ف', false)) => letters.get(1),
        f => f,
    };
    first.is_some_and(|&(c, damma)| damma && !matches!(c, 'ي' | 'ت' | 'ن'))
}

/// Past the office of a person named just before `from`: a title phrase
/// naming a body (نائب مدير عام إدارة الشؤون الدولية), in apposition.
fn past_office(ix: &DocIndex, nps: &[Np], mut from: usize) -> usize {
    while let Some(n) = nps
        .iter()
        .find(|n| n.start == from && ix.title_at(n.start) && names_body(ix.doc, &n.arg))
    {
        from = n.end;
    }
    from
}

/// The first named, ungoverned phrase of a clause before token `to`: the
/// subject a verb with a dropped pronoun refers to.
fn first_subject<'n>(ix: &DocIndex, nps: &'n [Np], from: usize, to: usize) -> Option<&'n Np> {
    // A name right after a noun with a preposition or the article (بصحيفة
    // عكاظ، الموافقة السامية) is its genitive.
    let genitive = |n: &Np| {
        n.start > from && {
            let j = n.start - 1;
            let t = &ix.doc.tokens[j];
            t.kind == TokenKind::Arabic
                && !ix.trigger_tokens[j]
                && !ix.cue_starts(j)
                && ix.role(j).is_none()
                && !is_function_word(ix.norm(j))
                && (ix.has_prep_clitic(j)
                    || ix
                        .doc
                        .token_text(t)
                        .trim_start_matches(['و', 'ف'])
                        .starts_with(['ب', 'ل', 'ك']))
                && !ix.norm(j).starts_with("ال")
        }
    };
    nps.iter().find(|n| {
        n.start >= from
            && n.end <= to
            && !genitive(n)
            && n.governor.is_none()
            && !n.victim
            && !n.facility
            && n.arg.entity.is_some()
            && actor_like(ix, &n.arg)
            && !(n.start > from && ix.trigger_tokens[n.start - 1])
    })
}

/// Words after which a verb-or-noun form is read as a verbal noun:
/// prepositions and nouns that govern one (في قتل، عمليات خطف، قصد قتل).
fn takes_masdar(w: &str) -> bool {
    is_preposition(w)
        || matches!(
            w,
            "تحت"
                | "بعد"
                | "قبل"
                | "خلال"
                | "دون"
                | "منذ"
                | "عقب"
                | "اثر"
                | "قصد"
                | "بهدف"
                | "بغرض"
                | "بسبب"
                | "لدي"
                | "جراء"
                | "اثناء"
                | "ابان"
                | "وسط"
                | "رغم"
                | "ازاء"
                | "حيال"
                | "بفعل"
                | "نتيجه"
                | "اجل"
                | "عمليه"
                | "عمليات"
                | "العمليه"
                | "العمليات"
                | "محاوله"
                | "محاولات"
                | "حادث"
                | "حادثه"
                | "جريمه"
                | "جرائم"
                | "قضيه"
                | "قصه"
                | "اعمال"
        )
}

/// Whether attack verb `h`, which takes its object after it, opens a
/// relative clause on an indefinite attack noun right before it, or one
/// word before with an adjective between (شن غارات استهدفت، غارات جوية
/// استهدفت): the phrase after it is what was hit.
fn after_attack_noun(ix: &DocIndex, h: &Hit, from: usize) -> bool {
    // An attack verb (not هجوم انتحاري اتهمت السلطات تنظيم الدولة, whose
    // clause has its own subject), after a word of an attack phrase with
    // no conjunction (not قتلت وذبحت العشرات: two verbs).
    if h.trigger.event != "ASSAULT" || !h.trigger.obj {
        return false;
    }
    let noun_at = |j: usize| {
        ix.trigger_tokens[j]
            && !ix.norm(j).starts_with("ال")
            && !ix.norm(j).starts_with(['و', 'ف'])
            && ix.doc.tokens[j].proclitics.0 == 0
            && ix.doc.tokens[j].kind == TokenKind::Arabic
    };
    let adjective = |j: usize| {
        let w = ix.norm(j);
        !w.starts_with("ال")
            && !ix.trigger_tokens[j]
            && ix.doc.tokens[j].proclitics.0 == 0
            && (w.ends_with("يه") || w.ends_with("يات"))
    };
    (h.start > from && noun_at(h.start - 1))
        || (h.start > from + 1 && adjective(h.start - 1) && noun_at(h.start - 2))
}

/// The first noun phrase after `from` that is not governed by a preposition,
/// within `reach` tokens and before a clause boundary or a preposition.
fn subject_after<'n>(ix: &DocIndex, nps: &'n [Np], from: usize, reach: usize) -> Option<&'n Np> {
    let np = nps
        .iter()
        .find(|n| n.start >= from && n.start < from + reach)?;
    if (from..np.start).any(|j| {
        is_boundary(ix.doc, j)
            || ix.role(j).is_some_and(|(r, _)| r != Role::Support)
            || ix.trigger_tokens[j]
            // After a preposition right after the verb it is governed
            // (يطلب من الأمين العام); not after a count (طالب عدد من المواطنين).
            || (j == from && j + 1 == np.start && is_preposition(ix.norm(j)))
            // A noun before it makes it a genitive (دمر منزل أيمن): the
            // object's owner, not the subject.
            || (j + 1 == np.start
                && ix.doc.tokens[j].kind == TokenKind::Arabic
                && !ix.norm(j).starts_with("ال")
                && !is_function_word(ix.norm(j))
                && !ix.in_time(j)
                // A count (ثلاث منظمات), not one governed (بأربعة دنانير).
                && (!ix.counted_by(j, np.start) || ix.norm(j).starts_with(['ب', 'ل', 'ك']))
                && !ix.cue_starts(j)
                && !ix.is_victim(j)
                // A medium right after the verb, before its name (انتقدت
                // صحيفة غارديان), not a canal (قناة السويس).
                && !(j == from
                    && medium_word(ix.norm(j))
                    && np.arg.entity.is_some_and(|e| {
                        ix.doc.entities[e].kind != EntityType::Location
                    }))
                && !matches!(
                    ix.norm(j),
                    "مئات" | "عشرات" | "الاف" | "الوف" | "بضعه" | "بضع" | "عده" | "عدد" | "نحو"
                        | "حوالي" | "قرابه" | "زهاء" | "اكثر" | "اقل"
                )
                && ix.doc.tokens[j].proclitics.0 == 0
                && ix.role(j).is_none())
    }) {
        return None;
    }
    // The subject's counterpart (يلتقي نظيره روي ماشيتي) is whom it meets.
    if ix.counterpart_at(np.start) {
        return None;
    }
    (np.governor.is_none() && !np.victim && !np.facility && actor_like(ix, &np.arg)).then_some(np)
}

/// A past verb in the masculine singular (طالب، هاجم) before a body or a
/// place named by a feminine noun (الحكومة الاتحادية، الشرطة، وزارة
/// الداخلية): a verb agrees with a subject after it, so the noun is its
/// object (وطالب الحكومة بالإسراع), not who acted (وطالبت الحكومة).
fn gender_clash(ix: &DocIndex, h: &Hit, np: &Np) -> bool {
    let t = &h.trigger;
    // Only a noun right after the verb (not رجال المقاومة, whose head
    // رجال is no part of the entity).
    if t.future || h.end - h.start != 1 || np.start != h.end {
        return false;
    }
    let verb = ix.norm(h.start);
    let verb = verb.strip_prefix(['و', 'ف']).unwrap_or(verb);
    // Off with an object pronoun (أدانته، أسرتهم): the ت before it marks
    // the feminine.
    let verb = ["هما", "هم", "هن", "ها", "ه", "كم", "نا", "ني"]
        .iter()
        .find_map(|p| verb.strip_suffix(p).filter(|v| v.chars().count() >= 3))
        .unwrap_or(verb);
    // A feminine verb (أدانت، تدين) before a masculine title (رئيس
    // الوزراء، الوزير، but not رئيسة، المتحدثة): the title's holder is the
    // object (اعترافات تدين رئيس الوزراء السابق نوري المالكي).
    let feminine = if t.present {
        verb.starts_with('ت')
    } else {
        verb.ends_with('ت')
    };
    // Not a plural of things, which takes the feminine (انتقدت مصادر
    // دبلوماسية المجتمع الدولي).
    let title = ix.norm(np.start);
    let things = matches!(title.strip_prefix("ال").unwrap_or(title), "مصادر");
    if feminine && ix.title_at(np.start) && !title.ends_with('ه') && !things {
        return true;
    }
    if t.present {
        return false;
    }
    let masculine = !verb.ends_with('ت') && !verb.ends_with('ا') && !verb.ends_with("ون");
    let head = ix.norm(np.start);
    let body = np.arg.entity.is_some_and(|e| {
        matches!(
            ix.doc.entities[e].kind,
            EntityType::Organization | EntityType::Location
        )
    });
    // A town or country named without the article is feminine (مصر،
    // أوروبا، طهران), as are bodies in ة; العراق، الأردن، اليمن are not.
    // Only after a verb with و/ف (وحث أوروبا على): without it the form may
    // be the verbal noun with its doer (تضامن مصر، رفض أمريكا).
    let joined = h.clitics.has(Proclitics::WA | Proclitics::FA);
    let feminine_place = joined
        && np.arg.entity.is_some_and(|e| {
            ix.doc.entities[e].kind == EntityType::Location && !head.starts_with("ال")
        });
    masculine && body && (head.ends_with('ه') || feminine_place)
}

/// The party whose attack is the subject of an ASSAULT verb: the genitive
/// of the attack noun right after the verb (استهدفت غارات التحالف تجمعات
/// الانقلابيين، دمر قصف الطيران المنازل).
fn attack_noun_subject<'n>(ix: &DocIndex, nps: &'n [Np], h: &Hit, end: usize) -> Option<&'n Np> {
    // Ungoverned: no proclitic, also where the tokenizer left one on
    // (بغاراته with its pronoun; no attack noun begins with ب or ل).
    if h.trigger.event != "ASSAULT"
        || h.end >= end
        || !ix.trigger_tokens[h.end]
        || ix.doc.tokens[h.end].proclitics.0 != 0
        || ix.norm(h.end).starts_with(['ب', 'ل', 'و', 'ف'])
    {
        return None;
    }
    let noun_end = (h.end..end)
        .find(|&k| !ix.trigger_tokens[k] || is_boundary(ix.doc, k))
        .unwrap_or(end);
    nps.iter().find(|n| {
        n.start == noun_end
            && n.governor.is_none()
            && !n.victim
            && !n.facility
            && actor_like(ix, &n.arg)
    })
}

/// Whether a verb other than an attack or an arrest is followed by a word
/// that can be its own subject, named or not (ورحب المحافظ بـ، ورفضت
/// مجموعات تجارية): only a verb followed by a preposition, a clause or a
/// number (وطالب بضرورة، ودعا إلى، وأكد أن) continues the subject before.
/// Attacks and arrests take their object right after a dropped subject
/// (كما استهدفت مخزن أسلحة): for them only a word that names actors
/// (انتحاري، مسلحون) is a subject of their own.
fn noun_subject_after(ix: &DocIndex, h: &Hit, end: usize) -> bool {
    if h.end >= end {
        return false;
    }
    let j = h.end;
    if matches!(h.trigger.event, "ASSAULT" | "COERCE") {
        // Unless the word after is one that names actors (فجر انتحاري نفسه،
        // أطلق مسلحون النار): `actors.tsv`'s heads and members.
        return ix.lex.heads.longest_at(ix.doc, j).is_some_and(|m| {
            matches!(
                *m.value,
                crate::lexicon::HeadClass::Head | crate::lexicon::HeadClass::Member
            )
        });
    }
    ix.doc.tokens[j].kind == TokenKind::Arabic
        && !is_boundary(ix.doc, j)
        && !ix.has_prep_clitic(j)
        // بضرورة، لحماية: a proclitic the tokenizer left on.
        && !ix.norm(j).starts_with(['ب', 'ل'])
        && !is_preposition(ix.norm(j))
        && !is_function_word(ix.norm(j))
        && ix.role(j).is_none()
}

/// The noun phrase that ends right before `to` (a gap of at most two tokens,
/// no boundary), not governed: an SVO subject.
///
/// A place phrase between them (الجيش الشعبي في منطقة سناح أسر) is skipped.
/// A phrase right after an event noun or a preposition is a genitive or an
/// object (من سيطرة تنظيم داعش اقتحمت), not a subject.
fn subject_before<'n>(ix: &DocIndex, nps: &'n [Np], to: usize, floor: usize) -> Option<&'n Np> {
    let doc = ix.doc;
    let mut skipped = 0;
    let mut np = None;
    for n in nps.iter().rev().filter(|n| n.end <= to && n.start >= floor) {
        let place_pp = n
            .arg
            .entity
            .is_some_and(|e| doc.entities[e].kind == EntityType::Location)
            && (matches!(n.governor, Some(Governor::Role(Role::Place))) || sublocation(ix, &n.arg));
        if place_pp && skipped == 0 {
            skipped = n.end - n.start;
            continue;
        }
        np = Some(n);
        break;
    }
    let np = np?;
    let place_word = |j: usize| matches!(ix.role(j), Some((Role::Place, _)));
    let gap = (np.end..to)
        .filter(|&j| !nps.iter().any(|n| n.start <= j && j < n.end))
        .count()
        .saturating_sub(usize::from(skipped > 0));
    if (skipped == 0 && to - np.end > 2)
        || gap > 2
        || (np.end..to).any(|j| {
            is_boundary(doc, j)
                || (ix.role(j).is_some() && !(skipped > 0 && place_word(j)))
                || ix.trigger_tokens[j]
                // The speaker before إن is not the subject after it.
                || ix.norm(j) == "ان"
        })
    {
        return None;
    }
    // The whole construct chain (تنظيم داعش) is what a word before governs.
    let mut head = np.start;
    while let Some(n) = nps.iter().find(|n| n.end == head && n.start >= floor) {
        if ix.doc.tokens[head].proclitics.has(Proclitics::WA) {
            break;
        }
        head = n.start;
    }
    if head > floor && (ix.trigger_tokens[head - 1] || is_preposition(ix.norm(head - 1))) {
        return None;
    }
    (np.governor.is_none() && !np.victim && !np.facility && actor_like(ix, &np.arg)).then_some(np)
}

/// Whether argument `a` is a phrase of `nps` marked as a facility or a
/// thing ([`Np::facility`]: المطار، تلك المشروعات): a target or a place,
/// no party.
fn facility_np(nps: &[Np], a: &Arg) -> bool {
    nps.iter().any(|n| n.arg.span == a.span && n.facility)
}

/// A facility (مطار أربيل، قاعدة العند): a target an attack may name.
fn facility_named(ix: &DocIndex, a: &Arg) -> bool {
    first_word_in(a, &ix.lex.facilities)
}

/// A clause boundary, except a comma around a time set off by commas
/// (ضبطت الشرطة، أمس الأول، 120 مخالفا).
fn hard_boundary(ix: &DocIndex, j: usize) -> bool {
    let doc = ix.doc;
    if !is_boundary(doc, j) {
        return false;
    }
    if !is_comma(doc, j) {
        return true;
    }
    let comma = |k: usize| is_comma(doc, k);
    let n = doc.tokens.len();
    // Opening an aside: a comma, time words only (or one name in
    // apposition: وزير الخارجية، عادل الجبير، اجتماعا), a comma.
    let aside = |a: usize, b: usize| {
        a < b
            && ((a..b).all(|m| ix.in_time(m))
                || ix.mention_at.get(&a).is_some_and(|&(e, end, _)| {
                    end == b
                        && matches!(
                            doc.entities[e].kind,
                            EntityType::Person | EntityType::Organization
                        )
                }))
    };
    let opens = (j + 1..(j + 7).min(n))
        .find(|&k| comma(k))
        .is_some_and(|k| aside(j + 1, k));
    let closes = (j.saturating_sub(6)..j)
        .rev()
        .find(|&k| comma(k))
        .is_some_and(|k| aside(k + 1, j));
    // A comma after the time a verb's subject is followed by, before its
    // object, the act or the claim (عاودت طائرات التحالف مساء أمس، غاراتها;
    // أعلن التنظيم أمس، مسؤوليته عن): one clause.
    let timed_object = j > 0
        && j + 1 < n
        && ix.in_time(j - 1)
        && doc.tokens[j + 1].proclitics.0 & (Proclitics::WA | Proclitics::FA) == 0
        && (ix.trigger_tokens[j + 1] || ix.stem(j + 1).starts_with("مسوولي"))
        && {
            let k = time_run_start(ix, j, 0);
            k > 0 && ix.in_mention.contains_key(&(k - 1))
        };
    !(opens || closes || timed_object)
}

/// The first token of the run of time tokens that ends right before
/// `end` (`end` itself when there is none), not going below `floor`.
fn time_run_start(ix: &DocIndex, end: usize, floor: usize) -> usize {
    let mut k = end;
    while k > floor && ix.in_time(k - 1) {
        k -= 1;
    }
    k
}

/// Prepositions written as words.
fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "في" | "من" | "الي" | "علي" | "عن" | "مع" | "ضد" | "بين" | "عند" | "لدي" | "حول"
    )
}

/// Phrases joined to `first` by و (X و Y، X وY), for compound actors.
fn conjuncts(ix: &DocIndex, nps: &[Np], first: &Np) -> Vec<Arg> {
    let mut out = vec![first.arg.clone()];
    let mut last = first.end;
    for n in nps.iter().filter(|n| n.start >= first.end) {
        let joined = if n.start == last {
            ix.doc.tokens[n.start].proclitics.has(Proclitics::WA)
        } else {
            n.start == last + 1 && ix.norm(last) == "و"
        };
        if !joined || n.victim {
            break;
        }
        if !out.iter().any(|a: &Arg| a.name == n.arg.name) {
            out.push(n.arg.clone());
        }
        last = n.end;
    }
    out
}

/// A clause of belief right after an actor (مسلحون يعتقد أنهم من حركة
/// الشباب، طائرات يرجح أنها تابعة للتحالف): where it ends, and the party
/// the actor is believed to belong to, if a phrase names it.
fn suspected_party<'n>(ix: &DocIndex, nps: &'n [Np], at: usize) -> Option<(usize, Option<&'n Np>)> {
    let n = ix.doc.tokens.len();
    if at + 1 >= n || !matches!(ix.norm(at), "يعتقد" | "يرجح" | "يشتبه") {
        return None;
    }
    let pronoun = ix.norm(at + 1).trim_start_matches('ب');
    if !matches!(pronoun, "انه" | "انها" | "انهم" | "انهما") {
        return None;
    }
    // من، تابعة لـ، ينتمون إلى
    let mut j = at + 2;
    if j < n && (ix.norm(j) == "من" || ix.stem(j).starts_with("تابع")) {
        j += 1;
    } else if j + 1 < n && ["ينتم", "تنتم"].iter().any(|v| ix.norm(j).starts_with(v)) {
        j += if ix.norm(j + 1) == "الي" { 2 } else { 1 };
    }
    match nps.iter().find(|p| p.start == j && !p.victim) {
        Some(p) => Some((p.end, Some(p))),
        None => Some((j, None)),
    }
}

/// The phrases joined by و before `last`, in text order: those it is the
/// last conjunct of (الجيش والقوات المساندة).
fn conjuncts_before(ix: &DocIndex, nps: &[Np], last: &Np) -> Vec<Arg> {
    let mut out = Vec::new();
    let mut at = last;
    while ix.doc.tokens[at.start].proclitics.has(Proclitics::WA) {
        let Some(p) = nps
            .iter()
            .find(|n| n.end == at.start && n.governor.is_none() && !n.victim && !n.facility)
        else {
            break;
        };
        if p.arg.name == last.arg.name || out.iter().any(|a: &Arg| a.name == p.arg.name) {
            break;
        }
        out.insert(0, p.arg.clone());
        at = p;
    }
    out
}

/// The phrase a role word introduces, at most `reach` tokens after `from`;
/// with `holdings`, the party whose holdings the first one names.
fn after_role<'n>(
    ix: &DocIndex,
    nps: &'n [Np],
    from: usize,
    to: usize,
    want: &[Role],
    holdings: bool,
) -> Option<&'n Np> {
    let mut j = from;
    let mut first_role = holdings;
    while j < to {
        if is_boundary(ix.doc, j) {
            return None;
        }
        if let Some((r, end)) = ix.role(j) {
            if want.contains(&r) {
                // The holdings hit (غارات على مواقع الحوثيين) only right
                // after the act: a later على may hang on what the first
                // one names (احتجاجا على الغارات على أهداف لحزب العمال).
                let np = nps.iter().find(|n| n.start == end);
                let np = match np {
                    None if first_role && want.contains(&Role::Recipient) => {
                        holder_after(ix, nps, end, to)
                    }
                    np => np,
                };
                if let Some(np) = np {
                    if !np.victim {
                        return Some(np);
                    }
                }
            }
            first_role = false;
            j = end;
            continue;
        }
        // ب/ل/ك-governed phrases count for recipients of verbs taking them.
        j += 1;
    }
    None
}

/// The party whose holdings (`holdings.txt`: مواقع، تجمعات، مقرات) token
/// `at` names, in the genitive or after ل a word or two on (على مواقع
/// الحوثيين، على تجمعات عسكرية لداعش): what an attack there hits.
fn holder_after<'n>(ix: &DocIndex, nps: &'n [Np], at: usize, to: usize) -> Option<&'n Np> {
    if at >= to || !ix.lex.holdings.contains(ix.stem(at)) {
        return None;
    }
    (at + 1..(at + 3).min(to))
        .take_while(|&k| !is_boundary(ix.doc, k) && !ix.trigger_tokens[k])
        .find_map(|k| {
            nps.iter().find(|n| {
                n.start == k
                    && !n.victim
                    && !n.facility
                    && match n.governor {
                        None => true,
                        Some(Governor::Clitic) => ix.has_li(k),
                        _ => false,
                    }
            })
        })
}

fn code_hit(
    ix: &DocIndex,
    h: &Hit,
    nps: &[Np],
    range: std::ops::Range<usize>,
    si: usize,
    relaxed: bool,
) -> Option<CodedEvent> {
    let doc = ix.doc;
    let t = &h.trigger;
    let mut actor: Vec<Arg> = Vec::new();
    let mut recipient: Vec<Arg> = Vec::new();
    let passive = h.kind == Kind::Passive || h.passive;
    // Ground held, not taken: تحت سيطرة المعارضة، الخاضعة لسيطرة الحوثيين،
    // مناطق سيطرتهم، نطاق سيطرة الجيش. A verb there takes على (مناطق
    // سيطرت عليها: a relative clause, ground taken); سيطرتهم with no على
    // is the noun with its pronoun.
    let takes_ground = h.end < range.end && ix.norm(h.end).starts_with("علي");
    if t.seize
        && (h.kind == Kind::Noun || !takes_ground)
        && h.start > range.start
        && matches!(
            ix.norm(h.start - 1),
            "تحت"
                | "خاضعه"
                | "الخاضعه"
                | "خاضع"
                | "الخاضع"
                | "الخاضعين"
                | "خاضعين"
                | "مناطق"
                | "منطقه"
                | "نطاق"
                | "رقعه"
                | "خطوط"
        )
    {
        return None;
    }
    let far = (h.end + 20).min(range.end);
    // Where the charge of a verb of charging starts (اتهمه بالتعاون مع
    // إسرائيل): it names no party the act was done to, and no subject.
    let charge = (t.charge && h.kind == Kind::Verb)
        .then(|| (h.end..far).find(|&j| charge_like(ix, j)))
        .flatten();
    let far = charge.unwrap_or(far);
    // An act inside a protest rather than the protest itself.
    let mut detail = t.detail;
    // The light verb whose subject stands before the preposition before
    // the act (تمكنت القوات العراقية من تحرير): its actor, and a sign the
    // act was done.
    let split_support = split_support_before(ix, h.start, range.clone());

    // Agent phrase: من قبل X، على يد X، برصاص X; another act or a relative
    // clause in between has its own (بتفقد الجرحى الذين تعرضوا لإصابات
    // برصاص المتمردين).
    let mut j = h.end;
    // Where the agent phrase starts: what follows it is the agent's.
    let mut agent_at = None;
    while j < range.end && j < h.end + 25 {
        if (ix.trigger_tokens[j] && ix.role(j).is_none()) || is_relative_pronoun(ix.norm(j)) {
            break;
        }
        if let Some((Role::Agent, end)) = ix.role(j) {
            if let Some(np) = nps.iter().find(|n| n.start == end) {
                agent_at = Some(j);
                actor = conjuncts(ix, nps, np);
                // A verb with an agent phrase is a passive: in a relative
                // clause (مسيحيو سهل نينوى الذين هجروا من مناطقهم من قبل
                // تنظيم داعش) its antecedent is who underwent it.
                if h.kind == Kind::Verb && recipient.is_empty() {
                    if let Some(a) = described_before(ix, nps, h.start, range.start) {
                        recipient = conjuncts(ix, nps, a);
                    }
                }
            }
            break;
        }
        j += 1;
    }

    // Undergone from someone (تعرض X لهجوم من مسلحين، إثر تعرضهم لإطلاق
    // نار من مجموعة إرهابية): who it came from acted.
    if actor.is_empty() && t.event == "ASSAULT" {
        if let Some(np) = undergone_from(ix, nps, h, range.clone()) {
            actor = conjuncts(ix, nps, np);
        }
    }
    let agent_phrase = !actor.is_empty();
    // The actor is only who it is believed to be (يعتقد أنهم من).
    let mut suspected = false;
    // Only the accused follows a verb of charging (واتهم حزب الله بـ).
    let mut accused_only = false;
    // The phrase after a verb of asking with no subject of its own is the
    // one asked (وطالب الحكومة السورية بوقف القصف): who asks is carried on.
    let mut addressed_after_verb = false;
    let noun_subject = (h.kind == Kind::Verb && !passive)
        .then(|| attack_noun_subject(ix, nps, h, range.end))
        .flatten();
    match h.kind {
        Kind::Agent => {
            // المتظاهرون: the protesters are the actor, when not governed.
            if ix.governor_before(h.start).is_some()
                || h.clitics.has(Proclitics::BI)
                || h.clitics.has(Proclitics::LI)
                || h.clitics.has(Proclitics::KA)
                || (h.start > range.start && ix.trigger_tokens[h.start - 1])
            {
                return None;
            }
            // Only as the subject of a crowd verb next to it (تجمع المتظاهرون،
            // المتظاهرون رددوا): elsewhere protesters are a topic, not an event.
            let np = nps.iter().find(|n| n.start == h.start);
            let end = np.map_or(h.end, |n| n.end);
            let crowd = |j: usize| match ix.role(j) {
                Some((Role::Crowd, _)) => Some(true),
                Some((Role::CrowdAct, _)) => Some(false),
                _ => None,
            };
            let verb = (h.start > range.start)
                .then(|| crowd(h.start - 1))
                .flatten()
                .or_else(|| {
                    (h.start > range.start + 1 && ix.is_victim(h.start - 1))
                        .then(|| crowd(h.start - 2))
                        .flatten()
                })
                .or_else(|| (end < range.end).then(|| crowd(end)).flatten())
                .or_else(|| {
                    // A gathering verb a few words before, across a time or a
                    // count: تجمع نحو 500 متظاهر، خرج مساء أمس مئات المتظاهرين.
                    (h.start.saturating_sub(5).max(range.start)..h.start)
                        .rev()
                        .take_while(|&j| {
                            !is_boundary(doc, j) && (!ix.trigger_tokens[j] || crowd(j).is_some())
                        })
                        .find_map(|j| crowd(j).filter(|&g| g))
                });
            match verb {
                None if relaxed => {}
                None => return None,
                Some(gathering) => detail = !gathering,
            }
            if let Some(np) = np {
                actor = vec![np.arg.clone()];
            } else {
                let (name, span) = ix.surface(h.start, h.end, 0);
                actor = vec![Arg {
                    name,
                    entity: None,
                    span,
                }];
            }
        }
        Kind::Verb if !passive && t.hal => {
            // A circumstantial participle (وقال …، مطالبا الحكومة بـ): the
            // actor is the clause's subject, the phrase after it the object.
            if actor.is_empty() {
                if let Some(s) = first_subject(ix, nps, range.start, h.start)
                    .or_else(|| subject_before(ix, nps, h.start, range.start))
                {
                    actor = conjuncts(ix, nps, s);
                }
            }
            if let Some(np) = object_after(ix, nps, h.end, far, t.obj) {
                recipient = conjuncts(ix, nps, np);
            }
        }
        Kind::Verb if noun_subject.is_some() => {
            // The attack itself as the subject (استهدفت غارات التحالف تجمعات
            // الانقلابيين): its genitive acted, the phrase after it was hit.
            if let Some(gen) = noun_subject {
                if actor.is_empty() {
                    actor = conjuncts(ix, nps, gen);
                }
                let after = actor_end(nps, gen, &actor);
                if let Some(np) = object_after(ix, nps, after, far, t.obj) {
                    recipient = conjuncts(ix, nps, np);
                }
            }
        }
        Kind::Verb if !passive => {
            // A verb right after an indefinite attack noun describes it
            // (غارات جوية استهدفت قوات صالح: raids that targeted): the
            // phrase after it is what was hit, and who acted is who made
            // the attack (the noun's event), not a phrase before it.
            let relative_to_attack = after_attack_noun(ix, h, range.start);
            // VSO: the subject follows the verb; SVO: it comes right before.
            // A verb that carries its subject (زاروا، زارا) has none after it.
            let vso = (!t.own_subject)
                .then(|| subject_after(ix, nps, h.end, 6))
                .flatten()
                .filter(|s| !gender_clash(ix, h, s))
                // Not past the charge (تتهمه باتباع سياسة … عن المنظمات).
                .filter(|s| charge.is_none_or(|c| s.start <= c))
                .filter(|_| !relative_to_attack);
            // A phrase right after a verb with an object pronoun is that
            // verb's subject, not the subject of a verb joined by و after it
            // that has an object pronoun too, whose subject follows it
            // (الاقتراع الذي قاطعته المعارضة وأدانه المجتمع الدولي).
            let own_object = verb_with_object(ix, h.start);
            let svo = subject_before(ix, nps, h.start, range.start)
                .filter(|_| !relative_to_attack)
                .filter(|s| {
                    !h.clitics.has(Proclitics::WA | Proclitics::FA)
                        || !own_object
                        || s.start == 0
                        || !{
                            let w = ix.norm(s.start - 1);
                            ix.doc.tokens[s.start - 1].proclitics.0 == 0
                                && !w.starts_with("ال")
                                && object_suffix(w)
                        }
                });
            // A particle carrying the subject (لكنه دعا ايران، أنه قتل عددا
            // من الإرهابيين): the phrase after the verb is its object, the
            // subject the clause's first named one before.
            // After إنه/أنه the speaker before it is that subject.
            let particle = (h.start > range.start)
                .then(|| ix.norm(h.start - 1))
                .filter(|w| particle_with_pronoun(w));
            let (vso, svo) = match particle {
                Some(w) if w.trim_start_matches(['و', 'ف']).starts_with("لكن") => {
                    (None, first_subject(ix, nps, range.start, h.start - 1))
                }
                Some(_) => (None, svo),
                None => (vso, svo),
            };
            // A relative clause whose verb carries its antecedent's pronoun
            // (جماعة أنصار الشريعة التي اتهمتها واشنطن): the antecedent is
            // its object, the phrase after the verb its subject.
            let resumptive = svo.filter(|s| {
                s.end + 1 == h.start
                    && is_relative_pronoun(ix.norm(h.start - 1))
                    && object_suffix(ix.norm(h.start))
            });
            let svo = if resumptive.is_some() { None } else { svo };
            // Not across a comma (ضمن مشاوراته مع أعضاء مجلس الأمن، زار
            // المبعوث بكين: a phrase, then the clause).
            let subj = match (vso, svo) {
                (Some(v), Some(s))
                    if h.start - s.end <= 1
                        && !h.trigger.future
                        && (h.start == s.end || !is_comma(ix.doc, h.start - 1)) =>
                {
                    let _ = v;
                    Some(s)
                }
                (Some(v), _) => Some(v),
                (None, s) => s,
            };
            // اتهم كل من X و Y: the passive reading.
            let compound_passive =
                t.event == "ACCUSE" && matches!(ix.role(h.end), Some((Role::Compound, _)));
            if compound_passive {
                if let Some((_, end)) = ix.role(h.end) {
                    if let Some(np) = nps.iter().find(|n| n.start == end) {
                        recipient = conjuncts(ix, nps, np);
                    }
                }
            } else if let Some(s) =
                subj.filter(|s| t.charge && accused_before_charge(ix, nps, h, s))
            {
                // واتهم حزب الله بالوقوف وراءه: the one phrase before the
                // charge is the accused; who accuses is the subject before
                // it or the one the sentence carries on (below).
                recipient = conjuncts(ix, nps, s);
                accused_only = true;
            } else if let Some(s) = subj {
                if actor.is_empty() {
                    actor = conjuncts(ix, nps, s);
                    // Before the verb, the last of several joined by و is
                    // the one found (الجيش والقوات المساندة له دمروا).
                    if s.end <= h.start {
                        actor.splice(0..0, conjuncts_before(ix, nps, s));
                    }
                }
                let mut after = if s.start >= h.end {
                    actor_end(nps, s, &actor)
                } else {
                    h.end
                };
                // مسلحون يعتقد أنهم من حركة الشباب: who they are said to
                // be acted, as suspected; the object comes after.
                if s.start >= h.end {
                    if let Some((end, party)) = suspected_party(ix, nps, after) {
                        after = end;
                        if let Some(p) = party.filter(|p| p.arg.entity.is_some()) {
                            actor = conjuncts(ix, nps, p);
                            suspected = true;
                        }
                    }
                }
                if t.host {
                    after = past_office(ix, nps, after);
                }
                // قتل X في …: a form that is also a passive, with a name after
                // it and then nothing it could act on, is the passive (X was
                // killed); the active needs its object (قتل الجيش 5 مسلحين).
                // Others who befell it joined by و (قتل X وقياديان آخران في
                // المواجهات) come before that nothing; a count there is an
                // object (قتل الجيش والشرطة 5 مسلحين).
                let acts_on_nothing = |j: usize| {
                    j >= range.end
                        || is_boundary(doc, j)
                        || is_preposition(ix.norm(j))
                        || ix.has_prep_clitic(j)
                };
                let mut after_victims = after;
                if after < range.end
                    && doc.tokens[after].proclitics.has(Proclitics::WA)
                    && !ix.trigger_tokens[after]
                    && !ix.is_victim(after)
                {
                    if let Some(j) =
                        (after + 1..(after + 4).min(range.end)).find(|&j| acts_on_nothing(j))
                    {
                        if (after + 1..j).all(|m| doc.tokens[m].kind != TokenKind::Number) {
                            after_victims = j;
                        }
                    }
                }
                let nothing_after = acts_on_nothing(after_victims);
                if h.has_passive && s.start == h.end && nothing_after && !t.ends_in_prep {
                    // The agent phrase, if one was found, still names who
                    // did it (وقتل قيادي بنيران الطيران).
                    recipient = conjuncts(ix, nps, s);
                    if !agent_phrase {
                        actor.clear();
                    }
                }
                // Object: the next ungoverned phrase, or one after a recipient preposition.
                if t.ends_in_prep {
                    if let Some(np) = nps.iter().find(|n| n.start == h.end) {
                        recipient = conjuncts(ix, nps, np);
                    }
                } else if let Some(np) = object_after(ix, nps, after, far, t.obj) {
                    recipient = conjuncts(ix, nps, np);
                }
                if t.addressee && recipient.is_empty() {
                    if let Some(np) = addressee_after(ix, nps, &actor, after, range.end) {
                        recipient = conjuncts(ix, nps, np);
                    }
                }
            } else if t.ends_in_prep {
                if let Some(np) = nps.iter().find(|n| n.start == h.end) {
                    recipient = conjuncts(ix, nps, np);
                }
            } else if let Some(np) = object_after(ix, nps, h.end, far, t.obj) {
                recipient = conjuncts(ix, nps, np);
            } else if t.addressee
                && (h.clitics.has(Proclitics::WA | Proclitics::FA) || t.own_subject)
            {
                // No subject after the verb, as the clause carries it on
                // (ندد الأمين العام بالهجوم، وطالب الحكومة السورية بوقف
                // القصف) or the verb's own prefix is it (نطالب المجتمع
                // الدولي بـ): the party right before what is asked is asked.
                if let Some(np) = addressee_after(ix, nps, &actor, h.end, range.end) {
                    recipient = conjuncts(ix, nps, np);
                    addressed_after_verb = true;
                }
            }
            if let Some(a) = resumptive {
                recipient = conjuncts(ix, nps, a);
                actor.retain(|x| !recipient.iter().any(|r| r.name == x.name));
            }
        }
        _ => {
            // Passives and nouns.
            if passive {
                // A passive form right after a named subject: the subject is
                // who it befell (6 حوثيين قُتلوا برصاص المقاومة), unless the
                // form is not written as a passive and its victims follow it:
                // then it is the active verb and the subject its actor
                // (داعش أعدم 44 شابا، مسلحو المقاومة قتلوا 5).
                // Not after و (مقتل 21 من الجيش والحشد الشعبي وجرح 24: the
                // phrase before ends a list, it is no subject).
                let before = (h.kind == Kind::Passive && !h.clitics.has(Proclitics::WA))
                    .then(|| subject_before(ix, nps, h.start, range.start))
                    .flatten()
                    .filter(|n| {
                        n.end == h.start && !doc.tokens[n.start].proclitics.has(Proclitics::WA)
                    });
                let written = written_passive(doc.token_text(&doc.tokens[h.start]));
                // Victims right after a form not written as a passive: it is
                // the active verb.
                let victims_follow = !written && h.end < range.end && ix.is_victim(h.end);
                match before {
                    Some(s) if victims_follow => {
                        if actor.is_empty() {
                            actor = conjuncts(ix, nps, s);
                        }
                        if let Some(np) = object_after(ix, nps, h.end, far, true) {
                            recipient = conjuncts(ix, nps, np);
                        }
                    }
                    Some(s) => recipient = conjuncts(ix, nps, s),
                    None => {
                        // In a relative clause: the passive befell the phrase
                        // the clause describes (المسيحيين الذين هجروا من
                        // مناطقهم، الشهيد فلان الذي استشهد أمس; not البصرة
                        // التي قتل أحد متظاهريها); the active verb was done
                        // by the party described (محمد فلان الذي قتل 5 جنود).
                        let listed_passive = h.kind == Kind::Passive;
                        let head = (listed_passive && !victims_follow)
                            .then(|| described_before(ix, nps, h.start, range.start))
                            .flatten();
                        if let Some(s) = head {
                            recipient = conjuncts(ix, nps, s);
                        } else {
                            if listed_passive && victims_follow && actor.is_empty() {
                                if let Some(s) = antecedent(ix, nps, h.start, range.start) {
                                    actor = conjuncts(ix, nps, s);
                                }
                            }
                            // Not past the agent phrase (أصيب ثمانية بصاروخ
                            // أطلقته قوة إيساف التابعة للحلف الأطلسي).
                            let to = agent_at.map_or(far, |a| a.min(far));
                            if let Some(np) = object_after(ix, nps, h.end, to, true) {
                                recipient = conjuncts(ix, nps, np);
                            }
                        }
                    }
                }
                // Killed in an attack of a force or in clashes with it (قتل
                // جنديان في كمين للمقاومة، قتلوا في اشتباكات مع الجيش): that
                // force acted.
                if actor.is_empty() && t.event == "ASSAULT" {
                    if let Some(side) = circumstance_side(ix, nps, h.end, range.end, &recipient) {
                        actor = side;
                    }
                }
            } else {
                // Genitive right after the noun: هجوم داعش / اغتيال القائد.
                // With its object after ل, the genitive is the doer.
                let mut doer = false;
                // Read off the genitive alone: a relative clause after it
                // may name who did it (غارات الطائرات بدون طيار التي تشنها
                // الولايات المتحدة).
                let mut genitive_actor = false;
                // Not a time (قتال هذا العام، مفاوضات هذا الأسبوع).
                let gen = nps.iter().find(|n| {
                    n.start == h.end && n.governor.is_none() && !n.victim && !ix.in_time(n.start)
                });
                if t.ends_in_prep {
                    if let Some(np) = nps.iter().find(|n| n.start == h.end) {
                        recipient = conjuncts(ix, nps, np);
                    }
                } else if let Some(g) = gen {
                    // A place in the genitive of an attack is what was hit
                    // (قصف سوريا، تفجير بغداد), unless a ل-phrase names the target after
                    // it (قصف إسرائيل لغزة).
                    let place = t.event == "ASSAULT"
                        && g.arg.entity.is_some_and(|e| {
                            doc.entities[e].kind == marsad_core::EntityType::Location
                        });
                    let target_after = g.end < range.end
                        && ix.has_prep_clitic(g.end)
                        && doc.tokens[g.end].proclitics.has(Proclitics::LI);
                    // The verbal noun with its doer in the genitive and its
                    // object after ل (اجتياح الحوثيين لمدن الجنوب، استهداف
                    // التحالف لمواقع داعش): the genitive acted.
                    // So is a body before a target with على or ضد, or in the
                    // accusative (جراء قصف الحوثيين وقوات صالح بالدبابات على
                    // الأحياء، قصف طائرات التحالف بشكل مكثف مواقع التنظيم،
                    // قصف قوات النظام العديد من المدن), past the genitive's
                    // list, the weapon and the manner, in its clause.
                    // A body only (مقتل قائد الحملة على الضالع: the campaign's),
                    // not its positions (قصف مواقع الحوثيين).
                    let attacking_body = t.event == "ASSAULT"
                        && names_body(doc, &g.arg)
                        && !position_word(ix, g.start)
                        && !g.facility;
                    let target_on = attacking_body && {
                        let doer_end = actor_end(nps, g, &conjuncts(ix, nps, g));
                        (doer_end..(doer_end + 4).min(range.end))
                            .take_while(|&j| !is_boundary(doc, j) && !ix.trigger_tokens[j])
                            .any(|j| {
                                matches!(ix.norm(j), "علي" | "ضد" | "العديد" | "عددا" | "عده")
                                    || (ix.lex.holdings.contains(ix.stem(j))
                                        && !ix.has_prep_clitic(j))
                            })
                    };
                    // And a body whose attack is given as the cause of a
                    // loss (قتل رجل جراء قصف القوات الأوكرانية، نتيجة قصف
                    // القوات الحكومية): who fired, not who was hit.
                    let cause = attacking_body
                        && h.start > range.start
                        && is_cause_word(ix.norm(h.start - 1));
                    doer = t.obj
                        && !place
                        && (target_after || li_object(ix, g.end, range.end) || target_on || cause);
                    // A place in the genitive of a visit is where the visitor
                    // went, standing for who received him (زيارته كينيا،
                    // زيارة الدوحة), not the visitor.
                    let visited = t.mode == Some("visit")
                        && g.arg.entity.is_some_and(|e| {
                            doc.entities[e].kind == marsad_core::EntityType::Location
                        });
                    if visited {
                        recipient = conjuncts(ix, nps, g);
                    } else if doer {
                        if actor.is_empty() {
                            actor = conjuncts(ix, nps, g);
                        }
                        let after = actor_end(nps, g, &actor);
                        if let Some(np) = nps.iter().find(|n| n.start == after && !n.victim) {
                            recipient = conjuncts(ix, nps, np);
                        }
                    } else if t.obj
                        || (place && !target_after)
                        || g.facility
                        || facility_named(ix, &g.arg)
                        // A noun with its pronoun takes no genitive: the
                        // phrase after it is its object (لقائه الجبير).
                        || possessive_pronoun(ix, h).is_some()
                    {
                        recipient = conjuncts(ix, nps, g);
                    } else if actor.is_empty() {
                        actor = conjuncts(ix, nps, g);
                        genitive_actor = true;
                        // Whom it was aimed at, after ل (اتهامات المعارضة
                        // للحكومة، انتقادات واشنطن لموسكو، زيارة بحاح
                        // لعدن), unless the ل hangs on the doer's adjective
                        // (انسحاب القوات الموالية للمخلوع).
                        let after = actor_end(nps, g, &actor);
                        let aimed = (matches!(
                            t.event,
                            "ACCUSE" | "THREATEN" | "REQUEST" | "SUPPORT" | "AID" | "REJECT"
                        ) || t.mode == Some("visit"))
                            && !takes_li(ix.norm(after - 1));
                        let target = nps.iter().find(|n| {
                            n.start == after
                                && n.governor == Some(Governor::Clitic)
                                && ix.has_li(n.start)
                                && !n.victim
                        });
                        if let Some(np) = target.filter(|_| aimed) {
                            recipient = conjuncts(ix, nps, np);
                        }
                    }
                } else if t.obj {
                    // Past a count (قتل 11 مسلحا من تنظيم داعش): the group counted.
                    if let Some(np) = object_after(ix, nps, h.end, far.min(h.end + 5), true) {
                        recipient = conjuncts(ix, nps, np);
                    }
                } else if t.event == "ASSAULT" {
                    // An attack "of" a force, its genitive written with ل
                    // (هجوما للمقاومة الشعبية، هجمات لتنظيم داعش على): its doer.
                    let force = nps.iter().find(|n| {
                        n.start == h.end
                            && n.governor == Some(Governor::Clitic)
                            && ix.has_li(n.start)
                            && !n.victim
                            && !n.facility
                            && names_body(doc, &n.arg)
                    });
                    if let Some(np) = force {
                        actor = conjuncts(ix, nps, np);
                    }
                }
                // A relative light verb after the noun: هجوم شنه X، التي قام بها X;
                // or right after the comma that closes the noun's phrase
                // (مجزرتين في أول أيام العيد، نفذهما طيران النظام). Not
                // after a noun with its pronoun, its doer (إدانتهما أعمال
                // الإرهاب التي يرتكبها داعش: what they condemn).
                if (actor.is_empty() || genitive_actor) && possessive_pronoun(ix, h).is_none() {
                    let relative = |j: usize| match ix.role(j) {
                        Some((Role::Relative, end)) => Some(end),
                        _ => None,
                    };
                    let mut verb_end = None;
                    // Another thing named in between (إدانته هذه الممارسات
                    // التي تقوم بها) is what the relative clause is on.
                    let other_thing = |j: usize| {
                        matches!(
                            ix.norm(j),
                            "هذه" | "هذا" | "تلك" | "ذلك" | "هولاء" | "هاتين" | "هذين"
                        )
                    };
                    // Past a genitive actor the clause may stand further
                    // off (غارات الطائرات بدون طيار التي تشنها); it is taken
                    // only when none is nearer or after the closing comma.
                    let reach = if genitive_actor { 10 } else { 5 };
                    let mut further = None;
                    for j in h.end..(h.end + reach.max(8)).min(range.end) {
                        if other_thing(j) {
                            break;
                        }
                        if let Some(end) = relative(j) {
                            if j < h.end + 5 {
                                verb_end = Some(end);
                                break;
                            }
                            if j < h.end + reach && further.is_none() {
                                further = Some(end);
                            }
                        }
                        if is_boundary(doc, j) {
                            let comma = is_comma(doc, j);
                            let other_event = (h.end..j).any(|k| ix.trigger_tokens[k]);
                            if j < h.end + 8 && comma && j + 1 < range.end && !other_event {
                                verb_end = relative(j + 1);
                            }
                            break;
                        }
                    }
                    let verb_end = verb_end.or(further);
                    if let Some(s) = verb_end.and_then(|end| subject_after(ix, nps, end, 4)) {
                        actor = conjuncts(ix, nps, s);
                        recipient.retain(|r| !actor.iter().any(|a| a.name == r.name));
                    }
                }
                // A light verb before it: شن X هجوما، X شن هجوما، قام X بـ.
                if actor.is_empty() {
                    // A claim (أعلن X أمس مسؤوليته عن تفجير) is read from the
                    // word مسؤولية: the light verb is that far before it.
                    let claim = h.start >= range.start + 2
                        && ix.norm(h.start - 1) == "عن"
                        && ix.stem(h.start - 2).starts_with("مسوولي");
                    let near = if claim { h.start - 2 } else { h.start };
                    // Eight words back, not counting a time said right before
                    // the act (عاودت طائرات التحالف مساء أول من أمس، غاراتها).
                    let comma_before = near > range.start && is_comma(doc, near - 1);
                    let time_end = if comma_before { near - 1 } else { near };
                    let timed = near - time_run_start(ix, time_end, range.start);
                    let from = near.saturating_sub(8 + timed).max(range.start);
                    // A force announcing the death of its own men (أعلن
                    // الجيش مقتل الجندي) reports a loss, not its act.
                    // Nor does one announcing deaths in a blast (أعلنت
                    // الوزارة مقتل 27 شخصا وإصابة 100 آخرين في الانفجار):
                    // bombs are not how a force announces its own acts.
                    // An explosion (انفجار, unlike تفجير "bombing") is
                    // announced by those who report it (أعلنت الشرطة انفجار
                    // سيارة مفخخة).
                    let explosion = (from..(h.end + 3).min(range.end)).any(|k| {
                        let w = ix.norm(k);
                        let w = w.strip_prefix(['و', 'ف', 'ب']).unwrap_or(w);
                        w.strip_prefix("ال").unwrap_or(w).starts_with("انفجار")
                    });
                    let loss_of_men = (matches!(ix.stem(h.start), "مقتل" | "مصرع" | "استشهاد")
                        && ((recipient.is_empty()
                            && (h.end..(h.end + 3).min(range.end))
                                .any(|k| is_soldier_word(ix.stem(k))))
                            || died_in_blast(ix, h.end, range.end)))
                        || explosion;
                    for j in (from..h.start).rev() {
                        if hard_boundary(ix, j) {
                            break;
                        }
                        let support = match ix.role(j) {
                            Some((Role::Support, end)) => Some(end),
                            Some((Role::SupportSplit, end)) if split_support == Some(j) => {
                                Some(end)
                            }
                            _ => None,
                        };
                        if loss_of_men && support.is_some() && ix.stem(j).starts_with("اعلن") {
                            break;
                        }
                        if let Some(end) = support {
                            // Its subject; for a light verb joined by و with
                            // none of its own (وتمكنت من تصفية), the clause's
                            // first named subject.
                            // Past an adverb with its pronoun (تمكنت
                            // خلالها المقاومة من).
                            let end = if end < h.start && adverb_with_pronoun(ix.norm(end)) {
                                end + 1
                            } else {
                                end
                            };
                            let s = subject_after(ix, nps, end, 6)
                                .filter(|s| s.end <= h.start)
                                .or_else(|| antecedent(ix, nps, j, range.start))
                                .or_else(|| subject_before(ix, nps, j, range.start))
                                .or_else(|| {
                                    doc.tokens[j]
                                        .proclitics
                                        .has(Proclitics::WA)
                                        .then(|| first_subject(ix, nps, range.start, j))
                                        .flatten()
                                });
                            if let Some(s) = s {
                                actor = conjuncts(ix, nps, s);
                            }
                            break;
                        }
                    }
                }
                if recipient.is_empty() && !doer {
                    if let Some(np) = after_role(
                        ix,
                        nps,
                        h.end,
                        far.min(h.end + 8),
                        &[Role::Recipient],
                        !t.ends_in_prep,
                    ) {
                        if actor.iter().all(|a| a.name != np.arg.name) {
                            recipient = conjuncts(ix, nps, np);
                        }
                    }
                }
                // اشتباكات بين X و Y: both sides are actors.
                if actor.is_empty() {
                    if let Some(np) = after_role(
                        ix,
                        nps,
                        h.end,
                        (h.end + 4).min(range.end),
                        &[Role::Between],
                        false,
                    ) {
                        actor = conjuncts(ix, nps, np);
                    }
                }
            }
        }
    }
    // Positions with a pronoun (الضربات الجوية على مواقعه، قصفت الطائرات
    // مواقعهم): the group named last before them as a subject or object
    // that does not act, nor reports (فيسبوك).
    if recipient.is_empty() && t.event == "ASSAULT" {
        if let Some(k) = pronoun_positions_after(ix, h.end, range.end) {
            let group = nps.iter().rev().find(|n| {
                n.start >= range.start
                    && n.end <= k
                    && n.arg.entity.is_some_and(|e| {
                        doc.entities[e].kind == EntityType::Organization
                    })
                    && actor.iter().all(|a| a.name != n.arg.name)
                    && !reporter(ix, &n.arg)
                    // Not one a preposition governs (محادثات مع الحكومة،
                    // كما أنها تواجه هجمات على مواقعها: the talks' partner).
                    && n.governor.is_none()
            });
            if let Some(g) = group {
                recipient = vec![g.arg.clone()];
            }
        }
    }
    // A place an act went to (هروب عناصر داعش إلى مركز الرمادي، قبل
    // الوصول إلى عدن، انسحبوا باتجاه المدينة) is where, not whom, it hit.
    if matches!(
        t.event,
        "ASSAULT" | "COERCE" | "MOBILIZE" | "RETREAT" | "PROTEST"
    ) {
        recipient.retain(|r| {
            let place = r
                .entity
                .is_some_and(|e| doc.entities[e].kind == EntityType::Location);
            let k = doc.token_at_or_after(r.span.start);
            let toward = k > range.start
                && k <= range.end
                && matches!(ix.norm(k - 1), "الي" | "نحو" | "باتجاه");
            !(place && toward)
        });
    }
    // A verb with no subject of its own (a dropped pronoun: أنها قتلت،
    // قاتل في البداية): the sentence's first named subject before it.
    // The verb of a relative clause on an event noun (العمل الإرهابي الذي
    // استهدف مسجدا) has the act as its subject: no one else is its actor.
    // An indefinite event noun takes its relative clause with no pronoun
    // (شهدت صنعاء هجوما للمقاومة استهدف نقطة تفتيش): likewise.
    let relative_event = h.kind == Kind::Verb
        && h.start > range.start
        && (matches!(ix.norm(h.start - 1), "الذي" | "التي")
            && event_noun_before(ix, h.start - 1, range.start)
            || asyndetic_relative(ix, nps, h.start, range.start));
    // On a party (السلطات التركية، التي بدورها قبضت عليه; التحالف الذي تقوده
    // الولايات المتحدة والذي يشن): the party is the actor.
    if matches!(h.kind, Kind::Verb | Kind::Noun)
        && !passive
        && actor.is_empty()
        && !relative_event
        && !t.hal
    {
        if let Some(a) = antecedent(ix, nps, h.start, range.start) {
            if !recipient.iter().any(|r| r.name == a.arg.name) {
                actor = vec![a.arg.clone()];
            }
        }
    }
    // Reported content with a subject of its own before the verb (قالت
    // الصحيفة إن النيران دمرت): the speaker is not the one who acted.
    // The subject is then looked for in the content only.
    // Where the content opens: after إن/أن/بأن that follows a statement
    // verb, after a colon, or where the quote layer's reported speech around
    // the trigger starts (وأضاف، وأشار إلى أن: statement verbs the event
    // lexicon does not list).
    let quote_from = ix.quote_around(h.span).and_then(|q| {
        let k = doc.tokens.partition_point(|t| t.span.start < q.span.start);
        (k > range.start && k <= h.start).then(|| k - 1)
    });
    let content_from = (range.start..h.start)
        .rev()
        .find(|&j| {
            // A dateline or a speaker before a colon is no subject after it.
            ix.doc.token_text(&ix.doc.tokens[j]) == ":"
                || (matches!(ix.norm(j), "ان" | "بان") && speech_before(ix, j, range.start))
                || Some(j) == quote_from
        })
        // A complementizer with a pronoun (أنها بدأت، إنه قصف) refers back
        // to the speaker: the content has no subject of its own.
        // Not أنه تم، أنه لا (the pronoun of the matter, no one's).
        .filter(|&oc| {
            !(oc..(oc + 2).min(h.start)).any(|j| {
                let w = ix.norm(j);
                let w = w.strip_prefix('ب').unwrap_or(w);
                let back = complementizer_with_pronoun(w);
                let matter = w == "انه"
                    && j + 1 < h.end
                    && matches!(
                        ix.norm(j + 1),
                        "تم" | "تمت" | "يتم" | "سيتم" | "لا" | "قد" | "لم"
                    );
                back && !matter
            })
        })
        .filter(|&oc| {
            (oc + 1..h.start).any(|j| {
                ix.doc.tokens[j].kind == TokenKind::Arabic
                    && !is_function_word(ix.norm(j))
                    && !matches!(ix.norm(j), "قد" | "لقد")
            })
            // A dateline (غواتيمالا سيتي - «الشرق الأوسط»: انتقدت …) names
            // no speaker of a first-person verb after it.
            || (range.start..oc).any(|j| {
                matches!(ix.doc.token_text(&ix.doc.tokens[j]), "-" | "–" | "—")
            })
        })
        .map(|oc| oc + 1);
    // A verb marked for a plural subject (ويرفضون، رفضوا) has people as
    // its subject: a place takes the feminine singular.
    let plural = {
        // The verb opens its trigger (أطلقوا النار، شنوا هجوما).
        let w = ix.norm(h.start);
        (w.ends_with("ون") && !w.ends_with("تعاون")) || w.ends_with("وا")
    };
    // A counted group right before a form that is also a passive, with no
    // object in its clause (العشرات من المتمردين الحوثيين قتلوا أثناء
    // محاولتهم الفرار): who it befell, not who acted.
    // The group may have been read as the verb's subject before it.
    let mut befell = false;
    if h.kind == Kind::Verb && !passive && recipient.is_empty() {
        if let Some(np) = counted_group_before(ix, nps, h, range.clone()) {
            // Read as the subject: the group or a later one of its list.
            let from = doc.tokens[np.start].span.start;
            let to = doc.tokens[h.start].span.start;
            let as_subject = !actor.is_empty()
                && actor
                    .iter()
                    .all(|a| a.span.start >= from && a.span.end <= to);
            // An agent named after the verb (برصاص الشرطة) stays the actor.
            let agent_after = !actor.is_empty()
                && actor
                    .iter()
                    .all(|a| a.span.start >= doc.tokens[h.end - 1].span.end);
            if (actor.is_empty() || as_subject || agent_after)
                && h.has_passive
                && t.obj
                && !object_in_clause_after(ix, h, range.end)
            {
                recipient = conjuncts(ix, nps, np);
                if !agent_after {
                    actor.clear();
                }
                befell = true;
                if t.event == "ASSAULT" && !agent_after {
                    if let Some(side) = circumstance_side(ix, nps, h.end, range.end, &recipient) {
                        actor = side;
                    }
                }
            }
        }
    }
    // The accused alone after a verb that is no continuation (تقرير يتهم
    // سلطات المدينة بالعنصرية): the noun before is who accuses, unnamed.
    let continues = || {
        h.clitics.has(Proclitics::WA | Proclitics::FA)
            || h.start <= range.start + 1
            || matches!(
                ix.norm(h.start - 1),
                "كما" | "ثم" | "قد" | "وقد" | "حيث" | "فيما" | "بينما" | "كذلك"
            )
    };
    if h.kind == Kind::Verb
        && !passive
        && actor.is_empty()
        && !relative_event
        && !befell
        && (!accused_only || continues())
    {
        // A subject that names no one (بينما قاتل آخرون، رحب كثيرون من
        // السنة): the group after its partitive من is the actor; without
        // one, the party the sentence names may be whom the others belong
        // to (فر آخرون after Daesh fighters were killed), never a person.
        let unnamed = !t.ends_in_prep && h.end < range.end && ix.unnamed_subject_at(h.end);
        let partitive = unnamed && h.end + 1 < range.end && ix.norm(h.end + 1) == "من";
        // Asked only where there is no partitive (the branches below it).
        let group = |a: &Arg| {
            !unnamed
                || a.entity
                    .is_none_or(|e| ix.doc.entities[e].kind != EntityType::Person)
        };
        if partitive {
            if let Some(np) = nps
                .iter()
                .find(|n| n.start == h.end + 2)
                .filter(|n| !n.victim && !n.facility && actor_like(ix, &n.arg))
            {
                actor = conjuncts(ix, nps, np);
            }
        } else if let Some(fs) =
            first_subject(ix, nps, content_from.unwrap_or(range.start), h.start)
                .filter(|n| !recipient.iter().any(|r| r.name == n.arg.name))
                .filter(|n| group(&n.arg))
        {
            actor = vec![fs.arg.clone()];
        } else if h.start <= range.start + 1
            && !t.hal
            && !relative_event
            && !h.has_passive
            && (accused_only || addressed_after_verb || !noun_subject_after(ix, h, range.end))
        {
            // A verb opening the sentence (وطالب بضرورة …): the subject of
            // the sentence before.
            let statement = matches!(
                t.event,
                "REQUEST" | "ACCUSE" | "THREATEN" | "REJECT" | "SUPPORT"
            );
            let speaker = ix.prev_speaker.borrow().clone().filter(|_| statement);
            if let Some(p) = speaker.or_else(|| ix.prev_subject.borrow().clone()) {
                if !recipient.iter().any(|r| r.name == p.name) && group(&p) {
                    actor = vec![p];
                }
            }
        }
    }
    // A verbal noun with a possessive pronoun (خلال زيارته إلى موسكو،
    // رفضها الاتفاق، غاراته): the pronoun is who acts, the subject of the
    // clause it stands in when it agrees. Only for acts whose pronoun is
    // their doer (not اتهامه، إدانتهما، تجنيدهم: done to him, to them), and
    // only one: a plural has too many candidates.
    // A relative clause between them (وذكر رودس الذي يرافق الرئيس أوباما في
    // زيارته) makes it the named party of that clause that agrees.
    if h.kind == Kind::Noun
        && !passive
        && !t.obj
        && !t.seize
        && actor.is_empty()
        && matches!(
            t.event,
            "CONSULT" | "REJECT" | "RETREAT" | "ASSAULT" | "PROTEST"
        )
    {
        if let Some(Some(feminine)) = possessive_pronoun(ix, h) {
            let agrees = |n: &&Np| {
                !recipient.iter().any(|r| r.name == n.arg.name) && feminine_np(ix, n) == feminine
            };
            let from = content_from.unwrap_or(range.start);
            // A named, ungoverned party before the noun that agrees.
            let party = |n: &&Np| {
                n.end <= h.start
                    && n.governor.is_none()
                    && !n.victim
                    && !n.facility
                    && n.arg.entity.is_some()
                    && actor_like(ix, &n.arg)
                    && agrees(n)
            };
            // The clause's subject, or the one right after the clause's
            // verb, which first_subject leaves to that verb (وبحث الرئيس
            // هادي خلال لقائه الجبير).
            let subject = first_subject(ix, nps, from, h.start)
                .filter(agrees)
                .or_else(|| {
                    nps.iter().find(|n| {
                        n.start > from
                            && ix.trigger_tokens[n.start - 1]
                            && !ix.trigger_tokens[n.start]
                            && party(n)
                    })
                });
            let in_relative = subject.and_then(|s| {
                let rel = (s.end..h.start).find(|&j| is_relative_pronoun(ix.norm(j)))?;
                nps.iter().rev().find(|n| n.start > rel && party(n))
            });
            if let Some(n) = in_relative.or(subject) {
                actor = vec![n.arg.clone()];
            }
            // Whom the doer met: the named party right after the noun
            // (خلال لقائه وزير الخارجية عادل الجبير).
            if t.event == "CONSULT" && recipient.is_empty() {
                if let Some(n) = nps.iter().find(|n| {
                    n.start == h.end
                        && n.governor.is_none()
                        && !n.facility
                        && n.arg.entity.is_some()
                        && actor_like(ix, &n.arg)
                        && !actor.iter().any(|a| a.name == n.arg.name)
                }) {
                    recipient = conjuncts(ix, nps, n);
                }
            }
        }
    }
    if h.kind == Kind::Verb && plural {
        actor.retain(|a| {
            !a.entity
                .is_some_and(|e| doc.entities[e].kind == EntityType::Location)
        });
    }
    if !passive && t.recip && recipient.is_empty() {
        let from = actor
            .last()
            .and_then(|a| nps.iter().find(|n| n.arg.span == a.span))
            .map_or(h.end, |n| n.end.max(h.end));
        // Not a thing or a building (تلك المشروعات، المطار): no party to it.
        let with = nps.iter().find(|n| {
            n.start >= from
                && n.start < far
                && !n.facility
                && matches!(
                    n.governor,
                    Some(Governor::Clitic) | Some(Governor::Role(Role::Recipient))
                )
                && !(from..n.start).any(|j| is_boundary(doc, j))
        });
        if let Some(np) = with {
            recipient = conjuncts(ix, nps, np);
        }
    }
    // A meeting noun after a preposition of time, with the one met after
    // مع and no doer of its own (أعلن الوزير أن … خلال لقاء مع نظيره
    // الأمريكي جون كيري): the clause's subject met them, as with its
    // pronoun (خلال لقائه).
    if h.kind == Kind::Noun
        && t.event == "CONSULT"
        && !passive
        && actor.is_empty()
        && !recipient.is_empty()
        && possessive_pronoun(ix, h).is_none()
        && h.start > range.start
        && matches!(
            ix.norm(h.start - 1),
            "خلال" | "اثناء" | "في" | "عقب" | "بعد" | "قبيل" | "قبل"
        )
    {
        // The subject of the reported clause, else of the sentence (أعلن
        // الوزير أن بلاده ستبدأ …، خلال لقاء مع).
        // A person or body, not who reports it (قالت صحيفة حرييت، ذكر
        // المصدر) nor a place.
        let met = |n: &&Np| {
            !recipient.iter().any(|r| r.name == n.arg.name)
                && n.arg.entity.is_some_and(|e| {
                    matches!(
                        doc.entities[e].kind,
                        EntityType::Person | EntityType::Organization
                    )
                })
                && !reporter(ix, &n.arg)
        };
        let subject = content_from
            .and_then(|from| first_subject(ix, nps, from, h.start - 1).filter(met))
            .or_else(|| first_subject(ix, nps, range.start, h.start - 1).filter(met));
        if let Some(n) = subject {
            actor = vec![n.arg.clone()];
        }
    }
    // Reinforcements or forces from a party (تعزيزات من قوات الأمن الخاصة،
    // تعزيزات عسكرية من الجيش): the party sent them. From a place they
    // only set out there (تعزيزات من صنعاء، من السعودية: no party named).
    if h.kind == Kind::Noun && t.event == "MOBILIZE" && !passive && actor.is_empty() {
        let mut j = h.end;
        if j < range.end && adjective_like(ix.norm(j)) {
            j += 1;
        }
        if j + 1 < range.end && ix.norm(j) == "من" {
            if let Some(np) = nps.iter().find(|n| {
                n.start == j + 1
                    && !n.victim
                    && !n.facility
                    && actor_like(ix, &n.arg)
                    && n.arg
                        .entity
                        .is_none_or(|e| doc.entities[e].kind != EntityType::Location)
            }) {
                actor = conjuncts(ix, nps, np);
            }
        }
    }
    // The one asked after من (طلبت الحكومة العراقية من الولايات المتحدة
    // تسريع …، طلب عدد من المشرعين من الرئيس أوباما تأجيل …), not after a
    // count or a member noun (عدد من المشرعين، أعضاء من اللجنة).
    // The verbal noun after a preposition (نزولا عند طلب من حركة طالبان،
    // بطلب من) takes who asked after من: left as it is.
    let noun_reading = h.clitics.has(Proclitics::AL)
        || h.clitics.has(Proclitics::BI)
        || h.clitics.has(Proclitics::LI)
        || (h.start > range.start
            && matches!(
                ix.norm(h.start - 1),
                "عند" | "علي" | "بناء" | "حسب" | "وفق" | "تلبيه" | "استجابه"
            ));
    if t.asked_from && h.kind == Kind::Verb && !passive && !noun_reading {
        let partitive = |j: usize| {
            doc.tokens[j].kind == TokenKind::Number
                || ix.lex.count_words.contains(ix.norm(j))
                || ix.lex.partitives.contains(ix.stem(j))
                || ix.lex.partitives.contains(ix.norm(j))
                || ix
                    .lex
                    .heads
                    .longest_at(doc, j)
                    .is_some_and(|m| m.tokens.end == j + 1 && *m.value == HeadClass::Member)
        };
        // The one asked comes right after the subject; a pronoun (طلب منهم)
        // has said who it is.
        let to = (h.end + 8).min(range.end);
        let asked = (h.end..to)
            .take_while(|&j| {
                !is_boundary(doc, j) && !clitics::is_preposition_with_pronoun(ix.norm(j))
            })
            .filter(|&j| ix.norm(j) == "من" && !partitive(j - 1))
            .find_map(|j| {
                nps.iter()
                    .find(|n| n.start == j + 1 && actor_like(ix, &n.arg))
            });
        if let Some(np) = asked {
            let asked = conjuncts(ix, nps, np);
            actor.retain(|a| !asked.iter().any(|b| b.span == a.span));
            recipient = asked;
        }
    }
    // A host (استقبل X … Y): the visitor Y, the first named person or body
    // after the host and its titles (across a place and a time), is the
    // actor; the host is the recipient.
    if t.host && !passive && !actor.is_empty() {
        let mut from = actor
            .last()
            .and_then(|a| nps.iter().find(|n| n.arg.span == a.span))
            .map_or(h.end, |n| n.end.max(h.end));
        // The host's own office in apposition (استقبل الأمير بندر نائب مدير
        // عام إدارة الشؤون الدولية …): the body it names is not the visitor.
        from = past_office(ix, nps, from);
        let candidate = |n: &&Np| {
            n.start >= from
                && n.governor.is_none()
                && !n.victim
                && !actor.iter().any(|a| a.name == n.arg.name)
        };
        // Else an official named by office alone (استقبل الرئيس المصري وزير
        // الخارجية الأمريكي).
        let visitor = nps
            .iter()
            .filter(candidate)
            .find(|n| {
                n.arg.entity.is_some_and(|e| {
                    let ent = &doc.entities[e];
                    !ent.nominal
                        && matches!(ent.kind, EntityType::Person | EntityType::Organization)
                })
            })
            .or_else(|| {
                nps.iter()
                    .filter(candidate)
                    .find(|n| n.arg.entity.is_none() && !n.facility && ix.title_at(n.start))
            });
        if let Some(v) = visitor {
            recipient = std::mem::replace(&mut actor, conjuncts(ix, nps, v));
        }
    }
    // A building receiving visitors, flights or patients (يستقبل متحف قصر
    // شبرا زواره، استقبل مطار الملك عبدالعزيز مليون معتمر) is no meeting.
    if t.host {
        let building = |a: &Arg| facility_named(ix, a) || facility_np(nps, a);
        let mut args = actor.iter().chain(&recipient).peekable();
        if args.peek().is_some() && args.all(building) {
            return None;
        }
    }
    // Two-sided events (اشتبك X مع Y، اشتباكات مع Y، لقاء جمع X بـY): every
    // side is an actor.
    if t.mutual {
        // A thing or a building met is no side (التقى بالمهندسين المشرفين على
        // تنفيذ تلك المشروعات).
        recipient.retain(|r| !facility_np(nps, r));
        actor.append(&mut recipient);
    }
    // Two-sided fighting or a flight with no side named: the side whose
    // ranks (صفوف) the sentence counts (سقوط قتلى في صفوف الحوثيين، فرار
    // مسلحين من صفوف الحوثيين).
    if actor.is_empty() && t.mutual {
        // Both sides when the sentence counts the losses of each.
        for np in ranks_all(ix, nps, range.clone()) {
            if !actor.iter().any(|a| a.name == np.arg.name) {
                actor.push(np.arg.clone());
            }
        }
    } else if actor.is_empty() && t.event == "RETREAT" {
        if let Some(np) = ranks_of(ix, nps, range.clone()) {
            actor = vec![np.arg.clone()];
        }
    } else if t.event == "ASSAULT" && recipient.is_empty() && !passive {
        if let Some(np) = ranks_of(ix, nps, range.clone()) {
            // Counted dead or wounded among them (قتلى في صفوف X), not
            // fighting in them (يقاتل في صفوف X).
            let counted = (np.start.saturating_sub(7).max(range.start)..np.start).any(|j| {
                ix.lex
                    .counts
                    .longest_at(doc, j)
                    .is_some_and(|m| *m.value != CountKind::Size)
            });
            if counted && !actor.iter().any(|a| a.name == np.arg.name) {
                recipient = vec![np.arg.clone()];
            }
        }
    }
    if t.needs_recipient && recipient.is_empty() && !relaxed {
        return None;
    }
    // A partner in the act (بالتعاون مع X، بالتنسيق مع X) is another actor.
    {
        let from = h.start.saturating_sub(10).max(range.start);
        let to = (h.end + 12).min(range.end);
        let mut j = from;
        while j < to {
            if let Some((role, end)) = ix.role(j) {
                if role == Role::CoAgent {
                    if let Some(np) = nps.iter().find(|n| n.start == end && !n.victim) {
                        for a in conjuncts(ix, nps, np) {
                            recipient.retain(|r| r.name != a.name);
                            if !actor.iter().any(|x| x.name == a.name) {
                                actor.push(a);
                            }
                        }
                    }
                }
                j = end.max(j + 1);
                continue;
            }
            j += 1;
        }
    }
    // Who reports a physical act did not do it (قالت مصادر محلية إن …
    // كما استهدفت، أفاد المرصد بمقتل).
    if matches!(
        t.event,
        "ASSAULT" | "COERCE" | "MOBILIZE" | "RETREAT" | "PROTEST"
    ) {
        actor.retain(|a| !reporter(ix, a));
    }
    recipient.retain(|r| !actor.iter().any(|a| a.name == r.name));
    // A town or district attacked is the event's place, not its recipient.
    recipient.retain(|r| !sublocation(ix, r) || facility_named(ix, r));
    actor.retain(|a| !sublocation(ix, a));

    // Ground taken (سيطر الجيش على مطار عدن، استعادت القوات البلدة): the
    // place taken is where it happened, and the recipient is who held it
    // (من أيدي الحوثيين) or fought for it (بعد معارك مع الحوثيين).
    let mut taken: Option<Arg> = None;
    if t.seize {
        let is_place = |r: &Arg| {
            r.entity
                .is_some_and(|e| doc.entities[e].kind == EntityType::Location)
                || facility_named(ix, r)
                || facility_np(nps, r)
        };
        // A phrase headed by a place noun is ground too (مديرية مشرعة); one
        // alone (السيطرة على المديرية، تحرير البلدة) names no place, and the
        // sentence's place stands.
        let place_noun = |r: &Arg| first_word_in(r, &ix.lex.places);
        taken = recipient
            .iter()
            .find(|r| is_place(r))
            .or_else(|| {
                recipient
                    .iter()
                    .find(|r| place_noun(r) && r.entity.is_some())
            })
            .cloned();
        recipient.retain(|r| !is_place(r) && !place_noun(r));
        if recipient.is_empty() {
            if let Some(np) = holder_or_opponent(ix, nps, h, range.clone())
                .filter(|np| !is_place(&np.arg) && !actor.iter().any(|a| a.name == np.arg.name))
            {
                recipient = conjuncts(ix, nps, np);
            }
        }
    }
    // A work, an event or a thing the entity layer named (MISC: مهرجان
    // أبها، اتفاقية سايكس بيكو، قذيفة هاون) is no party to an act.
    let thing = |a: &Arg| {
        a.entity
            .is_some_and(|e| doc.entities[e].kind == EntityType::Misc)
    };
    actor.retain(|a| !thing(a));
    recipient.retain(|a| !thing(a));
    // Place: the nearest place named in the sentence, not an actor.
    let place_taken = taken.as_ref().is_some_and(|p| p.entity.is_some());
    let place = taken.or_else(|| find_place(ix, h, nps, range.clone(), &actor, &recipient));
    // A date after publication is a deadline or a plan (بعد 31 كانون الأول،
    // حتى نهاية العام), not the day of an act the text reports as done.
    let future_ok = h.trigger.future
        || matches!(
            find_modality(ix, h, range.clone(), &actor),
            Modality::Future | Modality::Hypothetical
        );
    let date = find_date(ix, h, range.clone(), future_ok);
    let place_near = place.as_ref().is_some_and(|p| {
        p.span.start >= doc.tokens[h.start].span.start
            && p.span.start < doc.tokens[(h.end + 8).min(range.end) - 1].span.end
    });
    let in_scope = place_near
        || date.as_ref().is_some_and(|(_, ti)| {
            let ts = doc.times[*ti].span;
            ts.start.abs_diff(h.span.start) < 80
        });
    // A protest a crowd gathered for (خرج المئات للاحتجاج) has the crowd.
    let gathered = || t.event == "PROTEST" && crowd_gathered_before(ix, h.start, range.start);
    if t.weak && actor.is_empty() && recipient.is_empty() && !in_scope && !relaxed && !gathered() {
        return None;
    }
    // A gathering verb with no party read off: a body or a person named
    // just after it in its clause may still have met through its members
    // (يجتمع سفراء دول حلف شمال الأطلسي); else people or things gathered.
    if t.needs_party && actor.is_empty() && recipient.is_empty() {
        let named_after = (h.end..(h.end + 8).min(range.end))
            .take_while(|&j| !is_boundary(doc, j))
            .filter_map(|j| ix.in_mention.get(&j))
            .any(|&e| {
                matches!(
                    doc.entities[e].kind,
                    EntityType::Person | EntityType::Organization
                )
            });
        if !named_after {
            return None;
        }
    }
    if t.needs_person {
        let person = |a: &Arg| match a.entity {
            Some(e) => doc.entities[e].kind == EntityType::Person,
            None => nps
                .iter()
                .any(|n| n.arg.span == a.span && ix.title_at(n.start)),
        };
        // The one received comes after the noun (خلال استقباله الرئيس
        // المصري); a person named before it may be who received something
        // else (أحمد الله … لاستقبال الدعم اللوجستي).
        let after = |a: &&Arg| a.span.start >= h.end;
        if !actor.iter().chain(&recipient).filter(after).any(person) {
            return None;
        }
    }
    if t.hostile && !relaxed && !violent_sentence(ix, nps, range.clone(), &actor, &recipient) {
        return None;
    }
    if t.crowd {
        match protesting_crowd(ix, h, range.clone()) {
            None => return None,
            // The crowd counted before the verb gathered (نحو ألف متظاهر
            // تجمعوا في أنقرة), not a force named before it.
            Some(Some((mut qs, qe))) => {
                // Not the preposition of موكب من 500 شخص.
                if qe > qs + 1 && ix.norm(qs) == "من" {
                    qs += 1;
                }
                let (name, span) = ix.surface(qs, qe, 0);
                actor = vec![Arg {
                    name,
                    entity: None,
                    span,
                }];
            }
            Some(None) => {}
        }
    }
    // A noun told as done (تم ضبط، تمكنت من ضبط، ضبط 21 مطلوبا), not a duty
    // (ضبط مصروفات الجمعيات).
    // The agreement, with the article (الاتفاق النووي، الاتفاقية المبرمة
    // مع، بالاتفاق بين): one already made that the text talks about; made
    // here only after a light verb or passive (تم الاتفاق على، أبرمت الاتفاقية).
    let agreement_named = t.event == "AGREE" && h.clitics.has(Proclitics::AL);
    if (t.done || agreement_named) && h.kind == Kind::Noun && !relaxed {
        let light = h.start > range.start
            && (h.passive
                || (h.start.saturating_sub(3).max(range.start)..h.start)
                    .any(|j| matches!(ix.role(j), Some((Role::Support | Role::Passive, _))))
                || split_support.is_some());
        let counted = h.end < range.end && doc.tokens[h.end].kind == TokenKind::Number;
        if !(light || counted) {
            return None;
        }
    }
    // كان + imperfect is a habit (كانت تدعونا، كان يزور): no one event.
    if h.kind == Kind::Verb
        && h.trigger.present
        && !relaxed
        && (h.start.saturating_sub(2).max(range.start)..h.start)
            .any(|j| matches!(ix.norm(j), "كان" | "كانت" | "كانوا" | "وكان" | "وكانت"))
    {
        return None;
    }
    // Another sense a word after it gives (رفض المتحدث التعليق، أصيب السكان
    // برعب).
    if !t.other_sense.is_empty() {
        let to = (h.end + 4).min(range.end);
        if (h.end..to)
            .take_while(|&j| !is_boundary(doc, j))
            .any(|j| t.other_sense.iter().any(|w| w == ix.norm(j)))
        {
            return None;
        }
    }
    // Words of speech later in its clause, past commas (هاجم الرئيس
    // المعارضة، واصفا إياها): a verbal attack, no act.
    if !t.speech.is_empty()
        && (h.end..range.end)
            .take_while(|&j| is_comma(doc, j) || !hard_boundary(ix, j))
            .any(|j| t.speech.iter().any(|w| w == ix.norm(j)))
    {
        return None;
    }
    let (counts, quantities) = find_counts(ix, h, range.clone());
    // A word with another sense outside protests (مسيرة "a career", قطع
    // الطريق by gunmen): a protest only among words of protest or with its
    // crowd counted.
    if t.cue && counts.size.is_none() && !protest_cue_in(ix, h, range.clone()) {
        return None;
    }
    // A word with a sense in sport (يلتقي الأهلي مع الزمالك، قاد هجوم
    // الفريق، السيطرة في وسط الملعب) among words of sport is the game,
    // unless blood is counted, the sentence shows other violence (قتل
    // المئات في هجمات دامية) or persons meet (اجتمع المدرب باللاعبين).
    if t.sport
        && counts.dead.is_none()
        && counts.injured.is_none()
        && !(t.event == "CONSULT"
            && actor.iter().chain(&recipient).any(|a| {
                a.entity
                    .is_some_and(|e| doc.entities[e].kind == EntityType::Person)
            }))
        && ix.about_sport(range.clone())
        && !(t.event == "ASSAULT" && violence(ix, nps, range.clone(), &actor, &recipient, true))
    {
        return None;
    }
    if matches!(t.event, "ASSAULT" | "PROTEST")
        && !relaxed
        && !reported(
            ix,
            h,
            detail,
            &date,
            &counts,
            range.clone(),
            !actor.is_empty(),
        )
    {
        return None;
    }
    // A bare event noun with nothing around it is a topic ("the assassination
    // issue"), not a report; one right beside a word that makes it specific
    // (وقع انفجار، انفجار هز، اثنين من التفجيرات وقعا، انفجار سيارة مفخخة)
    // is news.
    let specific_beside = || {
        (h.end < range.end && ix.lex.specifics.longest_at(doc, h.end).is_some())
            // A verb of taking part or carrying out a few words before
            // (شاركت الصحيفة في الإضراب، نفذ العمال إضرابا).
            || (h.start.saturating_sub(4).max(range.start)..h.start)
                .rev()
                .take_while(|&j| !is_boundary(doc, j))
                .any(|j| matches!(ix.role(j), Some((Role::Support, _))))
            || split_support.is_some()
            || (h.start.saturating_sub(2).max(range.start)..h.start).any(|j| {
                ix.lex
                    .specifics
                    .longest_at(doc, j)
                    .is_some_and(|m| m.tokens.end == h.start)
            })
    };
    if h.kind == Kind::Noun
        && !relaxed
        && !h.passive
        && actor.is_empty()
        && recipient.is_empty()
        && place.is_none()
        && date.is_none()
        && counts.is_empty()
        && !specific_beside()
    {
        return None;
    }
    let mut modality = find_modality(ix, h, range.clone(), &actor);
    if suspected && modality == Modality::Asserted {
        modality = Modality::Alleged;
    }
    if modality == Modality::Asserted {
        if let (Some((value, _)), Some(published)) = (&date, doc.published) {
            if is_historical(value, published) {
                modality = Modality::Historical;
            }
        }
    }
    // A purpose clause (للقتال، لاستهداف) names an intended act; after a
    // verb of doing (اضطرت لتفريق، سارعت لإغلاق) it reports the act.
    let done = h.start > range.start
        && matches!(ix.role(h.start - 1), Some((Role::Support, e)) if e == h.start);
    // تعرض لـ (was subjected to) reports what befell, not a purpose
    // (تعرض مناطق في العاصمة لتفجيرين، تعرضوا للضرب), also when تعرض is
    // a trigger itself (تعرضت القرية لقصف مدفعي).
    let done = done
        || (h.start.saturating_sub(6).max(range.start)..h.start)
            .rev()
            .take_while(|&j| !is_boundary(doc, j))
            .find(|&j| ix.trigger_tokens[j] || ix.stem(j).starts_with("تعرض"))
            .is_some_and(|j| ix.stem(j).starts_with("تعرض"));
    // A crowd that gathered to protest (نزل آلاف الأشخاص إلى الشوارع
    // للاحتجاج على، تجمع المئات للتظاهر): the gathering is the protest.
    let done = done || (h.kind == Kind::Noun && h.clitics.has(Proclitics::LI) && gathered());
    if h.kind == Kind::Noun
        && h.clitics.has(Proclitics::LI)
        && modality == Modality::Asserted
        && !done
    {
        modality = Modality::Hypothetical;
    }
    // أن + imperfect is a subjunctive (يمكن أن يطلب، يجب أن يتوقف), ل +
    // imperfect a purpose (لتسيطر على الوقت): an act wanted, possible or
    // due, not one reported. After قبل/بعد, أن tells a past act in
    // sequence (قبل أن يقتحموا المعسكر).
    let after_an = h.start > range.start
        && ix.norm(h.start - 1) == "ان"
        && !after_sequence_an(ix, h.start, range.start);
    if h.kind == Kind::Verb
        && h.trigger.present
        && (after_an || h.clitics.has(Proclitics::LI))
        && modality == Modality::Asserted
    {
        modality = Modality::Hypothetical;
    }
    // An act said to be needed or possible (ضرورة انسحاب الحوثيين، بأهمية
    // وقف إطلاق النار، إمكانية التوصل إلى اتفاق): asked for or weighed, not
    // done.
    if h.kind == Kind::Noun
        && modality == Modality::Asserted
        && h.start > range.start
        && matches!(
            ix.stem(h.start - 1),
            "ضروره" | "وجوب" | "اهميه" | "امكانيه" | "احتمال"
        )
    {
        modality = Modality::Hypothetical;
    }
    // A weak trigger under a condition is talk, not an event.
    if t.weak && !relaxed && matches!(modality, Modality::Hypothetical | Modality::Negated) {
        return None;
    }
    // A speaking body's own forces (قال جيش الفتح إن مقاتليه فجروا، أعلن
    // التنظيم أن عناصره قتلوا): the body acted, and claims it.
    if actor.is_empty()
        && matches!(t.event, "ASSAULT" | "COERCE" | "MOBILIZE" | "RETREAT")
        && !relaxed
    {
        // Only as the subject before the verb: after it they are as often
        // its object (ضبط عناصره، قتل عناصره).
        let own = h.start > range.start && own_forces(ix, h.start - 1);
        if own {
            if let Some(a) = quote_speaker_body(ix, h) {
                actor = vec![a];
            }
        }
    }
    let source = ix.quote_around(h.span).and_then(|q| q.speaker.clone());
    if let Some(src) = &source {
        if actor.iter().any(|a| a.name == *src) && modality == Modality::Asserted {
            modality = Modality::Claimed;
        }
    }
    // An arrest or a raid told in the passive (تم القبض على، ألقي القبض على)
    // by a force or a body that speaks (قالت الشرطة إن …، أوضح الناطق
    // الإعلامي لشرطة المنطقة …) or that the sentence names as acting
    // (باشر المختصون بشرطة المحافظة … حيث تم القبض): that force, which
    // reports its own act.
    if actor.is_empty() && t.event == "COERCE" && !relaxed {
        if let Some((a, spoken)) = acting_force(ix, h, nps, range.clone()) {
            actor = vec![a];
            if (spoken || source.is_some()) && modality == Modality::Asserted {
                modality = Modality::Claimed;
            }
        }
    }
    // A death or a blast in an accident or a disaster (لقي مصرعه في حادث
    // مروري، النيران دمرت، انفجار أسطوانة غاز) is no attack, unless the
    // sentence names a hostile act too or the event its actor.
    // Control taken of a fire (سيطرت وحدات الدفاع المدني على حريق) is
    // none either, whoever took it.
    if t.event == "ASSAULT"
        && !relaxed
        && accident_rules_out(accident_sentence(ix, range.clone()), t, &actor)
    {
        return None;
    }
    // بالتعاون مع، بالتنسيق مع: how another act was done, not an event.
    if t.event == "COOPERATE" && h.kind == Kind::Noun && h.clitics.has(Proclitics::BI) {
        return None;
    }
    let mut confidence: f32 = if t.weak { 0.4 } else { 0.55 };
    if !actor.is_empty() {
        confidence += 0.2;
    }
    if !recipient.is_empty() {
        confidence += 0.1;
    }
    if place.is_some() || date.is_some() {
        confidence += 0.1;
    }
    let char_start = ix.offsets.char_of(h.span.start);
    Some(CodedEvent {
        id: format!("{}-{}-{}", doc.id, t.event.to_lowercase(), char_start),
        kind: t.event,
        mode: t.mode,
        trigger: h.span,
        sentence: si,
        actor,
        recipient,
        place,
        date,
        counts,
        quantities,
        modality,
        source,
        confidence: confidence.min(1.0),
        place_taken,
    })
}

/// Whether `s`, the phrase after a verb of charging (`charge` in
/// triggers.tsv), is followed right away by the charge with ب (واتهم حزب
/// الله بالوقوف وراءه، اتهم الوزير بأنه): then it is the accused, the verb's
/// subject dropped or before it. Not with an object pronoun on the verb
/// (اتهمه حزب الله بـ: the phrase accuses).
fn accused_before_charge(ix: &DocIndex, nps: &[Np], h: &Hit, s: &Np) -> bool {
    if s.start < h.end || verb_with_object(ix, h.start) {
        return false;
    }
    let end = actor_end(nps, s, &conjuncts(ix, nps, s));
    end < ix.doc.tokens.len() && charge_at(ix, end)
}

/// [`charge_at`], or a word the tokenizer left its ب on (باتباع) that is no
/// name (باكستان، بورزاكو).
fn charge_like(ix: &DocIndex, j: usize) -> bool {
    charge_at(ix, j)
        || (ix.norm(j).starts_with('ب')
            && !ix.mention_at.contains_key(&j)
            && !ix.in_mention.contains_key(&j))
}

/// Whether token `j` opens the charge of a verb of charging: a word with ب
/// (بالوقوف) or بأن with its pronoun.
fn charge_at(ix: &DocIndex, j: usize) -> bool {
    ix.doc.tokens[j].kind == TokenKind::Arabic
        && (ix.doc.tokens[j].proclitics.has(Proclitics::BI)
            || matches!(
                ix.norm(j),
                "بان" | "بانه" | "بانها" | "بانهم" | "بانهما" | "بانهن"
            ))
}

/// Whether the verb form at token `i` ends in an object pronoun (اتهمه،
/// يتهمهم، وأدانه): [`object_suffix`], or a pronoun after a form of four
/// letters or more, read without و/ف (واتهم is no اتهم + هم) and not
/// written with ة (إدانة).
fn verb_with_object(ix: &DocIndex, i: usize) -> bool {
    let p = ix.doc.tokens[i].proclitics;
    let w = ix.norm(i);
    let w = if p.has(Proclitics::WA | Proclitics::FA) {
        w.strip_prefix(['و', 'ف']).unwrap_or(w)
    } else {
        w
    };
    if ix.doc.token_text(&ix.doc.tokens[i]).ends_with('ة') {
        return false;
    }
    object_suffix(w)
        || ["هما", "هم", "هن", "ها", "ه"]
            .iter()
            .any(|p| w.strip_suffix(p).is_some_and(|r| r.chars().count() >= 4))
}

/// The possessive pronoun on a noun trigger's last word, as written:
/// `Some(Some(true))` for ـها, `Some(Some(false))` for ـه (زيارته، رفضه; not
/// ة), `Some(None)` for the plural and dual ـهم، ـهما; `None` without one.
fn possessive_pronoun(ix: &DocIndex, h: &Hit) -> Option<Option<bool>> {
    let w = ix.doc.token_text(&ix.doc.tokens[h.end - 1]);
    let stem_len = |suffix: &str| w.strip_suffix(suffix).map_or(0, |r| r.chars().count());
    if stem_len("هما") >= 3 || stem_len("هم") >= 3 {
        Some(None)
    } else if stem_len("ها") >= 3 {
        Some(Some(true))
    } else if stem_len("ه") >= 3 {
        Some(Some(false))
    } else {
        None
    }
}

/// Whether a phrase names something a feminine pronoun refers to: a place,
/// or a head written with ة (الحكومة، الوزيرة، وزارة الداخلية).
fn feminine_np(ix: &DocIndex, n: &Np) -> bool {
    let head = ix.doc.token_text(&ix.doc.tokens[n.start]);
    head.ends_with('ة')
        || n.arg.entity.is_some_and(|e| {
            let ent = &ix.doc.entities[e];
            // A country or a town; a body by its head word (الحكومة،
            // وزارة الداخلية), as حزب، مجلس، الجيش are masculine.
            ent.kind == EntityType::Location
                || ent
                    .name
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| w.ends_with('ة'))
        })
}

/// Whether the verb at `at` follows قبل أن / بعد أن (before / after):
/// its imperfect tells an act in a sequence of past ones, not a wish.
fn after_sequence_an(ix: &DocIndex, at: usize, floor: usize) -> bool {
    at >= floor + 2
        && ix.norm(at - 1) == "ان"
        && matches!(ix.norm(at - 2), "قبل" | "بعد" | "وقبل" | "وبعد")
}

/// Whether an ASSAULT or PROTEST mention reports a specific event rather
/// than mentioning one in passing (a question is none). A past verb reports one (هاجم، قتل); an
/// event noun needs something specific in scope: a count, a date, a weapon,
/// casualties, a light verb (`specifics.txt`); a place or a named party
/// alone is not enough. A present verb
/// without a date is habitual or generic (تستهدف الجرائم); an act inside a
/// protest (ردد المتظاهرون) needs a crowd size or a date. Any of them is a
/// topic under a word of `topics.tsv` (التحقيق في اغتيال، دان الهجوم).
fn reported(
    ix: &DocIndex,
    h: &Hit,
    detail: bool,
    date: &Option<(String, usize)>,
    counts: &Counts,
    range: std::ops::Range<usize>,
    named_actor: bool,
) -> bool {
    let doc = ix.doc;
    // A topic word makes it talk, unless a condemnation dates it to this
    // week or counts its victims, or an antecedent (في أعقاب) names its actor.
    let recent = date
        .as_ref()
        .is_some_and(|(v, _)| date_relation(v, doc.published) == "recent");
    let blocks = |at: usize| {
        topic_word(ix, at, range.clone()).is_some_and(|j| match soft_topic(ix, j) {
            Some("condemn") => !(counts.has_casualties() || recent),
            Some(_) => !named_actor,
            None => true,
        })
    };
    // A question asks whether it happened (هل اغتالت …؟).
    let last = doc.token_text(&doc.tokens[range.end - 1]);
    if matches!(last, "؟" | "?") || blocks(h.start) {
        return false;
    }
    // A relative verb after an event noun (الهجوم الذي استهدف) is that
    // event's mention: a topic when the noun is one.
    if matches!(h.kind, Kind::Verb | Kind::Passive)
        && h.start >= range.start + 2
        && matches!(ix.norm(h.start - 1), "الذي" | "التي" | "الذين")
        && ix.trigger_tokens[h.start - 2]
    {
        let mut n = h.start - 2;
        while n > range.start && ix.trigger_tokens[n - 1] {
            n -= 1;
        }
        if blocks(n) {
            return false;
        }
    }
    let dated = date
        .as_ref()
        .is_some_and(|(_, ti)| doc.times[*ti].span.start.abs_diff(h.span.start) < 80);
    // A relative clause on a participant (القيادي الذي اغتيل عام 1999، الذي
    // اغتالته إسرائيل) tells their past, not today's news: a report only
    // with a recent date of its own.
    if matches!(h.kind, Kind::Verb | Kind::Passive) && relative_verb(ix, h.start, range.start) {
        let recent = date
            .as_ref()
            .is_some_and(|(v, _)| !doc.published.is_some_and(|p| is_historical(v, p)));
        if !(dated && recent) {
            return false;
        }
    }
    // A word in quotation marks of its own (عملية "التحرير") names or cites
    // something; it reports nothing.
    if h.start > range.start
        && h.end < range.end
        && is_quote_mark(doc.token_text(&doc.tokens[h.start - 1]))
        && is_quote_mark(doc.token_text(&doc.tokens[h.end]))
    {
        return false;
    }
    if detail {
        return counts.size.is_some() || dated;
    }
    if h.trigger.instrument {
        // Or it went off in its clause (سيارة مفخخة متوقفة أمام المديرية
        // انفجرت، انفجار عبوة ناسفة).
        let clause_from = (range.start..h.start)
            .rev()
            .find(|&j| hard_boundary(ix, j))
            .map_or(range.start, |j| j + 1);
        let clause_to = (h.end..range.end)
            .find(|&j| hard_boundary(ix, j))
            .unwrap_or(range.end);
        let went_off = (clause_from..clause_to).any(|j| ix.blast_tokens[j]);
        return counts.has_casualties() || went_off;
    }
    // Who or why did it (من استهدف الجسر، لماذا قتل): a question or a
    // generic relative, not a report.
    if matches!(h.kind, Kind::Verb | Kind::Passive)
        && h.start > range.start
        && matches!(
            ix.norm(h.start - 1),
            "من" | "لماذا" | "كيف" | "هل" | "لمن" | "ماذا"
        )
    {
        return false;
    }
    match h.kind {
        Kind::Verb if h.trigger.present && !h.passive => {
            // لم/لن/سوف + imperfect is a negated past or a future: modality
            // handles those.
            // قبل أن / بعد أن + imperfect tells a past act in sequence.
            dated
                || (h.start.saturating_sub(2).max(range.start)..h.start)
                    .any(|j| matches!(ix.norm(j), "لم" | "لن" | "سوف" | "لما"))
                || after_sequence_an(ix, h.start, range.start)
                || predicate_of_event_noun(ix, h, range.start)
                || seen_doing(ix, h, range.start)
        }
        Kind::Noun => {
            // A place or a party named beside it does not make it one:
            // تفجيرات مدينة الصدر، اغتيال الحريري are topics as often as news.
            // تم/جرى + noun is a passive verb: it happened; so is the act a
            // subject managed (تمكنت المقاومة من السيطرة على الجبل).
            if !counts.is_empty()
                || dated
                || h.passive
                || split_support_before(ix, h.start, range.clone()).is_some()
                || cause_of_loss(ix, h, range.start)
            {
                return true;
            }
            let from = h.start.saturating_sub(4).max(range.start);
            let to = (h.end + 8).min(range.end);
            (from..to).any(|j| {
                (j < h.start || j >= h.end)
                    && (ix.lex.specifics.longest_at(doc, j).is_some()
                        || matches!(ix.role(j), Some((Role::Support | Role::Relative, _))))
            })
        }
        _ => true,
    }
}

/// Whether present-tense verb `h` is the predicate of an event noun of its
/// type that opens its clause, as headlines and their leads tell an act
/// (تفجير انتحاري في فندق ماريوت، بباكستان، يقتل 60 شخصا; أن غارات التحالف
/// تستهدف): the noun's act, told as news, not a habit.
fn predicate_of_event_noun(ix: &DocIndex, h: &Hit, floor: usize) -> bool {
    let doc = ix.doc;
    // The clause runs past commas, back to a full stop, colon or bracket.
    let mut first = (floor..h.start)
        .rev()
        .find(|&j| is_boundary(doc, j) && !is_comma(doc, j))
        .map_or(floor, |j| j + 1);
    // A list item's dash and number (ـ 20: تفجير), a complementizer.
    while first < h.start && doc.tokens[first].kind != TokenKind::Arabic {
        first += 1;
    }
    if first < h.start && matches!(ix.norm(first), "ان" | "بان") {
        first += 1;
    }
    // A noun only: قصف الطيران opens a verb's clause.
    first < h.start
        && ix.lex.triggers.longest_at(doc, first).is_some_and(|m| {
            m.tokens.end < h.start
                && m.value
                    .iter()
                    .any(|t| t.kind == Kind::Noun && t.event == h.trigger.event)
                && m.value.iter().all(|t| t.kind != Kind::Verb)
        })
        // Nor a relative clause (والتي يسيطر عليها).
        && !(first..h.start).any(|j| is_relative_pronoun(ix.norm(j).trim_start_matches('و')))
}

/// Whether present-tense verb `h` tells what someone was seen doing
/// (شاهد مسلحين يطلقون النار على الطائرات، شوهد جنود يعتقلون): an act
/// witnessed, not a habit. The perception verb stands at most four words
/// before it, in its clause.
fn seen_doing(ix: &DocIndex, h: &Hit, floor: usize) -> bool {
    (h.start.saturating_sub(4).max(floor)..h.start)
        .rev()
        .take_while(|&j| !is_boundary(ix.doc, j))
        .any(|j| {
            matches!(
                ix.norm(j).trim_start_matches(['و', 'ف']),
                "شاهد"
                    | "شاهدت"
                    | "شاهدوا"
                    | "شاهدنا"
                    | "شاهدته"
                    | "راي"
                    | "رات"
                    | "رايت"
                    | "راينا"
                    | "راوا"
                    | "شوهد"
                    | "شوهدت"
                    | "شوهدوا"
            )
        })
}

/// Whether event noun `h` is given as the cause of a loss counted before it
/// in its clause (قتل ثلاثة جراء قصف، 63 شخصا لقوا مصرعهم نتيجة قصف): the
/// act that killed them, not a topic.
fn cause_of_loss(ix: &DocIndex, h: &Hit, from: usize) -> bool {
    if h.start <= from || !is_cause_word(ix.norm(h.start - 1)) {
        return false;
    }
    let clause_from = (from..h.start - 1)
        .rev()
        .find(|&j| hard_boundary(ix, j))
        .map_or(from, |j| j + 1);
    counts_people(ix, clause_from, h.start - 1)
        && (clause_from..h.start - 1).any(|j| ix.trigger_tokens[j])
}

/// Whether tokens `s..e` lie in a short quoted name: an opening quotation
/// mark right before, a closing one at most three words after, and no
/// colon or speech before the opening mark (a direct quote).
fn quoted_name(doc: &Document, s: usize, e: usize) -> bool {
    if s == 0 || !is_quote_mark(doc.token_text(&doc.tokens[s - 1])) {
        return false;
    }
    if s >= 2 && matches!(doc.token_text(&doc.tokens[s - 2]), ":" | "،" | ",") {
        return false;
    }
    // A relative clause's verb set in quotation marks (المئات الذين "لاذوا
    // بالفرار") is quoted words, not a name.
    if s >= 2 && is_relative_pronoun(doc.token_text(&doc.tokens[s - 2])) {
        return false;
    }
    (e..(e + 3).min(doc.tokens.len()))
        .take_while(|&j| {
            doc.tokens[j].kind != TokenKind::Punct || is_quote_mark(doc.token_text(&doc.tokens[j]))
        })
        .any(|j| is_quote_mark(doc.token_text(&doc.tokens[j])))
}

fn is_quote_mark(t: &str) -> bool {
    matches!(t, "\"" | "«" | "»" | "“" | "”" | "'")
}

/// A mark that may open a body's name after its head: a quotation mark or
/// a bracket (تنظيم (داعش)).
fn opens_name(t: &str) -> bool {
    is_quote_mark(t) || t == "("
}

/// A mark that may close it.
fn closes_name(t: &str) -> bool {
    is_quote_mark(t) || t == ")"
}

/// Whether the verb at `at` opens a relative clause (الذي قتل، التي
/// اغتالته، الذين كانوا قد خطفوا) on a noun that is not an event noun (an
/// event noun's relative verb is that event's mention, handled apart).
fn relative_verb(ix: &DocIndex, at: usize, floor: usize) -> bool {
    let mut j = at;
    while j > floor && matches!(ix.norm(j - 1), "قد" | "كان" | "كانت" | "كانوا") {
        j -= 1;
    }
    j > floor && is_relative_pronoun(ix.norm(j - 1)) && !event_noun_before(ix, j - 1, floor)
}

/// Whether a verb form ends in an object pronoun (اتهمتها، استعادها،
/// قتلهم، تشنه), with a verb of three letters or more before it: not the
/// root's own letters (تتهم، يتهم); ـه alone only after the endings of a
/// past tense (قتلته، قتلوه، أرداه) or on a long form (استهدفه), not on
/// roots in ه (يواجه، يتوجه).
fn object_suffix(w: &str) -> bool {
    let rest = |p: &str| w.strip_suffix(p).is_some_and(|r| r.chars().count() >= 3);
    if ["هما", "ها", "هم", "هن"].iter().any(|p| rest(p)) {
        return true;
    }
    let n = w.chars().count();
    w.ends_with('ه')
        && ((n >= 4 && ["ته", "وه", "اه"].iter().any(|e| w.ends_with(e)))
            || (n >= 6 && !w.ends_with("جه")))
}

/// A relative pronoun (in matching form) that opens a clause with a verb
/// of its own.
fn is_relative_pronoun(w: &str) -> bool {
    matches!(
        w,
        "الذي"
            | "التي"
            | "الذين"
            | "اللذين"
            | "اللتين"
            | "اللذان"
            | "اللتان"
            | "اللواتي"
    )
}

/// The party a relative clause opening right before `at` is on: the named
/// phrase before الذي/التي, when it can act (see [`relative_head`]).
fn antecedent<'n>(ix: &DocIndex, nps: &'n [Np], at: usize, floor: usize) -> Option<&'n Np> {
    relative_head(ix, nps, at, floor)
        .filter(|n| !n.victim && !n.facility && actor_like(ix, &n.arg))
        .filter(|n| {
            n.arg
                .entity
                .is_none_or(|e| ix.doc.entities[e].kind != EntityType::Location)
        })
}

/// The phrase right before a relative pronoun that opens a clause right
/// before `at` (الشهيد فلان الذي استشهد): what a passive verb there befell.
/// Not across a comma, where the clause often describes an earlier phrase
/// (الشهيد فلان من القوة المشاركة في عمليات التحالف، الذي استشهد).
fn described_before<'n>(ix: &DocIndex, nps: &'n [Np], at: usize, floor: usize) -> Option<&'n Np> {
    relative_head(ix, nps, at, floor).filter(|n| !is_comma(ix.doc, n.end))
}

/// The phrase a relative clause opening right before `at` describes: the
/// one before الذي/التي (across a comma; بدوره and قد may follow the
/// pronoun); for a second relative joined by و (والذي), the first one's.
fn relative_head<'n>(ix: &DocIndex, nps: &'n [Np], at: usize, floor: usize) -> Option<&'n Np> {
    let rel_word = |j: usize| matches!(ix.stem(j), "الذي" | "التي" | "الذين");
    let mut rel = at;
    while rel > floor && matches!(ix.norm(rel - 1), "بدوره" | "بدورها" | "بدورهم" | "قد")
    {
        rel -= 1;
    }
    if rel == floor || !rel_word(rel - 1) {
        return None;
    }
    let mut rel = rel - 1;
    if ix.doc.tokens[rel].proclitics.has(Proclitics::WA) {
        // والذي: back to the first relative of the chain, in this clause.
        rel = (rel.saturating_sub(8).max(floor)..rel)
            .rev()
            .find(|&j| rel_word(j) && !ix.doc.tokens[j].proclitics.has(Proclitics::WA))?;
    }
    if event_noun_before(ix, rel, floor) {
        return None;
    }
    let mut end = rel;
    if end > floor && is_comma(ix.doc, end - 1) {
        end -= 1;
    }
    nps.iter().find(|n| n.end == end && n.start >= floor)
}

/// A force or a public body (شرطة، قوات، الأمن، وزارة، السلطات: a nominal
/// head of `actors.tsv` or an organisation the entity layer names) before a
/// trigger in its sentence: the speaker of the content it is in (or the body
/// after a speaker's title: الناطق الإعلامي لشرطة المنطقة), else the last
/// one named before it. With whether it is the speaker.
fn acting_force(
    ix: &DocIndex,
    h: &Hit,
    nps: &[Np],
    range: std::ops::Range<usize>,
) -> Option<(Arg, bool)> {
    let force = |n: &Np| force_np(ix, n);
    let before: Vec<&Np> = nps
        .iter()
        .filter(|n| n.start >= range.start && n.end <= h.start)
        .collect();
    // The speaker: the phrase after a speech cue whose content holds the trigger.
    // Cues are sorted by start and end after it: only those from the
    // sentence's start to the trigger.
    for (cs, ce, cues) in ix.cues_from(range.start).take_while(|c| c.0 < h.start) {
        if *cs < range.start || *ce > h.start || !cues.iter().any(|c| c.modality == "speech") {
            continue;
        }
        if !(*ce..h.start).any(|j| opens_content(ix, j)) {
            continue;
        }
        let mut after = before.iter().filter(|n| n.start >= *ce && n.start < ce + 6);
        if let Some(sp) = after.next() {
            if speaking_body(ix, sp) {
                return Some((sp.arg.clone(), true));
            }
            // A spokesman of a body: الناطق الإعلامي لشرطة المنطقة الشرقية.
            if let Some(body) = before
                .iter()
                .find(|n| n.start == sp.end && matches!(n.governor, Some(Governor::Clitic)))
            {
                if force(body) {
                    return Some((body.arg.clone(), true));
                }
            }
            if let Some(body) = office_body(ix, sp, range.end) {
                return Some((body, true));
            }
        }
    }
    before
        .iter()
        .rev()
        .find_map(|n| {
            if force(n) {
                Some(n.arg.clone())
            } else {
                office_body(ix, n, range.end)
            }
        })
        .map(|a| (a, false))
        .or_else(|| {
            // A clause cut off by a semicolon (…؛ حيث تم القبض على):
            // the force of the sentence before.
            let opens = matches!(ix.norm(range.start), "حيث" | "وقد" | "كما" | "وتم" | "تم");
            opens.then(|| ix.prev_force()).flatten().map(|a| (a, false))
        })
}

/// The named force or body inside an unnamed office's phrase, which the
/// entity layer makes one person with the body it serves (الناطق الإعلامي
/// لشرطة المنطقة الشرقية): that body.
fn office_body(ix: &DocIndex, n: &Np, sent_end: usize) -> Option<Arg> {
    let e = n.arg.entity?;
    let office = &ix.doc.entities[e];
    if !office.nominal || office.kind != EntityType::Person {
        return None;
    }
    (n.start + 1..n.end)
        .filter_map(|j| ix.np_at(j, sent_end))
        .find(|b| b.arg.entity.is_some_and(|e| !ix.doc.entities[e].nominal) && force_np(ix, b))
        .map(|b| b.arg)
}

/// The last force or public body of a sentence's noun phrases `nps`.
fn last_force(ix: &DocIndex, nps: &[Np]) -> Option<Arg> {
    nps.iter()
        .rev()
        .find(|n| force_np(ix, n))
        .map(|n| n.arg.clone())
}

/// A force or a public body: an organisation the entity layer names, or a
/// nominal head of one (شرطة، قوات، الأمن، وزارة، السلطات).
fn force_np(ix: &DocIndex, n: &Np) -> bool {
    if n.victim || n.facility || !actor_like(ix, &n.arg) {
        return false;
    }
    match n.arg.entity {
        Some(e) => {
            let ent = &ix.doc.entities[e];
            ent.kind == EntityType::Organization
                && (is_force_word(ix, n.start)
                    || ent.name.split_whitespace().next().is_some_and(|w| {
                        force_word(marsad_text::normalize(w).trim_start_matches("ال"))
                    }))
        }
        None => is_force_word(ix, n.start),
    }
}

/// A speaker that reports its own act: a force, or any organisation the
/// entity layer names (وزارة الداخلية، الشرطة النيبالية).
fn speaking_body(ix: &DocIndex, n: &Np) -> bool {
    force_np(ix, n)
        || n.arg.entity.is_some_and(|e| {
            let ent = &ix.doc.entities[e];
            ent.kind == EntityType::Organization && !ent.nominal && actor_like(ix, &n.arg)
        })
}

/// Signs of violence in a sentence, for a verb with a peaceful sense too
/// (استهدف): another hostile act or a weapon in it or just before it, the
/// dead or wounded counted, or a force among the parties.
fn violent_sentence(
    ix: &DocIndex,
    nps: &[Np],
    range: std::ops::Range<usize>,
    actor: &[Arg],
    recipient: &[Arg],
) -> bool {
    violence(ix, nps, range, actor, recipient, false)
}

/// [`violent_sentence`], where with `among_sport` the words that have a
/// sense in sport (مواجهات، هجوم) are no sign.
fn violence(
    ix: &DocIndex,
    nps: &[Np],
    range: std::ops::Range<usize>,
    actor: &[Arg],
    recipient: &[Arg],
    among_sport: bool,
) -> bool {
    let doc = ix.doc;
    // An act told just before counts too (الضربات الجوية … كما استهدفت).
    let act = (range.start.saturating_sub(40)..range.end)
        .any(|j| ix.violent_tokens[j] && !(among_sport && ix.sport_tokens[j]));
    let counted = range.clone().any(|j| {
        ix.lex
            .counts
            .longest_at(doc, j)
            .is_some_and(|m| *m.value != CountKind::Size)
    });
    let armed = actor
        .iter()
        .chain(recipient)
        .any(|a| nps.iter().any(|n| n.arg.span == a.span && force_np(ix, n)));
    act || counted || armed
}

/// Whether a force or security body's head word starts token `i` (شرطة،
/// الشرطة، قوات، الأمن، السلطات، وزارة، مديرية، الجهات الأمنية).
fn is_force_word(ix: &DocIndex, i: usize) -> bool {
    // Proclitics the tokenizer may have left on (بشرطة، للقوات).
    let n = ix.norm(i);
    let n = n.strip_prefix(['و', 'ف']).unwrap_or(n);
    let mut forms = vec![ix.stem(i), n];
    if let Some(r) = n.strip_prefix(['ب', 'ل', 'ك']) {
        forms.push(r);
    }
    forms.into_iter().any(|w| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        force_word(w)
    })
}

fn force_word(w: &str) -> bool {
    matches!(
        w,
        "شرطه"
            | "قوات"
            | "قوه"
            | "امن"
            | "سلطات"
            | "وزاره"
            | "مديريه"
            | "جهات"
            | "جيش"
            | "دوريات"
            | "حرس"
            | "نيابه"
            | "هيئه"
            | "جوازات"
            | "مباحث"
            | "استخبارات"
    )
}

/// The phrase right before trigger `h` that a count governs (العشرات من
/// المتمردين، 5 من عناصر الشرطة): a counted group.
fn counted_group_before<'n>(
    ix: &DocIndex,
    nps: &'n [Np],
    h: &Hit,
    range: std::ops::Range<usize>,
) -> Option<&'n Np> {
    let doc = ix.doc;
    let mut np = nps
        .iter()
        .find(|n| n.end == h.start && n.start >= range.start + 2)?;
    // The first of a list (13 عنصرا من الحوثيين وقوات صالح قتلوا).
    while doc.tokens[np.start].proclitics.has(Proclitics::WA) {
        match nps
            .iter()
            .find(|n| n.end == np.start && n.start >= range.start + 2)
        {
            Some(n) => np = n,
            None => break,
        }
    }
    if ix.norm(np.start - 1) != "من" {
        // A count in construct with the group, one quantity with it
        // (عشرات الإرهابيين قتلوا، مئات المدنيين).
        let (count, group) = (doc.tokens[np.start - 1].span, doc.tokens[np.start].span);
        let s = doc.tokens[range.start].span.start;
        return starting_within(
            &doc.quantities,
            ix.quantities_sorted,
            |q| q.span,
            s,
            count.start + 1,
        )
        .any(|qi| {
            let q = doc.quantities[qi].span;
            q.start == count.start && q.end >= group.end
        })
        .then_some(np);
    }
    // A victim noun counts its group too (عناصر من الحوثيين).
    if ix.is_victim(np.start - 2) {
        return Some(np);
    }
    let count = doc.tokens[np.start - 2].span;
    let s = doc.tokens[range.start].span.start;
    starting_within(
        &doc.quantities,
        ix.quantities_sorted,
        |q| q.span,
        s,
        count.start + 1,
    )
    .any(|qi| doc.quantities[qi].span.contains(&count))
    .then_some(np)
}

/// The one asked by a verb of asking, after its subject ending at `from`:
/// a named party, past a parenthesis between commas or a time (طالبت
/// المنظمة، في بيان أصدرته أمس، النائب العام بفتح تحقيق), right before what
/// is asked (بـ، إلى، على or a verbal noun: ناشدت الحكومة مجلس الأمن التدخل).
fn addressee_after<'n>(
    ix: &DocIndex,
    nps: &'n [Np],
    actor: &[Arg],
    from: usize,
    end: usize,
) -> Option<&'n Np> {
    let doc = ix.doc;
    let mut j = from;
    // The rest of the subject: its name after its title (طالب الرئيس اليمني
    // عبدربه منصور هادي).
    while let Some(n) = nps
        .iter()
        .find(|n| n.start == j && actor.iter().any(|a| a.name == n.arg.name))
    {
        j = n.end;
    }
    let comma = |k: usize| is_comma(doc, k);
    for _ in 0..3 {
        if j < end && comma(j) {
            // A parenthesis: to the comma that closes it.
            j = (j + 1..(j + 12).min(end)).find(|&k| comma(k))? + 1;
        } else if j < end && matches!(ix.norm(j), "خلال" | "اثناء" | "في" | "عقب" | "لدي")
        {
            // A circumstance set off by a comma (خلال لقائه، أمس في الرياض،).
            j = (j + 1..(j + 6).min(end)).find(|&k| comma(k))?;
        }
        while j < end && ix.in_time(j) {
            j += 1;
        }
        // An adverb (ودعا والد الرهينة أيضا السلطات الفرنسية إلى التعاون).
        while j < end
            && matches!(
                ix.norm(j),
                "ايضا" | "كذلك" | "مجددا" | "بدوره" | "بدورها" | "بدورهم" | "بدورهما"
            )
        {
            j += 1;
        }
    }
    // Asked "of" a party (طالبت رئاسة الإقليم من حزب العمال إخراج قواعده):
    // a party, not a place (دعا الرئيس من الرياض إلى).
    let of_party = j + 1 < end && ix.norm(j) == "من";
    if of_party {
        j += 1;
    }
    let mut np = nps.iter().find(|n| n.start == j)?;
    // A party is named, or headed by a party word (طلب الوزير من الحكومة،
    // من اللجنة الوزارية).
    let party_head = || {
        ix.lex.heads.longest_at(doc, j).is_some_and(|m| {
            matches!(
                *m.value,
                HeadClass::Head | HeadClass::Member | HeadClass::Title
            )
        })
    };
    if of_party
        && match np.arg.entity {
            Some(e) => doc.entities[e].kind == EntityType::Location,
            // People asked (طلب من المواطنين) are a party too.
            None => np.facility || !(np.victim || party_head()),
        }
    {
        return None;
    }
    // An office in apposition (موسى أبو مرزوق نائب رئيس المكتب السياسي
    // لحماس): a title without the article that names another body, no
    // one asked (but مجلس الأمن، وزارة العمل are asked).
    if !of_party
        && ix.title_at(j)
        && !doc.tokens[j].proclitics.has(Proclitics::AL)
        && np.arg.span.start > doc.tokens[j].span.start
    {
        return None;
    }
    // The name after a subject described by its role (دعت الممثلة الفرنسية
    // بريجيت باردو إلى): the subject's own.
    let described = actor.iter().all(|a| {
        a.entity.is_none_or(|e| doc.entities[e].nominal)
            || ix.title_at(doc.token_at_or_after(a.span.start))
    });
    if described
        && np
            .arg
            .entity
            .is_some_and(|e| doc.entities[e].kind == EntityType::Person)
    {
        np = nps.iter().find(|n| n.start == np.end)?;
    }
    // Not a phrase with a preposition the tokenizer left on it (لتنسيق).
    if ix.has_li(np.start) || doc.token_text(&doc.tokens[np.start]).starts_with('ب') {
        return None;
    }
    // A named party, or a group the entity layer left unnamed (المليشيات
    // الحوثية).
    let named = np.arg.entity.is_none_or(|e| {
        matches!(
            doc.entities[e].kind,
            EntityType::Organization | EntityType::Person | EntityType::Location
        )
    });
    if (np.governor.is_some() && !of_party)
        || np.victim
        || np.facility
        || !named
        || !actor_like(ix, &np.arg)
    {
        return None;
    }
    let list = conjuncts(ix, nps, np);
    let last = list.last().map_or(np.arg.span.end, |a| a.span.end);
    let mut k = doc.token_at_or_after(last);
    // Past the rest of the last phrase (مجلس الأمن الدولي).
    while let Some(n) = nps.iter().find(|n| n.start < k && k < n.end) {
        k = n.end;
    }
    if k >= end {
        return None;
    }
    let w = ix.norm(k);
    let asked = of_party
        || matches!(w, "الي" | "علي")
        || doc.tokens[k].proclitics.has(Proclitics::BI)
        || doc.tokens[k].proclitics.has(Proclitics::LI)
        // A verbal noun (ناشدت الحكومة مجلس الأمن التدخل): a definite word
        // that starts no phrase of its own.
        || (doc.tokens[k].proclitics.has(Proclitics::AL) && !nps.iter().any(|n| n.start == k))
        || doc.token_text(&doc.tokens[k]).starts_with("ب");
    asked.then_some(np)
}

/// The party an act was undergone from: after a trigger that تعرض
/// governs (تعرض لهجوم، تعرضهم لإطلاق نار، تعرض مكتبها لعملية اقتحام), a
/// named party or group after من (not a count, a place or a time: من ثلاثة
/// محاور).
fn undergone_from<'n>(
    ix: &DocIndex,
    nps: &'n [Np],
    h: &Hit,
    range: std::ops::Range<usize>,
) -> Option<&'n Np> {
    let doc = ix.doc;
    let undergone = (h.start.saturating_sub(6).max(range.start)..=h.start)
        .rev()
        .take_while(|&j| j == h.start || (!is_boundary(doc, j) && !ix.trigger_tokens[j]))
        .any(|j| ix.stem(j).starts_with("تعرض"));
    if !undergone {
        return None;
    }
    // من right after the act's words, which may follow the subject of
    // تعرض (تعرضت دورية للجيش لهجوم من).
    let from = (h.end..(h.end + 8).min(range.end))
        .take_while(|&j| !is_boundary(doc, j))
        .find(|&j| {
            ix.norm(j) == "من"
                && j > h.start
                && (ix.trigger_tokens[j - 1]
                    || j == h.end
                    || matches!(ix.stem(j - 1), "نار" | "رصاص" | "اقتحام"))
        })?;
    if from + 1 >= range.end || doc.tokens[from + 1].kind == TokenKind::Number {
        return None;
    }
    let np = nps.iter().find(|n| n.start == from + 1)?;
    let place = np
        .arg
        .entity
        .is_some_and(|e| doc.entities[e].kind == EntityType::Location);
    (!np.victim && !np.facility && !place && !ix.in_time(np.start) && actor_like(ix, &np.arg))
        .then_some(np)
}

/// [`circumstance_agent`] with its list, unless it names who was hit.
fn circumstance_side(
    ix: &DocIndex,
    nps: &[Np],
    from: usize,
    end: usize,
    recipient: &[Arg],
) -> Option<Vec<Arg>> {
    let side = conjuncts(ix, nps, circumstance_agent(ix, nps, from, end)?);
    (!side
        .iter()
        .any(|a| recipient.iter().any(|r| r.name == a.name)))
    .then_some(side)
}

/// The force named by the attack a passive act happened in, after it in
/// its clause: the genitive with ل of the attack noun (في كمين للمقاومة،
/// في غارة للتحالف) or the other side of clashes (في اشتباكات مع الجيش).
fn circumstance_agent<'n>(ix: &DocIndex, nps: &'n [Np], from: usize, end: usize) -> Option<&'n Np> {
    let doc = ix.doc;
    let to = (from..end)
        .find(|&j| is_boundary(doc, j))
        .unwrap_or(end)
        .min(from + 12);
    let at = (from..to).find(|&j| {
        matches!(
            ix.norm(j),
            "في" | "خلال" | "جراء" | "اثر" | "عقب" | "اثناء" | "نتيجه" | "بسبب" | "بفعل"
        ) && j + 1 < to
            && ix.trigger_tokens[j + 1]
    })?;
    // Past the attack noun and its adjectives (كمين محكم، عملية نوعية).
    let noun_end = (at + 1..to)
        .take_while(|&k| ix.trigger_tokens[k] || (k == at + 2 && !nps.iter().any(|n| n.start == k)))
        .last()?
        + 1;
    let np = nps
        .iter()
        .find(|n| n.start >= noun_end && n.start <= noun_end + 1 && n.start < to)?;
    if np.victim || np.facility || !actor_like(ix, &np.arg) {
        return None;
    }
    let clashes_with = np.start > 0
        && ix.norm(np.start - 1) == "مع"
        && matches!(np.governor, Some(Governor::Role(Role::Recipient)));
    let force =
        np.governor == Some(Governor::Clitic) && ix.has_li(np.start) && names_body(doc, &np.arg);
    // Its genitive, when the attack is the cause (جراء قصف القوات
    // الحكومية، نتيجة قصف مسلحي الحوثيين): who fired.
    let cause = is_cause_word(ix.norm(at))
        && np.start == noun_end
        && np.governor.is_none()
        && !(at + 1..=np.start).any(|k| position_word(ix, k))
        && names_body(doc, &np.arg);
    (clashes_with || force || cause).then_some(np)
}

/// Whether the clause after trigger `h` names something it acts on: a
/// victim noun or a count before the next comma or full stop, or before a
/// conjunction that opens another clause (قتلوا فيما سمعت أصوات غارات
/// تشنها مقاتلات التحالف: the fighters belong to the next clause).
fn object_in_clause_after(ix: &DocIndex, h: &Hit, end: usize) -> bool {
    let doc = ix.doc;
    let to = (h.end..end)
        .find(|&j| is_boundary(doc, j) || opens_clause(ix.norm(j)))
        .unwrap_or(end);
    if to <= h.end {
        return false;
    }
    counts_people(ix, h.end, to)
}

/// Whether the deaths told right before token `from` happened in a blast
/// named within a dozen words after it, in the same sentence (في انفجار
/// سيارة مفخخة، جراء تفجير انتحاري، إثر انفجار عبوة ناسفة).
fn died_in_blast(ix: &DocIndex, from: usize, end: usize) -> bool {
    let blast = |w: &str| {
        let w = w.strip_prefix("ال").unwrap_or(w);
        ["انفجار", "تفجير", "عبوه", "عبوات", "مفخخ", "انتحاري"]
            .iter()
            .any(|b| w.starts_with(b))
    };
    let to = (from..end.min(from + 12))
        .find(|&j| is_boundary(ix.doc, j) && !is_comma(ix.doc, j))
        .unwrap_or(end.min(from + 12));
    (from..to).any(|j| {
        let w = ix.norm(j);
        let bare = w.strip_prefix(['ب', 'و']).unwrap_or(w);
        (blast(bare) && w != bare)
            || (matches!(w, "في" | "جراء" | "اثر" | "بسبب") && j + 1 < to && blast(ix.norm(j + 1)))
    })
}

/// A conjunction that opens a new clause, after which a verb's object is
/// not looked for.
fn opens_clause(w: &str) -> bool {
    matches!(
        w,
        "فيما"
            | "بينما"
            | "حيث"
            | "عندما"
            | "بعدما"
            | "حينما"
            | "لكن"
            | "ولكن"
            | "اذ"
    )
}

/// Whether tokens `from..to` name or count people: a victim word or
/// number ([`DocIndex::is_victim`]) or a quantity lying within them.
fn counts_people(ix: &DocIndex, from: usize, to: usize) -> bool {
    if to <= from {
        return false;
    }
    let doc = ix.doc;
    let clause = doc.tokens[from].span.cover(&doc.tokens[to - 1].span);
    (from..to).any(|j| ix.is_victim(j))
        || starting_within(
            &doc.quantities,
            ix.quantities_sorted,
            |q| q.span,
            clause.start,
            clause.end,
        )
        .any(|qi| clause.contains(&doc.quantities[qi].span))
}

/// Whether a verb of gathering (`crowd` in triggers.tsv) has a protesting
/// crowd for its subject: protesters named right after it (احتشد
/// متظاهرون), or a counted crowd right after it (تجمع عشرات الفلسطينيين،
/// احتشد الآلاف) or a few words before it (1000 لاجئ … قد احتشدوا) in a
/// sentence that says why it gathered (`protest_cues.txt`: هتافات،
/// احتجاجا، تضامنا). Crowds gather to pray, to watch or to welcome too.
/// `Some(Some(tokens))` gives a crowd counted before the verb, its subject.
fn protesting_crowd(
    ix: &DocIndex,
    h: &Hit,
    range: std::ops::Range<usize>,
) -> Option<Option<(usize, usize)>> {
    let doc = ix.doc;
    // Protesters in the nominative (تجمع المتظاهرون); in the genitive they
    // follow the noun تجمع (موقع تجمع المتظاهرين).
    let agent_after = h.end < range.end
        && !ix.norm(h.end).ends_with("ين")
        && ix
            .lex
            .triggers
            .longest_at(doc, h.end)
            .is_some_and(|m| m.value.iter().any(|t| t.kind == Kind::Agent));
    if agent_after {
        return Some(None);
    }
    let clear =
        |from: usize, to: usize| (from..to).all(|j| !is_boundary(doc, j) && !ix.trigger_tokens[j]);
    let s = doc.tokens[range.start].span.start;
    let e = doc.tokens[range.end - 1].span.end;
    let mut counted = None;
    for qi in starting_within(&doc.quantities, ix.quantities_sorted, |q| q.span, s, e) {
        let q = &doc.quantities[qi];
        if q.span.start < s || q.span.end > e {
            continue;
        }
        let qs = doc.token_at_or_after(q.span.start);
        let qe = doc.token_at_or_after(q.span.end).max(qs + 1);
        if qs >= h.end && qs <= h.end + 2 && clear(h.end, qs) {
            counted = Some(None);
            break;
        }
        if qe <= h.start && h.start - qe <= 6 && clear(qe, h.start) {
            counted = Some(Some((qs, qe)));
        }
    }
    counted.filter(|_| protest_cue_in(ix, h, range))
}

/// Whether a word of `protest_cues.txt` stands in the sentence, outside
/// the trigger `h`.
fn protest_cue_in(ix: &DocIndex, h: &Hit, range: std::ops::Range<usize>) -> bool {
    range
        .into_iter()
        .filter(|j| !(h.start..h.end).contains(j))
        .any(|j| ix.lex.protest_cues.longest_at(ix.doc, j).is_some())
}

/// Whether a verb of gathering told as done (تجمع، احتشد، خرج، نزل; not
/// سيتجمعون، يخرجون) comes at most twelve tokens before token `i` in its
/// sentence, from `floor`, with no other trigger or full stop between.
fn crowd_gathered_before(ix: &DocIndex, i: usize, floor: usize) -> bool {
    let doc = ix.doc;
    for j in (i.saturating_sub(12).max(floor)..i).rev() {
        if let Some((Role::Crowd, _)) = ix.role(j) {
            let t = &doc.tokens[j];
            let future = t.proclitics.has(Proclitics::SA)
                || ix.norm(j).starts_with('ي')
                || (j > floor && matches!(ix.norm(j - 1), "لن" | "سوف"));
            return !future;
        }
        if ix.trigger_tokens[j] || matches!(doc.token_text(&doc.tokens[j]), "." | "؛" | ";") {
            return false;
        }
    }
    false
}

/// Whether a speech cue (قال، أعلن، أكد، ذكر) ends at most eight tokens
/// before token `j`, in the clause from `floor`.
fn speech_before(ix: &DocIndex, j: usize, floor: usize) -> bool {
    ix.cues_from(floor)
        .take_while(|c| c.0 < j)
        .any(|(cs, ce, cues)| {
            *cs >= floor && *ce <= j && j - *ce <= 8 && cues.iter().any(|c| c.modality == "speech")
        })
}

/// Whether a sentence tells of an accident or a disaster and of no hostile
/// act (`Some(false)`), or of an animal's attack (`Some(true)`).
/// Whether an attack coded from trigger `t` with `actor` is ruled out by what
/// [`accident_sentence`] found in its sentence: an animal's attack always;
/// an accident without a hostile act unless the event names its actor, and
/// control taken (of a fire) whoever took it.
fn accident_rules_out(accident: Option<bool>, t: &Trigger, actor: &[Arg]) -> bool {
    match accident {
        Some(true) => true,
        Some(false) => actor.is_empty() || t.seize,
        None => false,
    }
}

fn accident_sentence(ix: &DocIndex, range: std::ops::Range<usize>) -> Option<bool> {
    let mut accident = false;
    let mut hostile = false;
    let mut j = range.start;
    while j < range.end {
        if let Some(m) = ix.lex.accidents.longest_at(ix.doc, j) {
            match *m.value {
                None => return Some(true),
                Some(true) => hostile = true,
                Some(false) => accident = true,
            }
            j = m.tokens.end;
            continue;
        }
        j += 1;
    }
    (accident && !hostile).then_some(false)
}

/// Whether an event noun heads the relative pronoun at `rel`, across its
/// adjectives and a comma (العمل الإرهابي الآثم، الذي استهدف).
fn event_noun_before(ix: &DocIndex, rel: usize, floor: usize) -> bool {
    let mut k = rel;
    let mut steps = 0;
    while k > floor && steps < 4 {
        k -= 1;
        steps += 1;
        if ix.trigger_tokens[k] {
            return true;
        }
        let t = &ix.doc.tokens[k];
        let comma = matches!(ix.doc.token_text(t), "،" | ",");
        let adjective = t.kind == TokenKind::Arabic && ix.norm(k).starts_with("ال");
        if !(comma || adjective) {
            return false;
        }
    }
    false
}

/// Whether the verb at `at` opens a relative clause with no pronoun on the
/// indefinite event noun right before it, or before the doer it names with
/// ل (هجوما للمقاومة الشعبية استهدف، تفجيرا استهدف).
fn asyndetic_relative(ix: &DocIndex, nps: &[Np], at: usize, floor: usize) -> bool {
    let k = nps
        .iter()
        .find(|n| n.end == at && n.start > floor && ix.has_li(n.start))
        .map_or(at, |n| n.start);
    k > floor && ix.trigger_tokens[k - 1] && ix.doc.tokens[k - 1].kind == TokenKind::Arabic && {
        let w = ix.norm(k - 1);
        !w.starts_with("ال") && w.ends_with('ا') && w.chars().count() >= 4
    }
}

/// Whether a word of `topics.tsv` reaches token `at` in its clause.
/// The token where the topic word that reaches `at` starts, if one does.
fn topic_word(ix: &DocIndex, at: usize, range: std::ops::Range<usize>) -> Option<usize> {
    let from = at.saturating_sub(8).max(range.start);
    for j in (from..at).rev() {
        if is_boundary(ix.doc, j) {
            return None;
        }
        // A topic word inside a name is the name's (المقاومة الشعبية شنت
        // هجوما: the Resistance attacked; مقاومة العدوان is a cause).
        if ix.in_mention.contains_key(&j) {
            continue;
        }
        if let Some(m) = ix.lex.topics.longest_at(ix.doc, j) {
            if m.tokens.end <= at && at - m.tokens.end < *m.value {
                return Some(j);
            }
        }
    }
    None
}

/// Topic words that still let the event be news: a condemnation (أدان،
/// استنكر، شجب) of an act the sentence dates to this week or counts the
/// victims of, and an antecedent (في أعقاب، إثر، عقب) whose actor the
/// sentence names (العملية التي نفذها المستوطنون).
fn soft_topic(ix: &DocIndex, j: usize) -> Option<&'static str> {
    let w = ix.stem(j);
    let w = w.strip_prefix("ال").unwrap_or(w);
    if matches!(
        w,
        "دان"
            | "ادان"
            | "تدين"
            | "يدين"
            | "ادانه"
            | "استنكر"
            | "استنكرت"
            | "يستنكر"
            | "استنكار"
            | "ندد"
            | "نددت"
            | "يندد"
            | "شجب"
            | "شجبت"
            | "يشجب"
    ) {
        Some("condemn")
    } else if matches!(w, "اعقاب" | "عقب" | "اثر" | "غداه" | "خلفيه") {
        Some("after")
    } else {
        None
    }
}

/// The group a sentence counts among the ranks of (في صفوف X، من صفوف X).
fn ranks_of<'n>(ix: &DocIndex, nps: &'n [Np], range: std::ops::Range<usize>) -> Option<&'n Np> {
    let at = range
        .clone()
        .find(|&j| matches!(ix.stem(j), "صفوف") || ix.norm(j).ends_with("صفوف"))?;
    nps.iter()
        .find(|n| n.start == at + 1 && !n.victim && actor_like(ix, &n.arg))
}

/// Every group a sentence counts among the ranks of.
fn ranks_all<'n>(ix: &DocIndex, nps: &'n [Np], range: std::ops::Range<usize>) -> Vec<&'n Np> {
    range
        .filter(|&j| ix.stem(j) == "صفوف" || ix.norm(j).ends_with("صفوف"))
        .filter_map(|at| {
            nps.iter()
                .find(|n| n.start == at + 1 && !n.victim && actor_like(ix, &n.arg))
        })
        .collect()
}

/// Where a compound actor that starts at `first` ends (its last conjunct).
fn actor_end(nps: &[Np], first: &Np, actor: &[Arg]) -> usize {
    let mut end = first.end;
    for a in actor.iter().skip(1) {
        if let Some(n) = nps.iter().find(|n| n.arg.span == a.span) {
            end = end.max(n.end);
        }
    }
    // A name right after a title of the same entity is the actor again
    // (اتهم الرئيس التركي رجب طيب أردوغان أوروبا), not the object.
    while let Some(n) = nps.iter().find(|n| {
        n.start == end
            && n.governor.is_none()
            && n.arg.entity.is_some()
            && actor.iter().any(|a| a.entity == n.arg.entity)
    }) {
        end = n.end;
    }
    end
}

/// The object of a verb: the first phrase after `from` that is ungoverned
/// (when `direct`) or governed by a recipient preposition.
fn object_after<'n>(
    ix: &DocIndex,
    nps: &'n [Np],
    from: usize,
    to: usize,
    direct: bool,
) -> Option<&'n Np> {
    for n in nps.iter().filter(|n| n.start >= from && n.start < to) {
        // A verb of speech in between opens a clause of its own (وردا على
        // مقتل الطفل أعلن الرئيس عباس: the speaker was not killed).
        if (from..n.start).any(|j| hard_boundary(ix, j) || ix.speech_starts(j)) {
            return None;
        }
        // Another act in between has its own arguments, except an event
        // noun joined to an unnamed object (دمرت أرتالا وتعزيزات للحوثيين).
        let act_between = (from..n.start).any(|j| {
            ix.trigger_tokens[j]
                && j > from
                && !(j <= from + 2 && ix.doc.tokens[j].proclitics.has(Proclitics::WA))
        });
        if act_between {
            return None;
        }
        let crossed = (from + 1..n.start).any(|j| ix.trigger_tokens[j]);
        match n.governor {
            None if direct && !n.victim && !crossed => return Some(n),
            Some(Governor::Role(Role::Recipient)) if !n.victim && !crossed => return Some(n),
            // The owner of what was hit (دمرت أرتالا للحوثيين، قصف مواقع
            // لداعش): a ل phrase right after an unnamed object.
            Some(Governor::Clitic)
                if direct
                    && !n.victim
                    && n.start > from
                    && n.start <= from + 3
                    && ix.has_li(n.start) =>
            {
                return Some(n)
            }
            Some(Governor::Role(Role::Place)) => continue,
            _ => continue,
        }
    }
    None
}

/// Whether a word is an adjective whose complement takes ل (الموالية
/// للحكومة، التابعة للجيش، المقربة من): a ل-phrase after it is its own.
fn takes_li(norm: &str) -> bool {
    let w = norm.strip_prefix("ال").unwrap_or(norm);
    ["موال", "تابع", "مويد", "مناهض", "مدعوم", "مقرب"]
        .iter()
        .any(|p| w.starts_with(p))
}

/// Whether a word gives what follows as the cause of a loss (جراء، نتيجة،
/// بسبب، بفعل), in matching form.
fn is_cause_word(w: &str) -> bool {
    matches!(w, "جراء" | "نتيجه" | "بسبب" | "بفعل")
}

/// Whether an argument is linked to a body (an organization entity).
fn names_body(doc: &Document, a: &Arg) -> bool {
    a.entity
        .is_some_and(|e| doc.entities[e].kind == EntityType::Organization)
}

/// Whether token `j` names positions or gear a party holds (`holdings.txt`:
/// مواقع، تجمعات، آليات), not its members (مسلحي، عناصر), who can fire.
fn position_word(ix: &DocIndex, j: usize) -> bool {
    let w = ix.stem(j);
    ix.lex.holdings.contains(w) && !ix.lex.force_words.contains(w)
}

/// Whether token `j` is a word written with the preposition ل before
/// it (لمدن الجنوب، لأحيائها) that is no name of its own (لبنان) and no
/// particle (لم، لكن): the object of a verbal noun whose doer precedes it.
/// The tokenizer leaves a bare ل unread, as only a lexicon can tell.
fn li_object(ix: &DocIndex, j: usize, end: usize) -> bool {
    if j >= end || ix.doc.tokens[j].kind != TokenKind::Arabic {
        return false;
    }
    let w = ix.norm(j);
    let named = ix.mention_at.get(&j).is_some_and(|&(e, _, _)| {
        marsad_text::normalize(&ix.doc.entities[e].name).starts_with('ل')
    });
    w.starts_with('ل')
        && !w.starts_with("لل")
        && w.chars().count() >= 4
        && !named
        && !is_function_word(w)
        && !matches!(
            w,
            "لكن" | "لدي" | "لقد" | "لكي" | "لذلك" | "لماذا" | "لاسيما"
        )
}

/// Who held the ground a `seize` trigger takes (استعادتها من أيدي X) or
/// fought for it after (… بعد معارك ضارية مع X): the phrase after a
/// `holder` role word after the trigger, else the one after مع right
/// beside a two-sided fight after it. A fight before the trigger may be
/// another side's (قتلوا خلال مواجهات مع المقاومة، وسط تقدم للثوار
/// وسيطرتهم على الحي).
fn holder_or_opponent<'n>(
    ix: &DocIndex,
    nps: &'n [Np],
    h: &Hit,
    range: std::ops::Range<usize>,
) -> Option<&'n Np> {
    let at = |j: usize| {
        nps.iter()
            .find(|n| n.start == j && !n.victim && !n.facility)
    };
    let held = (h.end..range.end)
        .take_while(|&j| !hard_boundary(ix, j))
        .find_map(|j| match ix.role(j) {
            Some((Role::Holder, end)) => Some(at(end)),
            _ => None,
        })
        .flatten();
    // Ground freed from a party (حررت القوات تكريت من داعش، تطهير المنطقة
    // من العناصر الإرهابية): من right after what was freed, in its clause.
    let freed_from = || {
        if !h.trigger.frees {
            return None;
        }
        let j = (h.end..range.end.saturating_sub(1))
            .take_while(|&j| !hard_boundary(ix, j) && (j == h.end || !ix.trigger_tokens[j]))
            .find(|&j| ix.norm(j) == "من")?;
        // What was freed ends right before it (its subject may stand between).
        nps.iter().find(|n| n.start >= h.end && n.end == j)?;
        at(j + 1).filter(|np| actor_like(ix, &np.arg) && !ix.counted(np.start))
    };
    held.or_else(freed_from).or_else(|| {
        (h.end..range.end).find_map(|j| {
            let fought = ix.norm(j) == "مع"
                && (j.saturating_sub(3).max(range.start)..j).any(|k| ix.fight_tokens[k]);
            fought.then(|| at(j + 1)).flatten()
        })
    })
}

fn find_place(
    ix: &DocIndex,
    h: &Hit,
    nps: &[Np],
    range: std::ops::Range<usize>,
    actor: &[Arg],
    recipient: &[Arg],
) -> Option<Arg> {
    let doc = ix.doc;
    // What is said, asked or agreed with a country (دعا إيران إلى، تعاون
    // أكبر مع أنقرة) has that country as a party, not as the place; an act
    // on the ground (قصف حلب، غارات على حلب) happens where it lands.
    let on_ground = matches!(
        h.trigger.event,
        "ASSAULT" | "COERCE" | "MOBILIZE" | "PROTEST" | "AID" | "RETREAT" | "CONSULT"
    );
    let mut best: Option<(usize, &Np)> = None;
    for n in nps {
        let Some(e) = n.arg.entity else { continue };
        if doc.entities[e].kind != EntityType::Location
            || actor.iter().any(|a| a.name == n.arg.name)
        {
            continue;
        }
        // "The country", "the city" left unresolved name no place a reader
        // could find (في شمال البلاد): better none.
        if matches!(
            marsad_text::normalize(&n.arg.name).as_str(),
            "البلاد" | "المدينه" | "البلد"
        ) {
            continue;
        }
        // A name in quotation marks after ل or an outlet word (قال
        // لـ«الرياض»، صحيفة "الوطن") is a newspaper, not where anything
        // happened.
        let toks = &doc.tokens;
        let outlet = n.start > 1 && {
            let w = doc.token_text(&toks[n.start - 2]);
            matches!(w, "ل" | "لـ" | "ول" | "ولـ")
                || matches!(
                    ix.stem(n.start - 2),
                    "صحيفه" | "جريده" | "وكاله" | "موقع" | "قناه" | "مجله"
                )
        };
        if outlet
            && n.end < toks.len()
            && is_quote_mark(doc.token_text(&toks[n.start - 1]))
            && is_quote_mark(doc.token_text(&toks[n.end]))
        {
            continue;
        }
        if !on_ground
            && (recipient.iter().any(|r| r.span == n.arg.span)
                || matches!(n.governor, Some(Governor::Role(Role::Recipient))))
        {
            continue;
        }
        if n.start < range.start || n.end > range.end {
            continue;
        }
        if n.start > range.start && n.governor.is_none() {
            let before = ix.norm(n.start - 1);
            // As written: ة is no pronoun.
            let written = doc.token_text(&doc.tokens[n.start - 1]);
            // The subject of a verb with its object pronoun (تحالف تقوده
            // الولايات المتحدة، مقاتلين دربتهم واشنطن): a party that acts.
            let subject = ["ه", "ها", "هم", "هما"]
                .iter()
                .any(|p| written.ends_with(p))
                && before.chars().count() > 3
                && !pronoun_like(before)
                && !ix.trigger_tokens[n.start - 1]
                && doc.tokens[n.start - 1].kind == TokenKind::Arabic
                && !ix.lex.places.contains(ix.stem(n.start - 1));
            // A one-word adjective after an indefinite noun (من جنسيات
            // سورية، قوات عراقية), not the country.
            let adjective = n.end == n.start + 1
                && doc.token_text(&doc.tokens[n.start]).ends_with("ية")
                && !ix.norm(n.start).starts_with("ال")
                && !before.starts_with("ال")
                && !is_function_word(before)
                && !is_preposition(before)
                && !ix.lex.places.contains(before)
                && doc.tokens[n.start - 1].kind == TokenKind::Arabic;
            if subject || adjective {
                continue;
            }
        }
        let d = if n.start >= h.end {
            (n.start - h.end) * 2
        } else {
            (h.start - n.end) * 3
        };
        let d = match n.governor {
            Some(Governor::Role(Role::Place)) | Some(Governor::Clitic) => d,
            _ => d + 6,
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, n));
        }
    }
    best.map(|(_, n)| n.arg.clone()).or_else(|| {
        recipient
            .iter()
            .filter(|_| on_ground)
            .find(|r| {
                r.entity
                    .is_some_and(|e| doc.entities[e].kind == EntityType::Location)
            })
            .cloned()
    })
}

fn find_date(
    ix: &DocIndex,
    h: &Hit,
    range: std::ops::Range<usize>,
    future_ok: bool,
) -> Option<(String, usize)> {
    let doc = ix.doc;
    let s = doc.tokens[range.start].span.start;
    let e = doc.tokens[range.end - 1].span.end;
    let mut best: Option<(usize, usize)> = None;
    for i in starting_within(&doc.times, ix.times_sorted, |t| t.span, s, e) {
        let t = &doc.times[i];
        if t.span.start < s || t.span.end > e || !matches!(t.kind, TimeType::Date | TimeType::Time)
        {
            continue;
        }
        let v = t.value.as_bytes();
        if v.is_empty() || !(v[0].is_ascii_digit() || v[0] == b'X') {
            continue;
        }
        if !future_ok && doc.published.is_some_and(|p| starts_after(&t.value, p)) {
            continue;
        }
        if another_acts_time(ix, h, t.span, range.clone()) {
            continue;
        }
        let d = if t.span.start >= h.span.end {
            t.span.start - h.span.end
        } else if t.span.end > h.span.start {
            // A time over the trigger word itself ("فجر" is also dawn): the
            // last resort.
            usize::MAX / 2
        } else {
            // A time before a comma dates the clause before it ("اختطفه يوم 4
            // يونيو الماضي، وأعدمه يوم 15 يوليو").
            let between = &doc.text[t.span.end..h.span.start];
            let other_clause = between.contains(['،', ',', '؛']);
            (h.span.start - t.span.end) * 2 + if other_clause { 60 } else { 0 }
        };
        if best.is_none_or(|(bd, _)| d < bd) {
            best = Some((d, i));
        }
    }
    best.map(|(_, i)| (doc.times[i].value.clone(), i))
}

/// Whether the time at `span` dates another act than the trigger's: one
/// after منذ and the act it dates (منذ إعلان وفاة زعيمهم الأسبوع الماضي; but
/// منذ الاثنين dates the start of the event itself), or one in what a party
/// says, asks or charges (اتهامات المنظمة بأن طائراته قصفت مدنيين في 24
/// يوليو: the date of the raid, not of the charge).
fn another_acts_time(ix: &DocIndex, h: &Hit, span: Span, range: std::ops::Range<usize>) -> bool {
    let doc = ix.doc;
    let at = doc.token_at_or_after(span.start);
    if at <= range.start || at >= range.end {
        return false;
    }
    let since = (at.saturating_sub(6).max(range.start)..at)
        .rev()
        .take_while(|&j| !is_boundary(doc, j))
        .find(|&j| ix.norm(j) == "منذ");
    // Unless the act after منذ is the trigger's (منذ اتفاق أربيل عام 2009).
    if since.is_some_and(|j| {
        j + 1 < at && (j + 1..at).any(|k| !ix.in_time(k)) && !(j + 1..at).contains(&h.start)
    }) {
        return true;
    }
    matches!(
        h.trigger.event,
        "ACCUSE" | "REJECT" | "THREATEN" | "REQUEST"
    ) && at > h.end
        && (h.end..at).any(|j| opens_content(ix, j))
}

/// Whether an ISO value (`2021`, `2021-12`, `2021-12-31T24:00`) begins
/// after the day `published`.
fn starts_after(value: &str, published: Date) -> bool {
    let mut parts = value.split(['-', 'T']);
    let Some(year) = parts.next().and_then(|y| y.parse::<i32>().ok()) else {
        return false;
    };
    let month = parts
        .next()
        .and_then(|m| m.parse::<u32>().ok())
        .unwrap_or(1);
    let day = parts
        .next()
        .and_then(|d| d.parse::<u32>().ok())
        .unwrap_or(1);
    (year, month, day) > (published.year, published.month, published.day)
}

/// Whether an ISO value ends a year or more before publication.
pub fn is_historical(value: &str, published: Date) -> bool {
    let mut parts = value.split(['-', 'T']);
    let Some(year) = parts.next().and_then(|y| y.parse::<i32>().ok()) else {
        return false;
    };
    let month = parts.next().and_then(|m| m.parse::<u32>().ok());
    let end_month = month.unwrap_or(12).clamp(1, 12);
    let end_day = parts
        .next()
        .and_then(|d| d.parse::<u32>().ok())
        .unwrap_or_else(|| marsad_core::date::days_in_month(year, end_month));
    let Some(end) = Date::new(year, end_month, end_day.max(1)) else {
        return false;
    };
    published.days_since_epoch() - end.days_since_epoch() >= 365
}

fn find_counts(ix: &DocIndex, h: &Hit, range: std::ops::Range<usize>) -> (Counts, Vec<usize>) {
    let doc = ix.doc;
    let mut counts = Counts::default();
    let mut used = Vec::new();
    let s = doc.tokens[range.start].span.start;
    let e = doc.tokens[range.end - 1].span.end;
    for qi in starting_within(&doc.quantities, ix.quantities_sorted, |q| q.span, s, e) {
        let q = &doc.quantities[qi];
        if q.span.start < s || q.span.end > e {
            continue;
        }
        let value = q.value.or(q.min);
        let Some(value) = value else { continue };
        let qs = doc.token_at_or_after(q.span.start);
        let qe = doc.token_at_or_after(q.span.end).max(qs + 1);
        let mut kind = None;
        let mut total = false;
        // The words right before it (قتل 11), then the amount and its unit
        // (11 قتيلا), then the word after it.
        let mut look: Vec<usize> = (qs.saturating_sub(3).max(range.start)..qs).rev().collect();
        look.extend(qs..(qe + 1).min(range.end));
        let casualty = |j: usize| {
            ix.lex
                .counts
                .longest_at(doc, j)
                .map(|m| *m.value)
                .filter(|k| *k != CountKind::Size)
        };
        for j in look {
            if let Some(m) = ix.lex.counts.longest_at(doc, j) {
                kind = Some(*m.value);
                if *m.value != CountKind::Size {
                    // Killed and wounded together (مقتل وإصابة 35 شخصا،
                    // قتل وجرح 20): a total of both, neither count. Not
                    // when the first has its own number or subject (سقط
                    // ألف قتيل وجرح تسعة آلاف، 30 شخصا قتلوا وأصيب مئات،
                    // لقي جندي مصرعه وأصيب 15).
                    let own_count = |k: usize| {
                        let from = doc.tokens[k.saturating_sub(3).max(range.start)].span.start;
                        let to = doc.tokens[k].span.end;
                        let w = ix.norm(k);
                        ["وا", "ه", "هم", "ها"].iter().any(|e| w.ends_with(e))
                            || doc
                                .quantities
                                .iter()
                                .any(|q| q.span.end > from && q.span.end <= to)
                    };
                    let joined = j < qs
                        && j > range.start
                        && doc.tokens[j].proclitics.has(Proclitics::WA)
                        && casualty(j - 1).is_some_and(|k| Some(k) != kind)
                        && !own_count(j - 1);
                    total = joined;
                    break;
                }
            }
        }
        let slot = match kind {
            _ if total => &mut counts.killed_or_injured,
            Some(CountKind::Dead) => &mut counts.dead,
            Some(CountKind::Injured) => &mut counts.injured,
            Some(CountKind::Size) if matches!(h.trigger.event, "PROTEST" | "MOBILIZE") => {
                &mut counts.size
            }
            _ => continue,
        };
        if slot.is_none() {
            *slot = Some(value);
            used.push(qi);
        }
    }
    (counts, used)
}

fn find_modality(ix: &DocIndex, h: &Hit, range: std::ops::Range<usize>, actor: &[Arg]) -> Modality {
    let mut m = Modality::Asserted;
    if h.trigger.future {
        m = Modality::Future;
    }
    // Cues are sorted by start: only those of this clause, before the trigger.
    let lo = ix.cue_at.partition_point(|c| c.0 < range.start);
    for (cs, ce, cues) in ix.cue_at[lo..].iter().take_while(|c| c.0 < h.start) {
        let (cs, ce) = (*cs, *ce);
        if cs < range.start || ce > h.start || cs >= range.end {
            continue;
        }
        if (cs..ce).any(|i| i >= h.start && i < h.end) {
            continue;
        }
        let gap = h.start - ce;
        for c in cues.iter() {
            if gap > c.reach {
                continue;
            }
            if c.modality == "speech" {
                // A party announcing its own act: أعلن الجيش أنه قتل … The
                // act must be in what is said (after أن، إن، a colon or a
                // quotation mark), not beside it (أعلن بعد اجتماعات أن …).
                if !(ce..h.start).any(|j| opens_content(ix, j)) {
                    continue;
                }
                let nps = ix.phrases(ce..range.end.min(ce + 6));
                let speaker = subject_after(ix, &nps, ce, 6)
                    .map(|n| n.arg.name.clone())
                    .or_else(|| {
                        let before = ix.phrases(range.start..cs);
                        subject_before(ix, &before, cs, range.start).map(|n| n.arg.name.clone())
                    });
                if let Some(sp) = speaker {
                    if actor.iter().any(|a| a.name == sp) && Modality::Claimed.rank() > m.rank() {
                        m = Modality::Claimed;
                    }
                }
                continue;
            }
            // لن … سوى، لا … إلا: "only", which asserts what follows.
            if c.modality == "negated" && (ce..h.start).any(|j| matches!(ix.norm(j), "سوي" | "الا"))
            {
                continue;
            }
            if let Some(cm) = Modality::from_cue(c.modality) {
                if cm.rank() > m.rank() {
                    m = cm;
                }
            }
        }
    }
    m
}

/// Whether token `j` opens reported content: أن/إن (with a pronoun suffix or
/// ب), a colon, or an opening quotation mark.
fn opens_content(ix: &DocIndex, j: usize) -> bool {
    let w = ix.norm(j);
    let w = w.strip_prefix('ب').unwrap_or(w);
    w == "ان"
        || complementizer_with_pronoun(w)
        || matches!(
            ix.doc.token_text(&ix.doc.tokens[j]),
            ":" | "«" | "“" | "\"" | "'"
        )
}

/// Whether `w` (matching form, ب read off) is أن/إن with a pronoun joined
/// to it (أنه، أنها، إننا): the subject it names is someone named before.
fn complementizer_with_pronoun(w: &str) -> bool {
    w.strip_prefix("ان")
        .is_some_and(|r| matches!(r, "ه" | "ها" | "هم" | "هما" | "نا" | "ني"))
}

/// Within a sentence: a requested or threatened act is not coded on its own;
/// a threat or mobilisation phrased as a request keeps the specific type;
/// an act of the accused takes them as actors; then one event per type.
fn resolve_sentence(
    ix: &DocIndex,
    events: &mut Vec<(Hit, CodedEvent)>,
    range: std::ops::Range<usize>,
) {
    let doc = ix.doc;
    let n = events.len();
    // A verb joined by و or ف with no subject of its own carries on the
    // subject of the verb before it in the clause (ندد الأمين العام نبيل
    // العربي بالقصف، وطالب أنقرة بـ): the first_subject search skips a name
    // right after a trigger, which may be its object.
    // Nor does it take as its subject what the verb before it hit (قصفت
    // الطائرات مواقع الحوثيين، وشنت غارات على …: the planes raided).
    for j in 1..n {
        let hj = &events[j].0;
        let joined = hj.clitics.has(Proclitics::WA | Proclitics::FA)
            || after_attack_noun(ix, hj, range.start);
        if hj.kind != Kind::Verb || hj.passive || !joined {
            continue;
        }
        let before = (0..j).rev().find(|&i| {
            let hi = &events[i].0;
            hi.kind == Kind::Verb && !hi.passive && hi.end <= hj.start
        });
        let Some(i) = before else { continue };
        let (hi, ei) = &events[i];
        // A subject found before the verb that is what the verb before hit
        // (not one after it: هاجم الجيش مواقع داعش، وأعلن داعش …).
        let hit_before =
            |a: &Arg| a.span.end <= hj.span.start && ei.recipient.iter().any(|r| r.name == a.name);
        let actor_j = &events[j].1.actor;
        let took_target = !actor_j.is_empty();
        if took_target && !actor_j.iter().all(hit_before) {
            continue;
        }
        // Of another kind of act, the one who acted before is no more its
        // subject than the target (استهدف طيران التحالف مواقع الحوثيين،
        // وأشادت شخصيتان يمنيتان): left unknown.
        if took_target && events[j].1.kind != ei.kind {
            events[j].1.actor.clear();
            continue;
        }
        let one_clause = within_clause(doc, hi.end, hj.start);
        let subject = ei
            .actor
            .iter()
            .all(|a| a.span.start >= hi.span.end && a.span.end <= hj.span.start);
        if one_clause && subject && !ei.actor.is_empty() {
            let actor = ei.actor.clone();
            let e = &mut events[j].1;
            if !e
                .recipient
                .iter()
                .any(|r| actor.iter().any(|a| a.name == r.name))
            {
                e.actor = actor;
            }
        }
    }
    let mut drop = vec![false; n];
    for i in 0..n {
        let ti = events[i].1.kind;
        if !matches!(ti, "REQUEST" | "THREATEN") {
            continue;
        }
        for j in i + 1..n {
            let (hi, hj) = (&events[i].0, &events[j].0);
            let clause = within_clause(doc, hi.end, hj.start);
            if hj.start < hi.end || hj.start - hi.end > 12 || !clause {
                continue;
            }
            let tj = events[j].1.kind;
            if matches!(tj, "THREATEN" | "MOBILIZE") && ti == "REQUEST" {
                drop[i] = true;
                if events[j].1.actor.is_empty() {
                    events[j].1.actor = events[i].1.actor.clone();
                }
            } else if tj != ti
                && !matches!(tj, "ACCUSE" | "REQUEST" | "THREATEN")
                && !(hj.start > 0 && matches!(ix.norm(hj.start - 1), "في" | "خلال" | "اثناء"))
            {
                // What is asked for, not where it was asked (جاءت المطالبة
                // في وقفة احتجاجية، خلال مظاهرة).
                drop[j] = true;
            }
        }
    }
    // The accused are the alleged perpetrators of the act they are accused of.
    for i in 0..n {
        // Only an accusation (اتهم), not a condemnation (أدان، شجب): who
        // condemns an attack did not commit it.
        if events[i].1.kind != "ACCUSE" || events[i].1.mode != Some("allege") || drop[i] {
            continue;
        }
        // With no one accused named, the actor of a passive accusation (اتهم
        // X بـ، وجهت إليه تهمة) is the accused; of an active one (وجهت النيابة
        // الاتهام إلى 29 شخصا) the accuser, who did not do the act.
        let h = &events[i].0;
        let accused = if !events[i].1.recipient.is_empty() {
            events[i].1.recipient.clone()
        } else if h.kind == Kind::Passive || h.passive {
            events[i].1.actor.clone()
        } else {
            continue;
        };
        for (_, later) in events.iter_mut().skip(i + 1) {
            if later.actor.is_empty() && later.kind != "ACCUSE" {
                later.actor = accused.clone();
                later
                    .recipient
                    .retain(|r| !accused.iter().any(|a| a.name == r.name));
                if later.modality == Modality::Asserted {
                    later.modality = Modality::Alleged;
                }
            }
        }
    }
    let mut k = 0;
    events.retain(|_| {
        k += 1;
        !drop[k - 1]
    });
    // One event per type and sentence: merge into the most informative.
    let mut merged: Vec<(Hit, CodedEvent)> = Vec::new();
    for (h, e) in events.drain(..) {
        if let Some((_, m)) = merged
            .iter_mut()
            .find(|(_, m)| m.kind == e.kind && compatible(m, &e))
        {
            let score = |x: &CodedEvent| x.actor.len().min(1) * 2 + x.recipient.len().min(1);
            if score(&e) > score(m) {
                let old = std::mem::replace(m, e);
                absorb(m, old);
            } else {
                absorb(m, e);
            }
        } else {
            merged.push((h, e));
        }
    }
    *events = merged;
}

/// Two mentions of one type in a sentence are one event unless they name
/// different actors (one actor's words inside the other's are the same:
/// متظاهر in نحو ألف متظاهر).
fn compatible(a: &CodedEvent, b: &CodedEvent) -> bool {
    a.actor.is_empty()
        || b.actor.is_empty()
        || a.actor.iter().any(|x| {
            b.actor
                .iter()
                .any(|y| x.name == y.name || x.span.overlaps(&y.span))
        })
}

fn absorb(into: &mut CodedEvent, from: CodedEvent) {
    if into.actor.is_empty() {
        into.actor = from.actor;
    }
    if into.recipient.is_empty() {
        into.recipient = from.recipient;
    }
    let actor = &into.actor;
    into.recipient
        .retain(|r| !actor.iter().any(|a| a.name == r.name));
    if into.place.is_none() {
        into.place = from.place;
    }
    if into.date.is_none() {
        into.date = from.date;
    }
    if into.mode.is_none() {
        into.mode = from.mode;
    }
    let c = &mut into.counts;
    c.dead = c.dead.or(from.counts.dead);
    c.injured = c.injured.or(from.counts.injured);
    c.size = c.size.or(from.counts.size);
    c.killed_or_injured = c.killed_or_injured.or(from.counts.killed_or_injured);
    into.quantities.extend(from.quantities);
    into.confidence = into.confidence.max(from.confidence);
}

/// Actors the text has not named yet: indefinite descriptions (فصيل مسلح،
/// جماعة مسلحة مرتبطة بإيران) that a lead names a sentence or two later.
fn unnamed(doc: &Document, actor: &[Arg]) -> bool {
    // No word of it definite: شرطة المنطقة الشرقية names its body.
    actor.iter().all(|a| {
        a.entity.is_none_or(|e| doc.entities[e].nominal)
            && !a
                .name
                .split_whitespace()
                .any(|w| marsad_text::normalize(w).starts_with("ال"))
    })
}

/// A later mention of the same event (same type and actor, nearby, no
/// conflicting target, place or date) is folded into the first; so is one
/// that names the actor a lead described without a name.
fn merge_across_sentences(doc: &Document, events: &mut Vec<CodedEvent>) {
    let mut out: Vec<CodedEvent> = Vec::with_capacity(events.len());
    // In sentence order (as coded), only the last few can be near enough.
    let in_order = events.windows(2).all(|w| w[0].sentence <= w[1].sentence);
    for e in events.drain(..) {
        let near = |m: &&mut CodedEvent| !in_order || m.sentence + 12 >= e.sentence;
        let same = out.iter_mut().rev().take_while(near).find(|m| {
            // Of the same kind: a person speaking later (وطالب متى حداد)
            // does not name a group the lead described (مسيحيو سهل نينوى).
            // A description with no entity is a group (فصيل مسلح، مسلحون).
            let same_kind = |lead: &[Arg], named: &[Arg]| {
                let kind = |x: &[Arg]| {
                    x.first()
                        .and_then(|a| a.entity)
                        .map(|e| doc.entities[e].kind)
                };
                kind(named).is_none_or(|k| kind(lead).unwrap_or(EntityType::Organization) == k)
            };
            let described = unnamed(doc, &m.actor) && !e.actor.is_empty();
            // A call the lead reports as a request (دعت جماعة …) that a
            // later sentence names as a call to arms keeps the specific type,
            // whoever announces it (أعلن أبو علاء الولائي دعوة متطوعين).
            let specific =
                described && m.kind == "REQUEST" && matches!(e.kind, "MOBILIZE" | "THREATEN");
            let lead = described && (specific || same_kind(&m.actor, &e.actor));
            // An attack by no named party told on in the next sentence
            // (اغتيل X … وتعرض لإطلاق نار كثيف … قتل أيضا في الهجوم).
            // The same meeting or agreement by the same party told again further
            // on (a closing line that repeats the headline); statements and
            // attacks of one party are as often several.
            let repeated = m.kind == e.kind
                && matches!(m.kind, "CONSULT" | "AGREE")
                && !m.actor.is_empty()
                && m.actor
                    .iter()
                    .any(|x| e.actor.iter().any(|y| x.name == y.name))
                && live(m)
                && live(&e);
            let unclaimed = m.kind == "ASSAULT"
                && m.actor.is_empty()
                && e.actor.is_empty()
                && (e.sentence == m.sentence + 1
                    || (e.sentence == m.sentence + 2 && e.place.is_none()));
            // A later mention that names no actor (تم القبض على …، ألقي
            // القبض على …) of an act just reported: the same act. Not for
            // attacks, which a war report lists one after another.
            let retold = m.kind != "ASSAULT"
                && !m.actor.is_empty()
                && e.actor.is_empty()
                && live(m)
                && live(&e);
            // A definite event noun (حضر الاجتماع، قتل في الهجوم) in the next
            // sentences names the act just reported, whoever it mentions.
            let anaphor = m.kind == e.kind && anaphoric(doc, &e) && e.sentence <= m.sentence + 3;
            // An act years old is not the news it is told beside
            // (ألقت تونس القبض على … / انتفاضة 2011 التي أطاحت بالرئيس).
            let same_era =
                (m.modality == Modality::Historical) == (e.modality == Modality::Historical);
            same_era
                && e.sentence != m.sentence
                && ((anaphor && live(m) && live(&e))
                    || repeated
                    || (m.kind == e.kind || specific)
                        && e.sentence <= m.sentence + 2
                        && (unclaimed
                            || retold
                            || (!m.actor.is_empty()
                                && (m
                                    .actor
                                    .iter()
                                    .any(|x| e.actor.iter().any(|y| x.name == y.name))
                                    || lead)))
                        && (m.recipient.is_empty()
                            || e.recipient.is_empty()
                            || m.recipient
                                .iter()
                                .any(|x| e.recipient.iter().any(|y| x.name == y.name)))
                        && (m.place.is_none()
                            || e.place.is_none()
                            || m.place.as_ref().map(|p| &p.name)
                                == e.place.as_ref().map(|p| &p.name))
                        && (m.date.is_none()
                            || e.date.is_none()
                            || m.date.as_ref().map(|d| &d.0) == e.date.as_ref().map(|d| &d.0)))
        });
        match same {
            Some(m) => {
                if m.kind == "REQUEST" {
                    m.kind = e.kind;
                    m.mode = e.mode;
                }
                absorb(m, e)
            }
            None => out.push(e),
        }
    }
    *events = out;
}

/// Whether an event's trigger is a definite event noun standing alone
/// (الاجتماع، اللقاء، الهجوم، الحادث): a mention of an act already told.
fn anaphoric(doc: &Document, e: &CodedEvent) -> bool {
    let i = doc.token_at_or_after(e.trigger.start);
    let Some(tok) = doc.tokens.get(i) else {
        return false;
    };
    if tok.span.end < e.trigger.end {
        return false;
    }
    let w = doc.norm(tok);
    let w = w.trim_start_matches(['و', 'ف', 'ب', 'ل']);
    let w = if w.starts_with('ل') && !w.starts_with("ال") {
        format!("ا{w}")
    } else {
        w.to_string()
    };
    matches!(
        w.as_str(),
        "الاجتماع"
            | "اللقاء"
            | "الهجوم"
            | "الاعتداء"
            | "التفجير"
            | "الانفجار"
            | "الحادث"
            | "الحادثه"
            | "العمليه"
            | "الغاره"
    )
}

/// Whether an event is reported as happening (not negated, conditional or
/// planned).
fn live(e: &CodedEvent) -> bool {
    !matches!(
        e.modality,
        Modality::Negated | Modality::Hypothetical | Modality::Future
    )
}

/// The learned detector on one sentence: for each of its types with a
/// trigger in the sentence, the features; then, with a model, rule-coded
/// events take its probability as confidence (and are dropped when it is
/// sure they report nothing), and a trigger the rules left is coded when it
/// is sure it reports one.
#[allow(clippy::too_many_arguments)]
fn detect_sentence(
    ix: &DocIndex,
    events: &mut Vec<(Hit, CodedEvent)>,
    left: &[Hit],
    nps: &[Np],
    range: std::ops::Range<usize>,
    si: usize,
    model: Option<&Model>,
    mut sink: Option<&mut Vec<Example>>,
) {
    for kind in KINDS {
        let has_coded = events.iter().any(|(_, e)| e.kind == kind);
        let left_k: Vec<&Hit> = left.iter().filter(|h| h.trigger.event == kind).collect();
        if !has_coded && left_k.is_empty() {
            continue;
        }
        let relaxed: Vec<(&Hit, CodedEvent)> = left_k
            .iter()
            .filter_map(|h| code_hit(ix, h, nps, range.clone(), si, true).map(|e| (*h, e)))
            .collect();
        let bag = sentence_features(ix, range.clone(), kind, events, &left_k, &relaxed);
        let coded = events.iter().any(|(_, e)| e.kind == kind && live(e));
        let rescuable = !coded && relaxed.iter().any(|(_, e)| live(e));
        if let Some(km) = model.and_then(|m| m.kind(kind)) {
            let p = bag.probability(km);
            if has_coded {
                if p < km.drop {
                    events.retain(|(_, e)| e.kind != kind);
                } else {
                    for (_, e) in events.iter_mut().filter(|(_, e)| e.kind == kind) {
                        e.confidence = p;
                    }
                }
            }
            if rescuable && p >= km.rescue {
                // Relaxed coding skips the accident test (its features
                // describe the trigger whatever the sentence is about), but a
                // death in an accident is no attack to code.
                let accident = (kind == "ASSAULT")
                    .then(|| accident_sentence(ix, range.clone()))
                    .flatten();
                let best = relaxed
                    .iter()
                    .filter(|(_, e)| live(e))
                    .filter(|(h, e)| !accident_rules_out(accident, &h.trigger, &e.actor))
                    .max_by_key(|(h, e)| {
                        (
                            !e.actor.is_empty(),
                            h.kind == Kind::Verb,
                            std::cmp::Reverse(h.start),
                        )
                    });
                if let Some((h, e)) = best {
                    let mut e = e.clone();
                    e.confidence = p;
                    events.push(((*h).clone(), e));
                    events.sort_by_key(|(h, _)| h.start);
                }
            }
        }
        if let Some(sink) = sink.as_deref_mut() {
            sink.push(Example {
                sentence: si,
                kind,
                features: bag.sorted().iter().map(|f| f.to_string()).collect(),
                coded,
                rescuable,
            });
        }
    }
}

/// How a date stands to the publication date: `future`, `recent` (the
/// week before), `month` (the same month or a month value), `old` (a year
/// or more before), `past` (between), `na` (no publication date).
fn date_relation(value: &str, published: Option<Date>) -> &'static str {
    let Some(p) = published else { return "na" };
    if starts_after(value, p) {
        return "future";
    }
    if is_historical(value, p) {
        return "old";
    }
    let mut parts = value.split(['-', 'T']);
    let n = |s: Option<&str>| s.and_then(|x| x.parse::<u32>().ok());
    let (y, m, d) = (n(parts.next()), n(parts.next()), n(parts.next()));
    match (y, m, d) {
        (Some(y), Some(m), Some(d)) => match Date::new(y as i32, m, d) {
            Some(date) if p.days_since_epoch() - date.days_since_epoch() <= 7 => "recent",
            Some(_) => "past",
            None => "past",
        },
        (Some(_), Some(_), None) => "month",
        _ => "past",
    }
}

/// A sentence's features for the detector, written end to end into one
/// buffer (a sentence has dozens, most of them formatted): read them
/// sorted and without repeats with [`FeatureBag::sorted`].
#[derive(Default)]
struct FeatureBag {
    text: String,
    ends: Vec<usize>,
}

impl FeatureBag {
    fn add(&mut self, feature: impl std::fmt::Display) {
        use std::fmt::Write;
        write!(self.text, "{feature}").expect("writing to a String cannot fail");
        self.ends.push(self.text.len());
    }

    /// Each feature once, in order (what the detector reads and training
    /// writes).
    fn sorted(&self) -> Vec<&str> {
        let mut out: Vec<&str> = self.features().collect();
        out.sort_unstable();
        out.dedup();
        out
    }

    fn features(&self) -> impl Iterator<Item = &str> {
        self.ends.iter().scan(0, |start, &end| {
            let f = &self.text[*start..end];
            *start = end;
            Some(f)
        })
    }

    /// The detector's probability for these features: what
    /// [`crate::detect::KindModel::probability`] gives for [`Self::sorted`],
    /// summed in the same order over the features the model weighs (the
    /// rest add nothing), which spares sorting the others.
    fn probability(&self, km: &crate::detect::KindModel) -> f32 {
        let mut weighed: Vec<&str> = self
            .features()
            .filter(|f| km.weights.contains_key(*f))
            .collect();
        weighed.sort_unstable();
        weighed.dedup();
        km.probability(&weighed)
    }
}

/// The detector's features of one sentence for one type: how the rules
/// coded each trigger of the type (or would without their reporting
/// filters), the words around it, the sentence's stems, its times,
/// amounts, quotes and other events.
fn sentence_features(
    ix: &DocIndex,
    range: std::ops::Range<usize>,
    kind: &str,
    events: &[(Hit, CodedEvent)],
    left: &[&Hit],
    relaxed: &[(&Hit, CodedEvent)],
) -> FeatureBag {
    let doc = ix.doc;
    let mut f = FeatureBag::default();
    let word = |j: usize| -> &str {
        let t = &doc.tokens[j];
        match t.kind {
            TokenKind::Arabic => ix.stem(j),
            TokenKind::Number => "#",
            TokenKind::Punct => doc.token_text(t),
            _ => "x",
        }
    };
    let len = range.end - range.start;
    let candidate = |h: &Hit, e: Option<&CodedEvent>, how: &str, f: &mut FeatureBag| {
        let k = match h.kind {
            Kind::Verb => "verb",
            Kind::Noun => "noun",
            Kind::Passive => "passive",
            Kind::Agent => "agent",
        };
        f.add(format_args!("k:{k}"));
        f.add(format_args!("k:{k}:{how}"));
        f.add(format_args!("t:{}", ix.stem(h.start)));
        f.add(format_args!("t:{}:{how}", ix.stem(h.start)));
        if h.start > range.start {
            f.add(format_args!("L1:{}", word(h.start - 1)));
        } else {
            f.add("L1:^");
        }
        if h.start > range.start + 1 {
            f.add(format_args!("L2:{}", word(h.start - 2)));
        }
        if h.end < range.end {
            f.add(format_args!("R1:{}", word(h.end)));
        } else {
            f.add("R1:$");
        }
        if h.end + 1 < range.end {
            f.add(format_args!("R2:{}", word(h.end + 1)));
        }
        f.add(format_args!(
            "pos:{}",
            (h.start - range.start) * 4 / len.max(1)
        ));
        // An agent noun after a word with و and no article (وأحرق
        // المتظاهرون، وسد المتظاهرون): the subject of some verb.
        if h.kind == Kind::Agent && h.start > range.start {
            let p = &doc.tokens[h.start - 1];
            if p.kind == TokenKind::Arabic
                && p.proclitics.has(Proclitics::WA)
                && !p.proclitics.has(Proclitics::AL)
                && !is_function_word(ix.stem(h.start - 1))
                && !is_preposition(ix.stem(h.start - 1))
            {
                f.add("agent:wa-verb");
            }
            if ix.governor_before(h.start).is_some() || ix.has_prep_clitic(h.start) {
                f.add("agent:governed");
            }
        }
        let t = &h.trigger;
        for (on, name) in [
            (t.future, "fut"),
            (t.present, "pres"),
            (t.weak, "weak"),
            (t.detail, "detail"),
            (t.instrument, "instr"),
            (h.passive, "light"),
        ] {
            if on {
                f.add(name);
            }
        }
        let Some(e) = e else { return };
        f.add(format_args!("m:{}", e.modality.as_str()));
        f.add(format_args!("m:{}:{how}", e.modality.as_str()));
        if !e.actor.is_empty() {
            f.add("a");
        }
        if !e.recipient.is_empty() {
            f.add("r");
        }
        if e.place.is_some() {
            f.add("p");
        }
        if let Some((v, _)) = &e.date {
            f.add(format_args!("d:{}", date_relation(v, doc.published)));
        }
        // A total of both counts both.
        if e.counts.dead.is_some() || e.counts.killed_or_injured.is_some() {
            f.add("c:dead");
        }
        if e.counts.injured.is_some() || e.counts.killed_or_injured.is_some() {
            f.add("c:inj");
        }
        if e.counts.size.is_some() {
            f.add("c:size");
        }
        if e.source.is_some() {
            f.add("src");
        }
    };
    let mut coded = false;
    for (h, e) in events.iter().filter(|(_, e)| e.kind == kind) {
        coded |= live(e);
        candidate(h, Some(e), "rule", &mut f);
    }
    for h in left {
        let e = relaxed
            .iter()
            .find(|(r, _)| r.start == h.start)
            .map(|(_, e)| e);
        candidate(h, e, if e.is_some() { "relaxed" } else { "none" }, &mut f);
    }
    f.add(if coded { "rule" } else { "norule" });
    for (_, e) in events.iter().filter(|(_, e)| e.kind != kind) {
        f.add(format_args!("ev:{}", e.kind));
    }
    let year = doc.published.map(|p| p.year);
    for j in range.clone() {
        let t = &doc.tokens[j];
        match t.kind {
            // Function words say more about a sentence's length than its
            // content.
            TokenKind::Arabic
                if ix.stem(j).chars().count() > 2 && !is_function_word(ix.norm(j)) =>
            {
                f.add(format_args!("w:{}", ix.stem(j)));
            }
            // A year before publication, written out: an older event.
            TokenKind::Number => {
                if let (Ok(y), Some(py)) = (doc.token_text(t).parse::<i32>(), year) {
                    if (1900..py).contains(&y) {
                        f.add("year<");
                    }
                }
            }
            _ => {}
        }
    }
    f.add(format_args!("first:{}", word(range.start)));
    f.add(format_args!("len:{}", (len / 10).min(6)));
    if matches!(word(range.end - 1), "?" | "؟") {
        f.add("qm");
    }
    if range
        .clone()
        .any(|j| is_quote_mark(doc.token_text(&doc.tokens[j])))
    {
        f.add("quote");
    }
    let (s, e) = (
        doc.tokens[range.start].span.start,
        doc.tokens[range.end - 1].span.end,
    );
    if ix.quote_around(Span::new(s, e)).is_some() {
        f.add("inq");
    }
    // Features are sorted at the end: the order they are found in is free.
    for t in starting_within(&doc.times, ix.times_sorted, |t| t.span, s, e + 1)
        .map(|i| &doc.times[i])
        .filter(|t| t.span.start >= s && t.span.end <= e)
    {
        match t.kind {
            TimeType::Date | TimeType::Time => {
                let v = t.value.as_bytes();
                if !v.is_empty() && v[0].is_ascii_digit() {
                    f.add(format_args!(
                        "tm:{}",
                        date_relation(&t.value, doc.published)
                    ));
                    let y = t.value.get(..4).and_then(|y| y.parse::<i32>().ok());
                    if let (Some(y), Some(py)) = (y, year) {
                        f.add(if y < py { "tm:year<" } else { "tm:year=" });
                    }
                } else {
                    f.add("tm:ref");
                }
            }
            TimeType::Duration => f.add("tm:dur"),
            TimeType::Set => f.add("tm:set"),
        }
    }
    for q in starting_within(&doc.quantities, ix.quantities_sorted, |q| q.span, s, e + 1)
        .map(|i| &doc.quantities[i])
        .filter(|q| q.span.start >= s && q.span.end <= e)
    {
        f.add("num");
        if let Some(u) = &q.unit {
            f.add(format_args!("u:{u}"));
        }
    }
    f
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bag_scores_as_its_sorted_features_do() {
        let mut bag = FeatureBag::default();
        for f in ["w:قصف", "t:هجوم", "w:قصف", "n:2", "s:غاره", "t:هجوم", "x:لا"]
        {
            bag.add(f);
        }
        let mut km = crate::detect::KindModel {
            bias: -0.3,
            ..Default::default()
        };
        // Weights whose sum depends on the order they are added in.
        for (f, w) in [
            ("w:قصف", 1e-8),
            ("t:هجوم", 1.0),
            ("s:غاره", -1e-8),
            ("n:2", 0.7),
        ] {
            km.weights.insert(f.to_string(), w);
        }
        assert_eq!(bag.probability(&km), km.probability(&bag.sorted()));
        assert_eq!(bag.sorted().len(), 5);
    }
}
