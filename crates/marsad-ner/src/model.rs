//! The trained model: feature weights, label transitions, gazetteer hashes,
//! Viterbi decoding, and the model file format.
//!
//! # File format (version 3, little-endian)
//!
//! ```text
//! magic    8 bytes  "MRSDNER\0"
//! version  u32      3 (also covers the feature templates and hashes)
//! labels   u32      9 (O, B/I × PERS LOC ORG MISC, in `Label::ALL` order)
//! scale    f32      weight = i16 × scale
//! start    9 × i16  score of each label at the sentence start
//! trans    81 × i16 score of label j after label i, at 9 × i + j
//! gazetteer  u32 max_words, u32 n, then n × (u64 phrase hash, u8 kind bits)
//! clusters u32 n, then n × (u64 stem hash, u16 coarse, u16 fine)
//! lexicon  u32 n, then n × (u64 stem hash, u32 code) (see `lexicon`)
//! features u32 n, then n × (u64 id, u16 bits of labels with a weight,
//!          one i16 per set bit)
//! window   u32      sentences on each side the second pass reads
//! start2   9 × i16  the second pass's start and transition scores
//! trans2   81 × i16
//! memory   u32 n, then n × feature entries as above (the second pass)
//! checksum u64      FNV-1a of every byte before it
//! ```
//!
//! Entries are sorted by hash, so the same training gives the same bytes.
//! Forbidden IOB2 transitions are not stored: decoding always enforces them.

use crate::clusters::Clusters;
use crate::error::NerError;
use crate::features::{
    base_of, extract, neighbour_features, Base, Features, FormCache, Prepared, TokenView, BOS, EOS,
    M1, M2, NEIGHBOUR_PLACES, P1, P2,
};
use crate::gazetteer::Gazetteers;
use crate::hash::fnv;
use crate::label::{Label, NUM_LABELS};
use std::path::Path;
use std::sync::OnceLock;

const MAGIC: &[u8; 8] = b"MRSDNER\0";
const VERSION: u32 = 3;

/// Scores of the nine labels.
pub(crate) type Row = [f32; NUM_LABELS];

/// Feature weights in an open-addressing table keyed by feature id.
#[derive(Debug, Clone, Default)]
pub(crate) struct FeatureTable {
    keys: Vec<u64>,
    rows: Vec<Row>,
    len: usize,
    /// Tells tables apart for the word-form cache ([`LocalSums`]): every
    /// table built gets a new one, a clone keeps it.
    id: u64,
}

/// A vector of `len` copies of `value` that the kernel is asked to back
/// with huge pages where it can: the tagger reads the feature table at
/// random places, and with 4 KiB pages most reads of a table of megabytes
/// also miss the TLB. The hint is given before the pages are first
/// written; where it is not allowed, nothing changes.
fn huge_vec<T: Clone>(len: usize, value: T) -> Vec<T> {
    let mut v = Vec::with_capacity(len);
    #[cfg(target_os = "linux")]
    {
        const PAGE: usize = 4096;
        let bytes = len * std::mem::size_of::<T>();
        let start = v.as_ptr() as usize;
        if bytes >= 2 << 20 {
            let aligned = start & !(PAGE - 1);
            // SAFETY: madvise with MADV_HUGEPAGE only changes how the kernel
            // backs these pages (they belong to `v`'s allocation, or share a
            // page with it), never their contents.
            unsafe {
                libc::madvise(
                    aligned as *mut libc::c_void,
                    start + bytes - aligned,
                    libc::MADV_HUGEPAGE,
                );
            }
        }
    }
    v.resize(len, value);
    v
}

/// A new [`FeatureTable::id`].
fn next_table_id() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

impl FeatureTable {
    pub fn from_entries(entries: Vec<(u64, Row)>) -> FeatureTable {
        let cap = (entries.len() * 2).next_power_of_two().max(16);
        let mut t = FeatureTable {
            keys: huge_vec(cap, 0),
            rows: huge_vec(cap, [0.0; NUM_LABELS]),
            len: entries.len(),
            id: next_table_id(),
        };
        for (k, row) in entries {
            debug_assert_ne!(k, 0);
            let mut i = (k as usize) & (cap - 1);
            while t.keys[i] != 0 && t.keys[i] != k {
                i = (i + 1) & (cap - 1);
            }
            t.keys[i] = k;
            t.rows[i] = row;
        }
        t
    }

    #[inline]
    pub fn get(&self, k: u64) -> Option<&Row> {
        let mask = self.keys.len() - 1;
        let mut i = (k as usize) & mask;
        loop {
            let key = self.keys[i];
            if key == k {
                return Some(&self.rows[i]);
            }
            if key == 0 {
                return None;
            }
            i = (i + 1) & mask;
        }
    }

