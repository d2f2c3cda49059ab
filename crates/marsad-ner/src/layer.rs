//! Tagging a [`Document`] and the `entities` pipeline stage.

use crate::eval::chunks;
use crate::features::TokenView;
use crate::label::Label;
use crate::model::{Model, Scratch};
use marsad_core::{Document, Entity, EntityType, Proclitics, Span, Stage, Token, TokenKind};
use marsad_text::normalize::push_folded;
use std::collections::HashMap;
use std::sync::Arc;

/// One label per token of `doc`, tagged sentence by sentence (the whole
/// token list as one sentence if the text layer found none).
pub fn tag_document(model: &Model, doc: &Document) -> Vec<Label> {
    let mut labels = vec![Label::O; doc.tokens.len()];
    let mut ranges: Vec<std::ops::Range<usize>> =
        doc.sentences.iter().map(|s| s.tokens.clone()).collect();
    if ranges.is_empty() && !doc.tokens.is_empty() {
        ranges.push(0..doc.tokens.len());
    }
    // The sentences as ranges of one list of views, without gaps.
    let mut views = Vec::new();
    let mut at = Vec::with_capacity(ranges.len());
    for r in &ranges {
        let start = views.len();
        views.extend(doc.tokens[r.clone()].iter().map(|t| TokenView {
            norm: doc.norm(t),
            stem: doc.stem(t),
            procl: t.proclitics,
        }));
        at.push(start..views.len());
    }
    // The tagger's buffers are kept per thread: a document's would grow
    // from nothing again for every document.
    thread_local! {
        static SCRATCH: std::cell::RefCell<Scratch> = std::cell::RefCell::default();
    }
    SCRATCH.with_borrow_mut(|scratch| {
        model.tag_ranges(&views, &at, scratch);
        for (r, a) in ranges.into_iter().zip(at) {
            for (l, &i) in labels[r].iter_mut().zip(&scratch.path[a]) {
                *l = Label::from_index(i);
            }
        }
        // Not the buffers of a book-length document, though.
        if views.len() > 1 << 16 {
            *scratch = Scratch::default();
        }
    });
    labels
}

/// Byte length of the leading proclitics و ف ب ل ك of `token` as written,
/// when the clitic analysis read them off; the article stays with the name
/// (وبالعراق → العراق), except in لل where ل and ال share a letter
/// (للعراق → عراق). 0 when the letters cannot be mapped onto the surface.
fn proclitic_len(doc: &Document, token: &Token) -> usize {
    let p = token.proclitics;
    let mut letters = [
        Proclitics::WA,
        Proclitics::FA,
        Proclitics::BI,
        Proclitics::KA,
    ]
    .iter()
    .filter(|&&f| p.has(f))
    .count();
    if p.has(Proclitics::LI) {
        letters += 2;
    }
    if letters == 0 {
        return 0;
    }
    // Walk the surface until `letters` folded characters have gone by, then
    // past the marks (vowels, tatweel) that belong to the last of them.
    let surface = doc.token_text(token);
    let mut folded = String::new();
    let mut cut = None;
    for (i, c) in surface.char_indices() {
        let before = folded.chars().count();
        if before == letters {
            let mut probe = String::new();
            push_folded(c, &mut probe);
            if probe.is_empty() {
                continue; // a mark on the last clitic letter
            }
            cut = Some(i);
            break;
        }
        push_folded(c, &mut folded);
        if folded.chars().count() > letters {
            return 0; // a ligature spans the clitic boundary
        }
    }
    cut.unwrap_or(0)
}

/// Whether a name's first word that reads as و/ف + word is really one word:
/// names begin with these letters too (وليد، فيصل، فهد). Only a bare
/// conjunction is in question (no article or preposition after it), and the
/// word stays whole when it is itself a known name in the model's gazetteers,
/// or when it reads as ف + name right after a word: ف joins clauses, not a
/// name to the word before it (وزير الخارجية البريطاني فيليب هاموند). A
/// one-word place is left to the linker, which knows the places (فاجأ read
/// as ف + a mountain's name).
fn keeps_initial_letter(model: &Model, doc: &Document, i: usize, one_word_place: bool) -> bool {
    let token = &doc.tokens[i];
    if !token.proclitics.is_bare_conjunction() {
        return false;
    }
    if !model.gaz.lookup_word(doc.norm(token)).is_empty() {
        return true;
    }
    !one_word_place
        && token.proclitics.has(Proclitics::FA)
        && !token.proclitics.has(Proclitics::WA)
        && i > 0
        && doc.tokens[i - 1].kind == TokenKind::Arabic
        && !marsad_text::sentences::has_newline(
            &doc.text,
            doc.tokens[i - 1].span.end,
            token.span.start,
        )
}

