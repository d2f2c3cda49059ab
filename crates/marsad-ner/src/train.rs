//! Training: the averaged structured perceptron (Collins 2002).
//!
//! Each sentence is decoded with the current weights under the IOB2
//! constraints; where the best path differs from the gold one, the gold
//! path's features gain and the predicted path's lose. The final weights
//! are the average over every step, which generalizes far better than the
//! last ones; the sum is kept lazily (Daumé's trick: `w - u / c`).

use crate::clusters::Clusters;
use crate::conll::Sentence;
use crate::features::{extract, Features, Prepared};
use crate::gazetteer::Gazetteers;
use crate::label::NUM_LABELS;
use crate::model::{viterbi, FeatureTable, Model, Row};
use std::collections::HashMap;

/// Training settings. Defaults are those the bundled model was trained with.
#[derive(Debug, Clone)]
pub struct TrainOptions {
    /// Passes over the training data.
    pub epochs: usize,
    /// Seed of the per-pass shuffle, so training is reproducible.
    pub seed: u64,
    /// Averaged weights with a smaller magnitude are dropped from the model.
    pub prune: f32,
    /// Word clusters from unlabeled text ([`Clusters::learn`]), compiled in.
    pub clusters: Clusters,
    /// Print progress to stderr after each pass.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 12,
            seed: 0x6d61_7273_6164,
            prune: 0.01,
            clusters: Clusters::new(),
            verbose: false,
        }
    }
}

/// A SplitMix64 generator: deterministic on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        crate::hash::mix(self.0)
    }

    fn shuffle<T>(&mut self, v: &mut [T]) {
        for i in (1..v.len()).rev() {
            let j = (self.next() % (i as u64 + 1)) as usize;
            v.swap(i, j);
        }
    }
}

/// One training sentence with its features as dense indices.
struct Example {
    feats: Vec<u32>,
    offsets: Vec<u32>,
    gold: Vec<usize>,
}

