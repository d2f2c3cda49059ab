//! Prints the quotes the layer finds in a text given on the command line
//! (a debugging aid: `cargo run -p marsad-quote --features pipeline --example probe -- "TEXT"`).

use marsad_core::{Document, Stage};

fn main() {
    let text = std::env::args().nth(1).unwrap_or_default();
    let mut doc = Document::new("probe", text);
    marsad_text::TextLayer.annotate(&mut doc);
    marsad_time::TimeLayer.annotate(&mut doc);
    if let Ok(ner) = quietly(marsad_ner::NerLayer::new) {
        ner.annotate(&mut doc);
    }
    for e in &doc.entities {
        let m: Vec<&str> = e.mentions.iter().map(|m| doc.slice(*m)).collect();
        println!("entity {:?} {} {:?}", e.kind, e.name, m);
    }
    for t in &doc.tokens {
        print!(
            "{}[{}|{}] ",
            doc.token_text(t),
            doc.norm(t),
            t.proclitics.label()
        );
    }
    println!();
    for q in marsad_quote::QuoteLayer.extract(&mut doc) {
        println!(
            "{:?} {:?} <{} {}> medium={:?} date={:?} | {}",
            q.kind,
            q.speaker,
            q.cue.surface,
            q.cue.lemma,
            q.medium,
            q.date,
            doc.slice(q.span)
        );
    }
}

/// Runs `f`, turning a panic into `Err` without printing it.
fn quietly<T>(f: fn() -> T) -> std::thread::Result<T> {
    let hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(|_| {}));
    let r = std::panic::catch_unwind(f);
    std::panic::set_hook(hook);
    r
}
