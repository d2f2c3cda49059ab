//! Span layers (times, quantities, quotes): score.py's `span_layer` and its checks.

use crate::entities::GoldEntities;
use crate::layer::Layer;
use crate::normalize::{norm, norm_value};
use crate::pyfmt::{json_dumps, py_repr, py_str, str_repr};
use crate::pyvalue::{as_list, get, has_key, or, py_eq, py_float, py_int, truthy, PyNum};
use crate::text::{locate, overlap, slice, Span};
use serde_json::Value;
use std::collections::HashSet;

/// Accuracy flags of one gold/system pair, in the order score.py's check builds its dict.
pub(crate) type Flags = Vec<(&'static str, bool)>;

/// score.py's `span_layer`: a gold item is found when some system span overlaps it; of the
/// overlapping system items the first with the most true flags is checked against it.
pub(crate) fn span_layer(
    layer: &mut Layer,
    gold_items: &[Value],
    system_items: &[Value],
    text: &[char],
    check: &dyn Fn(&Value, &Value) -> Flags,
    log: &mut Vec<String>,
    name: &str,
) {
    let gold_spans: Vec<Option<Span>> = gold_items.iter().map(|g| gold_span(g, text)).collect();
    let system_spans: Vec<Option<Span>> = system_items.iter().map(system_span).collect();
    layer.n_r += gold_items.len();
    layer.n_p += system_items.len();
    for (g, gold_span) in gold_items.iter().zip(&gold_spans) {
        let candidates: Vec<usize> = (0..system_items.len())
            .filter(|&j| spans_overlap(*gold_span, system_spans[j]))
            .collect();
        if candidates.is_empty() {
            log.push(format!("  {name} MISSED {}", py_repr(gold_key(g))));
            continue;
        }
        layer.tp_r += 1;
        let (best, flags) = best_candidate(&candidates, |j| check(g, &system_items[j]));
        for (flag, ok) in flags {
            layer.add_acc(flag, ok);
            if !ok {
                log.push(format!(
                    "  {name} WRONG {flag}: {} -> {}",
                    py_repr(gold_key(g)),
                    first_chars(&json_dumps(&system_items[best]), 200)
                ));
            }
        }
    }
    for system_span in &system_spans {
        if gold_spans.iter().any(|g| spans_overlap(*g, *system_span)) {
            layer.tp_p += 1;
        } else {
            let (start, end) = system_span.map_or((0, 0), |(s, e)| (s, e));
            let extra = slice(text, Some(start), Some(end));
            log.push(format!("  {name} EXTRA {}", str_repr(&extra)));
        }
    }
}

/// `gold and overlap(gold, system)`; a span that could not be read overlaps nothing.
fn spans_overlap(gold: Option<Span>, system: Option<Span>) -> bool {
    matches!((gold, system), (Some(g), Some(s)) if overlap(g, s))
}

/// The first candidate whose flags have a strictly greater count of trues than all before it.
fn best_candidate(candidates: &[usize], check: impl Fn(usize) -> Flags) -> (usize, Flags) {
    let score = |flags: &Flags| flags.iter().filter(|(_, ok)| *ok).count();
    let mut best: Option<(usize, Flags)> = None;
    for &j in candidates {
        let flags = check(j);
        if best.as_ref().is_none_or(|(_, b)| score(&flags) > score(b)) {
            best = Some((j, flags));
        }
    }
    best.expect("called with at least one candidate")
}

/// `g.get("text") or g.get("content")`: the surface string that locates a gold item.
fn gold_key(g: &Value) -> &Value {
    or(get(g, "text"), get(g, "content"))
}

/// `locate(text, key, g.get("nth", 1))`; `None` also where Python would raise (no string key,
/// an `nth` that is not an int).
fn gold_span(g: &Value, text: &[char]) -> Option<Span> {
    let key: Vec<char> = gold_key(g).as_str()?.chars().collect();
    let nth = if has_key(g, "nth") {
        py_int(get(g, "nth"))?
    } else {
        1
    };
    locate(text, &key, nth)
}

/// `(s["start"], s["end"])` when both are ints (or bools); otherwise Python would raise, and
/// the item is taken to overlap nothing.
fn system_span(s: &Value) -> Option<Span> {
    Some((py_int(get(s, "start"))?, py_int(get(s, "end"))?))
}

/// Python's `s[:n]` on a string: the first `n` code points.
fn first_chars(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((byte, _)) => &s[..byte],
        None => s,
    }
}

/// score.py's `check_time`: the system value printed by `str()` is one of the gold values.
pub(crate) fn check_time(g: &Value, s: &Value) -> Flags {
    let system_value = py_str(get(s, "value"));
    let ok = as_list(get(g, "value"))
        .into_iter()
        .any(|v| py_str(v) == system_value);
    vec![("value_accuracy", ok)]
}

/// score.py's `same_number`: exact for whole numbers, within 1% for fractions. Values Python's
/// `float()` rejects count as different rather than raising.
fn same_number(a: &Value, b: &Value) -> bool {
    if a.is_null() || b.is_null() {
        return false;
    }
    let (Some(a), Some(b)) = (py_float(a), py_float(b)) else {
        return false;
    };
    if b.is_finite() && b.trunc() == b {
        return a == b;
    }
    (a - b).abs() <= 0.01 * b.abs()
}

