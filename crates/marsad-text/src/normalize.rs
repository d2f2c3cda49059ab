//! The matching normalizer: one folded form of Arabic text for comparison.
//!
//! It never changes the document; it produces a separate string that stages
//! compare lexicons against. It folds what Arabic writers vary freely:
//! vowel marks and tatweel (dropped), the hamza seats of alef (أ إ آ ٱ → ا),
//! alef maqsura (ى → ي), taa marbuta (ة → ه), hamza on waw and yaa (ؤ → و,
//! ئ → ي), Persian keyboard letters (ک → ك, ی → ي), Arabic-Indic and Persian
//! digits (→ 0-9), presentation forms (NFKC: ﻻ → لا), Latin case, and the
//! invisible bidi and zero-width marks (dropped). The same folding as the
//! reference scorer's `norm()`, so a lexicon entry matches what gold writes.

use unicode_normalization::char::decompose_compatible;

/// Vowel marks, Quranic annotation signs and tatweel: dropped when matching.
pub const fn is_diacritic(c: char) -> bool {
    matches!(c,
        '\u{0610}'..='\u{061A}'
        | '\u{064B}'..='\u{065F}'
        | '\u{0670}'
        | '\u{06D6}'..='\u{06DC}'
        | '\u{06DF}'..='\u{06E8}'
        | '\u{06EA}'..='\u{06ED}'
        | '\u{0640}')
}

/// Invisible marks with no letter value: bidi controls, zero-width space and
/// joiners, byte-order mark, soft hyphen.
pub const fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{2069}'
        | '\u{FEFF}')
}

/// Arabic presentation forms (ligatures and contextual shapes of old encodings).
pub const fn is_presentation_form(c: char) -> bool {
    matches!(c, '\u{FB50}'..='\u{FDFF}' | '\u{FE70}'..='\u{FEFE}')
}

/// The value of a decimal digit in ASCII, Arabic-Indic or Persian script.
pub const fn digit_value(c: char) -> Option<u32> {
    match c {
        '0'..='9' => Some(c as u32 - '0' as u32),
        '\u{0660}'..='\u{0669}' => Some(c as u32 - 0x0660),
        '\u{06F0}'..='\u{06F9}' => Some(c as u32 - 0x06F0),
        _ => None,
    }
}

/// A letter of the Arabic script (base letters, not marks).
pub fn is_arabic_letter(c: char) -> bool {
    is_arabic_base_letter(c) || (is_presentation_form(c) && c.is_alphabetic())
}

/// A letter of the Arabic blocks outside the presentation forms.
pub const fn is_arabic_base_letter(c: char) -> bool {
    matches!(c,
        '\u{0620}'..='\u{063F}'
        | '\u{0641}'..='\u{064A}'
        | '\u{066E}'..='\u{066F}'
        | '\u{0671}'..='\u{06D3}'
        | '\u{06D5}'
        | '\u{06EE}'..='\u{06EF}'
        | '\u{06FA}'..='\u{06FC}'
        | '\u{06FF}'
        | '\u{0750}'..='\u{077F}'
        | '\u{08A0}'..='\u{08C9}')
}

/// The matching form of a character of the Arabic block U+0600–U+06FF;
/// `'\0'` for a character that is dropped.
const fn fold_arabic_block(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        'ى' | 'ئ' | 'ی' | 'ې' => 'ي',
        'ة' | 'ۀ' | 'ە' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        _ if is_diacritic(c) => '\0',
        _ => match digit_value(c) {
            Some(d) => (b'0' + d as u8) as char,
            None => c,
        },
    }
}

/// [`fold_arabic_block`] for each of the 256 code points, computed at compile
/// time: most characters of Arabic news are in this block.
static ARABIC_BLOCK_FOLD: [char; 256] = {
    let mut table = ['\0'; 256];
    let mut i = 0;
    while i < 256 {
        table[i] = match char::from_u32(0x0600 + i as u32) {
            Some(c) => fold_arabic_block(c),
            None => '\0',
        };
        i += 1;
    }
    table
};

