//! Tagging speed on one core: a CoNLL file's sentences tagged over and over.
//!
//! `cargo run --release -p marsad-ner --example speed -- TEST.txt [ROUNDS] [MODEL.bin]`

use marsad_ner::{read_conll, Model};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let path = PathBuf::from(
        args.first()
            .ok_or("usage: speed TEST.txt [ROUNDS] [MODEL.bin]")?,
    );
    let rounds: usize = args.get(1).map(|r| r.parse()).transpose()?.unwrap_or(10);
    let t = Instant::now();
    let model = match args.get(2) {
        Some(m) => Box::leak(Box::new(Model::load(&PathBuf::from(m))?)),
        None => Model::bundled(),
    };
    eprintln!(
        "model loaded in {:.2?} ({} features)",
        t.elapsed(),
        model.num_features()
    );
    let sentences = read_conll(&path)?;
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.word_refs()).collect();
    let mut tokens = 0usize;
    let mut entities = 0usize;
    let t = Instant::now();
    for _ in 0..rounds {
        for w in &words {
            let labels = model.tag(w);
            tokens += labels.len();
            entities += labels
                .iter()
                .filter(|l| matches!(l, marsad_ner::Label::B(_)))
                .count();
        }
    }
    let secs = t.elapsed().as_secs_f64();
    println!(
        "{tokens} tokens in {secs:.2} s: {:.0} tokens/s on one thread ({entities} entities)",
        tokens as f64 / secs
    );
    Ok(())
}
