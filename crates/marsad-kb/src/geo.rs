//! Geocoding of the places the alias matcher left without a point, run on
//! the linked entities at the end of the link stage. Rules, in order, for a
//! place entity with no coordinates:
//! 1. Its name (or its name without a leading place word) is a KB place:
//!    the best candidate by the document's country context (a tagged
//!    السعودية that the matcher read as an adjective, ناحية الصقلاوية); an
//!    airport or a port named by its town (مطار أبها، ميناء عدن) takes that
//!    town's point and stays a place of its own.
//! 2. It is put inside or beside a known town by the words after it
//!    (منطقة البوغانم في مدينة الرمادي، منطقة المضيق شرق الرمادي): it takes
//!    that town's point.
//! 3. It names a quarter or area (حي، منطقة، مخيم) and nothing else places
//!    it: the nearest town named before it, in its paragraph or the one before.
//! 4. المملكة alone is the kingdom the article is about, when its country
//!    context names one kingdom above the others.
//!
//! And the article's country is named by البلاد after a word of place or
//! extent (جنوب البلاد، أنحاء البلاد) when one country leads its context, and
//! its kingdom by a free-standing المملكة (للمملكة) when one kingdom leads it.

use crate::kb::{phrase_key, AliasKind, Kb, Precision, Source};
use crate::words::{bare, key};
use marsad_core::{Document, Entity, EntityType, Proclitics, Span, SpanIndex, TokenKind};
use marsad_text::phrases::original_offset;
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const PLACE_REFS_TSV: &str = include_str!("../data/place_refs.tsv");

struct Refs {
    rel: FxHashSet<String>,
    area: FxHashSet<String>,
    country_before: FxHashSet<String>,
    // Few words, scanned at every token: a list compares faster than a hash.
    country_word: Vec<String>,
    kingdom_word: Vec<String>,
    kingdom: Vec<[u8; 2]>,
}

fn refs() -> &'static Refs {
    static REFS: OnceLock<Refs> = OnceLock::new();
    REFS.get_or_init(|| {
        let mut r = Refs {
            rel: FxHashSet::default(),
            area: FxHashSet::default(),
            country_before: FxHashSet::default(),
            country_word: Vec::new(),
            kingdom_word: Vec::new(),
            kingdom: Vec::new(),
        };
        for line in marsad_text::lexicon::lines(PLACE_REFS_TSV) {
            let Some((kind, words)) = line.split_once('\t') else {
                continue;
            };
            if kind == "kingdom" {
                r.kingdom = words
                    .split('|')
                    .filter_map(|c| c.trim().as_bytes().try_into().ok())
                    .collect();
                continue;
            }
            let words = words.split('|').map(|w| bare(&phrase_key(w)).to_string());
            match kind {
                "rel" => r.rel.extend(words),
                "area" => r.area.extend(words),
                "country-before" => r.country_before.extend(words),
                "country-word" => r.country_word.extend(words),
                "kingdom-word" => r.kingdom_word.extend(words),
                _ => {}
            }
        }
        r
    })
}

/// The document's country context, as the link stage computed it.
pub(crate) struct Context<'a> {
    pub votes: &'a FxHashMap<[u8; 2], f32>,
}

impl Context<'_> {
    /// The country that leads the context, among `allowed` when given: at
    /// least one strong vote and more than any other.
    fn leader(&self, allowed: Option<&[[u8; 2]]>) -> Option<[u8; 2]> {
        let mut v: Vec<([u8; 2], f32)> = self
            .votes
            .iter()
            .filter(|(c, _)| allowed.is_none_or(|a| a.contains(c)))
            .map(|(c, v)| (*c, *v))
            .collect();
        v.sort_by(|a, b| b.1.total_cmp(&a.1).then(a.0.cmp(&b.0)));
        match v.as_slice() {
            [(c, t), rest @ ..] if *t >= 1.0 && rest.first().is_none_or(|s| s.1 < *t) => Some(*c),
            _ => None,
        }
    }
}

fn set_point(ent: &mut Entity, lat: Option<f32>, lon: Option<f32>) {
    ent.lat = lat.map(f64::from);
    ent.lon = lon.map(f64::from);
}

