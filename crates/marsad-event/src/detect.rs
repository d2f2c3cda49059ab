//! A learned sentence-level detector for ASSAULT and PROTEST.
//!
//! Trigger rules find most sentences that report an attack or a protest,
//! but also many that only mention one: an older or background event, talk
//! about violence, a crowd that does something else. The detector reads a
//! sentence that has a trigger of the type (coded by the rules or not) and
//! says whether it reports a real, current event of that type, from the
//! event layer's own signals (how the rules coded the trigger: kind,
//! arguments, modality, date relative to publication, counts, quote), the
//! words around the trigger and the sentence's stems.
//!
//! The model is a logistic regression per type, L2-regularized, trained by
//! [`train`] (full-batch gradient descent) on Marsad's own features of the
//! Arabic event GSR (openeventdata/arabic_event_gsr, MIT licence), half A
//! only, with the decision threshold picked by cross-validation on half A.
//! Its weights are `data/detector.tsv`; rebuild them with
//!
//! ```text
//! cargo run --release -p marsad-event --example gsr -- --train
//! ```
//!
//! and score held-out half B with the same command without `--train`.
//!
//! In the pipeline (`code_events`), for each sentence and type, a
//! rule-coded event takes the detector's probability as its confidence; one
//! below the `drop` threshold (half the lowest probability a true report of
//! half A got in cross-validation) is dropped, and one at `keep` or more is *detected*: its
//! sentence reports a real, current event (what GSR's "yes" asks), which is
//! what the GSR scores count. Below `keep`, an event stays with a low
//! confidence: a background or older event, which the gold of
//! `marsad eval` still lists (with historical modality). Where the rules
//! coded nothing but the detector is sure (`rescue`), the trigger is coded
//! without the rules' reporting filters.

use rustc_hash::FxHashMap;
use std::sync::OnceLock;

/// The types the detector decides.
pub const KINDS: [&str; 2] = ["ASSAULT", "PROTEST"];

const WEIGHTS: &str = include_str!("../data/detector.tsv");

/// The linear model of one event type.
#[derive(Debug, Clone, Default)]
pub struct KindModel {
    pub bias: f32,
    /// Drop a rule-coded event below this probability (talk about violence,
    /// not a report of it).
    pub drop: f32,
    /// From this probability on, an event is detected: its sentence reports
    /// a real, current event of the type (GSR's "yes").
    pub keep: f32,
    /// Code a trigger the rules left at this probability or more.
    pub rescue: f32,
    pub weights: FxHashMap<String, f32>,
}

impl KindModel {
    /// The probability that a sentence with these features reports an event.
    pub fn probability<S: AsRef<str>>(&self, features: &[S]) -> f32 {
        let z = self.bias
            + features
                .iter()
                .filter_map(|f| self.weights.get(f.as_ref()))
                .sum::<f32>();
        1.0 / (1.0 + (-z).exp())
    }
}

/// The detector: one model per type of [`KINDS`].
#[derive(Debug, Clone, Default)]
pub struct Model {
    pub kinds: FxHashMap<String, KindModel>,
}

impl Model {
    /// Reads the TSV form: `TYPE <TAB> feature <TAB> weight`, with the
    /// special features `#bias`, `#drop`, `#keep` and `#rescue`.
    pub fn parse(text: &str) -> Model {
        let mut m = Model::default();
        for line in text.lines() {
            if line.starts_with("//") || line.trim().is_empty() {
                continue;
            }
            let mut f = line.split('\t');
            let (Some(kind), Some(name), Some(w)) = (f.next(), f.next(), f.next()) else {
                continue;
            };
            let Ok(w) = w.trim().parse::<f32>() else {
                continue;
            };
            let km = m.kinds.entry(kind.to_string()).or_default();
            match name {
                "#bias" => km.bias = w,
                "#drop" => km.drop = w,
                "#keep" => km.keep = w,
                "#rescue" => km.rescue = w,
                _ => {
                    km.weights.insert(name.to_string(), w);
                }
            }
        }
        m
    }

