//! The tokenizer: splits the original text into tokens with byte spans,
//! writes each token's matching form, and reads off its proclitics.
//!
//! Token classes (see [`TokenKind`]): Arabic words (letters with their marks
//! and tatweel; a zero-width or bidi mark inside a word does not split it),
//! Latin words, numbers (digits of any script, with the separators `٫ ٬ , .`
//! between digits: 45,000, 1.5, ٤٥٬٠٠٠), URLs and e-mail addresses (whole),
//! and single punctuation marks (، ؛ ؟ « » “ ” ‹ › …). A change of script
//! ends a token: "20مليون" is a number and a word.

use crate::clitics;
use crate::normalize::{
    digit_value, is_arabic_base_letter, is_arabic_letter, is_diacritic, is_invisible,
    normalize_into,
};
use marsad_core::{Document, Proclitics, Span, Token, TokenKind};

/// What a character can start or continue.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum CharClass {
    Space,
    /// Invisible: continues the current token only if the token goes on after it.
    Invisible,
    Arabic,
    /// A vowel mark or tatweel: continues an Arabic word.
    Mark,
    Digit,
    Latin,
    Punct,
}

/// [`class_of`] for the Arabic block U+0600–U+06FF, computed at compile time.
static ARABIC_BLOCK_CLASS: [CharClass; 256] = {
    let mut table = [CharClass::Punct; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            table[i] = if is_diacritic(c) {
                CharClass::Mark
            } else if is_arabic_base_letter(c) {
                CharClass::Arabic
            } else if digit_value(c).is_some() {
                CharClass::Digit
            } else {
                CharClass::Punct
            };
        }
        i += 1;
    }
    table
};

/// [`class_of`] for ASCII, computed at compile time.
static ASCII_CLASS: [CharClass; 128] = {
    let mut table = [CharClass::Punct; 128];
    let mut i = 0;
    while i < 128 {
        let b = i as u8;
        table[i] = if b.is_ascii_alphabetic() {
            CharClass::Latin
        } else if b.is_ascii_digit() {
            CharClass::Digit
        } else if b.is_ascii_whitespace() || b.is_ascii_control() {
            CharClass::Space
        } else {
            CharClass::Punct
        };
        i += 1;
    }
    table
};

/// The class of `c`: the Arabic block and ASCII (nearly every character of
/// Arabic news) from tables, inlined into the tokenizer's loops; the rest
/// from [`class_of_other`].
#[inline(always)]
fn class_of(c: char) -> CharClass {
    let code = c as u32;
    if (0x0600..0x0700).contains(&code) {
        ARABIC_BLOCK_CLASS[(code - 0x0600) as usize]
    } else if code < 0x80 {
        ASCII_CLASS[code as usize]
    } else {
        class_of_other(c)
    }
}

#[inline(never)]
fn class_of_other(c: char) -> CharClass {
    if is_invisible(c) {
        CharClass::Invisible
    } else if is_diacritic(c) {
        CharClass::Mark
    } else if is_arabic_letter(c) {
        CharClass::Arabic
    } else if digit_value(c).is_some() {
        CharClass::Digit
    } else if c.is_whitespace() || c.is_control() {
        CharClass::Space
    } else if c.is_alphanumeric() {
        CharClass::Latin
    } else if unicode_mark(c) {
        CharClass::Mark
    } else {
        CharClass::Punct
    }
}

/// Combining marks outside the Arabic block (rare in news; kept inside words).
fn unicode_mark(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{20D0}'..='\u{20FF}')
}

/// Separators allowed between two digits of one number.
fn is_number_separator(c: char) -> bool {
    matches!(c, '.' | ',' | '٫' | '٬' | '\'')
}

/// Byte length of a URL starting at `rest`, if `rest` starts with one.
fn url_len(rest: &str) -> Option<usize> {
    let lower_starts = |p: &str| {
        rest.len() >= p.len() && rest.as_bytes()[..p.len()].eq_ignore_ascii_case(p.as_bytes())
    };
    if !(lower_starts("http://") || lower_starts("https://") || lower_starts("www.")) {
        return None;
    }
    let end = rest
        .char_indices()
        .find(|&(_, c)| {
            c.is_whitespace() || matches!(c, '«' | '»' | '“' | '”' | '"' | '<' | '>' | '،' | '؛')
        })
        .map_or(rest.len(), |(i, _)| i);
    let url = rest[..end].trim_end_matches(['.', ',', ';', ':', ')', '(', '!', '?', '\'']);
    (url.len() > 4).then_some(url.len())
}

