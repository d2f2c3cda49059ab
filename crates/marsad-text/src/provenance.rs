//! Provenance: where the article says it comes from, read off the text.
//!
//! - Datelines at the head of the article: "بغداد - أ ف ب:", "الرياض – واس",
//!   "سبق - الوكالات:", "عين اليوم – متابعات", "بيروت (رويترز) -".
//! - Credit lines: "المصدر: موقع المونيتور الأمريكي", "ترجمة: أوغاريت بوست",
//!   "نقلا عن …", "رابط الخبر بصحيفة الوئام: …".
//! - Inline attributions to media: "بحسب وكالة رويترز", "وفقا لصحيفة الحياة",
//!   "قالت وكالة "رويترز"", and statements given to an outlet: "لـ«الشرق الأوسط»".
//!
//! Agencies, outlets, cue phrases and dateline places are lexicons in `data/`.
//! Only what the text says is recorded; a name is never guessed.

use crate::lexicon;
use crate::phrases::{PhraseMatch, PhraseMatcher};
use marsad_core::{Credit, Document, Span, TokenKind};
use std::sync::OnceLock;

/// The role a credit phrase gives to the name after it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Source,
    TranslatedBy,
    /// An outlet becomes a source, an agency an agency (and a source).
    Attribution,
}

struct Lexicons {
    agencies: PhraseMatcher<String>,
    outlets: PhraseMatcher<String>,
    line_cues: PhraseMatcher<Role>,
    inline_cues: PhraseMatcher<Role>,
    media_types: PhraseMatcher<()>,
    labels: PhraseMatcher<()>,
    places: PhraseMatcher<()>,
}

/// Reads a tab-separated "canonical, variants…" file into a matcher.
fn names_file(file: &str) -> PhraseMatcher<String> {
    let mut m = PhraseMatcher::new();
    for line in lexicon::lines(file) {
        let mut cols = line.split('\t').map(str::trim).filter(|c| !c.is_empty());
        let Some(canonical) = cols.next() else {
            continue;
        };
        m.insert(canonical, canonical.to_string());
        for variant in cols {
            m.insert(variant, canonical.to_string());
        }
    }
    m
}

fn words_file(file: &str) -> PhraseMatcher<()> {
    let mut m = PhraseMatcher::new();
    for w in lexicon::lines(file) {
        m.insert(w, ());
    }
    m
}

/// The news outlets the provenance layer knows (`data/outlets.tsv`: a name,
/// then its other forms, tab-separated), for other layers that must not
/// read an outlet's name as words (عين اليوم is no date).
pub const OUTLETS_TSV: &str = include_str!("../data/outlets.tsv");

fn lexicons() -> &'static Lexicons {
    static LEX: OnceLock<Lexicons> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut line_cues = PhraseMatcher::whole_or_stem_only();
        let mut inline_cues = PhraseMatcher::whole_or_stem_only();
        for line in lexicon::lines(include_str!("../data/credit_phrases.tsv")) {
            let cols: Vec<&str> = line.split('\t').map(str::trim).collect();
            let [phrase, place, role] = cols[..] else {
                panic!("credit_phrases.tsv: expected 3 columns in `{line}`")
            };
            let role = match role {
                "source" => Role::Source,
                "translated_by" => Role::TranslatedBy,
                "attribution" => Role::Attribution,
                other => panic!("credit_phrases.tsv: unknown role `{other}`"),
            };
            match place {
                "line" => line_cues.insert(phrase, role),
                "inline" => inline_cues.insert(phrase, role),
                other => panic!("credit_phrases.tsv: unknown position `{other}`"),
            }
        }
        Lexicons {
            agencies: names_file(include_str!("../data/agencies.tsv")),
            outlets: names_file(OUTLETS_TSV),
            line_cues,
            inline_cues,
            media_types: words_file(include_str!("../data/media_types.txt")),
            labels: words_file(include_str!("../data/dateline_labels.txt")),
            places: words_file(include_str!("../data/dateline_places.txt")),
        }
    })
}

/// Token ranges of the lines of a tokenized document.
fn lines(doc: &Document) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for i in 1..=doc.tokens.len() {
        let breaks = i == doc.tokens.len()
            || doc.text[doc.tokens[i - 1].span.end..doc.tokens[i].span.start].contains('\n');
        if breaks {
            out.push(start..i);
            start = i;
        }
    }
    out
}

fn is_punct(doc: &Document, i: usize, marks: &str) -> bool {
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct && marks.contains(doc.token_text(t))
}

