//! Prints the bundled model's entity errors on a CoNLL file: each missed
//! (`-`) and spurious (`+`) chunk with its sentence context.
//!
//! ```text
//! cargo run --release -p marsad-ner --example errors -- ../shared/data/ner/anercorp/test.txt
//! ```

use marsad_ner::{chunks, read_conll, Model};
use std::path::Path;

fn main() {
    let path = std::env::args().nth(1).expect("usage: errors FILE.conll");
    let sentences = read_conll(Path::new(&path)).unwrap_or_else(|e| panic!("{e}"));
    let model = Model::bundled();
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.word_refs()).collect();
    for (s, pred) in sentences.iter().zip(model.tag_sentences(&words)) {
        let gold = chunks(&s.labels);
        let guess = chunks(&pred);
        let show = |&(a, b, k): &(usize, usize, marsad_ner::EntityKind), sign: char| {
            let lo = a.saturating_sub(3);
            let hi = (b + 3).min(s.words.len());
            println!(
                "{sign} {k}\t{}\t| {} [{}] {}",
                s.words[a..b].join(" "),
                s.words[lo..a].join(" "),
                s.words[a..b].join(" "),
                s.words[b..hi].join(" ")
            );
        };
        for c in gold.iter().filter(|c| !guess.contains(c)) {
            show(c, '-');
        }
        for c in guess.iter().filter(|c| !gold.contains(c)) {
            show(c, '+');
        }
    }
}
