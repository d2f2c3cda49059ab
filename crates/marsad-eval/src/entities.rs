//! Entity matching: score.py's `entity_forms`, `match_entity`, `sys_entity_forms` and
//! `score_entities`. Quotes and events find gold entities through the same `match_entity`.

use crate::layer::Layer;
use crate::normalize::{norm, norm_value};
use crate::pyfmt::{py_repr, py_str};
use crate::pyvalue::{get, has_key, items, py_eq, py_float, py_int, truthy, PyNum};
use crate::text::slice;
use serde_json::Value;
use std::collections::HashSet;

/// The gold entities of one document with their normalized names and aliases, computed once
/// (score.py recomputes them on every lookup; the result is the same).
pub(crate) struct GoldEntities<'a> {
    pub entities: &'a [Value],
    pub forms: Vec<HashSet<String>>,
}

impl<'a> GoldEntities<'a> {
    pub fn new(entities: &'a [Value]) -> Self {
        let forms = entities.iter().map(entity_forms).collect();
        GoldEntities { entities, forms }
    }

    /// score.py's `match_entity`: index of the first gold entity that has `name` among its
    /// normalized forms. Entities are told apart by index, as Python's `is` tells them apart.
    pub fn match_name(&self, name: &Value) -> Option<usize> {
        let n = norm_value(name);
        if n.is_empty() {
            return None;
        }
        self.forms.iter().position(|forms| forms.contains(&n))
    }

    fn all_forms(&self) -> HashSet<&str> {
        self.forms
            .iter()
            .flat_map(|forms| forms.iter().map(String::as_str))
            .collect()
    }
}

/// score.py's `entity_forms`: normalized name and aliases, without "".
fn entity_forms(entity: &Value) -> HashSet<String> {
    std::iter::once(get(entity, "name"))
        .chain(items(get(entity, "aliases")))
        .map(norm_value)
        .filter(|form| !form.is_empty())
        .collect()
}

/// score.py's `sys_entity_forms`: the normalized system name and mention texts, without "".
/// A mention whose bounds are not integers or null (Python would raise) is left out.
fn sys_entity_forms(entity: &Value, text: &[char]) -> HashSet<String> {
    let mut forms = HashSet::from([norm_value(get(entity, "name"))]);
    for mention in items(get(entity, "mentions")) {
        if let (Some(start), Some(end)) =
            (slice_bound(mention, "start"), slice_bound(mention, "end"))
        {
            forms.insert(norm(&slice(text, start, end)));
        }
    }
    forms.remove("");
    forms
}

/// A slice bound `m[key]`: `Some(None)` for null (an open bound in Python), `Some(Some(i))`
/// for an int or bool, `None` where Python would raise.
fn slice_bound(mention: &Value, key: &str) -> Option<Option<i64>> {
    if !has_key(mention, key) {
        return None;
    }
    match get(mention, key) {
        Value::Null => Some(None),
        v => py_int(v).map(Some),
    }
}

/// score.py's `score_entities` for one document.
pub(crate) fn score_entities(
    layer: &mut Layer,
    gold: &GoldEntities,
    system: &[Value],
    text: &[char],
    log: &mut Vec<String>,
) {
    layer.n_r += gold.entities.len();
    layer.n_p += system.len();
    let system_forms: Vec<HashSet<String>> =
        system.iter().map(|s| sys_entity_forms(s, text)).collect();
    let mut matched_system = HashSet::new();
    for (g, g_forms) in gold.entities.iter().zip(&gold.forms) {
        let hit = system
            .iter()
            .zip(&system_forms)
            .position(|(s, s_forms)| same_wikidata(g, s) || !g_forms.is_disjoint(s_forms));
        let Some(hit) = hit else {
            log.push(format!(
                "  entities MISSED {} ({})",
                py_repr(get(g, "name")),
                py_str(get(g, "type"))
            ));
            continue;
        };
        layer.tp_r += 1;
        matched_system.insert(hit);
        check_matched_entity(layer, g, &system[hit], log);
    }
    let all_gold_forms = gold.all_forms();
    for (j, (s, s_forms)) in system.iter().zip(&system_forms).enumerate() {
        if matched_system.contains(&j)
            || s_forms.iter().any(|f| all_gold_forms.contains(f.as_str()))
        {
            layer.tp_p += 1;
        } else {
            log.push(format!("  entities EXTRA {}", py_repr(get(s, "name"))));
        }
    }
}

