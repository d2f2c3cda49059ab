//! Quotation marks: which open, which close, and the quoted stretches they make.
//!
//! Arabic news uses « » ‹ › “ ” „ and straight " and ', and types “ ” in
//! either direction, so a mark is told by its neighbours as well as its
//! shape: with a space (or a line start, or a lone proclitic like لـ) before
//! it and a letter after it, it opens; with a letter before it, it closes.
//! Marks are paired per paragraph. A closing mark with nothing open is a
//! quotation that began with no mark; an opening mark never closed runs to
//! the end of its paragraph.

use marsad_core::{Document, TokenKind};

/// How a mark acts where it stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    Open,
    Close,
}

/// A quoted stretch: token indices of its marks, and its inner tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Quoted {
    /// The opening mark, if it had one.
    pub open: Option<usize>,
    /// The closing mark, if it had one.
    pub close: Option<usize>,
    /// The quoted tokens, marks excluded.
    pub inner: std::ops::Range<usize>,
}

/// Whether a line break lies between tokens `i - 1` and `i`.
pub fn breaks_before(doc: &Document, i: usize) -> bool {
    i > 0
        && doc.text.as_bytes()[doc.tokens[i - 1].span.end..doc.tokens[i].span.start]
            .iter()
            .any(|&b| b == b'\n' || b == b'\r')
}

/// How token `i` acts as a quotation mark, if it is one.
pub fn mark_at(doc: &Document, i: usize) -> Option<Mark> {
    let t = &doc.tokens[i];
    if t.kind != TokenKind::Punct {
        return None;
    }
    let s = doc.token_text(t);
    match s {
        "«" | "‹" | "„" => return Some(Mark::Open),
        "»" | "›" => return Some(Mark::Close),
        "“" | "”" | "\"" | "‘" | "’" => {}
        _ => return None,
    }
    let text = &doc.text;
    let before = text[..t.span.start].chars().next_back();
    let after = text[t.span.end..].chars().next();
    let letter = |c: Option<char>| c.is_some_and(marsad_text::normalize::is_alphanumeric);
    let open_side = |c: Option<char>| {
        c.is_none_or(|c| c.is_whitespace() || "([{:،,؛;«".contains(c) || c == '\u{0640}')
    };
    // A lone proclitic written against the mark (لـ"الوطن", و"المقاومة").
    let after_clitic = i > 0 && {
        let p = &doc.tokens[i - 1];
        p.span.end == t.span.start
            && p.kind == TokenKind::Arabic
            && matches!(doc.norm(p), "و" | "ف" | "ب" | "ل" | "ك")
    };
    if (open_side(before) || after_clitic) && letter(after) {
        Some(Mark::Open)
    } else if letter(before) || (before.is_some_and(|c| !c.is_whitespace()) && !letter(after)) {
        Some(Mark::Close)
    } else if matches!(s, "“" | "‘") {
        Some(Mark::Open)
    } else {
        Some(Mark::Close)
    }
}

/// A straight mark with a space on both sides (وأضافت " ارتفعت الأسعار
/// كثيرا"), which [`mark_at`] reads as closing: it opens when nothing is
/// open and another straight mark follows in its paragraph.
fn opens_spaced(doc: &Document, i: usize) -> bool {
    let t = &doc.tokens[i];
    if doc.token_text(t) != "\"" {
        return false;
    }
    let text = &doc.text;
    let before = text[..t.span.start].chars().next_back();
    let after = text[t.span.end..].chars().next();
    if !before.is_none_or(char::is_whitespace) || !after.is_some_and(char::is_whitespace) {
        return false;
    }
    (i + 1..doc.tokens.len())
        .take_while(|&j| !breaks_before(doc, j))
        .any(|j| doc.token_text(&doc.tokens[j]) == "\"")
}

/// Every quoted stretch of the document, in text order of their start.
pub fn find_quoted(doc: &Document) -> Vec<Quoted> {
    let mut out = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    let mut para_start = 0usize;
    let n = doc.tokens.len();
    for i in 0..=n {
        if i == n || breaks_before(doc, i) {
            // Marks left open run to the end of their paragraph.
            for &o in &stack {
                out.push(Quoted {
                    open: Some(o),
                    close: None,
                    inner: o + 1..i,
                });
            }
            stack.clear();
            para_start = i;
            if i == n {
                break;
            }
        }
        let mark = match mark_at(doc, i) {
            Some(Mark::Close) if stack.is_empty() && opens_spaced(doc, i) => Some(Mark::Open),
            m => m,
        };
        match mark {
            Some(Mark::Open) => stack.push(i),
            Some(Mark::Close) => match stack.pop() {
                Some(o) => out.push(Quoted {
                    open: Some(o),
                    close: Some(i),
                    inner: o + 1..i,
                }),
                None => out.push(Quoted {
                    open: None,
                    close: Some(i),
                    inner: para_start..i,
                }),
            },
            None => {}
        }
    }
    out.sort_by_key(|q| (q.open.unwrap_or(q.inner.start), q.inner.end));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use marsad_core::Stage;

    fn quoted(text: &str) -> Vec<(String, bool, bool)> {
        let mut d = Document::new("t", text);
        marsad_text::TextLayer.annotate(&mut d);
        find_quoted(&d)
            .iter()
            .map(|q| {
                let s = if q.inner.is_empty() {
                    String::new()
                } else {
                    d.text[d.tokens[q.inner.start].span.start..d.tokens[q.inner.end - 1].span.end]
                        .to_string()
                };
                (s, q.open.is_some(), q.close.is_some())
            })
            .collect()
    }

    #[test]
    fn pairs_every_mark_style() {
        for (o, c) in [("«", "»"), ("“", "”"), ("”", "“"), ("\"", "\""), ("‹", "›")] {
            let q = quoted(&format!("قال {o}لن نتراجع{c} ثم غادر"));
            assert_eq!(q, [("لن نتراجع".to_string(), true, true)], "{o}{c}");
        }
    }

    #[test]
    fn a_mark_after_a_lone_proclitic_opens() {
        let q = quoted("وقال لـ\"الوطن\": نحن هنا. قوات \"الجيش\" و\"المقاومة\" تقدمت");
        let inner: Vec<&str> = q.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(inner, ["الوطن", "الجيش", "المقاومة"]);
    }

    #[test]
    fn unbalanced_marks_open_at_the_paragraph_or_run_to_its_end() {
        let q = quoted("وزعم وحتى الآن تلقينا مكالمات”.\nوقال «لن نتراجع. سنواصل\nسطر");
        assert_eq!(
            q,
            [
                ("وزعم وحتى الآن تلقينا مكالمات".to_string(), false, true),
                ("لن نتراجع. سنواصل".to_string(), true, false)
            ]
        );
    }

    #[test]
    fn a_spaced_straight_mark_opens_when_another_follows() {
        let q = quoted("وأضافت \" ارتفعت الأسعار كثيرا\".");
        assert_eq!(q, [("ارتفعت الأسعار كثيرا".to_string(), true, true)]);
        // With no mark after it, it closes a quotation that had no mark.
        let q = quoted("لن نتراجع عن قرارنا \" قال الوزير");
        assert_eq!(q, [("لن نتراجع عن قرارنا".to_string(), false, true)]);
    }
}
