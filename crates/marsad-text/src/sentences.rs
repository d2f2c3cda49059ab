//! The sentence splitter.
//!
//! Sentences end at `.` `!` `?` `؟` `…` and at every line break, but not:
//! - after an abbreviation (د. م. أ. ش., a single letter, or one listed in
//!   `data/abbreviations.txt`), except م./هـ. after a year (2015م. ends a sentence);
//! - inside a quotation: a quote that runs over a full stop stays in one
//!   sentence with its attribution (وقال: “… 1500. اعتاد …”.), because
//!   Marsad's quote layer needs the whole statement and its cue together;
//! - before closing quotes and brackets that follow the stop (`؟»`, `.”`).
//!
//! Quotation marks are told apart by their neighbours, not only their shape,
//! because Arabic texts use “ ” and " in both directions: a mark with a space
//! (or line start) before it and a letter after it opens; one with a letter
//! before it closes. A closing mark with no quote open means a quotation that
//! opened with no mark; the splitter then joins the sentence to the one
//! before it in the same paragraph, where the quotation most likely began.

use crate::lexicon;
use marsad_core::{Document, Sentence, Span, TokenKind};
use rustc_hash::FxHashSet as HashSet;
use std::sync::OnceLock;

const ABBREVIATIONS: &str = include_str!("../data/abbreviations.txt");

fn abbreviations() -> &'static HashSet<&'static str> {
    static SET: OnceLock<HashSet<&'static str>> = OnceLock::new();
    SET.get_or_init(|| lexicon::lines(ABBREVIATIONS).collect())
}

/// How a quotation mark acts where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum QuoteMark {
    Open,
    Close,
    None,
}

fn is_terminator(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "؟" | "…")
}

fn is_closer_punct(s: &str) -> bool {
    matches!(s, "»" | "”" | "’" | "›" | ")" | "]" | "}" | "\"" | "'")
}

/// Classifies the quotation mark `mark` at byte `at` by its neighbours.
fn quote_mark(text: &str, at: usize, mark: &str) -> QuoteMark {
    let before = text[..at].chars().next_back();
    let after = text[at + mark.len()..].chars().next();
    let word = |c: Option<char>| {
        c.is_some_and(|c| crate::normalize::is_alphanumeric(c) || crate::normalize::is_diacritic(c))
    };
    let space_or_edge =
        |c: Option<char>| c.is_none_or(|c| c.is_whitespace() || "(([{:،,؛;".contains(c));
    match mark {
        "«" | "‹" | "„" => QuoteMark::Open,
        "»" | "›" => QuoteMark::Close,
        "“" | "”" | "\"" => {
            if space_or_edge(before) && !space_or_edge(after) {
                QuoteMark::Open
            } else if word(before) || (before.is_some_and(|c| !c.is_whitespace()) && !word(after)) {
                QuoteMark::Close
            } else if mark == "“" {
                QuoteMark::Open
            } else {
                QuoteMark::Close
            }
        }
        _ => QuoteMark::None,
    }
}

/// Whether a full stop after `tokens[i]` belongs to an abbreviation.
fn is_abbreviation(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    let norm = doc.norm(t);
    let single_letter = t.kind == TokenKind::Arabic && norm.chars().count() == 1;
    if single_letter {
        // م. / هـ. after a year: "عام 2015م." ends the sentence.
        let after_number = i > 0 && doc.tokens[i - 1].kind == TokenKind::Number;
        return !(after_number && matches!(norm, "م" | "ه"));
    }
    (t.kind == TokenKind::Arabic || t.kind == TokenKind::Latin) && abbreviations().contains(norm)
}

/// Whether a line break lies between two byte offsets.
pub fn has_newline(text: &str, from: usize, to: usize) -> bool {
    text.as_bytes()[from..to]
        .iter()
        .any(|&b| b == b'\n' || b == b'\r')
}

/// A quotation still open where its paragraph ends, after this many full
/// stops inside it, was never closed (a typo, or a closing mark typed as an
/// opening one): the stops inside it end sentences after all, so that one
/// stray mark does not make the rest of an article without line breaks a
/// single sentence. A quotation left open over fewer stops keeps them (a
/// statement that runs on into the next paragraph).
const MAX_STOPS_IN_OPEN_QUOTE: usize = 3;

