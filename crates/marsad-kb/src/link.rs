//! The `link` stage: KB matches in the tokens, merged with the tagger's
//! entities, in-document coreference, and geocoding.
//!
//! Rules, in order:
//! 1. Every KB alias is looked up at every token, clitic-aware (وبغداد،
//!    لبغداد، للعراق), longest match first.
//! 2. Homonyms are resolved per match by a score: the source (curated rows
//!    first), the population, agreement with the tagger's type, and the
//!    document's country context (countries, nationality adjectives and
//!    unambiguous places it mentions): طرابلس is Libya's unless Lebanon is
//!    what the article is about.
//! 3. A KB match equal to or inside a tagged mention of the same type links
//!    that whole tagged entity; a tagged mention inside a longer KB match is
//!    taken over by the KB entity; KB matches nobody tagged become entities
//!    of their own (weak aliases and roles only when the entry is otherwise
//!    named in the document); tagged entities no alias matches stay, unlinked.
//! 4. Coreference: a later one- or two-word mention equal to the last words
//!    of a person's full name is that person (الكاظمي ← مصطفى الكاظمي);
//!    a person mention right after a given name (`data/given_names.txt`)
//!    takes it in (علي أبو حليقة tagged أبو حليقة).
//! 5. Places: one-word GeoNames villages of a country the document never
//!    mentions are not linked after a place word; places still without a
//!    point are geocoded (`geo`: KB name lookup, a known town they are in or
//!    beside, the town before a quarter; البلاد and المملكة as the leading
//!    country); a place mention takes in its place word (مدينة الضالع).

use crate::kb::{AliasKind, Entry, Kb, Precision, Source};
use crate::nominal;
use marsad_core::document::READING_HASHES;
use marsad_core::{Document, Entity, EntityType, Proclitics, Span, SpanIndex, Stage, TokenKind};
use marsad_text::clitics;
use marsad_text::phrases::original_offset;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::Arc;

/// Candidate entries of a match, with the kind of alias that matched.
type Candidates = Vec<(u32, AliasKind)>;

/// A KB alias found in the tokens, before homonyms are resolved.
#[derive(Debug, Clone)]
pub struct KbMatch {
    pub tokens: std::ops::Range<usize>,
    pub span: Span,
    /// Candidate entries with the kind of alias that matched.
    pub candidates: Vec<(u32, AliasKind)>,
    /// Letters stripped from the first word (proclitics), for gating.
    pub proclitics: Proclitics,
}

/// The KB side of a linked entity, for stages that want more than
/// [`Entity`] carries (precision, actor code).
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// Index into `doc.entities`.
    pub entity: usize,
    pub entry: u32,
    pub precision: Option<Precision>,
    pub code: Option<String>,
}

/// Options of the link stage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LinkOptions {
    /// Add unnamed actors ("مصدر أمني", "القوات الأمنية") as nominal entities.
    pub nominals: bool,
    /// Make nationality adjectives entity mentions of their country.
    pub adjectives_as_mentions: bool,
}

impl Default for LinkOptions {
    fn default() -> Self {
        LinkOptions {
            nominals: true,
            adjectives_as_mentions: false,
        }
    }
}

/// The entity-linking stage. Runs after the tagger (`marsad_ner::NerLayer`).
#[derive(Clone)]
pub struct KbLayer {
    kb: KbRef,
    opts: LinkOptions,
}

#[derive(Clone)]
enum KbRef {
    Bundled(&'static Kb),
    Owned(Arc<Kb>),
}

impl Default for KbLayer {
    fn default() -> Self {
        KbLayer::new()
    }
}

impl KbLayer {
    /// With the bundled KB.
    pub fn new() -> KbLayer {
        KbLayer {
            kb: KbRef::Bundled(Kb::bundled()),
            opts: LinkOptions::default(),
        }
    }

    pub fn with_kb(kb: Arc<Kb>) -> KbLayer {
        KbLayer {
            kb: KbRef::Owned(kb),
            opts: LinkOptions::default(),
        }
    }

    pub fn options(mut self, opts: LinkOptions) -> KbLayer {
        self.opts = opts;
        self
    }

    pub fn kb(&self) -> &Kb {
        match &self.kb {
            KbRef::Bundled(k) => k,
            KbRef::Owned(k) => k,
        }
    }

    /// Every KB alias in the tokens, left to right, longest first, not overlapping.
    pub fn find_matches(&self, doc: &Document) -> Vec<KbMatch> {
        let kb = self.kb();
        let mut out = Vec::new();
        let mut key = String::new();
        let mut i = 0;
        while i < doc.tokens.len() {
            match self.longest_at(kb, doc, i, &mut key) {
                // A one-word alias that is a common word here (أقصر حرب
                // "the shortest war", not Luxor; `data/not_entities.txt`).
                Some(m) if m.tokens.len() == 1 && is_common_word(doc, i) => i += 1,
                Some(mut m) => {
                    self.extend_same_entry(kb, doc, &mut m, &mut key);
                    i = m.tokens.end;
                    out.push(m);
                }
                None => i += 1,
            }
        }
        out
    }

    /// A longer alias of the same entry that starts inside match `m` and
    /// ends after it extends it: الأمير محمد بن نايف (a title alias) then
    /// محمد بن نايف بن عبدالعزيز (the full name) are one mention, not a
    /// mention and a stray بن عبدالعزيز.
    fn extend_same_entry(&self, kb: &Kb, doc: &Document, m: &mut KbMatch, key: &mut String) {
        let mut j = m.tokens.start + 1;
        while j < m.tokens.end {
            if let Some(n) = self.longest_at(kb, doc, j, key) {
                let shared: Candidates = m
                    .candidates
                    .iter()
                    .copied()
                    .filter(|c| n.candidates.iter().any(|d| d.0 == c.0))
                    .collect();
                if n.tokens.end > m.tokens.end && !shared.is_empty() {
                    m.tokens.end = n.tokens.end;
                    m.span = Span::new(m.span.start, n.span.end);
                    m.candidates = shared;
                }
            }
            j += 1;
        }
    }

    fn longest_at(&self, kb: &Kb, doc: &Document, i: usize, key: &mut String) -> Option<KbMatch> {
        let first = &doc.tokens[i];
        let word = doc.norm(first);
        // The text layer's hashes of the readings, where it worked them out.
        let hashes = marsad_text::phrases::token_hashes(doc, i);
        if let Some(h) = hashes {
            // Every key below is a reading (hashed), or ال and a stem: a
            // hashed reading too (العراق، والعراق، بالعراق), but after لل
            // (للعراق). Most tokens are turned away here.
            const LL: &[u8] = "لل".as_bytes();
            let ll = [0, 2]
                .iter()
                .any(|&at| word.as_bytes().get(at..at + 4) == Some(LL));
            if !ll && !h.iter().any(|&x| kb.may_start_alias(x)) {
                return None;
            }
        }
        let readings = match first.kind {
            TokenKind::Arabic => clitics::readings(word),
            TokenKind::Latin => clitics::Readings::whole(word),
            _ => return None,
        };
        let curated = |c: &Candidates| {
            c.iter()
                .any(|&(e, _)| kb.entry(e).source == Source::Curated)
        };
        let population = |c: &Candidates| c.iter().map(|&(e, _)| kb.entry(e).population).max();
        // A reading read off a proclitic outweighs the whole word when the
        // team's table knows it and not the whole, or it is a city of a
        // million, five times the whole word's largest place.
        let outweighs = |off: &Candidates, whole: &Candidates| {
            !curated(whole)
                && (curated(off) || {
                    let (a, b) = (population(off).unwrap_or(0), population(whole).unwrap_or(0));
                    a >= 1_000_000 && a >= b.saturating_mul(5)
                })
        };
        // (words, reading index, proclitics, stripped bytes)
        let mut best: Option<(usize, Proclitics, usize, Candidates)> = None;
        for (procl, stem) in readings.iter() {
            let with_article = procl.has(Proclitics::AL) && !stem.starts_with("ال");
            let stripped = word.len() - stem.len();
            let letters = stripped / 2;
            // Most readings begin no alias: the text layer's hash of the
            // reading (where it has one) turns them away before a key is built.
            if let Some(h) = hashes {
                if !with_article
                    && stripped & 1 == 0
                    && letters < READING_HASHES
                    && !kb.may_start_alias(h[letters])
                {
                    continue;
                }
            }
            key.clear();
            if with_article {
                key.push_str("ال");
            }
            key.push_str(stem);
            // One short word after stripping a preposition is mostly another word (بنا، لقد).
            let short = stripped > 0 && !with_article && stem.chars().count() < 3;
            let max = kb.max_words_from(key);
            if max == 0 {
                continue;
            }
            let first_len = key.len();
            let limit = max.min(doc.tokens.len() - i);
            // (A reading no longer than the best can still win below.)
            if best
                .as_ref()
                .is_some_and(|b| b.0 > limit || (b.0 == limit && stripped <= b.2))
            {
                continue;
            }
            // Extend word by word, remembering the longest alias seen.
            let mut found: Option<(usize, Candidates)> = None;
            for n in 1..=limit {
                if n > 1 {
                    let t = &doc.tokens[i + n - 1];
                    key.push(' ');
                    key.push_str(doc.norm(t));
                    if !kb.may_extend(key) {
                        break;
                    }
                }
                let c: Vec<(u32, AliasKind)> = kb.lookup(key).map(|a| (a.entry, a.kind)).collect();
                if !(c.is_empty() || (short && n == 1)) {
                    found = Some((n, c));
                }
            }
            key.truncate(first_len);
            if let Some((n, c)) = found.filter(|(n, _)| !(short && *n == 1)) {
                // Of two readings as long, the whole word wins unless the
                // other outweighs it: وجدة is و + Jeddah before it is Oujda.
                if best
                    .as_ref()
                    .is_none_or(|b| n > b.0 || (n == b.0 && stripped > b.2 && outweighs(&c, &b.3)))
                {
                    best = Some((n, procl, stripped, c));
                }
            }
        }
        let (n, procl, stripped, candidates) = best?;
        let skip = original_offset(doc.token_text(first), stripped);
        Some(KbMatch {
            tokens: i..i + n,
            span: Span::new(first.span.start + skip, doc.tokens[i + n - 1].span.end),
            candidates,
            proclitics: procl,
        })
    }

