//! Feature extraction: what the tagger sees of each word.
//!
//! Every feature is a template number and a value hashed together into one
//! `u64` ([`crate::hash::feature`]), so no feature strings are built and the
//! model needs no vocabulary. Arabic writes conjunctions, prepositions and
//! the article joined to words (وبغداد، للعراق), so besides the normalized
//! word each token offers its clitic-stripped stem and the stems of its
//! neighbours; prefixes and suffixes catch the article, nisba adjectives
//! (عراقي، العراقية) and foreign-name endings; gazetteer and trigger-word
//! features carry knowledge the 125k-word training corpus cannot.

use crate::clusters::Clusters;
use crate::gazetteer::{phrase_extend, phrase_start, Gazetteers};
use crate::hash::{feature, fnv, pair};
use marsad_core::Proclitics;
use marsad_text::clitics;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// One token as the tagger reads it: its matching form, where the stem
/// starts in it, and the proclitics read off.
#[derive(Debug, Clone, Copy)]
pub(crate) struct TokenView<'a> {
    pub norm: &'a str,
    pub stem: &'a str,
    pub procl: Proclitics,
}

/// Normalized forms of raw words, kept in one buffer.
#[derive(Debug, Default)]
pub(crate) struct Prepared {
    buf: String,
    spans: Vec<(usize, usize, usize, Proclitics)>,
}

impl Prepared {
    /// Normalizes `words` and reads their proclitics as the tokenizer does
    /// (only for words that start with an Arabic letter).
    pub fn new(words: &[&str]) -> Prepared {
        let mut p = Prepared {
            buf: String::with_capacity(words.len() * 12),
            spans: Vec::with_capacity(words.len()),
        };
        for w in words {
            let start = p.buf.len();
            marsad_text::normalize::normalize_into(w, &mut p.buf);
            let norm = &p.buf[start..];
            let (procl, at) = if norm
                .chars()
                .next()
                .is_some_and(marsad_text::normalize::is_arabic_letter)
            {
                clitics::analyze(norm)
            } else {
                (Proclitics(0), 0)
            };
            p.spans.push((start, start + at, p.buf.len(), procl));
        }
        p
    }

    pub fn views(&self) -> Vec<TokenView<'_>> {
        self.spans
            .iter()
            .map(|&(s, m, e, procl)| TokenView {
                norm: &self.buf[s..e],
                stem: &self.buf[m..e],
                procl,
            })
            .collect()
    }
}

/// Trigger words: a class bit for words that often stand before a name.
const TRIGGERS: &[(u8, &str)] = &[
    // Titles and roles before a person's name.
    (
        TRIG_TITLE,
        "الرئيس رئيس السيد السيدة الشيخ الدكتور د الملك الملكة الأمير الأميرة وزير الوزير وزيرة النائب \
         الزعيم المستشار السفير الجنرال العقيد اللواء العميد الرائد المقدم الفريق المشير الإمام \
         الأستاذ المهندس الحاج القاضي المدرب اللاعب الكاتب الفنان الفنانة المطرب المخرج الممثل \
         الممثلة المتحدث الناطق الأمين المدير مدير قائد القائد زعيم الشاعر الروائي المؤرخ البابا \
         الكاردينال المرشح المفوض المبعوث المنسق المندوب نائب السلطان الرئيسان الخليفة",
    ),
    // Verbs of saying and reporting, mostly with the speaker after them.
    (
        TRIG_SAY,
        "قال قالت أكد أكدت أعلن أعلنت صرح أضاف أضافت أوضح أشار أشارت اعتبر ذكر ذكرت أفاد أفادت \
         نفى نفت دعا دعت طالب حذر رأى يقول تقول وقال",
    ),
    // Kinship and name parts inside person names.
    (TRIG_KIN, "بن ابن بنت أبو أبي أم آل عبد"),
    // Words before a place.
    (
        TRIG_PLACE,
        "مدينة المدينة عاصمة العاصمة دولة محافظة منطقة قرية بلدة ولاية إقليم جزيرة جزر شمال جنوب \
         شرق غرب وسط حدود مخيم حي ضاحية شمالي جنوبي شرقي غربي بحر نهر جبل مطار ميناء سواحل أنحاء",
    ),
    // Prepositions of place and direction.
    (TRIG_PREP, "في إلى من الى عن على داخل خارج قرب نحو بين"),
    // Heads of organization names.
    (
        TRIG_ORG,
        "شركة الشركة وزارة حزب منظمة جامعة مجلس وكالة حركة جمعية بنك مصرف صحيفة اتحاد نادي فريق \
         هيئة مؤسسة قناة إذاعة جريدة مجموعة لجنة محكمة مركز معهد جبهة تنظيم منتخب البنك المجلس \
         الاتحاد الحزب المنظمة الجامعة الوكالة الهيئة المؤسسة اللجنة المحكمة الجبهة مكتب أكاديمية",
    ),
];
const TRIG_TITLE: u8 = 1;
const TRIG_SAY: u8 = 2;
const TRIG_KIN: u8 = 4;
const TRIG_PLACE: u8 = 8;
const TRIG_PREP: u8 = 16;
const TRIG_ORG: u8 = 32;

