//! Marsad's event layer: PLOVER event coding of Arabic news.
//!
//! Triggers come from a lexicon kept in `data/triggers.tsv` (verbs as
//! lemmas, inflected here; verbal nouns; passives; agent nouns), matched
//! over tokens with their proclitics. Each trigger gets its actor and
//! recipient from the entity layer by Arabic clause structure (VSO and SVO,
//! passives with من قبل، nominal reports with their genitive, light verbs,
//! compound actors كل من X و Y; the party whose positions were hit, from
//! `data/holdings.txt`; who held ground taken), a place from the nearest
//! place mention (the ground itself for a trigger that takes it), a
//! date from the time layer (its clause's own, else, for an act told as the
//! news, the day of the week before publication that the text last named in
//! its paragraph or first sentence), counts from the quantity layer, and a modality
//! from cues in `data/modality.tsv`. Weak triggers are coded only with an
//! argument in scope, and mentions of one event in a sentence are merged,
//! because every unmatched event costs precision.
//!
//! - [`EventLayer`]: the `events` pipeline stage (fills `doc.events`).
//! - [`code_events`]: the richer [`CodedEvent`]s (mode, counts, confidence,
//!   evidence span, entity/time/quantity indices, stable id).
//! - [`write_jsonl`]: PLOVER-style JSON lines for `--events-only` output.

mod code;
pub mod detect;
pub mod lexicon;
mod render;

pub use code::{
    code_events, code_events_rules, detector_examples, is_historical, Arg, CodedEvent, Counts,
    Modality,
};
pub use render::{event_record, write_jsonl};

use marsad_core::{Document, Event, Stage};

/// The `events` pipeline stage. Reads tokens, sentences, entities, times,
/// quantities and quotes; writes `doc.events`, sorted by span.
#[derive(Debug, Default, Clone, Copy)]
pub struct EventLayer;

impl EventLayer {
    pub fn new() -> EventLayer {
        // Parse the lexicons now, not inside the first document's timing.
        let _ = lexicon::lexicon();
        EventLayer
    }
}

/// How an argument is named in the output: as the article names it (the
/// mention the event used), because the knowledge base's canonical name
/// ("الجيش الأمريكي") may not be a form the article uses ("القوات الأمريكية");
/// the entity, with its canonical name and ids, stays linked through
/// [`Arg::entity`]. A named person is named in full, as the entity layer
/// names them, wherever the event found a title or a short form (الرئيس
/// التركي، صالح): who acted is what a reader of the record asks.
pub(crate) fn arg_name(doc: &Document, a: &Arg) -> String {
    match a.entity.and_then(|i| doc.entities.get(i)) {
        // A named person by name, also where the event used a title
        // (رئيس الوزراء العراقي → مصطفى الكاظمي).
        Some(e) if e.kind == marsad_core::EntityType::Person && !e.nominal => e.name.clone(),
        // After ل the article loses its alif (للمقاومة الشعبية): the name
        // takes it back.
        Some(_) if !a.span.is_empty() => {
            let name = doc.slice(a.span);
            let before = &doc.text[..a.span.start];
            if before.ends_with("لل") && !name.starts_with("ال") && !name.starts_with('ل') {
                format!("ال{name}")
            } else {
                name.to_string()
            }
        }
        _ => a.name.clone(),
    }
}

/// The arguments of a list with their names ([`arg_name`]), each name
/// once: a title and the name beside it (رئيس الوزراء العراقي مصطفى
/// الكاظمي) are one person.
pub(crate) fn distinct_args<'a>(doc: &Document, args: &'a [Arg]) -> Vec<(&'a Arg, String)> {
    let mut out: Vec<(&Arg, String)> = Vec::with_capacity(args.len());
    for a in args {
        let n = arg_name(doc, a);
        if !out.iter().any(|(_, m)| *m == n) {
            out.push((a, n));
        }
    }
    out
}

/// The names of [`distinct_args`].
pub(crate) fn arg_names(doc: &Document, args: &[Arg]) -> Vec<String> {
    distinct_args(doc, args)
        .into_iter()
        .map(|(_, n)| n)
        .collect()
}

/// Core's `Event` for a coded event.
pub fn to_core(doc: &Document, e: &CodedEvent) -> Event {
    Event {
        span: e.trigger,
        kind: e.kind.to_string(),
        actor: arg_names(doc, &e.actor),
        recipient: arg_names(doc, &e.recipient),
        place: e.place.as_ref().map(|p| arg_name(doc, p)),
        date: e.date.as_ref().map(|d| d.0.clone()),
        modality: e.modality.as_str().to_string(),
    }
}

impl Stage for EventLayer {
    fn name(&self) -> &'static str {
        "events"
    }

    fn annotate(&self, doc: &mut Document) {
        let coded = code_events(doc);
        doc.events = coded
            .iter()
            .filter(|e| e.is_record())
            .map(|e| to_core(doc, e))
            .collect();
        doc.events.sort_by_key(|e| e.span);
    }
}
