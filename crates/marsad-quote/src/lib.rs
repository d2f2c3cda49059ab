//! Marsad's quote layer: direct and reported speech in Arabic news.
//!
//! For each statement it finds the content span, the speaker, the cue
//! (surface, lemma and stance), the medium ("لـ«المونيتور»", "في بيان"), the
//! date when one stands between cue and content, and the kind (direct,
//! indirect, mixed) as `shared/gold/FORMAT.md` defines them.
//!
//! - Cues are the verbs and phrases of `data/cues.tsv` and
//!   `data/attributions.tsv` in all persons and tenses, participles
//!   (مشيرا، مؤكدة) and "according to" phrases (بحسب، وفقا لـ، وفق ما أعلن).
//! - Contents open with أن/إن, a colon, a quotation mark in any style, a
//!   preposition or object the cue takes (دعا إلى، أعلن مسؤوليته), or run
//!   back to a closing mark whose opening mark the writer forgot
//!   ([`marks`]); a post-posed cue takes the quotation before it.
//! - Speakers are the cue's subject (a name, a title and name, a role or
//!   group phrase: [`scan`]), a subject before the verb (وكان الرئيس … قد
//!   أعلن), or, for pronoun subjects and continuations (وقال، وأضاف), the
//!   last speaker. They are linked to `doc.entities`; a speaker the entity
//!   layer missed, or an unnamed role ("مصدر أمني"), becomes an entity.
//!
//! [`QuoteLayer`] is the pipeline stage; [`QuoteLayer::extract`] returns
//! the richer [`QuoteInfo`] records that `marsad_core::Quote` has no room for.

pub mod lexicon;
pub mod marks;
pub mod scan;

pub use lexicon::Stance;

use marsad_core::{Document, Entity, EntityType, Quote, QuoteKind, Span, Stage};
use rustc_hash::FxHashMap;
use scan::{Phrase, Scan, SpeakerRef};
use std::collections::BTreeSet;

/// The word or phrase that attributes a statement.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub span: Span,
    /// As written, without its conjunction (قالت، مشيرا، بحسب).
    pub surface: String,
    pub lemma: String,
    pub stance: Stance,
}

/// One statement with everything the layer read about it.
#[derive(Debug, Clone, PartialEq)]
pub struct QuoteInfo {
    /// What was said (the quoted words, or the reported clause).
    pub span: Span,
    pub kind: QuoteKind,
    /// The speaker's entity name, as `Quote::speaker` carries it.
    pub speaker: Option<String>,
    /// Index of the speaker's entity in `doc.entities`.
    pub speaker_entity: Option<usize>,
    pub cue: Cue,
    /// Where it was said: an outlet, an audience, or a statement's form.
    pub medium: Option<String>,
    /// The TIMEX3 value of a time expression between cue and content.
    pub date: Option<String>,
    /// Said inside another quotation.
    pub nested: bool,
}

/// The quotes stage: fills `doc.quotes` (sorted by span) and adds an entity
/// for every speaker the entity layer does not know.
#[derive(Debug, Default, Clone, Copy)]
pub struct QuoteLayer;

impl Stage for QuoteLayer {
    fn name(&self) -> &'static str {
        "quotes"
    }

    fn annotate(&self, doc: &mut Document) {
        let found = self.extract(doc);
        doc.quotes = found
            .into_iter()
            .map(|q| Quote {
                span: q.span,
                speaker: q.speaker,
                kind: q.kind,
            })
            .collect();
    }
}

/// Whether a speaker phrase is "the statement" alone (البيان), which
/// FORMAT.md gives to the body that issued it.
fn is_bare_statement(doc: &Document, ph: &Phrase) -> bool {
    matches!(
        marsad_text::normalize(doc.slice(ph.span).trim()).as_str(),
        "البيان" | "بيان"
    )
}

/// A statement read off the text, with spans only, before linking.
struct Pending {
    span: Span,
    kind: QuoteKind,
    speaker: SpeakerRef,
    speaker_text: Option<String>,
    cue: Cue,
    medium: Option<String>,
    date: Option<String>,
    nested: bool,
    sentence: usize,
}

