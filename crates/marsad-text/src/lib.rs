//! The text layer of Marsad: what every later layer reads.
//!
//! - [`normalize`]: the matching form of Arabic text (never the original).
//! - [`clitics`]: proclitics joined to words (و ف ب ل ك س ال).
//! - [`tokenize`]: tokens with spans, matching forms and proclitics.
//! - [`sentences`]: sentences that keep quotations whole.
//! - [`script`]: is the document Arabic at all.
//! - [`provenance`]: datelines, bylines and credit lines.
//!
//! [`TextLayer`] runs them all as one pipeline stage.

pub mod clitics;
pub mod lexicon;
pub mod normalize;
pub mod phrases;
pub mod provenance;
pub mod script;
pub mod sentences;
pub mod tokenize;

pub use normalize::normalize;

use marsad_core::{Document, Lang, Stage};

/// The text layer as a pipeline stage: script check, tokens, sentences, provenance.
#[derive(Debug, Default, Clone, Copy)]
pub struct TextLayer;

impl Stage for TextLayer {
    fn name(&self) -> &'static str {
        "text"
    }

    fn annotate(&self, doc: &mut Document) {
        script::check_script(doc);
        if doc.lang == Lang::Other {
            return;
        }
        tokenize::tokenize(doc);
        sentences::split_sentences(doc);
        provenance::find_provenance(doc);
    }

    fn runs_on_other_scripts(&self) -> bool {
        true
    }
}