/// Trigger classes by the hash of a word's stem.
fn triggers() -> &'static HashMap<u64, u8> {
    static MAP: OnceLock<HashMap<u64, u8>> = OnceLock::new();
    MAP.get_or_init(|| {
        let mut m = HashMap::default();
        for (class, words) in TRIGGERS {
            for w in words.split_whitespace() {
                let n = marsad_text::normalize(w);
                let (_, at) = clitics::analyze(&n);
                *m.entry(fnv(&n.as_bytes()[at..])).or_insert(0) |= class;
            }
        }
        m
    })
}

// Template numbers. They are part of the model format: renumbering needs a
// new format version.
const T_BIAS: u32 = 0;
const T_W: u32 = 1;
const T_S: u32 = 2;
const T_NPRE: u32 = 3; // 3..=5
const T_NSUF: u32 = 6; // 6..=8
const T_SPRE: u32 = 9; // 9..=11
const T_SSUF: u32 = 12; // 12..=14
const T_SHAPE: u32 = 15;
const T_PROCL: u32 = 16;
const T_NISBA: u32 = 17;
const T_W_M1: u32 = 18;
const T_W_P1: u32 = 19;
const T_W_M2: u32 = 20;
const T_W_P2: u32 = 21;
const T_S_M1: u32 = 22;
const T_S_P1: u32 = 23;
const T_S_M2: u32 = 24;
const T_S_P2: u32 = 25;
const T_BI_WM1: u32 = 26;
const T_BI_WP1: u32 = 27;
const T_BI_SM1: u32 = 28;
const T_BI_SP1: u32 = 29;
const T_GAZ: u32 = 30;
const T_GAZ_M1: u32 = 31;
const T_GAZ_P1: u32 = 32;
const T_TRIG_M1: u32 = 33;
const T_TRIG_M2: u32 = 34;
const T_TRIG_P1: u32 = 35;
const T_TRIG_0: u32 = 36;
const T_SHAPE3: u32 = 37;
const T_FIRST: u32 = 38;
const T_SSUF2_M1: u32 = 39;
const T_SSUF2_P1: u32 = 40;
const T_NGRAM: u32 = 41;
const T_NPRE4: u32 = 42;
const T_NSUF4: u32 = 43;
const T_CL_C: u32 = 44;
const T_CL_F: u32 = 45;
const T_CL_M1: u32 = 46;
const T_CL_P1: u32 = 47;
const T_CL_M2: u32 = 48;
const T_CL_P2: u32 = 49;
const T_CL_BI: u32 = 50;
const T_LEX_SHARE: u32 = 51;
const T_LEX_TOP: u32 = 52;
const T_LEX_M1: u32 = 53;
const T_LEX_P1: u32 = 54;
const T_LEX_INSIDE: u32 = 55;
const T_LEX_PAIR_M1: u32 = 56;
const T_LEX_PAIR_P1: u32 = 57;

/// The feature every token has (its weights are per-label biases).
pub(crate) fn bias_feature() -> u64 {
    feature(T_BIAS, 0)
}

