//! Text positions in Unicode code points, as Python's `str` counts them: `str.find`, slicing
//! with negative and out-of-range bounds, and score.py's `locate` and `overlap`.

/// A half-open span `[start, end)` in code points. Signed because `locate` with `nth <= 0`
/// yields a start of -1, and system offsets are taken as given.
pub type Span = (i64, i64);

/// Python's `haystack.find(needle, start)` for `start >= 0`: the first index at or after
/// `start` where `needle` occurs, or -1. An empty needle is found at `start` unless `start`
/// lies past the end.
pub fn find(haystack: &[char], needle: &[char], start: i64) -> i64 {
    let len = haystack.len() as i64;
    if start > len {
        return -1;
    }
    let start = start.max(0) as usize;
    if needle.is_empty() {
        return start as i64;
    }
    haystack[start..]
        .windows(needle.len())
        .position(|window| window == needle)
        .map_or(-1, |i| (start + i) as i64)
}

/// score.py's `locate(text, s, nth)`: the span of the `nth` occurrence of `s` (each search
/// starts one past the previous hit, so occurrences may overlap), or `None`. With `nth <= 0`
/// the loop never runs and Python returns `(-1, len(s) - 1)`; so does this.
pub fn locate(text: &[char], needle: &[char], nth: i64) -> Option<Span> {
    let mut i: i64 = -1;
    for _ in 0..nth.max(0) {
        i = find(text, needle, i + 1);
        if i < 0 {
            return None;
        }
    }
    Some((i, i + needle.len() as i64))
}

/// score.py's `overlap(a, b)`: the spans share at least one position.
pub fn overlap(a: Span, b: Span) -> bool {
    a.0 < b.1 && b.0 < a.1
}

/// Python's `text[start:stop]` (`None` for an omitted bound): negative bounds count from the
/// end, bounds clamp to the text.
pub fn slice(text: &[char], start: Option<i64>, stop: Option<i64>) -> String {
    let len = text.len() as i64;
    let clamp = |bound: i64| -> usize {
        let bound = if bound < 0 { bound + len } else { bound };
        bound.clamp(0, len) as usize
    };
    let from = start.map_or(0, clamp);
    let to = stop.map_or(text.len(), clamp);
    if from >= to {
        return String::new();
    }
    text[from..to].iter().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn find_counts_code_points_and_handles_empty_needles() {
        let text = chars("قال إن قال");
        assert_eq!(find(&text, &chars("قال"), 0), 0);
        assert_eq!(find(&text, &chars("قال"), 1), 7);
        assert_eq!(find(&text, &chars("قال"), 8), -1);
        assert_eq!(find(&text, &chars(""), 10), 10);
        assert_eq!(find(&text, &chars(""), 11), -1);
    }

    #[test]
    fn locate_nth_occurrence_overlapping_and_nonpositive_nth() {
        let text = chars("aaa");
        assert_eq!(locate(&text, &chars("aa"), 1), Some((0, 2)));
        assert_eq!(locate(&text, &chars("aa"), 2), Some((1, 3)));
        assert_eq!(locate(&text, &chars("aa"), 3), None);
        assert_eq!(locate(&text, &chars("aa"), 0), Some((-1, 1)));
    }

    #[test]
    fn overlap_needs_a_shared_position() {
        assert!(overlap((0, 4), (3, 5)));
        assert!(!overlap((0, 4), (4, 5)));
        assert!(
            overlap((2, 2), (0, 5)),
            "an empty span inside another overlaps it"
        );
        assert!(!overlap((3, 3), (3, 3)));
    }

    #[test]
    fn slice_like_python() {
        let text = chars("abcdef");
        assert_eq!(slice(&text, Some(1), Some(3)), "bc");
        assert_eq!(slice(&text, Some(-2), None), "ef");
        assert_eq!(slice(&text, Some(-10), Some(2)), "ab");
        assert_eq!(slice(&text, Some(4), Some(2)), "");
        assert_eq!(slice(&text, None, Some(100)), "abcdef");
        assert_eq!(slice(&text, Some(-1), Some(-3)), "");
    }
}
