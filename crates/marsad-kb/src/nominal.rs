//! Unnamed actors: role-named people ("مصدر أمني", "المتحدث باسم الجيش")
//! and groups or forces ("القوات الأمنية", "المتظاهرون"), the speakers and
//! actors that quotes and events need when the text names nobody.
//!
//! Driven by the word lists of `data/nominals.tsv`: a head noun followed by
//! modifiers (adjectives, nationality adjectives from the KB, "باسم" + a
//! name), or a phrase that names an actor by itself.

use crate::kb::{AliasKind, Kb};
use crate::words::{bare, key};
use marsad_core::{Document, Entity, EntityType, Proclitics, Span, SpanIndex, TokenKind};
use marsad_text::phrases::{original_offset, phrase_norms, tail_hash, WordFilter};
use rustc_hash::{FxHashMap, FxHashSet};
use std::sync::OnceLock;

const NOMINALS_TSV: &str = include_str!("../data/nominals.tsv");

/// Words before a place name that make it a place (مدينة الرمادي، قرية جورين).
const PLACE_HEADS: [&str; 20] = [
    "مدينه",
    "بلده",
    "قريه",
    "قري",
    "منطقه",
    "محافظه",
    "قضاء",
    "ناحيه",
    "مديريه",
    "حي",
    "عاصمه",
    "مخيم",
    "جزيره",
    "وادي",
    "جبل",
    "معبر",
    "ولايه",
    "اقليم",
    "بلدات",
    "مدن",
];

/// Whether `stem` (a token's stem in matching form) is a word that
/// introduces a place name.
pub fn is_place_head(stem: &str) -> bool {
    let s = stem.strip_prefix("ال").unwrap_or(stem);
    PLACE_HEADS.contains(&s)
}

/// Whether `stem` is a plural place word (بلدات، قرى، مدن), which heads a list.
pub fn is_plural_place_head(stem: &str) -> bool {
    matches!(stem, "قري" | "بلدات" | "مدن")
}

struct Lexicon {
    head_per: FxHashSet<String>,
    head_org: FxHashSet<String>,
    /// The heads and the first words of `alone`: most tokens are none of
    /// them, which this tells without a lookup in those maps.
    starts: WordFilter,
    /// First word → (other words, type) of phrases that stand alone.
    alone: FxHashMap<String, Vec<(Vec<String>, EntityType)>>,
    mods: FxHashSet<String>,
    /// Modifiers that are nouns too (مدنيين "civilians"): after و they
    /// name another party (القوات الأمنية والمدنيين), no modifier.
    noun_mods: FxHashSet<String>,
    /// Modifiers of allegiance (الموالية، التابعة) that a ل-phrase may
    /// complete (الموالية للحكومة، الموالين لها).
    loyal: FxHashSet<String>,
    /// Phrases that may close that ل-phrase (المعترف بها دوليا).
    tails: Vec<Vec<String>>,
    of: FxHashSet<String>,
    /// Heads of an office (القائد، المتحدث) whose definite, qualified phrase
    /// takes the body or place it serves after ل (القائد العسكري لقاعدة
    /// العند، المتحدث الرسمي لوزارة الداخلية).
    office: FxHashSet<String>,
    title: FxHashSet<String>,
    orghead: FxHashSet<String>,
    notname: FxHashSet<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            head_per: FxHashSet::default(),
            head_org: FxHashSet::default(),
            starts: WordFilter::default(),
            alone: FxHashMap::default(),
            mods: FxHashSet::default(),
            noun_mods: FxHashSet::default(),
            loyal: FxHashSet::default(),
            tails: Vec::new(),
            of: FxHashSet::default(),
            office: FxHashSet::default(),
            title: FxHashSet::default(),
            orghead: FxHashSet::default(),
            notname: FxHashSet::default(),
        };
        for line in marsad_text::lexicon::lines(NOMINALS_TSV) {
            let Some((kind, words)) = line.split_once('\t') else {
                continue;
            };
            let norms: Vec<String> = phrase_norms(words)
                .iter()
                .map(|w| bare(w).to_string())
                .collect();
            let Some(first) = norms.first().cloned() else {
                continue;
            };
            match kind {
                "head-per" => {
                    lex.head_per.insert(first);
                }
                "head-org" => {
                    lex.head_org.insert(first);
                }
                "alone-per" | "alone-org" => {
                    let t = if kind == "alone-per" {
                        EntityType::Person
                    } else {
                        EntityType::Organization
                    };
                    lex.alone
                        .entry(first)
                        .or_default()
                        .push((norms[1..].to_vec(), t));
                }
                "mod" => {
                    lex.mods.insert(first);
                }
                "mod-noun" => {
                    lex.noun_mods.insert(first.clone());
                    lex.mods.insert(first);
                }
                "loyal" => {
                    lex.loyal.insert(first);
                }
                "tail" => lex.tails.push(norms),
                "of" => {
                    lex.of.insert(first);
                }
                "office" => {
                    lex.office.insert(first);
                }
                "title" => {
                    lex.title.insert(first);
                }
                "orghead" => {
                    lex.orghead.insert(first);
                }
                "notname" => {
                    lex.notname.insert(first);
                }
                _ => {}
            }
        }
        let starts = lex
            .head_per
            .iter()
            .chain(&lex.head_org)
            .chain(lex.alone.keys());
        lex.starts = WordFilter::of(starts.map(String::as_str).collect::<Vec<_>>().into_iter());
        lex
    })
}