    /// Entries sorted by id.
    fn entries(&self) -> Vec<(u64, &Row)> {
        let mut v: Vec<_> = self
            .keys
            .iter()
            .zip(&self.rows)
            .filter(|(k, _)| **k != 0)
            .map(|(k, r)| (*k, r))
            .collect();
        v.sort_unstable_by_key(|e| e.0);
        v
    }
}

/// A trained tagger.
#[derive(Debug, Clone)]
pub struct Model {
    pub(crate) table: FeatureTable,
    pub(crate) start: Row,
    pub(crate) trans: [Row; NUM_LABELS],
    pub(crate) gaz: Gazetteers,
    pub(crate) clusters: Clusters,
    /// The second pass ([`crate::memory`]): weights of memory features,
    /// empty when the model has none.
    pub(crate) mem: FeatureTable,
    pub(crate) start2: Row,
    pub(crate) trans2: [Row; NUM_LABELS],
    /// Sentences on each side whose first-pass labels the second pass reads.
    pub(crate) window: usize,
}

/// Whether label `j` may follow label `i` (`None`: sentence start).
fn allowed(prev: Option<usize>, j: usize) -> bool {
    Label::from_index(j).may_follow(prev.map(Label::from_index))
}

/// `start` and `trans` with the IOB2 constraints folded in: a forbidden
/// step (I-X not after B-X or I-X) scores −∞, so the decoder's inner loop
/// needs no test.
fn constrained(start: &Row, trans: &[Row; NUM_LABELS]) -> (Row, [Row; NUM_LABELS]) {
    /// Which steps [`allowed`] forbids, worked out once: the decoder runs
    /// for every sentence.
    type Forbidden = ([bool; NUM_LABELS], [[bool; NUM_LABELS]; NUM_LABELS]);
    static FORBIDDEN: OnceLock<Forbidden> = OnceLock::new();
    let (at_start, after) = FORBIDDEN.get_or_init(|| {
        (
            std::array::from_fn(|j| !allowed(None, j)),
            std::array::from_fn(|i| std::array::from_fn(|j| !allowed(Some(i), j))),
        )
    });
    let mut s = *start;
    let mut t = *trans;
    for (x, &no) in s.iter_mut().zip(at_start) {
        if no {
            *x = f32::NEG_INFINITY;
        }
    }
    for (row, nos) in t.iter_mut().zip(after) {
        for (x, &no) in row.iter_mut().zip(nos) {
            if no {
                *x = f32::NEG_INFINITY;
            }
        }
    }
    (s, t)
}

/// The best label sequence under emission scores `em`, transition scores and
/// the IOB2 constraints (I-X only after B-X or I-X).
///
/// The forward pass keeps only the best scores (a max over predecessors,
/// which vectorizes); the back-pointers are worked out during the walk back,
/// for the one label each step needs, by the same sums, the first best
/// predecessor winning ties.
pub(crate) fn viterbi(em: &[Row], start: &Row, trans: &[Row; NUM_LABELS], out: &mut Vec<usize>) {
    out.clear();
    let n = em.len();
    if n == 0 {
        return;
    }
    let (start, trans) = constrained(start, trans);
    let mut scores: Vec<Row> = Vec::with_capacity(n);
    scores.push(std::array::from_fn(|j| start[j] + em[0][j]));
    for e in &em[1..] {
        let prev = scores.last().expect("one row at least");
        let mut best = [f32::NEG_INFINITY; NUM_LABELS];
        for (p, row) in prev.iter().zip(&trans) {
            for (b, w) in best.iter_mut().zip(row) {
                // A compare and select (no NaN can arise), which becomes one
                // vector max.
                let s = p + w;
                *b = if s > *b { s } else { *b };
            }
        }
        scores.push(std::array::from_fn(|j| best[j] + e[j]));
    }
    let mut last = 0;
    for j in 1..NUM_LABELS {
        if scores[n - 1][j] > scores[n - 1][last] {
            last = j;
        }
    }
    out.resize(n, 0);
    out[n - 1] = last;
    for t in (1..n).rev() {
        let j = out[t];
        let mut best = f32::NEG_INFINITY;
        let mut arg = 0;
        for (i, (p, row)) in scores[t - 1].iter().zip(&trans).enumerate() {
            let s = p + row[j];
            if s > best {
                best = s;
                arg = i;
            }
        }
        out[t - 1] = arg;
    }
}

