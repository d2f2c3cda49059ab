//! Codes the events of a text given on the command line (after the text,
//! time, quantity, entity and quote layers) and prints them as PLOVER-style
//! JSON lines:
//! `cargo run -p marsad-event --example code_text -- "قصفت الطائرات مواقع في الرقة"`.

mod common;

use marsad_core::Document;

fn main() {
    let text: String = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    // MARSAD_PUBLISHED=2015-08-07: the publication date relative times read.
    let published = std::env::var("MARSAD_PUBLISHED")
        .ok()
        .and_then(|d| marsad_core::Date::parse(&d).ok());
    let mut doc = Document::new("cli", text).with_published(published);
    common::layers_before_events().run(&mut doc);
    for e in &doc.entities {
        let m: Vec<_> = e.mentions.iter().map(|s| doc.slice(*s)).collect();
        eprintln!("entity {:?} {} {:?}", e.kind, e.name, m);
    }
    // MARSAD_RULES=1: the rules alone, without the sentence detector.
    let events = if std::env::var_os("MARSAD_RULES").is_some() {
        marsad_event::code_events_rules(&doc)
    } else {
        marsad_event::code_events(&doc)
    };
    for x in marsad_event::detector_examples(&doc) {
        if let Some(km) = marsad_event::detect::model().kind(x.kind) {
            eprintln!(
                "detector {} sentence {}: p={:.2} coded={} rescuable={}",
                x.kind,
                x.sentence,
                km.probability(&x.features),
                x.coded,
                x.rescuable
            );
        }
    }
    marsad_event::write_jsonl(&doc, &events, &mut std::io::stdout()).expect("write");
}