impl QuoteLayer {
    /// Finds every statement of `doc`, links speakers to entities (adding
    /// the missing ones to `doc.entities`), and returns them sorted by span.
    pub fn extract(&self, doc: &mut Document) -> Vec<QuoteInfo> {
        if doc.tokens.is_empty() {
            return Vec::new();
        }
        let pending = read(doc);
        let mut linker = Linker::default();
        let mut out: Vec<QuoteInfo> = Vec::with_capacity(pending.len());
        let mut last: Option<usize> = None;
        // The last speaker found in each sentence.
        let mut in_sentence: FxHashMap<usize, usize> = FxHashMap::default();
        // Who last spoke "in a statement" (قالت الوزارة في بيان): the
        // issuer of "the statement" named alone after it (وأضاف البيان).
        let mut issuer: Option<usize> = None;
        for p in pending {
            let entity = match &p.speaker {
                SpeakerRef::Phrase(ph) if issuer.is_some() && is_bare_statement(doc, ph) => issuer,
                SpeakerRef::Phrase(ph) => {
                    Some(linker.link(doc, ph, p.speaker_text.as_deref().unwrap_or("")))
                }
                SpeakerRef::Previous => last,
                SpeakerRef::Clause => in_sentence
                    .get(&p.sentence)
                    .copied()
                    .or_else(|| {
                        // A masculine participle (مشيرا، لافتا) agrees with a person.
                        let n = marsad_text::normalize(&p.cue.surface);
                        (!n.ends_with('ه'))
                            .then(|| linker.subject_before(doc, p.sentence, p.cue.span))?
                    })
                    .or(last),
            };
            if !p.nested && entity.is_some() {
                last = entity;
                let in_statement = p.medium.as_deref().is_some_and(|m| {
                    m.split_whitespace()
                        .any(|w| marsad_text::normalize(w).contains("بيان"))
                });
                if in_statement {
                    issuer = entity;
                }
            }
            if let Some(e) = entity {
                in_sentence.insert(p.sentence, e);
            }
            out.push(QuoteInfo {
                span: p.span,
                kind: p.kind,
                speaker: entity.map(|e| linker.speaker_name(doc, e)),
                speaker_entity: entity,
                cue: p.cue,
                medium: p.medium,
                date: p.date,
                nested: p.nested,
            });
        }
        dedupe(&mut out);
        out.sort_by_key(|q| (q.span.start, q.span.end));
        out
    }
}

/// Reads the statements of `doc` with the scanner (read-only).
fn read(doc: &Document) -> Vec<Pending> {
    let scan = Scan::new(doc);
    scan.drafts()
        .into_iter()
        .filter(|d| !d.content.is_empty())
        .map(|d| {
            let shown = d.cue_shown.as_ref().unwrap_or(&d.cue);
            let entry = &lexicon::lexicon().entries[shown.value.entry];
            let cue_span = strip_conjunction(doc, shown.tokens.start, shown.span);
            let speaker_text = match &d.speaker {
                SpeakerRef::Phrase(p) => Some(doc.slice(p.span).to_string()),
                _ => None,
            };
            Pending {
                span: Span::new(
                    doc.tokens[d.content.start].span.start,
                    doc.tokens[d.content.end - 1].span.end,
                ),
                kind: d.kind,
                speaker: d.speaker,
                speaker_text,
                cue: Cue {
                    span: cue_span,
                    surface: doc.slice(cue_span).to_string(),
                    lemma: entry.lemma.clone(),
                    stance: entry.stance,
                },
                medium: d.medium,
                date: d.date,
                nested: d.nested,
                sentence: d.sentence,
            }
        })
        .collect()
}

/// The cue's span without a leading و or ف the tokenizer read off.
fn strip_conjunction(doc: &Document, token: usize, span: Span) -> Span {
    let t = &doc.tokens[token];
    let p = t.proclitics;
    if span.start == t.span.start
        && (p.has(marsad_core::Proclitics::WA) || p.has(marsad_core::Proclitics::FA))
    {
        let surface = doc.token_text(t);
        let cut = marsad_text::phrases::original_offset(surface, 'و'.len_utf8());
        if cut < surface.len() {
            return Span::new(span.start + cut, span.end);
        }
    }
    span
}