    /// The TSV form [`Model::parse`] reads, features sorted.
    pub fn to_tsv(&self, header: &str) -> String {
        let mut out = String::new();
        for line in header.lines() {
            out.push_str("// ");
            out.push_str(line);
            out.push('\n');
        }
        let mut kinds: Vec<_> = self.kinds.keys().collect();
        kinds.sort();
        for k in kinds {
            let km = &self.kinds[k];
            out.push_str(&format!("{k}\t#bias\t{:.4}\n", km.bias));
            out.push_str(&format!("{k}\t#drop\t{:.3}\n", km.drop));
            out.push_str(&format!("{k}\t#keep\t{:.3}\n", km.keep));
            out.push_str(&format!("{k}\t#rescue\t{:.3}\n", km.rescue));
            let mut ws: Vec<_> = km.weights.iter().collect();
            ws.sort_by(|a, b| a.0.cmp(b.0));
            for (f, w) in ws {
                out.push_str(&format!("{k}\t{f}\t{w:.4}\n"));
            }
        }
        out
    }

    pub fn kind(&self, kind: &str) -> Option<&KindModel> {
        self.kinds.get(kind)
    }
}

/// The bundled model (`data/detector.tsv`).
pub fn model() -> &'static Model {
    static MODEL: OnceLock<Model> = OnceLock::new();
    MODEL.get_or_init(|| Model::parse(WEIGHTS))
}

/// Whether an event is detected: for ASSAULT and PROTEST, its confidence
/// (the detector's probability) reaches the model's `keep` threshold; other
/// types always are.
pub fn detected(e: &crate::CodedEvent) -> bool {
    match model().kind(e.kind) {
        Some(km) => e.confidence >= km.keep,
        None => true,
    }
}

/// One sentence the detector reads, as the event layer saw it.
#[derive(Debug, Clone)]
pub struct Example {
    /// Index into `doc.sentences`.
    pub sentence: usize,
    pub kind: &'static str,
    pub features: Vec<String>,
    /// The rules coded an event of the type that is not negated,
    /// hypothetical or future.
    pub coded: bool,
    /// The rules coded nothing, but a trigger coded without their
    /// reporting filters gives such an event.
    pub rescuable: bool,
}

/// Training settings.
#[derive(Debug, Clone, Copy)]
pub struct TrainOptions {
    /// L2 penalty, per example.
    pub l2: f32,
    pub epochs: usize,
    /// Features seen in fewer training examples are left out.
    pub min_count: usize,
    /// Weight of a positive example (the classes are unbalanced).
    pub positive_weight: f32,
    /// Feature prefixes the model does not read (they get no weight).
    pub unread: &'static [&'static str],
}

impl Default for TrainOptions {
    fn default() -> Self {
        TrainOptions {
            l2: 1e-2,
            epochs: 300,
            min_count: 2,
            positive_weight: 1.0,
            unread: &[],
        }
    }
}

impl TrainOptions {
    /// The settings of `kind`'s model. PROTEST's does not read the
    /// trigger's own word (`t:`): with a few dozen reports to learn from,
    /// it weighed the protest nouns themselves against a report, as most
    /// sentences that name a protest in passing use them (5-fold CV over
    /// the GSR, three fold draws: F1 0.688 → 0.709 on average; ASSAULT,
    /// with five times the reports, is better with them).
    pub fn for_kind(kind: &str) -> TrainOptions {
        match kind {
            "PROTEST" => TrainOptions {
                unread: &["t:"],
                ..TrainOptions::default()
            },
            _ => TrainOptions::default(),
        }
    }
}