/// Whether a KB entry's point is a town or finer (a point to put a quarter at).
fn is_town(p: Option<Precision>) -> bool {
    matches!(
        p,
        Some(Precision::City | Precision::District | Precision::Facility)
    )
}

/// Gives points to the place entities of `out` that have none (see the module doc).
pub(crate) fn geocode(
    doc: &Document,
    kb: &Kb,
    ctx: &Context,
    out: &mut Vec<(Entity, Option<u32>)>,
) {
    let refs = refs();
    add_country_word(doc, kb, ctx, out);
    let missing: Vec<usize> = (0..out.len())
        .filter(|&i| {
            let (e, entry) = &out[i];
            e.kind == EntityType::Location && !e.nominal && entry.is_none() && e.lat.is_none()
        })
        .collect();
    if missing.is_empty() {
        return;
    }
    // Known towns by the token their mentions start in.
    let mut town_at: FxHashMap<usize, usize> = FxHashMap::default();
    for (k, (e, entry)) in out.iter().enumerate() {
        let Some(entry) = entry else { continue };
        let en = kb.entry(*entry);
        // A town to put others in: a well-known one, not a village homonym
        // the matcher may have read off a common word.
        let known = en.wikidata.is_some()
            || en.population >= 10_000
            || matches!(en.source, Source::Curated | Source::Keshvar);
        if e.kind == EntityType::Location && e.lat.is_some() && is_town(en.precision) && known {
            for m in &e.mentions {
                town_at.insert(doc.token_at_or_after(m.start), k);
            }
        }
    }
    for i in missing {
        // 1. The name is a KB place.
        if let Some(id) = lookup_place(doc, kb, ctx, &out[i].0) {
            let en = kb.entry(id);
            let ent = &mut out[i].0;
            set_point(ent, en.lat, en.lon);
            if ent.wikidata.is_none() {
                ent.wikidata = en.wikidata.clone();
            }
            out[i].1 = Some(id);
            continue;
        }
        // 1b. An airport or a port named by its town (مطار القاهرة الدولي،
        // ميناء عدن) takes the town's point, close enough for a facility,
        // and stays an entity of its own.
        if let Some(town) = facility_town(&out[i].0.name) {
            let probe = Entity {
                name: town,
                ..out[i].0.clone()
            };
            if let Some(id) = lookup_place(doc, kb, ctx, &probe) {
                let en = kb.entry(id);
                if is_town(en.precision) {
                    set_point(&mut out[i].0, en.lat, en.lon);
                    continue;
                }
            }
        }
        // 4. المملكة.
        if phrase_key(&out[i].0.name) == "المملكه" {
            if let Some(id) = ctx.leader(Some(&refs.kingdom)).and_then(|c| kb.country(c)) {
                let en = kb.entry(id);
                set_point(&mut out[i].0, en.lat, en.lon);
                out[i].1 = Some(id);
            }
            continue;
        }
        // 2. Inside or beside a known town.
        let mut town = None;
        for m in &out[i].0.mentions {
            let mut j = doc.token_at_or_after(m.end);
            let stop = (j + 4).min(doc.tokens.len());
            while j < stop {
                if let Some(&k) = town_at.get(&j) {
                    town = Some(k);
                    break;
                }
                let t = &doc.tokens[j];
                if t.kind != TokenKind::Arabic || !refs.rel.contains(key(doc, j)) {
                    break;
                }
                j += 1;
            }
            if town.is_some() {
                break;
            }
        }
        // 3. A quarter or area: the nearest town before it in the paragraph.
        if town.is_none() {
            town = nearest_town_before(doc, refs, &town_at, &out[i].0);
        }
        if let Some(k) = town {
            let (lat, lon) = (out[k].0.lat, out[k].0.lon);
            out[i].0.lat = lat;
            out[i].0.lon = lon;
        }
    }
}