/// Trains a model on `train` with `gazetteers` compiled in.
pub fn train(train: &[Sentence], gazetteers: &Gazetteers, opts: &TrainOptions) -> Model {
    let mut index: HashMap<u64, u32> = HashMap::new();
    let mut ids: Vec<u64> = Vec::new();
    let mut buf = Features::default();
    let examples: Vec<Example> = train
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| {
            let prepared = Prepared::new(&s.word_refs());
            extract(&prepared.views(), gazetteers, &opts.clusters, &mut buf);
            let feats = buf
                .ids
                .iter()
                .map(|&f| {
                    *index.entry(f).or_insert_with(|| {
                        ids.push(f);
                        ids.len() as u32 - 1
                    })
                })
                .collect();
            Example {
                feats,
                offsets: buf.offsets.iter().map(|&o| o as u32).collect(),
                gold: s.labels.iter().map(|l| l.index()).collect(),
            }
        })
        .collect();
    drop(index);

    let nf = ids.len();
    let mut w = vec![[0.0f32; NUM_LABELS]; nf];
    let mut u = vec![[0.0f64; NUM_LABELS]; nf];
    // Row NUM_LABELS of the transition tables is the sentence start.
    let mut tw = [[0.0f32; NUM_LABELS]; NUM_LABELS + 1];
    let mut tu = [[0.0f64; NUM_LABELS]; NUM_LABELS + 1];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = (0..examples.len()).collect();
    let mut rng = Rng(opts.seed);
    let mut em: Vec<Row> = Vec::new();
    let mut path = Vec::new();
    for epoch in 0..opts.epochs {
        rng.shuffle(&mut order);
        let mut wrong = 0usize;
        let mut tokens = 0usize;
        for &e in &order {
            let ex = &examples[e];
            let n = ex.gold.len();
            em.clear();
            for t in 0..n {
                let mut row = [0.0f32; NUM_LABELS];
                for &f in &ex.feats[ex.offsets[t] as usize..ex.offsets[t + 1] as usize] {
                    for (r, x) in row.iter_mut().zip(&w[f as usize]) {
                        *r += x;
                    }
                }
                em.push(row);
            }
            let start: Row = tw[NUM_LABELS];
            let trans: [Row; NUM_LABELS] = tw[..NUM_LABELS].try_into().expect("nine rows");
            viterbi(&em, &start, &trans, &mut path);
            tokens += n;
            for t in 0..n {
                let (g, p) = (ex.gold[t], path[t]);
                if g != p {
                    wrong += 1;
                    for &f in &ex.feats[ex.offsets[t] as usize..ex.offsets[t + 1] as usize] {
                        let f = f as usize;
                        w[f][g] += 1.0;
                        u[f][g] += c;
                        w[f][p] -= 1.0;
                        u[f][p] -= c;
                    }
                }
                let gp = if t == 0 { NUM_LABELS } else { ex.gold[t - 1] };
                let pp = if t == 0 { NUM_LABELS } else { path[t - 1] };
                if (gp, g) != (pp, p) {
                    tw[gp][g] += 1.0;
                    tu[gp][g] += c;
                    tw[pp][p] -= 1.0;
                    tu[pp][p] -= c;
                }
            }
            c += 1.0;
        }
        if opts.verbose {
            eprintln!(
                "epoch {}/{}: {wrong} of {tokens} tokens wrong ({:.2}%)",
                epoch + 1,
                opts.epochs,
                100.0 * wrong as f64 / tokens.max(1) as f64
            );
        }
    }

    let avg = |w: f32, u: f64| (w as f64 - u / c) as f32;
    let mut entries = Vec::new();
    for (f, (wr, ur)) in ids.iter().zip(w.iter().zip(&u)) {
        let mut row = [0.0f32; NUM_LABELS];
        for j in 0..NUM_LABELS {
            let a = avg(wr[j], ur[j]);
            if a.abs() >= opts.prune && a != 0.0 {
                row[j] = a;
            }
        }
        if row.iter().any(|&x| x != 0.0) {
            entries.push((*f, row));
        }
    }
    let mut start = [0.0f32; NUM_LABELS];
    let mut trans = [[0.0f32; NUM_LABELS]; NUM_LABELS];
    for j in 0..NUM_LABELS {
        start[j] = avg(tw[NUM_LABELS][j], tu[NUM_LABELS][j]);
        for i in 0..NUM_LABELS {
            trans[i][j] = avg(tw[i][j], tu[i][j]);
        }
    }
    Model {
        table: FeatureTable::from_entries(entries),
        start,
        trans,
        gaz: gazetteers.clone(),
        clusters: opts.clusters.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conll::parse_conll;
    use crate::label::{EntityKind, Label};

    const TINY: &str = "قال O\nالرئيس O\nبوش B-PERS\nفي O\nبغداد B-LOC\n\n\
        زار O\nالرئيس O\nأوباما B-PERS\nالقاهرة B-LOC\n\n\
        أعلنت O\nشركة O\nمايكروسوفت B-ORG\nفي O\nواشنطن B-LOC\n\n\
        قال O\nالأمين O\nالعام O\nللأمم B-ORG\nالمتحدة I-ORG\nبان B-PERS\nكي I-PERS\nمون I-PERS\n\n";

    #[test]
    fn learns_a_tiny_corpus() {
        let data = parse_conll(TINY).unwrap();
        let model = train(
            &data,
            &Gazetteers::new(),
            &TrainOptions {
                epochs: 10,
                ..TrainOptions::default()
            },
        );
        for s in &data {
            assert_eq!(model.tag(&s.word_refs()), s.labels, "{:?}", s.words);
        }
        // A stem seen only with a proclitic is still known: وبغداد → بغداد.
        let tags = model.tag(&["قال", "بوش", "في", "وبغداد"]);
        assert_eq!(tags[1], Label::B(EntityKind::Pers));
        assert_eq!(tags[3], Label::B(EntityKind::Loc));
    }

    #[test]
    fn save_and_load_give_identical_tags() {
        let data = parse_conll(TINY).unwrap();
        let mut gaz = Gazetteers::new();
        gaz.add(EntityKind::Loc, "القاهرة");
        let model = train(
            &data,
            &gaz,
            &TrainOptions {
                epochs: 5,
                ..TrainOptions::default()
            },
        );
        let path =
            std::env::temp_dir().join(format!("marsad-ner-roundtrip-{}.bin", std::process::id()));
        model.save(&path).unwrap();
        let loaded = crate::Model::load(&path).unwrap();
        std::fs::remove_file(&path).ok();
        assert_eq!(loaded.to_bytes(), model.to_bytes());
        assert_eq!(loaded.gazetteers(), model.gazetteers());
        let words = ["قال", "بان", "كي", "مون", "في", "القاهرة", "وواشنطن", "."];
        assert_eq!(loaded.tag(&words), model.tag(&words));
        for s in &data {
            assert_eq!(loaded.tag(&s.word_refs()), s.labels);
        }
    }

    #[test]
    fn same_options_give_the_same_model() {
        let data = parse_conll(TINY).unwrap();
        let opts = TrainOptions {
            epochs: 3,
            ..TrainOptions::default()
        };
        let a = train(&data, &Gazetteers::new(), &opts).to_bytes();
        let b = train(&data, &Gazetteers::new(), &opts).to_bytes();
        assert_eq!(a, b);
    }

    #[test]
    fn shuffle_is_a_permutation() {
        let mut v: Vec<u32> = (0..100).collect();
        Rng(1).shuffle(&mut v);
        assert_ne!(v, (0..100).collect::<Vec<_>>());
        v.sort();
        assert_eq!(v, (0..100).collect::<Vec<_>>());
    }
}
