//! Reading documents: plain-text files, standard input, and JSONL streams.
//!
//! Every input item ends as a [`Document`] or as an [`InputError`] that says
//! which input, which line and which byte went wrong, so a batch never loses
//! a document silently. JSONL is read line by line, so a stream of any size
//! runs in memory bounded by its longest line.

use marsad_core::{Date, Document};
use serde::Deserialize;
use std::fmt;
use std::io::BufRead;
use std::path::{Path, PathBuf};

/// Where an input item came from, for error messages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Origin {
    /// A file path, or `<stdin>`.
    pub input: String,
    /// 1-based line number in a JSONL stream.
    pub line: Option<usize>,
    /// Byte offset in the input where the problem (or the line) starts.
    pub byte: Option<u64>,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.input)?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        if let Some(byte) = self.byte {
            write!(f, " (byte {byte})")?;
        }
        Ok(())
    }
}

/// Why an input item could not become a document.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    #[error("{origin}: cannot read: {source}; check the path and its permissions")]
    Unreadable {
        origin: Origin,
        source: std::io::Error,
    },
    #[error("{origin}: not valid UTF-8; convert the file to UTF-8 (e.g. iconv -f windows-1256 -t utf-8)")]
    InvalidUtf8 { origin: Origin },
    #[error("{origin}: looks like a binary file (NUL byte); give Marsad text or JSONL")]
    Binary { origin: Origin },
    #[error("{origin}: malformed JSON: {message}")]
    MalformedJson { origin: Origin, message: String },
    #[error("{origin}: missing field `{field}`; each JSONL line needs at least \"text\"")]
    MissingField { origin: Origin, field: &'static str },
    #[error("{origin}: bad `published` date: {message}")]
    BadDate { origin: Origin, message: String },
    #[error("{origin}: empty document")]
    Empty { origin: Origin },
}

impl InputError {
    pub fn origin(&self) -> &Origin {
        match self {
            InputError::Unreadable { origin, .. }
            | InputError::InvalidUtf8 { origin }
            | InputError::Binary { origin }
            | InputError::MalformedJson { origin, .. }
            | InputError::MissingField { origin, .. }
            | InputError::BadDate { origin, .. }
            | InputError::Empty { origin } => origin,
        }
    }
}

/// The fields of one JSONL record. Unknown fields are ignored.
#[derive(Debug, Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
    published: Option<String>,
    source: Option<String>,
    url: Option<String>,
    title: Option<String>,
    author: Option<String>,
}

/// Checks raw bytes and turns them into text, or says what is wrong and where.
pub fn decode(bytes: Vec<u8>, origin: &Origin) -> Result<String, InputError> {
    if let Some(at) = memchr::memchr(0, &bytes) {
        let mut origin = origin.clone();
        origin.byte = Some(origin.byte.unwrap_or(0) + at as u64);
        return Err(InputError::Binary { origin });
    }
    String::from_utf8(bytes).map_err(|e| {
        let mut origin = origin.clone();
        origin.byte = Some(origin.byte.unwrap_or(0) + e.utf8_error().valid_up_to() as u64);
        InputError::InvalidUtf8 { origin }
    })
}

/// Parses a publication date given on the command line or in a record.
pub fn parse_published(s: &str, origin: &Origin) -> Result<Date, InputError> {
    Date::parse(s).map_err(|e| InputError::BadDate {
        origin: origin.clone(),
        message: e.to_string(),
    })
}

/// The document id of a plain-text file: its name without `.txt` and a
/// trailing language tag (`seed-kss-volunteers.ar.txt` → `seed-kss-volunteers`).
pub fn id_from_path(path: &Path) -> String {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stem = name.strip_suffix(".txt").unwrap_or(&name);
    stem.strip_suffix(".ar").unwrap_or(stem).to_string()
}

/// Reads one plain-text document from a file.
pub fn read_text_file(path: &Path, published: Option<Date>) -> Result<Document, InputError> {
    let origin = Origin {
        input: path.display().to_string(),
        line: None,
        byte: None,
    };
    let bytes = std::fs::read(path).map_err(|source| InputError::Unreadable {
        origin: origin.clone(),
        source,
    })?;
    text_document(id_from_path(path), bytes, published, &origin)
}

/// Makes a document of raw text bytes.
pub fn text_document(
    id: String,
    bytes: Vec<u8>,
    published: Option<Date>,
    origin: &Origin,
) -> Result<Document, InputError> {
    let text = decode(bytes, origin)?;
    if text.trim().is_empty() {
        return Err(InputError::Empty {
            origin: origin.clone(),
        });
    }
    Ok(Document::new(id, text).with_published(published))
}