/// What the tagger keeps per word form and thread: a word form (its
/// matching form, stem and proclitics) always has the same own features
/// and says the same as a neighbour, and most tokens of news are forms
/// seen a moment ago.
#[derive(Default)]
struct LocalSums {
    table: u64,
    /// Each form key's place in `forms`.
    slots: rustc_hash::FxHashMap<u64, u32>,
    forms: Vec<FormSums>,
    /// What the sentence's edges say as neighbours: its start before, its
    /// end after.
    edges: [Row; NEIGHBOUR_PLACES],
}

/// What [`LocalSums`] keeps of one word form.
struct FormSums {
    /// Its hashes, shape, clusters, lexicon code, own gazetteer evidence.
    base: Base,
    /// The summed weights of its own features, once a sentence needed them.
    own: Option<Row>,
    /// The summed weights of what it says as a neighbour, per place
    /// ([`crate::features::neighbour_features`]).
    near: [Row; NEIGHBOUR_PLACES],
    /// Tokens of this form since it was cached or last kept.
    hits: u32,
}

/// At most this many forms are kept; then the most used half stays
/// ([`LocalSums::keep_most_used`]).
const LOCAL_SUMS_MAX: usize = 1 << 16;

impl LocalSums {
    /// Readies the cache for a sentence: forgets the forms when they were
    /// summed with another table or there are too many (never during a
    /// sentence, whose tokens were told what the cache holds). Whether the
    /// table changed (the edges are then to be summed again).
    fn use_table(&mut self, table: u64) -> bool {
        let changed = self.table != table;
        if changed {
            self.table = table;
            self.slots.clear();
            self.forms.clear();
            // Its whole size at once: grown by doubling, each step copied
            // the forms into fresh pages, which the kernel must clear (a
            // few percent of a benchmark's time). Untouched pages cost no
            // memory.
            self.forms.reserve_exact(LOCAL_SUMS_MAX);
        } else if self.forms.len() >= LOCAL_SUMS_MAX {
            self.keep_most_used(LOCAL_SUMS_MAX / 2);
        }
        changed
    }

    /// Keeps at most `room` forms, those with the most tokens since the
    /// last time (ties at the cut go), in their order, and forgets the rest;
    /// the kept start counting again. News has a few thousand forms that
    /// every article uses and a long tail: starting over summed the
    /// frequent ones again each time (on SaudiNewsNet's 7.9M tokens, keeping
    /// half computes 570k forms where starting over computed 840k).
    fn keep_most_used(&mut self, room: usize) {
        if self.forms.len() <= room {
            return;
        }
        let mut hits: Vec<u32> = self.forms.iter().map(|f| f.hits).collect();
        let (_, &mut cut, _) = hits.select_nth_unstable_by(room, |a, b| b.cmp(a));
        let mut place = vec![u32::MAX; self.forms.len()];
        let mut next = 0u32;
        for (p, f) in place.iter_mut().zip(&self.forms) {
            if f.hits > cut {
                *p = next;
                next += 1;
            }
        }
        let mut at = 0;
        self.forms.retain_mut(|f| {
            let kept = place[at] != u32::MAX;
            at += 1;
            f.hits = 0;
            kept
        });
        self.slots.retain(|_, slot| {
            *slot = place[*slot as usize];
            *slot != u32::MAX
        });
    }
}

thread_local! {
    static LOCAL_SUMS: std::cell::RefCell<LocalSums> = std::cell::RefCell::default();
}

/// The word form of a token, as a hash: what its own features depend on.
fn form_key(t: &TokenView) -> u64 {
    crate::hash::pair(
        fnv(t.norm.as_bytes()),
        (t.norm.len() - t.stem.len()) as u64 | (t.procl.0 as u64) << 32,
    )
}

/// Per-call scratch space, so tagging allocates little.
#[derive(Default)]
pub(crate) struct Scratch {
    pub feats: Features,
    /// Each token's form's place in [`LocalSums::forms`], its base, and
    /// whether its own sum is kept.
    pub slots: Vec<u32>,
    pub bases: Vec<Base>,
    pub known: Vec<bool>,
    pub em: Vec<Row>,
    pub path: Vec<usize>,
    /// First-pass emissions, labels and stem hashes of every token.
    pub em_all: Vec<Row>,
    pub first: Vec<usize>,
    pub stems: Vec<u64>,
    pub mem_feats: Vec<u64>,
    /// Features to sum a neighbour's weights from.
    pub near_feats: Vec<u64>,
}

