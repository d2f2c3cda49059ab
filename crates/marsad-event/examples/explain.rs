//! Prints, for each sentence read from standard input (one a line), the
//! ASSAULT/PROTEST detector's examples: whether the rules coded the trigger,
//! its probability, and the features that weigh most, for studying why the
//! detector keeps or drops an event.
//!
//! ```text
//! echo "وشنت طائرات التحالف غارات على مواقع الحوثيين امس." | \
//!   cargo run --release -p marsad-event --example explain -- [--published YYYY-MM-DD] [--top N]
//! ```

mod common;

use marsad_core::{Date, Document};
use marsad_event::detect;
use std::io::BufRead;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let value = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
    };
    let published = value("--published").and_then(|d| {
        let n: Vec<u32> = d.split('-').filter_map(|x| x.parse().ok()).collect();
        Date::new(*n.first()? as i32, *n.get(1)?, *n.get(2)?)
    });
    let top: usize = value("--top").and_then(|t| t.parse().ok()).unwrap_or(12);
    // The detector's examples are coded from these layers' annotations.
    let pipeline = common::layers_before_events();
    let model = detect::model();
    for (n, line) in std::io::stdin().lock().lines().enumerate() {
        let line = line.expect("reading standard input");
        if line.trim().is_empty() {
            continue;
        }
        let mut doc =
            Document::new(format!("line-{}", n + 1), line.clone()).with_published(published);
        pipeline.run(&mut doc);
        println!("{line}");
        for e in marsad_event::detector_examples(&doc) {
            let Some(km) = model.kind(e.kind) else {
                continue;
            };
            let p = km.probability(&e.features);
            let mut weighed: Vec<(f32, &String)> = e
                .features
                .iter()
                .map(|f| (km.weights.get(f.as_str()).copied().unwrap_or(0.0), f))
                .collect();
            weighed.sort_by(|a, b| b.0.abs().total_cmp(&a.0.abs()));
            let shown: Vec<String> = weighed
                .iter()
                .take(top)
                .map(|(w, f)| format!("{f} {w:+.2}"))
                .collect();
            println!(
                "  {} coded={} rescuable={} p={p:.2} (keep {:.2}, drop {:.2}): {}",
                e.kind,
                e.coded,
                e.rescuable,
                km.keep,
                km.drop,
                shown.join(", ")
            );
        }
    }
}
