//! Python's reading of JSON values: `dict.get`, truthiness, `==`, `<=` between numbers and
//! `float()`. score.py compares gold and system values with these, so mixed ints, floats and
//! bools (`True == 1`) must behave as in Python.

use crate::pychar::{decimal_value, is_space};
use serde_json::{Number, Value};
use std::cmp::Ordering;

static NULL: Value = Value::Null;

/// `d.get(key)` with `None` (JSON null) for a missing key or a value that is not an object.
pub fn get<'a>(v: &'a Value, key: &str) -> &'a Value {
    v.get(key).unwrap_or(&NULL)
}

/// `key in d`.
pub fn has_key(v: &Value, key: &str) -> bool {
    v.as_object().is_some_and(|m| m.contains_key(key))
}

/// Python's `bool(v)`.
pub fn truthy(v: &Value) -> bool {
    match v {
        Value::Null => false,
        Value::Bool(b) => *b,
        Value::Number(n) => n.as_f64().is_some_and(|x| x != 0.0),
        Value::String(s) => !s.is_empty(),
        Value::Array(a) => !a.is_empty(),
        Value::Object(m) => !m.is_empty(),
    }
}

/// Python's `a or b`.
pub fn or<'a>(a: &'a Value, b: &'a Value) -> &'a Value {
    if truthy(a) {
        a
    } else {
        b
    }
}

/// `v if isinstance(v, list) else [v]`.
pub fn as_list(v: &Value) -> Vec<&Value> {
    match v {
        Value::Array(items) => items.iter().collect(),
        _ => vec![v],
    }
}

/// The items of a list-valued field. Where score.py would iterate something that is not a
/// list (and crash, or walk a string's characters), the port sees no items.
pub fn items(v: &Value) -> &[Value] {
    v.as_array().map(Vec::as_slice).unwrap_or(&[])
}

/// A number the way Python holds it after `json.load`: bools are ints, ints are exact.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum PyNum {
    Int(i128),
    Float(f64),
}

impl PyNum {
    pub fn of(v: &Value) -> Option<PyNum> {
        match v {
            Value::Bool(b) => Some(PyNum::Int(i128::from(*b))),
            Value::Number(n) => Some(Self::of_number(n)),
            _ => None,
        }
    }

    fn of_number(n: &Number) -> PyNum {
        if let Some(i) = n.as_i64() {
            PyNum::Int(i128::from(i))
        } else if let Some(u) = n.as_u64() {
            PyNum::Int(i128::from(u))
        } else {
            PyNum::Float(n.as_f64().unwrap_or(f64::NAN))
        }
    }

    /// Python's `float(self)`: ints round to the nearest double, ties to even, as `as` does.
    pub fn to_f64(self) -> f64 {
        match self {
            PyNum::Int(i) => i as f64,
            PyNum::Float(x) => x,
        }
    }

    /// Python's exact ordering of numbers: an int and a float compare by value, never by
    /// rounding the int to a float; NaN is unordered.
    pub fn partial_cmp(self, other: PyNum) -> Option<Ordering> {
        match (self, other) {
            (PyNum::Int(a), PyNum::Int(b)) => Some(a.cmp(&b)),
            (PyNum::Float(a), PyNum::Float(b)) => a.partial_cmp(&b),
            (PyNum::Int(a), PyNum::Float(b)) => cmp_int_float(a, b),
            (PyNum::Float(a), PyNum::Int(b)) => cmp_int_float(b, a).map(Ordering::reverse),
        }
    }

    /// Python's `self <= other`; false when either is NaN.
    pub fn le(self, other: PyNum) -> bool {
        matches!(
            self.partial_cmp(other),
            Some(Ordering::Less | Ordering::Equal)
        )
    }
}

/// Exact comparison of an integer with a double.
fn cmp_int_float(i: i128, x: f64) -> Option<Ordering> {
    if x.is_nan() {
        return None;
    }
    const EXACT_LIMIT: i128 = 1 << 53;
    if (-EXACT_LIMIT..=EXACT_LIMIT).contains(&i) {
        return (i as f64).partial_cmp(&x);
    }
    // |i| > 2^53: compare with the float's integer part, which is exact there or beyond i128
    if x >= 1.7e38 {
        return Some(Ordering::Less);
    }
    if x <= -1.7e38 {
        return Some(Ordering::Greater);
    }
    let whole = x.trunc() as i128;
    match i.cmp(&whole) {
        Ordering::Equal if x > x.trunc() => Some(Ordering::Less),
        Ordering::Equal if x < x.trunc() => Some(Ordering::Greater),
        other => Some(other),
    }
}

/// Python's `a == b` between two values parsed by `json.load`.
pub fn py_eq(a: &Value, b: &Value) -> bool {
    if let (Some(x), Some(y)) = (PyNum::of(a), PyNum::of(b)) {
        return x.partial_cmp(y) == Some(Ordering::Equal);
    }
    match (a, b) {
        (Value::Null, Value::Null) => true,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(p, q)| py_eq(p, q))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| py_eq(v, w)))
        }
        _ => false,
    }
}

