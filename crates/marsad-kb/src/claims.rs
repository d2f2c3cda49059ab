//! Entities that readers of the text build from a phrase (a body named by
//! its head noun, a place named after a person): each claims its span from
//! the tagger's mentions, and a later bare head noun (الجامعة، اللجنة)
//! refers back to the one entity named with that head.

use marsad_core::{Document, Entity, EntityType, Proclitics, Span, TokenKind};
use marsad_text::phrases::original_offset;
use rustc_hash::FxHashMap;

/// The phrase entities added to one document.
#[derive(Default)]
pub(crate) struct Claims {
    /// Matching form of a name → its entity.
    by_name: FxHashMap<String, usize>,
    /// Head noun → the entities named with it, and where each is first named.
    by_head: FxHashMap<String, Vec<(usize, usize)>>,
}

impl Claims {
    /// Adds the entity named `span` (of type `kind`, head noun `head`) to
    /// `out`: its words leave every mention they overlap, and a name seen
    /// before gets one more mention.
    pub fn add(
        &mut self,
        doc: &Document,
        out: &mut Vec<(Entity, Option<u32>)>,
        span: Span,
        kind: EntityType,
        head: &str,
    ) {
        for (e, _) in out.iter_mut() {
            e.mentions.retain(|m| !m.overlaps(&span));
        }
        let name = doc.slice(span).to_string();
        let key = marsad_text::normalize(&name);
        match self.by_name.get(&key) {
            Some(&k) => out[k].0.mentions.push(span),
            None => {
                self.by_name.insert(key, out.len());
                self.by_head
                    .entry(head.to_string())
                    .or_default()
                    .push((out.len(), span.end));
                out.push((
                    Entity {
                        name,
                        kind,
                        nominal: false,
                        wikidata: None,
                        lat: None,
                        lon: None,
                        mentions: vec![span],
                    },
                    None,
                ));
            }
        }
    }

    /// The head noun with the article after a claimed entity (الجامعة after
    /// جامعة الملك خالد) refers to it, when the document names only one
    /// entity with that head; the tagger's reading of those words gives way.
    /// Leaves every entity's mentions in text order.
    pub fn refer_back(&self, doc: &Document, out: &mut [(Entity, Option<u32>)]) {
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
            let linked = out.iter().any(|(ent, entry)| {
                entry.is_some() && ent.mentions.iter().any(|m| m.overlaps(&span))
            });
            if linked {
                continue;
            }
            for (ent, _) in out.iter_mut() {
                ent.mentions.retain(|m| !m.overlaps(&span));
            }
            out[e].0.mentions.push(span);
        }
        for (ent, _) in out.iter_mut() {
            ent.mentions.sort();
        }
    }
}