/// Rule 1: the entity's name, or its name without a place word, as a KB place.
fn lookup_place(doc: &Document, kb: &Kb, ctx: &Context, ent: &Entity) -> Option<u32> {
    let full = phrase_key(&ent.name);
    // The tagger's every mention read off ك "like" (كبرى → برى): a word, not
    // a town; only a country is named so (كمصر).
    let cut_of = |m: &Span| {
        let t = doc.token_at_or_after(m.start);
        doc.tokens
            .get(t)
            .and_then(|tok| doc.text.get(tok.span.start..m.start))
            .unwrap_or("")
    };
    let after_ka = ent.mentions.iter().all(|m| {
        cut_of(m).trim_start_matches(['و', 'ف']) == "ك" && !doc.slice(*m).starts_with("ال")
    });
    // Every mention read off a proclitic (وكيل → و + Kiel): as for the KB
    // matcher's gate, a foreign town needs a long name and a large population.
    let after_proclitic = ent.mentions.iter().all(|m| !cut_of(m).is_empty());
    let letters = full.strip_prefix("ال").unwrap_or(&full).chars().count();
    // A one-word name of three letters or fewer (without the article).
    let short =
        !full.contains(' ') && full.strip_prefix("ال").unwrap_or(&full).chars().count() <= 3;
    let another_leads = ctx.votes.values().any(|&v| v >= 2.0);
    let mut keys = vec![full.clone()];
    if let Some((head, rest)) = full.split_once(' ') {
        if crate::nominal::is_place_head(head) {
            keys.push(rest.to_string());
        }
    }
    let mut best: Option<(f32, u32)> = None;
    for k in &keys {
        for a in kb.lookup(k) {
            // Not a role, nor a nationality adjective the tagger took for a place.
            if matches!(a.kind, AliasKind::Role | AliasKind::Adjective) {
                continue;
            }
            let e = kb.entry(a.entry);
            if e.kind != EntityType::Location || e.lat.is_none() {
                continue;
            }
            let vote = e
                .country
                .and_then(|c| ctx.votes.get(&c).copied())
                .unwrap_or(0.0);
            // A one-word name of another country's village is mostly a homonym.
            let foreign = vote == 0.0 && e.precision != Some(Precision::Country);
            if foreign && e.population < 100_000 {
                continue;
            }
            if after_ka && e.precision != Some(Precision::Country) {
                continue;
            }
            // As for the KB matcher's gate: a short name of a country not in
            // the document while another leads it is a word unless a large city.
            if foreign && short && another_leads && e.population < 1_000_000 {
                continue;
            }
            if foreign && after_proclitic && (letters < 5 || e.population < 1_000_000) {
                continue;
            }
            let s = vote + 0.1 * ((e.population as f32) + 1.0).log10();
            if best.is_none_or(|b| s > b.0) {
                best = Some((s, a.entry));
            }
        }
    }
    best.map(|b| b.1)
}

/// The town an airport or a port is named by (مطار أبها → أبها), as written.
fn facility_town(name: &str) -> Option<String> {
    let (head, rest) = name.split_once(' ')?;
    if !matches!(phrase_key(head).as_str(), "مطار" | "ميناء") {
        return None;
    }
    let rest = rest.trim();
    let town = rest
        .strip_suffix("الدولي")
        .map(str::trim_end)
        .unwrap_or(rest);
    (!town.is_empty()).then(|| town.to_string())
}

/// How many tokens back rule 3 looks for a town.
const MAX_BACK: usize = 80;

/// Rule 3: for a quarter or area, the town mentioned last before it in its paragraph.
fn nearest_town_before(
    doc: &Document,
    refs: &Refs,
    town_at: &FxHashMap<usize, usize>,
    ent: &Entity,
) -> Option<usize> {
    let m = *ent.mentions.first()?;
    let first = doc.token_at_or_after(m.start);
    let is_area = |t: usize| {
        t < doc.tokens.len()
            && doc.tokens[t].kind == TokenKind::Arabic
            && refs.area.contains(key(doc, t))
    };
    if !(is_area(first) || (first > 0 && is_area(first - 1))) {
        return None;
    }
    // Within its paragraph or the one before (a report's lead names the town,
    // the next paragraph its quarters), and not too far back.
    let mut j = first;
    let mut breaks = 0;
    while j > 0 && first - j < MAX_BACK {
        j -= 1;
        breaks += doc.text[doc.tokens[j].span.end..doc.tokens[j + 1].span.start]
            .matches('\n')
            .count()
            .min(1);
        if breaks > 1 {
            return None;
        }
        if let Some(&k) = town_at.get(&j) {
            return Some(k);
        }
    }
    None
}