/// Parses one JSONL line. `default_published` applies when the record has none.
pub fn parse_record(
    line: &[u8],
    origin: &Origin,
    default_published: Option<Date>,
) -> Result<Document, InputError> {
    let text = decode(line.to_vec(), origin)?;
    let record: Record = serde_json::from_str(&text).map_err(|e| InputError::MalformedJson {
        origin: origin.clone(),
        message: format!("{e} (column {})", e.column()),
    })?;
    let body = record.text.ok_or_else(|| InputError::MissingField {
        origin: origin.clone(),
        field: "text",
    })?;
    let published = match record.published.as_deref().map(str::trim) {
        Some(p) if !p.is_empty() => Some(parse_published(p, origin)?),
        _ => default_published,
    };
    let id = match record.id {
        Some(serde_json::Value::String(s)) => s,
        Some(serde_json::Value::Number(n)) => n.to_string(),
        Some(_) => {
            return Err(InputError::MalformedJson {
                origin: origin.clone(),
                message: "`id` must be a string or a number".into(),
            })
        }
        None => format!("{}:{}", origin.input, origin.line.unwrap_or(0)),
    };
    let mut doc = Document::new(id, body).with_published(published);
    doc.source = record.source;
    doc.url = record.url;
    doc.title = record.title;
    doc.author = record.author;
    Ok(doc)
}

/// One item read from an input: a document or the reason it is not one.
pub type Item = Result<Document, InputError>;

/// Reads a JSONL stream lazily, one record a line; blank lines are skipped.
pub struct JsonlReader<R: BufRead> {
    reader: R,
    name: String,
    line: usize,
    offset: u64,
    default_published: Option<Date>,
    buf: Vec<u8>,
    done: bool,
}

impl<R: BufRead> JsonlReader<R> {
    pub fn new(reader: R, name: impl Into<String>, default_published: Option<Date>) -> Self {
        JsonlReader {
            reader,
            name: name.into(),
            line: 0,
            offset: 0,
            default_published,
            buf: Vec::new(),
            done: false,
        }
    }
}

impl<R: BufRead> Iterator for JsonlReader<R> {
    type Item = Item;

    fn next(&mut self) -> Option<Item> {
        while !self.done {
            self.buf.clear();
            let origin = Origin {
                input: self.name.clone(),
                line: Some(self.line + 1),
                byte: Some(self.offset),
            };
            let n = match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => {
                    self.done = true;
                    return None;
                }
                Ok(n) => n,
                Err(source) => {
                    self.done = true;
                    return Some(Err(InputError::Unreadable { origin, source }));
                }
            };
            self.line += 1;
            self.offset += n as u64;
            let line = self.buf.trim_ascii();
            if line.is_empty() {
                continue;
            }
            return Some(parse_record(line, &origin, self.default_published));
        }
        None
    }
}

/// Whether a path names a JSONL file by its extension.
pub fn is_jsonl_path(path: &Path) -> bool {
    matches!(
        path.extension().and_then(|e| e.to_str()),
        Some("jsonl" | "ndjson")
    )
}

/// An input named on the command line.
#[derive(Debug, Clone)]
pub enum Input {
    Stdin,
    File(PathBuf),
}

#[cfg(test)]
mod tests {
    use super::*;

    fn origin() -> Origin {
        Origin {
            input: "in.jsonl".into(),
            line: Some(3),
            byte: Some(100),
        }
    }

    #[test]
    fn errors_name_input_line_and_byte() {
        let mut bytes = "نص".as_bytes().to_vec();
        bytes.push(0xff);
        let e = decode(bytes, &origin()).unwrap_err();
        assert_eq!(e.origin().byte, Some(104));
        assert!(e
            .to_string()
            .starts_with("in.jsonl:3 (byte 104): not valid UTF-8"));
        let e = decode(b"ab\0cd".to_vec(), &origin()).unwrap_err();
        assert!(matches!(e, InputError::Binary { .. }));
    }

    #[test]
    fn parses_records_and_refuses_bad_ones() {
        let d = parse_record(
            r#"{"id": 7, "text": "نص", "published": "2015-07-21"}"#.as_bytes(),
            &origin(),
            None,
        )
        .unwrap();
        assert_eq!(
            (d.id.as_str(), d.published.unwrap().to_string()),
            ("7", "2015-07-21".to_string())
        );
        let e = parse_record(br#"{"id": "x"}"#, &origin(), None).unwrap_err();
        assert!(matches!(e, InputError::MissingField { field: "text", .. }));
        let e = parse_record(
            br#"{"id": "x", "text": "t", "published": "3015-01-01"}"#,
            &origin(),
            None,
        )
        .unwrap_err();
        assert!(e.to_string().contains("bad `published` date"));
        let e = parse_record(br#"{"id": "x", "text": "#, &origin(), None).unwrap_err();
        assert!(matches!(e, InputError::MalformedJson { .. }));
    }

    #[test]
    fn jsonl_reader_counts_lines_and_bytes() {
        let data = "{\"text\": \"أ\"}\n\nnot json\n{\"text\": \"ب\"}\n";
        let items: Vec<Item> = JsonlReader::new(data.as_bytes(), "s", None).collect();
        assert_eq!(items.len(), 3);
        let e = items[1].as_ref().unwrap_err();
        assert_eq!(e.origin().line, Some(3));
        assert_eq!(
            e.origin().byte,
            Some(("{\"text\": \"أ\"}\n\n").len() as u64)
        );
        assert!(items[2].is_ok());
    }

    #[test]
    fn ids_from_file_names() {
        assert_eq!(
            id_from_path(Path::new("a/seed-kss-volunteers.ar.txt")),
            "seed-kss-volunteers"
        );
        assert_eq!(id_from_path(Path::new("x.txt")), "x");
    }
}
