//! Reading one document: cues, their speakers, media, dates and contents.
//!
//! Everything here reads the document and writes nothing; [`crate::resolve`]
//! then links speakers to entities in text order. The reading is token based
//! and looks words up only in a window around each cue, so its cost follows
//! the number of cues, not the size of the lexicons.

use crate::lexicon::{lexicon, CueForm, CueValue, Lexicon, Medium, Role};
use crate::marks::{find_quoted, mark_at, Mark, Quoted};
use marsad_core::{Document, EntityType, Proclitics, QuoteKind, Span, TokenKind};
use rustc_hash::FxHashMap;
use std::ops::Range;

/// A cue as written, with its lexicon entry.
#[derive(Debug, Clone)]
pub struct CueHit {
    pub tokens: Range<usize>,
    pub span: Span,
    pub value: CueValue,
}

/// A speaker phrase read off the text.
#[derive(Debug, Clone, PartialEq)]
pub struct Phrase {
    /// The part that names the speaker: a person's name inside a title and
    /// name, or the whole role phrase.
    pub span: Span,
    pub kind: EntityType,
    /// A role or group description, not a name.
    pub nominal: bool,
    /// The role head is definite (المصدر، المتحدث باسم الكتائب): it may refer
    /// back to a speaker already met.
    pub definite: bool,
    /// The lemma of the role head (مصدر for مصادر), for such references.
    pub role_key: Option<String>,
    /// An outlet named as speaker (وكالة رويترز).
    pub outlet: bool,
    /// One past the last token of the whole phrase.
    pub end: usize,
}

/// Who said it, before linking to entities.
#[derive(Debug, Clone, PartialEq)]
pub enum SpeakerRef {
    Phrase(Phrase),
    /// A pronoun subject or a continuation (وقال، وأضاف): the last speaker.
    Previous,
    /// An adverbial cue (مشيرا): the speaker of the clause it hangs on.
    Clause,
}

/// A statement found, before linking.
#[derive(Debug, Clone)]
pub struct Draft {
    pub cue: CueHit,
    /// The cue whose lemma is reported (the verb after وفق ما).
    pub cue_shown: Option<CueHit>,
    pub content: Range<usize>,
    pub kind: QuoteKind,
    pub speaker: SpeakerRef,
    pub medium: Option<String>,
    pub date: Option<String>,
    /// Inside another quotation's marks.
    pub nested: bool,
    pub sentence: usize,
}

/// What opens the content after a cue.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Comp {
    Colon(usize),
    Quote(usize),
    That(usize),
    Prep(usize),
    Object(usize),
    /// A quotation that opened with no mark: from here to its closing mark.
    Unmarked(usize, usize),
}

/// A word's part in speaker phrases.
#[derive(Debug, Clone, PartialEq)]
enum Word {
    Punct,
    Number,
    Latin,
    Function,
    Time,
    Cue,
    Role(Role, String),
    Media(Medium),
    Other,
}

const THAT: &[&str] = &[
    "ان",
    "انه",
    "انها",
    "انهم",
    "انهما",
    "انهن",
    "اننا",
    "انني",
    "اني",
    "انك",
    "بان",
    "بانه",
    "بانها",
    "بانهم",
    "بانهما",
    "باننا",
    "بانني",
];

/// لكن, after which a subject stands in the accusative (ولكن مسؤولا قال).
const LAKIN: &[&str] = &["لكن", "ولكن"];

/// Words before أن that make it no complement (قبل أن، إلا أن).
const NOT_THAT_AFTER: &[&str] = &[
    "قبل", "بعد", "الا", "غير", "رغم", "برغم", "منذ", "لو", "بما", "حتي", "مع", "دون", "بدل", "كما",
    "يجب", "يمكن", "لابد", "عسي", "من",
];

/// Prepositions of circumstance between a subject and its content.
const CIRCUMSTANTIAL: &[&str] = &["خلال", "اثناء", "عقب", "لدي", "امام", "امس"];

/// "The same" after a definite role (المصدر نفسه، المسؤول ذاته): part of the
/// role phrase, pointing back to the role met before; never a name.
const SAME: &[&str] = &["نفسه", "نفسها", "انفسهم", "ذاته", "ذاتها", "عينه", "عينها"];

/// Whether a word looks like an adjective rather than a name: a participle
/// (مسلح، مرتبطة) or a relational adjective (عراقي، أمنية، محليون).
fn looks_adjectival(norm: &str) -> bool {
    norm.starts_with('م')
        || ["ي", "يه", "يون", "يين", "ه", "ات"]
            .iter()
            .any(|e| norm.ends_with(e))
}

const KANA: &[&str] = &[
    "كان",
    "كانت",
    "كانوا",
    "وكان",
    "وكانت",
    "وكانوا",
    "فكان",
    "يكون",
];

/// Name particles after which an article does not end a name (عبد الرحمن).
/// Words that join the parts of a name; "ال" is آل of family names (آل سعود).
const NAME_LINKS: &[&str] = &["عبد", "ابو", "ام", "ذو", "بن", "ابن", "بنت", "ال"];

pub struct Scan<'d> {
    pub doc: &'d Document,
    lex: &'static Lexicon,
    pub quoted: Vec<Quoted>,
    /// Index into `quoted` by the token of its opening mark.
    open_at: FxHashMap<usize, usize>,
    /// Index into `quoted` by the token of its closing mark.
    close_at: FxHashMap<usize, usize>,
    /// For each token, the innermost quoted stretch (with an opening mark)
    /// that has it inside its marks; `usize::MAX` for none. Computed once,
    /// since every cue asks and a long document has thousands of quotes.
    enclosing: Vec<usize>,
    /// Entity mentions by their first token: (entity, one past last token).
    mentions: FxHashMap<usize, (usize, usize)>,
    /// Time expressions by their first token: (one past last token, value).
    times: FxHashMap<usize, (usize, usize)>,
    /// Cue hits by first token.
    cue_at: FxHashMap<usize, usize>,
    pub cues: Vec<CueHit>,
    /// The lexicon entry of the cue being read: a speaker phrase never takes
    /// in the preposition that opens that cue's content (طالب المتظاهرون بـ).
    entry: std::cell::Cell<Option<usize>>,
}

impl<'d> Scan<'d> {
    pub fn new(doc: &'d Document) -> Scan<'d> {
        let lex = lexicon();
        let quoted = find_quoted(doc);
        let mut open_at = FxHashMap::default();
        let mut close_at = FxHashMap::default();
        for (k, q) in quoted.iter().enumerate() {
            if let Some(o) = q.open {
                open_at.insert(o, k);
            }
            if let Some(c) = q.close {
                close_at.insert(c, k);
            }
        }
        // Paint the stretches from the longest to the shortest, so the
        // innermost wins; among equal lengths the earliest (painted last).
        let mut order: Vec<usize> = (0..quoted.len())
            .filter(|&k| quoted[k].open.is_some())
            .collect();
        order.sort_by_key(|&k| {
            (
                std::cmp::Reverse(quoted[k].inner.len()),
                std::cmp::Reverse(k),
            )
        });
        let mut enclosing = vec![usize::MAX; doc.tokens.len()];
        for k in order {
            for slot in &mut enclosing[quoted[k].inner.clone()] {
                *slot = k;
            }
        }
        let token_range = |span: Span| {
            let a = doc.token_at_or_after(span.start);
            let b = doc.token_at_or_after(span.end.saturating_sub(1)) + 1;
            (a, b.min(doc.tokens.len()))
        };
        let mut mentions = FxHashMap::default();
        for (e, ent) in doc.entities.iter().enumerate() {
            for m in &ent.mentions {
                let (a, b) = token_range(*m);
                if a < b {
                    mentions.entry(a).or_insert((e, b));
                }
            }
        }
        let mut times = FxHashMap::default();
        for (k, t) in doc.times.iter().enumerate() {
            let (a, b) = token_range(t.span);
            if a < b {
                times.insert(a, (b, k));
            }
        }
        let cues: Vec<CueHit> = lex
            .cues
            .find_all(doc)
            .filter(|m| {
                let t = &doc.tokens[m.tokens.start];
                // With the article a verb form is a noun and a participle an
                // adjective (الشروط الموضحة): neither introduces a statement.
                !matches!(m.value.form, CueForm::Verb | CueForm::Adverb)
                    || !(t.proclitics.has(Proclitics::AL) || doc.norm(t).starts_with("ال"))
            })
            .map(|m| CueHit {
                tokens: m.tokens,
                span: m.span,
                value: *m.value,
            })
            .collect();
        let cue_at = cues
            .iter()
            .enumerate()
            .map(|(k, c)| (c.tokens.start, k))
            .collect();
        Scan {
            doc,
            lex,
            quoted,
            open_at,
            close_at,
            enclosing,
            mentions,
            times,
            cue_at,
            cues,
            entry: std::cell::Cell::new(None),
        }
    }

    // ----- token helpers -------------------------------------------------

    fn n(&self) -> usize {
        self.doc.tokens.len()
    }

    fn norm(&self, i: usize) -> &'d str {
        self.doc.norm(&self.doc.tokens[i])
    }