/// Byte length of an e-mail address starting at `rest`, if it starts with one.
fn email_len(rest: &str) -> Option<usize> {
    let is_local = |c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-' | '+');
    let at = rest.find(|c: char| !is_local(c))?;
    if at == 0 || !rest[at..].starts_with('@') {
        return None;
    }
    let domain = &rest[at + 1..];
    let dlen = domain
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
        .unwrap_or(domain.len());
    let d = domain[..dlen].trim_end_matches('.');
    (d.contains('.') && !d.starts_with('.')).then(|| at + 1 + d.len())
}

/// The char at byte `i` of `text` (a char boundary) and its length in
/// bytes. ASCII and the Arabic block, nearly all of Arabic news, are read
/// straight from the bytes.
#[inline(always)]
fn char_at(text: &str, i: usize) -> (char, usize) {
    let bytes = text.as_bytes();
    let b = bytes[i];
    if b < 0x80 {
        return (char::from(b), 1);
    }
    if (0xD8..=0xDB).contains(&b) {
        // U+0600–U+06FF: lead byte 110110xx, then 10xxxxxx.
        let code = 0x0600 | (u32::from(b & 0x03) << 6) | u32::from(bytes[i + 1] & 0x3F);
        return (
            char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
            2,
        );
    }
    let c = text[i..].chars().next().expect("i is on a char boundary");
    (c, c.len_utf8())
}

/// Splits `text` into tokens; their matching forms are appended to `norm_text`.
pub fn tokenize_into(text: &str, tokens: &mut Vec<Token>, norm_text: &mut String) {
    let len = text.len();
    let mut i = 0;
    while i < len {
        let start = i;
        let (c, c_len) = char_at(text, i);
        i += c_len;
        let class = class_of(c);
        let kind = match class {
            CharClass::Space | CharClass::Invisible | CharClass::Mark => continue,
            CharClass::Punct => TokenKind::Punct,
            CharClass::Arabic => TokenKind::Arabic,
            CharClass::Digit => TokenKind::Number,
            CharClass::Latin => TokenKind::Latin,
        };
        if kind == TokenKind::Latin || kind == TokenKind::Punct {
            let rest = &text[start..];
            if let Some(url) = url_len(rest).or_else(|| email_len(rest)) {
                i = start + url;
                push_token(text, Span::new(start, i), TokenKind::Url, tokens, norm_text);
                continue;
            }
        }
        if kind == TokenKind::Punct {
            push_token(text, Span::new(start, i), kind, tokens, norm_text);
            continue;
        }
        // Extend while the next characters continue this token.
        while i < len {
            let (next, next_len) = char_at(text, i);
            let continues = match (kind, class_of(next)) {
                (TokenKind::Arabic, CharClass::Arabic | CharClass::Mark) => true,
                (TokenKind::Latin, CharClass::Latin | CharClass::Digit | CharClass::Mark) => true,
                (TokenKind::Number, CharClass::Digit) => true,
                (TokenKind::Number, CharClass::Punct) if is_number_separator(next) => {
                    // A separator only between two digits: "45,000" but not "2014, ".
                    let after = &text[i + next_len..];
                    after
                        .chars()
                        .next()
                        .is_some_and(|d| digit_value(d).is_some())
                }
                (_, CharClass::Invisible) => {
                    // Inside a word only when the word goes on after the marks.
                    let after = text[i..].trim_start_matches(is_invisible);
                    after.chars().next().is_some_and(|d| {
                        let dc = class_of(d);
                        dc == class || (kind == TokenKind::Arabic && dc == CharClass::Mark)
                    })
                }
                _ => false,
            };
            if !continues {
                break;
            }
            i += next_len;
        }
        push_token(text, Span::new(start, i), kind, tokens, norm_text);
    }
}

fn push_token(
    text: &str,
    span: Span,
    kind: TokenKind,
    tokens: &mut Vec<Token>,
    norm_text: &mut String,
) {
    if !norm_text.is_empty() {
        norm_text.push(' ');
    }
    let norm_start = norm_text.len();
    let surface = span.text(text);
    if kind == TokenKind::Url {
        norm_text.push_str(&surface.to_ascii_lowercase());
    } else {
        normalize_into(surface, norm_text);
    }
    let norm_end = norm_text.len();
    let (proclitics, stem_at) = if kind == TokenKind::Arabic {
        clitics::analyze(&norm_text[norm_start..norm_end])
    } else {
        (Proclitics(0), 0)
    };
    tokens.push(Token {
        span,
        kind,
        norm: norm_start as u32..norm_end as u32,
        stem: (norm_start + stem_at) as u32..norm_end as u32,
        proclitics,
    });
}