/// Whether token `i` may stand before a name inside one mention (الرئيس، مدينة).
pub fn is_title(doc: &Document, i: usize) -> bool {
    lexicon().title.contains(key(doc, i))
}

/// Whether token `i` makes a following weak alias an organization (عناصر القاعدة).
pub fn is_org_head(doc: &Document, i: usize) -> bool {
    lexicon().orghead.contains(key(doc, i))
}

/// Whether token `i` is the head of an unnamed actor (السلطات، السفارة، مصدر):
/// a country name after it is an adjective (السلطات السعودية).
pub fn is_actor_head(doc: &Document, i: usize) -> bool {
    let lex = lexicon();
    let k = key(doc, i);
    lex.head_org.contains(k) || lex.head_per.contains(k)
}

/// Whether token `j` qualifies a head as a modifier of the list.
fn is_mod(doc: &Document, lex: &Lexicon, j: usize) -> bool {
    let w = key(doc, j);
    lex.mods.contains(w)
        && !(lex.noun_mods.contains(w) && doc.tokens[j].proclitics.has(Proclitics::WA))
}

fn is_nationality(doc: &Document, kb: &Kb, i: usize) -> bool {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Arabic {
        return false;
    }
    let stem = doc.stem(t);
    let with_article = format!("ال{stem}");
    [doc.norm(t), stem, with_article.as_str()]
        .iter()
        .any(|w| kb.lookup(w).any(|a| a.kind == AliasKind::Adjective))
}

/// Object pronouns a ل-phrase of allegiance may end in (الموالين لها).
const LI_PRONOUNS: [&str; 5] = ["له", "لها", "لهم", "لهما", "لهن"];

/// Where a nominal that ends before token `end` ends once the ل-phrase that
/// completes a modifier of allegiance is taken in, that modifier being its
/// last word or the next (التابعة، which is no modifier alone): a pronoun
/// (القوات الموالية لها) or a definite noun that names no entity of its own
/// (الموالية للحكومة), with its modifiers and a closing phrase of `tails`
/// (للحكومة المعترف بها دوليا). None when no such phrase follows, or when
/// it runs on into words it cannot tell (للحرس العائلي للرئيس).
/// `free(j)`: token j is in no entity yet.
fn allegiance_end(
    doc: &Document,
    kb: &Kb,
    lex: &Lexicon,
    end: usize,
    free: impl Fn(usize) -> bool,
) -> Option<usize> {
    let n = doc.tokens.len();
    let arabic = |j: usize| j < n && doc.tokens[j].kind == TokenKind::Arabic && free(j);
    let at = if lex.loyal.contains(key(doc, end - 1)) {
        end
    } else if arabic(end) && lex.loyal.contains(key(doc, end)) {
        end + 1
    } else {
        return None;
    };
    if !arabic(at) {
        return None;
    }
    let t = &doc.tokens[at];
    if LI_PRONOUNS.contains(&doc.norm(t)) {
        return Some(at + 1);
    }
    let li_definite = t.proclitics.has(marsad_core::Proclitics::LI)
        && t.proclitics.has(marsad_core::Proclitics::AL);
    if !li_definite || is_mod(doc, lex, at) {
        return None;
    }
    let mut j = at + 1;
    while j < at + 3 && arabic(j) && (is_mod(doc, lex, j) || is_nationality(doc, kb, j)) {
        j += 1;
    }
    for tail in &lex.tails {
        let fits = j + tail.len() <= n
            && (j..j + tail.len()).all(&free)
            && tail
                .iter()
                .enumerate()
                .all(|(o, w)| bare(doc.norm(&doc.tokens[j + o])) == w);
        if fits {
            return Some(j + tail.len());
        }
    }
    // A name next is the noun's own (للرئيس هادي), and a definite word bare
    // of clitics may be an adjective or a genitive of it: the phrase is not
    // known to end here.
    let runs_on = j < n
        && doc.tokens[j].kind == TokenKind::Arabic
        && (!free(j) || doc.tokens[j].proclitics.0 == marsad_core::Proclitics::AL);
    (!runs_on).then_some(j)
}