impl Model {
    /// The model committed with the crate (`model/ner.bin`), parsed on first use.
    pub fn bundled() -> &'static Model {
        static MODEL: OnceLock<Model> = OnceLock::new();
        MODEL.get_or_init(|| {
            Model::from_bytes(include_bytes!("../model/ner.bin"), "bundled")
                .expect("the bundled model/ner.bin is a valid model file (rebuild it with the train example)")
        })
    }

    /// This model without its second pass (to measure what that adds).
    pub fn first_pass_only(&self) -> Model {
        Model {
            mem: FeatureTable::from_entries(Vec::new()),
            ..self.clone()
        }
    }

    /// Number of features with a weight.
    pub fn num_features(&self) -> usize {
        self.table.len
    }

    /// The word clusters compiled into the model.
    pub fn clusters(&self) -> &Clusters {
        &self.clusters
    }

    /// The gazetteers compiled into the model.
    pub fn gazetteers(&self) -> &Gazetteers {
        &self.gaz
    }

    /// Tags one sentence of raw words (normalized here). The second pass
    /// sees only this sentence: [`Model::tag_sentences`] gives it the
    /// neighbouring ones too.
    pub fn tag(&self, words: &[&str]) -> Vec<Label> {
        let prepared = Prepared::new(words);
        let mut scratch = Scratch::default();
        let toks = prepared.views();
        let whole = 0..toks.len();
        self.tag_ranges(&toks, std::slice::from_ref(&whole), &mut scratch);
        scratch.path.iter().map(|&i| Label::from_index(i)).collect()
    }

    /// Tags consecutive sentences of one text (a document, or a corpus in
    /// document order): the second pass reads the first-pass labels of the
    /// model's window of sentences around each.
    pub fn tag_sentences(&self, sentences: &[Vec<&str>]) -> Vec<Vec<Label>> {
        let words: Vec<&str> = sentences.iter().flatten().copied().collect();
        let prepared = Prepared::new(&words);
        let toks = prepared.views();
        let mut ranges = Vec::with_capacity(sentences.len());
        let mut at = 0;
        for s in sentences {
            ranges.push(at..at + s.len());
            at += s.len();
        }
        let mut scratch = Scratch::default();
        self.tag_ranges(&toks, &ranges, &mut scratch);
        ranges
            .iter()
            .map(|r| {
                scratch.path[r.clone()]
                    .iter()
                    .map(|&i| Label::from_index(i))
                    .collect()
            })
            .collect()
    }

    /// The sum of the weights of `features`, added to `row` in order.
    #[inline]
    fn add_weights(&self, features: &[u64], row: &mut Row) {
        for &f in features {
            if let Some(w) = self.table.get(f) {
                for (r, x) in row.iter_mut().zip(w) {
                    *r += x;
                }
            }
        }
    }

    /// The sums of the features a neighbour of base `nb` gives, per place.
    fn neighbour_sums(&self, nb: &Base, feats: &mut Vec<u64>) -> [Row; NEIGHBOUR_PLACES] {
        let mut sums = [[0.0f32; NUM_LABELS]; NEIGHBOUR_PLACES];
        for (place, sum) in sums.iter_mut().enumerate() {
            feats.clear();
            neighbour_features(place, nb, &self.clusters, feats);
            self.add_weights(feats, sum);
        }
        sums
    }

    /// The first-pass emission scores of one sentence into `scratch.em`.
    ///
    /// A token's score is the sum of its own features' weights (its word
    /// form's: kept in [`LocalSums`], since news repeats its words), then
    /// those of its word bigrams, then what each neighbour's form says
    /// (also kept per form), then the rest of its context, always added in
    /// that order, so that a score does not depend on what the cache held.
    pub(crate) fn emissions(&self, toks: &[TokenView], scratch: &mut Scratch) {
        LOCAL_SUMS.with_borrow_mut(|cache| {
            if cache.use_table(self.table.id) {
                let mut feats = Vec::new();
                let (bos, eos) = (
                    self.neighbour_sums(&BOS, &mut feats),
                    self.neighbour_sums(&EOS, &mut feats),
                );
                cache.edges = [bos[M1], eos[P1], bos[M2], eos[P2]];
            }
            scratch.slots.clear();
            scratch.bases.clear();
            scratch.known.clear();
            for t in toks {
                let key = form_key(t);
                let slot = match cache.slots.get(&key) {
                    Some(&slot) => {
                        cache.forms[slot as usize].hits += 1;
                        slot
                    }
                    None => {
                        let base = base_of(t, &self.gaz, &self.clusters);
                        let near = self.neighbour_sums(&base, &mut scratch.near_feats);
                        let slot = cache.forms.len() as u32;
                        cache.forms.push(FormSums {
                            base,
                            own: None,
                            near,
                            hits: 1,
                        });
                        cache.slots.insert(key, slot);
                        slot
                    }
                };
                let form = &cache.forms[slot as usize];
                scratch.slots.push(slot);
                scratch.bases.push(form.base);
                scratch.known.push(form.own.is_some());
            }
            let forms = FormCache {
                bases: &scratch.bases,
                known: &scratch.known,
            };
            extract(
                toks,
                &self.gaz,
                &self.clusters,
                Some(forms),
                &mut scratch.feats,
            );
            scratch.em.clear();
            let n = toks.len();
            for t in 0..n {
                let feats = scratch.feats.token(t);
                let from = scratch.feats.offsets[t];
                let local = scratch.feats.local[t].clone();
                let slot = scratch.slots[t] as usize;
                let mut row = match cache.forms[slot].own {
                    Some(sum) => sum,
                    None => {
                        // The word and stem (the first two), then the rest.
                        let mut sum = [0.0f32; NUM_LABELS];
                        self.add_weights(&feats[..2], &mut sum);
                        self.add_weights(&scratch.feats.ids[local.clone()], &mut sum);
                        cache.forms[slot].own = Some(sum);
                        sum
                    }
                };
                let word = if scratch.known[t] { 0 } else { 2 };
                self.add_weights(&scratch.feats.ids[from + word..local.start], &mut row);
                for (place, at) in [
                    (M1, t.wrapping_sub(1)),
                    (P1, t + 1),
                    (M2, t.wrapping_sub(2)),
                    (P2, t + 2),
                ] {
                    let sum = match scratch.slots.get(at) {
                        Some(&s) => &cache.forms[s as usize].near[place],
                        None => &cache.edges[place],
                    };
                    for (r, x) in row.iter_mut().zip(sum) {
                        *r += x;
                    }
                }
                self.add_weights(
                    &scratch.feats.ids[local.end..scratch.feats.offsets[t + 1]],
                    &mut row,
                );
                scratch.em.push(row);
            }
        });
    }

    /// Tags the sentences `ranges` of `toks` (in order, without gaps); the
    /// labels' indices end in `scratch.path`, one per token.
    pub(crate) fn tag_ranges(
        &self,
        toks: &[TokenView],
        ranges: &[std::ops::Range<usize>],
        scratch: &mut Scratch,
    ) {
        let n = ranges.last().map_or(0, |r| r.end);
        let mut em_all = std::mem::take(&mut scratch.em_all);
        let mut first = std::mem::take(&mut scratch.first);
        let mut path = std::mem::take(&mut scratch.path);
        em_all.clear();
        first.clear();
        path.clear();
        for r in ranges {
            self.emissions(&toks[r.clone()], scratch);
            viterbi(&scratch.em, &self.start, &self.trans, &mut path);
            em_all.extend_from_slice(&scratch.em);
            first.extend_from_slice(&path);
        }
        debug_assert_eq!(first.len(), n);
        if self.mem.len == 0 {
            scratch.path = first;
            scratch.em_all = em_all;
            return;
        }
        let mut stems = std::mem::take(&mut scratch.stems);
        stems.clear();
        stems.extend(toks[..n].iter().map(|t| fnv(t.stem.as_bytes())));
        let mut mem_feats = std::mem::take(&mut scratch.mem_feats);
        let mut out = Vec::with_capacity(n);
        crate::memory::sweep(ranges, &stems, &first, self.window, |j, w| {
            let r = ranges[j].clone();
            scratch.em.clear();
            for t in r.clone() {
                let mut row = em_all[t];
                crate::memory::features(&w.others(stems[t], first[t]), first[t], &mut mem_feats);
                for &f in &mem_feats {
                    if let Some(w) = self.mem.get(f) {
                        for (r, x) in row.iter_mut().zip(w) {
                            *r += x;
                        }
                    }
                }
                scratch.em.push(row);
            }
            viterbi(&scratch.em, &self.start2, &self.trans2, &mut path);
            out.extend_from_slice(&path);
        });
        scratch.path = out;
        scratch.em_all = em_all;
        scratch.first = first;
        scratch.stems = stems;
        scratch.mem_feats = mem_feats;
    }

    /// Writes the model file (see the module docs for the format).
    pub fn save(&self, path: &Path) -> Result<(), NerError> {
        std::fs::write(path, self.to_bytes()).map_err(|e| NerError::io(path, e))
    }

    /// Reads a model file written by [`Model::save`].
    pub fn load(path: &Path) -> Result<Model, NerError> {
        let bytes = std::fs::read(path).map_err(|e| NerError::io(path, e))?;
        Model::from_bytes(&bytes, &path.display().to_string())
    }

    /// The model file's bytes: weights quantized to i16 with one scale.
    pub fn to_bytes(&self) -> Vec<u8> {
        let entries = self.table.entries();
        let mem = self.mem.entries();
        let max = entries
            .iter()
            .chain(&mem)
            .flat_map(|(_, r)| r.iter())
            .chain(self.start.iter())
            .chain(self.trans.iter().flatten())
            .chain(self.start2.iter())
            .chain(self.trans2.iter().flatten())
            .fold(0.0f32, |m, w| m.max(w.abs()));
        let scale = if max > 0.0 {
            max / i16::MAX as f32
        } else {
            1.0
        };
        let q = |w: f32| {
            (w / scale)
                .round()
                .clamp(-(i16::MAX as f32), i16::MAX as f32) as i16
        };
        let mut out = Vec::with_capacity(64 + entries.len() * 16 + self.gaz.entries.len() * 9);
        out.extend_from_slice(MAGIC);
        out.extend_from_slice(&VERSION.to_le_bytes());
        out.extend_from_slice(&(NUM_LABELS as u32).to_le_bytes());
        out.extend_from_slice(&scale.to_le_bytes());
        for w in self.start.iter().chain(self.trans.iter().flatten()) {
            out.extend_from_slice(&q(*w).to_le_bytes());
        }
        let mut gaz: Vec<_> = self.gaz.entries.iter().map(|(h, k)| (*h, *k)).collect();
        gaz.sort_unstable();
        out.extend_from_slice(&(self.gaz.max_words as u32).to_le_bytes());
        out.extend_from_slice(&(gaz.len() as u32).to_le_bytes());
        for (h, k) in gaz {
            out.extend_from_slice(&h.to_le_bytes());
            out.push(k);
        }
        let mut cl: Vec<_> = self.clusters.map.iter().map(|(h, c)| (*h, *c)).collect();
        cl.sort_unstable();
        out.extend_from_slice(&(cl.len() as u32).to_le_bytes());
        for (h, (c, f)) in cl {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
            out.extend_from_slice(&f.to_le_bytes());
        }
        let mut lex: Vec<_> = self.clusters.lex.iter().map(|(h, c)| (*h, *c)).collect();
        lex.sort_unstable();
        out.extend_from_slice(&(lex.len() as u32).to_le_bytes());
        for (h, c) in lex {
            out.extend_from_slice(&h.to_le_bytes());
            out.extend_from_slice(&c.to_le_bytes());
        }
        let write_table = |out: &mut Vec<u8>, entries: &[(u64, &Row)]| {
            let kept: Vec<(u64, [i16; NUM_LABELS])> = entries
                .iter()
                .map(|(k, r)| (*k, r.map(q)))
                .filter(|(_, r)| r.iter().any(|&x| x != 0))
                .collect();
            out.extend_from_slice(&(kept.len() as u32).to_le_bytes());
            for (k, r) in kept {
                out.extend_from_slice(&k.to_le_bytes());
                let bits = r
                    .iter()
                    .enumerate()
                    .filter(|(_, x)| **x != 0)
                    .fold(0u16, |b, (i, _)| b | 1 << i);
                out.extend_from_slice(&bits.to_le_bytes());
                for x in r.iter().filter(|x| **x != 0) {
                    out.extend_from_slice(&x.to_le_bytes());
                }
            }
        };
        write_table(&mut out, &entries);
        out.extend_from_slice(&(self.window as u32).to_le_bytes());
        for w in self.start2.iter().chain(self.trans2.iter().flatten()) {
            out.extend_from_slice(&q(*w).to_le_bytes());
        }
        write_table(&mut out, &mem);
        let sum = fnv(&out);
        out.extend_from_slice(&sum.to_le_bytes());
        out
    }

    /// Parses a model file; `origin` names it in errors.
    pub fn from_bytes(bytes: &[u8], origin: &str) -> Result<Model, NerError> {
        let err = |message: String| NerError::Model {
            origin: origin.to_string(),
            message,
        };
        if bytes.len() < 8 + 4 + 8 || &bytes[..8] != MAGIC {
            return Err(err("not a Marsad NER model (bad magic)".into()));
        }
        let (body, sum) = bytes.split_at(bytes.len() - 8);
        if fnv(body).to_le_bytes() != sum {
            return Err(err(
                "checksum mismatch: the file is truncated or damaged".into()
            ));
        }
        let mut r = Reader { b: body, at: 8 };
        let short = || err("file ends early".into());
        let version = r.u32().ok_or_else(short)?;
        if version != VERSION {
            return Err(err(format!(
                "format version {version}, this build reads {VERSION}: retrain the model"
            )));
        }
        let labels = r.u32().ok_or_else(short)?;
        if labels as usize != NUM_LABELS {
            return Err(err(format!("{labels} labels, expected {NUM_LABELS}")));
        }
        let scale = f32::from_bits(r.u32().ok_or_else(short)?);
        let mut start = [0.0; NUM_LABELS];
        for w in &mut start {
            *w = r.i16().ok_or_else(short)? as f32 * scale;
        }
        let mut trans = [[0.0; NUM_LABELS]; NUM_LABELS];
        for w in trans.iter_mut().flatten() {
            *w = r.i16().ok_or_else(short)? as f32 * scale;
        }
        let max_words = r.u32().ok_or_else(short)? as usize;
        let n = r.u32().ok_or_else(short)? as usize;
        let mut gaz = Gazetteers {
            entries: Default::default(),
            max_words,
        };
        gaz.entries.reserve(n.min(body.len() / 9));
        for _ in 0..n {
            let h = r.u64().ok_or_else(short)?;
            let k = r.u8().ok_or_else(short)?;
            gaz.entries.insert(h, k);
        }
        let n = r.u32().ok_or_else(short)? as usize;
        let mut clusters = Clusters::new();
        clusters.map.reserve(n.min(body.len() / 12));
        for _ in 0..n {
            let h = r.u64().ok_or_else(short)?;
            let c = r.u16().ok_or_else(short)?;
            let f = r.u16().ok_or_else(short)?;
            clusters.map.insert(h, (c, f));
        }
        let n = r.u32().ok_or_else(short)? as usize;
        clusters.lex.reserve(n.min(body.len() / 12));
        for _ in 0..n {
            let h = r.u64().ok_or_else(short)?;
            let c = r.u32().ok_or_else(short)?;
            clusters.lex.insert(h, c);
        }
        let read_table = |r: &mut Reader| -> Result<FeatureTable, NerError> {
            let n = r.u32().ok_or_else(short)? as usize;
            let mut entries = Vec::with_capacity(n.min(body.len() / 12));
            for _ in 0..n {
                let k = r.u64().ok_or_else(short)?;
                if k == 0 {
                    return Err(err("feature id 0".into()));
                }
                let bits = r.u16().ok_or_else(short)?;
                if bits >> NUM_LABELS != 0 {
                    return Err(err(format!("bad label bits {bits:#x}")));
                }
                let mut row = [0.0; NUM_LABELS];
                for (i, w) in row.iter_mut().enumerate() {
                    if bits & (1 << i) != 0 {
                        *w = r.i16().ok_or_else(short)? as f32 * scale;
                    }
                }
                entries.push((k, row));
            }
            Ok(FeatureTable::from_entries(entries))
        };
        let table = read_table(&mut r)?;
        let window = r.u32().ok_or_else(short)? as usize;
        let mut start2 = [0.0; NUM_LABELS];
        for w in &mut start2 {
            *w = r.i16().ok_or_else(short)? as f32 * scale;
        }
        let mut trans2 = [[0.0; NUM_LABELS]; NUM_LABELS];
        for w in trans2.iter_mut().flatten() {
            *w = r.i16().ok_or_else(short)? as f32 * scale;
        }
        let mem = read_table(&mut r)?;
        if r.at != body.len() {
            return Err(err(format!(
                "{} unexpected bytes at the end",
                body.len() - r.at
            )));
        }
        Ok(Model {
            table,
            start,
            trans,
            gaz,
            clusters,
            mem,
            start2,
            trans2,
            window,
        })
    }
}