/// How many features at the start of each token's list name the word
/// itself (word, stem, and the bigrams with it).
pub(crate) const LEXICAL: usize = 6;

/// Ways a token can be in a gazetteer, as bit positions of a per-kind nibble.
const GZ_WORD: u8 = 0; // the word or its stem is a one-word entry
const GZ_READING: u8 = 1; // a clitic reading of it is (لبغداد → بغداد)
const GZ_BEGIN: u8 = 2; // begins a multiword entry
const GZ_INSIDE: u8 = 3; // continues one

/// What is computed once per token and read by its neighbours' features.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Base {
    w: u64,
    s: u64,
    shape: u64,
    ssuf2: u64,
    trig: u8,
    /// Gazetteer evidence: bit `4 * list + GZ_*` (lists: [`crate::gazetteer`]).
    gaz: u32,
    /// What the form alone gives of it (GZ_WORD and GZ_READING), and which
    /// of its word (bit 0) and stem (bit 1) begin some entry: only those
    /// are followed into multiword entries.
    gaz_own: u32,
    gaz_starts: u8,
    /// (coarse, fine) word cluster; [`NO_CLUSTER`] for words too rare to have one.
    cl: (u16, u16),
    /// The stem's lexicon code ([`crate::lexicon`]), 0 for none.
    lex: u32,
}

const NO_CLUSTER: (u16, u16) = (u16::MAX, u16::MAX);

pub(crate) const BOS: Base = Base {
    w: 0x0b05,
    s: 0x0b05,
    shape: 0x0b05,
    ssuf2: 0x0b05,
    trig: 0,
    gaz: 0,
    gaz_own: 0,
    gaz_starts: 0,
    cl: (0xfffe, 0xfffe),
    lex: 1,
};
pub(crate) const EOS: Base = Base {
    w: 0x0e05,
    s: 0x0e05,
    shape: 0x0e05,
    ssuf2: 0x0e05,
    trig: 0,
    gaz: 0,
    gaz_own: 0,
    gaz_starts: 0,
    cl: (0xfffd, 0xfffd),
    lex: 2,
};

/// Hash of the first `n` chars of `s` (None if shorter).
fn prefix_hash(s: &str, n: usize) -> Option<u64> {
    let end = s.char_indices().nth(n).map_or_else(
        || (s.chars().count() == n).then_some(s.len()),
        |(i, _)| Some(i),
    )?;
    Some(fnv(&s.as_bytes()[..end]))
}

/// Hash of the last `n` chars of `s` (None if shorter).
fn suffix_hash(s: &str, n: usize) -> Option<u64> {
    let start = s.char_indices().rev().nth(n - 1)?.0;
    Some(fnv(&s.as_bytes()[start..]))
}

/// Script classes present and a length bucket.
fn shape(norm: &str) -> u64 {
    let (mut ar, mut lat, mut dig, mut other, mut len) = (false, false, false, false, 0u64);
    for c in norm.chars() {
        len += 1;
        if c.is_ascii_digit() {
            dig = true;
        } else if c.is_ascii_alphabetic() || ((c as u32) < 0x0600 && c.is_alphabetic()) {
            lat = true;
        } else if marsad_text::normalize::is_arabic_letter(c) {
            ar = true;
        } else {
            other = true;
        }
    }
    let bucket = match len {
        0..=1 => 0,
        2 => 1,
        3 => 2,
        4..=5 => 3,
        6..=8 => 4,
        _ => 5,
    };
    (ar as u64) | (lat as u64) << 1 | (dig as u64) << 2 | (other as u64) << 3 | bucket << 4
}

/// What the tagger keeps per word form between sentences ([`crate::model`])
/// tells [`extract`], per token: its form's [`Base`] and whether the sum of
/// its own features' weights is known (they are then left out).
pub(crate) struct FormCache<'c> {
    pub bases: &'c [Base],
    pub known: &'c [bool],
}