const QUOTES: &str = "«»“”\"‹›'";
const DATELINE_SEPARATORS: &str = "-–—:()/,،«»“”\"";

/// A match that covers exactly the tokens `part`.
fn covers<'a, T>(
    m: &'a PhraseMatcher<T>,
    doc: &Document,
    part: &std::ops::Range<usize>,
) -> Option<PhraseMatch<'a, T>> {
    m.longest_at(doc, part.start)
        .filter(|x| x.tokens.end == part.end)
}

fn span_of(doc: &Document, tokens: &std::ops::Range<usize>) -> Span {
    Span::new(
        doc.tokens[tokens.start].span.start,
        doc.tokens[tokens.end - 1].span.end,
    )
}

fn credit(doc: &Document, span: Span, name: String, how: &'static str) -> Credit {
    Credit {
        span,
        name,
        text: doc.slice(span).to_string(),
        how,
    }
}

/// Where the dateline at the head of `line` ends (exclusive token index).
fn dateline_end(doc: &Document, line: &std::ops::Range<usize>) -> Option<usize> {
    let lex = lexicons();
    let head = line.start..line.end.min(line.start + 12);
    if let Some(colon) = head.clone().find(|&i| is_punct(doc, i, ":")) {
        return Some(colon + 1);
    }
    // "الرياض – واس يفتتح …" and "بيروت (رويترز) - …": a short part, a dash
    // or bracket, then an agency or outlet.
    for i in head.clone().skip(1).take(4) {
        if is_punct(doc, i, "-–—(") {
            let known = lex
                .agencies
                .longest_at(doc, i + 1)
                .or_else(|| lex.outlets.longest_at(doc, i + 1));
            if let Some(m) = known {
                let mut end = m.tokens.end;
                while end < line.end && is_punct(doc, end, ")-–—:") {
                    end += 1;
                }
                return Some(end);
            }
        }
    }
    // A line of its own: "عين اليوم – متابعات".
    if line.len() <= 5 && line.clone().any(|i| is_punct(doc, i, "-–—")) {
        return Some(line.end);
    }
    None
}

/// Reads the dateline at the head of the first line, if there is one.
fn dateline(doc: &Document, line: &std::ops::Range<usize>, out: &mut marsad_core::Provenance) {
    let lex = lexicons();
    let Some(end) = dateline_end(doc, line) else {
        return;
    };
    let mut parts: Vec<std::ops::Range<usize>> = Vec::new();
    let mut start = line.start;
    for i in line.start..=end {
        if i == end || is_punct(doc, i, DATELINE_SEPARATORS) {
            if i > start {
                parts.push(start..i);
            }
            start = i + 1;
        }
    }
    if parts.is_empty() || parts.iter().any(|p| p.len() > 4) {
        return;
    }
    let (mut agencies, mut sources, mut places, mut known) = (vec![], vec![], vec![], false);
    for part in &parts {
        let span = span_of(doc, part);
        if let Some(m) = covers(&lex.agencies, doc, part) {
            agencies.push(credit(doc, span, m.value.clone(), "dateline"));
            known = true;
        } else if covers(&lex.labels, doc, part).is_some() {
            known = true;
        } else if let Some(m) =
            covers(&lex.outlets, doc, part).filter(|_| covers(&lex.places, doc, part).is_none())
        {
            sources.push(credit(doc, span, m.value.clone(), "dateline"));
            known = true;
        } else if covers(&lex.places, doc, part).is_some() {
            places.push(credit(doc, span, doc.slice(span).to_string(), "dateline"));
            known = true;
        } else if part.len() == 1 && doc.tokens[part.start].kind == TokenKind::Arabic {
            places.push(credit(doc, span, doc.slice(span).to_string(), "dateline"));
        }
    }
    // A colon after a few words is a dateline only if something in it is known.
    if !known || (parts.len() < 2 && agencies.is_empty() && sources.is_empty()) {
        return;
    }
    out.agency.extend(agencies);
    out.source.extend(sources);
    out.dateline_place = places.into_iter().next();
}

/// Drops a trailing nisba adjective ("المونيتور الأمريكي" → "المونيتور").
fn without_nisba(doc: &Document, tokens: std::ops::Range<usize>) -> std::ops::Range<usize> {
    if tokens.len() >= 2 {
        let last = &doc.tokens[tokens.end - 1];
        let n = doc.norm(last);
        if n.starts_with("ال") && (n.ends_with('ي') || n.ends_with("يه")) && n.chars().count() >= 5
        {
            return tokens.start..tokens.end - 1;
        }
    }
    tokens
}

