//! Training: the averaged structured perceptron (Collins 2002).
//!
//! Each sentence is decoded with the current weights under the IOB2
//! constraints; where the best path differs from the gold one, the gold
//! path's features gain and the predicted path's lose. The final weights
//! are the average over every step, which generalizes far better than the
//! last ones; the sum is kept lazily (Daumé's trick: `w - u / c`).

use crate::clusters::Clusters;
use crate::conll::Sentence;
use crate::features::{bias_feature, extract, Features, Prepared, LEXICAL};
use crate::gazetteer::Gazetteers;
use crate::hash::fnv;
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
    /// The final (second-pass) model's weights are the mean of this many
    /// perceptrons, each shuffling the data its own way (seeds `seed`,
    /// `seed + 1`, …), cut to as many features as one of them keeps. One
    /// shuffle's luck moves the ANERcorp test score by about a point; the
    /// mean of eight scored 0.9 higher in 5-fold cross-validation than one.
    pub runs: usize,
    /// Averaged weights with a smaller magnitude are dropped from the model.
    pub prune: f32,
    /// Chance that a token's own word features ([`crate::features`]'s
    /// lexical ones) are hidden for one training step, so that context,
    /// affix and gazetteer features learn to carry unseen names.
    pub word_dropout: f32,
    /// Subtracted from every token's score for O after training: trades
    /// precision for recall (the perceptron is cautious with unseen names).
    pub o_penalty: f32,
    /// Gazetteer lists (bit mask) whose one-word entries are dropped where
    /// the training data shows them to be common words
    /// (`prune_min_count`, `prune_max_ratio`: see `Gazetteers::prune_common`).
    pub prune_lists: u8,
    pub prune_min_count: u32,
    pub prune_max_ratio: f64,
    /// Whether to learn a second pass ([`crate::memory`]).
    pub second_pass: bool,
    /// Share of training steps whose memory features are hidden, so that
    /// the same weights serve the first pass.
    pub mem_dropout: f32,
    /// Blocks the training data is cut into for the jackknifed first pass.
    pub folds: usize,
    /// Sentences on each side whose first-pass labels the second pass reads.
    pub window: usize,
    /// Word clusters from unlabeled text ([`Clusters::learn`]), compiled in.
    pub clusters: Clusters,
    /// Unlabeled texts for the lexicon ([`crate::lexicon`]); empty: none.
    pub unlabeled: std::sync::Arc<Vec<String>>,
    /// Stems tagged fewer times in `unlabeled` get no lexicon code.
    pub lexicon_min_count: u32,
    /// Print progress to stderr after each pass.
    pub verbose: bool,
}

impl Default for TrainOptions {
    fn default() -> TrainOptions {
        TrainOptions {
            epochs: 12,
            seed: 0x6d61_7273_6164,
            runs: 8,
            prune: 0.01,
            word_dropout: 0.25,
            o_penalty: 6.0,
            second_pass: true,
            mem_dropout: 0.5,
            folds: 5,
            window: 8,
            prune_lists: 0xf0,
            prune_min_count: 3,
            prune_max_ratio: 0.2,
            clusters: Clusters::new(),
            unlabeled: Default::default(),
            lexicon_min_count: 2,
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
    /// Hashes of the tokens' stems (the second pass's memory keys).
    stems: Vec<u64>,
}

/// A sentence as the perceptron sees it: fixed scores to add (the first
/// pass's, for the second) and features by dense index.
struct Step<'a> {
    base: Option<&'a [Row]>,
    feats: &'a [u32],
    offsets: &'a [u32],
    /// Where each token's memory features start, if it has them.
    mem_at: Option<&'a [u32]>,
    gold: &'a [usize],
}

/// Averaged weights and transitions (row `NUM_LABELS`: the start).
struct Learned {
    w: Vec<Row>,
    trans: [Row; NUM_LABELS + 1],
}

impl Learned {
    /// The mean of several perceptrons' weights (the first, unchanged,
    /// when there is one).
    fn mean(mut runs: Vec<Learned>) -> Learned {
        let mut sum = runs.remove(0);
        if runs.is_empty() {
            return sum;
        }
        let scale = 1.0 / (runs.len() + 1) as f32;
        for run in &runs {
            let rows = run.w.iter().chain(run.trans.iter());
            for (a, b) in sum.w.iter_mut().chain(sum.trans.iter_mut()).zip(rows) {
                for (x, y) in a.iter_mut().zip(b) {
                    *x += y;
                }
            }
        }
        for row in sum.w.iter_mut().chain(sum.trans.iter_mut()) {
            for x in row.iter_mut() {
                *x *= scale;
            }
        }
        sum
    }

