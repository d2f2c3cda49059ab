//! Names of bodies, facilities and events built from a head noun and what
//! names it: وزارة الزراعة، لجنة التنمية الاجتماعية ببقيق، أمانة منطقة
//! الرياض، إدارة تعليم محافظة صبيا، بلدية بقيق، شركة المجدوعي للاستثمار،
//! اللجنة التأديبية، الغرفة التجارية الصناعية بالمنطقة الشرقية، استاد برج
//! العرب، مهرجان العسل الدولي الثامن.
//!
//! Saudi and Gulf news name ministries, municipalities, committees,
//! chambers, companies and clubs this way in nearly every article, and the
//! tagger, trained on other news, keeps a piece (منطقة الرياض out of أمانة
//! منطقة الرياض) or nothing. The phrase is regular:
//! - an indefinite head in construct (`data/bodies.tsv`, `head`), then a
//!   chain of words with the article (الزراعة، التنمية الاجتماعية), joined
//!   words (والفعاليات), at most two indefinite words in construct before a
//!   definite word or a place (تعليم محافظة صبيا، برج العرب), or a place the
//!   linker found (بلدية بقيق);
//! - or a definite head with an adjective of the list or a nationality
//!   (اللجنة التأديبية، الهيئة العامة، الشركة السعودية);
//! - then, optionally, a place with بـ (ببقيق، بالمنطقة الشرقية), and for
//!   heads marked `tail` a complement with لـ (للاستثمار، لخدمة المجتمع),
//!   also right after a person's name (مؤسسة محمد يوسف ناغي للسيارات).
//!
//! Time words, titles and roles end a name. Heads followed by an honorific
//! (جامعة الملك سعود) are left to `named_after`. A phrase overlapping a
//! mention linked to the knowledge base is left to it, unless that mention
//! is a place inside the phrase (الغرفة التجارية بالمنطقة الشرقية).

use crate::claims::Claims;
use crate::kb::{AliasKind, Kb};
use crate::words::bare;
use marsad_core::{Document, Entity, EntityType, Proclitics, Span, TokenKind};
use marsad_text::phrases::{original_offset, tail_hash, WordFilter};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const BODIES_TSV: &str = include_str!("../data/bodies.tsv");

/// What a head noun allows.
#[derive(Clone, Copy)]
struct Head {
    kind: EntityType,
    /// A لـ complement may follow (شركة X للاستثمار).
    tail: bool,
    /// A bare place may be its complement (بلدية بقيق; not مركز محافظة ديالى).
    place: bool,
    /// Only the definite head with an adjective names a body (الغرفة التجارية).
    definite_only: bool,
    /// Only an indefinite head with a place after it names a body: a
    /// community of a place (مسيحيو سهل نينوى، أهالي الموصل).
    place_only: bool,
    /// With ب and no article the head names no body: برئاسة X is "chaired
    /// by X" (بالرئاسة العامة is a body).
    not_after_bi: bool,
}

struct Lexicon {
    heads: FxHashMap<String, Head>,
    /// The heads with the proclitics the tokenizer may leave on ([`crate::words::head_forms`]).
    head_forms: FxHashMap<String, (usize, Head)>,
    /// The words of `heads` and `head_forms`: most tokens are none of them,
    /// which this tells without a lookup in those maps.
    head_words: WordFilter,
    adjs: FxHashSet<String>,
    stops: FxHashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            heads: FxHashMap::default(),
            head_forms: FxHashMap::default(),
            head_words: WordFilter::default(),
            adjs: FxHashSet::default(),
            stops: FxHashSet::default(),
        };
        for row in crate::words::classed_rows(BODIES_TSV) {
            match row.class {
                Some("head") => {
                    let head = Head {
                        kind: row.head_type("bodies.tsv"),
                        tail: row.has_flag("tail"),
                        place: !row.has_flag("noplace"),
                        definite_only: row.has_flag("defonly"),
                        place_only: row.has_flag("placeonly"),
                        not_after_bi: row.has_flag("nobi"),
                    };
                    lex.heads.insert(row.word, head);
                }
                Some("adj") => {
                    lex.adjs.insert(row.word);
                }
                Some("stop") => {
                    lex.stops.insert(bare(&row.word).to_string());
                }
                other => panic!("bodies.tsv: bad class {other:?} in `{}`", row.line),
            }
        }
        lex.head_forms = crate::words::head_forms(&lex.heads);
        let words: Vec<&str> = lex
            .heads
            .keys()
            .chain(lex.head_forms.keys())
            .map(String::as_str)
            .collect();
        lex.head_words = WordFilter::of(words.into_iter());
        lex
    })
}