    /// Links `doc.entities` to the KB and adds KB-only entities; returns the
    /// KB side of each linked entity.
    pub fn link(&self, doc: &mut Document) -> Vec<Link> {
        let kb = self.kb();
        let mut matches = self.find_matches(doc);
        matches.retain(|m| !undermining_not_nile(doc, m.span));
        let mut ner: Vec<Entity> = std::mem::take(&mut doc.entities);
        drop_base_mentions(doc, kb, &mut matches, &mut ner);
        drop_mentions(&mut matches, &mut ner, |span| counted_people(doc, span));
        drop_not_entities(doc, &mut ner);
        trim_indefinite_words(doc, &mut ner);
        trim_nationality_adjectives(doc, kb, &mut ner);
        restore_cut_names(doc, kb, &mut ner);
        people_after_place_words_are_places(doc, &mut ner);
        surnames_are_people(doc, &mut ner);
        drop_lone_adjectives(doc, kb, &mut ner);
        drop_adjective_places(doc, &mut ner);
        split_coordinated_names(doc, kb, &matches, &mut ner);

        // Tagged mentions, sorted, to find what each match overlaps.
        let mut tagged: Vec<(Span, usize)> = ner
            .iter()
            .enumerate()
            .flat_map(|(e, ent)| ent.mentions.iter().map(move |&m| (m, e)))
            .collect();
        tagged.sort();

        // Country context: countries and nationality adjectives, and (half
        // weight) multi-word or tagged place names of one country.
        let mut votes: FxHashMap<[u8; 2], f32> = FxHashMap::default();
        for m in &matches {
            // A country's weak name (مالي, also "financial") says nothing
            // until the tagger or a full name vouches for it.
            let national = |&&(e, k): &&(u32, AliasKind)| {
                k == AliasKind::Adjective
                    || (k != AliasKind::Weak && kb.entry(e).precision == Some(Precision::Country))
            };
            let strong = m.candidates.iter().any(|c| national(&c));
            // A country's name that is also a well-known place of another
            // country (عمان: Oman, or Amman in Jordan; a curated row or a
            // city of a million) says nothing of the context until it is
            // resolved.
            let homograph = strong && {
                let of = |&(e, _): &(u32, AliasKind)| kb.entry(e).country;
                let nations: Vec<_> = m.candidates.iter().filter(national).map(of).collect();
                m.candidates
                    .iter()
                    .filter(|c| !national(c) && c.1 != AliasKind::Role)
                    .filter(|c| {
                        let e = kb.entry(c.0);
                        e.source == Source::Curated || e.population >= 1_000_000
                    })
                    .any(|c| !nations.contains(&of(c)))
            };
            if homograph {
                continue;
            }
            let tagged_loc = {
                let lo = tagged.partition_point(|(s, _)| s.end <= m.span.start);
                tagged[lo..]
                    .iter()
                    .take_while(|(s, _)| s.start < m.span.end)
                    .any(|(s, e)| s.contains(&m.span) && ner[*e].kind == EntityType::Location)
            };
            if !strong && m.tokens.len() < 2 && !tagged_loc {
                continue;
            }
            let mut countries = m
                .candidates
                .iter()
                .filter(|c| !strong || national(c))
                .filter(|c| c.1 != AliasKind::Role)
                .filter_map(|&(e, _)| kb.entry(e).country)
                .filter(|c| c != b"XX");
            let Some(c) = countries.next() else { continue };
            if countries.all(|d| d == c) {
                *votes.entry(c).or_default() += if strong { 1.0 } else { 0.5 };
            }
        }
        let top = votes.values().copied().fold(0.0f32, f32::max);

        // Entries named in the document by a full name (for weak aliases and roles).
        let mut named: FxHashMap<u32, usize> = FxHashMap::default();
        for m in &matches {
            for &(e, k) in &m.candidates {
                if k == AliasKind::Name {
                    *named.entry(e).or_default() += 1;
                }
            }
        }

        // Surnames of people the tagger names in full: a one-word weak alias
        // that is one of them (مرسي after هشام مرسي) is that person's short
        // form, not a famous namesake, unless the namesake is named in full.
        let doc_surnames: FxHashSet<String> = ner
            .iter()
            .filter(|e| e.kind == EntityType::Person && !e.nominal)
            .filter_map(|e| {
                let words = name_words(&e.name);
                (words.len() >= 2).then(|| words.last().cloned()).flatten()
            })
            .collect();

        // Resolve each match and decide what it does.
        let mut groups: FxHashMap<u32, Vec<Span>> = FxHashMap::default();
        let mut order: Vec<u32> = Vec::new();
        let mut ner_link: Vec<FxHashMap<u32, usize>> = vec![FxHashMap::default(); ner.len()];
        let mut absorbed: Vec<bool> = vec![false; tagged.len()];
        let mut trimmed: Vec<(Span, Span)> = Vec::new();
        for m in &matches {
            let lo = tagged.partition_point(|(s, _)| s.end <= m.span.start);
            let over: Vec<usize> = (lo..tagged.len())
                .take_while(|&j| tagged[j].0.start < m.span.end)
                .filter(|&j| tagged[j].0.overlaps(&m.span))
                .collect();
            // The tagged mention the match is equal to or inside of, if any.
            let host = over
                .iter()
                .copied()
                .find(|&j| tagged[j].0.contains(&m.span));
            let host_type = host.map(|j| ner[tagged[j].1].kind);
            let Some((entry, kind)) = self.resolve(kb, m, host_type, &votes, top, &named) else {
                continue;
            };
            let e = kb.entry(entry);
            let foreign_town =
                e.source == Source::GeoNames && e.country.is_none_or(|c| !votes.contains_key(&c));
            // (Asked only where it matters: it reads the match's words.)
            let a_surname = || {
                m.tokens.len() == 1
                    && name_words(doc.slice(m.span))
                        .last()
                        .is_some_and(|w| doc_surnames.contains(w))
            };
            if kind == AliasKind::Weak
                && named.get(&entry).copied().unwrap_or(0) == 0
                && a_surname()
            {
                continue;
            }
            // Likewise a one-word town of the automatic sources that nobody
            // tagged: قال جوهر after فرحان جوهر is the man, not Jowhar.
            if host.is_none() && foreign_town && a_surname() {
                continue;
            }
            // A word the tagger reads as a person is no town of the same
            // spelling in a country the text is not about (ستيوارت, Stuart
            // in Florida; لي, Leigh). عمران in news of Yemen stays the town.
            if host_type == Some(EntityType::Person) && m.tokens.len() == 1 && foreign_town {
                continue;
            }
            // A country after an actor's head noun is its adjective (السلطات السعودية).
            let kind = if e.precision == Some(Precision::Country)
                && m.tokens.len() == 1
                && m.tokens.start > 0
                && nominal::is_actor_head(doc, m.tokens.start - 1)
            {
                AliasKind::Adjective
            } else {
                kind
            };
            if kind == AliasKind::Adjective && !self.opts.adjectives_as_mentions {
                continue;
            }
            match host {
                // A tagged word read as ك + a town's name (كبرى): the KB
                // vouches for no town there (see `gate`). When the tagger
                // took that rest alone for a place (فاجأ → ف + اجأ), it
                // read a word as a clitic and a name: no place is left.
                Some(j) if tagged_word_read_off(doc, e, m, &votes) => {
                    let (span, idx) = tagged[j];
                    // The letters read off the match, the article as the token has it.
                    let article = doc.tokens[m.tokens.start].proclitics.0 & Proclitics::AL;
                    let bare_conjunction = Proclitics(m.proclitics.0 & !Proclitics::AL | article)
                        .is_bare_conjunction();
                    if span == m.span && bare_conjunction && ner[idx].kind == EntityType::Location {
                        absorbed[j] = true;
                    }
                    continue;
                }
                Some(j) => {
                    let (span, idx) = tagged[j];
                    // A place inside another name (بغداد in جامعة بغداد) stays
                    // part of that name; an equal span trusts the KB's type,
                    // and so does a name of several words the tagger took
                    // with a preposition on it (بإسلام أباد as a person).
                    let preposition_kept = span.end == m.span.end && same_token(doc, span, m.span);
                    if span == m.span
                        || (host_type == Some(e.kind) && only_titles_around(doc, span, m))
                        || (preposition_kept && m.tokens.len() >= 2)
                    {
                        *ner_link[idx].entry(entry).or_default() += 1;
                        // The tagger kept a preposition (لبغداد): the KB span is exact.
                        if preposition_kept {
                            trimmed.push((span, m.span));
                        }
                    }
                    continue;
                }
                // A colour or an adjective after its noun (الأراضي البيضاء).
                None if m.tokens.len() == 1 && adjective_of_noun_before(doc, m.tokens.start) => {
                    continue;
                }
                None => {
                    let accept = match kind {
                        AliasKind::Name => self.gate(e, m, doc, &votes),
                        AliasKind::Weak => {
                            named.get(&entry).copied().unwrap_or(0) > 0
                                || (m.tokens.start > 0 && {
                                    let p = m.tokens.start - 1;
                                    (e.kind == EntityType::Organization
                                        && nominal::is_org_head(doc, p))
                                        || (e.kind == EntityType::Location
                                            && nominal::is_place_head(doc.stem(&doc.tokens[p])))
                                })
                        }
                        AliasKind::Role => named.get(&entry).copied().unwrap_or(0) > 0,
                        AliasKind::Adjective => true,
                    };
                    // A match crossing or covering tagged mentions wins when it is
                    // a multi-word alias; a single word yields to the tagger.
                    if !accept || (!over.is_empty() && m.tokens.len() < 2) {
                        continue;
                    }
                    for &j in &over {
                        absorbed[j] = true;
                    }
                }
            }
            if !groups.contains_key(&entry) {
                order.push(entry);
            }
            groups.entry(entry).or_default().push(m.span);
        }

        // Tagged entities: linked ones join their entry's group.
        let mut ner_entry: Vec<Option<u32>> = vec![None; ner.len()];
        for (i, votes) in ner_link.iter().enumerate() {
            if let Some((&e, _)) = votes
                .iter()
                .max_by_key(|(&e, &n)| (n, std::cmp::Reverse(e)))
            {
                ner_entry[i] = Some(e);
            }
        }
        let absorbed_spans: FxHashSet<Span> = tagged
            .iter()
            .zip(&absorbed)
            .filter(|(_, &a)| a)
            .map(|((s, _), _)| *s)
            .collect();
        // Tagged spans the KB trimmed (the first trim of each wins).
        let mut trims: FxHashMap<Span, Span> = FxHashMap::default();
        for &(from, to) in &trimmed {
            trims.entry(from).or_insert(to);
        }
        // Entities with the KB entry each is linked to, if any.
        let mut out: Vec<(Entity, Option<u32>)> = Vec::new();
        let mut entity_of: FxHashMap<u32, usize> = FxHashMap::default();
        let push_linked = |entry: u32,
                           spans: Vec<Span>,
                           out: &mut Vec<(Entity, Option<u32>)>,
                           entity_of: &mut FxHashMap<u32, usize>| {
            if let Some(&k) = entity_of.get(&entry) {
                out[k].0.mentions.extend(spans);
                return;
            }
            let e = kb.entry(entry);
            entity_of.insert(entry, out.len());
            // GeoNames' first Arabic name is not always the usual one: name
            // such places as the text does.
            let name = match (e.source, spans.first()) {
                (Source::GeoNames, Some(&s)) => doc.slice(s).to_string(),
                _ => e.name.clone(),
            };
            let entity = Entity {
                name,
                kind: e.kind,
                nominal: false,
                wikidata: e.wikidata.clone(),
                lat: e.lat.map(f64::from),
                lon: e.lon.map(f64::from),
                mentions: spans,
            };
            out.push((entity, Some(entry)));
        };
        // Tagged entities first, then KB-only groups.
        for (i, ent) in ner.iter().enumerate() {
            let mentions: Vec<Span> = ent
                .mentions
                .iter()
                .copied()
                .filter(|m| !absorbed_spans.contains(m))
                .map(|m| trims.get(&m).copied().unwrap_or(m))
                .collect();
            if mentions.is_empty() {
                continue;
            }
            match ner_entry[i] {
                Some(entry) => push_linked(entry, mentions, &mut out, &mut entity_of),
                None => out.push((
                    Entity {
                        mentions,
                        ..ent.clone()
                    },
                    None,
                )),
            }
        }
        for entry in order {
            let spans = groups.remove(&entry).unwrap_or_default();
            push_linked(entry, spans, &mut out, &mut entity_of);
        }
        for (e, _) in &mut out {
            e.mentions.sort();
            e.mentions.dedup();
        }
        extend_given_names(doc, &mut out);
        corefer_people(doc, &mut out);
        // Outlets and agencies the provenance layer found are organizations.
        let credits = doc
            .provenance
            .source
            .iter()
            .chain(&doc.provenance.agency)
            .chain(&doc.provenance.translated_by);
        // An outlet the tagger found unlinked in the text (لـ«الصباح») is the
        // one its credit line names (المصدر: صحيفة الصباح).
        let mut unlinked: FxHashMap<String, usize> = out
            .iter()
            .enumerate()
            .filter(|(_, (e, entry))| entry.is_none() && e.kind == EntityType::Organization)
            .map(|(i, (e, _))| (crate::kb::phrase_key(&e.name), i))
            .collect();
        for c in credits {
            let Some(off) = c.text.find(&c.name) else {
                continue;
            };
            let span = Span::new(c.span.start + off, c.span.start + off + c.name.len());
            if doc.text.get(span.range()) != Some(c.name.as_str())
                || out
                    .iter()
                    .any(|(e, _)| e.mentions.iter().any(|m| m.overlaps(&span)))
            {
                continue;
            }
            let key = crate::kb::phrase_key(&c.name);
            let entry = kb
                .lookup(&key)
                .map(|a| a.entry)
                .find(|&e| kb.entry(e).kind == EntityType::Organization);
            match entry {
                Some(entry) => push_linked(entry, vec![span], &mut out, &mut entity_of),
                None => match unlinked.get(&key) {
                    Some(&k) => {
                        out[k].0.mentions.push(span);
                        out[k].0.mentions.sort();
                    }
                    None => {
                        unlinked.insert(key, out.len());
                        out.push((
                            Entity::unlinked(
                                c.name.clone(),
                                EntityType::Organization,
                                false,
                                vec![span],
                            ),
                            None,
                        ));
                    }
                },
            }
        }
        crate::named_after::add_named_after(doc, &mut out);
        crate::bodies::add_bodies(doc, kb, &mut out);
        if self.opts.nominals {
            nominal::add_nominals(doc, kb, !self.opts.adjectives_as_mentions, &mut out);
        }
        nominal::add_places(doc, &mut out);
        let ctx = crate::geo::Context { votes: &votes };
        crate::geo::geocode(doc, kb, &ctx, &mut out);
        merge_same_entry(&mut out);
        take_in_place_words(doc, &mut out);
        out.retain(|(e, _)| !e.mentions.is_empty());
        out.sort_by_key(|(e, _)| e.mentions.first().copied().unwrap_or_default());
        let mut links = Vec::new();
        for (i, (_, entry)) in out.iter().enumerate() {
            if let Some(entry) = *entry {
                let e = kb.entry(entry);
                links.push(Link {
                    entity: i,
                    entry,
                    precision: e.precision,
                    code: e.code.clone(),
                });
            }
        }
        doc.entities = out.into_iter().map(|(e, _)| e).collect();
        links
    }