    fn start(&self) -> Row {
        self.trans[NUM_LABELS]
    }

    fn trans(&self) -> [Row; NUM_LABELS] {
        self.trans[..NUM_LABELS].try_into().expect("nine rows")
    }
}

/// The averaged structured perceptron over `steps` with `nf` features.
/// `lexical` features at the start of each token's list are hidden with
/// chance `dropout` per token and step.
#[allow(clippy::too_many_arguments)]
fn perceptron(
    steps: &[Step],
    nf: usize,
    epochs: usize,
    dropout: f32,
    lexical: usize,
    mem_dropout: f32,
    seed: u64,
    init_trans: [Row; NUM_LABELS + 1],
    verbose: bool,
) -> Learned {
    let mut w = vec![[0.0f32; NUM_LABELS]; nf];
    let mut u = vec![[0.0f64; NUM_LABELS]; nf];
    let mut tw = init_trans;
    let mut tu = [[0.0f64; NUM_LABELS]; NUM_LABELS + 1];
    let mut c: f64 = 1.0;
    let mut order: Vec<usize> = (0..steps.len()).collect();
    let mut rng = Rng(seed);
    let mut em: Vec<Row> = Vec::new();
    let mut path = Vec::new();
    let mut first: Vec<usize> = Vec::new();
    let drop_below = (dropout.clamp(0.0, 1.0) as f64 * u64::MAX as f64) as u64;
    let mem_below = (mem_dropout.clamp(0.0, 1.0) as f64 * u64::MAX as f64) as u64;
    let mut last: Vec<usize> = Vec::new();
    for epoch in 0..epochs {
        rng.shuffle(&mut order);
        let mut wrong = 0usize;
        let mut tokens = 0usize;
        for &e in &order {
            let ex = &steps[e];
            let n = ex.gold.len();
            // Where each token's features start this step (past the lexical ones if hidden).
            first.clear();
            first.extend((0..n).map(|t| {
                let at = ex.offsets[t] as usize;
                if drop_below > 0 && rng.next() < drop_below {
                    at + lexical
                } else {
                    at
                }
            }));
            // Where they end: before the memory ones if those are hidden.
            let hide_mem = ex.mem_at.is_some() && rng.next() < mem_below;
            last.clear();
            last.extend((0..n).map(|t| match ex.mem_at {
                Some(m) if hide_mem => m[t] as usize,
                _ => ex.offsets[t + 1] as usize,
            }));
            em.clear();
            for t in 0..n {
                let mut row = ex.base.map_or([0.0f32; NUM_LABELS], |b| b[t]);
                for &f in &ex.feats[first[t]..last[t]] {
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
                    for &f in &ex.feats[first[t]..last[t]] {
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
        if verbose {
            eprintln!(
                "epoch {}/{}: {wrong} of {tokens} tokens wrong ({:.2}%)",
                epoch + 1,
                epochs,
                100.0 * wrong as f64 / tokens.max(1) as f64
            );
        }
    }
    let avg = |w: f32, u: f64| (w as f64 - u / c) as f32;
    for (wr, ur) in w.iter_mut().zip(&u) {
        for j in 0..NUM_LABELS {
            wr[j] = avg(wr[j], ur[j]);
        }
    }
    for (wr, ur) in tw.iter_mut().zip(&tu) {
        for j in 0..NUM_LABELS {
            wr[j] = avg(wr[j], ur[j]);
        }
    }
    Learned { w, trans: tw }
}

/// Sparse table entries of dense weights `w` named by `ids`: the weights of
/// magnitude `prune` or more, in at most `max_entries` features (the
/// strongest, and the bias always).
fn table_entries(ids: &[u64], w: &[Row], prune: f32, max_entries: usize) -> Vec<(u64, Row)> {
    let mut entries = Vec::new();
    for (f, wr) in ids.iter().zip(w) {
        let mut row = [0.0f32; NUM_LABELS];
        for j in 0..NUM_LABELS {
            if wr[j].abs() >= prune && wr[j] != 0.0 {
                row[j] = wr[j];
            }
        }
        if row.iter().any(|&x| x != 0.0) {
            entries.push((*f, row));
        }
    }
    if entries.len() > max_entries {
        // The bias carries the O penalty, however weak its weights.
        let bias = bias_feature();
        let strength = |e: &(u64, Row)| {
            if e.0 == bias {
                f32::INFINITY
            } else {
                e.1.iter().fold(0.0f32, |m, x| m.max(x.abs()))
            }
        };
        entries.sort_by(|a, b| strength(b).total_cmp(&strength(a)).then(a.0.cmp(&b.0)));
        entries.truncate(max_entries);
        entries.sort_unstable_by_key(|e| e.0);
    }
    entries
}

/// First-pass emission scores of `ex` under dense weights `w`.
fn dense_emissions(ex: &Example, w: &[Row], o_penalty: f32, out: &mut Vec<Row>) {
    out.clear();
    for t in 0..ex.gold.len() {
        let mut row = [0.0f32; NUM_LABELS];
        row[0] -= o_penalty;
        for &f in &ex.feats[ex.offsets[t] as usize..ex.offsets[t + 1] as usize] {
            for (r, x) in row.iter_mut().zip(&w[f as usize]) {
                *r += x;
            }
        }
        out.push(row);
    }
}

/// The clusters with lexicons ([`crate::lexicon`]) from `opts.unlabeled`:
/// one per block of `opts.folds` training blocks, each made by a model
/// trained without that block (None when there are no unlabeled texts),
/// and the one made by a model trained on all of `train`, for the model.
fn lexicons(
    train: &[Sentence],
    gazetteers: &Gazetteers,
    opts: &TrainOptions,
) -> (Option<Vec<Clusters>>, Clusters) {
    if opts.unlabeled.is_empty() {
        return (None, opts.clusters.clone());
    }
    // The taggers of the news have no lexicon themselves (the one in
    // `opts.clusters`, if any, may have seen every sentence of `train`).
    let sub = TrainOptions {
        clusters: opts.clusters.without_lexicon(),
        unlabeled: Default::default(),
        second_pass: false,
        verbose: false,
        ..opts.clone()
    };
    let sentences: Vec<Sentence> = train.iter().filter(|s| !s.is_empty()).cloned().collect();
    let n = sentences.len();
    let k = opts.folds.max(2);
    let with_lexicon = |rest: Vec<Sentence>| {
        let model = self::train(&rest, gazetteers, &sub);
        let mut c = sub.clusters.clone();
        c.lex = crate::lexicon::learn(&model, &opts.unlabeled, opts.lexicon_min_count);
        c
    };
    let (blocks, all) = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..k)
            .map(|f| {
                let (a, b) = (n * f / k, n * (f + 1) / k);
                let rest: Vec<Sentence> = sentences[..a]
                    .iter()
                    .chain(&sentences[b..])
                    .cloned()
                    .collect();
                let with_lexicon = &with_lexicon;
                scope.spawn(move || with_lexicon(rest))
            })
            .collect();
        let all = with_lexicon(sentences.clone());
        let blocks: Vec<Clusters> = handles
            .into_iter()
            .map(|h| h.join().expect("a lexicon thread"))
            .collect();
        (blocks, all)
    });
    if opts.verbose {
        eprintln!("lexicon: {} stems and stem pairs", all.lexicon_len());
    }
    (Some(blocks), all)
}

/// Trains a model on `train` with `gazetteers` compiled in.
pub fn train(train: &[Sentence], gazetteers: &Gazetteers, opts: &TrainOptions) -> Model {
    let mut gaz = gazetteers.clone();
    if opts.prune_lists != 0 {
        gaz.prune_common(
            train,
            opts.prune_lists,
            opts.prune_min_count,
            opts.prune_max_ratio,
        );
    }
    let (block_clusters, clusters) = lexicons(train, gazetteers, opts);
    let mut index: HashMap<u64, u32> = HashMap::new();
    let mut ids: Vec<u64> = Vec::new();
    let mut buf = Features::default();
    let sentences: Vec<&Sentence> = train.iter().filter(|s| !s.is_empty()).collect();
    let examples: Vec<Example> = sentences
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let prepared = Prepared::new(&s.word_refs());
            let views = prepared.views();
            let cl = match &block_clusters {
                Some(b) => {
                    let (n, k) = (sentences.len(), b.len());
                    &b[(0..k).find(|&f| i < n * (f + 1) / k).unwrap_or(k - 1)]
                }
                None => &clusters,
            };
            extract(&views, &gaz, cl, None, &mut buf);
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
                stems: views.iter().map(|v| fnv(v.stem.as_bytes())).collect(),
            }
        })
        .collect();
    drop(index);
    let nf = ids.len();
    let steps_of = |which: &[usize]| -> Vec<Step> {
        which
            .iter()
            .map(|&i| Step {
                base: None,
                feats: &examples[i].feats,
                offsets: &examples[i].offsets,
                mem_at: None,
                gold: &examples[i].gold,
            })
            .collect()
    };
    let first_pass = |which: &[usize], verbose: bool| {
        perceptron(
            &steps_of(which),
            nf,
            opts.epochs,
            opts.word_dropout,
            LEXICAL,
            0.0,
            opts.seed,
            [[0.0; NUM_LABELS]; NUM_LABELS + 1],
            verbose,
        )
    };
    let all: Vec<usize> = (0..examples.len()).collect();
    let learned = first_pass(&all, opts.verbose);
    let mut entries = table_entries(&ids, &learned.w, opts.prune, usize::MAX);
    if let Some(e) = entries.iter_mut().find(|e| e.0 == bias_feature()) {
        e.1[crate::label::Label::O.index()] -= opts.o_penalty;
    }
    let mut model = Model {
        table: FeatureTable::from_entries(entries),
        start: learned.start(),
        trans: learned.trans(),
        gaz: gaz.clone(),
        clusters,
        mem: FeatureTable::from_entries(Vec::new()),
        start2: learned.start(),
        trans2: learned.trans(),
        window: opts.window,
    };
    if !opts.second_pass || opts.folds < 2 || examples.len() < opts.folds {
        return model;
    }

    // Jackknifed first-pass scores and labels: each block of sentences
    // tagged by a model trained without it, as unseen text will be.
    let k = opts.folds;
    let n = examples.len();
    let blocks: Vec<(usize, usize)> = (0..k).map(|f| (n * f / k, n * (f + 1) / k)).collect();
    let mut em1: Vec<Vec<Row>> = vec![Vec::new(); n];
    let mut first: Vec<usize> = Vec::new();
    std::thread::scope(|scope| {
        let handles: Vec<_> = blocks
            .iter()
            .map(|&(a, b)| {
                let first_pass = &first_pass;
                let examples = &examples;
                scope.spawn(move || {
                    let rest: Vec<usize> = (0..a).chain(b..n).collect();
                    let l = first_pass(&rest, false);
                    (a..b)
                        .map(|i| {
                            let mut em = Vec::new();
                            dense_emissions(&examples[i], &l.w, opts.o_penalty, &mut em);
                            let mut path = Vec::new();
                            viterbi(&em, &l.start(), &l.trans(), &mut path);
                            (em, path)
                        })
                        .collect::<Vec<_>>()
                })
            })
            .collect();
        for (h, &(a, _)) in handles.into_iter().zip(&blocks) {
            for (i, (em, path)) in h
                .join()
                .expect("a jackknife thread")
                .into_iter()
                .enumerate()
            {
                em1[a + i] = em;
                first.extend(path);
            }
        }
    });

    // Memory features of every token, by dense index.
    let mut ranges = Vec::with_capacity(n);
    let mut stems = Vec::new();
    for ex in &examples {
        ranges.push(stems.len()..stems.len() + ex.stems.len());
        stems.extend_from_slice(&ex.stems);
    }
    let mut mem_index: HashMap<u64, u32> = HashMap::new();
    let mut mem_ids: Vec<u64> = Vec::new();
    let mut mem_feats: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut mem_offsets: Vec<Vec<u32>> = vec![Vec::new(); n];
    let mut fb = Vec::new();
    crate::memory::sweep(&ranges, &stems, &first, opts.window, |j, w| {
        let (f, o) = (&mut mem_feats[j], &mut mem_offsets[j]);
        o.push(0);
        for t in ranges[j].clone() {
            crate::memory::features(&w.others(stems[t], first[t]), first[t], &mut fb);
            for &x in &fb {
                f.push(*mem_index.entry(x).or_insert_with(|| {
                    mem_ids.push(x);
                    mem_ids.len() as u32 - 1
                }));
            }
            o.push(f.len() as u32);
        }
    });
    // The joint model: every token's features, then its memory features
    // (dense ids after the first pass's), hidden in a share of the steps so
    // that the weights also serve the first pass, which has none.
    let mut joint: Vec<(Vec<u32>, Vec<u32>, Vec<u32>)> = Vec::with_capacity(n);
    for (i, ex) in examples.iter().enumerate() {
        let (mut f, mut o, mut m) = (Vec::new(), vec![0u32], Vec::new());
        for t in 0..ex.gold.len() {
            f.extend_from_slice(&ex.feats[ex.offsets[t] as usize..ex.offsets[t + 1] as usize]);
            m.push(f.len() as u32);
            let mf = &mem_feats[i][mem_offsets[i][t] as usize..mem_offsets[i][t + 1] as usize];
            f.extend(mf.iter().map(|&x| x + nf as u32));
            o.push(f.len() as u32);
        }
        joint.push((f, o, m));
    }
    let steps: Vec<Step> = (0..n)
        .map(|i| Step {
            base: None,
            feats: &joint[i].0,
            offsets: &joint[i].1,
            mem_at: Some(&joint[i].2),
            gold: &examples[i].gold,
        })
        .collect();
    let runs: Vec<Learned> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..opts.runs.max(1) as u64)
            .map(|r| {
                let steps = &steps;
                let nw = nf + mem_ids.len();
                scope.spawn(move || {
                    perceptron(
                        steps,
                        nw,
                        opts.epochs,
                        opts.word_dropout,
                        LEXICAL,
                        opts.mem_dropout,
                        opts.seed.wrapping_add(r),
                        [[0.0; NUM_LABELS]; NUM_LABELS + 1],
                        opts.verbose && r == 0,
                    )
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().expect("a training thread"))
            .collect()
    });
    // The mean has the union of the runs' features, but keeps only as many
    // as one run has: a larger table makes the tagger slower (its reads
    // miss the cache more often), and the weakest add nearly nothing.
    let cap_first = table_entries(&ids, &runs[0].w[..nf], opts.prune, usize::MAX).len();
    let cap_mem = table_entries(&mem_ids, &runs[0].w[nf..], opts.prune, usize::MAX).len();
    let learned = Learned::mean(runs);
    let mut entries = table_entries(&ids, &learned.w[..nf], opts.prune, cap_first);
    if let Some(e) = entries.iter_mut().find(|e| e.0 == bias_feature()) {
        e.1[crate::label::Label::O.index()] -= opts.o_penalty;
    }
    model.table = FeatureTable::from_entries(entries);
    model.start = learned.start();
    model.trans = learned.trans();
    model.mem = FeatureTable::from_entries(table_entries(
        &mem_ids,
        &learned.w[nf..],
        opts.prune,
        cap_mem,
    ));
    model.start2 = learned.start();
    model.trans2 = learned.trans();
    model
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
                o_penalty: 0.0,
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
                o_penalty: 0.0,
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
            o_penalty: 0.0,
            ..TrainOptions::default()
        };
        let a = train(&data, &Gazetteers::new(), &opts).to_bytes();
        let b = train(&data, &Gazetteers::new(), &opts).to_bytes();
        assert_eq!(a, b);
    }

    #[test]
    fn the_mean_of_runs_averages_weights_and_transitions() {
        let run = |w: f32, t: f32| Learned {
            w: vec![[w; NUM_LABELS]; 2],
            trans: [[t; NUM_LABELS]; NUM_LABELS + 1],
        };
        let one = Learned::mean(vec![run(3.0, 1.0)]);
        assert_eq!(one.w, vec![[3.0; NUM_LABELS]; 2]);
        let m = Learned::mean(vec![
            run(3.0, 1.0),
            run(1.0, -1.0),
            run(-1.0, 3.0),
            run(1.0, 1.0),
        ]);
        assert_eq!(m.w, vec![[1.0; NUM_LABELS]; 2]);
        assert_eq!(m.trans, [[1.0; NUM_LABELS]; NUM_LABELS + 1]);
    }

    #[test]
    fn a_table_keeps_its_strongest_weights_and_the_bias() {
        let row = |x: f32| {
            let mut r = [0.0; NUM_LABELS];
            r[2] = x;
            r
        };
        let ids = [11, bias_feature(), 13, 14, 15];
        let w = [row(0.5), row(0.1), row(-4.0), row(0.001), row(2.0)];
        // 0.001 is under the prune threshold; the bias stays however weak.
        let all = table_entries(&ids, &w, 0.01, usize::MAX);
        assert_eq!(
            all.iter().map(|e| e.0).collect::<Vec<_>>(),
            [11, bias_feature(), 13, 15]
        );
        let mut top: Vec<u64> = table_entries(&ids, &w, 0.01, 3)
            .iter()
            .map(|e| e.0)
            .collect();
        top.sort_unstable();
        let mut want = vec![bias_feature(), 13, 15];
        want.sort_unstable();
        assert_eq!(top, want);
    }

    #[test]
    fn several_runs_still_learn_the_tiny_corpus() {
        let data = parse_conll(TINY).unwrap();
        let opts = TrainOptions {
            epochs: 10,
            o_penalty: 0.0,
            runs: 3,
            ..TrainOptions::default()
        };
        let model = train(&data, &Gazetteers::new(), &opts);
        for s in &data {
            assert_eq!(model.tag(&s.word_refs()), s.labels, "{:?}", s.words);
        }
        assert_eq!(
            train(&data, &Gazetteers::new(), &opts).to_bytes(),
            model.to_bytes()
        );
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
