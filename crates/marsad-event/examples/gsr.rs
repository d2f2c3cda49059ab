//! Event detection on the Arabic event GSR (openeventdata/arabic_event_gsr,
//! MIT licence): for ASSAULT and PROTEST, sentences labelled "yes" against
//! those labelled "easy no". A sentence is detected when the pipeline codes
//! an event of that type in it that is not negated, hypothetical or future.
//! Each sentence runs through the standard pipeline (times, quantities,
//! entities, quotes, events, with the learned detector of
//! `marsad_event::detect`) with the publication date its id carries.
//!
//! Records are sorted by id and split in two halves: the rules were
//! developed and the detector is trained on half A only; half B is held
//! out, so that its scores show whether they generalize.
//!
//! ```text
//! cargo run --release -p marsad-event --example gsr -- [DIR] [--errors] [--rule-errors] [--dump] [--half a|b]
//! cargo run --release -p marsad-event --example gsr -- --train      # rebuild data/detector.tsv from half A
//! cargo run --release -p marsad-event --example gsr -- --cv 5       # K-fold CV over all records (--errors: its errors)
//! cargo run --release -p marsad-event --example gsr -- --cv 5 --pool  # each type trained on both (feature augmentation)
//! ```
//!
//! DIR defaults to `../shared/data/events/arabic-event-gsr`. Without flags it
//! prints, per type and half, the pipeline's scores and those of the rules
//! alone. `--train` trains the detector on half A (yes against easy no, and
//! the ambiguous records most annotators accepted as positives too),
//! picks its thresholds by 5-fold cross-validation on half A, writes
//! `crates/marsad-event/data/detector.tsv`, and prints what that model
//! scores on half B from the features (rerun without `--train`, after
//! rebuilding, for the pipeline's own numbers). `--cv K` trains and scores
//! by K-fold cross-validation over both halves (folds by document), a
//! number about the method, not about the committed model; set `GSR_SEED`
//! to any text to draw other folds.

mod common;

use marsad_core::{Date, Document};
use marsad_event::detect::{self, Example, KindModel, Model, TrainOptions};

/// Splits one CSV record (RFC 4180 quotes) into fields.
fn fields(line: &str) -> Vec<String> {
    let mut out = vec![String::new()];
    let mut quoted = false;
    let mut chars = line.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                out.last_mut().unwrap().push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => out.push(String::new()),
            _ => out.last_mut().unwrap().push(c),
        }
    }
    out
}

/// CSV records, joining lines inside quoted fields.
fn records(text: &str) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    let mut buf = String::new();
    for line in text.lines().skip(1) {
        if !buf.is_empty() {
            buf.push('\n');
        }
        buf.push_str(line);
        if buf.matches('"').count() & 1 == 0 {
            out.push(fields(&buf));
            buf.clear();
        }
    }
    out
}

/// The publication date a Gigaword document id carries
/// (`AAW_ARB_20080913.0007-59` → 2008-09-13): document metadata, as
/// `published` is for `marsad extract`.
fn published(id: &str) -> Option<Date> {
    let digits = id.split('_').nth(2)?.get(..8)?;
    let n = |r: std::ops::Range<usize>| digits.get(r)?.parse::<u32>().ok();
    Date::new(n(0..4)? as i32, n(4..6)?, n(6..8)?)
}

/// The gold label of a record: yes, easy no, difficult no, ambiguous.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    Yes,
    EasyNo,
    DifficultNo,
    Ambiguous,
}

/// One GSR record after the pipeline ran on it.
struct Record {
    id: String,
    half: usize,
    label: Label,
    /// Annotators who accepted and rejected the sentence.
    votes: (u32, u32),
    sentence: String,
    /// The pipeline (with the bundled detector) found the event.
    found: bool,
    /// The rules alone found it.
    rules: bool,
    anchors: Vec<String>,
    /// The detector's sentences of this type.
    examples: Vec<Example>,
}

/// A stable fold for a document (records of one document stay together).
/// `GSR_SEED` (any text) draws other folds, to tell a change from fold noise
/// (about ±0.04 F1 for PROTEST, ±0.01 for ASSAULT).
fn fold(id: &str, k: usize) -> usize {
    fold_salted(id, k, "")
}

/// [`fold`] with `salt` added to the seed: the inner CV of [`fit`] draws
/// several fold assignments of the same records.
fn fold_salted(id: &str, k: usize, salt: &str) -> usize {
    let doc = id.split('-').next().unwrap_or(id);
    let mut h: u64 = 0xcbf29ce484222325;
    let seed = std::env::var("GSR_SEED").unwrap_or_default();
    for b in seed.bytes().chain(salt.bytes()).chain(doc.bytes()) {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x100000001b3);
    }
    (h % k as u64) as usize
}