/// البلاد after a word of place or extent names the country leading the
/// context; المملكة alone (للمملكة) the kingdom leading it.
fn add_country_word(doc: &Document, kb: &Kb, ctx: &Context, out: &mut Vec<(Entity, Option<u32>)>) {
    let refs = refs();
    let mut country: Vec<Span> = Vec::new();
    let mut kingdom: Vec<Span> = Vec::new();
    for j in 1..doc.tokens.len() {
        let t = &doc.tokens[j];
        if t.kind != TokenKind::Arabic || !t.proclitics.has(Proclitics::AL) {
            continue;
        }
        let k = key(doc, j);
        let list = if refs.country_word.iter().any(|w| w == k)
            && t.proclitics.0 & !Proclitics::AL == 0
            && refs.country_before.contains(key(doc, j - 1))
        {
            &mut country
        } else if refs.kingdom_word.iter().any(|w| w == k) {
            &mut kingdom
        } else {
            continue;
        };
        // Off with the article only where nothing else precedes it.
        let whole = doc.norm(t);
        let cut = (whole.len() - doc.stem(t).len()).saturating_sub("ال".len());
        let skip = original_offset(doc.token_text(t), cut);
        list.push(Span::new(t.span.start + skip, t.span.end));
    }
    for (spans, allowed) in [(country, None), (kingdom, Some(refs.kingdom.as_slice()))] {
        if spans.is_empty() {
            continue;
        }
        if let Some(id) = ctx.leader(allowed).and_then(|c| kb.country(c)) {
            add_mentions(kb, id, spans, out);
        }
    }
}

/// Adds the free spans of `spans` to the entity of entry `id`, or makes one.
fn add_mentions(kb: &Kb, id: u32, mut spans: Vec<Span>, out: &mut Vec<(Entity, Option<u32>)>) {
    let taken = SpanIndex::new(out.iter().flat_map(|(e, _)| e.mentions.iter().copied()));
    spans.retain(|s| !taken.overlaps(s));
    if spans.is_empty() {
        return;
    }
    if let Some((e, _)) = out.iter_mut().find(|(_, en)| *en == Some(id)) {
        e.mentions.extend(spans);
        e.mentions.sort();
        return;
    }
    let en = kb.entry(id);
    out.push((
        Entity {
            name: en.name.clone(),
            kind: en.kind,
            nominal: false,
            wikidata: en.wikidata.clone(),
            lat: en.lat.map(f64::from),
            lon: en.lon.map(f64::from),
            mentions: spans,
        },
        Some(id),
    ));
}

#[cfg(test)]
mod tests {
    use crate::KbLayer;
    use marsad_core::{Document, Entity, EntityType, Span, Stage};
    use marsad_text::TextLayer;

    fn run(text: &str) -> Document {
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        KbLayer::new().annotate(&mut d);
        d
    }

    /// `text` linked after the tagger marked `name` as a place, unlinked.
    fn tagged_place(text: &str, name: &str) -> Document {
        let mut d = Document::new("t", text);
        TextLayer.annotate(&mut d);
        let start = text.find(name).unwrap();
        d.entities.push(Entity::unlinked(
            name,
            EntityType::Location,
            false,
            vec![Span::new(start, start + name.len())],
        ));
        KbLayer::new().annotate(&mut d);
        d
    }

