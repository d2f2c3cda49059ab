//! The JSON a document is written as: FORMAT.md's scoring view and more.
//!
//! Offsets in the output are Unicode code-point offsets (end exclusive), as
//! the scoring format requires; inside the pipeline they are byte offsets.
//! [`CharOffsets`] converts all of a document's offsets in one pass.

use crate::document::{Document, Lang, TokenKind};
use crate::layers::*;
use crate::span::Span;
use serde::Serialize;

/// What to include beyond the scoring view.
#[derive(Debug, Clone, Copy)]
pub struct OutputOptions {
    /// Write every token (large: roughly ten times the input size).
    pub tokens: bool,
    /// Write sentence spans.
    pub sentences: bool,
}

impl Default for OutputOptions {
    fn default() -> Self {
        OutputOptions {
            tokens: true,
            sentences: true,
        }
    }
}

/// Maps byte offsets of one text to code-point offsets.
///
/// Keeps the code-point count at every 64th byte (a table one sixteenth the
/// size of the text, as `u32`), so any offset converts by counting at most
/// 63 bytes, and memory stays small even for a document of a hundred megabytes.
pub struct CharOffsets<'t> {
    text: &'t str,
    checkpoints: Vec<u32>,
}

const CHECKPOINT_BYTES: usize = 64;

/// Whether a byte starts a code point (is not a UTF-8 continuation byte).
fn starts_char(b: u8) -> bool {
    (b as i8) >= -0x40
}

impl<'t> CharOffsets<'t> {
    pub fn new(text: &'t str) -> CharOffsets<'t> {
        let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT_BYTES + 1);
        let mut count = 0u32;
        for block in text.as_bytes().chunks(CHECKPOINT_BYTES) {
            checkpoints.push(count);
            count += block.iter().filter(|&&b| starts_char(b)).count() as u32;
        }
        checkpoints.push(count);
        CharOffsets { text, checkpoints }
    }

    /// The code-point offset of a byte offset on a char boundary.
    pub fn char_of(&self, byte: usize) -> usize {
        let byte = byte.min(self.text.len());
        let block = byte / CHECKPOINT_BYTES;
        let from = block * CHECKPOINT_BYTES;
        let within = self.text.as_bytes()[from..byte]
            .iter()
            .filter(|&&b| starts_char(b))
            .count();
        self.checkpoints[block] as usize + within
    }

    pub fn span(&self, span: Span) -> CharSpan {
        CharSpan {
            start: self.char_of(span.start),
            end: self.char_of(span.end),
        }
    }
}

/// A span in code points, as written to the output.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct CharSpan {
    pub start: usize,
    pub end: usize,
}

#[derive(Serialize)]
struct Spanned<'a, T: Serialize> {
    #[serde(flatten)]
    span: CharSpan,
    #[serde(flatten)]
    item: &'a T,
}

#[derive(Serialize)]
struct TokenOut<'a> {
    start: usize,
    end: usize,
    kind: TokenKind,
    norm: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    stem: &'a str,
    #[serde(skip_serializing_if = "str::is_empty")]
    proclitics: &'static str,
}

/// A document's tokens, serialized one at a time as the writer asks for them,
/// so that output needs no copy of the token layer.
struct TokensOut<'a> {
    doc: &'a Document,
    offsets: &'a CharOffsets<'a>,
}

impl Serialize for TokensOut<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let doc = self.doc;
        serializer.collect_seq(doc.tokens.iter().map(|t| {
            let span = self.offsets.span(t.span);
            TokenOut {
                start: span.start,
                end: span.end,
                kind: t.kind,
                norm: doc.norm(t),
                stem: if t.proclitics.is_empty() {
                    ""
                } else {
                    doc.stem(t)
                },
                proclitics: proclitic_label(t.proclitics),
            }
        }))
    }
}

/// The label of a proclitic set (`و+ال`), made once for all 128 sets.
fn proclitic_label(p: crate::document::Proclitics) -> &'static str {
    static LABELS: std::sync::OnceLock<Vec<String>> = std::sync::OnceLock::new();
    let labels = LABELS.get_or_init(|| {
        (0..=u8::MAX)
            .map(|f| crate::document::Proclitics(f).label())
            .collect()
    });
    &labels[p.0 as usize]
}

#[derive(Serialize)]
struct EntityOut<'a> {
    #[serde(flatten)]
    entity: &'a Entity,
    mentions: Vec<CharSpan>,
}

#[derive(Serialize)]
struct ProvenanceOut<'a> {
    #[serde(skip_serializing_if = "Option::is_none")]
    dateline_place: Option<Spanned<'a, Credit>>,
    source: Vec<Spanned<'a, Credit>>,
    agency: Vec<Spanned<'a, Credit>>,
    translated_by: Vec<Spanned<'a, Credit>>,
}

