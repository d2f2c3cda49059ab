//! PLOVER-style JSON lines: one record per event, for `--events-only` output.

use crate::code::CodedEvent;
use marsad_core::output::CharOffsets;
use marsad_core::Document;
use serde_json::{json, Value};
use std::io::Write;

/// One event as a PLOVER-style record: id, type, mode, actor, recipient,
/// place, date, counts, modality, confidence, whether the sentence
/// detector accepts it (`detected`), whether the document's records keep it
/// (`record`, [`CodedEvent::is_record`]), the evidence span in code points
/// and the text of its sentence.
pub fn event_record(doc: &Document, offsets: &CharOffsets, e: &CodedEvent) -> Value {
    let span = offsets.span(e.trigger);
    let sentence = doc
        .sentences
        .get(e.sentence)
        .map(|s| doc.slice(s.span).to_string())
        .unwrap_or_default();
    // As the article names them (a person in full: `arg_name`), and the
    // linked entities' canonical names (of the same arguments, in order).
    let names = |v: &[crate::Arg]| crate::arg_names(doc, v);
    let canonical = |v: &[crate::Arg]| {
        crate::distinct_args(doc, v)
            .into_iter()
            .map(|(a, _)| a.name.clone())
            .collect::<Vec<_>>()
    };
    json!({
        "id": e.id,
        "doc": doc.id,
        "type": e.kind,
        "mode": e.mode,
        "actor": names(&e.actor),
        "recipient": names(&e.recipient),
        "place": e.place.as_ref().map(|p| crate::arg_name(doc, p)),
        "actor_entity": canonical(&e.actor),
        "recipient_entity": canonical(&e.recipient),
        "place_entity": e.place.as_ref().map(|p| p.name.clone()),
        "date": e.date.as_ref().map(|d| d.0.clone()),
        "counts": {
            "dead": e.counts.dead,
            "injured": e.counts.injured,
            "size": e.counts.size,
            "killed_or_injured": e.counts.killed_or_injured,
        },
        "modality": e.modality.as_str(),
        "source": e.source,
        "confidence": (f64::from(e.confidence) * 100.0).round() / 100.0,
        "detected": crate::detect::detected(e),
        "record": e.is_record(),
        "start": span.start,
        "end": span.end,
        "anchor": doc.slice(e.trigger),
        "sentence": sentence,
    })
}

/// Writes one JSON line per event of `events`.
pub fn write_jsonl(
    doc: &Document,
    events: &[CodedEvent],
    out: &mut impl Write,
) -> std::io::Result<()> {
    let offsets = CharOffsets::new(&doc.text);
    for e in events {
        serde_json::to_writer(&mut *out, &event_record(doc, &offsets, e))?;
        out.write_all(b"\n")?;
    }
    Ok(())
}
