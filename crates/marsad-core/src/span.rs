//! Byte spans into a document's original text.

use serde::{Deserialize, Serialize};

/// A half-open byte range `[start, end)` into the original text.
///
/// Spans always fall on `char` boundaries, so `&text[span.range()]` is safe.
/// Bytes, not code points, because slicing is what every stage does most;
/// [`crate::output`] converts to code points once, when a document is written.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    #[inline]
    pub fn new(start: usize, end: usize) -> Self {
        debug_assert!(start <= end, "span start {start} after end {end}");
        Span { start, end }
    }

    #[inline]
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start..self.end
    }

    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// The text this span covers.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    #[inline]
    pub fn overlaps(&self, other: &Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    #[inline]
    pub fn contains(&self, other: &Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// The smallest span covering both.
    #[inline]
    pub fn cover(&self, other: &Span) -> Span {
        Span::new(self.start.min(other.start), self.end.max(other.end))
    }
}

/// A fixed set of spans that answers "does any of them overlap this span?"
/// in logarithmic time: the spans' starts in order, and for each the
/// furthest end up to it. A stage that checks every candidate against every
/// mention already taken would be quadratic on a long document.
#[derive(Debug, Clone, Default)]
pub struct SpanIndex {
    starts: Vec<usize>,
    /// `reach[i]`: the largest end among the first `i + 1` spans by start.
    reach: Vec<usize>,
}

impl SpanIndex {
    pub fn new(spans: impl IntoIterator<Item = Span>) -> SpanIndex {
        let mut spans: Vec<Span> = spans.into_iter().collect();
        spans.sort_unstable();
        let mut reach = Vec::with_capacity(spans.len());
        let mut far = 0;
        for s in &spans {
            far = far.max(s.end);
            reach.push(far);
        }
        SpanIndex {
            starts: spans.iter().map(|s| s.start).collect(),
            reach,
        }
    }

    /// Whether some span of the set overlaps `span` (as [`Span::overlaps`]).
    pub fn overlaps(&self, span: &Span) -> bool {
        // The spans that start before `span` ends overlap it when one of
        // them ends after it starts.
        let before = self.starts.partition_point(|&s| s < span.end);
        before > 0 && self.reach[before - 1] > span.start
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn span_index_agrees_with_a_scan() {
        let spans = [
            Span::new(0, 3),
            Span::new(10, 40),
            Span::new(12, 14),
            Span::new(50, 52),
            Span::new(5, 5),
        ];
        let index = SpanIndex::new(spans);
        for start in 0..60 {
            for end in start..62 {
                let q = Span::new(start, end);
                let scan = spans.iter().any(|m| m.overlaps(&q));
                assert_eq!(index.overlaps(&q), scan, "{q:?}");
            }
        }
        assert!(!SpanIndex::new([]).overlaps(&Span::new(0, 9)));
    }

    use super::*;

    #[test]
    fn overlap_is_half_open() {
        let a = Span::new(0, 4);
        assert!(a.overlaps(&Span::new(3, 6)));
        assert!(!a.overlaps(&Span::new(4, 6)));
        assert_eq!(a.cover(&Span::new(6, 9)), Span::new(0, 9));
        assert!(Span::new(0, 9).contains(&Span::new(2, 3)));
    }

    #[test]
    fn text_slices_the_original() {
        let t = "قال الوزير";
        let s = Span::new(0, "قال".len());
        assert_eq!(s.text(t), "قال");
    }
}