/// [`ARABIC_BLOCK_FOLD`] as UTF-8: each fold's bytes and how many there are
/// (0 for a dropped character, 1 for a digit, 2 for a letter), so that
/// [`normalize_into`] appends bytes instead of encoding a char per letter.
static ARABIC_BLOCK_FOLD_UTF8: [([u8; 2], u8); 256] = {
    let mut table = [([0u8; 2], 0u8); 256];
    let mut i = 0;
    while i < 256 {
        if let Some(c) = char::from_u32(0x0600 + i as u32) {
            let f = fold_arabic_block(c);
            if f != '\0' {
                assert!(
                    f.len_utf8() <= 2,
                    "a fold of the Arabic block outside two bytes"
                );
                let mut utf8 = [0u8; 4];
                f.encode_utf8(&mut utf8);
                table[i] = ([utf8[0], utf8[1]], f.len_utf8() as u8);
            }
        }
        i += 1;
    }
    table
};

/// [`char::is_alphanumeric`], with ASCII and the Arabic block answered
/// from a table: the standard library's Unicode lookup for Arabic letters
/// took a few percent of the pipeline in code that splits names into words.
#[inline]
pub fn is_alphanumeric(c: char) -> bool {
    let code = c as u32;
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else if (0x0600..0x0700).contains(&code) {
        ARABIC_BLOCK_ALPHANUMERIC[(code - 0x0600) as usize]
    } else {
        c.is_alphanumeric()
    }
}

/// Whether each code point of the Arabic block is alphanumeric in Unicode's
/// sense (Alphabetic or Numeric): letters, digits, and the vowel marks that
/// Unicode counts as Other_Alphabetic.
static ARABIC_BLOCK_ALPHANUMERIC: std::sync::LazyLock<[bool; 256]> =
    std::sync::LazyLock::new(|| {
        std::array::from_fn(|i| {
            char::from_u32(0x0600 + i as u32).is_some_and(char::is_alphanumeric)
        })
    });

/// Folds one character that is not a presentation form.
#[inline]
fn fold_simple(c: char) -> Option<char> {
    let code = c as u32;
    if (0x0600..0x0700).contains(&code) {
        let f = ARABIC_BLOCK_FOLD[(code - 0x0600) as usize];
        return (f != '\0').then_some(f);
    }
    if is_diacritic(c) || is_invisible(c) {
        return None;
    }
    if let Some(d) = digit_value(c) {
        return char::from_digit(d, 10);
    }
    Some(match c {
        'أ' | 'إ' | 'آ' | 'ٱ' | '\u{0672}' | '\u{0673}' => 'ا',
        'ى' | 'ئ' | 'ی' | 'ې' => 'ي',
        'ة' | 'ۀ' | 'ە' => 'ه',
        'ؤ' => 'و',
        'ک' => 'ك',
        'A'..='Z' => c.to_ascii_lowercase(),
        _ if c.is_uppercase() => c.to_lowercase().next().unwrap_or(c),
        _ => c,
    })
}

/// Appends the matching form of `c` to `out`.
#[inline]
pub fn push_folded(c: char, out: &mut String) {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
    } else if is_presentation_form(c) {
        decompose_compatible(c, |d| {
            if let Some(f) = fold_simple(d) {
                out.push(f)
            }
        });
    } else if let Some(f) = fold_simple(c) {
        out.push(f);
    }
}