    /// The best candidate of a match, or `None` when only weak evidence is left.
    fn resolve(
        &self,
        kb: &Kb,
        m: &KbMatch,
        host: Option<EntityType>,
        votes: &FxHashMap<[u8; 2], f32>,
        top: f32,
        named: &FxHashMap<u32, usize>,
    ) -> Option<(u32, AliasKind)> {
        let mut best: Option<(f32, u32, AliasKind)> = None;
        for &(id, kind) in &m.candidates {
            let e = kb.entry(id);
            let mut s = prior(e);
            if let Some(c) = e.country {
                if top > 0.0 {
                    s += 2.0 * votes.get(&c).copied().unwrap_or(0.0) / top;
                }
            }
            if host == Some(e.kind) {
                s += 3.0;
            }
            match kind {
                AliasKind::Name => {}
                // A weak alias needs the tagger to agree, or the entry named elsewhere.
                AliasKind::Weak => {
                    if host.is_some_and(|h| h != e.kind) {
                        continue;
                    }
                    s -= 0.5;
                }
                AliasKind::Role => {
                    if named.get(&id).copied().unwrap_or(0) == 0 {
                        continue;
                    }
                }
                AliasKind::Adjective => s -= 1.0,
            }
            if best.is_none_or(|b| s > b.0) {
                best = Some((s, id, kind));
            }
        }
        best.map(|(_, id, kind)| (id, kind))
    }

    /// Whether a KB-only match of a full name is taken without the tagger.
    /// One-word names from the automatic sources (GeoNames, subdivisions)
    /// are often other words too: they need a place word before them
    /// (مدينة، قرية، منطقة …), or their country in the document's context,
    /// or a large population; and no bare preposition read off them.
    fn gate(
        &self,
        e: &Entry,
        m: &KbMatch,
        doc: &Document,
        votes: &FxHashMap<[u8; 2], f32>,
    ) -> bool {
        if e.source == Source::Curated
            || e.precision == Some(Precision::Country)
            || m.tokens.len() > 1
        {
            return true;
        }
        if m.tokens.start > 0 && nominal::is_place_head(doc.stem(&doc.tokens[m.tokens.start - 1])) {
            // Not a village of a country the document never mentions while
            // another leads it (جزيرة الخالدية in Anbar is not Jordan's
            // الخالدية): the place-word rule names it without that point.
            let foreign = e.source == Source::GeoNames
                && e.country.is_some_and(|c| !votes.contains_key(&c))
                && votes.values().any(|&v| v >= 2.0);
            return !foreign;
        }
        // ك "like" before a bare town name is rare in news, while كبرى,
        // كبيرين, كما read as ك + a town are common: only curated names and
        // countries (passed above) are read off it.
        if read_off_ka(doc, m) {
            return false;
        }
        let stem_letters = doc.stem(&doc.tokens[m.tokens.start]).chars().count();
        let bare_prep = (m.proclitics.has(Proclitics::BI)
            || m.proclitics.has(Proclitics::LI)
            || m.proclitics.has(Proclitics::KA))
            && !m.proclitics.has(Proclitics::AL);
        let in_context = e
            .country
            .is_some_and(|c| votes.get(&c).copied().unwrap_or(0.0) >= 1.0);
        let letters_needed = if bare_prep { 4 } else { 3 };
        // A short word read with a proclitic off it is mostly a word of its
        // own (وكيل is not و + Kiel, كبيرا not ك + Beira, فرقة not ف + Raqqa):
        // a foreign town needs its country in the document, or a name of
        // five letters or more and a large population.
        let stripped = m.proclitics.0 & !Proclitics::AL != 0;
        if stripped && !in_context {
            return stem_letters >= 5 && e.population >= 1_000_000;
        }
        // A three-letter name (الابي، صور) of a country the document does
        // not mention, while another leads it, is mostly a word: only a
        // large city is read so.
        let another_leads = votes.values().any(|&v| v >= 2.0);
        if !in_context && stem_letters <= 3 && another_leads {
            return e.population >= 1_000_000;
        }
        stem_letters >= letters_needed && (in_context || e.population >= 100_000)
    }
}

/// Tagged mentions the tagger cut off their word's first letters as if a
/// proclitic (فيسبوك → يسبوك، كاليفورنيا → اليفورنيا، فيفا → يفا): the whole
/// word, when the knowledge base has it as a name of the tagged type (a
/// vague MISC takes any): وأنس tagged a person stays و + أنس.
fn restore_cut_names(doc: &Document, kb: &Kb, ner: &mut [Entity]) {
    for e in ner.iter_mut() {
        let kind = e.kind;
        for m in e.mentions.iter_mut() {
            let Some(tok) = doc.tokens.get(doc.token_at_or_after(m.start)) else {
                continue;
            };
            if tok.span.start >= m.start || tok.span.end <= m.start {
                continue;
            }
            let whole = Span::new(tok.span.start, m.end);
            let key = crate::kb::phrase_key(doc.slice(whole));
            if kb.lookup(&key).any(|a| {
                a.kind == AliasKind::Name
                    && (kind == EntityType::Misc || kb.entry(a.entry).kind == kind)
            }) {
                if doc.slice(*m) == e.name {
                    e.name = doc.slice(whole).to_string();
                }
                *m = whole;
            }
        }
    }
}

/// Whether a tagged one-word mention that the KB matched only with a
/// proclitic off (وكيل → و + Kiel, كبرى → ك + Brea) should stay unlinked: a
/// GeoNames town read off ك, or a short one (under four letters, not a
/// large city) of a country the document does not mention. The tagger may
/// have erred on the whole word; the KB does not vouch for the rest.
fn tagged_word_read_off(
    doc: &Document,
    e: &Entry,
    m: &KbMatch,
    votes: &FxHashMap<[u8; 2], f32>,
) -> bool {
    if e.source != Source::GeoNames || m.tokens.len() != 1 || m.proclitics.0 & !Proclitics::AL == 0
    {
        return false;
    }
    if read_off_ka(doc, m) {
        return true;
    }
    let in_context = e
        .country
        .is_some_and(|c| votes.get(&c).copied().unwrap_or(0.0) >= 1.0);
    let key = crate::kb::phrase_key(doc.slice(m.span));
    let letters = key.strip_prefix("ال").unwrap_or(&key).chars().count();
    !in_context && letters < 4 && e.population < 1_000_000
}

/// Whether a match was read off ك "like" with no article after it (كبرى →
/// ك + برى): the word is mostly one of its own, as ك before a bare town
/// name is rare in news.
fn read_off_ka(doc: &Document, m: &KbMatch) -> bool {
    m.proclitics.has(Proclitics::KA) && !doc.tokens[m.tokens.start].proclitics.has(Proclitics::AL)
}

/// The word that introduces a place right before `mention` (مدينة in
/// مدينة الضالع): a singular place word without the article, one space
/// before the mention's first token.
fn place_word_before(doc: &Document, mention: Span) -> Option<&marsad_core::Token> {
    let first = doc.token_at_or_after(mention.start);
    if first == 0 || first >= doc.tokens.len() || doc.tokens[first].span.start != mention.start {
        return None;
    }
    let head = &doc.tokens[first - 1];
    let stem = doc.stem(head);
    (head.kind == TokenKind::Arabic
        && !head.proclitics.has(Proclitics::AL)
        && nominal::is_place_head(stem)
        && !nominal::is_plural_place_head(stem)
        && doc.text[head.span.end..mention.start] == *" ")
        .then_some(head)
}

/// A place mention right after its place word in construct (مدينة الضالع،
/// مديرية لودر) takes the word in: the entity keeps its bare name, so both
/// forms name it, and the mention tells the town from its province. Not
/// after plural place words, which head a list (بلدات عين الكروم وسلهب).
fn take_in_place_words(doc: &Document, out: &mut [(Entity, Option<u32>)]) {
    for (e, _) in out.iter_mut() {
        if e.kind != EntityType::Location || e.nominal {
            continue;
        }
        let mut name: Option<String> = None;
        for m in e.mentions.iter_mut() {
            let Some(head) = place_word_before(doc, *m) else {
                continue;
            };
            let stem = doc.stem(head);
            // Only where the name is the bare form (else that form is lost).
            let name = name.get_or_insert_with(|| crate::kb::phrase_key(&e.name));
            if crate::kb::phrase_key(doc.slice(*m)) != *name {
                continue;
            }
            let cut = doc.norm(head).len() - stem.len();
            let skip = original_offset(doc.token_text(head), cut);
            *m = Span::new(head.span.start + skip, m.end);
        }
    }
}

/// A one-word name without the article that is the last word of a person
/// the tagger named in full before it is that person, whatever the tagger
/// made of it alone (كاميرون after ديفيد كاميرون is no Cameroon).
fn surnames_are_people(doc: &Document, ner: &mut [Entity]) {
    // Each surname with where its person is first named in full.
    let mut surnames: FxHashMap<String, usize> = FxHashMap::default();
    for e in ner
        .iter()
        .filter(|e| e.kind == EntityType::Person && !e.nominal)
    {
        let words: Vec<&str> = e.name.split_whitespace().collect();
        let Some(first) = e.mentions.first() else {
            continue;
        };
        if words.len() < 2 {
            continue;
        }
        let w = marsad_text::normalize(words[words.len() - 1]);
        if !w.starts_with("ال") && w.chars().count() >= 3 {
            let at = surnames.entry(w).or_insert(first.start);
            *at = (*at).min(first.start);
        }
    }
    if surnames.is_empty() {
        return;
    }
    for e in ner.iter_mut() {
        if e.kind == EntityType::Person || e.nominal {
            continue;
        }
        // Every mention the bare surname, after the person was named in full.
        let all_the_surname = e.mentions.iter().all(|m| {
            let text = doc.slice(*m);
            !text.contains(char::is_whitespace)
                && surnames
                    .get(&marsad_text::normalize(text))
                    .is_some_and(|&at| at < m.start)
        });
        if all_the_surname {
            e.kind = EntityType::Person;
        }
    }
}

/// Whether a word as written ends as a nationality adjective does (السوري،
/// السورية، السوريون، السوريين): a cheap test before the KB is asked.
fn looks_nisba(word: &str) -> bool {
    let w = word.trim_end_matches(marsad_text::normalize::is_diacritic);
    ["ي", "ية", "يه", "يون", "يين"]
        .iter()
        .any(|e| w.ends_with(e))
}

/// A tagged name that is two names of the KB joined by و (منظمة الصحة
/// العالمية واليونيسف، الاتحاد الأوروبي وحلف الناتو) is two entities. The
/// tagger cannot tell them from one name with و inside (وزارة التجارة
/// والصناعة، حزب العدالة والتنمية); the KB can, when both halves are full
/// names of its entries and no one alias covers the whole.
fn split_coordinated_names(doc: &Document, kb: &Kb, matches: &[KbMatch], ner: &mut Vec<Entity>) {
    let full_name = |m: &KbMatch| m.candidates.iter().any(|c| c.1 == AliasKind::Name);
    let mut added: Vec<Entity> = Vec::new();
    for e in ner.iter_mut() {
        let mut renamed = None;
        for mention in &mut e.mentions {
            // The first half begins the mention (a proclitic the tagger kept
            // may come before it in the word), the second ends it.
            let lo = matches.partition_point(|m| m.span.start < mention.start);
            let Some(first) = matches[lo..]
                .iter()
                .take_while(|m| same_token(doc, *mention, m.span))
                .find(|m| m.span.end < mention.end && full_name(m))
            else {
                continue;
            };
            // The second follows it, with و read off its first word (not
            // وجدة, Oujda), and ends the mention.
            let Some(second) = matches
                .iter()
                .skip(lo)
                .take_while(|m| m.span.start < mention.end)
                .find(|m| m.tokens.start == first.tokens.end && m.span.end == mention.end)
                .filter(|m| m.proclitics.has(Proclitics::WA))
            else {
                continue;
            };
            let Some(&(entry, _)) = second.candidates.iter().find(|c| c.1 == AliasKind::Name)
            else {
                continue;
            };
            if e.name == doc.slice(*mention) {
                renamed = Some(Span::new(mention.start, first.span.end));
            }
            added.push(Entity::unlinked(
                doc.slice(second.span).to_string(),
                kb.entry(entry).kind,
                false,
                vec![second.span],
            ));
            *mention = Span::new(mention.start, first.span.end);
        }
        if let Some(span) = renamed {
            e.name = doc.slice(span).to_string();
        }
    }
    ner.extend(added);
}

/// A nationality adjective the tagger marked alone (الليبي، السورية) as an
/// organization or a thing is no name: the adjective of a force or a
/// body whose noun the tagger left out.
fn drop_lone_adjectives(doc: &Document, kb: &Kb, ner: &mut Vec<Entity>) {
    for e in ner.iter_mut() {
        if !matches!(e.kind, EntityType::Organization | EntityType::Misc) {
            continue;
        }
        e.mentions.retain(|m| {
            let text = doc.slice(*m);
            text.contains(char::is_whitespace)
                || !looks_nisba(text)
                || !kb
                    .lookup(&crate::kb::phrase_key(text))
                    .any(|a| a.kind == AliasKind::Adjective)
        });
    }
    ner.retain(|e| !e.mentions.is_empty());
}

/// A one-word place the tagger found right after a definite noun, when the
/// word is also an adjective (`data/place_adjectives.txt`), is that noun's
/// adjective: الأراضي البيضاء، كريات الدم البيضاء name no town. The KB still
/// matches a name the two words make (الدار البيضاء).
fn drop_adjective_places(doc: &Document, ner: &mut Vec<Entity>) {
    for e in ner.iter_mut() {
        if e.kind != EntityType::Location {
            continue;
        }
        e.mentions.retain(|m| {
            let i = doc.token_at_or_after(m.start);
            doc.tokens
                .get(i)
                .is_none_or(|t| t.span != *m || !adjective_of_noun_before(doc, i))
        });
    }
    ner.retain(|e| !e.mentions.is_empty());
}

/// Whether token `i` is a word of `data/place_adjectives.txt` right after a
/// definite noun, whose adjective it is.
fn adjective_of_noun_before(doc: &Document, i: usize) -> bool {
    static WORDS: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    let words = WORDS.get_or_init(|| marsad_text::lexicon::lines(PLACE_ADJECTIVES).collect());
    if i == 0 || !words.contains(doc.norm(&doc.tokens[i])) {
        return false;
    }
    let before = &doc.tokens[i - 1];
    // (The tokenizer's article: إلى، التي are no definite nouns.)
    before.kind == TokenKind::Arabic && before.proclitics.has(Proclitics::AL)
}

/// Whether `w` (matching form) is a title that makes a name after a place
/// word the person the place is named after (مدينة الملك عبدالله، حي
/// الأمير سلطان، شارع الرئيس جمال عبد الناصر، مدرسة الشهيد فلان).
fn is_title(w: &str) -> bool {
    crate::bodies::HONORIFICS.contains(&w) || matches!(w, "الرئيس" | "الشهيد")
}

/// A tagged person right after a word that introduces a place (مديرية دار
/// سعد، مدينة كوباني، حي بابا عمرو) is that place, unless a title makes it
/// the person the place is named after.
fn people_after_place_words_are_places(doc: &Document, ner: &mut [Entity]) {
    for e in ner.iter_mut() {
        if e.kind != EntityType::Person || e.nominal {
            continue;
        }
        let titled = e
            .name
            .split_whitespace()
            .next()
            .is_some_and(|w| is_title(&marsad_text::normalize(w)));
        if titled {
            continue;
        }
        let after_place_word = e.mentions.iter().any(|&m| {
            // As written: ولائه (his loyalty) is no ولاية, بلده (his
            // country) no بلدة: a place word in ة is written with it.
            place_word_before(doc, m).is_some_and(|head| {
                !doc.stem(head).ends_with('ه')
                    || doc
                        .token_text(head)
                        .chars()
                        .rev()
                        .find(|&c| !marsad_text::normalize::is_diacritic(c))
                        == Some('ة')
            })
        });
        // One such mention is enough: كوباني is named bare more often than
        // after مدينة (checked on 3000 articles: no person was retyped).
        if after_place_word {
            e.kind = EntityType::Location;
        }
    }
}

/// Entities linked to the same entry (one found by geocoding) become one.
fn merge_same_entry(out: &mut [(Entity, Option<u32>)]) {
    let mut first: FxHashMap<u32, usize> = FxHashMap::default();
    for i in 0..out.len() {
        let Some(entry) = out[i].1 else { continue };
        match first.get(&entry) {
            Some(&k) => {
                let m = std::mem::take(&mut out[i].0.mentions);
                out[k].0.mentions.extend(m);
                out[k].0.mentions.sort();
                out[k].0.mentions.dedup();
            }
            None => {
                first.insert(entry, i);
            }
        }
    }
}

/// Whether two spans start in the same token.
fn same_token(doc: &Document, a: Span, b: Span) -> bool {
    doc.token_at_or_after(a.start) == doc.token_at_or_after(b.start)
}

/// Whether the words of tagged mention `host` outside match `m` are all
/// titles or place words (الرئيس بشار الأسد، مدينة الموصل): then the match
/// names the mention's entity, otherwise it is part of another name.
fn only_titles_around(doc: &Document, host: Span, m: &KbMatch) -> bool {
    let from = doc.token_at_or_after(host.start);
    (from..doc.tokens.len())
        .take_while(|&t| doc.tokens[t].span.start < host.end)
        .filter(|t| !m.tokens.contains(t))
        .all(|t| nominal::is_title(doc, t))
}

/// The prior of an entry before context: curated rows and countries first,
/// then places by population.
fn prior(e: &Entry) -> f32 {
    match (e.source, e.precision) {
        (Source::Curated, _) => 3.0,
        (_, Some(Precision::Country)) => 3.0,
        (Source::Keshvar, _) => 1.5,
        _ => {
            0.4 * ((e.population as f32) + 1.0).log10()
                + if e.wikidata.is_some() { 1.0 } else { 0.0 }
        }
    }
}

/// The matching form of a name's words, without the article.
fn name_words(s: &str) -> Vec<String> {
    marsad_text::phrases::phrase_norms(s)
        .into_iter()
        .map(|w| match w.strip_prefix("ال") {
            Some(r) if r.chars().count() >= 2 => r.to_string(),
            _ => w,
        })
        .collect()
}

const GIVEN_NAMES: &str = include_str!("../data/given_names.txt");
const NOT_ENTITIES: &str = include_str!("../data/not_entities.txt");
const PLACE_ADJECTIVES: &str = include_str!("../data/place_adjectives.txt");

fn not_entities() -> &'static FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<FxHashSet<&'static str>> = std::sync::OnceLock::new();
    SET.get_or_init(|| marsad_text::lexicon::lines(NOT_ENTITIES).collect())
}