    fn find<'a>(d: &'a Document, name: &str) -> Option<&'a Entity> {
        d.entities.iter().find(|e| e.name == name)
    }

    fn near(e: &Entity, other: &Entity) -> bool {
        let (a, b) = (e.lat.zip(e.lon), other.lat.zip(other.lon));
        matches!((a, b), (Some(a), Some(b)) if (a.0 - b.0).abs() < 0.2 && (a.1 - b.1).abs() < 0.2)
    }

    #[test]
    fn a_place_in_or_beside_a_known_town_takes_its_point() {
        let d = run("اقتحمت القوات الأمنية منطقة البوغانم في مدينة الرمادي أمس.");
        let b = find(&d, "البوغانم").expect("a place");
        assert!(near(b, find(&d, "الرمادي").expect("Ramadi")), "{b:?}");
        let d = run("صد الجيش هجوما على منطقة المضيق شرق الرمادي.");
        let m = find(&d, "المضيق").expect("a place");
        assert!(near(m, find(&d, "الرمادي").expect("Ramadi")), "{m:?}");
    }

    #[test]
    fn a_foreign_village_homonym_after_a_place_word_is_not_linked() {
        let d = run(
            "قال مسؤول عراقي إن القوات العراقية طاردت المسلحين في العراق حتى جزيرة الخالدية شرقي الرمادي.",
        );
        let k = find(&d, "الخالدية").expect("a place");
        assert_eq!(d.slice(k.mentions[0]), "جزيرة الخالدية");
        assert!(k.wikidata.is_none() && k.lon.unwrap() > 40.0, "{k:?}");
        assert!(near(k, find(&d, "الرمادي").expect("Ramadi")), "{k:?}");
    }

    #[test]
    fn an_area_takes_the_town_named_just_before_it() {
        let d = run("حاول المسلحون التسلل إلى مدينة الضالع أمس.\nوقال المصدر إن اشتباكات تدور في منطقة سناح.");
        let s = find(&d, "سناح").expect("a place");
        assert!(near(s, find(&d, "الضالع").expect("Dhale")), "{s:?}");
        // No town before it: no point.
        let d = run("وقال المصدر إن اشتباكات تدور في منطقة سناح.");
        assert!(find(&d, "سناح").expect("a place").lat.is_none());
        // A village is not put in a town by nearness alone.
        let d = run("وصلت القوات إلى مدينة الضالع ثم إلى قرية سناح.");
        assert!(find(&d, "سناح").expect("a place").lat.is_none());
    }

    #[test]
    fn al_bilad_after_a_place_word_is_the_leading_country() {
        let d = run("قال مسؤول يمني إن الجيش سيطر على مدينة لودر جنوب البلاد.");
        let y = find(&d, "اليمن").expect("Yemen");
        assert_eq!(d.slice(y.mentions[0]), "البلاد");
        assert!(y.lat.is_some());
        // Without such a word, or without a leading country, nothing.
        let d = run("قال مسؤول يمني إن البلاد تمر بأزمة.");
        assert!(find(&d, "اليمن").is_none(), "{:?}", d.entities);
        let d = run("قال مسؤول يمني ومسؤول عماني إن الأمطار عمت جنوب البلاد.");
        assert!(d
            .entities
            .iter()
            .all(|e| e.mentions.iter().all(|m| d.slice(*m) != "البلاد")));
    }

    #[test]
    fn al_mamlaka_alone_is_the_leading_kingdom() {
        let d = run("قال مسؤول سعودي إن المملكة ترحب بالقرار وإن الحدود الجنوبية للمملكة آمنة.");
        let s = find(&d, "السعودية").expect("Saudi Arabia");
        let m: Vec<&str> = s.mentions.iter().map(|m| d.slice(*m)).collect();
        assert_eq!(m, ["المملكة", "للمملكة"]);
        let d = run("قال مسؤول سعودي إن المملكة المتحدة ترحب بالقرار.");
        assert!(find(&d, "السعودية").is_none(), "{:?}", d.entities);
        // A republic leads: المملكة is not it.
        let d = run("قال مسؤول مصري إن المملكة ترحب بالقرار.");
        assert!(find(&d, "مصر").is_none(), "{:?}", d.entities);
    }

    #[test]
    fn an_airport_or_port_takes_its_towns_point_and_stays_itself() {
        let d = tagged_place("ووصلت السفينة إلى ميناء عدن أمس.", "ميناء عدن");
        let port = find(&d, "ميناء عدن").expect("kept as its own place");
        assert!((port.lat.unwrap() - 12.8).abs() < 0.3, "{port:?}");
        assert_eq!(
            super::facility_town("مطار القاهرة الدولي").as_deref(),
            Some("القاهرة")
        );
        assert_eq!(super::facility_town("مدينة عدن"), None);
    }

    #[test]
    fn an_unlinked_tagged_place_is_looked_up_by_name() {
        let d = tagged_place("وعاد المقاتل إلى السعودية أمس.", "السعودية");
        let s = find(&d, "السعودية").expect("kept");
        assert!(s.lat.is_some(), "{s:?}");
        assert_eq!(s.wikidata.as_deref(), Some("Q851"));
    }
}
