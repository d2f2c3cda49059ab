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
/// Built from the set of offsets a document's layers use: sorted once, then
/// one walk over the text, so the cost is linear in the text plus
/// `k log k` in the number of offsets, with no per-byte table.
pub struct CharOffsets {
    bytes: Vec<usize>,
    chars: Vec<usize>,
}

impl CharOffsets {
    pub fn new(text: &str, mut offsets: Vec<usize>) -> CharOffsets {
        offsets.sort_unstable();
        offsets.dedup();
        let mut chars = Vec::with_capacity(offsets.len());
        let (mut byte, mut char_index) = (0usize, 0usize);
        for &target in &offsets {
            // Count the code points between the last offset and this one:
            // every byte that is not a UTF-8 continuation byte starts one.
            let end = target.min(text.len());
            char_index += text.as_bytes()[byte.min(end)..end]
                .iter()
                .filter(|&&b| (b as i8) >= -0x40)
                .count();
            byte = byte.max(end);
            chars.push(char_index);
        }
        CharOffsets {
            bytes: offsets,
            chars,
        }
    }

    /// The code-point offset of a byte offset given to [`CharOffsets::new`].
    pub fn char_of(&self, byte: usize) -> usize {
        let i = self
            .bytes
            .binary_search(&byte)
            .expect("offset was registered with CharOffsets::new");
        self.chars[i]
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
    #[serde(skip_serializing_if = "String::is_empty")]
    proclitics: String,
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
    tokens: Option<Vec<TokenOut<'a>>>,
    times: Vec<Spanned<'a, TimeExpr>>,
    quantities: Vec<Spanned<'a, Quantity>>,
    entities: Vec<EntityOut<'a>>,
    quotes: Vec<Spanned<'a, Quote>>,
    events: Vec<Spanned<'a, Event>>,
}

/// Every byte offset the output of `doc` will mention.
fn collect_offsets(doc: &Document, opts: OutputOptions) -> Vec<usize> {
    let mut spans: Vec<Span> = Vec::new();
    let p = &doc.provenance;
    spans.extend(p.dateline_place.iter().map(|c| c.span));
    for credits in [&p.source, &p.agency, &p.translated_by] {
        spans.extend(credits.iter().map(|c| c.span));
    }
    if opts.sentences {
        spans.extend(doc.sentences.iter().map(|s| s.span));
    }
    if opts.tokens {
        spans.extend(doc.tokens.iter().map(|t| t.span));
    }
    spans.extend(doc.times.iter().map(|t| t.span));
    spans.extend(doc.quantities.iter().map(|q| q.span));
    spans.extend(doc.entities.iter().flat_map(|e| e.mentions.iter().copied()));
    spans.extend(doc.quotes.iter().map(|q| q.span));
    spans.extend(doc.events.iter().map(|e| e.span));
    spans.iter().flat_map(|s| [s.start, s.end]).collect()
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
    let offsets = CharOffsets::new(&doc.text, collect_offsets(doc, opts));
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
        tokens: opts.tokens.then(|| {
            doc.tokens
                .iter()
                .map(|t| {
                    let stem = if t.proclitics.is_empty() {
                        ""
                    } else {
                        doc.stem(t)
                    };
                    let span = offsets.span(t.span);
                    TokenOut {
                        start: span.start,
                        end: span.end,
                        kind: t.kind,
                        norm: doc.norm(t),
                        stem,
                        proclitics: t.proclitics.label(),
                    }
                })
                .collect()
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
        let offsets = CharOffsets::new(text, vec![k, 0, q, text.len(), q]);
        assert_eq!(offsets.char_of(0), 0);
        assert_eq!(offsets.char_of(q), 5);
        assert_eq!(offsets.char_of(k), 11);
        assert_eq!(offsets.char_of(text.len()), text.chars().count());
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
