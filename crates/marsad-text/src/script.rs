//! The script check: is a document written mostly in Arabic?
//!
//! Marsad's layers are built for Arabic. A document mostly in another script
//! (English, or Persian/Urdu, which share the Arabic script) passes through
//! with a note and empty layers rather than garbage annotations.

use crate::normalize::is_arabic_letter;
use marsad_core::{Document, Lang};

/// Letters of the Arabic script that Arabic itself does not use but Persian
/// and Urdu use all the time (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ہ).
const fn is_persian_or_urdu_letter(c: char) -> bool {
    matches!(
        c,
        'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ'
    )
}

/// Letter counts of a text by script.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ScriptCounts {
    pub arabic: usize,
    /// Arabic-script letters typical of Persian or Urdu, counted in `arabic` too.
    pub persian_urdu: usize,
    pub other: usize,
}

/// For each code point of the Arabic block U+0600–U+06FF: 1 for an Arabic
/// letter, 2 for a letter that is also Persian/Urdu-only, 0 otherwise.
static ARABIC_BLOCK_SCRIPT: [u8; 256] = {
    let mut table = [0u8; 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            if crate::normalize::is_arabic_base_letter(c) {
                table[i] = if is_persian_or_urdu_letter(c) { 2 } else { 1 };
            }
        }
        i += 1;
    }
    table
};

pub fn count_letters(text: &str) -> ScriptCounts {
    // Byte-wise: ASCII and the Arabic block (lead bytes 0xD8–0xDB) cover
    // almost all of the input, and need no char decoding.
    let mut counts = ScriptCounts::default();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            counts.other += usize::from(b.is_ascii_alphabetic());
            i += 1;
        } else if (0xD8..=0xDB).contains(&b) {
            // Lead byte 110110xx, then 10xxxxxx (a char boundary follows).
            let index = (usize::from(b & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3F);
            let script = ARABIC_BLOCK_SCRIPT[index];
            counts.arabic += usize::from(script != 0);
            counts.persian_urdu += usize::from(script == 2);
            i += 2;
        } else {
            let c = text[i..].chars().next().expect("i is on a char boundary");
            if is_arabic_letter(c) {
                counts.arabic += 1;
                counts.persian_urdu += usize::from(is_persian_or_urdu_letter(c));
            } else if c.is_alphabetic() {
                counts.other += 1;
            }
            i += c.len_utf8();
        }
    }
    counts
}

/// The head of a text that the script check reads: enough letters to tell a
/// script, without a pass over a whole long document.
pub fn sample(text: &str) -> &str {
    const SAMPLE_BYTES: usize = 64 * 1024;
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

/// Sets `doc.lang`, with a note when the document will not be analysed.
///
/// Arabic when at least half the letters are Arabic-script letters and fewer
/// than 3% of those are Persian/Urdu-only letters (Arabic news borrows a few
/// in foreign names; Persian prose has ی or ک in most words).
pub fn check_script(doc: &mut Document) {
    let c = count_letters(sample(&doc.text));
    let total = c.arabic + c.other;
    doc.lang = if total == 0 {
        doc.notes
            .push("no letters in the text: nothing to analyse".into());
        Lang::Other
    } else if c.arabic * 2 < total {
        doc.notes.push(format!(
            "mostly not Arabic script ({} of {} letters Arabic): layers left empty",
            c.arabic, total
        ));
        Lang::Other
    } else if c.persian_urdu * 100 >= c.arabic * 3 {
        doc.notes.push(format!(
            "Arabic script but Persian or Urdu letters ({} of {}): layers left empty",
            c.persian_urdu, c.arabic
        ));
        Lang::Other
    } else {
        Lang::Arabic
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang(text: &str) -> Lang {
        let mut doc = Document::new("t", text);
        check_script(&mut doc);
        doc.lang
    }

    #[test]
    fn arabic_news_with_some_latin_is_arabic() {
        assert_eq!(
            lang("وقال مراسل RT في العراق إن القوات تقدمت"),
            Lang::Arabic
        );
    }

    #[test]
    fn other_scripts_and_empty_text_are_not() {
        assert_eq!(
            lang("The minister said on Monday that talks would resume."),
            Lang::Other
        );
        assert_eq!(lang("12345 ... !!!"), Lang::Other);
        assert_eq!(
            lang("وزیر امور خارجه ایران گفت که مذاکرات ادامه خواهد یافت"),
            Lang::Other
        );
    }

    #[test]
    fn counts_letters_by_script() {
        let c = count_letters("قال RT: ڤ پ ü 12 ﻻ");
        assert_eq!((c.arabic, c.persian_urdu, c.other), (6, 1, 3));
    }

    #[test]
    fn a_note_says_why() {
        let mut doc = Document::new("t", "Hello world");
        check_script(&mut doc);
        assert!(doc.notes[0].contains("not Arabic"));
    }
}