/// Words that end a name written after a media word ("صحيفة الحياة أن …").
fn ends_name(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    t.kind == TokenKind::Punct
        || matches!(
            doc.norm(t),
            "ان" | "في"
                | "من"
                | "عن"
                | "علي"
                | "الي"
                | "مع"
                | "الذي"
                | "التي"
                | "امس"
                | "اليوم"
                | "يوم"
                | "نقلا"
                | "بان"
                | "انه"
                | "انها"
        )
}

/// The medium named from token `j` on: a known agency or outlet, or a name
/// after a media word (صحيفة، وكالة، موقع …), quoted or not.
/// Returns the tokens of the credit as written, the name's span and its canonical form,
/// and whether it is an agency.
fn medium_at(doc: &Document, j: usize, limit: usize) -> Option<(Span, String, bool)> {
    let lex = lexicons();
    let mut k = j;
    while k < limit && is_punct(doc, k, QUOTES) {
        k += 1;
    }
    if k >= limit {
        return None;
    }
    if let Some(m) = lex.agencies.longest_at(doc, k) {
        return Some((m.span, m.value.clone(), true));
    }
    if let Some(m) = lex.outlets.longest_at(doc, k) {
        return Some((m.span, m.value.clone(), false));
    }
    let typ = lex.media_types.longest_at(doc, k)?;
    let (start_span, mut n) = (typ.span, typ.tokens.end);
    while n < limit && is_punct(doc, n, QUOTES) {
        n += 1;
    }
    if n >= limit {
        return None;
    }
    if let Some(m) = lex.agencies.longest_at(doc, n) {
        return Some((start_span.cover(&m.span), m.value.clone(), true));
    }
    if let Some(m) = lex.outlets.longest_at(doc, n) {
        return Some((start_span.cover(&m.span), m.value.clone(), false));
    }
    let mut end = n;
    while end < limit && end < n + 3 && !ends_name(doc, end) {
        end += 1;
    }
    if end == n {
        return None;
    }
    let name = without_nisba(doc, n..end);
    let name_text = doc.slice(span_of(doc, &name)).to_string();
    Some((start_span.cover(&span_of(doc, &(n..end))), name_text, false))
}

/// How much a way of finding a credit is worth: a credit line says outright
/// where the article is from; a statement given to an outlet only hints it.
fn rank(how: &str) -> u8 {
    match how {
        "credit_line" => 0,
        "dateline" => 1,
        "attribution" => 2,
        _ => 3,
    }
}

/// Adds a credit, or replaces a weaker one with the same name.
fn push_unique(list: &mut Vec<Credit>, c: Credit) {
    let key = crate::normalize(&c.name);
    match list.iter_mut().find(|x| crate::normalize(&x.name) == key) {
        Some(old) if rank(c.how) < rank(old.how) => *old = c,
        Some(_) => {}
        None => list.push(c),
    }
}

