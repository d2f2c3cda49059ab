//! The second pass: what the first pass said about the same word elsewhere.
//!
//! News repeats its names: a player named six times in a report is often
//! found in some sentences and missed in others. After a first pass over
//! the sentences of a document (or of a window of neighbouring sentences),
//! each token gets features from the first-pass labels of the other tokens
//! with its stem: tagged B-PERS twice, I-ORG once, O never, and so on. The
//! second pass adds their weights to the first pass's scores and decodes
//! again. Its weights are trained on first-pass labels of the training data
//! from models that did not see those sentences (jackknifing), so they
//! learn how far to trust them.

use crate::hash::feature;
use crate::label::NUM_LABELS;
use rustc_hash::FxHashMap as HashMap;

// Template numbers, after those of `features`.
const T_MEM_LABEL: u32 = 60;
const T_MEM_ONLY_O: u32 = 61;
const T_MEM_MAJ: u32 = 62;
const T_MEM_SHARE: u32 = 63;
const T_MEM_BIAS: u32 = 64;

/// Label counts of one stem.
pub(crate) type Counts = [u16; NUM_LABELS];

fn bucket(n: u16) -> u64 {
    match n {
        0 => 0,
        1 => 1,
        2 => 2,
        3..=5 => 3,
        _ => 4,
    }
}

/// The memory features of a token whose stem has `others` first-pass
/// labels elsewhere and whose own first-pass label is `own`.
pub(crate) fn features(others: &Counts, own: usize, out: &mut Vec<u64>) {
    out.clear();
    out.push(feature(T_MEM_BIAS, own as u64));
    let o = others[0];
    let ent: u16 = others[1..].iter().sum();
    if ent == 0 {
        if o > 0 {
            out.push(feature(T_MEM_ONLY_O, bucket(o) << 4 | own as u64));
        }
        return;
    }
    let mut maj = 1;
    for j in 1..NUM_LABELS {
        if others[j] > 0 {
            out.push(feature(T_MEM_LABEL, (j as u64) << 4 | bucket(others[j])));
        }
        if others[j] > others[maj] {
            maj = j;
        }
    }
    // The kind most often given, whatever the position (B or I).
    let kinds: [u16; 4] = std::array::from_fn(|k| others[1 + 2 * k] + others[2 + 2 * k]);
    let mut kmaj = 0;
    for k in 1..4 {
        if kinds[k] > kinds[kmaj] {
            kmaj = k;
        }
    }
    out.push(feature(T_MEM_MAJ, (maj as u64) << 4 | own as u64));
    let share = (4 * ent as u32 / (ent as u32 + o as u32)).min(3) as u64;
    out.push(feature(T_MEM_SHARE, (kmaj as u64) << 4 | share));
}

/// First-pass label counts of stems over a sliding window of sentences.
#[derive(Default)]
pub(crate) struct Window {
    counts: HashMap<u64, Counts>,
}

impl Window {
    pub fn add(&mut self, stems: &[u64], labels: &[usize]) {
        for (s, &l) in stems.iter().zip(labels) {
            let c = self.counts.entry(*s).or_insert([0; NUM_LABELS]);
            c[l] = c[l].saturating_add(1);
        }
    }

    pub fn remove(&mut self, stems: &[u64], labels: &[usize]) {
        for (s, &l) in stems.iter().zip(labels) {
            if let Some(c) = self.counts.get_mut(s) {
                c[l] = c[l].saturating_sub(1);
            }
        }
    }

    /// The counts of `stem` without one occurrence labeled `own`.
    pub fn others(&self, stem: u64, own: usize) -> Counts {
        let mut c = self.counts.get(&stem).copied().unwrap_or([0; NUM_LABELS]);
        c[own] = c[own].saturating_sub(1);
        c
    }
}

/// Walks `ranges` (sentences, in order) keeping `window` sentences on each
/// side counted, and calls `visit(sentence index, window)` for each.
pub(crate) fn sweep(
    ranges: &[std::ops::Range<usize>],
    stems: &[u64],
    first: &[usize],
    window: usize,
    mut visit: impl FnMut(usize, &Window),
) {
    let mut w = Window::default();
    let n = ranges.len();
    let mut added = 0; // sentences [removed, added) are counted
    let mut removed = 0;
    for j in 0..n {
        let hi = (j + window + 1).min(n);
        while added < hi {
            let r = ranges[added].clone();
            w.add(&stems[r.clone()], &first[r]);
            added += 1;
        }
        while removed + window < j {
            let r = ranges[removed].clone();
            w.remove(&stems[r.clone()], &first[r]);
            removed += 1;
        }
        visit(j, &w);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn window_counts_exclude_far_sentences_and_self() {
        // Three one-token sentences of the same stem: B-PERS, O, B-LOC.
        let ranges = [0..1, 1..2, 2..3];
        let stems = [7u64, 7, 7];
        let first = [1usize, 0, 3];
        let mut seen = Vec::new();
        sweep(&ranges, &stems, &first, 1, |j, w| {
            seen.push(w.others(7, first[j]));
        });
        assert_eq!(seen[0][..4], [1, 0, 0, 0]); // only sentence 1 is near
        assert_eq!(seen[1][..4], [0, 1, 0, 1]);
        assert_eq!(seen[2][..4], [1, 0, 0, 0]);
        let mut f = Vec::new();
        features(&seen[1], 0, &mut f);
        assert!(f.len() >= 3 && f.iter().all(|&x| x != 0));
    }
}
