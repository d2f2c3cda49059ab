//! Numerals and quantities of Arabic news.
//!
//! - [`numeral`]: numbers in digits of every script and in words, ordinals.
//! - [`units`]: counted nouns, units of measure and units of time.
//! - [`QuantityLayer`]: the pipeline stage that writes `doc.quantities`:
//!   counts with their unit, duals as counts, fractions and percents, vague
//!   amounts as ranges, approximators and bounds, and ranges.
//!
//! Word lists live in `data/` and are parsed once.

pub mod layer;
pub mod lexicon;
pub mod numeral;
pub mod units;

pub use layer::QuantityLayer;
pub use numeral::{parse_number, parse_ordinal, Numeral};

use marsad_core::Document;

/// A document holding `text`, tokenized by the text layer (for tests and tools).
pub fn tokenized(text: &str) -> Document {
    let mut doc = Document::new("text", text);
    marsad_text::tokenize::tokenize(&mut doc);
    doc
}