/// What a token's word form gives its neighbours and its own features
/// ([`Base`]); the gazetteer evidence that depends on the sentence is
/// added by [`extract`].
pub(crate) fn base_of(t: &TokenView, gaz: &Gazetteers, clusters: &Clusters) -> Base {
    let s = fnv(t.stem.as_bytes());
    let mut b = Base {
        w: fnv(t.norm.as_bytes()),
        s,
        shape: shape(t.norm),
        ssuf2: suffix_hash(t.stem, 2).unwrap_or(s),
        trig: triggers().get(&s).copied().unwrap_or(0),
        gaz: 0,
        gaz_own: 0,
        gaz_starts: 0,
        cl: clusters.get(s).unwrap_or(NO_CLUSTER),
        lex: clusters.lex(s),
    };
    own_gazetteer_evidence(t, &mut b, gaz);
    b
}

/// Features of every token of a sentence, laid end to end.
#[derive(Debug, Default)]
pub(crate) struct Features {
    pub ids: Vec<u64>,
    /// `ids[offsets[i]..offsets[i + 1]]` are token `i`'s features.
    pub offsets: Vec<usize>,
    /// `ids[local[i]]`: token `i`'s own features other than its word and
    /// stem (see [`extract`]); empty when they were skipped.
    pub local: Vec<std::ops::Range<usize>>,
    /// Each token's [`Base`] (what its neighbours read).
    pub bases: Vec<Base>,
}

impl Features {
    pub fn token(&self, i: usize) -> &[u64] {
        &self.ids[self.offsets[i]..self.offsets[i + 1]]
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.offsets.len().saturating_sub(1)
    }
}

/// Sets `bit` of each kind in `kinds` on the evidence `gaz`.
fn set_gaz(gaz: &mut u32, kinds: u8, way: u8) {
    for k in 0..8 {
        if kinds & (1 << k) != 0 {
            *gaz |= 1 << (4 * k + way as u32);
        }
    }
}

/// The word and stem hashes of a base worth trying as first words (the
/// stem only when it differs).
fn gaz_firsts(b: &Base) -> ([u64; 2], usize) {
    ([b.w, b.s], if b.w == b.s { 1 } else { 2 })
}

/// What the gazetteers say of a word form alone: [`Base::gaz_own`] and
/// [`Base::gaz_starts`].
fn own_gazetteer_evidence(t: &TokenView, b: &mut Base, gaz: &Gazetteers) {
    if gaz.is_empty() {
        return;
    }
    let mut single = 0u8;
    let (firsts, n) = gaz_firsts(b);
    for (k, &first) in firsts[..n].iter().enumerate() {
        if let Some(kinds) = gaz.get(phrase_start(first)) {
            single |= kinds;
            b.gaz_starts |= 1 << k;
        }
    }
    set_gaz(&mut b.gaz_own, single, GZ_WORD);
    if single == 0 && t.norm.len() > 4 {
        let mut read = 0u8;
        for (_, stem) in clitics::readings(t.norm).iter().skip(1) {
            read |= gaz.kinds(phrase_start(fnv(stem.as_bytes())));
        }
        set_gaz(&mut b.gaz_own, read, GZ_READING);
    }
}

/// Marks gazetteer evidence on `bases` for the sentence `toks`: each form's
/// own, then the multiword entries that begin at each token.
fn mark_gazetteers(gaz: &Gazetteers, bases: &mut [Base]) {
    if gaz.is_empty() {
        return;
    }
    for b in bases.iter_mut() {
        b.gaz = b.gaz_own;
    }
    for i in 0..bases.len() {
        let (firsts, n) = gaz_firsts(&bases[i]);
        for (k, &first) in firsts[..n].iter().enumerate() {
            if bases[i].gaz_starts & (1 << k) == 0 {
                continue;
            }
            let mut h = phrase_start(first);
            for j in i + 1..bases.len().min(i + gaz.max_words) {
                h = phrase_extend(h, bases[j].w);
                let Some(kinds) = gaz.get(h) else { break };
                if kinds != 0 {
                    set_gaz(&mut bases[i].gaz, kinds, GZ_BEGIN);
                    for b in &mut bases[i + 1..=j] {
                        set_gaz(&mut b.gaz, kinds, GZ_INSIDE);
                    }
                }
            }
        }
    }
}

