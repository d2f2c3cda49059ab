//! The script check: is a document written mostly in Arabic?
//!
//! Marsad's layers are built for Arabic. A document mostly in another script
//! (English, or Persian/Urdu, which share the Arabic script) passes through
//! with a note and empty layers rather than garbage annotations.

use crate::normalize::is_arabic_letter;
use marsad_core::{Document, Lang};

/// Letters of the Arabic script that Arabic itself does not use but Persian
/// and Urdu use all the time (پ چ ژ گ ک ی ٹ ڈ ڑ ں ے ہ).
fn is_persian_or_urdu_letter(c: char) -> bool {
    matches!(c, 'پ' | 'چ' | 'ژ' | 'گ' | 'ک' | 'ی' | 'ٹ' | 'ڈ' | 'ڑ' | 'ں' | 'ے' | 'ہ')
}

/// Letter counts of a text by script.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct ScriptCounts {
    pub arabic: usize,
    /// Arabic-script letters typical of Persian or Urdu, counted in `arabic` too.
    pub persian_urdu: usize,
    pub other: usize,
}

pub fn count_letters(text: &str) -> ScriptCounts {
    let mut counts = ScriptCounts::default();
    for c in text.chars() {
        if c.is_ascii() {
            counts.other += usize::from(c.is_ascii_alphabetic());
        } else if is_arabic_letter(c) {
            counts.arabic += 1;
            counts.persian_urdu += usize::from(is_persian_or_urdu_letter(c));
        } else if c.is_alphabetic() {
            counts.other += 1;
        }
    }
    counts
}

/// Sets `doc.lang`, with a note when the document will not be analysed.
///
/// Arabic when at least half the letters are Arabic-script letters and fewer
/// than 3% of those are Persian/Urdu-only letters (Arabic news borrows a few
/// in foreign names; Persian prose has ی or ک in most words).
pub fn check_script(doc: &mut Document) {
    let c = count_letters(&doc.text);
    let total = c.arabic + c.other;
    doc.lang = if total == 0 {
        doc.notes.push("no letters in the text: nothing to analyse".into());
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
        assert_eq!(lang("وقال مراسل RT في العراق إن القوات تقدمت"), Lang::Arabic);
    }

    #[test]
    fn other_scripts_and_empty_text_are_not() {
        assert_eq!(lang("The minister said on Monday that talks would resume."), Lang::Other);
        assert_eq!(lang("12345 ... !!!"), Lang::Other);
        assert_eq!(lang("وزیر امور خارجه ایران گفت که مذاکرات ادامه خواهد یافت"), Lang::Other);
    }

    #[test]
    fn a_note_says_why() {
        let mut doc = Document::new("t", "Hello world");
        check_script(&mut doc);
        assert!(doc.notes[0].contains("not Arabic"));
    }
}
