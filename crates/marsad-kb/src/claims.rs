//! Entities that readers of the text build from a phrase (a body named by
//! its head noun, a place named after a person): each claims its span from
//! the tagger's mentions, and a later bare head noun (الجامعة، اللجنة)
//! refers back to the one entity named with that head.

use marsad_core::{Document, Entity, EntityType, Proclitics, Span, TokenKind};
use marsad_text::phrases::original_offset;
use rustc_hash::FxHashMap;
use std::collections::BTreeSet;

/// The phrase entities added to one document.
pub(crate) struct Claims {
    /// Matching form of a name → its entity.
    by_name: FxHashMap<String, usize>,
    /// Head noun → the entities named with it, and where each is first named.
    by_head: FxHashMap<String, Vec<(usize, usize)>>,
    /// Every mention of the entities, as (start, end, entity), kept in step
    /// with them: overlap checks go through it, since a long document has
    /// thousands of mentions and of phrases.
    mentions: BTreeSet<(usize, usize, usize)>,
    /// The longest mention there has been, which bounds how far back one
    /// that overlaps a span can start.
    longest: usize,
}

impl Claims {
    /// Ready to add phrase entities to `out`.
    pub fn new(out: &[(Entity, Option<u32>)]) -> Claims {
        let mentions: BTreeSet<(usize, usize, usize)> = out
            .iter()
            .enumerate()
            .flat_map(|(e, (ent, _))| ent.mentions.iter().map(move |m| (m.start, m.end, e)))
            .collect();
        let longest = mentions.iter().map(|&(s, e, _)| e - s).max().unwrap_or(0);
        Claims {
            by_name: FxHashMap::default(),
            by_head: FxHashMap::default(),
            mentions,
            longest,
        }
    }

    /// The mentions that overlap `span`, with their entities.
    pub fn overlapping(&self, span: Span) -> Vec<(Span, usize)> {
        self.mentions
            .range(..(span.end, 0, 0))
            .rev()
            .take_while(|&&(s, _, _)| s + self.longest > span.start)
            .map(|&(s, e, ent)| (Span { start: s, end: e }, ent))
            .filter(|(m, _)| m.overlaps(&span))
            .collect()
    }

    /// Takes every mention that overlaps `span` from its entity, except a
    /// place's mention inside `place`.
    fn clear(&mut self, out: &mut [(Entity, Option<u32>)], span: Span, place: Option<Span>) {
        for (m, e) in self.overlapping(span) {
            if place.is_some_and(|p| p.contains(&m)) && out[e].0.kind == EntityType::Location {
                continue;
            }
            out[e].0.mentions.retain(|x| *x != m);
            self.mentions.remove(&(m.start, m.end, e));
        }
    }

    /// Gives entity `e` the mention `span`.
    fn mention(&mut self, out: &mut [(Entity, Option<u32>)], e: usize, span: Span) {
        out[e].0.mentions.push(span);
        self.mentions.insert((span.start, span.end, e));
        self.longest = self.longest.max(span.len());
    }

    /// Adds the entity named `span` (of type `kind`, head noun `head`) to
    /// `out`: its words leave every mention they overlap, and a name seen
    /// before gets one more mention. For a community of a place, `place` is
    /// the place's part of the span: its mention stays, and the head's case
    /// ending does not tell two names apart (مسيحيو/مسيحيي سهل نينوى).
    pub fn add(
        &mut self,
        doc: &Document,
        out: &mut Vec<(Entity, Option<u32>)>,
        span: Span,
        kind: EntityType,
        head: &str,
        place: Option<Span>,
    ) {
        self.clear(out, span, place);
        let name = doc.slice(span).to_string();
        let mut key = marsad_text::normalize(&name);
        if place.is_some() {
            // The sound plural in construct: nominative -و, oblique -ي.
            if let Some(at) = key.find(' ').filter(|&at| key[..at].ends_with('و')) {
                key.replace_range(at - 'و'.len_utf8()..at, "ي");
            }
        }
        match self.by_name.get(&key) {
            Some(&k) => self.mention(out, k, span),
            None => {
                self.mentions.insert((span.start, span.end, out.len()));
                self.longest = self.longest.max(span.len());
                self.by_name.insert(key, out.len());
                self.by_head
                    .entry(head.to_string())
                    .or_default()
                    .push((out.len(), span.end));
                out.push((Entity::unlinked(name, kind, false, vec![span]), None));
            }
        }
    }

    /// The head noun with the article after a claimed entity (الجامعة after
    /// جامعة الملك خالد) refers to it, when the document names only one
    /// entity with that head; the tagger's reading of those words gives way.
    /// Leaves every entity's mentions in text order.
    pub fn refer_back(&mut self, doc: &Document, out: &mut [(Entity, Option<u32>)]) {
        for (i, t) in doc.tokens.iter().enumerate() {
            if t.kind != TokenKind::Arabic || !t.proclitics.has(Proclitics::AL) {
                continue;
            }
            let Some(&[(e, named_at)]) = self
                .by_head
                .get(crate::words::key(doc, i))
                .map(Vec::as_slice)
            else {
                continue;
            };
            if t.span.start < named_at {
                continue;
            }
            // The word with its article, without the other proclitics.
            let whole = doc.norm(t);
            let cut = whole.len() - doc.stem(t).len() - "ال".len();
            let skip = original_offset(doc.token_text(t), cut);
            let span = Span::new(t.span.start + skip, t.span.end);
            let linked = self
                .overlapping(span)
                .iter()
                .any(|&(_, ent)| out[ent].1.is_some());
            if linked {
                continue;
            }
            self.clear(out, span, None);
            self.mention(out, e, span);
        }
        for (ent, _) in out.iter_mut() {
            ent.mentions.sort();
        }
    }
}
