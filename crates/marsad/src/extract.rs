//! `marsad extract`: documents in, one JSON object per document out.

use crate::input::{
    is_jsonl_path, read_text_file, text_document, Input, Item, JsonlReader, Origin,
};
use crate::run::{process, thread_pool};
use marsad_core::output::{write_json, OutputOptions};
use marsad_core::Date;
use std::io::{BufReader, Read, Write};

/// Documents larger than this are written straight to the output.
const LARGE_DOCUMENT_BYTES: usize = 4 << 20;

/// A processed document: its JSON line, or the document itself when it is
/// too large to render in memory.
enum Rendered {
    Json(Vec<u8>),
    Direct(Box<marsad_core::Document>),
}

/// Options of `marsad extract`.
#[derive(Debug, Clone)]
pub struct ExtractOptions {
    pub inputs: Vec<Input>,
    /// Read inputs as JSONL even without a `.jsonl` extension (stdin too).
    pub jsonl: bool,
    /// Publication date for plain text, and for records that give none.
    pub published: Option<Date>,
    pub pretty: bool,
    pub output: OutputOptions,
    pub threads: usize,
    pub layers: crate::Layers,
    /// Write PLOVER-style event records (one JSON line per event) instead of documents.
    pub events_only: bool,
}

/// What a run did, for the summary line and the exit status.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Summary {
    pub documents: usize,
    pub errors: usize,
}

impl std::fmt::Display for Summary {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let plural = |n: usize, w: &str| format!("{n} {w}{}", if n == 1 { "" } else { "s" });
        write!(
            f,
            "{}, {}",
            plural(self.documents, "document"),
            plural(self.errors, "error")
        )
    }
}

/// The items of one input: a whole text file, or the records of a JSONL stream.
fn items_of(input: &Input, opts: &ExtractOptions) -> Box<dyn Iterator<Item = Item>> {
    match input {
        Input::File(path) if opts.jsonl || is_jsonl_path(path) => {
            let name = path.display().to_string();
            match std::fs::File::open(path) {
                Ok(f) => Box::new(JsonlReader::new(
                    BufReader::with_capacity(1 << 20, f),
                    name,
                    opts.published,
                )),
                Err(source) => {
                    Box::new(std::iter::once(Err(crate::input::InputError::Unreadable {
                        origin: Origin {
                            input: name,
                            line: None,
                            byte: None,
                        },
                        source,
                    })))
                }
            }
        }
        Input::File(path) => Box::new(std::iter::once(read_text_file(path, opts.published))),
        Input::Stdin if opts.jsonl => Box::new(JsonlReader::new(
            BufReader::new(std::io::stdin()),
            "<stdin>",
            opts.published,
        )),
        Input::Stdin => {
            let origin = Origin {
                input: "<stdin>".into(),
                line: None,
                byte: None,
            };
            let mut bytes = Vec::new();
            let item = match std::io::stdin().read_to_end(&mut bytes) {
                Ok(_) => text_document("stdin".into(), bytes, opts.published, &origin),
                Err(source) => Err(crate::input::InputError::Unreadable { origin, source }),
            };
            Box::new(std::iter::once(item))
        }
    }
}

/// Runs the pipeline over every input, writing JSONL to `out` and one line
/// per bad input to `err`. Returns the counts.
pub fn extract(
    opts: &ExtractOptions,
    out: &mut impl Write,
    err: &mut impl Write,
) -> anyhow::Result<Summary> {
    // With --events-only the events are coded while rendering (with their
    // mode, counts, confidence and evidence), after every layer they read.
    let pipeline = if opts.events_only {
        crate::pipeline(&crate::Layers::all().without(crate::Layer::Events))
    } else {
        crate::pipeline(&opts.layers)
    };
    let pool = thread_pool(opts.threads)?;
    let mut summary = Summary::default();
    let mut io_error: Option<std::io::Error> = None;
    let items = opts.inputs.iter().flat_map(|input| items_of(input, opts));
    // Documents are rendered to JSON on the worker threads, except large ones,
    // which are written straight to `out` so that their JSON (ten times the
    // text with tokens) is never held in memory whole.
    let render = |doc: marsad_core::Document| {
        if opts.events_only {
            let mut buf = Vec::new();
            let events = marsad_event::code_events(&doc);
            marsad_event::write_jsonl(&doc, &events, &mut buf)
                .expect("writing to memory cannot fail");
            return Rendered::Json(buf);
        }
        if doc.text.len() > LARGE_DOCUMENT_BYTES {
            return Rendered::Direct(Box::new(doc));
        }
        let mut buf = Vec::with_capacity(doc.text.len() * 2);
        write_json(&doc, opts.output, opts.pretty, &mut buf)
            .expect("serializing to memory cannot fail");
        buf.push(b'\n');
        Rendered::Json(buf)
    };
    process(items, &pipeline, &pool, render, |result| {
        if io_error.is_some() {
            return;
        }
        let written = match result {
            Ok(Rendered::Json(json)) => {
                summary.documents += 1;
                out.write_all(&json)
            }
            Ok(Rendered::Direct(doc)) => {
                summary.documents += 1;
                write_json(&doc, opts.output, opts.pretty, &mut *out)
                    .map_err(std::io::Error::from)
                    .and_then(|()| out.write_all(b"\n"))
            }
            Err(e) => {
                summary.errors += 1;
                writeln!(err, "marsad: error: {e}")
            }
        };
        if let Err(e) = written {
            io_error = Some(e);
        }
    });
    if let Some(e) = io_error {
        // A closed pipe (`marsad extract … | head`) is not worth a complaint.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            return Err(e.into());
        }
    }
    out.flush()?;
    Ok(summary)
}