/// The key mentions are grouped by: the normalized name without the article.
fn group_key(name: &str) -> String {
    let n = marsad_text::normalize(name);
    match n.strip_prefix("ال") {
        Some(rest) if rest.chars().count() >= 2 => rest.to_string(),
        _ => n,
    }
}

/// The entities stage: tags the tokens and replaces `doc.entities` with one
/// entity per distinct name, each with every mention's span.
#[derive(Clone)]
pub struct NerLayer {
    model: ModelRef,
}

#[derive(Clone)]
enum ModelRef {
    Bundled(&'static Model),
    Owned(Arc<Model>),
}

impl NerLayer {
    /// With the bundled model.
    pub fn new() -> NerLayer {
        NerLayer {
            model: ModelRef::Bundled(Model::bundled()),
        }
    }

    /// With a model of one's own (for example one loaded from a file).
    pub fn with_model(model: Arc<Model>) -> NerLayer {
        NerLayer {
            model: ModelRef::Owned(model),
        }
    }

    pub fn model(&self) -> &Model {
        match &self.model {
            ModelRef::Bundled(m) => m,
            ModelRef::Owned(m) => m,
        }
    }
}

impl Default for NerLayer {
    fn default() -> NerLayer {
        NerLayer::new()
    }
}

/// Mentions of one name while the document is read.
struct Group {
    /// Index of the mention whose text names the entity.
    name_from: usize,
    name_is_full: bool,
    mentions: Vec<Span>,
    votes: [usize; 4],
}

impl Stage for NerLayer {
    fn name(&self) -> &'static str {
        "entities"
    }

    fn annotate(&self, doc: &mut Document) {
        let labels = tag_document(self.model(), doc);
        let mut groups: Vec<Group> = Vec::new();
        let mut by_key: HashMap<String, usize> = HashMap::new();
        for (s, e, kind) in chunks(&labels) {
            let first = &doc.tokens[s];
            let one_word_place = e == s + 1 && kind == crate::EntityKind::Loc;
            let cut = if keeps_initial_letter(self.model(), doc, s, one_word_place) {
                0
            } else {
                proclitic_len(doc, first)
            };
            let span = Span::new(first.span.start + cut, doc.tokens[e - 1].span.end);
            let key = group_key(doc.slice(span));
            // A name has letters; a lone bracket or stop tagged as one is noise.
            if !key.chars().any(char::is_alphabetic) {
                continue;
            }
            // A name read off a لل word lost its article: prefer another mention's text.
            let full = !first.proclitics.has(Proclitics::LI);
            let g = *by_key.entry(key).or_insert_with(|| {
                groups.push(Group {
                    name_from: 0,
                    name_is_full: full,
                    mentions: Vec::new(),
                    votes: [0; 4],
                });
                groups.len() - 1
            });
            let g = &mut groups[g];
            if full && !g.name_is_full {
                g.name_from = g.mentions.len();
                g.name_is_full = true;
            }
            g.mentions.push(span);
            g.votes[kind.index()] += 1;
        }
        doc.entities = groups
            .into_iter()
            .map(|g| {
                // The most frequent type; ties go to the earlier in ALL order.
                let best = (0..4)
                    .max_by_key(|&k| (g.votes[k], std::cmp::Reverse(k)))
                    .unwrap_or(0);
                Entity::unlinked(
                    doc.slice(g.mentions[g.name_from]).to_string(),
                    crate::label::EntityKind::ALL[best].entity_type(),
                    false,
                    g.mentions,
                )
            })
            .collect();
    }
}