/// `lo <= x <= y <= ...`: a chain of Python `<=`; false when any value is not a number (Python
/// would raise on text or None).
fn ascending(values: &[&Value]) -> bool {
    let numbers: Option<Vec<PyNum>> = values.iter().map(|v| PyNum::of(v)).collect();
    numbers.is_some_and(|n| n.windows(2).all(|w| w[0].le(w[1])))
}

/// score.py's `check_quantity`: value (or range), mod and, when gold lists units, unit.
pub(crate) fn check_quantity(g: &Value, s: &Value) -> Flags {
    let value_ok = if has_key(g, "value") {
        let v = get(g, "value");
        same_number(get(s, "value"), v)
            || (same_number(get(s, "min"), v) && same_number(get(s, "max"), v))
    } else {
        let (lo, hi) = (get(g, "min"), get(g, "max"));
        if !get(s, "value").is_null() {
            ascending(&[lo, get(s, "value"), hi])
        } else {
            let (smin, smax) = (get(s, "min"), get(s, "max"));
            !smin.is_null() && !smax.is_null() && ascending(&[lo, smin, smax, hi])
        }
    };
    let mut flags = vec![
        ("value_accuracy", value_ok),
        ("mod_accuracy", py_eq(get(g, "mod"), get(s, "mod"))),
    ];
    if truthy(get(g, "unit")) {
        flags.push((
            "unit_accuracy",
            unit_matches(get(g, "unit"), get(s, "unit")),
        ));
    }
    flags
}

/// `norm(s.get("unit")) in {norm(u) for u in g["unit"]}`; a gold unit given as one string is
/// iterated by character, as Python does.
fn unit_matches(gold_units: &Value, system_unit: &Value) -> bool {
    let gold_forms: HashSet<String> = match gold_units {
        Value::String(s) => s.chars().map(|c| norm(&c.to_string())).collect(),
        Value::Array(units) => units.iter().map(norm_value).collect(),
        _ => HashSet::new(),
    };
    gold_forms.contains(&norm_value(system_unit))
}

/// score.py's quote check: gold and system speakers resolve to the same gold entity.
pub(crate) fn check_quote(entities: &GoldEntities, g: &Value, s: &Value) -> Flags {
    let gold_speaker = entities.match_name(get(g, "speaker"));
    // `s.get("speaker") or ""`: every falsy speaker normalizes to "" and matches nothing
    let system_speaker = entities.match_name(get(s, "speaker"));
    let ok = gold_speaker.is_some() && gold_speaker == system_speaker;
    vec![("speaker_accuracy", ok)]
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn same_number_is_exact_for_whole_numbers_and_one_percent_for_fractions() {
        assert!(same_number(&json!(45000), &json!(45000)));
        assert!(same_number(&json!(45000.0), &json!(45000)));
        assert!(same_number(&json!("45000"), &json!(45000)));
        assert!(!same_number(&json!(45001), &json!(45000)));
        assert!(same_number(&json!(0.33), &json!(0.333)));
        assert!(!same_number(&json!(0.32), &json!(0.333)));
        assert!(!same_number(&json!(null), &json!(1)));
        assert!(!same_number(&json!([1]), &json!(1)));
    }

    #[test]
    fn quantity_ranges_accept_values_and_ranges_inside() {
        let g = json!({"min": 10000, "max": 99999, "unit": ["مكالمه"]});
        let inside = json!({"value": 45000, "unit": "مكالمة"});
        let range_inside = json!({"value": null, "min": 20000, "max": 30000});
        let range_crossing = json!({"min": 5000, "max": 30000, "mod": "APPROX"});
        assert_eq!(
            check_quantity(&g, &inside),
            [
                ("value_accuracy", true),
                ("mod_accuracy", true),
                ("unit_accuracy", true)
            ]
        );
        assert_eq!(
            check_quantity(&g, &range_inside)[0],
            ("value_accuracy", true)
        );
        assert_eq!(
            check_quantity(&g, &range_crossing)[..2],
            [("value_accuracy", false), ("mod_accuracy", false)]
        );
        // Python raises comparing text with a number; the port counts it as a wrong value
        assert!(!check_quantity(&g, &json!({"value": "45000"}))[0].1);
    }

    #[test]
    fn time_values_compare_as_python_str() {
        let g = json!({"value": ["2020", "P1Y"]});
        assert_eq!(
            check_time(&g, &json!({"value": 2020})),
            [("value_accuracy", true)]
        );
        assert_eq!(
            check_time(&g, &json!({"value": 2020.0})),
            [("value_accuracy", false)]
        );
        assert_eq!(
            check_time(&json!({"value": null}), &json!({})),
            [("value_accuracy", true)]
        );
    }

    #[test]
    fn first_of_the_best_candidates_wins() {
        let flags = |j: usize| vec![("a", j >= 1), ("b", j == 3)];
        assert_eq!(best_candidate(&[0, 1, 2], flags).0, 1);
        assert_eq!(best_candidate(&[0, 1, 2, 3], flags).0, 3);
    }
}
