//! Running the pipeline over a stream of input items on a thread pool.
//!
//! Items are taken in batches (bounded in count and bytes), processed in
//! parallel, and handed back in input order, so output order is stable and
//! memory stays bounded however long the stream is.

use crate::input::{InputError, Item};
use marsad_core::{Document, Pipeline};
use rayon::prelude::*;

/// Most documents held at once per batch.
const BATCH_DOCS: usize = 1024;
/// Most text bytes held at once per batch.
const BATCH_BYTES: usize = 8 << 20;

/// Builds the thread pool: `threads` workers, or one per core when 0.
pub fn thread_pool(threads: usize) -> anyhow::Result<rayon::ThreadPool> {
    Ok(rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()?)
}

/// Runs `pipeline` over every document of `items`, then `render` on each in
/// parallel, and calls `sink` in input order with the rendered result or the
/// input error.
pub fn process<R, I>(
    items: I,
    pipeline: &Pipeline,
    pool: &rayon::ThreadPool,
    render: impl Fn(Document) -> R + Sync,
    mut sink: impl FnMut(Result<R, InputError>),
) where
    R: Send,
    I: Iterator<Item = Item>,
{
    let mut items = items.peekable();
    while items.peek().is_some() {
        let mut batch: Vec<Item> = Vec::new();
        let mut bytes = 0usize;
        while batch.len() < BATCH_DOCS && bytes < BATCH_BYTES {
            let Some(item) = items.next() else { break };
            bytes += item.as_ref().map_or(0, |d| d.text.len());
            batch.push(item);
        }
        let results: Vec<Result<R, InputError>> = pool.install(|| {
            batch
                .into_par_iter()
                .map(|item| {
                    item.map(|mut doc| {
                        pipeline.run(&mut doc);
                        render(doc)
                    })
                })
                .collect()
        });
        results.into_iter().for_each(&mut sink);
    }
}