/// Drops a statement that repeats another of the same speaker inside it
/// ("حسب تصريحاته" after a quote already read); of two with the same span,
/// the first stays.
fn dedupe(out: &mut Vec<QuoteInfo>) {
    // By speaker, then start, longest first: a statement lies inside another
    // of its speaker exactly when one before it in this order reaches as far.
    let mut order: Vec<usize> = (0..out.len()).collect();
    order.sort_by_key(|&i| {
        let q = &out[i];
        (
            q.speaker_entity,
            q.span.start,
            std::cmp::Reverse(q.span.end),
            i,
        )
    });
    let mut keep = vec![true; out.len()];
    let mut reach: Option<(Option<usize>, usize)> = None;
    for i in order {
        let q = &out[i];
        match reach {
            Some((speaker, end)) if speaker == q.speaker_entity => {
                if q.span.end <= end {
                    keep[i] = false;
                } else {
                    reach = Some((speaker, q.span.end));
                }
            }
            _ => reach = Some((q.speaker_entity, q.span.end)),
        }
    }
    let mut k = 0;
    out.retain(|_| {
        k += 1;
        keep[k - 1]
    });
}

/// The scorer's comparison form of a name: folded, with the clitics و ف ب
/// ل ك and the article taken off each word.
pub fn name_key(s: &str) -> String {
    let n = marsad_text::normalize(s);
    let mut out = String::with_capacity(n.len());
    for w in n
        .split(|c: char| !marsad_text::normalize::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
    {
        let mut w: &str = w;
        // Its length in chars, kept as letters are taken off (each of the
        // clitics is one two-byte letter).
        let mut chars = w.chars().count();
        for _ in 0..2 {
            if chars > 3 && (w.starts_with('و') || w.starts_with('ف')) {
                w = &w['و'.len_utf8()..];
                chars -= 1;
            }
        }
        if chars > 3 && (w.starts_with("بال") || w.starts_with("كال")) {
            w = &w['ب'.len_utf8()..];
            chars -= 1;
        }
        // لل is ل and an article: the word is then `article` and `w`.
        let mut article = false;
        if chars > 3 && w.starts_with("لل") {
            w = &w["لل".len()..];
            article = true;
        } else if chars > 3 && w.starts_with("لال") {
            w = &w['ل'.len_utf8()..];
            chars -= 1;
        }
        if chars > 4 && (article || w.starts_with("ال")) {
            if !article {
                w = &w["ال".len()..];
            }
            article = false;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        if article {
            out.push_str("ال");
        }
        out.push_str(w);
    }
    out
}

/// Links speaker phrases to entities over one document, in text order.
///
/// Every speaker phrase is compared with every entity, so the comparisons go
/// through indexes by name key: a long document (a book, a day's wire) has
/// thousands of both.
#[derive(Default)]
struct Linker {
    /// Role lemma → the entity last introduced with that role.
    roles: FxHashMap<String, usize>,
    /// When each entity last spoke (a running count; 0: never), by entity index.
    spoke: Vec<u64>,
    spoken: u64,
    /// Entities that have synced: `doc.entities[..synced]` are in the indexes.
    synced: usize,
    /// Name key of an entity or of one of its mentions → the entities, in
    /// index order.
    by_key: FxHashMap<String, Vec<usize>>,
    /// The last words of a person's name key (الفرتوسي of كاظم الفرتوسي) →
    /// the persons, in index order.
    by_surname: FxHashMap<String, Vec<usize>>,
    /// Every mention of the synced entities as (start, end, entity), in
    /// step with them: where a phrase's mentions are found.
    spans: BTreeSet<(usize, usize, usize)>,
}

/// Adds `e` to the list of `key` in `index`, keeping it sorted and unique.
fn index_entity(index: &mut FxHashMap<String, Vec<usize>>, key: &str, e: usize) {
    let list = index.entry(key.to_string()).or_default();
    if let Err(at) = list.binary_search(&e) {
        list.insert(at, e);
    }
}

impl Linker {
    /// Indexes the entities added to the document since the last call
    /// (entities are only ever appended while quotes are linked).
    fn sync(&mut self, doc: &Document) {
        for (e, ent) in doc.entities.iter().enumerate().skip(self.synced) {
            let name = name_key(&ent.name);
            if ent.kind == EntityType::Person {
                for (i, _) in name.match_indices(' ') {
                    index_entity(&mut self.by_surname, &name[i + 1..], e);
                }
            }
            index_entity(&mut self.by_key, &name, e);
            for m in &ent.mentions {
                index_entity(&mut self.by_key, &name_key(doc.slice(*m)), e);
                self.spans.insert((m.start, m.end, e));
            }
        }
        self.synced = doc.entities.len();
        self.spoke.resize(self.synced, 0);
    }

    fn link(&mut self, doc: &mut Document, p: &Phrase, text: &str) -> usize {
        let key = name_key(text);
        self.sync(doc);
        let e = self
            .find(doc, p, &key)
            .or_else(|| self.widen(doc, p))
            .or_else(|| self.at_span(p.span))
            .or_else(|| self.inside_head(doc, p))
            .or_else(|| self.quoted_inside(doc, p))
            .unwrap_or_else(|| {
                doc.entities.push(Entity::unlinked(
                    text.to_string(),
                    p.kind,
                    p.nominal,
                    Vec::new(),
                ));
                doc.entities.len() - 1
            });
        self.sync(doc);
        let ent = &mut doc.entities[e];
        if !ent.mentions.iter().any(|m| m.overlaps(&p.span)) {
            let at = ent.mentions.partition_point(|m| m.start < p.span.start);
            ent.mentions.insert(at, p.span);
            index_entity(&mut self.by_key, &name_key(doc.slice(p.span)), e);
            self.spans.insert((p.span.start, p.span.end, e));
        }
        if let Some(k) = &p.role_key {
            self.roles.insert(k.clone(), e);
        }
        self.spoken += 1;
        self.spoke[e] = self.spoken;
        e
    }

    /// The entity with a mention exactly at `span`: a speaker phrase that is
    /// a mention the entity layer made is that entity, a place too (وطالبت
    /// السعودية: the country speaking for its government), though places
    /// are not looked up by name.
    fn at_span(&self, span: Span) -> Option<usize> {
        self.spans
            .range((span.start, span.end, 0)..=(span.start, span.end, usize::MAX))
            .next()
            .map(|&(_, _, e)| e)
    }

    /// An entity of the phrase's type with a mention inside the phrase that
    /// starts a letter or two into it: the phrase took in a preposition the
    /// tokenizer left on its first word (لمصدر أمني تشادي آخر), where the
    /// entity layer read it off (مصدر أمني تشادي).
    fn inside_head(&self, doc: &Document, p: &Phrase) -> Option<usize> {
        self.spans
            .range((p.span.start, 0, 0)..(p.span.start + 5, 0, 0))
            .find(|&&(start, end, e)| {
                end <= p.span.end
                    && doc.entities[e].kind == p.kind
                    && (1..=2).contains(&doc.slice(Span::new(p.span.start, start)).chars().count())
            })
            .map(|&(_, _, e)| e)
    }

    /// A head word and a name in quotation marks (تنظيم «داعش»، حركة
    /// "حماس"): the entity the quoted name is, of the phrase's kind.
    fn quoted_inside(&self, doc: &Document, p: &Phrase) -> Option<usize> {
        let opens = |s: &str| s.trim_end().ends_with(['«', '"', '“']);
        let closes = |s: &str| matches!(s.trim(), "»" | "\"" | "”");
        self.spans
            .range((p.span.start, 0, 0)..(p.span.end, 0, 0))
            .find(|&&(start, end, e)| {
                start > p.span.start
                    && end < p.span.end
                    && doc.entities[e].kind == p.kind
                    && !doc.entities[e].nominal
                    && opens(doc.slice(Span::new(p.span.start, start)))
                    && closes(doc.slice(Span::new(end, p.span.end)))
            })
            .map(|&(_, _, e)| e)
    }

    /// For a participle cue whose sentence has no speaker yet (أبدى المدرب
    /// جوميز رضاه … لافتا إلى أن): the first person the sentence names
    /// before the cue, the subject of its verb.
    fn subject_before(&mut self, doc: &Document, sentence: usize, cue: Span) -> Option<usize> {
        let s = doc.sentences.get(sentence)?.span;
        self.sync(doc);
        self.spans
            .range((s.start, 0, 0)..(cue.start, 0, 0))
            .filter(|&&(_, end, e)| end <= cue.start && doc.entities[e].kind == EntityType::Person)
            .map(|&(start, _, e)| (start, e))
            .min()
            .map(|(_, e)| e)
    }

    /// A person the entity layer found only in part (إبراهيم of إبراهيم
    /// المجدوعي): a named speaker phrase holding one of its mentions widens
    /// that mention and, where the mention was its name, the name.
    fn widen(&mut self, doc: &mut Document, p: &Phrase) -> Option<usize> {
        if p.nominal || p.kind != EntityType::Person {
            return None;
        }
        // The first person (by index) with a mention inside the phrase.
        let inside = |m: &Span| p.span.contains(m) && *m != p.span;
        let e = self
            .spans
            .range((p.span.start, 0, 0)..(p.span.end, 0, 0))
            .filter(|&&(s, end, e)| {
                let ent = &doc.entities[e];
                inside(&Span::new(s, end)) && ent.kind == EntityType::Person && !ent.nominal
            })
            .map(|&(_, _, e)| e)
            .min()?;
        let k = doc.entities[e].mentions.iter().position(inside)?;
        let old = doc.entities[e].mentions[k];
        self.spans.remove(&(old.start, old.end, e));
        self.spans.insert((p.span.start, p.span.end, e));
        if doc.entities[e].name == doc.slice(old) {
            doc.entities[e].name = doc.slice(p.span).to_string();
        }
        doc.entities[e].mentions[k] = p.span;
        index_entity(&mut self.by_key, &name_key(doc.slice(p.span)), e);
        Some(e)
    }

    /// Of `candidates` (in index order), the one that spoke last, else the
    /// first that `fits`.
    fn choose(&self, candidates: &[usize], fits: impl Fn(usize) -> bool) -> Option<usize> {
        candidates
            .iter()
            .copied()
            .filter(|&e| self.spoke[e] > 0)
            .max_by_key(|&e| self.spoke[e])
            .or_else(|| candidates.iter().copied().find(|&e| fits(e)))
    }

    fn find(&self, doc: &Document, p: &Phrase, key: &str) -> Option<usize> {
        // A definite role met before: المصدر → مصادر ميدانية, المتحدث → the spokesman.
        if p.nominal && p.definite {
            if let Some(k) = &p.role_key {
                if let Some(&e) = self.roles.get(k) {
                    return Some(e);
                }
            }
        }
        if key.is_empty() {
            return None;
        }
        // Speakers first (the latest), then every entity but places.
        let same = self.by_key.get(key).map_or(&[][..], Vec::as_slice);
        if let Some(e) = self.choose(same, |e| doc.entities[e].kind != EntityType::Location) {
            return Some(e);
        }
        if p.nominal {
            return None;
        }
        // A shorter form of a known name: الفرتوسي → كاظم الفرتوسي.
        let longer = self.by_surname.get(key).map_or(&[][..], Vec::as_slice);
        self.choose(longer, |_| true)
    }

    /// The name a quote gives for its speaker: the entity's canonical name,
    /// so that a later entity linker's better name carries over to quotes.
    fn speaker_name(&self, doc: &Document, e: usize) -> String {
        doc.entities[e].name.clone()
    }
}

#[cfg(test)]
mod tests;
