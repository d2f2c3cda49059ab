//! Entity-level scoring as CoNLL's conlleval does it: an entity counts only
//! when both its span and its type match exactly.

use crate::conll::Sentence;
use crate::label::{EntityKind, Label};
use crate::model::Model;
use std::fmt;

/// An entity chunk: first token, one past the last, and kind.
pub type Chunk = (usize, usize, EntityKind);

/// The entity chunks of a label sequence, read as conlleval reads IOB2:
/// an I-X that does not continue an X chunk starts a new one.
pub fn chunks(labels: &[Label]) -> Vec<Chunk> {
    let mut out = Vec::new();
    let mut open: Option<(usize, EntityKind)> = None;
    for (i, l) in labels.iter().enumerate() {
        let continues = matches!((l, open), (Label::I(k), Some((_, o))) if *k == o);
        if continues {
            continue;
        }
        if let Some((s, k)) = open.take() {
            out.push((s, i, k));
        }
        if let Some(k) = l.kind() {
            open = Some((i, k));
        }
    }
    if let Some((s, k)) = open {
        out.push((s, labels.len(), k));
    }
    out
}

/// Counts for one type (or all).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub predicted: usize,
    pub correct: usize,
}

impl Counts {
    pub fn precision(&self) -> f64 {
        ratio(self.correct, self.predicted)
    }
    pub fn recall(&self) -> f64 {
        ratio(self.correct, self.gold)
    }
    pub fn f1(&self) -> f64 {
        let (p, r) = (self.precision(), self.recall());
        if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        0.0
    } else {
        a as f64 / b as f64
    }
}

/// Entity-level precision, recall and F1 per type and micro-averaged.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// In [`EntityKind::ALL`] order.
    pub per_type: [Counts; 4],
    pub overall: Counts,
    pub tokens: usize,
    pub tokens_correct: usize,
}

impl Report {
    pub fn of(&self, kind: EntityKind) -> Counts {
        self.per_type[kind.index()]
    }

    /// Adds one sentence's gold and predicted labels.
    pub fn add(&mut self, gold: &[Label], predicted: &[Label]) {
        assert_eq!(
            gold.len(),
            predicted.len(),
            "gold and predicted lengths differ"
        );
        self.tokens += gold.len();
        self.tokens_correct += gold.iter().zip(predicted).filter(|(g, p)| g == p).count();
        let g = chunks(gold);
        let p = chunks(predicted);
        for &(_, _, k) in &g {
            self.per_type[k.index()].gold += 1;
            self.overall.gold += 1;
        }
        for c @ &(_, _, k) in &p {
            self.per_type[k.index()].predicted += 1;
            self.overall.predicted += 1;
            if g.contains(c) {
                self.per_type[k.index()].correct += 1;
                self.overall.correct += 1;
            }
        }
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "{:<6} {:>9} {:>9} {:>9} {:>6} {:>6} {:>6}",
            "type", "precision", "recall", "f1", "gold", "pred", "ok"
        )?;
        let line = |f: &mut fmt::Formatter<'_>, name: &str, c: &Counts| {
            writeln!(
                f,
                "{:<6} {:>9.2} {:>9.2} {:>9.2} {:>6} {:>6} {:>6}",
                name,
                100.0 * c.precision(),
                100.0 * c.recall(),
                100.0 * c.f1(),
                c.gold,
                c.predicted,
                c.correct
            )
        };
        for k in EntityKind::ALL {
            line(f, k.as_str(), &self.of(k))?;
        }
        line(f, "micro", &self.overall)?;
        write!(
            f,
            "tokens {}, label accuracy {:.2}%",
            self.tokens,
            100.0 * ratio(self.tokens_correct, self.tokens)
        )
    }
}

/// Tags `sentences` with `model` and scores the tags against their gold
/// labels. The sentences are read as one text in document order (as CoNLL
/// files keep them), so the second pass sees each one's neighbours.
pub fn evaluate(model: &Model, sentences: &[Sentence]) -> Report {
    let mut report = Report::default();
    let words: Vec<Vec<&str>> = sentences.iter().map(|s| s.word_refs()).collect();
    for (s, pred) in sentences.iter().zip(model.tag_sentences(&words)) {
        report.add(&s.labels, &pred);
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;
    use EntityKind::*;
    use Label::*;

    #[test]
    fn chunks_follow_conlleval() {
        let l = [B(Pers), I(Pers), O, I(Loc), I(Loc), B(Org), B(Org), I(Misc)];
        assert_eq!(
            chunks(&l),
            [
                (0, 2, Pers),
                (3, 5, Loc),
                (5, 6, Org),
                (6, 7, Org),
                (7, 8, Misc)
            ]
        );
        assert!(chunks(&[O, O]).is_empty());
    }

    #[test]
    fn partial_spans_and_wrong_types_are_errors() {
        let mut r = Report::default();
        // gold: [بان كي مون]PERS [بغداد]LOC [الأمم المتحدة]ORG
        let gold = [B(Pers), I(Pers), I(Pers), O, B(Loc), O, B(Org), I(Org)];
        // predicted: a partial person, the right place, the org typed as LOC.
        let pred = [B(Pers), I(Pers), O, O, B(Loc), O, B(Loc), I(Loc)];
        r.add(&gold, &pred);
        assert_eq!(
            r.overall,
            Counts {
                gold: 3,
                predicted: 3,
                correct: 1
            }
        );
        assert_eq!(
            r.of(Pers),
            Counts {
                gold: 1,
                predicted: 1,
                correct: 0
            }
        );
        assert_eq!(
            r.of(Loc),
            Counts {
                gold: 1,
                predicted: 2,
                correct: 1
            }
        );
        assert_eq!(
            r.of(Org),
            Counts {
                gold: 1,
                predicted: 0,
                correct: 0
            }
        );
        assert!((r.of(Loc).precision() - 0.5).abs() < 1e-9);
        assert!((r.overall.f1() - 1.0 / 3.0).abs() < 1e-9);
        assert_eq!(r.tokens_correct, 5);
        let table = r.to_string();
        assert!(table.contains("micro") && table.contains("PERS"), "{table}");
    }
}