/// Fills `doc.provenance` from datelines, credit lines and inline attributions.
pub fn find_provenance(doc: &mut Document) {
    let lex = lexicons();
    let mut p = marsad_core::Provenance::default();
    let lines = lines(doc);
    if let Some(first) = lines.first() {
        dateline(doc, first, &mut p);
    }
    for line in &lines {
        // A credit line: a cue at the start of the line, the name after it.
        if let Some(cue) = lex.line_cues.longest_at(doc, line.start) {
            let mut j = cue.tokens.end;
            while j < line.end && is_punct(doc, j, ":-–—") {
                j += 1;
            }
            let end = (j..line.end)
                .find(|&i| is_punct(doc, i, ":."))
                .unwrap_or(line.end);
            if j < end && end - j <= 8 {
                let how = "credit_line";
                let whole = span_of(doc, &(j..end));
                let named = medium_at(doc, j, end);
                let name = named
                    .as_ref()
                    .map_or_else(|| doc.slice(whole).to_string(), |m| m.1.clone());
                let c = credit(doc, whole, name, how);
                match cue.value {
                    Role::TranslatedBy => push_unique(&mut p.translated_by, c),
                    _ => {
                        if named.as_ref().is_some_and(|m| m.2) {
                            push_unique(&mut p.agency, c.clone());
                        }
                        push_unique(&mut p.source, c);
                    }
                }
                continue;
            }
        }
        let mut i = line.start;
        while i < line.end {
            // "بحسب وكالة رويترز", "قالت صحيفة الحياة".
            if let Some(cue) = lex.inline_cues.longest_at(doc, i) {
                if let Some((span, name, is_agency)) = medium_at(doc, cue.tokens.end, line.end) {
                    let c = credit(doc, span, name, "attribution");
                    if is_agency {
                        push_unique(&mut p.agency, c.clone());
                    }
                    push_unique(&mut p.source, c);
                    i = cue.tokens.end;
                    continue;
                }
            }
            // "لـ«الشرق الأوسط»": a statement given to an outlet.
            let t = &doc.tokens[i];
            if t.kind == TokenKind::Arabic
                && doc.norm(t) == "ل"
                && i + 1 < line.end
                && is_punct(doc, i + 1, QUOTES)
            {
                if let Some(m) = lex.outlets.longest_at(doc, i + 2) {
                    push_unique(
                        &mut p.source,
                        credit(doc, m.span, m.value.clone(), "medium"),
                    );
                }
            }
            i += 1;
        }
    }
    doc.provenance = p;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn prov(text: &str) -> marsad_core::Provenance {
        let mut d = Document::new("t", text);
        tokenize(&mut d);
        find_provenance(&mut d);
        d.provenance
    }

    fn names(cs: &[Credit]) -> Vec<&str> {
        cs.iter().map(|c| c.name.as_str()).collect()
    }

    #[test]
    fn datelines_with_place_and_agency() {
        let p = prov("بغداد - أ ف ب: قتل عشرة أشخاص");
        assert_eq!(names(&p.agency), ["فرانس برس"]);
        assert_eq!(p.dateline_place.unwrap().name, "بغداد");
        let p = prov("الرياض – واس\nاستقبل الأمير");
        assert_eq!(names(&p.agency), ["واس"]);
        assert_eq!(p.dateline_place.unwrap().name, "الرياض");
        let p = prov("الرياض – واس افتتح الأمير المعرض");
        assert_eq!(names(&p.agency), ["واس"]);
        let p = prov("بيروت (رويترز) - قال مسؤول");
        assert_eq!(names(&p.agency), ["رويترز"]);
        assert_eq!(p.dateline_place.unwrap().text, "بيروت");
    }

    #[test]
    fn datelines_with_outlets_and_labels() {
        let p = prov("سبق - الوكالات: قالت وكالة \"رويترز\" إن القوات تقدمت");
        assert_eq!(names(&p.agency), ["الوكالات", "رويترز"]);
        assert_eq!(names(&p.source), ["سبق", "رويترز"]);
        let p = prov("عين اليوم – متابعات\nاختار مقاتل سعودي");
        assert_eq!(names(&p.source), ["عين اليوم"]);
        assert!(p.dateline_place.is_none());
    }

    #[test]
    fn an_ordinary_opening_is_not_a_dateline() {
        let p = prov("وقال مصدر - رفض ذكر اسمه -: إن الهجوم فشل");
        assert!(p.agency.is_empty() && p.source.is_empty() && p.dateline_place.is_none());
        let p = prov("قال الوزير: سنواصل العمل");
        assert!(p.dateline_place.is_none());
    }

    #[test]
    fn credit_lines_name_source_and_translator() {
        let p = prov("نص الخبر.\nالمصدر: موقع المونيتور الأمريكي\nترجمة: أوغاريت بوست");
        assert_eq!(names(&p.source), ["المونيتور"]);
        assert_eq!(p.source[0].text, "موقع المونيتور الأمريكي");
        assert_eq!(names(&p.translated_by), ["أوغاريت بوست"]);
        let p = prov("نص.\n رابط الخبر بصحيفة الوئام: القوات العراقية تتقدم");
        assert_eq!(names(&p.source), ["الوئام"]);
        let p = prov("نص.\nالمصدر: صحيفة الغد الأردنية");
        assert_eq!(names(&p.source), ["الغد"]);
    }

    #[test]
    fn inline_attributions_and_statements_to_an_outlet() {
        let p = prov("وبحسب صحيفة الحياة اللندنية فإن المقاتل عاد");
        assert_eq!(names(&p.source), ["الحياة"]);
        let p = prov("كشف مسؤول أمني عراقي لـ«الشرق الأوسط» أن اللقاء تم");
        assert_eq!(names(&p.source), ["الشرق الأوسط"]);
        let p = prov("وفقا لوكالة الأناضول، قتل خمسة");
        assert_eq!(names(&p.agency), ["الأناضول"]);
        let p = prov("وبحسب وكالة الأنباء الوطنية، انتهت التظاهرة");
        assert_eq!(names(&p.agency), ["الوكالة الوطنية للإعلام"]);
    }
}
