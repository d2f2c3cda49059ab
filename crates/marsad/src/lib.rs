//! Marsad: reads Arabic news and writes down what happened.
//!
//! This crate assembles the layer crates into the standard [`pipeline`],
//! reads inputs ([`input`]) and implements the `marsad` commands
//! ([`extract`], [`eval`], [`bench`]). The binary only parses arguments.

pub mod bench;
pub mod eval;
pub mod extract;
pub mod input;
pub mod ner;
pub mod run;

use marsad_core::Pipeline;

/// Which layers a pipeline runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Layers {
    /// Only the text layer: script check, tokens, sentences, provenance.
    TextOnly,
    /// Everything Marsad can extract.
    #[default]
    All,
}

/// The pipeline every command runs: the text layer, then each extraction layer.
pub fn pipeline(layers: Layers) -> Pipeline {
    let pipeline = Pipeline::new().with(marsad_text::TextLayer);
    match layers {
        Layers::TextOnly => pipeline,
        Layers::All => pipeline.with(marsad_ner::NerLayer::new()),
    }
}