/// The end of an office's phrase that runs over the named body or place it
/// serves, after ل (القائد العسكري لقاعدة العند): only for a definite head
/// with a qualifier before the ل. Indefinite or bare, the ل-phrase is more
/// often whom it spoke to (قال متحدث عسكري لرويترز، قال المتحدث لعكاظ).
fn office_end<T>(
    doc: &Document,
    lex: &Lexicon,
    head: &str,
    start: usize,
    end: usize,
    out: &[(Entity, T)],
) -> Option<usize> {
    let definite = doc
        .norm(&doc.tokens[start])
        .trim_start_matches(['و', 'ف'])
        .starts_with("ال");
    if !lex.office.contains(head) || !definite || end < start + 2 || end >= doc.tokens.len() {
        return None;
    }
    // After باسم + a name, the ل-phrase is whom it spoke to (المتحدث باسم
    // الحركة لوكالة الصحافة الفرنسية).
    if (start + 1..end).any(|j| lex.of.contains(key(doc, j))) {
        return None;
    }
    let t = &doc.tokens[end];
    // A name the entity layer found, starting on that token after its ل
    // (the tokenizer may or may not have split it off).
    let mention = out
        .iter()
        .filter(|(e, _)| {
            !e.nominal && matches!(e.kind, EntityType::Organization | EntityType::Location)
        })
        .flat_map(|(e, _)| e.mentions.iter())
        .find(|m| m.start > t.span.start && m.start < t.span.end)?;
    let before = doc.text.get(t.span.start..mention.start)?;
    if !matches!(before, "ل" | "لل") {
        return None;
    }
    let last = (end..doc.tokens.len()).find(|&j| doc.tokens[j].span.end >= mention.end)?;
    (doc.tokens[last].span.end == mention.end).then_some(last + 1)
}

