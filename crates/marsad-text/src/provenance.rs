//! Provenance: placeholder until datelines and credit lines are read.
use marsad_core::Document;

pub fn find_provenance(_doc: &mut Document) {}