/// Whether token `i` without the article is a word of
/// `data/not_entities.txt` (its stem, after any conjunction or preposition).
fn is_common_word(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    !t.proclitics.has(Proclitics::AL) && not_entities().contains(doc.stem(t))
}

/// Tagged mentions that are never names (`data/not_entities.txt`: الله in
/// formulae, currencies, adverbs, titles; a few multi-word formulae such as
/// رحمه الله) are dropped before linking. Spaces between words are made one.
fn drop_not_entities(doc: &Document, ner: &mut Vec<Entity>) {
    let stop = not_entities();
    let is_stop = |m: &Span| {
        let text = doc.slice(*m);
        // The longest formula has four words.
        if text.split_whitespace().nth(4).is_some() {
            return false;
        }
        // The words in matching form, one space between them.
        let mut key = marsad_text::normalize(text);
        if key.contains(|c: char| c.is_whitespace() && c != ' ') || key.contains("  ") {
            key = key.split_whitespace().collect::<Vec<_>>().join(" ");
        }
        let mut w = key.trim();
        // Off with a conjunction the tagger kept (ولله، فالله), and from
        // one word a preposition (بريف درعا: ريف).
        let one_word = !w.contains(' ');
        let stop_or_governed = |w: &str| {
            stop.contains(w)
                || (one_word
                    && w.chars().count() > 3
                    && w.strip_prefix(['ب', 'ل', 'ك'])
                        .is_some_and(|rest| stop.contains(rest)))
        };
        for _ in 0..2 {
            if stop_or_governed(w) {
                return true;
            }
            let first_letters = w.split(' ').next().map_or(0, |f| f.chars().count());
            match w.strip_prefix('و').or_else(|| w.strip_prefix('ف')) {
                Some(rest) if first_letters > 3 => w = rest,
                _ => return false,
            }
        }
        stop_or_governed(w)
    };
    for e in ner.iter_mut() {
        e.mentions
            .retain(|m| !is_stop(m) && !undermining_not_nile(doc, *m));
    }
    ner.retain(|e| !e.mentions.is_empty());
}

/// القاعدة read as the base ([`crate::base`]) is no mention of al-Qaeda,
/// whether the KB matched it or the tagger found it.
fn drop_base_mentions(doc: &Document, kb: &Kb, matches: &mut Vec<KbMatch>, ner: &mut Vec<Entity>) {
    let names_after = |i: usize| {
        let (word, next) = (
            doc.tokens[i].span,
            doc.tokens.get(i + 1).map(|t| t.span.start),
        );
        let names = |s: Span| (s.start == word.start && s.end > word.end) || Some(s.start) == next;
        matches.iter().any(|m| names(m.span))
            || ner.iter().any(|e| e.mentions.iter().any(|&m| names(m)))
    };
    let country_at = |i: usize| {
        matches.iter().any(|m| {
            m.tokens.start == i
                && m.candidates
                    .iter()
                    .any(|&(id, _)| kb.entry(id).precision == Some(Precision::Country))
        })
    };
    let Some(base) = crate::base::BaseReading::of(doc, names_after, country_at) else {
        return;
    };
    drop_mentions(matches, ner, |span| base.is_base(doc, span));
}

/// Drops the KB matches and tagged mentions whose span is `gone`, and the
/// entities left with no mention.
fn drop_mentions(matches: &mut Vec<KbMatch>, ner: &mut Vec<Entity>, gone: impl Fn(Span) -> bool) {
    matches.retain(|m| !gone(m.span));
    for e in ner.iter_mut() {
        e.mentions.retain(|&m| !gone(m));
    }
    ner.retain(|e| !e.mentions.is_empty());
}

/// A word that is the counted noun of a number, in the accusative of a
/// nisba, names people: 12 سوريا is twelve Syrians (سوريًّا), not Syria;
/// 15 ليبيا fifteen Libyans. The quantity layer read the unit as the
/// nisba (سوري، ليبي).
fn counted_people(doc: &Document, span: Span) -> bool {
    // Not a place of origin (100 من ألمانيا).
    let after_from = || {
        let at = doc.tokens.partition_point(|t| t.span.end <= span.start);
        at > 0 && doc.norm(&doc.tokens[at - 1]) == "من"
    };
    doc.quantities.iter().any(|q| {
        q.span.end == span.end
            && q.span.start < span.start
            && !after_from()
            && q.unit.as_deref().is_some_and(|unit| {
                unit.ends_with('ي') && {
                    let word = marsad_text::normalize(doc.slice(span));
                    word.strip_suffix('ا') == Some(unit)
                }
            })
    })
}