/// Words that end a name: particles, prepositions and pronouns.
const PARTICLES: &[&str] = &[
    "في", "من", "علي", "الي", "عن", "مع", "ان", "او", "ثم", "قد", "لا", "ما", "هذا", "هذه", "ذلك",
    "تلك", "بعد", "قبل", "عند", "حتي", "منذ", "عبر", "خلال", "حيث", "كما", "يوم", "وقد", "بين",
    "لدي", "ضد", "نحو", "غير", "سوي", "هو", "هي", "هم", "كان", "كانت", "بان", "بانه", "انه",
    "انها",
];

/// The token after an honorific head: named_after's phrase. (Also the
/// titles that make a name after a place word the person it is named
/// after, in `link`.)
pub(crate) const HONORIFICS: &[&str] = &[
    "الملك",
    "الملكه",
    "الامير",
    "الاميره",
    "الشيخ",
    "الشيخه",
    "السلطان",
    "الامام",
];

/// What the phrase reader needs of the document.
struct Reader<'d> {
    doc: &'d Document,
    kb: &'d Kb,
    lex: &'static Lexicon,
    /// Token index → end token of a place mention starting there.
    places: FxHashMap<usize, usize>,
    /// Token index → end token of a person mention starting there.
    people: FxHashMap<usize, usize>,
    /// Tokens where a place mention starts after a ب the tokenizer left on (ببقيق).
    after_bi: FxHashSet<usize>,
}