/// Trains a logistic regression on `(features, label)` pairs by full-batch
/// gradient descent (with AdaGrad steps), deterministic. The thresholds are
/// left at 0.5; the caller picks them.
pub fn train(data: &[(&[String], bool)], opts: &TrainOptions) -> KindModel {
    let mut count: FxHashMap<&str, usize> = FxHashMap::default();
    for (fs, _) in data {
        for f in fs.iter() {
            *count.entry(f.as_str()).or_default() += 1;
        }
    }
    let mut names: Vec<&str> = count
        .iter()
        .filter(|(f, &c)| c >= opts.min_count && !opts.unread.iter().any(|p| f.starts_with(p)))
        .map(|(f, _)| *f)
        .collect();
    names.sort_unstable();
    let index: FxHashMap<&str, usize> = names.iter().enumerate().map(|(i, f)| (*f, i)).collect();
    let rows: Vec<(Vec<usize>, f32, f32)> = data
        .iter()
        .map(|(fs, y)| {
            let mut ix: Vec<usize> = fs
                .iter()
                .filter_map(|f| index.get(f.as_str()).copied())
                .collect();
            ix.sort_unstable();
            ix.dedup();
            let weight = if *y { opts.positive_weight } else { 1.0 };
            (ix, if *y { 1.0 } else { 0.0 }, weight)
        })
        .collect();
    let n = rows.len().max(1) as f32;
    let mut w = vec![0f32; names.len()];
    let mut b = 0f32;
    let mut gw2 = vec![1e-8f32; names.len()];
    let mut gb2 = 1e-8f32;
    let rate = 0.5f32;
    let mut grad = vec![0f32; names.len()];
    for _ in 0..opts.epochs {
        grad.iter_mut().for_each(|g| *g = 0.0);
        let mut gb = 0f32;
        for (ix, y, weight) in &rows {
            let z = b + ix.iter().map(|&i| w[i]).sum::<f32>();
            let p = 1.0 / (1.0 + (-z).exp());
            let d = (p - y) * weight;
            gb += d;
            for &i in ix {
                grad[i] += d;
            }
        }
        for i in 0..w.len() {
            let g = grad[i] / n + opts.l2 * w[i];
            gw2[i] += g * g;
            w[i] -= rate * g / gw2[i].sqrt();
        }
        let g = gb / n;
        gb2 += g * g;
        b -= rate * g / gb2.sqrt();
    }
    let weights = names
        .iter()
        .zip(&w)
        .filter(|(_, w)| w.abs() >= 1e-3)
        .map(|(f, w)| (f.to_string(), *w))
        .collect();
    KindModel {
        bias: b,
        drop: 0.0,
        keep: 0.5,
        rescue: 0.5,
        weights,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn learns_a_separable_feature() {
        let f = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let yes = f(&["rule", "w:تظاهر"]);
        let no = f(&["rule", "w:ذكرى"]);
        let data: Vec<(&[String], bool)> = (0..10)
            .flat_map(|_| [(yes.as_slice(), true), (no.as_slice(), false)])
            .collect();
        let m = train(&data, &TrainOptions::default());
        assert!(m.probability(&yes) > 0.8, "{}", m.probability(&yes));
        assert!(m.probability(&no) < 0.2, "{}", m.probability(&no));
        // The TSV form reads back the same model.
        let mut model = Model::default();
        model.kinds.insert("PROTEST".into(), m.clone());
        let back = Model::parse(&model.to_tsv("test"));
        let b = back.kind("PROTEST").unwrap();
        assert!((b.probability(&yes) - m.probability(&yes)).abs() < 1e-3);
    }

    #[test]
    fn unread_features_get_no_weight() {
        let f = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let yes = f(&["rule", "t:تظاهر", "w:هتف"]);
        let no = f(&["rule", "t:مظاهرات", "w:ذكرى"]);
        let data: Vec<(&[String], bool)> = (0..10)
            .flat_map(|_| [(yes.as_slice(), true), (no.as_slice(), false)])
            .collect();
        let m = train(&data, &TrainOptions::for_kind("PROTEST"));
        assert!(m.weights.keys().all(|k| !k.starts_with("t:")));
        assert!(m.weights.contains_key("w:هتف"));
        let m = train(&data, &TrainOptions::for_kind("ASSAULT"));
        assert!(m.weights.contains_key("t:تظاهر"));
    }

    #[test]
    fn bundled_model_reads() {
        let m = model();
        for k in KINDS {
            let km = m.kind(k).expect("a model for every type");
            assert!(km.keep > 0.0 && km.keep < 1.0);
        }
    }
}
