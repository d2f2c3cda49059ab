//! Prints the times and quantities the layers find in each argument, with
//! the tokens, for checking single phrases by hand.
//!
//! usage: cargo run -p marsad-time --example probe -- "نص" ["نص" …]

use marsad_core::{Date, Document, Pipeline};

fn main() {
    let pipeline = Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_time::TimeLayer)
        .with(marsad_quantity::QuantityLayer);
    for text in std::env::args().skip(1) {
        let mut doc = Document::new("probe", text.as_str()).with_published(Date::new(2013, 2, 12));
        pipeline.run(&mut doc);
        let toks: Vec<String> = doc
            .tokens
            .iter()
            .map(|t| format!("{}:{:?}", doc.stem(t), t.kind))
            .collect();
        println!("{text} [{}] lang={:?}", toks.join(" "), doc.lang);
        for t in &doc.times {
            println!(
                "  T {:?} {} {:?} [{}]",
                t.kind,
                t.value,
                t.modifier,
                doc.slice(t.span)
            );
        }
        for q in &doc.quantities {
            println!(
                "  Q {:?} {:?}-{:?} {:?} {:?} [{}]",
                q.value,
                q.min,
                q.max,
                q.modifier,
                q.unit,
                doc.slice(q.span)
            );
        }
    }
}