/// Adds the unnamed actors of `doc` that no entity in `out` covers yet; one
/// entity per distinct wording, each with all its mentions.
/// With `absorb_adjectives`, a nationality adjective that was read as its
/// country inside such a phrase (السلطات السعودية) becomes part of it.
pub fn add_nominals<T: Default>(
    doc: &Document,
    kb: &Kb,
    absorb_adjectives: bool,
    out: &mut Vec<(Entity, T)>,
) {
    let lex = lexicon();
    let taken = SpanIndex::new(out.iter().flat_map(|(e, _)| e.mentions.iter().copied()));
    let free = |s: Span| !taken.overlaps(&s);
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    let n = doc.tokens.len();
    let mut i = 0;
    while i < n {
        if doc.tokens[i].kind != TokenKind::Arabic {
            i += 1;
            continue;
        }
        // Every word looked up below is the key or the key less one or two
        // proclitic letters: when the filter knows none, nothing starts here.
        let key_word = key(doc, i);
        let known = |w: &str| lex.starts.may_contain_hash(tail_hash(doc, i, w));
        fn off(w: &str) -> Option<&str> {
            w.strip_prefix(['و', 'ف', 'ب', 'ل', 'ك'])
        }
        let may_start =
            known(key_word) || off(key_word).is_some_and(|r| known(r) || off(r).is_some_and(known));
        if !may_start {
            i += 1;
            continue;
        }
        // A head the tokenizer left a preposition on (بمقاتلين، وبمقاتلين):
        // read it off when what remains is a head.
        let (k, extra) = match key_word {
            k if lex.head_org.contains(k) || lex.head_per.contains(k) => (k, 0),
            k => {
                let rest = k.strip_prefix(['و', 'ف']).unwrap_or(k);
                // بقيادة is "led by" (تحالف بقيادة أمريكية), no command.
                let led_by = |r: &str| r == "قياده" && rest.starts_with('ب');
                match rest.strip_prefix(['ب', 'ل', 'ك']) {
                    Some(r)
                        if r.chars().count() >= 3
                            && !led_by(r)
                            && (lex.head_org.contains(r) || lex.head_per.contains(r)) =>
                    {
                        (r, k.len() - r.len())
                    }
                    _ => (k, 0),
                }
            }
        };
        let mut found: Option<(usize, EntityType)> = None;
        if let Some(phrases) = lex.alone.get(k) {
            for (rest, t) in phrases {
                let end = i + 1 + rest.len();
                if end <= n
                    && found.is_none_or(|(e, _)| end > e)
                    && rest
                        .iter()
                        .enumerate()
                        .all(|(o, w)| key(doc, i + 1 + o) == w)
                {
                    found = Some((end, *t));
                }
            }
        }
        let head = if lex.head_per.contains(k) {
            Some(EntityType::Person)
        } else if lex.head_org.contains(k) {
            Some(EntityType::Organization)
        } else {
            None
        };
        if let Some(t) = head {
            let mut j = i + 1;
            while j < n && j < i + 4 {
                let w = key(doc, j);
                if is_mod(doc, lex, j) || is_nationality(doc, kb, j) {
                    j += 1;
                } else if lex.of.contains(w)
                    && j + 1 < n
                    && doc.tokens[j + 1].kind == TokenKind::Arabic
                {
                    // المتحدث باسم الجيش [العراقي]
                    j += 2;
                    if j < n && (is_mod(doc, lex, j) || is_nationality(doc, kb, j)) {
                        j += 1;
                    }
                    break;
                } else {
                    break;
                }
            }
            if j > i + 1 && found.is_none_or(|(e, _)| j > e) {
                found = Some((j, t));
            }
        }
        let Some((mut end, t)) = found else {
            i += 1;
            continue;
        };
        let token_free = |j: usize| free(doc.tokens[j].span);
        // A phrase that stands alone takes modifiers too (المسلحين المحليين
        // الموالين), up to a word that names an entity of its own.
        let mut m = 0;
        while end < n
            && m < 3
            && token_free(end)
            && doc.tokens[end].kind == TokenKind::Arabic
            && (is_mod(doc, lex, end) || is_nationality(doc, kb, end))
        {
            end += 1;
            m += 1;
        }
        // The words before a named body or place the phrase runs over, which
        // stays an entity of its own: only they need to be free.
        let mut own_end = None;
        if let Some(e) = allegiance_end(doc, kb, lex, end, token_free) {
            end = e;
        } else if let Some(e) = office_end(doc, lex, k, i, end, out) {
            own_end = Some(doc.tokens[end - 1].span.end);
            end = e;
        }
        let first = &doc.tokens[i];
        // Off with the conjunction and preposition, not the article (والقوات → القوات).
        let whole = doc.norm(first);
        let stem = doc.stem(first);
        let cut = whole.len() - stem.len() + extra;
        let keep = if extra == 0
            && first.proclitics.has(marsad_core::Proclitics::AL)
            && whole[..cut].ends_with("ال")
        {
            cut - "ال".len()
        } else {
            cut
        };
        let skip = original_offset(doc.token_text(first), keep);
        let span = Span::new(first.span.start + skip, doc.tokens[end - 1].span.end);
        // Fragments the tagger or the linker made of the phrase: its head
        // alone (السلطات) or a nationality adjective read as the country
        // (السفارة السعودية). The phrase takes them in.
        let fragment = |m: &Span| {
            let covered: Vec<usize> = (i..end)
                .filter(|&j| doc.tokens[j].span.overlaps(m))
                .collect();
            span.contains(m)
                && (covered == [i]
                    || (absorb_adjectives
                        && covered.iter().all(|&j| j > i && is_nationality(doc, kb, j))))
        };
        let is_free = free(own_end.map_or(span, |e| Span::new(span.start, e)));
        let fragments: Vec<(usize, Span)> = if is_free {
            Vec::new()
        } else {
            out.iter()
                .enumerate()
                .flat_map(|(k, (e, _))| e.mentions.iter().map(move |m| (k, *m)))
                .filter(|(_, m)| m.overlaps(&span))
                .collect()
        };
        let absorb = !fragments.is_empty() && fragments.iter().all(|(_, m)| fragment(m));
        if absorb {
            for (k, m) in &fragments {
                out[*k].0.mentions.retain(|x| x != m);
            }
        }
        if is_free || absorb {
            let gkey: Vec<&str> = std::iter::once(k)
                .chain((i + 1..end).map(|x| key(doc, x)))
                .collect();
            let gkey = gkey.join(" ");
            match by_key.get(&gkey) {
                Some(&e) => out[e].0.mentions.push(span),
                None => {
                    by_key.insert(gkey, out.len());
                    out.push((
                        Entity::unlinked(doc.slice(span).to_string(), t, true, vec![span]),
                        T::default(),
                    ));
                }
            }
        }
        i = end;
    }
}

