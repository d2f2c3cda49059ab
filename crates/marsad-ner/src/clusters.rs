//! Word clusters learned from unlabeled news text.
//!
//! ANERcorp has 125k words, so most names in new text were never seen in
//! training. Words used in the same contexts (جوزيه beside مدرب، قال، فريق)
//! land in one cluster, and cluster features let the tagger carry what it
//! learned about seen names over to unseen ones. Each word (its clitic-
//! stripped stem) gets a vector of positive PMI with the frequent words at
//! positions −2…+2, randomly projected to a few dozen dimensions; spherical
//! k-means then gives a coarse and a fine cluster id. Only the stems' hashes
//! and ids go into the model, never the text.

use crate::error::NerError;
use crate::hash::{fnv, mix};
use marsad_core::TokenKind;
use rustc_hash::FxHashMap as HashMap;
use std::path::Path;

/// Cluster ids of stems, by the stem's hash, and the lexicon
/// ([`crate::lexicon`]): what unlabeled text says about each word.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Clusters {
    pub(crate) map: HashMap<u64, (u16, u16)>,
    /// What a tagger said about each stem across unlabeled text
    /// ([`crate::lexicon`]): a code by stem hash.
    pub(crate) lex: HashMap<u64, u32>,
}

/// Settings of [`Clusters::learn`]. Defaults are those the bundled model used.
#[derive(Debug, Clone)]
pub struct ClusterOptions {
    /// Stems seen fewer times get no cluster.
    pub min_count: u32,
    /// At most this many stems (the most frequent) are clustered.
    pub max_words: usize,
    /// The most frequent stems serve as contexts.
    pub contexts: usize,
    /// Dimensions of the random projection.
    pub dims: usize,
    pub coarse: usize,
    pub fine: usize,
    pub iterations: usize,
    pub seed: u64,
}

impl Default for ClusterOptions {
    fn default() -> ClusterOptions {
        ClusterOptions {
            min_count: 8,
            max_words: 40_000,
            contexts: 1_500,
            dims: 96,
            coarse: 48,
            fine: 320,
            iterations: 8,
            seed: 0x0063_6c75_7374_6572,
        }
    }
}

/// The stand-in for every number, so that digits do not fill the vocabulary.
const NUM: u64 = 0x004e_554d;

/// Positions of context words around a target.
const OFFSETS: [isize; 4] = [-2, -1, 1, 2];

impl Clusters {
    pub fn new() -> Clusters {
        Clusters::default()
    }

    pub fn len(&self) -> usize {
        self.map.len()
    }

    pub fn is_empty(&self) -> bool {
        self.map.is_empty()
    }

    /// The lexicon code of a stem hash (0: none).
    #[inline]
    pub(crate) fn lex(&self, stem_hash: u64) -> u32 {
        if self.lex.is_empty() {
            return 0;
        }
        self.lex.get(&stem_hash).copied().unwrap_or(0)
    }

    /// The clusters alone, without the lexicon.
    pub fn without_lexicon(&self) -> Clusters {
        Clusters {
            map: self.map.clone(),
            lex: HashMap::default(),
        }
    }

    /// Number of lexicon entries (stems and stem pairs).
    pub fn lexicon_len(&self) -> usize {
        self.lex.len()
    }

    /// The (coarse, fine) cluster of a stem hash.
    #[inline]
    pub(crate) fn get(&self, stem_hash: u64) -> Option<(u16, u16)> {
        self.map.get(&stem_hash).copied()
    }

    /// The (coarse, fine) cluster of a word in matching form, if it has one.
    pub fn of_stem(&self, stem: &str) -> Option<(u16, u16)> {
        self.get(fnv(stem.as_bytes()))
    }