/// `g.get("wikidata") and s.get("wikidata") == g["wikidata"]`.
fn same_wikidata(g: &Value, s: &Value) -> bool {
    truthy(get(g, "wikidata")) && py_eq(get(s, "wikidata"), get(g, "wikidata"))
}

/// Type accuracy, and place accuracy for gold entities that carry a point.
fn check_matched_entity(layer: &mut Layer, g: &Value, s: &Value, log: &mut Vec<String>) {
    layer.add_acc("type_accuracy", py_eq(get(s, "type"), get(g, "type")));
    if !has_key(g, "lat") {
        return;
    }
    let ok = place_is_close(g, s);
    layer.add_acc("place_accuracy", ok);
    if !ok {
        log.push(format!(
            "  entities PLACE {} -> {},{}",
            py_repr(get(g, "name")),
            py_str(get(s, "lat")),
            py_str(get(s, "lon"))
        ));
    }
}

/// The system point lies within 50 km (district, city, facility) or 250 km of the gold point.
/// Coordinates Python's `math` would reject (text, lists) count as wrong, not as a crash.
fn place_is_close(g: &Value, s: &Value) -> bool {
    if get(s, "lat").is_null() || get(s, "lon").is_null() {
        return false;
    }
    let fine = ["district", "city", "facility"]
        .iter()
        .any(|p| py_eq(get(g, "precision"), &Value::from(*p)));
    let tolerance_km = if fine { 50.0 } else { 250.0 };
    let point = |e: &Value| Some((math_float(get(e, "lat"))?, math_float(get(e, "lon"))?));
    match (point(g), point(s)) {
        (Some(a), Some(b)) => haversine(a, b) <= tolerance_km,
        _ => false,
    }
}

/// What Python's `math` functions accept as a float: numbers and bools, not text.
fn math_float(v: &Value) -> Option<f64> {
    PyNum::of(v).and_then(|_| py_float(v))
}

/// score.py's `haversine`, operation for operation. `x ** 2` is Python's `pow(x, 2.0)` from
/// the C library; the exponent goes through `black_box` so the compiler cannot turn it into
/// `x * x`, which may differ from libm's pow in the last bit.
fn haversine(a: (f64, f64), b: (f64, f64)) -> f64 {
    let two = std::hint::black_box(2.0f64);
    let (la1, lo1, la2, lo2) = (
        a.0.to_radians(),
        a.1.to_radians(),
        b.0.to_radians(),
        b.1.to_radians(),
    );
    let h = ((la2 - la1) / 2.0).sin().powf(two)
        + la1.cos() * la2.cos() * ((lo2 - lo1) / 2.0).sin().powf(two);
    // (6371 * 2) is an int product in Python before it meets the float
    12742.0 * h.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn haversine_matches_python_digits() {
        // python3: score.haversine((36.19, 44.01), (33.31, 44.37))
        assert_eq!(
            haversine((36.19, 44.01), (33.31, 44.37)),
            321.92512381489087
        );
    }

    #[test]
    fn match_name_uses_normalized_aliases_and_first_entity_wins() {
        let entities = vec![
            json!({"name": "الحرس الثوري الإيراني", "aliases": ["الحرس الثوري"]}),
            json!({"name": "الحرس الثوري", "aliases": []}),
        ];
        let gold = GoldEntities::new(&entities);
        assert_eq!(gold.match_name(&json!("والحرس الثوري")), Some(0));
        assert_eq!(gold.match_name(&json!("الحرس الثوري الايراني")), Some(0));
        assert_eq!(gold.match_name(&json!("")), None);
        assert_eq!(gold.match_name(&json!(null)), None);
        assert_eq!(gold.match_name(&json!("الجيش")), None);
    }
}