/// (tp, fp, fn, tn) → P, R, F1.
fn prf(c: [usize; 4]) -> (f64, f64, f64) {
    let [tp, fp, fneg, _] = c;
    let p = tp as f64 / (tp + fp).max(1) as f64;
    let r = tp as f64 / (tp + fneg).max(1) as f64;
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

fn cell(gold: bool, found: bool) -> usize {
    match (gold, found) {
        (true, true) => 0,
        (false, true) => 1,
        (true, false) => 2,
        (false, false) => 3,
    }
}

/// Whether a model finds a record: a sentence whose rule-coded event it
/// keeps, or whose trigger it rescues (what `code_events` does).
fn decide(km: &KindModel, r: &Record) -> bool {
    r.examples.iter().any(|e| {
        let p = km.probability(&e.features);
        (e.coded && p >= km.keep) || (e.rescuable && p >= km.rescue)
    })
}

/// The records a model trains on: yes against easy no, and as positives
/// too the ambiguous records most annotators accepted (in the PROTEST file
/// "yes" needs every vote, and most of its ambiguous records carry gold
/// spans). Scoring reads yes and easy no only.
fn training_rows<'a>(recs: &[&'a Record]) -> Vec<(&'a [String], bool)> {
    let hard = std::env::var("HARD").is_ok();
    recs.iter()
        .filter(|r| {
            matches!(r.label, Label::Yes | Label::EasyNo)
                || (hard && r.label == Label::DifficultNo)
                || (r.label == Label::Ambiguous && r.votes.0 > r.votes.1)
        })
        .flat_map(|r| {
            let yes = r.label == Label::Yes || r.label == Label::Ambiguous;
            r.examples.iter().map(move |e| (e.features.as_slice(), yes))
        })
        .collect()
}

/// Scores of yes against easy no.
fn score(recs: &[&Record], found: impl Fn(&Record) -> bool) -> [usize; 4] {
    let mut c = [0usize; 4];
    for r in recs {
        let gold = match r.label {
            Label::Yes => true,
            Label::EasyNo => false,
            _ => continue,
        };
        c[cell(gold, found(r))] += 1;
    }
    c
}

/// A scored record's label: yes (true) or easy no (false); the others are
/// not scored.
fn gold_of(r: &Record) -> Option<bool> {
    match r.label {
        Label::Yes => Some(true),
        Label::EasyNo => Some(false),
        _ => None,
    }
}

/// Whether a record is detected at thresholds `keep` (rule-coded) and
/// `rescue` (left by the rules), given its examples' probabilities.
fn found_at(r: &Record, ps: &[f32], keep: f32, rescue: f32) -> bool {
    r.examples
        .iter()
        .zip(ps)
        .any(|(e, &p)| (e.coded && p >= keep) || (e.rescuable && p >= rescue))
}

/// The keep and rescue thresholds that give the best F1 on out-of-fold
/// probabilities (`probs[i]`: per example of record i), each cell's F1
/// averaged with its neighbours' on the grid: with few positives a lone peak
/// is noise, and a threshold inside a broad plateau holds on new text.
fn pick_thresholds(recs: &[&Record], probs: &[Vec<f32>]) -> (f32, f32, f64) {
    let grid: Vec<f32> = (2..20).map(|i| i as f32 * 0.05).collect();
    let n = grid.len();
    let f1 = |keep: f32, rescue: f32| {
        let mut c = [0usize; 4];
        for (r, ps) in recs.iter().zip(probs) {
            if let Some(gold) = gold_of(r) {
                c[cell(gold, found_at(r, ps, keep, rescue))] += 1;
            }
        }
        prf(c).2
    };
    // table[k][r], for rescue at or above keep.
    let table: Vec<Vec<Option<f64>>> = (0..n)
        .map(|k| {
            (0..n)
                .map(|r| (r >= k).then(|| f1(grid[k], grid[r])))
                .collect()
        })
        .collect();
    let mut best = (0.5, 0.5, -1.0, -1.0);
    for k in 0..n {
        for r in k..n {
            let mut sum = 0.0;
            let mut count = 0.0;
            for dk in [-1i32, 0, 1] {
                for dr in [-1i32, 0, 1] {
                    let (kk, rr) = (k as i32 + dk, r as i32 + dr);
                    if kk < 0 || rr < 0 || kk >= n as i32 || rr >= n as i32 {
                        continue;
                    }
                    if let Some(f) = table[kk as usize][rr as usize] {
                        sum += f;
                        count += 1.0;
                    }
                }
            }
            let smooth = sum / count;
            if smooth > best.3 + 1e-9 {
                best = (grid[k], grid[r], table[k][r].unwrap_or(0.0), smooth);
            }
        }
    }
    (best.0, best.1, best.2)
}

