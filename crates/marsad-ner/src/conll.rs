//! Reading CoNLL files: one `token TAG` a line, a blank line between sentences.

use crate::error::NerError;
use crate::label::Label;
use std::path::Path;

/// A sentence of words with their gold labels.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<Label>,
}

impl Sentence {
    pub fn len(&self) -> usize {
        self.words.len()
    }

    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words as `&str`, the shape [`crate::Model::tag`] takes.
    pub fn word_refs(&self) -> Vec<&str> {
        self.words.iter().map(String::as_str).collect()
    }
}

/// Reads a CoNLL file of `token TAG` lines (IOB2 tags over PERS, LOC, ORG, MISC).
pub fn read_conll(path: &Path) -> Result<Vec<Sentence>, NerError> {
    let text = std::fs::read_to_string(path).map_err(|e| NerError::io(path, e))?;
    parse_conll(&text).map_err(|(line, message)| NerError::Parse {
        path: path.to_path_buf(),
        line,
        message,
    })
}

/// Parses CoNLL text; an error gives the 1-based line and what is wrong.
///
/// The tag is the last field of a line and the token everything before it,
/// because ANERcorp has a few tokens with a space inside ("الصالحية ونايفة O").
/// A `-DOCSTART-` line is skipped.
pub fn parse_conll(text: &str) -> Result<Vec<Sentence>, (usize, String)> {
    let mut out = Vec::new();
    let mut cur = Sentence::default();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim_matches(|c: char| c.is_whitespace() || c == '\u{FEFF}');
        if line.is_empty() {
            if !cur.is_empty() {
                out.push(std::mem::take(&mut cur));
            }
            continue;
        }
        if line.starts_with("-DOCSTART-") {
            continue;
        }
        let Some((word, tag)) = line.rsplit_once(|c: char| c.is_whitespace()) else {
            return Err((i + 1, format!("expected `token TAG`, found {line:?}")));
        };
        let label = tag.parse::<Label>().map_err(|e| (i + 1, e))?;
        cur.words.push(word.trim_end().to_string());
        cur.labels.push(label);
    }
    if !cur.is_empty() {
        out.push(cur);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::label::EntityKind;

    #[test]
    fn reads_sentences_and_names_bad_lines() {
        let s = parse_conll("قال O\nالرئيس O\nبوش B-PERS\n\n\nفي O\nبغداد B-LOC\n").unwrap();
        assert_eq!(s.len(), 2);
        assert_eq!(s[0].words, ["قال", "الرئيس", "بوش"]);
        assert_eq!(s[1].labels, [Label::O, Label::B(EntityKind::Loc)]);
        // A token with a space inside keeps it; the tag is the last field.
        let s = parse_conll("الصالحية ونايفة O\n").unwrap();
        assert_eq!(s[0].words, ["الصالحية ونايفة"]);
        assert_eq!(parse_conll("قال O\nبوش\n").unwrap_err().0, 2);
        let e = parse_conll("قال O\n\nبوش B-PERSON\n").unwrap_err();
        assert_eq!(e.0, 3);
        assert!(e.1.contains("B-PERSON"));
    }

    #[test]
    fn file_errors_name_the_file() {
        let e = read_conll(Path::new("/nonexistent/train.txt")).unwrap_err();
        assert!(e.to_string().contains("/nonexistent/train.txt"));
    }
}
