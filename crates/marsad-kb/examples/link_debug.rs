//! Prints the KB matches and linked entities of one text file: a debugging aid.
//! `cargo run -p marsad-kb --release --example link_debug -- FILE.txt`

use marsad_core::{Document, Stage};
use marsad_kb::KbLayer;

fn main() {
    let path = std::env::args().nth(1).expect("usage: link_debug FILE");
    let text = std::fs::read_to_string(&path).expect("readable file");
    let mut doc = Document::new("debug", text);
    marsad_text::TextLayer.annotate(&mut doc);
    if std::env::var("NO_NER").is_err() {
        marsad_ner::NerLayer::new().annotate(&mut doc);
    }
    for e in &doc.entities {
        let m: Vec<&str> = e.mentions.iter().map(|s| doc.slice(*s)).collect();
        println!("NER {:?} {:?} {:?}", e.kind, e.name, m);
    }
    let layer = KbLayer::new();
    let kb = layer.kb();
    for m in layer.find_matches(&doc) {
        let c: Vec<String> = m
            .candidates
            .iter()
            .map(|&(e, k)| {
                let e = kb.entry(e);
                format!("{}:{}:{:?}:{}", e.key, e.name, k, e.population)
            })
            .collect();
        println!("KB  {:?} -> {}", doc.slice(m.span), c.join(" | "));
    }
    let links = layer.link(&mut doc);
    for (i, e) in doc.entities.iter().enumerate() {
        let m: Vec<&str> = e.mentions.iter().map(|s| doc.slice(*s)).collect();
        let l = links.iter().find(|l| l.entity == i);
        println!(
            "ENT {:?} {:?} nominal={} wd={:?} {:?},{:?} {:?} {:?}",
            e.kind,
            e.name,
            e.nominal,
            e.wikidata,
            e.lat,
            e.lon,
            l.map(|l| kb.entry(l.entry).key.clone()),
            m
        );
    }
}