/// Splits a tokenized document into sentences.
pub fn split_sentences(doc: &mut Document) {
    let mut sentences: Vec<Sentence> = Vec::new();
    let n = doc.tokens.len();
    let mut start = 0usize; // first token of the current sentence
    let mut paragraph = 0usize;
    let mut counted_break = 0usize; // the line break before this token is counted
    let mut depth = 0usize; // open quotations
    let mut outer_open = 0usize; // token of the outermost open quotation mark
    let mut stops_in_quote = 0usize; // full stops since it opened
    let mut unclosed: Vec<usize> = Vec::new(); // opening marks read as no mark
    let mut join_previous = false; // a quote closed that never opened
    let mut i = 0usize;
    let text = &doc.text;
    loop {
        while i < n {
            let tok = &doc.tokens[i];
            let break_before =
                i > 0 && has_newline(text, doc.tokens[i - 1].span.end, tok.span.start);
            // A line break before this token ends the sentence and the paragraph.
            if break_before && i > start {
                if depth > 0 && stops_in_quote >= MAX_STOPS_IN_OPEN_QUOTE {
                    unclosed.push(outer_open);
                    (i, depth, stops_in_quote, join_previous) = (start, 0, 0, false);
                    continue;
                }
                push_sentence(doc, &mut sentences, start, i, paragraph, join_previous);
                (start, depth, stops_in_quote, join_previous) = (i, 0, 0, false);
            }
            if break_before && i > counted_break {
                paragraph += 1;
                counted_break = i;
            }
            let surface = tok.span.text(text);
            if tok.kind == TokenKind::Punct {
                let mark = if unclosed.contains(&i) {
                    QuoteMark::None
                } else {
                    quote_mark(text, tok.span.start, surface)
                };
                match mark {
                    // « inside a quotation with no word after it closes it
                    // (typed for », as in «… الإقليمية «.).
                    QuoteMark::Open
                        if depth > 0 && surface == "«" && !opens_word(text, tok.span.end) =>
                    {
                        depth -= 1;
                    }
                    QuoteMark::Open => {
                        if depth == 0 {
                            (outer_open, stops_in_quote) = (i, 0);
                        }
                        depth += 1;
                    }
                    QuoteMark::Close if depth > 0 => depth -= 1,
                    QuoteMark::Close => join_previous = true,
                    QuoteMark::None => {}
                }
                let stop = is_terminator(surface)
                    && !(surface == "." && i > 0 && is_abbreviation(doc, i - 1));
                if stop && depth > 0 {
                    stops_in_quote += 1;
                }
                if stop && depth == 0 {
                    // Take further stops and the closing marks that follow.
                    let mut j = i + 1;
                    while j < n
                        && doc.tokens[j].kind == TokenKind::Punct
                        && !has_newline(text, doc.tokens[j - 1].span.end, doc.tokens[j].span.start)
                    {
                        let s = doc.tokens[j].span.text(text);
                        if is_terminator(s) {
                        } else if is_closer_punct(s)
                            && quote_mark(text, doc.tokens[j].span.start, s) != QuoteMark::Open
                        {
                            depth = depth.saturating_sub(1);
                        } else {
                            break;
                        }
                        j += 1;
                    }
                    push_sentence(doc, &mut sentences, start, j, paragraph, join_previous);
                    (start, join_previous) = (j, false);
                    i = j;
                    continue;
                }
            }
            i += 1;
        }
        if start < n && depth > 0 && stops_in_quote >= MAX_STOPS_IN_OPEN_QUOTE {
            unclosed.push(outer_open);
            (i, depth, stops_in_quote, join_previous) = (start, 0, 0, false);
            continue;
        }
        break;
    }
    if start < n {
        push_sentence(doc, &mut sentences, start, n, paragraph, join_previous);
    }
    doc.sentences = sentences;
}

/// Whether a word follows byte `at` directly (an opening mark opens one).
fn opens_word(text: &str, at: usize) -> bool {
    text[at..]
        .chars()
        .next()
        .is_some_and(|c| crate::normalize::is_alphanumeric(c) || crate::normalize::is_diacritic(c))
}