/// Appends the matching form of `s` to `out`. Reads ASCII and the Arabic
/// block (almost all of Arabic news) byte by byte, without decoding chars.
pub fn normalize_into(s: &str, out: &mut String) {
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            out.push(char::from(b.to_ascii_lowercase()));
            i += 1;
        } else if (0xD8..=0xDB).contains(&b) {
            // U+0600–U+06FF: lead byte 110110xx, then 10xxxxxx.
            let index = (usize::from(b & 0x03) << 6) | usize::from(bytes[i + 1] & 0x3F);
            let (utf8, len) = ARABIC_BLOCK_FOLD_UTF8[index];
            // SAFETY: the table holds the UTF-8 encoding of a whole char (its
            // first `len` bytes), so `out` stays valid UTF-8.
            let out = unsafe { out.as_mut_vec() };
            match len {
                1 => out.push(utf8[0]),
                2 => out.extend_from_slice(&utf8),
                _ => {}
            }
            i += 2;
        } else {
            let c = s[i..].chars().next().expect("i is on a char boundary");
            push_folded(c, out);
            i += c.len_utf8();
        }
    }
}

/// The matching form of `s`.
pub fn normalize(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    normalize_into(s, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_wise_fast_path_folds_as_char_by_char() {
        // Every code point of ASCII, the Arabic block and a few others, alone
        // and between Arabic letters.
        let chars = (0u32..0x80)
            .chain(0x0600..0x0700)
            .chain([0x00C9, 0x0750, 0x08A0, 0x200F, 0xFEFB, 0x1F600])
            .filter_map(char::from_u32);
        for c in chars {
            let text = format!("{c}ب{c}{c}");
            let mut slow = String::new();
            for ch in text.chars() {
                push_folded(ch, &mut slow);
            }
            assert_eq!(normalize(&text), slow, "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn is_alphanumeric_agrees_with_the_standard_library() {
        for c in (0u32..0x3000).filter_map(char::from_u32) {
            assert_eq!(
                is_alphanumeric(c),
                c.is_alphanumeric(),
                "U+{:04X}",
                c as u32
            );
        }
    }

    #[test]
    fn folds_hamza_seats_maqsura_and_taa_marbuta() {
        assert_eq!(normalize("أإآٱ"), "اااا");
        assert_eq!(normalize("مستشفى"), "مستشفي");
        assert_eq!(normalize("الحكومة"), "الحكومه");
        assert_eq!(normalize("مؤتمر رئيس"), "موتمر رييس");
    }

    #[test]
    fn drops_diacritics_tatweel_and_invisible_marks() {
        assert_eq!(normalize("حاليًا"), "حاليا");
        assert_eq!(normalize("مُحَمَّدٌ"), "محمد");
        assert_eq!(normalize("لـ"), "ل");
        assert_eq!(normalize("العـــراق"), "العراق");
        assert_eq!(normalize("\u{200F}بغداد\u{200E}\u{200B}\u{FEFF}"), "بغداد");
    }

    #[test]
    fn reads_every_digit_script() {
        assert_eq!(normalize("٤٥٬٠٠٠"), "45٬000");
        assert_eq!(normalize("۱۴۰۰"), "1400");
        assert_eq!(digit_value('٧'), Some(7));
        assert_eq!(digit_value('۷'), Some(7));
        assert_eq!(digit_value('x'), None);
    }

    #[test]
    fn unfolds_presentation_forms() {
        // LAM WITH ALEF ligature, isolated and final forms of letters.
        assert_eq!(normalize("\u{FEFB}"), "لا");
        assert_eq!(
            normalize("\u{FE8D}\u{FEDF}\u{FECC}\u{FEAE}\u{FE8D}\u{FE95}"),
            "العرات"
        );
        assert_eq!(normalize("\u{FEF7}"), "لا"); // LAM WITH ALEF WITH HAMZA ABOVE
    }

    #[test]
    fn folds_persian_letters_and_latin_case() {
        assert_eq!(normalize("کی"), "كي");
        assert_eq!(normalize("Reuters AFP"), "reuters afp");
    }

    #[test]
    fn classifies_letters() {
        assert!(is_arabic_letter('ب'));
        assert!(is_arabic_letter('\u{FEDF}'));
        assert!(!is_arabic_letter('\u{064E}'));
        assert!(!is_arabic_letter('،'));
        assert!(is_diacritic('\u{0640}'));
    }
}