/// The document model's type for an ANERcorp label, if it is an entity.
pub fn entity_type(label: Label) -> Option<EntityType> {
    label.kind().map(|k| k.entity_type())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse_conll;
    use crate::gazetteer::Gazetteers;
    use crate::train::{train, TrainOptions};
    use marsad_text::TextLayer;

    fn doc(text: &str) -> Document {
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        d
    }

    #[test]
    fn proclitics_come_off_the_surface_only_as_analyzed() {
        let d = doc("وبغداد وبالعراق للعراق بغداد فَبِالعِراقِ");
        let cut: Vec<&str> = d
            .tokens
            .iter()
            .map(|t| &d.token_text(t)[proclitic_len(&d, t)..])
            .collect();
        assert_eq!(cut, ["بغداد", "العراق", "عراق", "بغداد", "العِراقِ"]);
    }

    #[test]
    fn groups_mentions_and_keeps_spans_in_the_text() {
        let data = parse_conll(
            "زار O\nبوش B-PERS\nبغداد B-LOC\n. O\n\nوصل O\nبوش B-PERS\nإلى O\nالعراق B-LOC\n. O\n\n\
             قال O\nبوش B-PERS\nفي O\nبغداد B-LOC\n. O\n\n",
        )
        .unwrap();
        let model = train(
            &data,
            &Gazetteers::new(),
            &TrainOptions {
                epochs: 5,
                o_penalty: 0.0,
                ..TrainOptions::default()
            },
        );
        let layer = NerLayer::with_model(Arc::new(model));
        let mut d = doc("زار بوش وبغداد. وقال بوش في بغداد.");
        layer.annotate(&mut d);
        let names: Vec<(&str, EntityType, usize)> = d
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind, e.mentions.len()))
            .collect();
        assert_eq!(
            names,
            [
                ("بوش", EntityType::Person, 2),
                ("بغداد", EntityType::Location, 2)
            ]
        );
        let bag = &d.entities[1];
        assert_eq!(d.slice(bag.mentions[0]), "بغداد");
        assert_eq!(
            &d.text[bag.mentions[0].start - "و".len()..bag.mentions[0].start],
            "و"
        );
        assert!(!bag.nominal);
        assert_eq!(layer.name(), "entities");
        // Running again gives the same layer, not a doubled one.
        layer.annotate(&mut d);
        assert_eq!(d.entities.len(), 2);
    }

    #[test]
    fn names_that_begin_with_waw_or_fa_keep_their_first_letter() {
        let data =
            parse_conll("زار O\nوليد B-PERS\nبغداد B-LOC\n. O\n\nقال O\nمحمد B-PERS\n. O\n\n")
                .unwrap();
        let mut gaz = Gazetteers::new();
        gaz.add(crate::EntityKind::Pers, "وليد");
        gaz.add(crate::EntityKind::Pers, "محمد");
        gaz.add(crate::EntityKind::Loc, "بغداد");
        let model = train(
            &data,
            &gaz,
            &TrainOptions {
                epochs: 5,
                o_penalty: 0.0,
                ..TrainOptions::default()
            },
        );
        let mut d = doc("زار وليد بغداد. وقال ومحمد وبغداد.");
        let model = Arc::new(model);
        // وليد is a known name: its و is not a conjunction.
        assert!(keeps_initial_letter(&model, &d, 1, false));
        // ومحمد and وبغداد are و + a known name; the whole words are not names.
        let wa_muhammad = d
            .tokens
            .iter()
            .position(|t| d.token_text(t) == "ومحمد")
            .unwrap();
        assert!(!keeps_initial_letter(&model, &d, wa_muhammad, false));
        NerLayer::with_model(model).annotate(&mut d);
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"وليد"), "{names:?}");
        assert!(!names.contains(&"ليد"), "{names:?}");
    }

    #[test]
    fn a_name_keeps_its_initial_fa_after_a_word() {
        // ف right after a word is the name's own letter; after a stop it
        // may be the conjunction.
        let mut d = doc("زار وزير الخارجية البريطاني فيليب هاموند طهران أمس.");
        NerLayer::new().annotate(&mut d);
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"فيليب هاموند"), "{names:?}");
        let d = doc("قال. فمحمد لم يحضر");
        let fa_muhammad = d
            .tokens
            .iter()
            .position(|t| d.token_text(t) == "فمحمد")
            .unwrap();
        let model = Model::bundled();
        assert!(!keeps_initial_letter(model, &d, fa_muhammad, false));
    }

    #[test]
    fn bundled_model_finds_people_and_places_in_news() {
        let mut d = doc("وقال الرئيس الأمريكي جورج بوش في مؤتمر صحفي في بغداد أمس إن الولايات المتحدة ستواصل دعم العراق.");
        NerLayer::new().annotate(&mut d);
        let found: Vec<(&str, EntityType)> = d
            .entities
            .iter()
            .map(|e| (e.name.as_str(), e.kind))
            .collect();
        assert!(
            found.contains(&("جورج بوش", EntityType::Person)),
            "{found:?}"
        );
        assert!(
            found.contains(&("بغداد", EntityType::Location)),
            "{found:?}"
        );
        assert!(
            found.contains(&("العراق", EntityType::Location)),
            "{found:?}"
        );
        for e in &d.entities {
            for m in &e.mentions {
                assert!(
                    d.text.is_char_boundary(m.start)
                        && d.text.is_char_boundary(m.end)
                        && m.end <= d.text.len()
                );
            }
        }
    }

    #[test]
    fn document_tags_one_label_per_token() {
        let data = parse_conll("زار O\nبوش B-PERS\n\n").unwrap();
        let model = train(
            &data,
            &Gazetteers::new(),
            &TrainOptions {
                epochs: 3,
                o_penalty: 0.0,
                ..TrainOptions::default()
            },
        );
        let d = doc("زار بوش. زار بوش");
        let labels = tag_document(&model, &d);
        assert_eq!(labels.len(), d.tokens.len());
        assert_eq!(entity_type(labels[1]), Some(EntityType::Person));
        assert!(tag_document(&model, &Document::new("e", "")).is_empty());
    }
}