/// `v in candidates` (membership by `==`).
pub fn py_in(v: &Value, candidates: &[&Value]) -> bool {
    candidates.iter().any(|c| py_eq(v, c))
}

/// Python's `float(v)`; `None` where Python raises (lists, objects, None, text that is not a
/// number).
pub fn py_float(v: &Value) -> Option<f64> {
    match v {
        Value::String(s) => float_from_text(s),
        _ => PyNum::of(v).map(PyNum::to_f64),
    }
}

/// Python's `float(str)`: Unicode decimal digits count as digits, Unicode spaces are trimmed,
/// single underscores may sit between digits, `inf`/`nan` in any case are accepted.
fn float_from_text(s: &str) -> Option<f64> {
    let ascii: String = s
        .chars()
        .map(|c| {
            if (c as u32) < 127 {
                c
            } else if is_space(c) {
                ' '
            } else {
                decimal_value(c).map_or('?', |d| char::from(b'0' + d))
            }
        })
        .collect();
    let trimmed = ascii.trim_matches(|c: char| " \t\n\r\x0b\x0c".contains(c));
    let without_underscores = remove_digit_underscores(trimmed)?;
    if without_underscores.is_empty() {
        return None;
    }
    without_underscores.parse().ok()
}

/// Drops underscores that stand between two digits; `None` if any other underscore occurs.
fn remove_digit_underscores(s: &str) -> Option<String> {
    let mut out = String::with_capacity(s.len());
    let mut prev = '\0';
    for c in s.chars() {
        if c == '_' {
            if !prev.is_ascii_digit() {
                return None;
            }
        } else {
            if prev == '_' && !c.is_ascii_digit() {
                return None;
            }
            out.push(c);
        }
        prev = c;
    }
    (prev != '_').then_some(out)
}

/// An integer the way Python would use it as an index or a `range()` bound (ints and bools).
pub fn py_int(v: &Value) -> Option<i64> {
    match PyNum::of(v)? {
        PyNum::Int(i) => Some(i.clamp(i128::from(i64::MIN), i128::from(i64::MAX)) as i64),
        PyNum::Float(_) => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn equality_mixes_ints_floats_and_bools_like_python() {
        assert!(py_eq(&json!(1), &json!(1.0)));
        assert!(py_eq(&json!(true), &json!(1)));
        assert!(py_eq(&json!(null), &json!(null)));
        assert!(!py_eq(&json!(null), &json!(0)));
        assert!(!py_eq(&json!("1"), &json!(1)));
        assert!(py_eq(&json!([1, "a"]), &json!([1.0, "a"])));
        assert!(py_eq(&json!({"a": 1, "b": 2}), &json!({"b": 2, "a": 1})));
    }

    #[test]
    fn int_float_order_is_exact() {
        let big = PyNum::Int((1 << 53) + 1);
        let float = PyNum::Float(9007199254740992.0);
        assert_eq!(big.partial_cmp(float), Some(Ordering::Greater));
        assert!(PyNum::Int(10).le(PyNum::Float(10.0)));
        assert!(!PyNum::Float(f64::NAN).le(PyNum::Int(1)));
    }

    #[test]
    fn float_of_text_follows_python() {
        assert_eq!(py_float(&json!("45000")), Some(45000.0));
        assert_eq!(py_float(&json!(" ٤٥ ")), Some(45.0));
        assert_eq!(py_float(&json!("1_000.5")), Some(1000.5));
        assert_eq!(py_float(&json!("1__0")), None);
        assert_eq!(py_float(&json!("_1")), None);
        assert_eq!(py_float(&json!("Infinity")), Some(f64::INFINITY));
        assert_eq!(py_float(&json!("ألف")), None);
        assert_eq!(py_float(&json!("")), None);
        assert_eq!(py_float(&json!("5.")), Some(5.0));
        assert_eq!(py_float(&json!(".5")), Some(0.5));
        assert_eq!(py_float(&json!("1e")), None);
        assert_eq!(py_float(&json!("infinit")), None);
        assert_eq!(py_float(&json!("1 0")), None);
        assert!(py_float(&json!("-nan")).is_some_and(f64::is_nan));
        assert_eq!(py_float(&json!("\u{a0}+1E2\u{3000}")), Some(100.0));
        assert_eq!(py_float(&json!(true)), Some(1.0));
        assert_eq!(py_float(&json!(null)), None);
        assert_eq!(py_float(&json!([1])), None);
    }

    #[test]
    fn truthiness() {
        assert!(!truthy(&json!(0.0)) && !truthy(&json!("")) && !truthy(&json!([])));
        assert!(truthy(&json!("x")) && truthy(&json!([0])) && truthy(&json!(-1)));
        assert_eq!(or(&json!(""), &json!("b")), &json!("b"));
    }
}