    fn stem(&self, i: usize) -> &'d str {
        self.doc.stem(&self.doc.tokens[i])
    }

    fn text(&self, i: usize) -> &'d str {
        self.doc.token_text(&self.doc.tokens[i])
    }

    fn is_punct(&self, i: usize) -> bool {
        self.doc.tokens[i].kind == TokenKind::Punct
    }

    fn punct_is(&self, i: usize, set: &[&str]) -> bool {
        i < self.n() && self.is_punct(i) && set.contains(&self.text(i))
    }

    fn is_comma(&self, i: usize) -> bool {
        self.punct_is(i, &["،", ","])
    }

    fn is_colon(&self, i: usize) -> bool {
        self.punct_is(i, &[":"])
    }

    fn is_stop(&self, i: usize) -> bool {
        self.punct_is(i, &[".", "!", "?", "؟", "…", "؛", ";"])
    }

    fn definite(&self, i: usize) -> bool {
        let t = &self.doc.tokens[i];
        t.proclitics.has(Proclitics::AL) || self.norm(i).starts_with("ال")
    }

    /// Definite with no preposition on it: an adjective or genitive, not
    /// the start of a prepositional phrase (بالإسراع، للحوطة).
    fn plain_definite(&self, i: usize) -> bool {
        let p = self.doc.tokens[i].proclitics;
        self.definite(i)
            && !(p.has(Proclitics::BI) || p.has(Proclitics::LI) || p.has(Proclitics::KA))
    }

    fn has_wa(&self, i: usize) -> bool {
        let p = self.doc.tokens[i].proclitics;
        p.has(Proclitics::WA) || p.has(Proclitics::FA)
    }

    /// The norm of token `i` without a leading ل or ب that the tokenizer left
    /// on (لوكالة، بمحافظة), when what remains is a known word.
    fn without_preposition(&self, i: usize) -> Option<&'d str> {
        let n = self.norm(i);
        let rest = n.strip_prefix('ل').or_else(|| n.strip_prefix('ب'))?;
        (rest.chars().count() >= 3).then_some(rest)
    }

    fn is_that(&self, i: usize) -> bool {
        if i >= self.n() || !THAT.contains(&self.norm(i)) {
            return false;
        }
        !(i > 0 && NOT_THAT_AFTER.contains(&self.stem(i - 1)))
    }

    fn is_kana(&self, i: usize) -> bool {
        KANA.contains(&self.norm(i))
    }

    fn word(&self, i: usize) -> Word {
        let t = &self.doc.tokens[i];
        match t.kind {
            TokenKind::Punct | TokenKind::Url => return Word::Punct,
            TokenKind::Number => return Word::Number,
            TokenKind::Latin => return Word::Latin,
            TokenKind::Arabic => {}
        }
        let lex = self.lex;
        let (norm, stem) = (self.norm(i), self.stem(i));
        // على and the name علي fold alike; the surface tells them apart.
        if norm == "علي" && self.text(i).ends_with('ي') {
            return Word::Other;
        }
        let conj_rest = norm
            .strip_prefix('و')
            .or_else(|| norm.strip_prefix('ف'))
            .filter(|r| !r.is_empty());
        if lex.function_words.contains_key(norm)
            || conj_rest.is_some_and(|r| lex.function_words.contains_key(r))
        {
            return Word::Function;
        }
        if lex.time_words.contains_key(norm) || lex.time_words.contains_key(stem) {
            return Word::Time;
        }
        // (after لكن/إن, or بحسب: "بحسب محللين")
        let governed = || {
            i > 0 && {
                let before = self.norm(i - 1);
                LAKIN.contains(&before)
                    || matches!(before, "ان" | "لان" | "بحسب" | "وبحسب" | "حسب" | "وحسب")
            }
        };
        if let Some((role, key)) = lex
            .role_words
            .get(stem)
            .or_else(|| lex.role_words.get(norm))
            .or_else(|| lex.accusative_roles.get(stem).filter(|_| governed()))
        {
            // "اللواء علاء بازيد": a rank before a name, "اللواء 15": a brigade.
            if *role != Role::Title
                && lex.also_titles.contains_key(stem)
                && self.definite(i)
                && self.person_at(i + 1).is_some()
            {
                return Word::Role(Role::Title, stem.to_string());
            }
            // A title is definite (الشيخ، السيد) unless listed without the
            // article (د، معالي); "سيد الشهداء" holds none.
            if *role != Role::Title || self.definite(i) || lex.bare_titles.contains_key(norm) {
                return Word::Role(*role, key.clone());
            }
            return Word::Other;
        }
        if let Some(m) = lex
            .media_words
            .get(stem)
            .or_else(|| lex.media_words.get(norm))
        {
            return Word::Media(*m);
        }
        if self.cue_at.contains_key(&i) {
            return Word::Cue;
        }
        Word::Other
    }

    /// One past the end of a person the entity layer found starting at
    /// token `i`.
    fn person_at(&self, i: usize) -> Option<usize> {
        self.mentions
            .get(&i)
            .filter(|&&(e, _)| self.doc.entities[e].kind == EntityType::Person)
            .map(|&(_, end)| end)
    }

    /// A role at `i`, multi-word ones first: (role, key, one past its end).
    /// An abbreviated title takes its full stop (د. محمد الزعبي).
    fn role_at(&self, i: usize) -> Option<(Role, String, usize)> {
        let (role, key, end) = if let Some(m) = self.lex.role_phrases.longest_at(self.doc, i) {
            (*m.value, self.norm(i).to_string(), m.tokens.end)
        } else {
            match self.word(i) {
                Word::Role(r, k) => (r, k, i + 1),
                _ => return None,
            }
        };
        let stop = role == Role::Title && end < self.n() && self.text(end) == ".";
        Some((role, key, if stop { end + 1 } else { end }))
    }

    /// A word that can be part of a name: Arabic or Latin, in no word list.
    fn name_like(&self, i: usize) -> bool {
        i < self.n() && matches!(self.word(i), Word::Other | Word::Latin)
    }

    fn span_of(&self, r: Range<usize>) -> Span {
        Span::new(
            self.doc.tokens[r.start].span.start,
            self.doc.tokens[r.end - 1].span.end,
        )
    }

    /// The span of tokens `r`, after the preposition letters (ب ل ك, not
    /// the article) of its first token. A conjunction the tokenizer read off
    /// stays: a speaker phrase does not start with one, but names do start
    /// with its letters (فيصل، وليد).
    fn phrase_span(&self, r: Range<usize>) -> Span {
        let mut s = self.span_of(r.clone());
        let first = &self.doc.tokens[r.start];
        let p = first.proclitics;
        if p.has(Proclitics::WA) || p.has(Proclitics::FA) {
            return s;
        }
        let mut letters = [Proclitics::BI, Proclitics::KA]
            .iter()
            .filter(|&&f| p.has(f))
            .count();
        if p.has(Proclitics::LI) {
            letters += 1;
            if p.has(Proclitics::AL) {
                letters = 0; // لل: keep the word whole rather than cut the article
            }
        }
        if letters > 0 {
            let surface = self.doc.token_text(first);
            let cut = marsad_text::phrases::original_offset(surface, letters * 'و'.len_utf8());
            if cut < surface.len() {
                s.start += cut;
            }
        }
        s
    }

    fn quoted_open(&self, i: usize) -> Option<&Quoted> {
        self.open_at.get(&i).map(|&k| &self.quoted[k])
    }

    /// The innermost quoted stretch that has token `i` inside its marks.
    fn enclosing_quote(&self, i: usize) -> Option<&Quoted> {
        self.enclosing.get(i).and_then(|&k| self.quoted.get(k))
    }

    fn sentence_of(&self, i: usize) -> (usize, Range<usize>) {
        let at = self.doc.tokens[i].span.start;
        match self.doc.sentence_at(at) {
            Some(k) => (k, self.doc.sentences[k].tokens.clone()),
            None => (0, 0..self.n()),
        }
    }

    // ----- media and dates -----------------------------------------------

    /// A medium phrase at `i`: (one past its end, the medium's name).
    fn medium_at(&self, i: usize, limit: usize) -> Option<(usize, String)> {
        let doc = self.doc;
        // لـ«المونيتور», إلى "الوطن", مع "الوطن": a short quoted name.
        let quoted_name = |j: usize| -> Option<(usize, String)> {
            let q = self.quoted_open(j)?;
            let c = q.close?;
            (q.inner.len() <= 4 && c < limit && !q.inner.is_empty())
                .then(|| (c + 1, doc.slice(self.span_of(q.inner.clone())).to_string()))
        };
        let n = self.norm(i);
        if matches!(n, "ل" | "الي" | "مع") && i + 1 < limit {
            if let Some(found) = quoted_name(i + 1) {
                return Some(found);
            }
            if let Some(m) = self.lex.media.longest_at(doc, i + 1) {
                if *m.value == Medium::Name {
                    return Some((m.tokens.end, doc.slice(m.span).to_string()));
                }
            }
        }
        if let Some(m) = self.lex.media.longest_at(doc, i) {
            let kind = *m.value;
            if kind == Medium::Name {
                let led = m.proclitics.has(Proclitics::LI)
                    || (i > 0 && matches!(self.norm(i - 1), "ل" | "الي" | "مع"));
                return led.then(|| (m.tokens.end, doc.slice(m.span).to_string()));
            }
            if kind == Medium::Channel {
                let mut end = m.tokens.end;
                let mut name = doc.slice(m.span).to_string();
                if end < limit && matches!(self.norm(end), "ل" | "الي" | "مع") {
                    if let Some((e, n)) = quoted_name(end + 1) {
                        return Some((e, n));
                    }
                }
                if end < limit {
                    if let Some(found) = quoted_name(end) {
                        return Some(found);
                    }
                }
                if end < limit {
                    if let Some((e, n)) = self.outlet_with_li(end, limit) {
                        end = e;
                        name = n;
                    }
                }
                return Some((end, name));
            }
        }
        self.outlet_with_li(i, limit)
    }

    /// "لوكالة فرانس برس", "للصحفيين", "لبي بي سي", "لـ CNN": an outlet or
    /// audience after ل.
    fn outlet_with_li(&self, i: usize, limit: usize) -> Option<(usize, String)> {
        let doc = self.doc;
        let (first, rest) = if self.norm(i) == "ل" && i + 1 < limit {
            (i + 1, None)
        } else {
            (
                i,
                Some(self.without_preposition(i).or_else(|| {
                    let t = &doc.tokens[i];
                    (t.proclitics.has(Proclitics::LI)).then(|| self.stem(i))
                })?),
            )
        };
        let word = rest.unwrap_or_else(|| self.norm(first));
        let bare = word
            .strip_prefix("ال")
            .filter(|r| r.chars().count() >= 2)
            .unwrap_or(word);
        let credited = doc
            .provenance
            .source
            .iter()
            .chain(&doc.provenance.agency)
            .find(|c| {
                doc.tokens[first]
                    .span
                    .contains(&Span::new(c.span.start, c.span.start))
            });
        if let Some(c) = credited {
            let end = doc.token_at_or_after(c.span.end.saturating_sub(1)) + 1;
            return Some((end.min(limit), c.name.clone()));
        }
        match self.lex.media_words.get(bare) {
            Some(Medium::Audience) => Some((first + 1, word.to_string())),
            Some(Medium::Outlet) => {
                // The outlet's name: a quoted name, or words up to a boundary.
                let mut end = first + 1;
                if let Some(q) = self.quoted_open(end).filter(|q| q.inner.len() <= 4) {
                    if let Some(c) = q.close.filter(|&c| c < limit) {
                        let name = doc.slice(self.span_of(q.inner.clone())).to_string();
                        return Some((c + 1, name));
                    }
                }
                while end < limit && end < first + 4 && self.name_like(end) && !self.is_that(end) {
                    end += 1;
                }
                let span = self.phrase_span(first..end);
                Some((end, doc.slice(span).to_string()))
            }
            _ if rest.is_none() && (self.doc.tokens[first].kind == TokenKind::Latin) => {
                let mut end = first + 1;
                while end < limit && self.doc.tokens[end].kind == TokenKind::Latin {
                    end += 1;
                }
                Some((end, doc.slice(self.span_of(first..end)).to_string()))
            }
            _ => None,
        }
    }

    /// Whether token `i` is the preposition that opens the current cue's
    /// content (بإقالة after طالب, من after حذر).
    fn opens_content(&self, i: usize) -> bool {
        let n = self.norm(i);
        self.entry.get().is_some_and(|e| {
            self.lex.entries[e].preps.iter().any(|p| {
                n == p
                    || (p.chars().count() == 1
                        && n.starts_with(p.as_str())
                        && n.chars().count() > 3)
            })
        })
    }

    /// A date or time between cue and content: (one past its end, value).
    fn time_at(&self, i: usize, limit: usize) -> Option<(usize, Option<String>)> {
        let lead = matches!(self.norm(i), "في" | "يوم" | "ظهر" | "مساء" | "صباح" | "منذ");
        let probe = if lead && i + 1 < limit { i + 1 } else { i };
        if let Some(&(end, k)) = self.times.get(&probe).or_else(|| self.times.get(&i)) {
            return Some((
                end.min(limit).max(i + 1),
                Some(self.doc.times[k].value.clone()),
            ));
        }
        let is_time = |j: usize| {
            j < limit
                && (matches!(self.word(j), Word::Time)
                    || (self.doc.tokens[j].kind == TokenKind::Number
                        && j + 1 < limit
                        && matches!(self.word(j + 1), Word::Time)))
        };
        if !is_time(probe) {
            return None;
        }
        let mut end = probe;
        while end < limit && (is_time(end) || self.doc.tokens[end].kind == TokenKind::Number) {
            end += 1;
        }
        Some((end, None))
    }

    // ----- speaker phrases -----------------------------------------------

    /// A personal name from `i`: words in no list, ending after a word with
    /// the article (كاظم الفرتوسي، رامي عبد الرحمن), at most five words.
    fn name_run(&self, i: usize, limit: usize) -> Option<usize> {
        let mut j = i;
        while j < limit && j < i + 5 {
            let ok = self.name_like(j)
                || (j > i && matches!(self.word(j), Word::Role(Role::Place, _)))
                || NAME_LINKS.contains(&self.norm(j));
            if !ok || self.is_that(j) || (j > i && self.medium_at(j, limit).is_some()) {
                break;
            }
            // After a name the entity layer found, another one begins: the
            // verb's object after its subject (وطالب عسيري الحوثيين). After
            // words it did not tag, a name is often their genitive (حلفاء
            // تركيا، لفريق دي ميستورا).
            if j > i && self.another_mention_at(i, j) {
                match self.mentions.get(&i) {
                    // A person's words end at the next place or body the
                    // entity layer found: the verb's object, and the words
                    // between are the object's (دعا محمد جواد ظريف دول
                    // الخليج); and at a person joined by و (بين فلاديمير
                    // بوتين وفرنسوا هولاند). Another person may be the rest
                    // of a name it split (أحمد واود أوغلو).
                    Some(&(_, end)) if self.person_at(j).is_none() || self.has_wa(j) => {
                        return Some(j.min(end))
                    }
                    Some(_) => {}
                    // Unknown words lead up to a name the entity layer
                    // found, which ends the run (وينتقد جيب بوش موقف).
                    None => return self.mentions.get(&j).map(|&(_, end)| end.min(limit)),
                }
            }
            let def = self.definite(j)
                && self.doc.tokens[j].kind == TokenKind::Arabic
                && !NAME_LINKS.contains(&self.norm(j));
            let linked = j > i && NAME_LINKS.contains(&self.norm(j - 1));
            j += 1;
            if def && !linked && !matches!(self.stem(j - 1), "دين" | "له") {
                break;
            }
        }
        (j > i).then_some(j)
    }

    /// Whether a mention of an entity other than the one at token `i` (if
    /// any) begins at token `j`.
    fn another_mention_at(&self, i: usize, j: usize) -> bool {
        match (self.mentions.get(&i), self.mentions.get(&j)) {
            (Some(&(a, _)), Some(&(b, _))) => a != b,
            (None, Some(_)) => true,
            (_, None) => false,
        }
    }

    fn is_boundary(&self, j: usize, limit: usize) -> bool {
        j >= limit
            || self.is_punct(j) && mark_at(self.doc, j) != Some(Mark::Open)
            || self.is_that(j)
            || matches!(self.word(j), Word::Time | Word::Cue)
            || self.medium_at(j, limit).is_some()
    }

    /// The speaker phrase that starts at token `i` (a subject after a cue,
    /// the name after بحسب or عن).
    pub fn subject_at(&self, i: usize, limit: usize) -> Option<Phrase> {
        if i >= limit {
            return None;
        }
        let mut i = i;
        if let Some((Role::Quantity, _, end)) = self.role_at(i) {
            if end < limit {
                i = end;
            }
        }
        // A name in quotation marks (ونقلت "رويترز").
        if let Some(q) = self.quoted_open(i) {
            let c = q
                .close
                .filter(|&c| c < limit && q.inner.len() <= 4 && !q.inner.is_empty())?;
            return Some(self.named(q.inner.clone(), c + 1, EntityType::Organization, true));
        }
        if let Some(p) = self.issuer_of_document(i, limit) {
            return Some(p);
        }
        let word = self.word(i);
        // A name the entity layer knows, unless a role or title starts here.
        if let Some(&(e, end)) = self.mentions.get(&i) {
            let ent = &self.doc.entities[e];
            if !matches!(word, Word::Role(..) | Word::Media(_)) && end <= limit {
                // Name words the entity layer left off a person (إبراهيم of
                // إبراهيم المجدوعي), not up to the next name it found.
                let end = if ent.kind == EntityType::Person {
                    self.name_run(i, limit)
                        .filter(|&r| !(r < limit && self.another_mention_at(i, r)))
                        .map_or(end, |r| r.max(end))
                } else {
                    end
                };
                return Some(self.named(i..end, end, ent.kind, false));
            }
        }
        // A title of one word or several (صاحب السمو الملكي).
        let title = match self.role_at(i) {
            Some((Role::Title, _, end)) => Some(end),
            _ => None,
        };
        match word {
            _ if title.is_some() => {
                let mut after = title?;
                // Titles in a row: صاحب السمو الملكي الأمير خالد، معالي الدكتور.
                while let Some((Role::Title, _, end)) =
                    self.role_at(after).filter(|_| after < limit)
                {
                    after = end;
                }
                let tagged = self.person_at(after).map(|end| end.min(limit));
                let end = match (self.name_run(after, limit), tagged) {
                    (Some(a), Some(b)) => a.max(b),
                    (a, b) => a.or(b)?,
                };
                Some(self.named(after..end, end, EntityType::Person, false))
            }
            Word::Role(Role::Person | Role::Group, _) => self.role_phrase(i, limit),
            Word::Media(Medium::Outlet) => {
                let (end, _) = self.outlet_with_li_free(i, limit)?;
                let q = self.quoted_open(i + 1);
                match q.and_then(|q| q.close.map(|c| (q.inner.clone(), c))) {
                    Some((inner, c)) if c + 1 == end => {
                        Some(self.named(inner, end, EntityType::Organization, true))
                    }
                    _ => Some(self.named(i..end, end, EntityType::Organization, true)),
                }
            }
            Word::Other | Word::Latin => {
                // مجموعة «إيكسور»، شركة «وايزكي»: the quoted name is the speaker.
                if !self.definite(i) && self.doc.tokens[i].kind == TokenKind::Arabic {
                    if let Some(q) = self.quoted_open(i + 1) {
                        if let Some(c) = q
                            .close
                            .filter(|&c| c < limit && !q.inner.is_empty() && q.inner.len() <= 4)
                        {
                            return Some(self.named(
                                q.inner.clone(),
                                c + 1,
                                EntityType::Organization,
                                false,
                            ));
                        }
                    }
                }
                if self.definite(i) {
                    // A definite noun with its adjectives (المسيحيون، المشهداني).
                    let mut end = i + 1;
                    while end < limit
                        && end < i + 4
                        && self.plain_definite(end)
                        && self.name_like(end)
                        && !self.mentions.contains_key(&end)
                    {
                        end += 1;
                    }
                    let end = self.attribute_end(end, limit).unwrap_or(end);
                    let kind = self
                        .mentions
                        .get(&i)
                        .map(|&(e, _)| self.doc.entities[e].kind)
                        .unwrap_or(EntityType::Organization);
                    Some(Phrase {
                        span: self.phrase_span(i..end),
                        kind,
                        nominal: false,
                        definite: true,
                        role_key: None,
                        outlet: false,
                        end,
                    })
                } else {
                    let end = self.name_run(i, limit)?;
                    Some(self.named(i..end, end, EntityType::Person, false))
                }
            }
            _ => None,
        }
    }

    /// The body that issued a statement or report named at `i`, when the
    /// text says which ("البيان الصادر عن مكتب رئيس الوزراء", "بيان لوزارة
    /// الداخلية", "تقرير الأمم المتحدة"): FORMAT.md gives the statement to
    /// its issuer. The document word alone ("وقال البيان") is left as it is.
    fn issuer_of_document(&self, i: usize, limit: usize) -> Option<Phrase> {
        if !matches!(self.stem(i), "بيان" | "تقرير" | "بلاغ") {
            return None;
        }
        // (not "وطالب البيان الحكومة": a definite word is in no construct)
        let construct = !self.definite(i);
        let mut k = i + 1;
        if matches!(self.stem(k), "صادر" | "صادره") {
            k += 1;
            if self.norm(k) != "عن" {
                return None;
            }
            let p = self.subject_at(k + 1, limit)?;
            // Its adjectives (غرفة الملاحة الدولية), which a name run leaves out.
            let start = self.doc.token_at_or_after(p.span.start);
            let mut end = p.end;
            while end < limit
                && end < p.end + 2
                && self.plain_definite(end)
                && self.name_like(end)
                && looks_adjectival(self.norm(end))
                && !self.is_boundary(end, limit)
            {
                end += 1;
            }
            return Some(Phrase {
                span: self.phrase_span(start..end),
                end,
                ..p
            });
        }
        let &(e, end) = self.mentions.get(&k).filter(|_| construct)?;
        let kind = self.doc.entities[e].kind;
        (kind != EntityType::Person && end <= limit).then(|| self.named(k..end, end, kind, false))
    }

    /// [`Self::outlet_with_li`] for an outlet word with no ل before it.
    fn outlet_with_li_free(&self, i: usize, limit: usize) -> Option<(usize, String)> {
        let mut end = i + 1;
        if let Some(q) = self.quoted_open(end).filter(|q| q.inner.len() <= 4) {
            if let Some(c) = q.close.filter(|&c| c < limit) {
                return Some((c + 1, String::new()));
            }
        }
        // The outlet's name: definite genitive or name words (قناة المسيرة).
        while end < limit && end < i + 4 && self.name_like(end) && !self.is_that(end) {
            let def = self.definite(end);
            end += 1;
            if def {
                break;
            }
        }
        (end > i + 1).then_some((end, String::new()))
    }

    fn named(&self, r: Range<usize>, end: usize, kind: EntityType, outlet: bool) -> Phrase {
        Phrase {
            span: self.phrase_span(r),
            kind,
            nominal: false,
            definite: true,
            role_key: None,
            outlet,
            end,
        }
    }

    /// A role or group phrase from its head at `i`; the person's name when
    /// the phrase goes on to give one.
    fn role_phrase(&self, i: usize, limit: usize) -> Option<Phrase> {
        let (role, key, mut j) = self.role_at(i)?;
        let kind = if role == Role::Group {
            EntityType::Organization
        } else {
            EntityType::Person
        };
        let mut definite = self.definite(i);
        // The genitive: مدير المرصد، رئيس مجلس قضاء الخالدية، مراسل RT،
        // المتحدث باسم الكتائب، وزارة الدفاع.
        let mut chain = 0;
        while j < limit && chain < 4 {
            chain += 1;
            if self.norm(j) == "باسم" && j + 1 < limit {
                j += 1;
                if let Some(c) = self
                    .quoted_open(j)
                    .and_then(|q| q.close)
                    .filter(|&c| c < limit)
                {
                    j = c + 1;
                } else {
                    // A construct chain up to its first definite word, then
                    // that word's adjectives: كتائب سيد الشهداء، الجيش الوطني.
                    let start = j;
                    while j < limit
                        && j < start + 4
                        && !self.definite(j)
                        && (self.name_like(j)
                            || matches!(self.word(j), Word::Role(Role::Group | Role::Place, _)))
                    {
                        j += 1;
                    }
                    if j < limit
                        && self.definite(j)
                        && !matches!(self.word(j), Word::Role(Role::Title, _))
                    {
                        j += 1;
                        while j < limit
                            && self.plain_definite(j)
                            && self.name_like(j)
                            && !self.is_boundary(j, limit)
                        {
                            j += 1;
                        }
                    }
                }
                definite = true;
                break;
            }
            if definite {
                break;
            }
            let w = self.word(j);
            if matches!(w, Word::Latin) || self.mentions.contains_key(&j) && !self.definite(j) {
                // A name as genitive: مراسل RT, تنظيم داعش.
                let end = self.mentions.get(&j).map_or(j + 1, |&(_, e)| e.min(limit));
                j = end;
                definite = true;
                break;
            }
            if let Some(c) = self
                .quoted_open(j)
                .and_then(|q| q.close)
                .filter(|&c| c < limit)
            {
                if c - j <= 5 {
                    j = c + 1;
                    definite = true;
                }
                break;
            }
            match w {
                Word::Role(Role::Group | Role::Place | Role::Person, _) if !self.definite(j) => {
                    j += 1;
                }
                Word::Role(Role::Group | Role::Place | Role::Person, _)
                | Word::Other
                | Word::Media(_) => {
                    if self.definite(j) {
                        j += 1;
                        definite = true;
                    } else if role == Role::Group
                        && self.name_like(j)
                        && !looks_adjectival(self.norm(j))
                        && !self.is_boundary(j, limit)
                    {
                        // تنظيم داعش: an unmarked name after a group word.
                        j += 1;
                        definite = true;
                    }
                    break;
                }
                _ => break,
            }
        }
        // Adjectives agreeing in definiteness (الأمني، عسكري ميداني، وأكراد).
        let mut adjectives = 0;
        while j < limit && adjectives < 4 && !self.is_boundary(j, limit) {
            let w = self.word(j);
            if definite && SAME.contains(&self.norm(j)) {
                j += 1;
                adjectives += 1;
                continue;
            }
            let adjective = matches!(w, Word::Other)
                && self.lex.role_phrases.longest_at(self.doc, j).is_none()
                && (if definite {
                    self.plain_definite(j)
                } else {
                    !self.definite(j)
                })
                // An indefinite role takes no name after it, so a mention the
                // entity layer put on its adjective (مصدر عسكري ميداني) is noise.
                && (!definite || !self.mentions.contains_key(&j))
                && self.quoted_open(j).is_none();
            if !adjective {
                break;
            }
            j += 1;
            adjectives += 1;
        }
        let core = j;
        // A name after a definite role: a title and name, an entity, or name
        // words after the role (المتحدث باسم الكتائب الشيخ كاظم الفرتوسي).
        if role == Role::Person {
            if let Some(p) = self
                .name_after_role(i, core, limit, definite)
                .or_else(|| self.person_after_role(i, limit))
            {
                return Some(p);
            }
        }
        let end = self.attribute_end(core, limit).unwrap_or(core);
        Some(Phrase {
            span: self.phrase_span(i..end),
            kind,
            nominal: true,
            definite: self.definite(i),
            role_key: Some(key),
            outlet: false,
            end,
        })
    }

    /// The name that follows a role phrase, if the phrase gives one: after
    /// a title, a naming phrase (يعرف باسم), or right after a definite word
    /// of the role phrase (مدير المرصد رامي عبد الرحمن). The walk goes over
    /// words a role phrase is made of (definite words, body and place heads,
    /// في/من/عن/على/لدى) and gives up at anything else.
    fn name_after_role(
        &self,
        head: usize,
        from: usize,
        limit: usize,
        definite: bool,
    ) -> Option<Phrase> {
        let mut m = from;
        while m < limit && m < from + 12 {
            if let Some((role, _, after)) = self.role_at(m) {
                match role {
                    Role::Naming => {
                        let end = self.name_run(after, limit)?;
                        return Some(self.role_named(head, after..end));
                    }
                    Role::Title if definite => {
                        let end = self.name_run(after, limit)?;
                        return Some(self.role_named(head, after..end));
                    }
                    Role::Group | Role::Place | Role::Person => {
                        m = after;
                        continue;
                    }
                    _ => return None,
                }
            }
            if !definite {
                return None;
            }
            if let Some(&(e, end)) = self.mentions.get(&m) {
                if self.doc.entities[e].kind == EntityType::Person && end <= limit {
                    let end = self.name_run(m, limit).map_or(end, |r| r.max(end));
                    return Some(self.role_named(head, m..end));
                }
            }
            // A body or place the entity layer found is the role's genitive
            // (الرئيس التنفيذي لشركة المجدوعي للاستثمار إبراهيم المجدوعي).
            if let Some(&(e, end)) = self.mentions.get(&m) {
                if self.doc.entities[e].kind != EntityType::Person && end > m && end <= limit {
                    m = end;
                    continue;
                }
            }
            let after_definite = self.definite(m - 1)
                || self.doc.tokens[m - 1].kind == TokenKind::Latin
                || mark_at(self.doc, m - 1) == Some(Mark::Close);
            let w = self.word(m);
            if matches!(w, Word::Function) {
                // المشرف على مركز …، مدير عام الشؤون في …، رئيس لجنة من …
                if !matches!(self.norm(m), "في" | "من" | "عن" | "علي" | "لدي") {
                    return None;
                }
            } else if self.definite(m) && matches!(w, Word::Other) {
                // a genitive or an adjective of the role phrase
            } else if matches!(w, Word::Other) && self.norm(m - 1) == "في" && !self.definite(m) {
                // a place in the role: قائد المقاومة في تعز الشيخ حمود المخلافي
            } else if matches!(w, Word::Other)
                && self.without_preposition(m).is_some_and(|rest| {
                    matches!(
                        self.lex.role_words.get(rest),
                        Some((Role::Group | Role::Place, _))
                    )
                })
            {
                // A body joined by ل or ب is the role's genitive, not a name
                // (المتحدث الرسمي لمديرية الدفاع المدني، الناطق بقيادة حرس الحدود).
            } else if matches!(w, Word::Other) && self.doc.tokens[m].kind == TokenKind::Arabic {
                if !after_definite
                    || self.opens_content(m)
                    || self.medium_at(m, limit).is_some()
                    || self.lex.not_names.contains_key(self.stem(m))
                {
                    return None;
                }
                let end = self.name_run(m, limit)?;
                return Some(self.role_named(head, m..end));
            } else if let Some(c) = self
                .quoted_open(m)
                .and_then(|q| q.close)
                .filter(|&c| c < limit)
            {
                m = c;
            } else if !matches!(w, Word::Latin) {
                return None;
            }
            m += 1;
        }
        None
    }

    /// A person the entity layer found a few words after a role head, with
    /// only the words of a role phrase between (رئيسة وكالة حماية البيئة
    /// الأميركية جينا ماكارثي, a construct chain the walk of
    /// [`Self::name_after_role`] does not follow): no mark, cue, time, أن,
    /// or other function word than the prepositions of a role.
    fn person_after_role(&self, head: usize, limit: usize) -> Option<Phrase> {
        let mut m = head + 1;
        let person = |m: usize| {
            let &(e, end) = self.mentions.get(&m)?;
            let ent = &self.doc.entities[e];
            (ent.kind == EntityType::Person && !ent.nominal && end <= limit).then_some(end)
        };
        while m < limit && m < head + 9 {
            // (not a second party: "مصادر إعلامية وشهود عيان")
            if self.has_wa(m) {
                return None;
            }
            let w = self.word(m);
            match w {
                // A title right before the name (رئيس المركز د. محمد).
                Word::Role(Role::Title, _) => {
                    let (_, _, after) = self.role_at(m)?;
                    let end = person(after)?;
                    return Some(self.role_named(head, after..end));
                }
                // Another person's role: the name after it is that person's
                // (عضو في حزب الرئيس المخلوع علي عبدالله صالح).
                Word::Role(Role::Person, _) => return None,
                _ => {}
            }
            if let Some(end) = person(m) {
                // A name right after the head, or after a body, is a
                // genitive or part of a body's name (سفير خادم الحرمين،
                // جامعة الملك عبدالعزيز), and so is any name after it.
                let genitive = m == head + 1
                    || matches!(self.word(m - 1), Word::Role(Role::Group | Role::Place, _))
                    || !self.definite(m - 1);
                if genitive {
                    return None;
                }
                let end = self.name_run(m, limit).map_or(end, |r| r.max(end));
                return Some(self.role_named(head, m..end));
            }
            if self.is_boundary(m, limit) {
                return None;
            }
            match w {
                Word::Other | Word::Latin | Word::Role(..) | Word::Media(_) => {}
                Word::Function if matches!(self.norm(m), "في" | "من" | "لدي") => {}
                _ => return None,
            }
            m += 1;
        }
        None
    }

    fn role_named(&self, head: usize, name: Range<usize>) -> Phrase {
        let end = name.end;
        let key = self.role_at(head).map(|(_, k, _)| k);
        Phrase {
            span: self.phrase_span(name),
            kind: EntityType::Person,
            nominal: false,
            definite: true,
            role_key: key,
            outlet: false,
            end,
        }
    }

    /// An attribute after a role phrase that belongs to it: a linker with
    /// its object (مرتبطة بإيران) or a short prepositional phrase (في الجيش
    /// الوطني، في العراق), kept when it runs up to where the subject must end
    /// or when it names a body. Returns one past its end.
    fn attribute_end(&self, from: usize, limit: usize) -> Option<usize> {
        let mut k = from;
        if k < limit && matches!(self.role_at(k), Some((Role::Linker, _, _))) {
            k = self.role_at(k)?.2;
        }
        if k >= limit || self.medium_at(k, limit).is_some() {
            return None;
        }
        let n = self.norm(k);
        let (object, prep_fi) = if matches!(n, "في" | "من") {
            (k + 1, n == "في")
        } else if self.without_preposition(k).is_some() {
            (k, false)
        } else {
            return None;
        };
        if self.opens_content(k)
            || object >= limit
            || !(self.name_like(object)
                || matches!(self.word(object), Word::Role(..) | Word::Latin))
        {
            return None;
        }
        let mut end = object + 1;
        while end < limit
            && end < object + 3
            && self.definite(end)
            && self.name_like(end)
            && !self.is_boundary(end, limit)
        {
            end += 1;
        }
        let names_a_body = prep_fi
            && (matches!(self.word(object), Word::Role(Role::Group, _))
                || self
                    .mentions
                    .get(&object)
                    .is_some_and(|&(e, _)| self.doc.entities[e].kind != EntityType::Person));
        let reaches = end >= limit
            || self.is_comma(end)
            || self.is_that(end)
            || self.is_colon(end)
            || self.is_stop(end)
            || mark_at(self.doc, end) == Some(Mark::Open)
            || self.medium_at(end, limit).is_some()
            || self.time_at(end, limit).is_some();
        (reaches || names_a_body).then_some(end)
    }

    // ----- content ---------------------------------------------------------

    /// The content opener at `i` for a cue with lexicon entry `entry`.
    fn comp_at(&self, i: usize, entry: usize, object_ok: bool) -> Option<Comp> {
        let e = &self.lex.entries[entry];
        if self.is_colon(i) {
            return Some(Comp::Colon(i));
        }
        if let Some(q) = self.quoted_open(i) {
            // A short quotation right before أن/إن is the subject's name
            // (وقال «مكتب أخبار سوريا» إن).
            let name_like = q
                .close
                .is_some_and(|c| c - i <= 2 || c - i <= 6 && self.is_that(c + 1))
                && !object_ok;
            if !name_like {
                return Some(Comp::Quote(i));
            }
        }
        if self.is_that(i) {
            return Some(Comp::That(i));
        }
        let n = self.norm(i);
        if matches!(n, "الي" | "علي" | "عن" | "من" | "ب") && self.is_that(i + 1) {
            return Some(Comp::That(i + 1));
        }
        // قوله «...»: a saying noun opens the content like a colon.
        if let Some(&k) = self.cue_at.get(&i) {
            if self.cues[k].value.form == CueForm::Saying && i + 1 < self.n() {
                if self.is_colon(i + 1) {
                    return Some(Comp::Colon(i + 1));
                }
                if self.quoted_open(i + 1).is_some() {
                    return Some(Comp::Quote(i + 1));
                }
            }
        }
        if e.strict {
            return None;
        }
        for p in &e.preps {
            let hit = if p.chars().count() == 1 {
                n.starts_with(p.as_str()) && n.chars().count() > 3
            } else {
                n == p || self.stem(i) == p
            };
            if hit {
                return Some(Comp::Prep(i));
            }
        }
        let object_word = !self.is_punct(i)
            && (self.norm(i) == "ما" || !matches!(self.word(i), Word::Function | Word::Cue));
        if e.object && object_ok && object_word {
            return Some(Comp::Object(i));
        }
        None
    }

    /// Looks ahead from `i` for what opens the content: أن/إن, a colon, a
    /// quotation mark, a saying noun, or the closing mark of a quotation
    /// that opened with no mark. Stops at another cue verb.
    fn find_comp(&self, i: usize, limit: usize, entry: usize) -> Option<Comp> {
        let mut j = i;
        let mut commas = 0;
        let mut stopped = false;
        while j < limit && j < i + 30 {
            // A relative clause between commas describes the subject
            // (مجموعة «إيكسور»، التي تسيطر عليها عائلة أنييلي، في بيان أنها).
            if self.is_comma(j)
                && j + 1 < limit
                && matches!(
                    self.norm(j + 1),
                    "التي" | "الذي" | "الذين" | "اللذين" | "اللتين"
                )
            {
                if let Some(k) = (j + 2..limit.min(j + 25)).find(|&k| self.is_comma(k)) {
                    j = k + 1;
                    continue;
                }
            }
            if self.is_comma(j) {
                commas += 1;
            }
            stopped |= self.is_stop(j);
            let past_comma = commas > 0 || stopped;
            let comp = self.comp_at(j, entry, false);
            // A short adverbial set off by one comma before أن/إن (وكان
            // أوباما أكد قبل خطابه هذا، أن).
            // (a preposition before أن only when the cue takes it: أشارت
            // …، إلى أن; not "…، على أنها" after تذكر)
            let that_after_aside = commas == 1
                && !stopped
                && j < i + 8
                && self.is_comma(j - 1)
                && match comp {
                    Some(Comp::That(k)) => {
                        k == j
                            || self.lex.entries[entry]
                                .preps
                                .iter()
                                .any(|p| p == self.norm(j))
                    }
                    _ => false,
                };
            if let Some(c) = comp.filter(|_| !past_comma || that_after_aside) {
                // A preposition may follow an object (حث الرجال على، دعا الناس إلى).
                if !matches!(c, Comp::Prep(_)) || j < i + 7 {
                    return Some(c);
                }
            }
            if let Some(&k) = self.close_at.get(&j) {
                if self.quoted[k].open.is_none() {
                    return Some(Comp::Unmarked(i, j));
                }
            }
            if j > i {
                if let Some(&k) = self.cue_at.get(&j) {
                    if matches!(self.cues[k].value.form, CueForm::Verb | CueForm::Adverb) {
                        return None;
                    }
                }
            }
            if let Some(q) = self.quoted_open(j) {
                if let Some(c) = q.close {
                    j = c;
                }
            }
            j += 1;
        }
        None
    }

    /// Where a reported clause that starts at `from` ends: the sentence end,
    /// or the next cue that starts a statement of its own (مشيرا، وأضاف،
    /// بحسب). Quotations inside are skipped whole.
    fn clause_end(&self, from: usize, limit: usize) -> usize {
        let mut j = from;
        while j < limit {
            if let Some(q) = self.quoted_open(j) {
                if let Some(c) = q.close.filter(|&c| c < limit) {
                    j = c + 1;
                    continue;
                }
            }
            if j > from {
                if let Some(&k) = self.cue_at.get(&j) {
                    let form = self.cues[k].value.form;
                    let after_break = self.is_comma(j - 1) || self.is_stop(j - 1) || self.has_wa(j);
                    let starts = match form {
                        CueForm::Adverb => true,
                        CueForm::According => self.is_comma(j - 1),
                        CueForm::Verb => after_break,
                        _ => false,
                    };
                    if starts {
                        break;
                    }
                }
            }
            j += 1;
        }
        self.trim_end(from, j)
    }

    /// Drops trailing punctuation (but not a closing mark inside content).
    fn trim_end(&self, from: usize, mut end: usize) -> usize {
        while end > from + 1 && self.is_punct(end - 1) && !self.close_at.contains_key(&(end - 1)) {
            end -= 1;
        }
        while end > from + 1
            && (self.is_punct(end - 1) || self.norm(end - 1) == "و")
            && mark_at(self.doc, end - 1) != Some(Mark::Close)
        {
            end -= 1;
        }
        end
    }

    fn marks_inside(&self, r: &Range<usize>) -> bool {
        r.clone().any(|j| mark_at(self.doc, j).is_some())
    }

    /// The content and kind that an opener gives.
    fn content(&self, comp: Comp, limit: usize) -> Option<(Range<usize>, QuoteKind)> {
        let quote = |j: usize| -> Option<(Range<usize>, QuoteKind)> {
            let q = self.quoted_open(j)?;
            let inner = q.inner.clone();
            if inner.is_empty() {
                return None;
            }
            match q.close {
                Some(c) if c < limit => {
                    let rest = self.clause_end(c + 1, limit);
                    let words_after = (c + 1..rest).any(|t| !self.is_punct(t));
                    if inner.len() < 4 && words_after {
                        Some((j..rest, QuoteKind::Mixed))
                    } else {
                        Some((inner, QuoteKind::Direct))
                    }
                }
                _ => Some((
                    inner.start..inner.end.min(limit.max(inner.start + 1)),
                    QuoteKind::Direct,
                )),
            }
        };
        match comp {
            Comp::Colon(j) => {
                let k = j + 1;
                if k >= limit {
                    return None;
                }
                if self.is_that(k) {
                    let end = self.clause_end(k + 1, limit);
                    let r = k + 1..end;
                    let kind = if self.marks_inside(&r) {
                        QuoteKind::Mixed
                    } else {
                        QuoteKind::Indirect
                    };
                    return (!r.is_empty()).then_some((r, kind));
                }
                if self.quoted_open(k).is_some() {
                    return quote(k);
                }
                let end = self.clause_end(k, limit);
                (end > k).then_some((k..end, QuoteKind::Direct))
            }
            Comp::Quote(j) => quote(j),
            Comp::That(j) => {
                let k = j + 1;
                if k >= limit {
                    return None;
                }
                if let Some(q) = self.quoted_open(k) {
                    if let Some(c) = q.close.filter(|&c| c < limit) {
                        let rest = self.clause_end(c + 1, limit);
                        if !(c + 1..rest).any(|t| !self.is_punct(t)) {
                            return quote(k);
                        }
                    }
                }
                let end = self.clause_end(k, limit);
                let r = k..end;
                let kind = if self.marks_inside(&r) {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                };
                (!r.is_empty()).then_some((r, kind))
            }
            Comp::Prep(j) | Comp::Object(j) => {
                let end = self.clause_end(j, limit);
                let r = j..end;
                let kind = if self.marks_inside(&r) {
                    QuoteKind::Mixed
                } else {
                    QuoteKind::Indirect
                };
                (!r.is_empty()).then_some((r, kind))
            }
            Comp::Unmarked(from, close) => {
                (close > from).then_some((from..close, QuoteKind::Direct))
            }
        }
    }

    // ----- cues ------------------------------------------------------------

    /// Every statement the document's cues introduce, in cue order.
    pub fn drafts(&self) -> Vec<Draft> {
        let mut out: Vec<Draft> = Vec::new();
        for cue in &self.cues {
            let t = cue.tokens.start;
            let after_ma = t > 0 && matches!(self.norm(t - 1), "ما" | "مما" | "كما" | "مثلما");
            let d = match cue.value.form {
                // "وفق ما أعلن"، "كما قال": read with the phrase before it;
                // "ما يؤكد" is no statement at all.
                CueForm::Verb if after_ma => None,
                CueForm::Verb | CueForm::Adverb | CueForm::Relay => self.verb_cue(cue),
                CueForm::According => self.according_cue(cue, &mut out),
                CueForm::Saying => None,
            };
            if let Some(mut d) = d {
                d.nested = self.enclosing_quote(cue.tokens.start).is_some();
                out.push(d);
            }
        }
        out
    }

    fn verb_cue(&self, cue: &CueHit) -> Option<Draft> {
        let (sentence, sent) = self.sentence_of(cue.tokens.start);
        let limit = sent.end;
        let entry = cue.value.entry;
        self.entry.set(Some(entry));
        let form = cue.value.form;
        let mut pos = cue.tokens.end;
        let mut medium = None;
        let mut date = None;
        let mut subject: Option<Phrase> = None;
        let mut speaker_after_an: Option<Phrase> = None;
        let mut comp = None;
        let mut object_first = false;
        if form == CueForm::Verb {
            subject = self.preverbal(cue.tokens.start, sent.start);
        }
        let mut steps = 0;
        while pos < limit && steps < 10 {
            steps += 1;
            if form == CueForm::Relay
                && subject.is_some()
                && speaker_after_an.is_none()
                && self.norm(pos) != "عن"
            {
                // "ونقلت هيئة الإذاعة البريطانية “بي بي سي” BBC عن": all medium.
                if let Some(an) = (pos..limit.min(pos + 12)).find(|&t| self.norm(t) == "عن") {
                    pos = an;
                }
            }
            if subject.is_some() {
                // "فصيل مسلح مرتبط بالحرس الثوري": an attribute of the subject.
                if let Some((Role::Linker, _, after)) = self.role_at(pos) {
                    let mut end = after;
                    while end < limit
                        && end < after + 3
                        && (self.name_like(end) || self.without_preposition(end).is_some())
                        && !self.is_boundary(end, limit)
                        && (end == after || self.plain_definite(end))
                    {
                        end += 1;
                    }
                    pos = end;
                    continue;
                }
            }
            let object_ok =
                subject.is_some() || speaker_after_an.is_some() || form == CueForm::Adverb;
            if let Some(c) = self.comp_at(pos, entry, object_ok) {
                comp = Some(c);
                break;
            }
            if let Some((end, m)) = self.medium_at(pos, limit) {
                medium.get_or_insert(m);
                pos = end;
                continue;
            }
            if let Some((end, v)) = self.time_at(pos, limit) {
                if date.is_none() {
                    date = v;
                }
                pos = end;
                continue;
            }
            if self.is_comma(pos) {
                pos = self.apposition(pos, limit, entry, &mut subject);
                continue;
            }
            // "قال له الوزير", "الذي تطالب فيه السعودية": a preposition with
            // a pronoun right after the verb, before its subject.
            if subject.is_none()
                && marsad_text::clitics::is_preposition_with_pronoun(self.norm(pos))
            {
                pos += 1;
                continue;
            }
            if let Some(p) = subject.as_ref().filter(|p| !p.nominal) {
                // "المشهداني القيادي في ائتلاف الوطنية": a role after the name.
                if matches!(self.word(pos), Word::Role(Role::Person | Role::Title, _)) {
                    if let Some(r) = self.role_phrase(pos, limit) {
                        if r.end > pos {
                            pos = r.end;
                            continue;
                        }
                    }
                }
                let _ = p;
            }
            if subject.is_some() && CIRCUMSTANTIAL.contains(&self.norm(pos)) {
                // "خلال الوقفة", "أثناء المؤتمر": where, not what.
                let mut end = pos + 1;
                while end < limit
                    && end < pos + 4
                    && self.name_like(end)
                    && !self.is_boundary(end, limit)
                {
                    end += 1;
                }
                if end > pos + 1 {
                    pos = end;
                    continue;
                }
            }
            if form == CueForm::Relay
                && subject.is_some()
                && speaker_after_an.is_none()
                && self.norm(pos) == "عن"
            {
                speaker_after_an = self.subject_at(pos + 1, limit);
                if let Some(p) = &speaker_after_an {
                    pos = p.end;
                    continue;
                }
                return None;
            }
            if subject.is_none() && form != CueForm::Adverb && !object_first {
                if let Some(p) = self.subject_at(pos, limit) {
                    // A lone unknown word after a verb that takes an object
                    // is its object when no content opener follows it.
                    let lone = p.end == pos + 1
                        && !p.nominal
                        && !self.definite(pos)
                        && !self.mentions.contains_key(&pos);
                    let object_next = lone
                        && self.lex.entries[entry].object
                        && !(p.end < limit
                            && (self.comp_at(p.end, entry, false).is_some()
                                || self.medium_at(p.end, limit).is_some()
                                || self.time_at(p.end, limit).is_some()
                                || self.is_comma(p.end)));
                    if !object_next && self.disagrees(cue, &p, pos) {
                        // The object comes first; the content opener follows it.
                        object_first = true;
                        pos = p.end;
                        continue;
                    }
                    if !object_next {
                        pos = p.end;
                        subject = Some(p);
                        continue;
                    }
                    if let Some(c) = self.comp_at(pos, entry, true) {
                        comp = Some(c);
                    }
                    break;
                }
            }
            break;
        }
        if form == CueForm::Relay {
            speaker_after_an.as_ref()?;
            if let Some(p) = subject.take() {
                medium = Some(self.doc.slice(p.span).to_string());
            }
            subject = speaker_after_an;
        }
        let comp = match comp {
            Some(c) => Some(c),
            None if pos < limit => self.find_comp(pos, limit, entry),
            None => None,
        };
        let (content, kind) = match comp.and_then(|c| self.content(c, limit)) {
            Some(found) => found,
            None => self.postposed(cue, sent.start)?,
        };
        let speaker = match (subject, form) {
            (Some(p), _) => SpeakerRef::Phrase(p),
            (None, CueForm::Adverb) => SpeakerRef::Clause,
            (None, _) => SpeakerRef::Previous,
        };
        Some(Draft {
            cue: cue.clone(),
            cue_shown: None,
            content,
            kind,
            speaker,
            medium,
            date,
            nested: false,
            sentence,
        })
    }

    /// A masculine singular verb before a definite feminine noun: the noun
    /// is its object, not its subject ("وطالب الحكومة بالإسراع").
    fn disagrees(&self, cue: &CueHit, p: &Phrase, at: usize) -> bool {
        let verb = self.stem(cue.tokens.start);
        let masculine = !(verb.ends_with('ت')
            || verb.starts_with('ت')
            || verb.ends_with("وا")
            || verb.ends_with("ون"));
        let head = self.norm(at);
        masculine
            && p.definite
            && self.definite(at)
            && head.ends_with('ه')
            && !matches!(self.word(at), Word::Role(Role::Person | Role::Title, _))
            && !self.mentions.contains_key(&at)
    }

    /// ", قائد نصر،" after a role with no name: the name in apposition.
    /// Returns where the scan goes on.
    fn apposition(
        &self,
        comma: usize,
        limit: usize,
        entry: usize,
        subject: &mut Option<Phrase>,
    ) -> usize {
        let mut j = comma + 1;
        while j < limit && j < comma + 9 && !self.is_comma(j) {
            if self.comp_at(j, entry, false).is_some() || self.is_stop(j) {
                return comma + 1;
            }
            j += 1;
        }
        if j >= limit || !self.is_comma(j) || j == comma + 1 {
            return comma + 1;
        }
        let role_only = subject.as_ref().is_some_and(|p| p.nominal && p.definite);
        let segment = comma + 1..j;
        let first_ok = !matches!(
            self.word(segment.start),
            Word::Function | Word::Punct | Word::Time | Word::Cue
        ) && self.medium_at(segment.start, limit).is_none()
            && self.time_at(segment.start, limit).is_none();
        if role_only && first_ok && segment.len() <= 4 && segment.clone().all(|t| !self.is_punct(t))
        {
            let key = subject.as_ref().and_then(|p| p.role_key.clone());
            *subject = Some(Phrase {
                span: self.phrase_span(segment.clone()),
                kind: EntityType::Person,
                nominal: false,
                definite: true,
                role_key: key,
                outlet: false,
                end: j + 1,
            });
            return j + 1;
        }
        j + 1 // a parenthetical between commas: skip it
    }

    /// "«...»، قال الوزير": the quotation right before a cue that opens none.
    fn postposed(&self, cue: &CueHit, sent_start: usize) -> Option<(Range<usize>, QuoteKind)> {
        let mut j = cue.tokens.start;
        while j > sent_start && (self.is_comma(j - 1) || self.norm(j - 1) == "و") {
            j -= 1;
        }
        let &k = self.close_at.get(&j.checked_sub(1)?)?;
        let q = &self.quoted[k];
        (!q.inner.is_empty()).then(|| (q.inner.clone(), QuoteKind::Direct))
    }

    /// A subject before its verb: "وكان الرئيس جو بايدن قد أعلن", "أن
    /// القيادة العراقية أوضحت", "«الرئيس بشار الأسد كان يطالب».
    fn preverbal(&self, cue: usize, sent_start: usize) -> Option<Phrase> {
        let mut j = cue;
        if j > sent_start && self.norm(j - 1) == "قد" {
            j -= 1;
        }
        if j > sent_start
            && self.is_kana(j - 1)
            && !self.has_wa(j - 1)
            && self.norm(j - 1) != "وكان"
        {
            j -= 1;
        }
        // What may stand right before a subject put before its verb: كان,
        // أن, لكن (which take it in the accusative), an opening mark.
        let opens_subject = |t: usize| {
            self.is_kana(t)
                || THAT.contains(&self.norm(t))
                || LAKIN.contains(&self.norm(t))
                || mark_at(self.doc, t) == Some(Mark::Open)
        };
        let mut b = j;
        while b > sent_start && b + 12 > j {
            let t = b - 1;
            if opens_subject(t) {
                break;
            }
            if self.is_punct(t) && mark_at(self.doc, t).is_none() || self.cue_at.contains_key(&t) {
                return None;
            }
            b -= 1;
        }
        if b == j {
            return None;
        }
        if b > sent_start && !opens_subject(b - 1) {
            return None;
        }
        let p = self.subject_at(b, j)?;
        (p.end == j).then_some(p)
    }

    /// Whether token `i` can open the source of an "according to" phrase:
    /// a name the entity layer found, a title, role or body (الوزير، مصادر،
    /// وزارة), a medium, or a name in quotation marks. Any other noun after
    /// بحسب or وفقا ل is a measure or a rule the sentence follows.
    fn is_source_at(&self, i: usize) -> bool {
        self.mentions.contains_key(&i)
            || self.quoted_open(i).is_some()
            || self.role_at(i).is_some()
            || matches!(self.word(i), Word::Media(_))
    }

    fn according_cue(&self, cue: &CueHit, done: &mut [Draft]) -> Option<Draft> {
        self.entry.set(None);
        let (sentence, sent) = self.sentence_of(cue.tokens.start);
        let limit = sent.end;
        let mut pos = cue.tokens.end;
        let mut shown = None;
        // وفقا لـ: a lone ل.
        if pos < limit && self.norm(pos) == "ل" {
            pos += 1;
        }
        // وفق ما أعلن X، حسبما ذكرت X، وفقا لما ذكره X: the verb's subject
        // is the speaker.
        let with_ma = pos < limit && matches!(self.norm(pos), "ما" | "لما");
        if with_ma {
            pos += 1;
        }
        if let Some(&k) = self.cue_at.get(&pos) {
            let verb = &self.cues[k];
            if verb.value.form == CueForm::Verb {
                shown = Some(verb.clone());
                pos = verb.tokens.end;
            }
        }
        let needs_verb = with_ma || matches!(self.norm(cue.tokens.start), "كما" | "مثلما");
        if needs_verb && shown.is_none() {
            return None;
        }
        let mut medium = None;
        let mut date = None;
        let mut subject = None;
        for _ in 0..4 {
            if pos >= limit {
                break;
            }
            if let Some((end, v)) = self.time_at(pos, limit) {
                date = date.or(v);
                pos = end;
                continue;
            }
            if subject.is_none() {
                if let Some((end, m)) = self.outlet_with_li(pos, limit) {
                    medium = Some(m.clone());
                    subject = Some(Phrase {
                        span: self.phrase_span(pos..end),
                        kind: EntityType::Organization,
                        nominal: false,
                        definite: true,
                        role_key: None,
                        outlet: true,
                        end,
                    });
                    pos = end;
                    continue;
                }
                // A source, not a manner: بحسب الوزير، وفقا لمصادر, but not
                // بحسب الظروف، وفقا للقانون، حسب الحالة.
                if !self.is_source_at(pos) {
                    break;
                }
                subject = self.subject_at(pos, limit);
                if let Some(p) = &subject {
                    pos = p.end;
                    continue;
                }
            }
            break;
        }
        let subject = subject?;
        if subject.outlet {
            // "وفقا لصحيفة الحياة" after a statement: its medium, not a new one.
            if let Some(prev) = done.iter_mut().rev().find(|d| d.sentence == sentence) {
                prev.medium.get_or_insert(
                    medium.unwrap_or_else(|| self.doc.slice(subject.span).to_string()),
                );
                return None;
            }
        }
        let start = cue.tokens.start;
        let at_clause_start = start == sent.start
            || self.is_comma(start - 1)
            || self.is_stop(start - 1)
            || mark_at(self.doc, start - 1).is_some();
        let mut after = pos;
        while after < limit && (self.is_comma(after) || self.is_colon(after)) {
            after += 1;
        }
        let words_after = after < limit && !self.is_stop(after);
        if at_clause_start
            && words_after
            && (after..limit).filter(|&t| !self.is_punct(t)).count() < 3
        {
            return None; // "وفقا لتقرير X التقنية." is a credit, not a statement
        }
        let (content, kind_from) = if at_clause_start && words_after {
            let end = self.clause_end(after, limit);
            (after..end, after)
        } else {
            // The clause before: from the sentence start, or after the last
            // statement in this sentence.
            let mut from = sent.start;
            for d in done.iter().filter(|d| d.sentence == sentence) {
                from = from.max(d.content.end.min(start));
            }
            while from < start && (self.is_punct(from) && mark_at(self.doc, from).is_none()) {
                from += 1;
            }
            let mut end = self.trim_end(from, start);
            if words_after {
                end = self.clause_end(after, limit);
            }
            (from..end, from)
        };
        if content.is_empty() || content.start >= content.end {
            return None;
        }
        let _ = kind_from;
        let whole = self
            .quoted_open(content.start)
            .and_then(|q| q.close)
            .is_some_and(|c| c + 1 >= content.end);
        let kind = if whole {
            QuoteKind::Direct
        } else if self.marks_inside(&content) {
            QuoteKind::Mixed
        } else {
            QuoteKind::Indirect
        };
        let content = if whole {
            self.quoted_open(content.start)
                .map(|q| q.inner.clone())
                .unwrap_or(content)
        } else {
            content
        };
        Some(Draft {
            cue: cue.clone(),
            cue_shown: shown,
            content,
            kind,
            speaker: SpeakerRef::Phrase(subject),
            medium,
            date,
            nested: false,
            sentence,
        })
    }
}