/// النيل right before من is the verbal noun "undermining" (تحاول النيل من
/// أمن المملكة، محاولة للنيل من وحدة الصف), not the Nile, unless a word
/// of the river comes before it (مياه النيل من إثيوبيا).
fn undermining_not_nile(doc: &Document, span: Span) -> bool {
    let word = marsad_text::normalize(doc.slice(span));
    let word = word.strip_prefix(['و', 'ف']).unwrap_or(&word);
    if !matches!(word, "النيل" | "للنيل" | "بالنيل") {
        return false;
    }
    let after = doc.text.get(span.end..).unwrap_or("").trim_start();
    if !after.starts_with("من ") && after != "من" {
        return false;
    }
    let before = doc.text.get(..span.start).unwrap_or("");
    let prev = marsad_text::normalize(before.split_whitespace().last().unwrap_or(""));
    let prev = prev.strip_prefix(['و', 'ب']).unwrap_or(&prev);
    !matches!(
        prev,
        "نهر"
            | "مياه"
            | "ماء"
            | "ضفاف"
            | "ضفه"
            | "حوض"
            | "وادي"
            | "دلتا"
            | "منابع"
            | "كورنيش"
            | "شاطي"
    )
}

/// Whether a word as written carries tanween (رداً، شابًا): an indefinite
/// noun or adverb, never part of a name in news. A word with a short vowel
/// or sukun too is fully vowelled text (poetry, scripture: مُحَمَّدٍ), where
/// names take tanween as well; a shadda alone is not (جدًّا).
fn has_tanween(word: &str) -> bool {
    word.chars().any(|c| matches!(c, '\u{064B}'..='\u{064D}'))
        && !word
            .chars()
            .any(|c| matches!(c, '\u{064E}'..='\u{0650}' | '\u{0652}'))
}

/// Whether `word`, the last of a tagged mention after `before`, ends no
/// name: a word with tanween (رداً، شابًا), or a particle the tagger ran on
/// into (فيصل بن خالد على, the preposition written with ى; المنظمة إن),
/// save the letters of an acronym (سي إن إن).
fn ends_no_name(word: &str, before: Option<&str>) -> bool {
    if has_tanween(word) {
        return true;
    }
    let Some(before) = before else {
        return false;
    };
    match word {
        "على" => true,
        "إن" | "أن" => !matches!(before, "إن" | "سي" | "سى"),
        _ => false,
    }
}

/// Tagged mentions lose the words at their end that end no name (مارك
/// تونر رداً على سؤال → مارك تونر); a mention of nothing else goes (شابًا).
fn trim_indefinite_words(doc: &Document, ner: &mut Vec<Entity>) {
    let trim = |text: &str| -> usize {
        // Most mentions have no tanween and end in no particle.
        let last = text.split_whitespace().next_back().unwrap_or("");
        if !text.contains(|c| matches!(c, '\u{064B}'..='\u{064D}'))
            && !matches!(last, "على" | "إن" | "أن")
        {
            return text.trim_end().len();
        }
        let mut words: Vec<(usize, &str)> = text
            .split_whitespace()
            .map(|w| (w.as_ptr() as usize - text.as_ptr() as usize, w))
            .collect();
        while let Some(&(_, last)) = words.last() {
            let before = words.len().checked_sub(2).map(|i| words[i].1);
            if !ends_no_name(last, before) {
                break;
            }
            words.pop();
        }
        words.last().map_or(0, |&(at, w)| at + w.len())
    };
    for e in ner.iter_mut() {
        e.mentions.retain_mut(|m| {
            let keep = trim(doc.slice(*m));
            m.end = m.start + keep;
            keep > 0
        });
        let keep = trim(&e.name);
        if keep > 0 && keep < e.name.len() {
            e.name.truncate(keep);
        }
    }
    ner.retain(|e| !e.mentions.is_empty());
}

/// A tagged place ending in a nationality adjective (صرين السورية، مدينة
/// سالزبورغ النمساوية) is the place without it, the adjective being what
/// says the country; not where the whole is a name (الجمهورية اليمنية),
/// what is left is only a place word (العاصمة المصرية), or it has the
/// article and the KB does not know it (المحيط of المحيط الهندي).
fn trim_nationality_adjectives(doc: &Document, kb: &Kb, ner: &mut [Entity]) {
    for e in ner.iter_mut() {
        if e.kind != EntityType::Location {
            continue;
        }
        let mut renamed: Option<String> = None;
        for m in e.mentions.iter_mut() {
            let text = doc.slice(*m);
            let Some(at) = text.trim_end().rfind(char::is_whitespace) else {
                continue;
            };
            let (rest, last) = (text[..at].trim_end(), text[at..].trim());
            let adjective = looks_nisba(last)
                && kb
                    .lookup(&crate::kb::phrase_key(last))
                    .any(|a| a.kind == AliasKind::Adjective);
            if !adjective {
                continue;
            }
            let whole_is_name = kb.lookup(&crate::kb::phrase_key(text)).next().is_some();
            let only_a_place_word = !rest.contains(char::is_whitespace)
                && nominal::is_place_head(&marsad_text::normalize(rest));
            // What is left must be a name: one the KB knows, or words with
            // no article (not المحيط of المحيط الهندي, شبه القارة الهندية).
            let rest_is_name = kb.lookup(&crate::kb::phrase_key(rest)).next().is_some()
                || !rest
                    .split_whitespace()
                    .any(|w| marsad_text::normalize(w).starts_with("ال"));
            if whole_is_name || only_a_place_word || !rest_is_name {
                continue;
            }
            if renamed.is_none() && crate::kb::phrase_key(&e.name) == crate::kb::phrase_key(text) {
                renamed = Some(rest.to_string());
            }
            m.end = m.start + rest.len();
        }
        if let Some(name) = renamed {
            e.name = name;
        }
    }
}

fn given_names() -> &'static rustc_hash::FxHashSet<&'static str> {
    static SET: std::sync::OnceLock<rustc_hash::FxHashSet<&'static str>> =
        std::sync::OnceLock::new();
    SET.get_or_init(|| marsad_text::lexicon::lines(GIVEN_NAMES).collect())
}

/// Truncated person mentions: a person mention right after a given name
/// that no mention covers takes it in (الشيخ علي أبو حليقة tagged أبو حليقة,
/// علي صالح tagged صالح), up to two given names (محمد علي).
fn extend_given_names(doc: &Document, out: &mut [(Entity, Option<u32>)]) {
    let names = given_names();
    let taken = SpanIndex::new(out.iter().flat_map(|(e, _)| e.mentions.iter().copied()));
    // A family name after آل (حامد آل غرامة، محمد آل الشيخ): the tagger
    // often stops at آل or before it.
    let family_after = |t: usize| -> Option<usize> {
        let al = doc.tokens.get(t)?;
        let name = doc.tokens.get(t + 1)?;
        let plain = |x: &marsad_core::Token| x.kind == TokenKind::Arabic && x.proclitics.0 == 0;
        (doc.token_text(al) == "آل"
            && (plain(name)
                || doc.norm(name).starts_with("ال") && name.proclitics.0 == Proclitics::AL)
            && !taken.overlaps(&name.span))
        .then_some(name.span.end)
    };
    for (e, _) in out.iter_mut() {
        if e.kind != EntityType::Person || e.nominal {
            continue;
        }
        for m in e.mentions.iter_mut() {
            let first = doc.token_at_or_after(m.start);
            // A name that begins with و or ف (وائل، فراس) read as a
            // conjunction and a word: the whole word is a given name.
            if let Some(tok) = doc.tokens.get(first) {
                let cut = &doc.text[tok.span.start..m.start.max(tok.span.start)];
                if matches!(cut, "و" | "ف") && names.contains(doc.token_text(tok)) {
                    let whole = Span::new(tok.span.start, m.end);
                    if doc.slice(*m) == e.name {
                        e.name = doc.slice(whole).to_string();
                    }
                    *m = whole;
                }
            }
            // The mention must start its token (no clitic cut off before it).
            if first == 0 || first >= doc.tokens.len() || doc.tokens[first].span.start != m.start {
                continue;
            }
            let mut start = m.start;
            let mut t = first;
            while t > 0 && first - t < 2 {
                let prev = &doc.tokens[t - 1];
                let gap = &doc.text[prev.span.end..doc.tokens[t].span.start];
                let text = doc.token_text(prev);
                if prev.kind != TokenKind::Arabic
                    || !gap.chars().all(|c| c == ' ')
                    || !names.contains(text)
                    || taken.overlaps(&prev.span)
                {
                    break;
                }
                start = prev.span.start;
                t -= 1;
            }
            let last = doc.token_at_or_after(m.end.saturating_sub(1));
            let end = if last < doc.tokens.len() && doc.token_text(&doc.tokens[last]) == "آل" {
                family_after(last)
            } else {
                family_after(last + 1)
            }
            .unwrap_or(m.end);
            if start < m.start || end > m.end {
                if doc.slice(*m) == e.name {
                    e.name = doc.text[start..end].to_string();
                }
                *m = Span::new(start, end);
            }
        }
    }
}

/// Short forms of people: a later one- or two-word mention (tagged or not)
/// that equals the last words of a person's longer name joins that person.
fn corefer_people(doc: &Document, out: &mut [(Entity, Option<u32>)]) {
    let words: Vec<Vec<String>> = out.iter().map(|(e, _)| name_words(&e.name)).collect();
    // People by the last word of their name, in entity order: the candidates
    // a short form or an untagged surname can belong to (an index, because a
    // long document names thousands of people).
    let mut by_last: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for (f, (e, _)) in out.iter().enumerate() {
        if e.kind == EntityType::Person {
            if let Some(last) = words[f].last() {
                by_last.entry(last.as_str()).or_default().push(f);
            }
        }
    }
    let mut merged_into: Vec<Option<usize>> = vec![None; out.len()];
    for short in 0..out.len() {
        if out[short].0.kind != EntityType::Person || words[short].len() > 2 {
            continue;
        }
        let Some(last) = words[short].last() else {
            continue;
        };
        let start = out[short].0.mentions.first().copied().unwrap_or_default();
        let full = by_last.get(last.as_str()).and_then(|cands| {
            cands.iter().copied().find(|&f| {
                f != short
                    && words[f].len() > words[short].len()
                    && words[f].ends_with(&words[short])
                    && out[f]
                        .0
                        .mentions
                        .first()
                        .is_some_and(|m| m.start < start.start)
            })
        });
        if let Some(f) = full {
            merged_into[short] = Some(f);
        }
    }
    for short in (0..out.len()).rev() {
        if let Some(f) = merged_into[short] {
            let m = std::mem::take(&mut out[short].0.mentions);
            out[f].0.mentions.extend(m);
            out[f].0.mentions.sort();
        }
    }
    // Untagged later mentions of a surname: الكاظمي after مصطفى الكاظمي.
    // One pass over the tokens; each token goes to the first person (in
    // entity order) whose surname it is and whose first mention precedes it.
    let mut surnames: FxHashMap<&str, Vec<usize>> = FxHashMap::default();
    for f in 0..out.len() {
        if out[f].0.kind != EntityType::Person || words[f].len() < 2 || out[f].0.mentions.is_empty()
        {
            continue;
        }
        let last = &words[f][words[f].len() - 1];
        if last.chars().count() >= 3 {
            surnames.entry(last.as_str()).or_default().push(f);
        }
    }
    if surnames.is_empty() {
        return;
    }
    // Every mention held, by start; a span overlaps one only if that one
    // starts before the span ends and no further back than the longest mention.
    // (A B-tree: a long document adds thousands, and a sorted vector would
    // shift its tail for each.)
    let mut taken: std::collections::BTreeSet<Span> = out
        .iter()
        .flat_map(|(e, _)| e.mentions.iter().copied())
        .collect();
    let mut longest = taken.iter().map(Span::len).max().unwrap_or(0);
    let covered = |taken: &std::collections::BTreeSet<Span>, longest: usize, s: Span| {
        taken
            // Every span that starts before `s` ends (the bound sorts
            // before any real span starting at `s.end`).
            .range(
                ..Span {
                    start: s.end,
                    end: 0,
                },
            )
            .rev()
            .take_while(|m| m.start + longest > s.start)
            .any(|m| m.overlaps(&s))
    };
    let mut added: Vec<Vec<Span>> = vec![Vec::new(); out.len()];
    for tok in &doc.tokens {
        if tok.kind != TokenKind::Arabic {
            continue;
        }
        let Some(cands) = surnames.get(doc.stem(tok)) else {
            continue;
        };
        // The preposition على is not the name علي: the two differ only in
        // how the last letter is written, which normalizing hides.
        let alif_maqsura = |s: &str| {
            s.chars()
                .rev()
                .find(|&c| c.is_alphabetic() && !marsad_text::normalize::is_diacritic(c))
                .map(|c| c == 'ى')
        };
        let written = alif_maqsura(doc.token_text(tok));
        let Some(&f) = cands.iter().find(|&&f| {
            let first = out[f].0.mentions[0];
            first.end <= tok.span.start && alif_maqsura(doc.slice(first)) == written
        }) else {
            continue;
        };
        let whole = doc.norm(tok);
        let cut = whole.len() - doc.stem(tok).len();
        // Keep the article with the surname when it is there (الكاظمي).
        let keep_article = tok.proclitics.has(Proclitics::AL) && whole[..cut].ends_with("ال");
        let at = if keep_article {
            cut - "ال".len()
        } else {
            cut
        };
        let skip = original_offset(doc.token_text(tok), at);
        let span = Span::new(tok.span.start + skip, tok.span.end);
        if !covered(&taken, longest, span) {
            added[f].push(span);
            taken.insert(span);
            longest = longest.max(span.len());
        }
    }
    for (f, spans) in added.into_iter().enumerate() {
        if !spans.is_empty() {
            out[f].0.mentions.extend(spans);
            out[f].0.mentions.sort();
        }
    }
}

