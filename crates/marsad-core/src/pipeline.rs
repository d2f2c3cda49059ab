//! Stages and the pipeline that runs them in order.

use crate::document::Document;

/// One step of the pipeline: it reads the document and adds its own layer.
///
/// A stage may read any layer added before it, but writes only its own, so
/// stages compose without knowing each other's internals. Stages are shared
/// across threads, so per-document state lives on the stack of `annotate`.
pub trait Stage: Send + Sync {
    /// A short name for timings and error messages ("text", "times").
    fn name(&self) -> &'static str;

    /// Adds this stage's layer to `doc`.
    fn annotate(&self, doc: &mut Document);

    /// Whether this stage runs on documents not written mostly in Arabic.
    /// Only the stages that decide the script need to.
    fn runs_on_other_scripts(&self) -> bool {
        false
    }
}

/// Stages run in order over each document.
#[derive(Default)]
pub struct Pipeline {
    stages: Vec<Box<dyn Stage>>,
}

impl Pipeline {
    pub fn new() -> Pipeline {
        Pipeline::default()
    }

    /// Adds a stage at the end.
    pub fn with(mut self, stage: impl Stage + 'static) -> Pipeline {
        self.stages.push(Box::new(stage));
        self
    }

    pub fn stage_names(&self) -> Vec<&'static str> {
        self.stages.iter().map(|s| s.name()).collect()
    }

    /// Runs every stage over `doc`. Once the script check has marked a
    /// document as not Arabic, only stages that accept other scripts run.
    pub fn run(&self, doc: &mut Document) {
        for stage in &self.stages {
            if doc.lang == crate::document::Lang::Other && !stage.runs_on_other_scripts() {
                continue;
            }
            stage.annotate(doc);
        }
    }
}