/// Tokenizes a document's text into its `tokens` and `norm_text` layers.
pub fn tokenize(doc: &mut Document) {
    doc.tokens.clear();
    doc.norm_text.clear();
    doc.tokens.reserve(doc.text.len() / 6);
    doc.norm_text.reserve(doc.text.len());
    tokenize_into(&doc.text, &mut doc.tokens, &mut doc.norm_text);
    doc.reading_hashes.clear();
    doc.reading_hashes.extend(doc.tokens.iter().map(|t| {
        crate::phrases::reading_hashes(&doc.norm_text[t.norm.start as usize..t.norm.end as usize])
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn toks(text: &str) -> Vec<(String, TokenKind, String)> {
        let mut doc = Document::new("t", text);
        tokenize(&mut doc);
        doc.tokens
            .iter()
            .map(|t| {
                (
                    doc.token_text(t).to_string(),
                    t.kind,
                    doc.norm(t).to_string(),
                )
            })
            .collect()
    }

    fn surfaces(text: &str) -> Vec<String> {
        toks(text).into_iter().map(|t| t.0).collect()
    }

    #[test]
    fn splits_arabic_punctuation() {
        assert_eq!(
            surfaces("قال، ثم؛ لماذا؟ «نعم»"),
            ["قال", "،", "ثم", "؛", "لماذا", "؟", "«", "نعم", "»"]
        );
        assert_eq!(surfaces("“المونيتور”"), ["“", "المونيتور", "”"]);
        assert_eq!(surfaces("‹ب›"), ["‹", "ب", "›"]);
    }

    #[test]
    fn keeps_numbers_with_separators_whole() {
        assert_eq!(
            surfaces("تلقينا 45,000 مكالمة و1.5 مليون"),
            ["تلقينا", "45,000", "مكالمة", "و", "1.5", "مليون"]
        );
        let t = toks("٤٥٬٠٠٠ و٣٫٥");
        assert_eq!(t[0], ("٤٥٬٠٠٠".into(), TokenKind::Number, "45٬000".into()));
        assert_eq!(t[2].0, "٣٫٥");
        // A comma followed by a space is punctuation, and so is a final stop.
        assert_eq!(
            surfaces("عام 2013، و2014."),
            ["عام", "2013", "،", "و", "2014", "."]
        );
        assert_eq!(surfaces("15/8/2015"), ["15", "/", "8", "/", "2015"]);
    }

    #[test]
    fn keeps_words_with_marks_tatweel_and_invisible_marks_whole() {
        let t = toks("حاليًا لـ “المونيتور” العـــراق");
        assert_eq!(t[0], ("حاليًا".into(), TokenKind::Arabic, "حاليا".into()));
        assert_eq!(t[1], ("لـ".into(), TokenKind::Arabic, "ل".into()));
        assert_eq!(t[5].2, "العراق");
        assert_eq!(
            surfaces("بغ\u{200C}داد \u{200F}قال"),
            ["بغ\u{200C}داد", "قال"]
        );
    }

    #[test]
    fn urls_emails_and_latin_words() {
        assert_eq!(
            surfaces("رابط: https://www.alweeam.com.sa/350146/x. و RT وF-16 info@spa.gov.sa"),
            [
                "رابط",
                ":",
                "https://www.alweeam.com.sa/350146/x",
                ".",
                "و",
                "RT",
                "و",
                "F",
                "-",
                "16",
                "info@spa.gov.sa"
            ]
        );
        assert_eq!(toks("www.spa.gov.sa")[0].1, TokenKind::Url);
    }

    #[test]
    fn script_change_ends_a_token() {
        assert_eq!(surfaces("20مليون AIلفهم"), ["20", "مليون", "AI", "لفهم"]);
    }

    #[test]
    fn records_proclitics_and_stems() {
        let mut doc = Document::new("t", "وقال وبالعراق");
        tokenize(&mut doc);
        assert_eq!(doc.tokens[0].proclitics.label(), "و");
        assert_eq!(doc.stem(&doc.tokens[0]), "قال");
        assert_eq!(doc.tokens[1].proclitics.label(), "و+ب+ال");
        assert_eq!(doc.stem(&doc.tokens[1]), "عراق");
    }

    #[test]
    fn spans_point_into_the_original() {
        let text = "\u{FEFF}قال الوزيرُ: «سنواصل»\n";
        let mut doc = Document::new("t", text);
        tokenize(&mut doc);
        for t in &doc.tokens {
            assert!(text.is_char_boundary(t.span.start) && text.is_char_boundary(t.span.end));
        }
        assert_eq!(doc.token_text(&doc.tokens[1]), "الوزيرُ");
        assert_eq!(doc.norm(&doc.tokens[1]), "الوزير");
    }
}
