//! The document model every Marsad stage reads and writes.
//!
//! A [`Document`] owns one original text and never changes it. Each pipeline
//! [`Stage`] adds its own layer (tokens, sentences, provenance, times,
//! quantities, entities, quotes, events); every annotation is a [`Span`] of
//! byte offsets into that text. Output converts byte offsets to the Unicode
//! code-point offsets that the scoring format requires ([`output`]).

pub mod date;
pub mod document;
pub mod layers;
pub mod output;
pub mod pipeline;
pub mod span;

pub use date::{Date, DateError};
pub use document::{Document, Lang, Proclitics, Sentence, Token, TokenKind};
pub use layers::*;
pub use pipeline::{Pipeline, Stage};
pub use span::{Span, SpanIndex};