impl Stage for KbLayer {
    fn name(&self) -> &'static str {
        "link"
    }

    fn annotate(&self, doc: &mut Document) {
        self.link(doc);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_text::TextLayer;

    fn run(text: &str, layer: &KbLayer) -> Document {
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        layer.annotate(&mut d);
        d
    }

    fn find<'a>(d: &'a Document, name: &str) -> Option<&'a Entity> {
        d.entities.iter().find(|e| e.name == name)
    }

    /// `text` linked after the tagger marked `name` (its last occurrence) as `kind`.
    fn tagged(text: &str, name: &str, kind: EntityType) -> Document {
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        let at = text.rfind(name).unwrap();
        d.entities.push(Entity::unlinked(
            name.to_string(),
            kind,
            false,
            vec![Span::new(at, at + name.len())],
        ));
        KbLayer::new().annotate(&mut d);
        d
    }

    #[test]
    fn a_credited_outlet_is_the_one_the_tagger_found_in_the_text() {
        let text = "وقال العميد لـ«الصباح» إن الضربات استهدفت مواقع التنظيم.\nالمصدر: صحيفة الصباح";
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        assert!(
            d.provenance
                .source
                .iter()
                .any(|c| c.name.contains("الصباح")),
            "{:?}",
            d.provenance
        );
        let at = text.find("الصباح").unwrap();
        d.entities.push(Entity::unlinked(
            "الصباح".to_string(),
            EntityType::Organization,
            false,
            vec![Span::new(at, at + "الصباح".len())],
        ));
        KbLayer::new().annotate(&mut d);
        let outlets: Vec<_> = d.entities.iter().filter(|e| e.name == "الصباح").collect();
        assert_eq!(outlets.len(), 1, "{:?}", d.entities);
        let spans: Vec<&str> = outlets[0].mentions.iter().map(|m| d.slice(*m)).collect();
        assert_eq!(spans, ["الصباح", "الصباح"]);
        assert!(outlets[0].mentions[0].start < outlets[0].mentions[1].start);
    }

    #[test]
    fn matches_through_proclitics_with_exact_spans() {
        let d = run(
            "وصل الوفد إلى بغداد ثم عاد لبغداد، وبغداد تستعد.",
            &KbLayer::new(),
        );
        let b = find(&d, "بغداد").expect("Baghdad linked");
        assert_eq!(b.wikidata.as_deref(), Some("Q1530"));
        assert_eq!(b.mentions.len(), 3);
        assert!(b.mentions.iter().all(|m| d.slice(*m) == "بغداد"));
        let d = run("وأكد مسؤول في العراق والعراقيين وللعراق.", &KbLayer::new());
        let iq = find(&d, "العراق").expect("Iraq linked");
        assert_eq!(iq.mentions.len(), 2, "{:?}", d.entities);
        assert!((iq.lat.unwrap() - 33.0).abs() < 2.0);
    }

    #[test]
    fn a_proclitic_reading_outweighs_a_lesser_whole_word() {
        // وجدة: و + Jeddah (a city of millions), not Oujda.
        let d = run("وصل الوفد إلى السعودية، وجدة تستعد.", &KbLayer::new());
        let j = find(&d, "جدة").expect("Jeddah linked");
        assert_eq!(j.wikidata.as_deref(), Some("Q374365"));
        assert_eq!(d.slice(j.mentions[0]), "جدة");
        assert!(find(&d, "وجدة").is_none());
    }

    #[test]
    fn a_colour_after_its_noun_is_no_place() {
        let tagged = |text: &str, word: &str| tagged(text, word, EntityType::Location);
        let d = tagged("فرض رسوم على الأراضي البيضاء في المدن.", "البيضاء");
        assert!(d.entities.is_empty(), "{:?}", d.entities);
        // After a preposition, or a noun in construct, it is the place.
        for text in ["وصلت القوات إلى البيضاء.", "قتل ثمانية في محافظة البيضاء."]
        {
            let d = tagged(text, "البيضاء");
            assert!(!d.entities.is_empty(), "{text}");
        }
        // الجزيرة "the island" is no name of Algiers.
        let d = tagged("عثر المحققون على الحطام في الجزيرة الفرنسية.", "الجزيرة");
        assert!(d
            .entities
            .iter()
            .all(|e| e.wikidata.as_deref() != Some("Q3561")));
    }

    #[test]
    fn a_superlative_is_no_place() {
        // أقصر "shortest" (a GeoNames name of Luxor) before its noun.
        let d = tagged(
            "وكانت تلك أقصر حرب في التاريخ.",
            "أقصر",
            EntityType::Location,
        );
        assert!(d.entities.is_empty(), "{:?}", d.entities);
        let d = run("وكانت تلك أقصر حرب في التاريخ.", &KbLayer::new());
        assert!(d.entities.is_empty(), "{:?}", d.entities);
    }

    #[test]
    fn a_tagged_name_of_two_kb_names_joined_by_wa_is_two_entities() {
        let tagged = |text: &str, name: &str| tagged(text, name, EntityType::Organization);
        let d = tagged(
            "واجتمع الاتحاد الأوروبي وحلف الناتو أمس.",
            "الاتحاد الأوروبي وحلف الناتو",
        );
        assert_eq!(
            find(&d, "الاتحاد الأوروبي").unwrap().wikidata.as_deref(),
            Some("Q458")
        );
        let nato = find(&d, "حلف شمال الأطلسي").expect("NATO linked");
        assert_eq!(d.slice(nato.mentions[0]), "حلف الناتو");
        assert_eq!(d.entities.len(), 2, "{:?}", d.entities);
        // A name with و inside that the KB does not know as two stays one.
        let d = tagged("وقالت وزارة التجارة والصناعة إن.", "وزارة التجارة والصناعة");
        assert!(
            find(&d, "وزارة التجارة والصناعة").is_some(),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn longest_alias_wins_and_names_are_canonical() {
        let d = run(
            "أعلن تنظيم الدولة الإسلامية في العراق والشام مسؤوليته.",
            &KbLayer::new(),
        );
        let isis = find(&d, "داعش").expect("ISIS linked");
        assert_eq!(
            d.slice(isis.mentions[0]),
            "تنظيم الدولة الإسلامية في العراق والشام"
        );
        assert_eq!(isis.kind, EntityType::Organization);
        assert!(
            find(&d, "العراق").is_none(),
            "a place inside a name is not an entity"
        );
    }

    #[test]
    fn short_forms_of_people_join_the_full_name() {
        let d = run(
            "قال مصطفى الكاظمي إن الحكومة ستعمل. وأضاف الكاظمي أن العمل مستمر.",
            &KbLayer::new(),
        );
        let k = find(&d, "مصطفى الكاظمي").expect("linked");
        let texts: Vec<&str> = k.mentions.iter().map(|m| d.slice(*m)).collect();
        assert_eq!(texts, ["مصطفى الكاظمي", "الكاظمي"]);
        assert_eq!(
            d.entities
                .iter()
                .filter(|e| e.kind == EntityType::Person && !e.nominal)
                .count(),
            1
        );
    }

    /// `text` with the tagger's persons `names` (first occurrences), linked.
    fn link_people(text: &str, names: &[&str]) -> Document {
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        for w in names {
            let s = text.find(w).unwrap();
            d.entities.push(Entity::unlinked(
                w.to_string(),
                EntityType::Person,
                false,
                vec![Span::new(s, s + w.len())],
            ));
        }
        KbLayer::new().annotate(&mut d);
        d
    }

    #[test]
    fn person_mentions_take_in_a_given_name_before_them() {
        let d = link_people(
            "قال الشيخ علي أبو حليقة إن الاتفاق صامد، واعتمد على الزبيدي.",
            &["أبو حليقة", "الزبيدي"],
        );
        let a = find(&d, "علي أبو حليقة").expect("extended");
        assert_eq!(d.slice(a.mentions[0]), "علي أبو حليقة");
        // The preposition على is not the name علي.
        let s = find(&d, "الزبيدي").expect("kept");
        assert_eq!(d.slice(s.mentions[0]), "الزبيدي");
    }

    #[test]
    fn person_mentions_take_in_a_family_name_after_al() {
        let d = link_people(
            "وبين الدكتور حامد آل غرامة أن البرنامج بدأ، وحضر محمد آل الشيخ.",
            &["حامد آل", "محمد"],
        );
        for name in ["حامد آل غرامة", "محمد آل الشيخ"] {
            let e = find(&d, name).unwrap_or_else(|| panic!("{name} extended"));
            assert_eq!(d.slice(e.mentions[0]), name);
        }
    }

    #[test]
    fn place_mentions_take_in_their_place_word() {
        let d = run(
            "قال مسؤول يمني إن المسلحين حاولوا دخول مدينة الضالع، وقصفوا الضالع ثم في مديرية لودر.",
            &KbLayer::new(),
        );
        let c = find(&d, "الضالع").expect("Dhale");
        let m: Vec<&str> = c.mentions.iter().map(|m| d.slice(*m)).collect();
        assert_eq!(m, ["مدينة الضالع", "الضالع"]);
        let l = find(&d, "لودر").expect("Lawdar");
        assert_eq!(d.slice(l.mentions[0]), "مديرية لودر");
    }

    #[test]
    fn roles_link_only_where_the_person_is_named() {
        let d = run("وصل الرئيس السوري إلى موسكو.", &KbLayer::new());
        assert!(find(&d, "بشار الأسد").is_none());
        let d = run(
            "التقى بشار الأسد وفدا. وقال الرئيس السوري إن الحرب طويلة.",
            &KbLayer::new(),
        );
        let a = find(&d, "بشار الأسد").expect("linked");
        assert_eq!(a.mentions.len(), 2);
        assert_eq!(a.wikidata.as_deref(), Some("Q44329"));
    }

    #[test]
    fn homonyms_are_resolved_by_the_document_country() {
        let ly = run(
            "اندلعت اشتباكات في طرابلس بين فصائل ليبية، وقال مسؤول ليبي إن الوضع هادئ.",
            &KbLayer::new(),
        );
        let t = find(&ly, "طرابلس").expect("Tripoli");
        assert!(t.lon.unwrap() < 20.0, "Libya's Tripoli: {t:?}");
        let lb = run(
            "اندلعت اشتباكات في طرابلس شمال لبنان، وقال مسؤول لبناني إن الجيش اللبناني انتشر.",
            &KbLayer::new(),
        );
        let t = find(&lb, "طرابلس").expect("Tripoli");
        assert!(t.lon.unwrap() > 34.0, "Lebanon's Tripoli: {t:?}");
        // عمان is Oman or Amman: its own mentions cast no vote for Oman.
        let tagged = |text: &str| {
            let at = text.find("في عمان").expect("في عمان") + "في ".len();
            run_spans(
                text,
                &[(Span::new(at, at + "عمان".len()), EntityType::Location)],
            )
        };
        let jo = tagged("تظاهر نحو الفي شخص امس في عمان تلبية لدعوة احزاب المعارضة الاردنية.");
        let a = find(&jo, "عمان").expect("Amman");
        assert_eq!(a.wikidata.as_deref(), Some("Q3805"), "{a:?}");
        let om = tagged("زار الوزير سلطنة عمان وقال إن الاستثمار في عمان مهم للسلطنة.");
        let o = om
            .entities
            .iter()
            .find(|e| e.name.contains("عمان"))
            .expect("Oman");
        assert_eq!(o.wikidata.as_deref(), Some("Q842"), "{o:?}");
    }

    #[test]
    fn an_office_takes_the_body_it_serves_after_li() {
        // Definite and qualified: the body (or place) after ل is its own.
        let d = tagged(
            "وقال المتحدث الرسمي لوزارة الداخلية إن التحقيق مستمر.",
            "وزارة الداخلية",
            EntityType::Organization,
        );
        let p = find(&d, "المتحدث الرسمي لوزارة الداخلية").expect("the spokesman");
        assert!(p.nominal && p.kind == EntityType::Person, "{p:?}");
        assert!(find(&d, "وزارة الداخلية").is_some(), "{:?}", d.entities);
        assert!(find(&d, "المتحدث الرسمي").is_none(), "{:?}", d.entities);
        // Indefinite, or after باسم + a name: whom it spoke to.
        for (text, name, kept) in [
            (
                "وقال متحدث عسكري لرويترز إن القوات تقدمت.",
                "رويترز",
                "متحدث عسكري",
            ),
            (
                "وقال المتحدث باسم الحركة لوكالة الأنباء إن القوات تقدمت.",
                "وكالة الأنباء",
                "المتحدث باسم الحركة",
            ),
        ] {
            let d = tagged(text, name, EntityType::Organization);
            assert!(find(&d, kept).is_some(), "{text}: {:?}", d.entities);
        }
    }

    #[test]
    fn nationality_adjectives_are_context_not_mentions() {
        let text = "قال مسؤول إيراني إن المحادثات مستمرة.";
        let d = run(text, &KbLayer::new());
        assert!(find(&d, "إيران").is_none());
        let actor = d
            .entities
            .iter()
            .find(|e| e.nominal)
            .expect("a nominal actor");
        assert_eq!(d.slice(actor.mentions[0]), "مسؤول إيراني");
        assert_eq!(actor.kind, EntityType::Person);
        let opts = LinkOptions {
            adjectives_as_mentions: true,
            ..LinkOptions::default()
        };
        let d = run(text, &KbLayer::new().options(opts));
        assert!(find(&d, "إيران").is_some(), "{:?}", d.entities);
    }

    #[test]
    fn weak_aliases_need_support() {
        let d = run("تحدث الخطيب عن الوطن والمواطن.", &KbLayer::new());
        assert!(find(&d, "الوطن").is_none(), "{:?}", d.entities);
        let d = run("وقال عناصر القاعدة إنهم انسحبوا.", &KbLayer::new());
        assert!(find(&d, "القاعدة").is_some(), "{:?}", d.entities);
    }

    #[test]
    fn a_longer_alias_of_the_same_entry_extends_the_match() {
        let d = run(
            "حضر الاستقبال الأمير محمد بن نايف بن عبدالعزيز ولي العهد.",
            &KbLayer::new(),
        );
        let e = find(&d, "محمد بن نايف").expect("linked");
        assert_eq!(d.slice(e.mentions[0]), "الأمير محمد بن نايف بن عبدالعزيز");
    }

    #[test]
    fn short_words_with_a_proclitic_off_are_not_foreign_towns() {
        // وكيل is not و + Kiel, كبيرا not ك + Beira, فرقة not ف + Raqqa.
        let d = run(
            "وقال وكيل اللاعب إن الاهتمام كان كبيرا، وحضرت فرقة من الدفاع المدني.",
            &KbLayer::new(),
        );
        assert!(
            d.entities.iter().all(|e| e.kind != EntityType::Location),
            "{:?}",
            d.entities
        );
    }

    /// A document with the text layer and the given tagged mentions (text,
    /// type; at the text's first occurrence), then the KB layer.
    fn run_tagged(text: &str, tagged: &[(&str, EntityType)]) -> Document {
        let spans: Vec<(Span, EntityType)> = tagged
            .iter()
            .map(|&(w, kind)| {
                let s = text.find(w).unwrap();
                (Span::new(s, s + w.len()), kind)
            })
            .collect();
        run_spans(text, &spans)
    }

    /// Like [`run_tagged`], with the tagged mentions' spans given.
    fn run_spans(text: &str, tagged: &[(Span, EntityType)]) -> Document {
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        for &(span, kind) in tagged {
            d.entities.push(Entity::unlinked(
                &text[span.start..span.end],
                kind,
                false,
                vec![span],
            ));
        }
        KbLayer::new().annotate(&mut d);
        d
    }

    #[test]
    fn a_place_of_several_words_tagged_with_its_preposition_is_the_place() {
        // The tagger took لأديس أبابا for a person: the KB's name of two
        // words is the place, trimmed of its ل.
        let text = "ووصل الوزير لأديس أبابا في زيارة رسمية.";
        let d = run_tagged(text, &[("لأديس أبابا", EntityType::Person)]);
        let e = find(&d, "أديس أبابا").expect("Addis Ababa");
        assert_eq!(e.kind, EntityType::Location, "{:?}", d.entities);
        assert!(e.lat.is_some(), "{e:?}");
        assert_eq!(d.slice(e.mentions[0]), "أديس أبابا");
        assert!(d.entities.iter().all(|e| e.kind != EntityType::Person));
    }

    #[test]
    fn a_country_counted_by_a_number_is_its_people() {
        // `text` linked after the quantity layer read `count` as a number of
        // the nisba `unit`.
        let linked = |text: &str, count: &str, unit: &str| {
            let mut d = Document::new("t", text);
            TextLayer.annotate(&mut d);
            let at = text.find(count).unwrap();
            d.quantities.push(marsad_core::Quantity {
                span: Span::new(at, at + count.len()),
                value: Some(12.0),
                min: None,
                max: None,
                modifier: None,
                unit: Some(unit.to_string()),
            });
            KbLayer::new().annotate(&mut d);
            d
        };
        // Twelve Syrians (سوريًّا), not Syria; the country named later stays.
        let text = "وأعلن المرصد أن 12 سوريا قتلوا في القصف. وزار الوزير سوريا أمس.";
        let d = linked(text, "12 سوريا", "سوري");
        let syria = find(&d, "سوريا").expect("the visit names Syria");
        let counted = text.find("سوريا").unwrap();
        assert!(
            syria.mentions.iter().all(|m| m.start != counted),
            "{:?}",
            syria.mentions
        );
        // A place of origin after من is the place.
        let text = "وبينهن نحو 100 من ألمانيا وحدها.";
        let d = linked(text, "100 من ألمانيا", "ألماني");
        assert!(find(&d, "ألمانيا").is_some(), "{:?}", d.entities);
    }

    #[test]
    fn the_base_is_not_al_qaeda() {
        // `text` linked after the tagger read `word` at byte `at` as a body.
        let tagged_body = |text: &str, at: usize, word: &str| {
            run_spans(
                text,
                &[(Span::new(at, at + word.len()), EntityType::Organization)],
            )
        };
        // In news of a base, the bare word is the base: tagged as a body or
        // not, it is no mention of al-Qaeda; a member word keeps it.
        let text = "سيطرت القوات على قاعدة العند العسكرية، وقصفت الطائرات القاعدة. واستهدفت طائرات عناصر القاعدة في شبوة.";
        let bare = text.find("القاعدة.").unwrap();
        let d = run_spans(
            text,
            &[
                (
                    Span::new(bare, bare + "القاعدة".len()),
                    EntityType::Organization,
                ),
                (
                    Span::new(
                        text.find("قاعدة العند").unwrap(),
                        text.find(" العسكرية").unwrap(),
                    ),
                    EntityType::Location,
                ),
            ],
        );
        let qaeda = find(&d, "القاعدة").expect("عناصر القاعدة is al-Qaeda");
        assert!(
            qaeda.mentions.iter().all(|m| m.start != bare),
            "{:?}",
            qaeda.mentions
        );
        // A word of a base right after it, anywhere: القاعدة الجوية.
        let text = "وهرب عناصر القاعدة من القاعدة الجوية.";
        let air = text.rfind("القاعدة").unwrap();
        let d = tagged_body(text, air, "القاعدة");
        assert!(
            d.entities
                .iter()
                .all(|e| e.mentions.iter().all(|m| m.start != air)),
            "{:?}",
            d.entities
        );
        // Named in full, the bare word stays al-Qaeda beside a base.
        let text = "وهاجم تنظيم القاعدة قاعدة العند العسكرية، وقالت القاعدة إنها قتلت جنودا.";
        let said = text.rfind("القاعدة").unwrap();
        let d = tagged_body(text, said, "القاعدة");
        let qaeda = find(&d, "القاعدة").expect("al-Qaeda");
        assert!(
            qaeda.mentions.iter().any(|m| m.start == said),
            "{:?}",
            qaeda.mentions
        );
        // So does a branch named by its country (القاعدة في باكستان).
        let text = "وقالت إن الضربة استهدفت مجمعا للقاعدة في باكستان قرب قاعدة كريتش الجوية.";
        let branch = text.find("للقاعدة").unwrap();
        let d = tagged_body(text, branch, "للقاعدة");
        let word = branch..branch + "للقاعدة".len();
        let qaeda = find(&d, "القاعدة").expect("al-Qaeda");
        assert!(
            qaeda.mentions.iter().any(|m| word.contains(&m.start)),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn undermining_is_not_the_nile() {
        // النيل من "undermining", tagged or matched in the KB, is no place.
        for text in [
            "ويحاولون النيل من أمن المملكة.",
            "في محاولة خبيثة للنيل من الوطن.",
        ] {
            let d = run(text, &KbLayer::new());
            assert!(find(&d, "النيل").is_none(), "{text}: {:?}", d.entities);
            let tagged = if text.contains("للنيل") {
                "للنيل"
            } else {
                "النيل"
            };
            let d = run_tagged(text, &[(tagged, EntityType::Location)]);
            assert!(d.entities.is_empty(), "{text}: {:?}", d.entities);
        }
        // The river stays, with من after it too.
        let text = "وتقع المدينة على ضفاف النيل من جهة الشرق.";
        let d = run_tagged(text, &[("النيل", EntityType::Location)]);
        assert!(find(&d, "النيل").is_some(), "{:?}", d.entities);
    }

    #[test]
    fn a_town_is_not_read_off_ka_like() {
        // كبرى is no ك + Brea (California), كبيرين no ك + a Jordanian
        // village, though their countries are in the text; tagged or not.
        let text = "وتشارك شركات كبرى من الولايات المتحدة والأردن بدعم كبيرين.";
        let d = run(text, &KbLayer::new());
        assert!(
            find(&d, "برى").is_none() && find(&d, "بيرين").is_none(),
            "{:?}",
            d.entities
        );
        let d = run_tagged(text, &[("برى", EntityType::Location)]);
        assert!(
            find(&d, "برى").is_none_or(|e| e.lat.is_none()),
            "{:?}",
            d.entities
        );
        // With the article, كالميادين is the Syrian town.
        let d = run(
            "وشهدت مناطق سورية كالميادين والبوكمال اشتباكات.",
            &KbLayer::new(),
        );
        assert!(
            find(&d, "الميادين").is_some_and(|e| e.lat.is_some()),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn a_name_cut_as_if_after_a_proclitic_is_the_whole_word() {
        // فيسبوك and كاليفورنيا tagged from their second letter.
        let text = "ونشرت شركة فيسبوك في كاليفورنيا تقريرا، وحضر الاجتماع وأنس.";
        let d = run_tagged(
            text,
            &[
                ("يسبوك", EntityType::Misc),
                ("اليفورنيا", EntityType::Location),
                ("أنس", EntityType::Person),
            ],
        );
        assert!(find(&d, "فيسبوك").is_some(), "{:?}", d.entities);
        assert!(
            find(&d, "كاليفورنيا").is_some_and(|e| e.lat.is_some()),
            "{:?}",
            d.entities
        );
        // A person tagged after و stays so: no place called وأنس.
        assert!(find(&d, "أنس").is_some(), "{:?}", d.entities);
    }

    #[test]
    fn a_three_letter_word_is_no_town_of_a_country_not_in_the_text() {
        // الأبيّ "the proud" is no El Obeid in a text about Egypt.
        let d = run(
            "تحتفل مصر اليوم بإنجازها، وشعب مصر الأبيّ يرفض الانكسار.",
            &KbLayer::new(),
        );
        assert!(
            d.entities
                .iter()
                .all(|e| e.kind != EntityType::Location || e.name == "مصر"),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn a_surname_is_the_named_person_before_a_famous_namesake() {
        // مرسي after هشام مرسي is he, not Mohamed Morsi; alone it may be.
        let text = "احتفى رئيس النادي هشام مرسي باللاعبين، وحث مرسي المحترفين على الجهد.";
        let first = text.find("هشام مرسي").unwrap();
        let later = text.find("مرسي المحترفين").unwrap();
        let d = run_spans(
            text,
            &[
                (
                    Span::new(first, first + "هشام مرسي".len()),
                    EntityType::Person,
                ),
                (Span::new(later, later + "مرسي".len()), EntityType::Person),
            ],
        );
        let e = find(&d, "هشام مرسي").expect("kept");
        assert_eq!(e.mentions.len(), 2, "{:?}", d.entities);
        assert!(
            d.entities.iter().all(|e| e.wikidata.is_none()),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn a_given_name_keeps_its_initial_waw() {
        // وائل غلام tagged from its second letter (و read as "and").
        let text = "وحضر عضو مجلس الإدارة وائل غلام الحفل.";
        let d = run_tagged(text, &[("ائل غلام", EntityType::Person)]);
        assert!(find(&d, "وائل غلام").is_some(), "{:?}", d.entities);
    }

    #[test]
    fn tagged_formulae_and_currencies_are_not_entities() {
        let text = "وقال إن العمل مستمر بمشيئة الله، والحمد لله، بتكلفة مليون دولار في الرياض.";
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        for w in ["الله", "لله", "دولار", "الرياض"] {
            let s = text.find(w).unwrap();
            d.entities.push(Entity::unlinked(
                w,
                EntityType::Misc,
                false,
                vec![Span::new(s, s + w.len())],
            ));
        }
        KbLayer::new().annotate(&mut d);
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["الرياض"], "{:?}", d.entities);
    }

    #[test]
    fn formulae_of_several_words_and_titles_are_not_entities() {
        let text = "وقدمها وكيل محافظة الدوادمي، والملك عبدالعزيز رحمه الله، وولي العهد حفظه الله.";
        let d = run_tagged(
            text,
            &[
                ("وكيل", EntityType::Location),
                ("رحمه الله", EntityType::Organization),
                ("حفظه الله", EntityType::Misc),
            ],
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["الدوادمي"], "{:?}", d.entities);
    }

    #[test]
    fn a_word_that_is_no_name_stays_none_behind_a_preposition() {
        let text = "وسيطر الثوار على بصرى الشام وكفر ناسج بريف درعا.";
        let d = run_tagged(text, &[("بريف", EntityType::Location)]);
        assert!(
            d.entities.iter().all(|e| e.name != "بريف"),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn the_preposition_ala_is_no_mention_of_a_man_named_ali() {
        let text = "قال محمد علي إن الوزارة حرصت على العمل. وأكد علي أن الخطة ناجحة.";
        let d = link_people(text, &["محمد علي"]);
        let ali = find(&d, "محمد علي").expect("tagged");
        let texts: Vec<&str> = ali.mentions.iter().map(|m| d.slice(*m)).collect();
        assert_eq!(texts, ["محمد علي", "علي"]);
    }

    #[test]
    fn a_surname_or_a_tagged_person_is_no_foreign_town() {
        // جوهر is a town in Somalia and ستيوارت one in Florida; the text is about Iraq.
        let text = "قال النائب فرحان جوهر في أربيل إن العراق بخير. وأضاف جوهر أن ستيوارت وصل.";
        let d = run_tagged(
            text,
            &[
                ("فرحان جوهر", EntityType::Person),
                ("ستيوارت", EntityType::Person),
            ],
        );
        let places: Vec<&str> = d
            .entities
            .iter()
            .filter(|e| e.kind == EntityType::Location)
            .map(|e| e.name.as_str())
            .collect();
        assert!(
            !places.contains(&"جوهر") && !places.contains(&"ستيوارت"),
            "{places:?}"
        );
        let farhan = find(&d, "فرحان جوهر").expect("tagged");
        assert_eq!(farhan.mentions.len(), 2, "{:?}", d.entities);
    }

    #[test]
    fn common_words_and_directions_are_no_places() {
        // مالي is "financial" unless the tagger or a full name makes it the country.
        let d = run(
            "قدمت الحكومة دعم مالي للمزارعين في جنوب غرب اليمن وعلى الصعيد الدولي.",
            &KbLayer::new(),
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["اليمن"], "{:?}", d.entities);
        let d = run_tagged(
            "احتجزت الشرطة في مالي عشرين متطرفا.",
            &[("مالي", EntityType::Location)],
        );
        assert!(
            find(&d, "مالي").is_some_and(|e| e.lat.is_some()),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn a_person_after_a_place_word_is_that_place() {
        let text = "قصفت الميليشيات مديرية دار سعد شمال عدن، وقتل مدني في مدينة الملك عبدالله، وأعلن ولائه لأيمن الظواهري.";
        let d = run_tagged(
            text,
            &[
                ("دار سعد", EntityType::Person),
                ("الملك عبدالله", EntityType::Person),
                ("أيمن الظواهري", EntityType::Person),
            ],
        );
        let kind = |n: &str| find(&d, n).map(|e| e.kind);
        assert_eq!(
            kind("دار سعد"),
            Some(EntityType::Location),
            "{:?}",
            d.entities
        );
        assert_ne!(kind("الملك عبدالله"), Some(EntityType::Location));
        assert_eq!(kind("أيمن الظواهري"), Some(EntityType::Person));
    }

    #[test]
    fn indefinite_words_end_no_name() {
        let text = "وقال مارك تونر رداً على سؤال إن شابًا قتل، وروى عن فاطمة بنت مُحَمَّدٍ. وأثنى فيصل بن خالد على الجهود، وقالت سي إن إن ذلك.";
        let d = run_tagged(
            text,
            &[
                ("مارك تونر رداً", EntityType::Person),
                ("شابًا", EntityType::Person),
                ("فاطمة بنت مُحَمَّدٍ", EntityType::Person),
                ("فيصل بن خالد على", EntityType::Person),
                ("سي إن إن", EntityType::Organization),
            ],
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            ["مارك تونر", "فاطمة بنت مُحَمَّدٍ", "فيصل بن خالد", "سي إن إن"],
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn a_place_drops_the_nationality_adjective_after_it() {
        let text =
            "اعتقلت القوات 150 شابا في صرين السورية قرب المحيط الهندي وفي الجمهورية اليمنية.";
        let d = run_tagged(
            text,
            &[
                ("صرين السورية", EntityType::Location),
                ("المحيط الهندي", EntityType::Location),
                ("الجمهورية اليمنية", EntityType::Location),
            ],
        );
        let texts: Vec<&str> = d
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| d.slice(*m)))
            .collect();
        assert_eq!(
            texts,
            ["صرين", "المحيط الهندي", "الجمهورية اليمنية"],
            "{:?}",
            d.entities
        );
        assert!(find(&d, "صرين").is_some());
    }

    #[test]
    fn a_verb_read_as_a_conjunction_and_a_town_is_no_place() {
        // فاجأ (surprised) read as ف + اجأ, a town in Egypt.
        let text = "كان ينشط في سرقة السيارات، إلا أنه فاجأ الجميع بالتحاقه بالتنظيم في سورية.";
        let at = text.find("فاجأ").unwrap() + "ف".len();
        let d = run_spans(
            text,
            &[(Span::new(at, at + "اجأ".len()), EntityType::Location)],
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["سوريا"], "{:?}", d.entities);
    }

    #[test]
    fn a_surname_alone_after_the_full_name_is_the_person() {
        let text = "أعلن رئيس الوزراء ديفيد كاميرون خطته. وقال كاميرون إن الجيش الليبي يقاتل، وأضاف أن الليبي ماض.";
        let first = text.find("كاميرون").unwrap();
        let second =
            text[first + "كاميرون".len()..].find("كاميرون").unwrap() + first + "كاميرون".len();
        let libyan = text.rfind("الليبي").unwrap();
        let d = run_spans(
            text,
            &[
                (
                    Span::new(text.find("ديفيد").unwrap(), first + "كاميرون".len()),
                    EntityType::Person,
                ),
                (
                    Span::new(second, second + "كاميرون".len()),
                    EntityType::Location,
                ),
                (
                    Span::new(libyan, libyan + "الليبي".len()),
                    EntityType::Organization,
                ),
            ],
        );
        let cameron = find(&d, "ديفيد كاميرون").expect("tagged");
        assert_eq!(cameron.mentions.len(), 2, "{:?}", d.entities);
        assert!(
            d.entities.iter().all(|e| e.kind != EntityType::Location),
            "{:?}",
            d.entities
        );
        assert!(
            d.entities.iter().all(|e| e.name != "الليبي"),
            "{:?}",
            d.entities
        );
    }

    #[test]
    fn saudi_clubs_and_companies() {
        let d = run(
            "وانتقل لاعب الاتفاق إلى نادي الهلال، وأعلنت أرامكو السعودية أرباحها.",
            &KbLayer::new(),
        );
        for name in ["نادي الاتفاق", "نادي الهلال", "أرامكو السعودية"]
        {
            let e = find(&d, name).unwrap_or_else(|| panic!("{name}: {:?}", d.entities));
            assert_eq!(e.kind, EntityType::Organization);
        }
        // A club's bare name is a common word: alone it links nothing.
        let d = run("وأكد أهمية التعاون بين البلدين.", &KbLayer::new());
        assert!(find(&d, "نادي التعاون").is_none(), "{:?}", d.entities);
    }

    #[test]
    fn unknown_places_after_a_place_word() {
        let d = run("سيطر المسلحون على قرية جورين في ريف حماة.", &KbLayer::new());
        let j = find(&d, "جورين").expect("a place");
        assert_eq!(d.slice(j.mentions[0]), "قرية جورين");
        assert_eq!(j.kind, EntityType::Location);
    }

    #[test]
    fn an_unnamed_body_takes_in_the_fragments_the_tagger_made_of_it() {
        // The tagger read السلطات as a body and السعودية as the country.
        let d = run_tagged(
            "وأعلنت السلطات السعودية أن المقاتل عاد إلى الرياض.",
            &[
                ("السلطات", EntityType::Organization),
                ("السعودية", EntityType::Location),
            ],
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"السلطات السعودية"), "{names:?}");
        assert!(!names.contains(&"السعودية"), "{names:?}");
        // A name the linker knows as a whole is not taken apart.
        let d = run(
            "وقال الجيش العراقي إن القوات العراقية تقدمت.",
            &KbLayer::new(),
        );
        let army = find(&d, "الجيش العراقي").expect("the army");
        assert_eq!(army.mentions.len(), 2, "{:?}", d.entities);
    }

    #[test]
    fn unnamed_forces_take_their_allegiance() {
        let d = run(
            "واندلعت مواجهات بين القوات الموالية للحكومة المعترف بها دوليًا من جهة والمتمردين من جهة أخرى، وقتل 17 من المسلحين المحليين الموالين لها.",
            &KbLayer::new(),
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(
            names.contains(&"القوات الموالية للحكومة المعترف بها دوليًا"),
            "{names:?}"
        );
        assert!(
            names.contains(&"المسلحين المحليين الموالين لها"),
            "{names:?}"
        );
        // A head the tokenizer left a preposition on.
        let d = run(
            "وتتخذ قوات النظام مدعومة بمقاتلين إيرانيين القرية مركزا.",
            &KbLayer::new(),
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"مقاتلين إيرانيين"), "{names:?}");
        // A phrase that runs on into words it cannot tell stays out, and a
        // modifier of allegiance without one is no modifier.
        let d = run(
            "قتل 15 من المليشيات التابعة للحرس العائلي للرئيس، وتتخذ قوات الأمن مدعومة بمقاتلين القرية مركزا.",
            &KbLayer::new(),
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(!names.iter().any(|n| n.contains("التابعة")), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("مدعومة")), "{names:?}");
    }

    #[test]
    fn civil_qualifies_a_head_but_civilians_after_wa_are_another_party() {
        let d = run(
            "وقال المتحدث الإعلامي للدفاع المدني إن ناشطين مدنيين شكلوا لجنة.",
            &KbLayer::new(),
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"المتحدث الإعلامي للدفاع المدني"), "{names:?}");
        assert!(names.contains(&"ناشطين مدنيين"), "{names:?}");
        let d = run(
            "واشتبكت القوات الأمنية والمدنيين في البلدة.",
            &KbLayer::new(),
        );
        let names: Vec<&str> = d.entities.iter().map(|e| e.name.as_str()).collect();
        assert!(names.contains(&"القوات الأمنية"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains("المدنيين")), "{names:?}");
    }
}
