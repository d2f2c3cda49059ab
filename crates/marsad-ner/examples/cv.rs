//! K-fold cross-validation on a training file, for choosing settings
//! without touching the test set. Folds are contiguous blocks of sentences,
//! so one article's sentences stay together.
//!
//! `cargo run --release -p marsad-ner --example cv -- TRAIN.txt GAZETTEER_DIR [--extra-gazetteers DIR] [--folds K] [--epochs N] [--word-dropout P] [--clusters-from MODEL.bin]`
//!
//! More options: `--unlabeled TEXTS` (learn clusters; `--cluster-sizes C,F`),
//! `--lexicon TEXTS` with `--lexicon-texts N` (the first N texts, default
//! 16000; `--lexicon-min-count N`), `--o-penalty X`, `--memory ON,WINDOW,FOLDS[,HIDE]`,
//! `--prune LISTS,MIN,RATIO`, `--seed N` (the shuffle: differences smaller than
//! a change of seed makes are noise), `--runs N` (the final model is the mean of
//! N perceptrons), `--extra-train FILE` (CoNLL added to every
//! fold's training part), `--dump FILE` (word, gold, predicted for every
//! held-out token, for error analysis).
//!
//! The settings of the bundled model were chosen with
//! `cv TRAIN.txt ANERGAZET --extra-gazetteers /tmp/ner-gazetteers --clusters-from MODEL.bin --lexicon dev.jsonl`
//! where MODEL.bin is any model trained with `--unlabeled dev.jsonl` (for its clusters).

use marsad_ner::{
    evaluate, read_conll, read_texts, train, ClusterOptions, Clusters, Gazetteers, Model, Report,
    TrainOptions,
};
use std::path::PathBuf;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let mut pos = Vec::new();
    let mut opts = TrainOptions::default();
    let mut folds = 5usize;
    let mut extra = Vec::new();
    let mut dump: Option<PathBuf> = None;
    let mut extra_train = Vec::new();
    let mut copts = ClusterOptions::default();
    let mut lexicon_texts = 16_000usize;
    let mut lexicon = None;
    let mut it = args.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "--folds" => folds = it.next().ok_or("--folds needs a number")?.parse()?,
            "--epochs" => opts.epochs = it.next().ok_or("--epochs needs a number")?.parse()?,
            "--seed" => opts.seed = it.next().ok_or("--seed needs a number")?.parse()?,
            "--runs" => opts.runs = it.next().ok_or("--runs needs a number")?.parse()?,
            "--prune" => {
                let v: Vec<&str> = it
                    .next()
                    .ok_or("--prune needs LISTS,MIN,RATIO")?
                    .split(',')
                    .collect();
                opts.prune_lists = u8::from_str_radix(v[0], 16)?;
                opts.prune_min_count = v[1].parse()?;
                opts.prune_max_ratio = v[2].parse()?;
            }
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
            "--lexicon-texts" => {
                lexicon_texts = it.next().ok_or("--lexicon-texts needs N")?.parse()?
            }
            "--lexicon" => {
                lexicon = Some(PathBuf::from(
                    it.next()
                        .ok_or("--lexicon needs a file of unlabeled texts")?,
                ))
            }
            "--lexicon-min-count" => {
                opts.lexicon_min_count = it.next().ok_or("--lexicon-min-count needs N")?.parse()?
            }
            "--word-dropout" => {
                opts.word_dropout = it.next().ok_or("--word-dropout needs a number")?.parse()?
            }
            "--clusters-from" => {
                let m = Model::load(&PathBuf::from(
                    it.next().ok_or("--clusters-from needs a model")?,
                ))?;
                // Its clusters only: its lexicon saw every training sentence.
                opts.clusters = m.clusters().without_lexicon();
            }
            "--extra-train" => extra_train.extend(read_conll(&PathBuf::from(
                it.next().ok_or("--extra-train needs a file")?,
            ))?),
            "--dump" => dump = Some(PathBuf::from(it.next().ok_or("--dump needs a file")?)),
            "--cluster-sizes" => {
                let v: Vec<usize> = it
                    .next()
                    .ok_or("--cluster-sizes needs COARSE,FINE")?
                    .split(',')
                    .map(|x| x.parse())
                    .collect::<Result<_, _>>()?;
                copts.coarse = v[0];
                copts.fine = v[1];
            }
            "--unlabeled" => {
                let texts =
                    read_texts(&PathBuf::from(it.next().ok_or("--unlabeled needs a file")?))?;
                opts.clusters = Clusters::learn(texts.iter().map(String::as_str), &copts);
            }
            "--extra-gazetteers" => extra.push(PathBuf::from(
                it.next().ok_or("--extra-gazetteers needs a folder")?,
            )),
            _ => pos.push(PathBuf::from(a)),
        }
    }
    let [train_path, gaz_dir] = pos.as_slice() else {
        return Err("usage: cv TRAIN.txt GAZETTEER_DIR [--extra-gazetteers DIR] [--folds K] [--epochs N] [--word-dropout P] [--clusters-from MODEL.bin]".into());
    };
    if let Some(path) = lexicon {
        let mut texts = read_texts(&path)?;
        texts.truncate(lexicon_texts);
        opts.unlabeled = std::sync::Arc::new(texts);
    }
    let sentences = read_conll(train_path)?;
    let mut gaz = Gazetteers::from_dir(gaz_dir)?;
    for dir in &extra {
        gaz.merge(&Gazetteers::from_dir(dir)?);
    }
    let mut total = Report::default();
    let mut dumped = String::new();
    for k in 0..folds {
        let (a, b) = (
            sentences.len() * k / folds,
            sentences.len() * (k + 1) / folds,
        );
        let rest: Vec<_> = sentences[..a]
            .iter()
            .chain(&sentences[b..])
            .chain(&extra_train)
            .cloned()
            .collect();
        let model = train(&rest, &gaz, &opts);
        let r = evaluate(&model, &sentences[a..b]);
        if dump.is_some() {
            let part = &sentences[a..b];
            let words: Vec<Vec<&str>> = part.iter().map(|s| s.word_refs()).collect();
            for (s, pred) in part.iter().zip(model.tag_sentences(&words)) {
                for ((w, g), p) in s.words.iter().zip(&s.labels).zip(pred) {
                    dumped.push_str(&format!("{w} {g} {p}\n"));
                }
                dumped.push('\n');
            }
        }
        let r1 = evaluate(&model.first_pass_only(), &sentences[a..b]);
        println!(
            "fold {k}: micro F1 {:.2} (first pass {:.2})",
            100.0 * r.overall.f1(),
            100.0 * r1.overall.f1()
        );
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
    if let Some(path) = dump {
        std::fs::write(path, dumped)?;
    }
    Ok(())
}