impl Reader<'_> {
    fn tok(&self, j: usize) -> Option<&marsad_core::Token> {
        self.doc
            .tokens
            .get(j)
            .filter(|t| t.kind == TokenKind::Arabic)
    }

    fn key(&self, j: usize) -> &str {
        bare(self.doc.stem(&self.doc.tokens[j]))
    }

    /// Proclitics of token `j` other than the article.
    fn others(&self, j: usize) -> u8 {
        self.doc.tokens[j].proclitics.0 & !Proclitics::AL
    }

    fn definite(&self, j: usize) -> bool {
        self.doc.tokens[j].proclitics.has(Proclitics::AL)
    }

    /// The gap before token `j` is a single space (no punctuation).
    fn joined(&self, j: usize) -> bool {
        j > 0 && {
            let a = self.doc.tokens[j - 1].span.end;
            let b = self.doc.tokens[j].span.start;
            self.doc.text[a..b].chars().all(|c| c == ' ')
        }
    }

    /// A word that ends a name (a particle, time word, title or role).
    fn stop(&self, j: usize) -> bool {
        let norm = self.doc.norm(&self.doc.tokens[j]);
        let k = self.key(j);
        PARTICLES.contains(&norm)
            || self.lex.stops.contains(k)
            || crate::nominal::is_title(self.doc, j)
            || crate::nominal::is_actor_head(self.doc, j)
            || k.chars().count() < 2
    }

    fn nationality(&self, j: usize) -> bool {
        let t = &self.doc.tokens[j];
        let stem = self.doc.stem(t);
        let with_article = format!("ال{stem}");
        [self.doc.norm(t), stem, with_article.as_str()]
            .iter()
            .any(|w| self.kb.lookup(w).any(|a| a.kind == AliasKind::Adjective))
    }

    /// An adjective after a name's noun: the list, a nationality, or a nisba
    /// (الاجتماعية، الرياضي، الخليجي).
    fn adjective(&self, j: usize) -> bool {
        let k = self.key(j);
        self.lex.adjs.contains(k)
            || k.ends_with('ي')
            || k.ends_with("يه")
            || k.ends_with("يين")
            || k.ends_with("يون")
            || self.nationality(j)
    }

    /// A word with the article and no other proclitic that may be part of a name.
    fn name_word(&self, j: usize) -> bool {
        self.tok(j).is_some()
            && self.joined(j)
            && self.definite(j)
            && self.others(j) == 0
            && !self.stop(j)
    }

    /// The end of a place starting at token `j` (a linked place, or a place
    /// word and its name), for بلدية بقيق and ببقيق.
    fn place_end(&self, j: usize) -> Option<usize> {
        if let Some(&e) = self.places.get(&j) {
            return Some(e);
        }
        let t = self.tok(j)?;
        if crate::nominal::is_place_head(self.doc.stem(t)) && !self.definite(j) {
            let n = j + 1;
            let nt = self.tok(n)?;
            if !self.joined(n) || (nt.proclitics.0 & !Proclitics::AL) != 0 || self.stop(n) {
                return None;
            }
            return Some(self.places.get(&n).copied().unwrap_or(n + 1));
        }
        None
    }

    /// The phrase starting with a head noun at token `i`: (end token, type,
    /// bytes of proclitics before the head in its matching form, whether it
    /// is a community of the place after the head).
    fn phrase_at(&self, i: usize) -> Option<(usize, EntityType, usize, bool)> {
        let t = self.tok(i)?;
        let n = self.doc.tokens.len();
        // The head, also with a preposition the tokenizer leaves on (لوزارة، بمركز).
        let norm = self.doc.norm(t);
        let mut cut = norm.len() - self.doc.stem(t).len();
        if t.proclitics.has(Proclitics::AL) && norm[..cut].ends_with("ال") {
            cut -= "ال".len();
        }
        // The head is the key or the whole word: most tokens are neither.
        let key = self.key(i);
        let may_be_head = |w: &str| {
            self.lex
                .head_words
                .may_contain_hash(tail_hash(self.doc, i, w))
        };
        if !may_be_head(key) && !may_be_head(norm) {
            return None;
        }
        let head = match self.lex.heads.get(key) {
            Some(&h) => h,
            None if !self.definite(i) => {
                let &(c, h) = self.lex.head_forms.get(norm)?;
                cut = c;
                h
            }
            None => return None,
        };
        let (kind, tail_ok) = (head.kind, head.tail);
        let definite = self.definite(i);
        if (head.definite_only && !definite) || (head.place_only && definite) {
            return None;
        }
        if head.not_after_bi
            && !definite
            && (t.proclitics.has(Proclitics::BI)
                || norm.trim_start_matches(['و', 'ف']).starts_with('ب'))
        {
            return None;
        }
        // الإدارة الأمريكية، الشرطة العراقية: unnamed actors (nominal.rs).
        if definite && crate::nominal::is_actor_head(self.doc, i) {
            return None;
        }
        let next = self.tok(i + 1)?;
        if !self.joined(i + 1) || HONORIFICS.contains(&self.doc.norm(next)) {
            return None;
        }
        let mut end = i + 1;
        let mut words = 0;
        if definite {
            // اللجنة التأديبية، الهيئة العامة، الشركة السعودية
            let mut j = i + 1;
            while j < n
                && self.name_word(j)
                && (self.lex.adjs.contains(self.key(j)) || self.nationality(j))
            {
                j += 1;
            }
            if j == i + 1 {
                return None;
            }
            end = j;
        } else {
            let mut indefinite = 0;
            let mut by_place = false;
            let mut j = i + 1;
            while j < n {
                if self.tok(j).is_none() || !self.joined(j) {
                    break;
                }
                let others = self.others(j);
                // A place the linker found, or a place word and its name.
                if others == 0 && head.place && (words == 0 || indefinite > 0) {
                    if let Some(pe) = self.place_end(j) {
                        end = pe;
                        words += 1;
                        by_place = true;
                        break;
                    }
                }
                if head.place_only {
                    break;
                }
                if self.stop(j) {
                    break;
                }
                // The first definite word ends the construct; adjectives may follow.
                if self.definite(j) && others == 0 && (words == 0 || self.adjective(j)) {
                    j += 1;
                    words += 1;
                    indefinite = 0;
                    end = j;
                    continue;
                }
                // والفعاليات: a joined word after a definite one.
                if self.definite(j)
                    && others == Proclitics::WA
                    && words > 0
                    && indefinite == 0
                    && end == j
                {
                    j += 1;
                    words += 1;
                    end = j;
                    continue;
                }
                if others != 0 {
                    break;
                }
                // An indefinite word in construct before a definite word (تعليم محافظة صبيا).
                if indefinite < 2 && words == 0 && !self.definite(j) {
                    indefinite += 1;
                    j += 1;
                    continue;
                }
                break;
            }
            if head.place_only && !by_place {
                return None;
            }
            // A person's name right after the head, with a لـ complement (below).
            if words == 0 {
                if let Some(&pe) = self.people.get(&(i + 1)) {
                    if tail_ok && self.li_tail(pe).is_some() {
                        end = pe;
                    } else {
                        return None;
                    }
                } else {
                    return None;
                }
            }
            if end == i + 1 {
                return None;
            }
            // منظمة القاعدة، حركة حماس: a descriptor before a name the
            // knowledge base knows is not a name of its own.
            if kind == EntityType::Organization {
                let first = self.doc.tokens[i + 1].span.start;
                let key =
                    crate::kb::phrase_key(&self.doc.text[first..self.doc.tokens[end - 1].span.end]);
                if self
                    .kb
                    .lookup(&key)
                    .any(|a| self.kb.entry(a.entry).kind == EntityType::Organization)
                {
                    return None;
                }
            }
        }
        // بـ + a place: ببقيق، بالمنطقة الشرقية، بمحافظة جدة.
        if end < n && self.tok(end).is_some() && self.joined(end) {
            let p = self.doc.tokens[end].proclitics;
            if (p.has(Proclitics::BI) && p.0 & !(Proclitics::BI | Proclitics::AL) == 0)
                || self.after_bi.contains(&end)
            {
                if let Some(pe) = self.places.get(&end).copied().or_else(|| {
                    // بمحافظة جدة: the place word carries the preposition.
                    let t = &self.doc.tokens[end];
                    (crate::nominal::is_place_head(self.doc.stem(t)) && !p.has(Proclitics::AL))
                        .then(|| self.places.get(&(end + 1)).copied())
                        .flatten()
                }) {
                    end = pe;
                }
            }
        }
        if tail_ok {
            if let Some(te) = self.li_tail(end) {
                end = te;
            }
        }
        Some((end, kind, cut, head.place_only))
    }

    /// A لـ complement at token `j` (للاستثمار، للإغاثة والأعمال الإنسانية،
    /// لخدمة المجتمع): its end token.
    fn li_tail(&self, j: usize) -> Option<usize> {
        let n = self.doc.tokens.len();
        let t = self.tok(j)?;
        if !self.joined(j) || t.proclitics.0 & !(Proclitics::LI | Proclitics::AL) != 0 {
            return None;
        }
        if !t.proclitics.has(Proclitics::LI) || self.stop(j) {
            return None;
        }
        let mut end = j + 1;
        if !t.proclitics.has(Proclitics::AL) {
            // لخدمة المجتمع: an indefinite word needs a definite one after it.
            if !self.name_word(end) {
                return None;
            }
            end += 1;
        }
        // Adjectives and joined words (للإغاثة والأعمال الإنسانية).
        while end < n {
            let adjective = self.name_word(end) && self.adjective(end);
            let joined = self.tok(end).is_some()
                && self.joined(end)
                && self.definite(end)
                && self.others(end) == Proclitics::WA
                && !self.stop(end);
            if !(adjective || joined) {
                break;
            }
            end += 1;
        }
        Some(end)
    }
}

