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

#[cfg(test)]
mod tests {
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