/// Extracts the features of the sentence `toks` into `out` (cleared first).
///
/// Each token's features come in three runs: its lexical ones (the word,
/// its stem and their bigrams: [`LEXICAL`] of them, which training may hide),
/// then the rest of what the token alone says (affixes, shape, letter
/// n-grams, clusters, lexicon codes: [`Features::local`]), then its context.
/// The tagger sums the weights of a word form's own features once and keeps
/// the sum ([`crate::model`]); `skip_local[i]` leaves token `i`'s own
/// features out (its sum is known), and `None` extracts everything.
pub(crate) fn extract(
    toks: &[TokenView],
    gaz: &Gazetteers,
    clusters: &Clusters,
    forms: Option<FormCache<'_>>,
    out: &mut Features,
) {
    out.ids.clear();
    out.offsets.clear();
    out.local.clear();
    out.offsets.push(0);
    let mut bases = std::mem::take(&mut out.bases);
    bases.clear();
    match &forms {
        Some(c) => bases.extend_from_slice(c.bases),
        None => bases.extend(toks.iter().map(|t| base_of(t, gaz, clusters))),
    }
    let skip_local = forms.as_ref().map(|c| c.known);
    // With a form cache the tagger adds what each neighbour says from its
    // form's sums ([`neighbour_features`]), so those are left out here.
    let neighbours_summed = forms.is_some();
    mark_gazetteers(gaz, &mut bases);
    let n = toks.len();
    let at = |i: isize| -> Base {
        if i < 0 {
            BOS
        } else if i as usize >= n {
            EOS
        } else {
            bases[i as usize]
        }
    };
    for (i, t) in toks.iter().enumerate() {
        let f = &mut out.ids;
        let b = bases[i];
        let ii = i as isize;
        let (m1, m2, p1, p2) = (at(ii - 1), at(ii - 2), at(ii + 1), at(ii + 2));
        let local = !skip_local.is_some_and(|skip| skip[i]);
        // The word's own identity first (LEXICAL of them): training may hide
        // them so that the weights learn what unseen names look like.
        let word = [feature(T_W, b.w), feature(T_S, b.s)];
        f.extend_from_slice(if local { &word } else { &[][..] });
        f.push(feature(T_BI_WM1, pair(m1.w, b.w)));
        f.push(feature(T_BI_WP1, pair(b.w, p1.w)));
        f.push(feature(T_BI_SM1, pair(m1.s, b.s)));
        f.push(feature(T_BI_SP1, pair(b.s, p1.s)));
        let local_start = f.len();
        if local {
            local_features(t, &b, clusters, f);
        }
        out.local.push(local_start..f.len());
        context_features(i, n, &b, [m2, m1, p1, p2], clusters, neighbours_summed, f);
        out.offsets.push(f.len());
    }
    out.bases = bases;
}

/// A feature of template `tpl` for each set bit of `bits`, lowest first.
#[inline]
fn push_bits(f: &mut Vec<u64>, tpl: u32, mut bits: u32) {
    while bits != 0 {
        f.push(feature(tpl, u64::from(bits.trailing_zeros())));
        bits &= bits - 1;
    }
}

