//! Events through the whole pipeline (text, times, quantities, the bundled
//! NER model and KB, quotes, events with the learned detector), for what
//! only shows with every layer: counts from the quantity layer, names from
//! the entity layer, and the detector's decisions. Needs no `../shared`.

use marsad::{pipeline, Layers};
use marsad_core::{Date, Document};
use marsad_event::CodedEvent;

fn events(text: &str, published: &str) -> Vec<CodedEvent> {
    let mut doc = Document::new("t", text).with_published(Date::parse(published).ok());
    pipeline(&Layers::all()).run(&mut doc);
    marsad_event::code_events(&doc)
}

#[test]
fn a_death_in_a_road_accident_is_no_attack_even_for_the_detector() {
    // The rules drop it; the detector, sure of a dated death, must not
    // code it back.
    let ev = events(
        "الرياض: لقي أربعة أشخاص مصرعهم، صباح اليوم السبت إثر حادث مروري مروع على طريق المزاحمية.",
        "2015-08-01",
    );
    assert!(ev.iter().all(|e| e.kind != "ASSAULT"), "{ev:#?}");
}

#[test]
fn met_their_death_with_the_victims_between_counts_them() {
    let ev = events(
        "لقي خمسة مقاتلين من حركة الشباب مصرعهم في غارة جوية على بلدة جلب أمس.",
        "2015-08-01",
    );
    let e = ev
        .iter()
        .find(|e| e.kind == "ASSAULT")
        .unwrap_or_else(|| panic!("no ASSAULT: {ev:#?}"));
    assert_eq!(e.counts.dead, Some(5.0), "{e:#?}");
    let recipients: Vec<&str> = e.recipient.iter().map(|a| a.name.as_str()).collect();
    assert_eq!(recipients, ["حركة الشباب"], "{e:#?}");
}
