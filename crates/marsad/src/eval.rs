//! `marsad eval`: the team's scoreboard against the gold annotations.
//!
//! Runs the pipeline on every gold article (with its `published` date) and
//! scores the output with `marsad-eval`, the exact port of the reference
//! scorer `shared/gold/tools/score.py`. A floors file makes it a CI gate.

use crate::run::thread_pool;
use marsad_core::output::{write_json, OutputOptions};
use marsad_core::{Date, Document};
use marsad_eval::{GoldDoc, Scoreboard};
use rayon::prelude::*;
use serde_json::Value;
use std::collections::HashMap;
use std::path::Path;

/// Runs the pipeline over the gold articles and returns each output's scoring view by id.
pub fn system_outputs(
    gold: &[GoldDoc],
    layers: &crate::Layers,
    threads: usize,
) -> anyhow::Result<HashMap<String, Value>> {
    let pipeline = crate::pipeline(layers);
    let pool = thread_pool(threads)?;
    let outputs: Vec<anyhow::Result<(String, Value)>> = pool.install(|| {
        gold.par_iter()
            .map(|g| {
                let published = match &g.published {
                    Some(p) => Some(Date::parse(p).map_err(|e| {
                        anyhow::anyhow!("{}: bad `published`: {e}", g.path.display())
                    })?),
                    None => None,
                };
                let mut doc = Document::new(g.id.clone(), g.text.clone()).with_published(published);
                pipeline.run(&mut doc);
                let mut buf = Vec::new();
                let opts = OutputOptions {
                    tokens: false,
                    sentences: false,
                };
                write_json(&doc, opts, false, &mut buf)?;
                Ok((g.id.clone(), serde_json::from_slice(&buf)?))
            })
            .collect()
    });
    outputs.into_iter().collect()
}

/// Scores the pipeline (or a given system output file) against a gold folder.
pub fn evaluate(
    gold_dir: &Path,
    system: Option<&Path>,
    layers: &crate::Layers,
    threads: usize,
) -> anyhow::Result<Scoreboard> {
    let gold = marsad_eval::load_gold_dir(gold_dir)?;
    if gold.is_empty() {
        anyhow::bail!("{}: no gold files (*.json) found", gold_dir.display());
    }
    let outputs = match system {
        Some(path) => marsad_eval::read_system_jsonl(path)?,
        None => system_outputs(&gold, layers, threads)?,
    };
    Ok(marsad_eval::score(&gold, &outputs))
}

/// A metric that fell below its floor.
#[derive(Debug, Clone, PartialEq)]
pub struct Shortfall {
    pub layer: String,
    pub metric: String,
    pub floor: f64,
    pub actual: Option<f64>,
}

impl std::fmt::Display for Shortfall {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let actual = self
            .actual
            .map_or("none".to_string(), |a| format!("{a:.4}"));
        write!(
            f,
            "{} {} = {actual}, below its floor {:.4}",
            self.layer, self.metric, self.floor
        )
    }
}

/// Compares a scoreboard with a floors file: `{"times": {"f1": 0.9, "value_accuracy": 0.9}, …}`.
/// Every metric named there must be present and at least its floor.
pub fn check_floors(board: &Scoreboard, floors_path: &Path) -> anyhow::Result<Vec<Shortfall>> {
    let text = std::fs::read_to_string(floors_path).map_err(|e| {
        anyhow::anyhow!(
            "{}: cannot read the floors file: {e}",
            floors_path.display()
        )
    })?;
    let floors: HashMap<String, HashMap<String, f64>> =
        serde_json::from_str(&text).map_err(|e| {
            anyhow::anyhow!(
                "{}: not a floors file ({{\"layer\": {{\"metric\": number}}}}): {e}",
                floors_path.display()
            )
        })?;
    let scores = board.to_json();
    let mut short = Vec::new();
    let mut layers: Vec<_> = floors.iter().collect();
    layers.sort_by(|a, b| a.0.cmp(b.0));
    for (layer, metrics) in layers {
        if scores.get(layer).is_none() {
            anyhow::bail!("{}: unknown layer `{layer}`", floors_path.display());
        }
        let mut metrics: Vec<_> = metrics.iter().collect();
        metrics.sort_by(|a, b| a.0.cmp(b.0));
        for (metric, &floor) in metrics {
            let actual = scores[layer].get(metric).and_then(Value::as_f64);
            if actual.is_none_or(|a| a + 1e-9 < floor) {
                short.push(Shortfall {
                    layer: layer.clone(),
                    metric: metric.clone(),
                    floor,
                    actual,
                });
            }
        }
    }
    Ok(short)
}
