//! Python's character classes (`str.isalnum`, `str.isspace`, `str.isprintable`, decimal digits),
//! from tables generated out of Python's own `unicodedata` so both scorers classify alike.

use crate::unicode_tables::{ALNUM, DECIMAL, NOT_PRINTABLE, SPACE};

/// Whether `c` lies in one of the sorted, disjoint inclusive `ranges`.
fn in_ranges(ranges: &[(u32, u32)], c: char) -> bool {
    let c = c as u32;
    ranges
        .binary_search_by(|&(lo, hi)| {
            if hi < c {
                std::cmp::Ordering::Less
            } else if lo > c {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

/// Python's `c.isalnum()`.
pub fn is_alnum(c: char) -> bool {
    in_ranges(ALNUM, c)
}

/// Python's regex `\w` on a `str` pattern: alphanumeric or underscore.
pub fn is_word(c: char) -> bool {
    c == '_' || is_alnum(c)
}

/// Python's `c.isspace()`, which is also regex `\s` and what `str.split()` splits on.
/// It differs from Rust's `char::is_whitespace` (U+001C..U+001F are spaces to Python).
pub fn is_space(c: char) -> bool {
    in_ranges(SPACE, c)
}

/// Python's `c.isprintable()`: what `repr()` prints as is rather than escaping.
pub fn is_printable(c: char) -> bool {
    !in_ranges(NOT_PRINTABLE, c)
}

/// The digit value Python's `float()` reads for a Unicode decimal digit (e.g. Arabic-Indic).
pub fn decimal_value(c: char) -> Option<u8> {
    let c = c as u32;
    let i = DECIMAL.partition_point(|&(_, last, _)| last < c);
    let &(first, last, value) = DECIMAL.get(i)?;
    (first <= c && c <= last).then(|| value + (c - first) as u8)
}

/// Python's `s.strip()` with no argument.
pub fn strip(s: &str) -> &str {
    s.trim_matches(is_space)
}

/// Python's `s.split()` with no argument: runs of whitespace separate, no empty words.
pub fn split_whitespace(s: &str) -> impl Iterator<Item = &str> {
    s.split(is_space).filter(|w| !w.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_letters_and_digits_are_alnum_but_marks_and_punctuation_are_not() {
        assert!(is_alnum('ب') && is_alnum('ة') && is_alnum('٣') && is_alnum('a') && is_alnum('7'));
        assert!(!is_alnum('\u{064E}'), "fatha is a mark, not alnum");
        assert!(!is_alnum('،') && !is_alnum('؟') && !is_alnum('«') && !is_alnum('_'));
        assert!(is_word('_') && !is_word('-'));
    }

    #[test]
    fn python_whitespace_is_not_rust_whitespace() {
        assert!(is_space('\u{1C}') && !'\u{1C}'.is_whitespace());
        assert!(is_space('\u{A0}') && is_space('\u{3000}') && !is_space('\u{200B}'));
        let words: Vec<&str> = split_whitespace("\u{1C}ab \u{A0} c\t").collect();
        assert_eq!(words, ["ab", "c"]);
        assert_eq!(strip("\u{1F} x \u{85}"), "x");
    }

    #[test]
    fn printable_follows_python() {
        assert!(is_printable(' ') && is_printable('ك') && is_printable('😀'));
        assert!(!is_printable('\u{200C}') && !is_printable('\u{A0}') && !is_printable('\n'));
    }

    #[test]
    fn decimal_digits_of_other_scripts() {
        assert_eq!(decimal_value('٤'), Some(4));
        assert_eq!(decimal_value('۹'), Some(9));
        assert_eq!(decimal_value('0'), Some(0));
        assert_eq!(decimal_value('a'), None);
        assert_eq!(
            decimal_value('²'),
            None,
            "superscripts are digits but not decimal"
        );
    }
}
