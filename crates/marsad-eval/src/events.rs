//! Event scoring: score.py's `score_events`. System and gold events are paired by a
//! maximum-weight assignment that prefers required gold events, then optional ones, then pairs
//! whose arguments agree.

use crate::assign::assign;
use crate::entities::GoldEntities;
use crate::layer::Layer;
use crate::normalize::norm_value;
use crate::pyfmt::py_str;
use crate::pyvalue::{as_list, get, items, py_eq, py_in, truthy};
use crate::spans::Flags;
use serde_json::Value;
use std::collections::HashSet;

/// What an actor, recipient or place name stands for: a gold entity (by index, as Python's
/// `id(e)`), or, when it names none, its normalized text (`("?", norm(n))`).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum Referent {
    Gold(usize),
    Unknown(String),
}

struct EventScorer<'a> {
    entities: &'a GoldEntities<'a>,
}

impl EventScorer<'_> {
    /// score.py's `ents(names)`: the referents of a name or a list of names.
    fn referents(&self, names: &Value) -> HashSet<Referent> {
        if !truthy(names) {
            return HashSet::new();
        }
        as_list(names)
            .into_iter()
            .map(|n| match self.entities.match_name(n) {
                Some(i) => Referent::Gold(i),
                None => Referent::Unknown(norm_value(n)),
            })
            .collect()
    }

    /// score.py's `fits(s, g)`: same type (or an alt type), and one of the gold actors when
    /// gold names any.
    fn fits(&self, s: &Value, g: &Value) -> bool {
        let mut types = vec![get(g, "type")];
        types.extend(items(get(g, "alt_types")));
        if !py_in(get(s, "type"), &types) {
            return false;
        }
        let gold_actors = self.referents(get(g, "actor"));
        gold_actors.is_empty() || !gold_actors.is_disjoint(&self.referents(get(s, "actor")))
    }

    /// score.py's `checks(s, g)`: recipient, place and date when gold gives them; modality.
    fn checks(&self, s: &Value, g: &Value) -> Flags {
        let mut flags = Flags::new();
        if truthy(get(g, "recipient")) {
            let gold = self.referents(get(g, "recipient"));
            let ok = !gold.is_disjoint(&self.referents(get(s, "recipient")));
            flags.push(("recipient_accuracy", ok));
        }
        if truthy(get(g, "place")) {
            flags.push(("place_accuracy", self.same_place(s, g)));
        }
        if truthy(get(g, "date")) {
            let system_date = py_str(get(s, "date"));
            let ok = as_list(get(g, "date"))
                .into_iter()
                .any(|v| py_str(v) == system_date);
            flags.push(("date_accuracy", ok));
        }
        let modality_ok = py_eq(get(s, "modality"), get(g, "modality"));
        flags.push(("modality_accuracy", modality_ok));
        flags
    }

    /// The system place is a gold entity, and one of the gold places names that same entity.
    fn same_place(&self, s: &Value, g: &Value) -> bool {
        let Some(system_place) = self.entities.match_name(get(s, "place")) else {
            return false;
        };
        as_list(get(g, "place"))
            .into_iter()
            .any(|p| self.entities.match_name(p) == Some(system_place))
    }

    /// score.py's `weight(j, i)`: 0 when the events cannot pair, else 10^6 for a required gold
    /// event (10^3 for an optional one) plus the number of agreeing arguments.
    fn weight(&self, s: &Value, g: &Value) -> i64 {
        if !self.fits(s, g) {
            return 0;
        }
        let base = if truthy(get(g, "optional")) {
            1_000
        } else {
            1_000_000
        };
        let agreeing = self.checks(s, g).iter().filter(|(_, ok)| *ok).count();
        base + agreeing as i64
    }
}

/// score.py's `score_events` for one document.
pub(crate) fn score_events(
    layer: &mut Layer,
    entities: &GoldEntities,
    gold: &[Value],
    system: &[Value],
    log: &mut Vec<String>,
) {
    let scorer = EventScorer { entities };
    layer.n_r += gold.iter().filter(|g| !truthy(get(g, "optional"))).count();
    layer.n_p += system.len();
    let weights: Vec<Vec<i64>> = system
        .iter()
        .map(|s| gold.iter().map(|g| scorer.weight(s, g)).collect())
        .collect();
    let pairs = assign(&weights, gold.len());
    for (&j, &i) in &pairs {
        let g = &gold[i];
        layer.tp_p += 1;
        if !truthy(get(g, "optional")) {
            layer.tp_r += 1;
        }
        for (flag, ok) in scorer.checks(&system[j], g) {
            layer.add_acc(flag, ok);
        }
    }
    for (j, s) in system.iter().enumerate() {
        if !pairs.contains_key(&j) {
            log.push(format!(
                "  events EXTRA {} actor={} recipient={}",
                py_str(get(s, "type")),
                py_str(get(s, "actor")),
                py_str(get(s, "recipient"))
            ));
        }
    }
    let found: HashSet<usize> = pairs.values().copied().collect();
    for (i, g) in gold.iter().enumerate() {
        if !found.contains(&i) && !truthy(get(g, "optional")) {
            log.push(format!(
                "  events MISSED {} actor={} recipient={} ({})",
                py_str(get(g, "type")),
                py_str(get(g, "actor")),
                py_str(get(g, "recipient")),
                py_str(get(g, "anchor"))
            ));
        }
    }
}
