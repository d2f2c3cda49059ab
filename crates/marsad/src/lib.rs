//! Marsad: reads Arabic news and writes down what happened.
//!
//! This crate assembles the layer crates into the standard [`pipeline`],
//! reads inputs ([`input`]) and implements the `marsad` commands
//! ([`extract`], [`eval`], [`bench`]). The binary only parses arguments.

pub mod bench;
pub mod eval;
pub mod extract;
pub mod input;
pub mod kb;
pub mod ner;
pub mod run;

use marsad_core::Pipeline;

/// One extraction layer a user can ask for. The text layer always runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Layer {
    Times,
    Quantities,
    Entities,
    Quotes,
    Events,
}

impl Layer {
    pub const ALL: [Layer; 5] = [
        Layer::Times,
        Layer::Quantities,
        Layer::Entities,
        Layer::Quotes,
        Layer::Events,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layer::Times => "times",
            Layer::Quantities => "quantities",
            Layer::Entities => "entities",
            Layer::Quotes => "quotes",
            Layer::Events => "events",
        }
    }
}

/// Which layers a pipeline runs, besides the text layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Layers(Vec<Layer>);

impl Default for Layers {
    fn default() -> Self {
        Layers::all()
    }
}

impl Layers {
    /// Everything Marsad can extract.
    pub fn all() -> Layers {
        Layers(Layer::ALL.to_vec())
    }

    /// Only the text layer: script check, tokens, sentences, provenance.
    pub fn text_only() -> Layers {
        Layers(Vec::new())
    }

    pub fn has(&self, layer: Layer) -> bool {
        self.0.contains(&layer)
    }

    /// These layers without `layer` (the layers it reads stay).
    pub fn without(mut self, layer: Layer) -> Layers {
        self.0.retain(|l| *l != layer);
        self
    }

    /// Parses a comma-separated list such as `text,times,entities`
    /// (`text` may be named; it always runs; `all` means every layer).
    pub fn parse(list: &str) -> Result<Layers, String> {
        let mut out = Vec::new();
        for name in list.split(',').map(str::trim).filter(|n| !n.is_empty()) {
            match name {
                "text" => {}
                "all" => out.extend(Layer::ALL),
                _ => match Layer::ALL.iter().find(|l| l.name() == name) {
                    Some(l) => out.push(*l),
                    None => {
                        let known: Vec<&str> = Layer::ALL.iter().map(|l| l.name()).collect();
                        return Err(format!(
                            "unknown layer `{name}`; the layers are text, {}",
                            known.join(", ")
                        ));
                    }
                },
            }
        }
        Ok(Layers::with_dependencies(out))
    }

    /// Adds the layers each chosen layer reads: quantities leave durations
    /// and dates to the time layer, quotes need their speakers' entities,
    /// and events read every layer before them.
    fn with_dependencies(mut layers: Vec<Layer>) -> Layers {
        for layer in layers.clone() {
            let needs: &[Layer] = match layer {
                Layer::Quantities => &[Layer::Times],
                Layer::Quotes => &[Layer::Entities],
                Layer::Events => &[
                    Layer::Times,
                    Layer::Quantities,
                    Layer::Entities,
                    Layer::Quotes,
                ],
                Layer::Times | Layer::Entities => &[],
            };
            layers.extend_from_slice(needs);
        }
        layers.sort();
        layers.dedup();
        Layers(layers)
    }
}

/// The pipeline every command runs: the text layer, then the chosen layers
/// in dependency order (times and quantities, entities, quotes, events).
pub fn pipeline(layers: &Layers) -> Pipeline {
    let mut pipeline = Pipeline::new().with(marsad_text::TextLayer);
    if layers.has(Layer::Times) {
        pipeline = pipeline.with(marsad_time::TimeLayer);
    }
    if layers.has(Layer::Quantities) {
        pipeline = pipeline.with(marsad_quantity::QuantityLayer);
    }
    if layers.has(Layer::Entities) {
        pipeline = pipeline
            .with(marsad_ner::NerLayer::new())
            .with(marsad_kb::KbLayer::new());
    }
    if layers.has(Layer::Quotes) {
        pipeline = pipeline.with(marsad_quote::QuoteLayer);
    }
    if layers.has(Layer::Events) {
        pipeline = pipeline.with(marsad_event::EventLayer);
    }
    pipeline
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn layer_lists_parse_and_refuse_unknown_names() {
        assert_eq!(Layers::parse("text").unwrap(), Layers::text_only());
        assert_eq!(Layers::parse("all").unwrap(), Layers::all());
        let l = Layers::parse("text, entities,times").unwrap();
        assert!(l.has(Layer::Times) && l.has(Layer::Entities) && !l.has(Layer::Events));
        assert!(Layers::parse("times,weather")
            .unwrap_err()
            .contains("unknown layer `weather`"));
        let q = Layers::parse("quantities").unwrap();
        assert!(q.has(Layer::Times), "quantities bring the time layer along");
    }
}