    /// Learns clusters from raw texts (tokenized here as the text layer does).
    pub fn learn<'a>(texts: impl IntoIterator<Item = &'a str>, opts: &ClusterOptions) -> Clusters {
        // Stems as dense ids, and each text as a sequence of ids.
        let mut ids: HashMap<u64, u32> = HashMap::default();
        let mut hashes: Vec<u64> = Vec::new();
        let mut freq: Vec<u32> = Vec::new();
        let mut seqs: Vec<Vec<u32>> = Vec::new();
        let (mut toks, mut norm) = (Vec::new(), String::new());
        for text in texts {
            toks.clear();
            norm.clear();
            marsad_text::tokenize::tokenize_into(text, &mut toks, &mut norm);
            let seq = toks
                .iter()
                .map(|t| {
                    let h = match t.kind {
                        TokenKind::Number => NUM,
                        _ => fnv(&norm.as_bytes()[t.stem.start as usize..t.stem.end as usize]),
                    };
                    let id = *ids.entry(h).or_insert_with(|| {
                        hashes.push(h);
                        freq.push(0);
                        hashes.len() as u32 - 1
                    });
                    freq[id as usize] += 1;
                    id
                })
                .collect();
            seqs.push(seq);
        }
        let mut by_freq: Vec<u32> = (0..hashes.len() as u32).collect();
        by_freq
            .sort_unstable_by_key(|&i| (std::cmp::Reverse(freq[i as usize]), hashes[i as usize]));
        // Context dimension of each id per position: one of the frequent, or "rare".
        let nctx = opts.contexts.min(by_freq.len());
        let mut ctx = vec![nctx as u32; hashes.len()];
        for (rank, &i) in by_freq.iter().take(nctx).enumerate() {
            ctx[i as usize] = rank as u32;
        }
        let mut target = vec![u32::MAX; hashes.len()];
        let targets: Vec<u32> = by_freq
            .iter()
            .copied()
            .filter(|&i| freq[i as usize] >= opts.min_count && hashes[i as usize] != NUM)
            .take(opts.max_words)
            .collect();
        for (t, &i) in targets.iter().enumerate() {
            target[i as usize] = t as u32;
        }
        let width = (nctx + 1) as u32;
        let mut counts: Vec<HashMap<u32, u32>> = vec![HashMap::default(); targets.len()];
        for seq in &seqs {
            for (p, &id) in seq.iter().enumerate() {
                let t = target[id as usize];
                if t == u32::MAX {
                    continue;
                }
                for (k, off) in OFFSETS.iter().enumerate() {
                    let q = p as isize + off;
                    if q < 0 || q as usize >= seq.len() {
                        continue;
                    }
                    let dim = k as u32 * width + ctx[seq[q as usize] as usize];
                    *counts[t as usize].entry(dim).or_insert(0) += 1;
                }
            }
        }
        drop(seqs);
        // Positive PMI, projected onto random ±1 directions.
        let mut dim_total = vec![0f64; OFFSETS.len() * width as usize];
        let mut total = 0f64;
        for c in &counts {
            for (&d, &n) in c {
                dim_total[d as usize] += n as f64;
                total += n as f64;
            }
        }
        let k = opts.dims;
        let mut vecs = vec![0f32; targets.len() * k];
        for (t, c) in counts.iter().enumerate() {
            let row_total: f64 = c.values().map(|&n| n as f64).sum();
            let v = &mut vecs[t * k..(t + 1) * k];
            let mut entries: Vec<(u32, u32)> = c.iter().map(|(&d, &n)| (d, n)).collect();
            entries.sort_unstable();
            for (d, n) in entries {
                let pmi = ((n as f64 * total) / (row_total * dim_total[d as usize])).ln();
                if pmi <= 0.0 {
                    continue;
                }
                let mut bits = mix(opts.seed ^ (d as u64 + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15));
                for (j, x) in v.iter_mut().enumerate() {
                    if j % 64 == 0 && j > 0 {
                        bits = mix(bits);
                    }
                    let sign = if bits >> (j % 64) & 1 == 1 { 1.0 } else { -1.0 };
                    *x += sign * pmi as f32;
                }
            }
            normalize(v);
        }
        let coarse = kmeans(&vecs, k, opts.coarse, opts.iterations, opts.seed);
        let fine = kmeans(
            &vecs,
            k,
            opts.fine,
            opts.iterations,
            opts.seed.wrapping_add(1),
        );
        let map = targets
            .iter()
            .enumerate()
            .map(|(t, &i)| (hashes[i as usize], (coarse[t], fine[t])))
            .collect();
        Clusters {
            map,
            lex: HashMap::default(),
        }
    }
}

