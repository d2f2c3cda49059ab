//! What the event layer's examples share.

use marsad_core::Pipeline;

/// The layers the event coder reads, as `marsad extract` runs them: text,
/// times, quantities, linked entities and quotes.
pub fn layers_before_events() -> Pipeline {
    Pipeline::new()
        .with(marsad_text::TextLayer)
        .with(marsad_time::TimeLayer)
        .with(marsad_quantity::QuantityLayer)
        .with(marsad_ner::NerLayer::new())
        .with(marsad_kb::KbLayer::new())
        .with(marsad_quote::QuoteLayer)
}