/// Trains the model of one type on its records and, pooled, on those of
/// the other type (`others`): each feature has a copy shared by both types
/// and one of its own type (`s:`, `o:`), so that what marks a real, current
/// report in either (dates, counts, modality, the rules' signals) is learnt
/// from both, and what is particular to a type from its own records
/// (Daumé's feature augmentation). The model keeps the shared weights plus
/// its own type's; the other type's are left out. Without `others`, plain
/// training.
fn train_pooled(recs: &[&Record], others: &[&Record], opts: &TrainOptions) -> KindModel {
    if others.is_empty() {
        return detect::train(&training_rows(recs), opts);
    }
    let augment = |rows: Vec<(&[String], bool)>, tag: &str| -> Vec<(Vec<String>, bool)> {
        rows.into_iter()
            .map(|(fs, y)| {
                let mut v: Vec<String> = fs.to_vec();
                v.extend(fs.iter().map(|f| format!("{tag}{f}")));
                v.push(format!("{tag}#bias"));
                (v, y)
            })
            .collect()
    };
    let mut rows = augment(training_rows(recs), "s:");
    rows.extend(augment(training_rows(others), "o:"));
    let data: Vec<(&[String], bool)> = rows.iter().map(|(v, y)| (v.as_slice(), *y)).collect();
    let joint = detect::train(&data, opts);
    let mut m = KindModel {
        bias: joint.bias,
        ..KindModel::default()
    };
    for (f, w) in &joint.weights {
        if f.starts_with("o:") {
            continue;
        }
        match f.strip_prefix("s:") {
            Some("#bias") => m.bias += w,
            Some(base) => *m.weights.entry(base.to_string()).or_default() += w,
            None => *m.weights.entry(f.clone()).or_default() += w,
        }
    }
    m
}

/// Out-of-fold probabilities by K-fold CV (folds by document; the other
/// type's records of a held-out fold are left out of its training too).
fn out_of_fold(
    recs: &[&Record],
    others: &[&Record],
    k: usize,
    opts: &TrainOptions,
) -> Vec<Vec<f32>> {
    out_of_fold_salted(recs, others, k, opts, "")
}

/// [`out_of_fold`] with the folds of [`fold_salted`].
fn out_of_fold_salted(
    recs: &[&Record],
    others: &[&Record],
    k: usize,
    opts: &TrainOptions,
    salt: &str,
) -> Vec<Vec<f32>> {
    let mut probs: Vec<Vec<f32>> = recs.iter().map(|r| vec![0.0; r.examples.len()]).collect();
    for f in 0..k {
        let train: Vec<&Record> = recs
            .iter()
            .filter(|r| fold_salted(&r.id, k, salt) != f)
            .copied()
            .collect();
        let other: Vec<&Record> = others
            .iter()
            .filter(|r| fold_salted(&r.id, k, salt) != f)
            .copied()
            .collect();
        let m = train_pooled(&train, &other, opts);
        for (i, r) in recs.iter().enumerate() {
            if fold_salted(&r.id, k, salt) == f {
                probs[i] = r
                    .examples
                    .iter()
                    .map(|e| m.probability(&e.features))
                    .collect();
            }
        }
    }
    probs
}

