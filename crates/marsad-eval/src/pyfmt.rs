//! How Python prints things: `repr(float)`, `round(x, n)`, `repr(str)`, `str()`/`repr()` of
//! JSON values and `json.dumps(..., ensure_ascii=False)`. score.py's log lines and its `--json`
//! output are made of these, so the port has to print them byte for byte.

use crate::pychar::is_printable;
use serde_json::{Map, Number, Value};
use std::fmt::Write;

/// Python's `repr(x)` for a float: the shortest digits that read back as `x`, in fixed notation
/// with a `.0` for whole numbers when the decimal exponent is in -4..16, else `1e+16` style.
pub fn float_repr(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf" } else { "-inf" }.into();
    }
    let (negative, digits, decimal_point) = shortest_digits(x);
    let body = if decimal_point <= -4 || decimal_point > 16 {
        exponent_notation(&digits, decimal_point)
    } else {
        fixed_notation(&digits, decimal_point)
    };
    if negative {
        format!("-{body}")
    } else {
        body
    }
}

/// Shortest round-trip decimal digits of `x` (no leading/trailing zeros, "0" for zero) and the
/// decimal point position: `x = 0.DIGITS * 10^point`.
///
/// Rust's `{:e}` finds the shortest length, but breaks an exact tie between two candidates of
/// that length upward, where Python's dtoa takes the even one (1558189431174092.25 prints as
/// ...092.2). Re-printing with that many digits in Rust's exact mode, which rounds half to even,
/// gives Python's choice.
fn shortest_digits(x: f64) -> (bool, String, i32) {
    let shortest = format!("{:e}", x.abs());
    let (mantissa, _) = shortest
        .split_once('e')
        .expect("{:e} always has an exponent");
    let length = mantissa.chars().filter(char::is_ascii_digit).count();
    let exact = format!("{:.*e}", length - 1, x.abs());
    let (mantissa, exponent) = exact.split_once('e').expect("{:e} always has an exponent");
    let digits: String = mantissa.chars().filter(char::is_ascii_digit).collect();
    let exponent: i32 = exponent.parse().expect("{:e} exponent is an integer");
    (x.is_sign_negative(), digits, exponent + 1)
}

fn exponent_notation(digits: &str, decimal_point: i32) -> String {
    let exponent = decimal_point - 1;
    let sign = if exponent < 0 { '-' } else { '+' };
    let (first, rest) = digits.split_at(1);
    let dot = if rest.is_empty() { "" } else { "." };
    format!("{first}{dot}{rest}e{sign}{:02}", exponent.abs())
}

fn fixed_notation(digits: &str, decimal_point: i32) -> String {
    let n = digits.len() as i32;
    if decimal_point <= 0 {
        format!("0.{}{digits}", "0".repeat((-decimal_point) as usize))
    } else if decimal_point < n {
        let (int_part, frac_part) = digits.split_at(decimal_point as usize);
        format!("{int_part}.{frac_part}")
    } else {
        format!("{digits}{}.0", "0".repeat((decimal_point - n) as usize))
    }
}

/// Python's `round(x, ndigits)` for a float: the exact binary value rounded to `ndigits`
/// decimals, ties to even, read back as the nearest double. Rust's `{:.N}` formats the exact
/// binary value with ties to even too (checked against Python on ~200k values including exact
/// ties such as 0.03125), so formatting and parsing back reproduces it.
pub fn round_to(x: f64, ndigits: usize) -> f64 {
    if !x.is_finite() {
        return x;
    }
    format!("{x:.ndigits$}")
        .parse()
        .expect("a formatted float parses back")
}

/// Python's `repr(s)` for a string: single quotes unless the text has `'` and no `"`;
/// backslash escapes for the quote, `\\`, `\t`, `\n`, `\r`, and `\xNN`/`\uNNNN`/`\UNNNNNNNN`
/// for characters Python does not consider printable.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            _ if c == quote || c == '\\' => {
                out.push('\\');
                out.push(c);
            }
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if (c as u32) < 0x20 || c as u32 == 0x7F => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) < 0x7F || is_printable(c) => out.push(c),
            _ if (c as u32) <= 0xFF => {
                let _ = write!(out, "\\x{:02x}", c as u32);
            }
            _ if (c as u32) <= 0xFFFF => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => {
                let _ = write!(out, "\\U{:08x}", c as u32);
            }
        }
    }
    out.push(quote);
    out
}

/// How Python prints a JSON number it parsed: ints as integers, floats with `repr`.
fn number_repr(n: &Number) -> String {
    if n.is_f64() {
        float_repr(n.as_f64().unwrap_or(f64::NAN))
    } else {
        n.to_string()
    }
}

/// Python's `str(v)` for a value parsed by `json.load`: `None`, `True`, `2021.0`, the text of a
/// string as is, `['a', 'b']` for lists.
pub fn py_str(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        _ => py_repr(v),
    }
}

