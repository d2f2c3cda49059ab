//! `marsad bench`: throughput and memory of the pipeline over a JSONL corpus.
//!
//! Documents are read into memory first, so the figures measure the
//! pipeline, not the disk or the JSON parser (peak RSS includes the corpus). Output is not serialized unless
//! asked (`--serialize`), since writing JSON is a separate cost.

use crate::input::JsonlReader;
use crate::run::thread_pool;
use marsad_core::output::{write_json, OutputOptions};
use marsad_core::Document;
use rayon::prelude::*;
use std::io::BufReader;
use std::path::Path;
use std::time::Instant;

/// Options of `marsad bench`.
#[derive(Debug, Clone)]
pub struct BenchOptions {
    pub threads: usize,
    pub limit: Option<usize>,
    pub layers: crate::Layers,
    pub serialize: bool,
    /// Run over the corpus this many times (the best run is reported).
    pub repeat: usize,
}

/// What one run measured.
#[derive(Debug, Clone)]
pub struct BenchReport {
    pub documents: usize,
    pub input_errors: usize,
    pub bytes: usize,
    pub tokens: usize,
    pub threads: usize,
    pub seconds: f64,
    /// CPU time all threads spent in the best run: unlike `seconds`, it does
    /// not grow when other processes share the cores.
    pub cpu_seconds: Option<f64>,
    pub peak_rss_kb: Option<u64>,
    /// Seconds the first document took before the timed runs: the
    /// lexicons, the tagger's model and the KB load then, once a process.
    pub startup_seconds: Option<f64>,
}

impl BenchReport {
    pub fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / 1e6 / self.seconds
    }
}

impl std::fmt::Display for BenchReport {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = self.seconds;
        writeln!(
            f,
            "documents   {} ({} input errors)",
            self.documents, self.input_errors
        )?;
        writeln!(
            f,
            "input       {:.1} MB, {} tokens",
            self.bytes as f64 / 1e6,
            self.tokens
        )?;
        writeln!(f, "threads     {}", self.threads)?;
        writeln!(f, "time        {s:.3} s")?;
        writeln!(f, "docs/s      {:.0}", self.documents as f64 / s)?;
        writeln!(
            f,
            "MB/s        {:.2} ({:.2} per thread)",
            self.mb_per_s(),
            self.mb_per_s() / self.threads as f64
        )?;
        writeln!(f, "tokens/s    {:.0}", self.tokens as f64 / s)?;
        if let Some(cpu) = self.cpu_seconds {
            writeln!(
                f,
                "cpu time    {cpu:.3} s ({:.2} MB per CPU-second)",
                self.bytes as f64 / 1e6 / cpu
            )?;
        }
        if let Some(startup) = self.startup_seconds {
            writeln!(
                f,
                "startup     {startup:.3} s (loading lexicons, model and KB; not in the figures above)"
            )?;
        }
        match self.peak_rss_kb {
            Some(kb) => write!(f, "peak RSS    {:.1} MB", kb as f64 / 1024.0),
            None => write!(f, "peak RSS    unknown (no /proc/self/status)"),
        }
    }
}

/// Peak resident memory of this process (Linux), in kB.
pub fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// CPU time this process's threads have used so far (Linux), in seconds:
/// the sum of the first field of each `/proc/self/task/*/schedstat`.
pub fn process_cpu_seconds() -> Option<f64> {
    let mut ns = 0u64;
    for task in std::fs::read_dir("/proc/self/task").ok()? {
        let stat = std::fs::read_to_string(task.ok()?.path().join("schedstat")).ok()?;
        ns += stat.split_whitespace().next()?.parse::<u64>().ok()?;
    }
    Some(ns as f64 / 1e9)
}

/// Runs the benchmark over a JSONL corpus.
pub fn bench(path: &Path, opts: &BenchOptions) -> anyhow::Result<BenchReport> {
    let file = std::fs::File::open(path)
        .map_err(|e| anyhow::anyhow!("{}: cannot open: {e}", path.display()))?;
    let mut docs: Vec<Document> = Vec::new();
    let mut input_errors = 0;
    for item in JsonlReader::new(BufReader::new(file), path.display().to_string(), None) {
        if opts.limit.is_some_and(|n| docs.len() >= n) {
            break;
        }
        match item {
            Ok(d) => docs.push(d),
            Err(e) => {
                input_errors += 1;
                eprintln!("marsad: error: {e}");
            }
        }
    }
    let pool = thread_pool(opts.threads)?;
    let pipeline = crate::pipeline(&opts.layers);
    let bytes: usize = docs.iter().map(|d| d.text.len()).sum();
    // Lexicons, the tagger's model and the KB are loaded on first use, once
    // a process: timed apart, so that MB/s is the rate a long run keeps.
    let startup_seconds = docs.first().map(|doc| {
        let start = Instant::now();
        pool.install(|| pipeline.run(&mut doc.clone()));
        start.elapsed().as_secs_f64()
    });
    let mut best: Option<(f64, Option<f64>, usize)> = None;
    for _ in 0..opts.repeat.max(1) {
        let cpu_start = process_cpu_seconds();
        let start = Instant::now();
        // Each document is annotated in a copy that is dropped once counted,
        // as `extract` streams them, so peak RSS is the corpus plus what the
        // threads are working on, not every annotated document at once.
        let tokens: usize = pool.install(|| {
            docs.par_iter()
                .map(|doc| {
                    let mut doc = doc.clone();
                    pipeline.run(&mut doc);
                    if opts.serialize {
                        let mut sink = std::io::sink();
                        write_json(&doc, OutputOptions::default(), false, &mut sink)
                            .expect("writing to a sink");
                    }
                    doc.tokens.len()
                })
                .sum()
        });
        let seconds = start.elapsed().as_secs_f64();
        let cpu = cpu_start.zip(process_cpu_seconds()).map(|(a, b)| b - a);
        if best.is_none_or(|(b, _, _)| seconds < b) {
            best = Some((seconds, cpu, tokens));
        }
    }
    let (seconds, cpu_seconds, tokens) = best.expect("at least one run");
    Ok(BenchReport {
        documents: docs.len(),
        input_errors,
        bytes,
        tokens,
        threads: pool.current_num_threads(),
        seconds,
        cpu_seconds,
        peak_rss_kb: peak_rss_kb(),
        startup_seconds,
    })
}
