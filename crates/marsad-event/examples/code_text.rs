//! Codes the events of a text given on the command line (after the text
//! and NER layers) and prints them as PLOVER-style JSON lines:
//! `cargo run -p marsad-event --example code_text -- "قصفت الطائرات مواقع في الرقة"`.

use marsad_core::{Document, Pipeline};

fn main() {
    let text: String = std::env::args().skip(1).collect::<Vec<_>>().join(" ");
    let mut doc = Document::new("cli", text);
    Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_ner::NerLayer::new())
        .run(&mut doc);
    for e in &doc.entities {
        let m: Vec<_> = e.mentions.iter().map(|s| doc.slice(*s)).collect();
        eprintln!("entity {:?} {} {:?}", e.kind, e.name, m);
    }
    let events = marsad_event::code_events(&doc);
    marsad_event::write_jsonl(&doc, &events, &mut std::io::stdout()).expect("write");
}