fn push_sentence(
    doc: &Document,
    out: &mut Vec<Sentence>,
    from: usize,
    to: usize,
    paragraph: usize,
    join_previous: bool,
) {
    if from >= to {
        return;
    }
    let span = Span::new(doc.tokens[from].span.start, doc.tokens[to - 1].span.end);
    if join_previous {
        if let Some(prev) = out.last_mut().filter(|p| p.paragraph == paragraph) {
            prev.span = prev.span.cover(&span);
            prev.tokens.end = to;
            return;
        }
    }
    out.push(Sentence {
        span,
        tokens: from..to,
        paragraph,
    });
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tokenize::tokenize;

    fn split(text: &str) -> Vec<String> {
        let mut doc = Document::new("t", text);
        tokenize(&mut doc);
        split_sentences(&mut doc);
        doc.sentences
            .iter()
            .map(|s| doc.slice(s.span).to_string())
            .collect()
    }

    #[test]
    fn splits_at_stops_and_line_breaks() {
        assert_eq!(
            split("قال الوزير. ثم غادر! هل عاد؟ لا"),
            ["قال الوزير.", "ثم غادر!", "هل عاد؟", "لا"]
        );
        assert_eq!(split("عنوان الخبر\nنص الخبر"), ["عنوان الخبر", "نص الخبر"]);
    }

    #[test]
    fn keeps_a_quote_over_a_full_stop_with_its_attribution() {
        let s = split(
            "وقال: “لقد تلقينا مكالمات، ما يقرب من 1000 إلى 1500. اعتاد البعض القتال”.\nسطر آخر.",
        );
        assert_eq!(
            s,
            [
                "وقال: “لقد تلقينا مكالمات، ما يقرب من 1000 إلى 1500. اعتاد البعض القتال”.",
                "سطر آخر."
            ]
        );
        let s = split("وأضاف: «لن نتراجع. سنواصل القتال». ثم غادر.");
        assert_eq!(s, ["وأضاف: «لن نتراجع. سنواصل القتال».", "ثم غادر."]);
    }

    #[test]
    fn quote_marks_in_either_direction() {
        // Reversed curly marks and straight quotes, as typed in many Arabic texts.
        let s = split("وقال ”لن نتراجع. سنواصل“. ثم غادر.");
        assert_eq!(s, ["وقال ”لن نتراجع. سنواصل“.", "ثم غادر."]);
        let s = split("وقال \"لن نتراجع. سنواصل\". ثم غادر.");
        assert_eq!(s, ["وقال \"لن نتراجع. سنواصل\".", "ثم غادر."]);
    }

    #[test]
    fn a_quote_that_opens_without_a_mark_joins_its_attribution() {
        let s = split("وقال المتحدث وحتى الآن تلقينا مكالمات. ونحن مستعدون للقتال”. وغادر الوفد.");
        assert_eq!(
            s,
            [
                "وقال المتحدث وحتى الآن تلقينا مكالمات. ونحن مستعدون للقتال”.",
                "وغادر الوفد."
            ]
        );
    }

    #[test]
    fn a_quote_left_open_ends_at_the_paragraph() {
        let s = split("وقال «لن نتراجع. سنواصل\nفقرة جديدة. وأخرى.");
        assert_eq!(s, ["وقال «لن نتراجع. سنواصل", "فقرة جديدة.", "وأخرى."]);
    }

    #[test]
    fn a_stray_opening_mark_closes_a_quote() {
        let s = split("وقال: «إن الحكومة شددت على ضرورة الحذر. وحذرت من ضرب أي هدف «. واعتبر أن الضربات لا تحل المشكلة.");
        assert_eq!(
            s,
            [
                "وقال: «إن الحكومة شددت على ضرورة الحذر. وحذرت من ضرب أي هدف «.",
                "واعتبر أن الضربات لا تحل المشكلة."
            ]
        );
    }

    #[test]
    fn a_quote_never_closed_over_many_stops_does_not_hold_them() {
        let s = split("وقال «لن نتراجع. سنواصل. وسنعود. ولن نستسلم. وغادر الوفد.\nفقرة جديدة.");
        assert_eq!(
            s,
            [
                "وقال «لن نتراجع.",
                "سنواصل.",
                "وسنعود.",
                "ولن نستسلم.",
                "وغادر الوفد.",
                "فقرة جديدة."
            ]
        );
        // The same at the end of the text, with a quotation closed after it.
        let s = split("قال «أولا. ثانيا. ثالثا. رابعا. ثم قال «نعم».");
        assert_eq!(
            s,
            ["قال «أولا.", "ثانيا.", "ثالثا.", "رابعا.", "ثم قال «نعم»."]
        );
    }

    #[test]
    fn abbreviations_do_not_end_sentences() {
        assert_eq!(
            split("وقال د. أحمد إن م. سعيد وصل."),
            ["وقال د. أحمد إن م. سعيد وصل."]
        );
        assert_eq!(
            split("تأسست عام 2015م. ثم توسعت."),
            ["تأسست عام 2015م.", "ثم توسعت."]
        );
        assert_eq!(split("في 1436هـ. ثم"), ["في 1436هـ.", "ثم"]);
        assert_eq!(
            split("بلغ النمو 3.5 بالمئة. وهذا"),
            ["بلغ النمو 3.5 بالمئة.", "وهذا"]
        );
    }

    #[test]
    fn sentences_know_their_paragraphs() {
        let mut doc = Document::new("t", "قال الوزير. ثم غادر.\n\nوعاد أمس.");
        tokenize(&mut doc);
        split_sentences(&mut doc);
        let paragraphs: Vec<usize> = doc.sentences.iter().map(|s| s.paragraph).collect();
        assert_eq!(paragraphs, [0, 0, 1]);
    }
}