/// What token `t` says by itself, besides its word and stem: the features
/// whose weights the tagger may sum once per word form.
fn local_features(t: &TokenView, b: &Base, clusters: &Clusters, f: &mut Vec<u64>) {
    f.push(feature(T_BIAS, 0));
    for k in 1..=3usize {
        let kk = k as u32 - 1;
        if let Some(h) = prefix_hash(t.norm, k) {
            f.push(feature(T_NPRE + kk, h));
        }
        if let Some(h) = suffix_hash(t.norm, k) {
            f.push(feature(T_NSUF + kk, h));
        }
        if t.stem.len() != t.norm.len() {
            if let Some(h) = prefix_hash(t.stem, k) {
                f.push(feature(T_SPRE + kk, h));
            }
            if let Some(h) = suffix_hash(t.stem, k) {
                f.push(feature(T_SSUF + kk, h));
            }
        }
    }
    f.push(feature(T_SHAPE, b.shape));
    f.push(feature(T_PROCL, t.procl.0 as u64));
    let nisba = if t.stem.ends_with("يه") {
        1
    } else if t.stem.ends_with('ي') {
        2
    } else {
        0
    };
    if nisba != 0 {
        f.push(feature(
            T_NISBA,
            nisba | (t.procl.has(Proclitics::AL) as u64) << 2,
        ));
    }
    push_bits(f, T_TRIG_0, b.trig.into());
    {
        // Letter 3-grams of the stem: transliterated foreign names share them.
        // Char boundaries on the stack: this runs for every token.
        let mut buf = [0usize; 48];
        let heap: Vec<usize>;
        let idx: &[usize] = if t.stem.len() < buf.len() {
            let mut k = 0;
            for (i, _) in t.stem.char_indices() {
                buf[k] = i;
                k += 1;
            }
            buf[k] = t.stem.len();
            &buf[..=k]
        } else {
            heap = t
                .stem
                .char_indices()
                .map(|(i, _)| i)
                .chain([t.stem.len()])
                .collect();
            &heap
        };
        if idx.len() > 4 {
            for w in idx.windows(4) {
                f.push(feature(T_NGRAM, fnv(&t.stem.as_bytes()[w[0]..w[3]])));
            }
        }
    }
    f.push(feature(T_CL_C, b.cl.0 as u64));
    f.push(feature(T_CL_F, b.cl.1 as u64));
    if !clusters.lex.is_empty() {
        // What the tagger said about this word across unlabeled news
        // ([`crate::lexicon`]): shares per kind and the top kind.
        use crate::lexicon::share_of;
        if b.lex > 2 {
            for k in 0..4 {
                let sh = share_of(b.lex, k);
                if sh != 0 {
                    f.push(feature(T_LEX_SHARE, (k as u64) << 2 | sh as u64));
                }
            }
            f.push(feature(T_LEX_TOP, (b.lex >> 8 & 0x3ff) as u64));
        } else {
            f.push(feature(T_LEX_TOP, 0x100));
        }
    }
    if let Some(h) = prefix_hash(t.stem, 4) {
        f.push(feature(T_NPRE4, h));
    }
    if let Some(h) = suffix_hash(t.stem, 4) {
        f.push(feature(T_NSUF4, h));
    }
}

/// Where a neighbour stands, for [`neighbour_features`]: one, two before,
/// one and two after.
pub(crate) const NEIGHBOUR_PLACES: usize = 4;
pub(crate) const M1: usize = 0;
pub(crate) const P1: usize = 1;
pub(crate) const M2: usize = 2;
pub(crate) const P2: usize = 3;

/// The features a neighbour at `place` gives a token that depend on the
/// neighbour's word form alone (its word, stem, triggers, suffix, cluster
/// and top lexicon kind), so that the tagger can sum their weights once
/// per form and place ([`crate::model`]). [`context_features`] gives the
/// same features when not told that they are summed elsewhere.
pub(crate) fn neighbour_features(place: usize, nb: &Base, clusters: &Clusters, f: &mut Vec<u64>) {
    let (t_w, t_s) = [
        (T_W_M1, T_S_M1),
        (T_W_P1, T_S_P1),
        (T_W_M2, T_S_M2),
        (T_W_P2, T_S_P2),
    ][place];
    f.push(feature(t_w, nb.w));
    f.push(feature(t_s, nb.s));
    match place {
        M1 | P1 => {
            let (t_trig, t_ssuf2, t_cl, t_lex) = if place == M1 {
                (T_TRIG_M1, T_SSUF2_M1, T_CL_M1, T_LEX_M1)
            } else {
                (T_TRIG_P1, T_SSUF2_P1, T_CL_P1, T_LEX_P1)
            };
            push_bits(f, t_trig, nb.trig.into());
            f.push(feature(t_ssuf2, nb.ssuf2));
            f.push(feature(t_cl, nb.cl.1 as u64));
            if !clusters.lex.is_empty() {
                f.push(feature(t_lex, lex_top(nb)));
            }
        }
        M2 => {
            push_bits(f, T_TRIG_M2, nb.trig.into());
            f.push(feature(T_CL_M2, nb.cl.0 as u64));
        }
        _ => f.push(feature(T_CL_P2, nb.cl.0 as u64)),
    }
}