/// Python's `repr(v)` for a value parsed by `json.load`.
pub fn py_repr(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Number(n) => number_repr(n),
        Value::String(s) => str_repr(s),
        Value::Array(items) => {
            let inner: Vec<String> = items.iter().map(py_repr).collect();
            format!("[{}]", inner.join(", "))
        }
        Value::Object(map) => {
            let inner: Vec<String> = map
                .iter()
                .map(|(k, v)| format!("{}: {}", str_repr(k), py_repr(v)))
                .collect();
            format!("{{{}}}", inner.join(", "))
        }
    }
}

/// Python's `json.dumps(v, ensure_ascii=False)`: `", "` and `": "` separators, floats as
/// `repr`, non-ASCII text unescaped.
pub fn json_dumps(v: &Value) -> String {
    let mut out = String::new();
    write_json(&mut out, v);
    out
}

fn write_json(out: &mut String, v: &Value) {
    match v {
        Value::Null => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Number(n) => out.push_str(&json_number(n)),
        Value::String(s) => write_json_string(out, s),
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_json(out, item);
            }
            out.push(']');
        }
        Value::Object(map) => write_json_object(out, map),
    }
}

fn write_json_object(out: &mut String, map: &Map<String, Value>) {
    out.push('{');
    for (i, (k, v)) in map.iter().enumerate() {
        if i > 0 {
            out.push_str(", ");
        }
        write_json_string(out, k);
        out.push_str(": ");
        write_json(out, v);
    }
    out.push('}');
}

/// `json.dumps` spells the float specials the JavaScript way.
fn json_number(n: &Number) -> String {
    match n.as_f64() {
        Some(x) if n.is_f64() && x.is_nan() => "NaN".into(),
        Some(x) if n.is_f64() && x.is_infinite() => {
            if x > 0.0 { "Infinity" } else { "-Infinity" }.into()
        }
        _ => number_repr(n),
    }
}

/// The escapes of Python's `encode_basestring` (used with `ensure_ascii=False`).
fn write_json_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{08}' => out.push_str("\\b"),
            '\u{0C}' => out.push_str("\\f"),
            _ if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn float_repr_matches_python() {
        let cases = [
            (1.0, "1.0"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (0.5, "0.5"),
            (0.8333, "0.8333"),
            (1.0 / 3.0, "0.3333333333333333"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-7, "1.5e-07"),
            (1e15, "1000000000000000.0"),
            (1e16, "1e+16"),
            (1.2345e16, "1.2345e+16"),
            (45000.0, "45000.0"),
            (-2.5, "-2.5"),
            (1558189431174092.2, "1558189431174092.2"),
            (f64::INFINITY, "inf"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want, "repr({x:?})");
        }
    }

    #[test]
    fn round_is_half_even_on_the_binary_value() {
        assert_eq!(round_to(0.03125, 4), 0.0312);
        assert_eq!(round_to(0.83333333, 4), 0.8333);
        assert_eq!(round_to(2.0 / 3.0, 4), 0.6667);
        assert_eq!(round_to(0.5, 0), 0.0);
        assert_eq!(round_to(1.5, 0), 2.0);
        // 0.00015 is slightly below the tie in binary, so it rounds down
        assert_eq!(round_to(0.00015, 4), 0.0001);
    }

    #[test]
    fn str_repr_picks_quotes_and_escapes_like_python() {
        assert_eq!(str_repr("كتائب"), "'كتائب'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("\t\\\u{1}\u{7f}"), "'\\t\\\\\\x01\\x7f'");
        assert_eq!(
            str_repr("\u{a0}\u{200c}\u{e0001}😀"),
            "'\\xa0\\u200c\\U000e0001😀'"
        );
    }

    #[test]
    fn str_and_repr_of_json_values() {
        assert_eq!(py_str(&json!(null)), "None");
        assert_eq!(py_str(&json!(true)), "True");
        assert_eq!(py_str(&json!(2021)), "2021");
        assert_eq!(py_str(&json!(2021.0)), "2021.0");
        assert_eq!(py_str(&json!("2021")), "2021");
        assert_eq!(py_str(&json!(["أ", 1, null])), "['أ', 1, None]");
        assert_eq!(py_repr(&json!({"a": [false]})), "{'a': [False]}");
    }

    #[test]
    fn json_dumps_like_python() {
        let v = json!({"start": 3, "value": 1.0, "unit": "مكالمة\n\"x\"", "mod": null, "l": [], "o": {}});
        assert_eq!(
            json_dumps(&v),
            r#"{"start": 3, "value": 1.0, "unit": "مكالمة\n\"x\"", "mod": null, "l": [], "o": {}}"#
        );
        assert_eq!(json_dumps(&json!("\u{1}\u{7f}")), "\"\\u0001\u{7f}\"");
    }
}