/// A cursor over little-endian fields.
struct Reader<'a> {
    b: &'a [u8],
    at: usize,
}

impl Reader<'_> {
    fn take<const N: usize>(&mut self) -> Option<[u8; N]> {
        let s = self.b.get(self.at..self.at + N)?;
        self.at += N;
        s.try_into().ok()
    }
    fn u8(&mut self) -> Option<u8> {
        self.take::<1>().map(|b| b[0])
    }
    fn u16(&mut self) -> Option<u16> {
        self.take().map(u16::from_le_bytes)
    }
    fn i16(&mut self) -> Option<i16> {
        self.take().map(i16::from_le_bytes)
    }
    fn u32(&mut self) -> Option<u32> {
        self.take().map(u32::from_le_bytes)
    }
    fn u64(&mut self) -> Option<u64> {
        self.take().map(u64::from_le_bytes)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::features::Prepared;
    use crate::label::EntityKind;

    #[test]
    fn cached_word_forms_give_the_same_scores() {
        let m = Model::bundled();
        let words = [
            "قال",
            "الرئيس",
            "العراقي",
            "برهم",
            "صالح",
            "إن",
            "الرئيس",
            "سيزور",
            "بغداد",
            "وبغداد",
        ];
        let p = Prepared::new(&words);
        let toks = p.views();
        LOCAL_SUMS.with_borrow_mut(|c| c.table = 0);
        let mut scratch = Scratch::default();
        m.emissions(&toks, &mut scratch);
        let cold = scratch.em.clone();
        m.emissions(&toks, &mut scratch);
        assert_eq!(cold, scratch.em, "a warm cache changes no score");
        // Each form was seen twice, الرئيس four times: only it stays when
        // two may (the forms tied at the cut go), under its new place.
        LOCAL_SUMS.with_borrow_mut(|c| {
            assert_eq!(c.forms.len(), 9);
            c.keep_most_used(2);
            assert_eq!(c.forms.len(), 1);
            assert_eq!(c.slots.values().copied().collect::<Vec<_>>(), [0]);
            assert_eq!(c.forms[0].hits, 0);
        });
        m.emissions(&toks, &mut scratch);
        assert_eq!(cold, scratch.em, "what the cache keeps changes no score");
        // The plain sum of every feature's weight, to rounding.
        let mut f = Features::default();
        extract(&toks, &m.gaz, &m.clusters, None, &mut f);
        for (t, row) in cold.iter().enumerate() {
            let mut plain = [0.0f32; NUM_LABELS];
            m.add_weights(f.token(t), &mut plain);
            for (a, b) in row.iter().zip(plain) {
                assert!((a - b).abs() < 1e-3, "token {t}: {a} vs {b}");
            }
        }
    }

    #[test]
    fn viterbi_never_starts_or_continues_inside_wrongly() {
        // Emissions that on their own would pick I-LOC first and I-ORG after B-PERS.
        let il = Label::I(EntityKind::Loc).index();
        let io = Label::I(EntityKind::Org).index();
        let bp = Label::B(EntityKind::Pers).index();
        let mut em = vec![[0.0; NUM_LABELS]; 3];
        em[0][il] = 10.0;
        em[1][bp] = 10.0;
        em[2][io] = 10.0;
        let trans = [[0.0; NUM_LABELS]; NUM_LABELS];
        let mut path = Vec::new();
        viterbi(&em, &[0.0; NUM_LABELS], &trans, &mut path);
        let labels: Vec<Label> = path.iter().map(|&i| Label::from_index(i)).collect();
        let mut prev = None;
        for l in &labels {
            assert!(l.may_follow(prev), "{labels:?}");
            prev = Some(*l);
        }
        assert_eq!(labels[1], Label::B(EntityKind::Pers));
        // With no constraint in the way, the emissions win.
        em[2][io] = 0.0;
        em[2][bp + 1] = 10.0;
        viterbi(&em, &[0.0; NUM_LABELS], &trans, &mut path);
        assert_eq!(Label::from_index(path[2]), Label::I(EntityKind::Pers));
    }

    #[test]
    fn transitions_break_ties() {
        let em = vec![[0.0; NUM_LABELS]; 2];
        let mut trans = [[0.0; NUM_LABELS]; NUM_LABELS];
        let bl = Label::B(EntityKind::Loc).index();
        trans[bl][bl + 1] = 1.0;
        let mut start = [0.0; NUM_LABELS];
        start[bl] = 0.5;
        let mut path = Vec::new();
        viterbi(&em, &start, &trans, &mut path);
        assert_eq!(path, [bl, bl + 1]);
    }

    #[test]
    fn rejects_damaged_files() {
        let m = Model {
            table: FeatureTable::from_entries(vec![(7, [1.0; NUM_LABELS])]),
            start: [0.0; NUM_LABELS],
            trans: [[0.5; NUM_LABELS]; NUM_LABELS],
            gaz: Gazetteers::new(),
            clusters: Clusters::new(),
            mem: FeatureTable::from_entries(vec![(9, [-1.0; NUM_LABELS])]),
            start2: [0.25; NUM_LABELS],
            trans2: [[0.5; NUM_LABELS]; NUM_LABELS],
            window: 3,
        };
        let mut b = m.to_bytes();
        let back = Model::from_bytes(&b, "t").unwrap();
        assert_eq!(back.to_bytes(), b);
        assert_eq!(back.window, 3);
        assert_eq!(back.mem.get(9), Some(&[-1.0; NUM_LABELS]));
        b[20] ^= 1;
        let e = Model::from_bytes(&b, "t").unwrap_err().to_string();
        assert!(e.contains("checksum"), "{e}");
        assert!(Model::from_bytes(b"nonsense", "t")
            .unwrap_err()
            .to_string()
            .contains("magic"));
    }
}