/// Adds the body names of `doc` to `out` (entity, knowledge-base entry):
/// each takes over the tagger's mentions it overlaps.
pub fn add_bodies(doc: &Document, kb: &Kb, out: &mut Vec<(Entity, Option<u32>)>) {
    let lex = lexicon();
    let n = doc.tokens.len();
    let token_range = |s: &Span| {
        // The token holding the start (a place after a preposition: ببقيق).
        let a = doc.tokens.partition_point(|t| t.span.end <= s.start);
        let mut b = a;
        while b < n && doc.tokens[b].span.start < s.end {
            b += 1;
        }
        (a, b)
    };
    let mut places = FxHashMap::default();
    let mut people = FxHashMap::default();
    let mut after_bi = FxHashSet::default();
    for (e, _) in out.iter() {
        for m in &e.mentions {
            let (a, b) = token_range(m);
            if b > a {
                match e.kind {
                    EntityType::Location => {
                        places.insert(a, b);
                        let t = &doc.tokens[a];
                        if m.start > t.span.start && doc.text[t.span.start..m.start] == *"ب" {
                            after_bi.insert(a);
                        }
                    }
                    EntityType::Person if !e.nominal => {
                        people.insert(a, b);
                    }
                    _ => {}
                }
            }
        }
    }
    let reader = Reader {
        doc,
        kb,
        lex,
        places,
        people,
        after_bi,
    };
    let mut found: Vec<(Span, EntityType, String, Option<Span>)> = Vec::new();
    let mut i = 0;
    while i + 1 < n {
        let Some((end, kind, cut, community)) = reader.phrase_at(i) else {
            i += 1;
            continue;
        };
        let head = &doc.tokens[i];
        // Off with the conjunction and preposition, not the article.
        let skip = original_offset(doc.token_text(head), cut);
        let span = Span::new(head.span.start + skip, doc.tokens[end - 1].span.end);
        // A community keeps its place as a place too (مسيحيو سهل نينوى).
        let place = community.then(|| Span::new(doc.tokens[i + 1].span.start, span.end));
        found.push((span, kind, reader.key(i).to_string(), place));
        i = end;
    }
    if found.is_empty() {
        return;
    }
    let mut claims = Claims::new(out);
    for (span, kind, head, place) in found {
        let overlapping = claims.overlapping(span);
        // Left to the knowledge base where it linked these words, unless
        // what it linked is a place inside the phrase.
        let blocked = overlapping.iter().any(|&(m, e)| {
            out[e].1.is_some()
                && !(out[e].0.kind == EntityType::Location
                    && span.contains(&m)
                    && m.start > span.start)
        });
        // A tagged mention reaching past the phrase is another reading of it.
        let wider = overlapping
            .iter()
            .any(|&(m, _)| (m.start < span.start || m.end > span.end) && m.len() > span.len());
        if blocked || wider {
            continue;
        }
        claims.add(doc, out, span, kind, &head, place);
    }
    claims.refer_back(doc, out);
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_core::Stage;

    /// Runs the text layer, then `add_bodies` over the given tagged mentions.
    fn bodies(text: &str, tagged: &[(&str, EntityType)]) -> Vec<(String, EntityType, Vec<String>)> {
        let mut doc = Document::new("t", text);
        marsad_text::TextLayer.annotate(&mut doc);
        let mut out: Vec<(Entity, Option<u32>)> = tagged
            .iter()
            .map(|(w, kind)| {
                let mentions = text
                    .match_indices(w)
                    .map(|(at, _)| Span::new(at, at + w.len()))
                    .collect();
                (
                    Entity::unlinked(w.to_string(), *kind, false, mentions),
                    None,
                )
            })
            .collect();
        add_bodies(&doc, Kb::bundled(), &mut out);
        out.retain(|(e, _)| !e.mentions.is_empty());
        out.iter()
            .map(|(e, _)| {
                let m = e
                    .mentions
                    .iter()
                    .map(|m| doc.slice(*m).to_string())
                    .collect();
                (e.name.clone(), e.kind, m)
            })
            .collect()
    }

    fn names(found: &[(String, EntityType, Vec<String>)]) -> Vec<&str> {
        found.iter().map(|f| f.0.as_str()).collect()
    }

    #[test]
    fn ministries_committees_and_municipalities() {
        let found = bodies(
            "بمناسبة صدور قرار مجلس الوزراء بتعيينه وكيلا لوزارة الزراعة، وكرمت بلدية بقيق \
             لجنة التنمية الاجتماعية ببقيق ولجنة المناسبات والفعاليات.",
            &[("بقيق", EntityType::Location)],
        );
        assert_eq!(
            names(&found),
            [
                "مجلس الوزراء",
                "وزارة الزراعة",
                "بلدية بقيق",
                "لجنة التنمية الاجتماعية ببقيق",
                "لجنة المناسبات والفعاليات",
            ],
            "{found:?}"
        );
    }

    #[test]
    fn a_presidency_is_a_body_but_not_after_bi() {
        let found = bodies("وعمل مستشارا بالرئاسة العامة لشؤون المسجد الحرام.", &[]);
        assert_eq!(names(&found), ["الرئاسة العامة"], "{found:?}");
        let found = bodies("وعقدت اللجنة اجتماعها برئاسة عمر المهنا.", &[]);
        assert!(
            names(&found).iter().all(|n| !n.contains("رئاسة")),
            "{found:?}"
        );
    }

    #[test]
    fn construct_chains_end_at_a_place() {
        let found = bodies(
            "وباشرت الحادث شرطة محافظة صبيا، ضمن احتفالات أمانة منطقة الرياض في استاد برج العرب.",
            &[("منطقة الرياض", EntityType::Location)],
        );
        assert_eq!(
            names(&found),
            ["شرطة محافظة صبيا", "أمانة منطقة الرياض", "استاد برج العرب"],
            "{found:?}"
        );
        assert_eq!(found[2].1, EntityType::Location);
    }

    #[test]
    fn definite_heads_need_an_adjective() {
        let found = bodies(
            "أحيلت الأوراق إلى اللجنة التأديبية، ونظمها صندوق المناسبات بالغرفة التجارية الصناعية بالمنطقة الشرقية. \
             وقالت اللجنة إن الموعد ثابت.",
            &[("المنطقة الشرقية", EntityType::Location)],
        );
        let n = names(&found);
        assert!(n.contains(&"اللجنة التأديبية"), "{found:?}");
        assert!(
            n.contains(&"الغرفة التجارية الصناعية بالمنطقة الشرقية"),
            "{found:?}"
        );
        // The bare head later refers back to the one committee named.
        let c = found.iter().find(|f| f.0 == "اللجنة التأديبية").unwrap();
        assert_eq!(c.2, ["اللجنة التأديبية", "اللجنة"]);
    }

    #[test]
    fn companies_take_a_li_complement() {
        let found = bodies(
            "وأكد الرئيس التنفيذي لشركة المجدوعي للاستثمار أن مؤسسة محمد يوسف ناغي للسيارات وكيل معتمد.",
            &[("محمد يوسف ناغي", EntityType::Person)],
        );
        assert_eq!(
            names(&found),
            ["شركة المجدوعي للاستثمار", "مؤسسة محمد يوسف ناغي للسيارات"],
            "{found:?}"
        );
    }

    #[test]
    fn no_body_without_a_name() {
        for text in [
            "وقال إن الوزارة اليوم أعلنت ذلك.",
            "وحضر مدير المركز الأول في المسابقة.",
            "وعقد المجلس جلسته أمس في الرياض.",
            "وأكدت وزارة في بيان أن العمل مستمر.",
            "جامعة الملك سعود تستقبل الطلاب.",
        ] {
            let found = bodies(text, &[]);
            assert!(found.is_empty(), "{text}: {found:?}");
        }
        // The seat of a province is not a body; a descriptor before a known name is not one.
        for text in [
            "وصلت التعزيزات إلى مركز محافظة ديالى.",
            "وحذر من منظمة القاعدة في اليمن.",
            "ودخلوا غرفة عمليات الطائرات.",
            // "chaired by": برئاسة names the chair, not a presidency.
            "وعقد المجلس اجتماعه برئاسة محافظ الخفجي محمد الهزاع.",
        ] {
            let found = bodies(text, &[("محافظة ديالى", EntityType::Location)]);
            assert!(
                found.iter().all(|f| f.1 != EntityType::Organization),
                "{text}: {found:?}"
            );
        }
        // After the name's noun only adjectives follow: the object of the verb is not in it.
        let found = bodies("وأعطى مجلس النواب الأولويات لملف الخدمات.", &[]);
        assert_eq!(names(&found), ["مجلس النواب"]);
        // A time word ends the name.
        let found = bodies("وأعلنت وزارة الصحة الأسبوع الماضي عن حالات.", &[]);
        assert_eq!(names(&found), ["وزارة الصحة"]);
    }

    #[test]
    fn a_community_of_a_place_is_a_group_and_its_place_stays_a_place() {
        let found = bodies(
            "ونظم مسيحيو سهل نينوى وقفة احتجاجية، وطالب أهالي الموصل بالتدخل.",
            &[
                ("سهل نينوى", EntityType::Location),
                ("الموصل", EntityType::Location),
            ],
        );
        let groups: Vec<&str> = found
            .iter()
            .filter(|f| f.1 == EntityType::Organization)
            .map(|f| f.0.as_str())
            .collect();
        assert_eq!(groups, ["مسيحيو سهل نينوى", "أهالي الموصل"], "{found:?}");
        for place in ["سهل نينوى", "الموصل"] {
            assert!(
                found
                    .iter()
                    .any(|f| f.0 == place && f.1 == EntityType::Location && f.2 == [place]),
                "{place}: {found:?}"
            );
        }
        // Both cases of the head name one group.
        let found = bodies(
            "وقال إن مسيحيي سهل نينوى هجروا، وتظاهر مسيحيو سهل نينوى.",
            &[("سهل نينوى", EntityType::Location)],
        );
        let groups: Vec<&(String, EntityType, Vec<String>)> = found
            .iter()
            .filter(|f| f.1 == EntityType::Organization)
            .collect();
        assert_eq!(groups.len(), 1, "{found:?}");
        assert_eq!(groups[0].2, ["مسيحيي سهل نينوى", "مسيحيو سهل نينوى"]);
        // Without a place after it, or with the article, the word is no name.
        let found = bodies(
            "وطالب أهالي الضحايا بالتحقيق، وعاد المسيحيون إلى سهل نينوى.",
            &[("سهل نينوى", EntityType::Location)],
        );
        assert_eq!(names(&found), ["سهل نينوى"], "{found:?}");
    }
}