/// Places the KB does not know, named after a place word in the construct
/// state (قرية جورين، منطقة البوغانم، ناحية قرة تبة): the mention spans the
/// place word and the name, the entity is named by the name alone.
pub fn add_places<T: Default>(doc: &Document, out: &mut Vec<(Entity, T)>) {
    let lex = lexicon();
    let taken = SpanIndex::new(out.iter().flat_map(|(e, _)| e.mentions.iter().copied()));
    let mut by_key: FxHashMap<String, usize> = FxHashMap::default();
    let n = doc.tokens.len();
    let name_word = |j: usize| {
        j < n
            && doc.tokens[j].kind == TokenKind::Arabic
            && doc.tokens[j].proclitics.0 & !marsad_core::Proclitics::AL == 0
            && !lex.notname.contains(key(doc, j))
            && !lex.mods.contains(key(doc, j))
            && key(doc, j).chars().count() >= 3
    };
    for i in 0..n.saturating_sub(1) {
        let t = &doc.tokens[i];
        if t.kind != TokenKind::Arabic || t.proclitics.has(marsad_core::Proclitics::AL) {
            continue;
        }
        if !PLACE_HEADS.contains(&doc.stem(t)) || !name_word(i + 1) {
            continue;
        }
        let t1 = &doc.tokens[i + 1];
        let definite = t1.proclitics.has(marsad_core::Proclitics::AL);
        let mut end = i + 2;
        // A second word when the first is in construct (سهل الغاب، قرة تبة).
        let construct = doc.norm(t1).ends_with('ه');
        if !definite
            && name_word(i + 2)
            && (construct
                || doc.tokens[i + 2]
                    .proclitics
                    .has(marsad_core::Proclitics::AL))
        {
            end = i + 3;
        } else if !definite && construct {
            continue; // an indefinite adjective (منطقة واسعة), not a name
        }
        // Names end before punctuation; a span reaching past it is not one.
        if doc.tokens[i + 1..end]
            .iter()
            .any(|x| x.kind != TokenKind::Arabic)
        {
            continue;
        }
        let first = doc.tokens[i].span;
        let whole = doc.norm(t);
        let cut = whole.len() - doc.stem(t).len();
        let skip = original_offset(doc.token_text(t), cut);
        let span = Span::new(first.start + skip, doc.tokens[end - 1].span.end);
        if taken.overlaps(&span) {
            continue;
        }
        let name_span = Span::new(doc.tokens[i + 1].span.start, span.end);
        let gkey: Vec<&str> = (i + 1..end).map(|x| key(doc, x)).collect();
        let gkey = gkey.join(" ");
        match by_key.get(&gkey) {
            Some(&k) => out[k].0.mentions.push(span),
            None => {
                by_key.insert(gkey, out.len());
                out.push((
                    Entity::unlinked(
                        doc.slice(name_span).to_string(),
                        EntityType::Location,
                        false,
                        vec![span],
                    ),
                    T::default(),
                ));
            }
        }
    }
}