fn normalize(v: &mut [f32]) {
    let n = v.iter().map(|x| x * x).sum::<f32>().sqrt();
    if n > 0.0 {
        v.iter_mut().for_each(|x| *x /= n);
    }
}

/// Spherical k-means over unit rows of `vecs` (`k` wide); returns each row's cluster.
fn kmeans(vecs: &[f32], k: usize, clusters: usize, iterations: usize, seed: u64) -> Vec<u16> {
    let n = vecs.len() / k.max(1);
    let clusters = clusters.min(n).max(1);
    // Seeds: rows spread over the frequency ranking by a seeded stride.
    let mut cent = vec![0f32; clusters * k];
    for c in 0..clusters {
        let r = (mix(seed.wrapping_add(c as u64)) % n as u64) as usize;
        cent[c * k..(c + 1) * k].copy_from_slice(&vecs[r * k..(r + 1) * k]);
    }
    let mut assign = vec![0u16; n];
    for _ in 0..iterations {
        for (i, a) in assign.iter_mut().enumerate() {
            let v = &vecs[i * k..(i + 1) * k];
            let mut best = (f32::NEG_INFINITY, 0);
            for c in 0..clusters {
                let dot: f32 = cent[c * k..(c + 1) * k]
                    .iter()
                    .zip(v)
                    .map(|(a, b)| a * b)
                    .sum();
                if dot > best.0 {
                    best = (dot, c);
                }
            }
            *a = best.1 as u16;
        }
        let mut sums = vec![0f32; clusters * k];
        for (i, &a) in assign.iter().enumerate() {
            for (s, x) in sums[a as usize * k..(a as usize + 1) * k]
                .iter_mut()
                .zip(&vecs[i * k..(i + 1) * k])
            {
                *s += x;
            }
        }
        for c in 0..clusters {
            let s = &mut sums[c * k..(c + 1) * k];
            if s.iter().any(|&x| x != 0.0) {
                normalize(s);
                cent[c * k..(c + 1) * k].copy_from_slice(s);
            }
        }
    }
    assign
}

/// Texts of an unlabeled corpus: for a `.jsonl` file the `title` and `text`
/// fields of each line, otherwise each non-empty line.
pub fn read_texts(path: &Path) -> Result<Vec<String>, NerError> {
    let data = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    let jsonl = path.extension().is_some_and(|e| e == "jsonl");
    let mut out = Vec::new();
    for (i, line) in data.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        if !jsonl {
            out.push(line.to_string());
            continue;
        }
        let v: serde_json::Value = serde_json::from_str(line).map_err(|e| NerError::Parse {
            path: path.to_path_buf(),
            line: i + 1,
            message: e.to_string(),
        })?;
        for field in ["title", "text"] {
            if let Some(s) = v.get(field).and_then(|s| s.as_str()) {
                out.push(s.to_string());
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_the_same_contexts_share_a_cluster() {
        let mut texts = Vec::new();
        let people = ["احمد", "محمد", "خالد", "سعيد"];
        let places = ["بغداد", "دمشق", "القاهره", "عمان"];
        for i in 0..40 {
            let p = people[i % 4];
            let q = places[(i / 4) % 4];
            texts.push(format!("قال السيد {p} امس في مدينة {q} ان الوضع هادي"));
            texts.push(format!("وصل {p} الى {q} اليوم"));
        }
        let opts = ClusterOptions {
            min_count: 5,
            coarse: 3,
            fine: 6,
            ..ClusterOptions::default()
        };
        let c = Clusters::learn(texts.iter().map(String::as_str), &opts);
        let fine = |w: &str| c.of_stem(w).unwrap().1;
        assert_eq!(fine("احمد"), fine("خالد"));
        assert_eq!(fine("دمشق"), fine("بغداد"));
        assert_ne!(fine("احمد"), fine("دمشق"));
        // The article is off the stem: القاهره is looked up as قاهره.
        assert!(c.of_stem("قاهره").is_some());
        assert!(c.of_stem("نادر").is_none());
    }
}
