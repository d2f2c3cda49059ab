//! Reading the word lists kept in `data/`: one entry a line, `#` comments.

/// The entries of a word-list file: trimmed lines, blank lines and comments skipped.
pub fn lines(file: &str) -> impl Iterator<Item = &str> {
    file.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

#[cfg(test)]
mod tests {
    #[test]
    fn skips_comments_and_blanks() {
        let v: Vec<_> = super::lines("# head\n\nواس  # comment\n رويترز\n").collect();
        assert_eq!(v, ["واس", "رويترز"]);
    }
}