/// Trains on `recs` with thresholds from inner CV.
fn fit(recs: &[&Record], others: &[&Record], opts: &TrainOptions) -> (KindModel, f64) {
    // Thresholds from three draws of the folds together: one draw moves
    // them by a grid step or two.
    let salts = ["", "2", "3"];
    let mut probs = Vec::new();
    for salt in salts {
        probs.extend(out_of_fold_salted(recs, others, 5, opts, salt));
    }
    let drawn: Vec<&Record> = salts.iter().flat_map(|_| recs.iter().copied()).collect();
    let (keep, rescue, f) = pick_thresholds(&drawn, &probs);
    // Drop only what no true report scores: half the lowest out-of-fold
    // probability of a yes record with a rule-coded event (the median of
    // the draws' lowest: one unlucky draw would let talk of violence in).
    let mut lows: Vec<f32> = probs
        .chunks(recs.len().max(1))
        .map(|draw| {
            recs.iter()
                .zip(draw)
                .filter(|(r, _)| r.label == Label::Yes)
                .filter_map(|(r, ps)| {
                    r.examples
                        .iter()
                        .zip(ps)
                        .filter(|(e, _)| e.coded)
                        .map(|(_, &p)| p)
                        .reduce(f32::max)
                })
                .reduce(f32::min)
                .unwrap_or(0.0)
        })
        .collect();
    lows.sort_by(f32::total_cmp);
    let lowest = lows.get(lows.len() / 2).copied().unwrap_or(0.0);
    let drop = ((lowest / 2.0) * 100.0).floor() / 100.0;
    let mut m = train_pooled(recs, others, opts);
    m.drop = drop;
    m.keep = keep;
    m.rescue = rescue;
    (m, f)
}

/// Yes records, those with a trigger of the type, and those the rules or
/// the relaxed coding give an event.
fn coverage(recs: &[&Record]) -> (usize, usize, usize) {
    let yes: Vec<&&Record> = recs.iter().filter(|r| r.label == Label::Yes).collect();
    let cand = yes.iter().filter(|r| !r.examples.is_empty()).count();
    let codable = yes
        .iter()
        .filter(|r| r.examples.iter().any(|e| e.coded || e.rescuable))
        .count();
    (yes.len(), cand, codable)
}

/// Candidate coverage and inner-CV F1 on half A for a grid of settings
/// (model selection never looks at half B).
fn explore(kind: &str, a: &[&Record], others: &[&Record]) {
    let (yes, cand, resc) = coverage(a);
    println!("{kind} A: yes={yes} with a trigger={cand} codable={resc}");
    if std::env::args().any(|a| a == "--oof") {
        let opts = TrainOptions::for_kind(kind);
        let probs = out_of_fold(a, others, 5, &opts);
        let (keep, rescue, f) = pick_thresholds(a, &probs);
        println!("keep {keep} rescue {rescue} F1 {f:.3}");
        for (r, ps) in a.iter().zip(&probs) {
            let Some(gold) = gold_of(r) else { continue };
            if gold != found_at(r, ps, keep, rescue) {
                let ps: Vec<String> = r
                    .examples
                    .iter()
                    .zip(ps)
                    .map(|(e, p)| {
                        format!(
                            "{}{}{p:.2}",
                            if e.coded { "C" } else { "" },
                            if e.rescuable { "R" } else { "" }
                        )
                    })
                    .collect();
                let s: String = r.sentence.chars().take(220).collect();
                println!("OOF {} {ps:?} {s}", if gold { "MISS" } else { "FALSE" });
            }
        }
        return;
    }
    for l2 in [1e-3f32, 3e-3, 1e-2, 3e-2] {
        for min_count in [1usize, 2, 3] {
            for positive_weight in [1.0f32, 2.0, 4.0] {
                let opts = TrainOptions {
                    l2,
                    min_count,
                    positive_weight,
                    ..TrainOptions::for_kind(kind)
                };
                let probs = out_of_fold(a, others, 5, &opts);
                let (k, r, f) = pick_thresholds(a, &probs);
                println!("{kind} l2={l2} min={min_count} pos={positive_weight}: keep {k:.2} rescue {r:.2} F1 {f:.3}");
            }
        }
    }
}