#[derive(Serialize)]
struct DocumentOut<'a> {
    id: &'a str,
    lang: Lang,
    published: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    source: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    title: Option<&'a str>,
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    notes: &'a [String],
    provenance: ProvenanceOut<'a>,
    #[serde(skip_serializing_if = "Option::is_none")]
    sentences: Option<Vec<CharSpan>>,
    #[serde(skip_serializing_if = "Option::is_none")]
    tokens: Option<TokensOut<'a>>,
    times: Vec<Spanned<'a, TimeExpr>>,
    quantities: Vec<Spanned<'a, Quantity>>,
    entities: Vec<EntityOut<'a>>,
    quotes: Vec<Spanned<'a, Quote>>,
    events: Vec<Spanned<'a, Event>>,
}

fn spanned<'a, T: Serialize>(
    offsets: &CharOffsets,
    items: &'a [T],
    span_of: impl Fn(&T) -> Span,
) -> Vec<Spanned<'a, T>> {
    items
        .iter()
        .map(|item| Spanned {
            span: offsets.span(span_of(item)),
            item,
        })
        .collect()
}

/// Writes `doc` as one line of JSON (or indented with `pretty`).
pub fn write_json(
    doc: &Document,
    opts: OutputOptions,
    pretty: bool,
    out: &mut impl std::io::Write,
) -> serde_json::Result<()> {
    let offsets = CharOffsets::new(&doc.text);
    let p = &doc.provenance;
    let view = DocumentOut {
        id: &doc.id,
        lang: doc.lang,
        published: doc.published.map(|d| d.to_string()),
        source: doc.source.as_deref(),
        url: doc.url.as_deref(),
        title: doc.title.as_deref(),
        notes: &doc.notes,
        provenance: ProvenanceOut {
            dateline_place: p.dateline_place.as_ref().map(|c| Spanned {
                span: offsets.span(c.span),
                item: c,
            }),
            source: spanned(&offsets, &p.source, |c| c.span),
            agency: spanned(&offsets, &p.agency, |c| c.span),
            translated_by: spanned(&offsets, &p.translated_by, |c| c.span),
        },
        sentences: opts
            .sentences
            .then(|| doc.sentences.iter().map(|s| offsets.span(s.span)).collect()),
        tokens: opts.tokens.then_some(TokensOut {
            doc,
            offsets: &offsets,
        }),
        times: spanned(&offsets, &doc.times, |t| t.span),
        quantities: spanned(&offsets, &doc.quantities, |q| q.span),
        entities: doc
            .entities
            .iter()
            .map(|e| EntityOut {
                entity: e,
                mentions: e.mentions.iter().map(|m| offsets.span(*m)).collect(),
            })
            .collect(),
        quotes: spanned(&offsets, &doc.quotes, |q| q.span),
        events: spanned(&offsets, &doc.events, |e| e.span),
    };
    if pretty {
        serde_json::to_writer_pretty(&mut *out, &view)
    } else {
        serde_json::to_writer(&mut *out, &view)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_offsets_become_code_point_offsets() {
        let text = "قال: «نعم» ok";
        let q = text.find('«').unwrap();
        let k = text.find("ok").unwrap();
        let offsets = CharOffsets::new(text);
        assert_eq!(offsets.char_of(0), 0);
        assert_eq!(offsets.char_of(q), 5);
        assert_eq!(offsets.char_of(k), 11);
        assert_eq!(offsets.char_of(text.len()), text.chars().count());
        // Across many checkpoints: every char boundary of a long mixed text.
        let long = "بغداد - Reuters: ٤٥٬٠٠٠ ".repeat(50);
        let offsets = CharOffsets::new(&long);
        for (n, (b, _)) in long.char_indices().enumerate() {
            assert_eq!(offsets.char_of(b), n);
        }
        assert_eq!(offsets.char_of(long.len()), long.chars().count());
    }

    #[test]
    fn writes_the_scoring_view_with_char_offsets() {
        let mut doc = Document::new("d1", "في 19 تشرين الثاني");
        let start = doc.text.find("19").unwrap();
        doc.times.push(TimeExpr {
            span: Span::new(start, doc.text.len()),
            kind: TimeType::Date,
            value: "2021-11-19".into(),
            modifier: None,
        });
        let mut buf = Vec::new();
        write_json(&doc, OutputOptions::default(), false, &mut buf).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&buf).unwrap();
        assert_eq!(v["times"][0]["start"], 3);
        assert_eq!(v["times"][0]["end"], 18);
        assert_eq!(v["times"][0]["type"], "DATE");
        assert_eq!(v["times"][0]["mod"], serde_json::Value::Null);
        assert_eq!(v["quantities"], serde_json::json!([]));
    }
}
