//! K-fold cross-validation on a training file, for choosing settings
//! without touching the test set. Folds are contiguous blocks of sentences,
//! so one article's sentences stay together.
//!
//! `cargo run --release -p marsad-ner --example cv -- TRAIN.txt GAZETTEER_DIR [--folds K] [--epochs N] [--clusters-from MODEL.bin]`

use marsad_ner::{evaluate, read_conll, train, Gazetteers, Model, Report, TrainOptions};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut opts = TrainOptions::default();
    let mut folds = 5usize;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--folds" => folds = it.next().ok_or("--folds needs a number")?.parse()?,
            "--epochs" => opts.epochs = it.next().ok_or("--epochs needs a number")?.parse()?,
            "--clusters-from" => {
                let m = Model::load(&PathBuf::from(
                    it.next().ok_or("--clusters-from needs a model")?,
                ))?;
                opts.clusters = m.clusters().clone();
            }
            _ => pos.push(PathBuf::from(a)),
        }
    }
    let [train_path, gaz_dir] = pos.as_slice() else {
        return Err("usage: cv TRAIN.txt GAZETTEER_DIR [--folds K] [--epochs N] [--clusters-from MODEL.bin]".into());
    };
    let sentences = read_conll(train_path)?;
    let gaz = Gazetteers::from_dir(gaz_dir)?;
    let mut total = Report::default();
    for k in 0..folds {
        let (a, b) = (
            sentences.len() * k / folds,
            sentences.len() * (k + 1) / folds,
        );
        let rest: Vec<_> = sentences[..a]
            .iter()
            .chain(&sentences[b..])
            .cloned()
            .collect();
        let model = train(&rest, &gaz, &opts);
        let r = evaluate(&model, &sentences[a..b]);
        println!("fold {k}: micro F1 {:.2}", 100.0 * r.overall.f1());
        for (t, p) in total.per_type.iter_mut().zip(r.per_type) {
            t.gold += p.gold;
            t.predicted += p.predicted;
            t.correct += p.correct;
        }
        total.overall.gold += r.overall.gold;
        total.overall.predicted += r.overall.predicted;
        total.overall.correct += r.overall.correct;
        total.tokens += r.tokens;
        total.tokens_correct += r.tokens_correct;
    }
    println!("{folds}-fold cross-validation:\n{total}");
    Ok(())
}
