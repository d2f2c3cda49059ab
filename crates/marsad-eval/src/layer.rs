//! Per-layer counts and accuracies, and the scoreboard printed the way score.py prints it.

use crate::pyfmt::{float_repr, json_dumps, round_to};
use serde_json::{Map, Value};

/// score.py's `prf`: precision is 1 when the system reports nothing and there is nothing to
/// find (0 when it misses everything), recall is 1 when there is nothing to find.
pub fn prf(tp_p: usize, n_p: usize, tp_r: usize, n_r: usize) -> (f64, f64, f64) {
    let p = if n_p != 0 {
        tp_p as f64 / n_p as f64
    } else if n_r == 0 {
        1.0
    } else {
        0.0
    };
    let r = if n_r != 0 {
        tp_r as f64 / n_r as f64
    } else {
        1.0
    };
    let f = if p + r != 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

/// score.py's `Layer`: true positives on each side, item counts, and accuracy tallies in the
/// order their names first occur (that order shows in the output).
#[derive(Debug, Default)]
pub(crate) struct Layer {
    pub tp_p: usize,
    pub n_p: usize,
    pub tp_r: usize,
    pub n_r: usize,
    /// name, right, total
    acc: Vec<(String, usize, usize)>,
}

impl Layer {
    pub fn add_acc(&mut self, name: &str, ok: bool) {
        let index = match self.acc.iter().position(|(n, _, _)| n == name) {
            Some(i) => i,
            None => {
                self.acc.push((name.to_string(), 0, 0));
                self.acc.len() - 1
            }
        };
        let tally = &mut self.acc[index];
        tally.1 += usize::from(ok);
        tally.2 += 1;
    }

    /// score.py's `Layer.row()`: everything rounded to 4 decimals.
    pub fn row(&self) -> LayerScore {
        let (p, r, f) = prf(self.tp_p, self.n_p, self.tp_r, self.n_r);
        LayerScore {
            precision: round_to(p, 4),
            recall: round_to(r, 4),
            f1: round_to(f, 4),
            gold: self.n_r,
            system: self.n_p,
            accuracies: self
                .acc
                .iter()
                .map(|(name, right, total)| {
                    let accuracy =
                        (*total != 0).then(|| round_to(*right as f64 / *total as f64, 4));
                    (name.clone(), accuracy)
                })
                .collect(),
        }
    }
}

/// One layer's row: precision, recall and F1 (rounded to 4 decimals as score.py does), gold
/// and system item counts, and the accuracies over found items in score.py's order.
#[derive(Clone, Debug, PartialEq)]
pub struct LayerScore {
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    pub gold: usize,
    pub system: usize,
    pub accuracies: Vec<(String, Option<f64>)>,
}

impl LayerScore {
    /// `value_accuracy=0.8333 place_accuracy=None`, as score.py's table prints the extras.
    fn extras(&self) -> String {
        let parts: Vec<String> = self
            .accuracies
            .iter()
            .map(|(name, accuracy)| format!("{name}={}", optional_float_repr(*accuracy)))
            .collect();
        parts.join(" ")
    }

    fn to_json(&self) -> Value {
        let mut row = Map::new();
        row.insert("precision".into(), Value::from(self.precision));
        row.insert("recall".into(), Value::from(self.recall));
        row.insert("f1".into(), Value::from(self.f1));
        row.insert("gold".into(), Value::from(self.gold));
        row.insert("system".into(), Value::from(self.system));
        for (name, accuracy) in &self.accuracies {
            row.insert(name.clone(), accuracy.map_or(Value::Null, Value::from));
        }
        Value::Object(row)
    }
}

fn optional_float_repr(x: Option<f64>) -> String {
    x.map_or_else(|| "None".to_string(), float_repr)
}

/// The result of a scoring run: one row per layer (times, quantities, entities, quotes,
/// events) and score.py's `--verbose` log lines.
#[derive(Clone, Debug, PartialEq)]
pub struct Scoreboard {
    pub layers: Vec<(String, LayerScore)>,
    pub log: Vec<String>,
}

impl Scoreboard {
    /// What `score.py GOLD SYSTEM` prints: one line per layer, each ending in a newline. An
    /// empty extras part still leaves the space before it, as in score.py.
    pub fn table(&self) -> String {
        self.layers
            .iter()
            .map(|(name, row)| {
                format!(
                    "{name:<11} P={:.3} R={:.3} F1={:.3} gold={} sys={} {}\n",
                    row.precision,
                    row.recall,
                    row.f1,
                    row.gold,
                    row.system,
                    row.extras()
                )
            })
            .collect()
    }

    /// The object `score.py --json` prints, keys in score.py's order.
    pub fn to_json(&self) -> Value {
        let layers: Map<String, Value> = self
            .layers
            .iter()
            .map(|(name, row)| (name.clone(), row.to_json()))
            .collect();
        Value::Object(layers)
    }

    /// What `score.py --json` prints, without the final newline: `json.dumps(table,
    /// ensure_ascii=False)`, so `", "`/`": "` separators and Python's float spelling.
    pub fn to_json_string(&self) -> String {
        json_dumps(&self.to_json())
    }

    /// What `score.py --verbose` prints before the table or JSON: the log lines, each ending
    /// in a newline (a lone newline when there were no gold files).
    pub fn verbose_log(&self) -> String {
        format!("{}\n", self.log.join("\n"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prf_edge_cases() {
        assert_eq!(
            prf(0, 0, 0, 0),
            (1.0, 1.0, 1.0),
            "nothing to find, nothing found"
        );
        assert_eq!(prf(0, 0, 0, 3), (0.0, 0.0, 0.0), "silent system misses all");
        assert_eq!(prf(0, 2, 0, 0), (0.0, 1.0, 0.0), "only false alarms");
        assert_eq!(prf(1, 2, 1, 4), (0.5, 0.25, 2.0 * 0.5 * 0.25 / 0.75));
        assert_eq!(prf(0, 2, 0, 4), (0.0, 0.0, 0.0), "p + r == 0 gives f = 0");
    }

    fn board() -> Scoreboard {
        let mut times = Layer {
            tp_p: 5,
            n_p: 6,
            tp_r: 5,
            n_r: 7,
            ..Layer::default()
        };
        for ok in [true, true, false, true, true, true] {
            times.add_acc("value_accuracy", ok);
        }
        let events = Layer::default();
        Scoreboard {
            layers: vec![
                ("times".into(), times.row()),
                ("events".into(), events.row()),
            ],
            log: vec!["a:".into(), "  NO SYSTEM OUTPUT".into()],
        }
    }

    #[test]
    fn table_lines_like_score_py() {
        assert_eq!(
            board().table(),
            "times       P=0.833 R=0.714 F1=0.769 gold=7 sys=6 value_accuracy=0.8333\n\
             events      P=1.000 R=1.000 F1=1.000 gold=0 sys=0 \n"
        );
    }

    #[test]
    fn json_like_python_json_dumps() {
        assert_eq!(
            board().to_json_string(),
            "{\"times\": {\"precision\": 0.8333, \"recall\": 0.7143, \"f1\": 0.7692, \"gold\": 7, \
             \"system\": 6, \"value_accuracy\": 0.8333}, \"events\": {\"precision\": 1.0, \
             \"recall\": 1.0, \"f1\": 1.0, \"gold\": 0, \"system\": 0}}"
        );
        assert_eq!(board().verbose_log(), "a:\n  NO SYSTEM OUTPUT\n");
    }
}