/// A word's top kind in the news lexicon ([`crate::lexicon`]), or which of
/// none, sentence start and end it is.
fn lex_top(b: &Base) -> u64 {
    match b.lex {
        0..=2 => 0x100 | b.lex as u64, // none, BOS, EOS
        c => crate::lexicon::top_of(c) as u64,
    }
}

/// The features of token `i` (of `n`) that its neighbours `[m2, m1, p1, p2]`
/// or its place in the sentence give; with `neighbours_summed`, only those
/// that [`neighbour_features`] does not give.
fn context_features(
    i: usize,
    n: usize,
    b: &Base,
    [m2, m1, p1, p2]: [Base; 4],
    clusters: &Clusters,
    neighbours_summed: bool,
    f: &mut Vec<u64>,
) {
    let all = !neighbours_summed;
    if all {
        f.push(feature(T_W_M1, m1.w));
        f.push(feature(T_W_P1, p1.w));
        f.push(feature(T_W_M2, m2.w));
        f.push(feature(T_W_P2, p2.w));
        f.push(feature(T_S_M1, m1.s));
        f.push(feature(T_S_P1, p1.s));
        f.push(feature(T_S_M2, m2.s));
        f.push(feature(T_S_P2, p2.s));
    }
    push_bits(f, T_GAZ, b.gaz);
    if m1.gaz != 0 {
        f.push(feature(T_GAZ_M1, m1.gaz as u64));
    }
    if p1.gaz != 0 {
        f.push(feature(T_GAZ_P1, p1.gaz as u64));
    }
    if all {
        for (tpl, tr) in [
            (T_TRIG_M1, m1.trig),
            (T_TRIG_M2, m2.trig),
            (T_TRIG_P1, p1.trig),
        ] {
            push_bits(f, tpl, tr.into());
        }
    }
    f.push(feature(T_SHAPE3, pair(pair(m1.shape, b.shape), p1.shape)));
    if i == 0 {
        f.push(feature(T_FIRST, 0));
    }
    if all {
        f.push(feature(T_SSUF2_M1, m1.ssuf2));
        f.push(feature(T_SSUF2_P1, p1.ssuf2));
        f.push(feature(T_CL_M1, m1.cl.1 as u64));
        f.push(feature(T_CL_P1, p1.cl.1 as u64));
        f.push(feature(T_CL_M2, m2.cl.0 as u64));
        f.push(feature(T_CL_P2, p2.cl.0 as u64));
    }
    f.push(feature(T_CL_BI, (m1.cl.0 as u64) << 16 | b.cl.0 as u64));
    if !clusters.lex.is_empty() {
        // The neighbours' top kinds in the news lexicon ([`crate::lexicon`]),
        // and whether this word and each neighbour were ever inside one
        // entity there.
        use crate::lexicon::{inside_of, pair_key};
        // A pair's code (0: never inside one entity), as 8 bits.
        let pair_code = |c: u32| ((c & 0x7f) | (c >> 8 & 0x80)) as u64;
        if b.lex > 2 {
            let inside = inside_of(b.lex);
            if inside != 0 {
                f.push(feature(T_LEX_INSIDE, inside as u64 | (lex_top(&m1) << 2)));
            }
        }
        if all {
            f.push(feature(T_LEX_M1, lex_top(&m1)));
        }
        if i > 0 {
            let c = clusters.lex(pair_key(m1.s, b.s));
            f.push(feature(T_LEX_PAIR_M1, pair_code(c)));
        }
        if i + 1 < n {
            let c = clusters.lex(pair_key(b.s, p1.s));
            f.push(feature(T_LEX_PAIR_P1, pair_code(c)));
        }
        if all {
            f.push(feature(T_LEX_P1, lex_top(&p1)));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::EntityKind;

    fn feats(words: &[&str], gaz: &Gazetteers) -> Features {
        let p = Prepared::new(words);
        let mut f = Features::default();
        extract(&p.views(), gaz, &Clusters::new(), None, &mut f);
        f
    }

    #[test]
    fn prepares_norm_and_stem_like_the_tokenizer() {
        let p = Prepared::new(&["وبالعراق", "الرئيسُ", "(د", "Reuters"]);
        let v = p.views();
        assert_eq!((v[0].norm, v[0].stem), ("وبالعراق", "عراق"));
        assert_eq!(v[0].procl.label(), "و+ب+ال");
        assert_eq!((v[1].norm, v[1].stem), ("الرييس", "رييس"));
        assert_eq!((v[2].norm, v[2].stem), ("(د", "(د"));
        assert_eq!((v[3].norm, v[3].stem), ("reuters", "reuters"));
    }

    #[test]
    fn same_stem_shares_stem_features_across_clitics() {
        let g = Gazetteers::new();
        let a = feats(&["بغداد"], &g);
        let b = feats(&["وبغداد"], &g);
        let c = feats(&["والعراق"], &g);
        let d = feats(&["العراق"], &g);
        let stem_a = feature(T_S, fnv("بغداد".as_bytes()));
        assert!(a.token(0).contains(&stem_a));
        assert!(b.token(0).contains(&stem_a));
        assert!(!b.token(0).contains(&feature(T_W, fnv("بغداد".as_bytes()))));
        let stem_c = feature(T_S, fnv("عراق".as_bytes()));
        assert!(c.token(0).contains(&stem_c) && d.token(0).contains(&stem_c));
        // Article: the stem prefix features differ from the word's.
        assert!(d
            .token(0)
            .contains(&feature(T_NPRE + 1, fnv("ال".as_bytes()))));
        assert!(d
            .token(0)
            .contains(&feature(T_SSUF + 1, fnv("اق".as_bytes()))));
    }

    #[test]
    fn neighbours_nisba_shape_and_triggers() {
        let g = Gazetteers::new();
        let f = feats(&["قال", "الرئيس", "العراقي", "2003"], &g);
        assert_eq!(f.len(), 4);
        // The word before "العراقي" is a title; two before, a verb of saying.
        assert!(f
            .token(2)
            .contains(&feature(T_TRIG_M1, TRIG_TITLE.trailing_zeros() as u64)));
        assert!(f
            .token(2)
            .contains(&feature(T_TRIG_M2, TRIG_SAY.trailing_zeros() as u64)));
        assert!(f.token(2).contains(&feature(T_NISBA, 2 | 4)));
        assert!(f
            .token(1)
            .contains(&feature(T_W_P1, fnv("العراقي".as_bytes()))));
        assert!(f.token(0).contains(&feature(T_W_M1, BOS.w)));
        assert_ne!(shape("2003"), shape("قال"));
        assert_eq!(shape("2003"), shape("1999"));
        // Every id is non-zero (zero marks an empty model slot).
        assert!(f.ids.iter().all(|&x| x != 0));
    }

    #[test]
    fn gazetteer_marks_words_readings_and_phrases() {
        let mut g = Gazetteers::new();
        g.add(EntityKind::Loc, "بغداد");
        g.add(EntityKind::Org, "الأمم المتحدة");
        let f = feats(&["لبغداد", "في", "الأمم", "المتحدة", "بغداد"], &g);
        let loc = 4 * EntityKind::Loc.index() as u64;
        let org = 4 * EntityKind::Org.index() as u64;
        assert!(f
            .token(0)
            .contains(&feature(T_GAZ, loc + GZ_READING as u64)));
        assert!(f.token(4).contains(&feature(T_GAZ, loc + GZ_WORD as u64)));
        assert!(f.token(2).contains(&feature(T_GAZ, org + GZ_BEGIN as u64)));
        assert!(f.token(3).contains(&feature(T_GAZ, org + GZ_INSIDE as u64)));
        assert!(!f
            .token(1)
            .iter()
            .any(|&x| (0..16).any(|b| x == feature(T_GAZ, b))));
    }

    #[test]
    fn affix_hashes_count_chars_not_bytes() {
        assert_eq!(prefix_hash("بغداد", 2), Some(fnv("بغ".as_bytes())));
        assert_eq!(suffix_hash("بغداد", 3), Some(fnv("داد".as_bytes())));
        assert_eq!(prefix_hash("بغ", 2), Some(fnv("بغ".as_bytes())));
        assert_eq!(prefix_hash("بغ", 3), None);
        assert_eq!(suffix_hash("ب", 2), None);
    }
}
