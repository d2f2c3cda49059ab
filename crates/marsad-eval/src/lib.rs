//! Marsad's scorer: system output against gold annotations, an exact port of the reference
//! scorer `shared/gold/tools/score.py` (rules in `shared/gold/FORMAT.md`). Every number, log
//! line and JSON byte is meant to equal what score.py prints for the same input; the
//! integration test `agrees_with_score_py` checks that against Python itself.
//!
//! Text is handled in code points (`Vec<char>`), as Python's `str` and the system offsets
//! count. Python's character classes (`\w`, `\s`, `isprintable`) come from tables generated
//! out of Python's `unicodedata` (see `tools/gen_unicode_tables.py`).
//!
//! Where the port cannot or does not follow Python:
//! - Where score.py would raise on malformed system output (text where a number is compared,
//!   a list where a name is normalized, float offsets, a layer that is not a list, an item
//!   that is not an object), the port does not fail: the value counts as wrong or the item
//!   matches nothing, and a non-list layer counts as empty.
//! - JSON is read by serde_json: the literal `-0` becomes the float -0.0 (Python: int 0),
//!   integers beyond 64 bits become floats, and `NaN`/`Infinity` literals and lone surrogate
//!   escapes are rejected (Python accepts them).
//! - System records whose `id` is not a string are dropped (they can match no gold id).
//! - The gold directory is listed literally; Python's glob would treat `[`, `*`, `?` in the
//!   directory path as patterns.
//! - `haversine` calls the C library's sin/cos/asin/pow as CPython does, so results agree on
//!   the same platform's libm.

mod assign;
mod entities;
mod error;
mod events;
mod gold;
mod layer;
mod normalize;
mod pychar;
mod pyfmt;
mod pyvalue;
mod spans;
mod text;
mod unicode_tables;

pub use assign::assign;
pub use error::EvalError;
pub use gold::{load_gold_dir, load_gold_file, read_system_jsonl, universal_newlines, GoldDoc};
pub use layer::{prf, LayerScore, Scoreboard};
pub use normalize::{norm, strip_word};
pub use pyfmt::{float_repr, json_dumps, round_to};
pub use text::{locate, Span};

use entities::GoldEntities;
use layer::Layer;
use pyvalue::{get, items};
use serde_json::{Map, Value};
use std::collections::HashMap;

/// The layers in score.py's order.
pub const LAYER_NAMES: [&str; 5] = ["times", "quantities", "entities", "quotes", "events"];

/// The Unicode version of the character tables (Python's `unicodedata` they were read from).
pub const UNICODE_VERSION: &str = unicode_tables::UNICODE_VERSION;

/// Scores `system` (records by id) against the gold documents, in the given order (use
/// `load_gold_dir`'s order to match score.py's log).
pub fn score(gold: &[GoldDoc], system: &HashMap<String, Value>) -> Scoreboard {
    let mut layers: Vec<Layer> = LAYER_NAMES.iter().map(|_| Layer::default()).collect();
    let mut log = Vec::new();
    let no_output = Value::Object(Map::new());
    for doc in gold {
        log.push(format!("{}:", doc.id));
        let output = system.get(&doc.id).unwrap_or_else(|| {
            log.push("  NO SYSTEM OUTPUT".into());
            &no_output
        });
        score_document(&mut layers, doc, output, &mut log);
    }
    Scoreboard {
        layers: LAYER_NAMES
            .iter()
            .zip(&layers)
            .map(|(name, layer)| (name.to_string(), layer.row()))
            .collect(),
        log,
    }
}

/// `d.get(key, [])` for a layer's list of items.
fn field<'a>(v: &'a Value, key: &str) -> &'a [Value] {
    items(get(v, key))
}

/// One document, every layer, in score.py's order (which is also the log's order).
fn score_document(layers: &mut [Layer], doc: &GoldDoc, output: &Value, log: &mut Vec<String>) {
    let text: Vec<char> = doc.text.chars().collect();
    let gold = &doc.gold;
    let entities = GoldEntities::new(field(gold, "entities"));
    let [times, quantities, entity_layer, quotes, events] = layers else {
        unreachable!("one layer per name");
    };
    spans::span_layer(
        times,
        field(gold, "times"),
        field(output, "times"),
        &text,
        &spans::check_time,
        log,
        "times",
    );
    spans::span_layer(
        quantities,
        field(gold, "quantities"),
        field(output, "quantities"),
        &text,
        &spans::check_quantity,
        log,
        "quantities",
    );
    entities::score_entities(
        entity_layer,
        &entities,
        field(output, "entities"),
        &text,
        log,
    );
    spans::span_layer(
        quotes,
        field(gold, "quotes"),
        field(output, "quotes"),
        &text,
        &|g, s| spans::check_quote(&entities, g, s),
        log,
        "quotes",
    );
    events::score_events(
        events,
        &entities,
        field(gold, "events"),
        field(output, "events"),
        log,
    );
}