fn arg_value<'a>(args: &'a [String], name: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == name)
        .and_then(|i| args.get(i + 1))
        .map(|s| s.as_str())
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    // The first argument that is neither a flag nor a flag's value.
    let dir = args
        .iter()
        .enumerate()
        .find(|(i, a)| {
            !a.starts_with("--") && (*i == 0 || !matches!(args[i - 1].as_str(), "--half" | "--cv"))
        })
        .map(|(_, a)| a.clone())
        .unwrap_or_else(|| {
            concat!(
                env!("CARGO_MANIFEST_DIR"),
                "/../../../shared/data/events/arabic-event-gsr"
            )
            .into()
        });
    let errors = args.iter().any(|a| a == "--errors");
    // --rule-errors: the records the rules alone get wrong.
    let rule_errors = args.iter().any(|a| a == "--rule-errors");
    // --dump: every scored record as a TSV line (half, type, label, found,
    // anchors, sentence), for studying the rules.
    let dump = args.iter().any(|a| a == "--dump");
    let train = args.iter().any(|a| a == "--train");
    let cv: Option<usize> = arg_value(&args, "--cv").and_then(|k| k.parse().ok());
    let only = arg_value(&args, "--half").map(|h| h.to_ascii_uppercase());
    // The standard pipeline (as `marsad extract` runs it): events read
    // times, quantities, linked entities and quotes.
    let pipeline = common::layers_before_events().with(marsad_event::EventLayer::new());
    let mut trained = Model::default();
    // --pool: train each type's detector on the other type's records too
    // (see `train_pooled`).
    let pool = args.iter().any(|a| a == "--pool");
    // Each type's records, with the first id of its half B.
    let mut loaded: Vec<(&str, Vec<Record>, String)> = Vec::new();
    for (file, kind) in [
        ("assault_gsr.dev.csv", "ASSAULT"),
        ("protest_gsr.dev.csv", "PROTEST"),
    ] {
        let path = format!("{dir}/{file}");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipping {kind}: {path} not found");
            continue;
        };
        let mut rows = records(&text);
        rows.sort_by(|a, b| a[0].cmp(&b[0]));
        let half = rows.len() / 2;
        let split = rows.get(half).map_or(String::new(), |r| r[0].clone());
        let mut recs: Vec<Record> = Vec::new();
        for (n, r) in rows.iter().enumerate() {
            // id, event_type, label, accept, reject, total, text
            let (Some(label), Some(sentence)) = (r.get(2), r.get(6)) else {
                continue;
            };
            let label = match label.as_str() {
                "yes" => Label::Yes,
                "easy no" => Label::EasyNo,
                "difficult no" => Label::DifficultNo,
                _ => Label::Ambiguous,
            };
            let h = usize::from(n >= half);
            if only.as_deref().is_some_and(|o| o != ["A", "B"][h]) {
                continue;
            }
            let mut doc =
                Document::new(r[0].clone(), sentence.clone()).with_published(published(&r[0]));
            pipeline.run(&mut doc);
            let live = |m: &str| !matches!(m, "negated" | "hypothetical" | "future");
            let found = marsad_event::code_events(&doc).iter().any(|e| {
                e.kind == kind && live(e.modality.as_str()) && marsad_event::detect::detected(e)
            });
            let rules = marsad_event::code_events_rules(&doc)
                .iter()
                .any(|e| e.kind == kind && live(e.modality.as_str()));
            let anchors = doc
                .events
                .iter()
                .filter(|e| e.kind == kind)
                .map(|e| doc.slice(e.span).to_string())
                .collect();
            let mut examples: Vec<Example> = marsad_event::detector_examples(&doc)
                .into_iter()
                .filter(|e| e.kind == kind)
                .collect();
            if let Ok(ex) = std::env::var("EXCLUDE") {
                for e in &mut examples {
                    e.features
                        .retain(|f| !ex.split(',').any(|p| !p.is_empty() && f.starts_with(p)));
                }
            }
            recs.push(Record {
                id: r[0].clone(),
                half: h,
                label,
                votes: (
                    r.get(3).and_then(|v| v.parse().ok()).unwrap_or(0),
                    r.get(4).and_then(|v| v.parse().ok()).unwrap_or(0),
                ),
                sentence: sentence.clone(),
                found,
                rules,
                anchors,
                examples,
            });
        }
        loaded.push((kind, recs, split));
    }
    for (ti, (kind, recs, split)) in loaded.iter().enumerate() {
        let kind = *kind;
        // The other type's records (yes and easy no are what training
        // reads): for half A only those with ids before this type's half B,
        // so that no held-out document trains it.
        let others_all: Vec<&Record> = if pool {
            loaded
                .iter()
                .enumerate()
                .filter(|(oi, _)| *oi != ti)
                .flat_map(|(_, (_, rs, _))| rs.iter())
                .collect()
        } else {
            Vec::new()
        };
        let others_a: Vec<&Record> = others_all
            .iter()
            .filter(|r| r.id.as_str() < split.as_str())
            .copied()
            .collect();
        for r in recs {
            let gold = match r.label {
                Label::Yes => true,
                Label::EasyNo => false,
                _ => continue,
            };
            if dump {
                // The bundled detector's highest probability over the
                // record's sentences of the type (rule-coded or not).
                let p = detect::model().kind(kind).map_or(0.0, |km| {
                    r.examples
                        .iter()
                        .map(|e| km.probability(&e.features))
                        .fold(0.0, f32::max)
                });
                println!(
                    "DUMP\t{}\t{kind}\t{gold}\t{}\t{p:.3}\t{}\t{}",
                    ["A", "B"][r.half],
                    r.found,
                    r.anchors.join("|"),
                    r.sentence.replace(['\n', '\t'], " ")
                );
            }
            if rule_errors && gold != r.rules {
                println!(
                    "RULES {} {kind} {:?}: {}",
                    if gold { "MISS" } else { "FALSE" },
                    r.anchors,
                    r.sentence
                );
            }
            if errors && gold != r.found {
                println!(
                    "{} {kind} {:?}: {}",
                    if gold { "MISS" } else { "FALSE" },
                    r.anchors,
                    r.sentence
                );
            }
        }
        let by_half = |h: Option<usize>| -> Vec<&Record> {
            recs.iter()
                .filter(|r| h.is_none_or(|h| r.half == h))
                .collect()
        };
        let line = |what: &str, name: &str, c: [usize; 4]| {
            let [tp, fp, fneg, tn] = c;
            if tp + fp + fneg + tn == 0 {
                return;
            }
            let (p, r, f) = prf(c);
            println!(
                "{kind:8} {name:3} {what:9} yes={} easy-no={} tp={tp} fp={fp} fn={fneg} tn={tn} P={p:.3} R={r:.3} F1={f:.3}",
                tp + fneg,
                fp + tn
            );
        };
        for (name, h) in [("A", Some(0)), ("B", Some(1)), ("all", None)] {
            let rs = by_half(h);
            line("pipeline", name, score(&rs, |r| r.found));
            line("rules", name, score(&rs, |r| r.rules));
        }
        if args.iter().any(|a| a == "--explore") {
            explore(kind, &by_half(Some(0)), &others_a);
            let b = by_half(Some(1));
            let (yes, cand, codable) = coverage(&b);
            println!("{kind} B: yes={yes} with a trigger={cand} codable={codable}");
        }
        if train {
            let a = by_half(Some(0));
            let (m, f) = fit(&a, &others_a, &TrainOptions::for_kind(kind));
            println!(
                "{kind:8} trained on A: {} features, drop {:.2}, keep {:.2}, rescue {:.2}, inner CV F1 on A {f:.3}",
                m.weights.len(),
                m.drop,
                m.keep,
                m.rescue
            );
            let b = by_half(Some(1));
            line("new on B", "B", score(&b, |r| decide(&m, r)));
            trained.kinds.insert(kind.to_string(), m);
        }
        if let Some(k) = cv {
            // K-fold CV over all records: thresholds from inner CV on each
            // training part.
            let all = by_half(None);
            let mut found = vec![false; all.len()];
            for f in 0..k {
                let tr: Vec<&Record> = all
                    .iter()
                    .filter(|r| fold(&r.id, k) != f)
                    .copied()
                    .collect();
                let other: Vec<&Record> = others_all
                    .iter()
                    .filter(|r| fold(&r.id, k) != f)
                    .copied()
                    .collect();
                let (m, _) = fit(&tr, &other, &TrainOptions::for_kind(kind));
                for (i, r) in all.iter().enumerate() {
                    if fold(&r.id, k) == f {
                        found[i] = decide(&m, r);
                    }
                }
            }
            let mut c = [0usize; 4];
            for (r, &fd) in all.iter().zip(&found) {
                let gold = match r.label {
                    Label::Yes => true,
                    Label::EasyNo => false,
                    _ => continue,
                };
                if errors && gold != fd {
                    println!(
                        "CV {} {kind} {:?}: {}",
                        if gold { "MISS" } else { "FALSE" },
                        r.anchors,
                        r.sentence
                    );
                }
                match r.label {
                    Label::Yes => c[cell(true, fd)] += 1,
                    Label::EasyNo => c[cell(false, fd)] += 1,
                    _ => {}
                }
            }
            line(&format!("{k}-fold CV"), "all", c);
        }
    }
    if train {
        let path = concat!(env!("CARGO_MANIFEST_DIR"), "/data/detector.tsv");
        let header = "Marsad's ASSAULT/PROTEST sentence detector (see src/detect.rs): logistic\n\
            regression weights trained by Marsad's own code on its features of the\n\
            Arabic event GSR (openeventdata/arabic_event_gsr, MIT licence), half A.\n\
            Rebuild: cargo run --release -p marsad-event --example gsr -- --train\n\
            TYPE <TAB> feature <TAB> weight; #drop, #keep and #rescue are probability thresholds.";
        std::fs::write(path, trained.to_tsv(header)).expect("writing detector.tsv");
        eprintln!("wrote {path}");
    }
}
