//! `/` search over what a screen shows: where a query occurs in each line, in terminal cells so
//! that the view can highlight it, whatever the width of the characters before it.
//!
//! Latin letters match whatever their case; full-width Latin letters and digits (what a Japanese
//! input method types when it is left on) match their ASCII forms, so `ａｒｎ` finds `arn`.

use unicode_width::UnicodeWidthChar;

/// One occurrence: on line `line`, from cell `start` (inclusive) to `end` (exclusive).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct SearchMatch {
    pub line: usize,
    pub start: usize,
    pub end: usize,
}

/// The form a character is compared in.
fn folded(ch: char) -> char {
    let ch = match ch {
        // Full-width ASCII (U+FF01–U+FF5E) sits 0xFEE0 above the ASCII it stands for.
        '\u{ff01}'..='\u{ff5e}' => char::from_u32(ch as u32 - 0xfee0).unwrap_or(ch),
        '\u{3000}' => ' ',
        _ => ch,
    };
    // One character to one: the cell positions stay those of the line as shown.
    let mut lower = ch.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(single), None) => single,
        _ => ch,
    }
}

/// Every occurrence of `query` in `lines`, in reading order; occurrences do not overlap.
/// An empty query (or one of spaces only) finds nothing.
pub fn find_all<S: AsRef<str>>(lines: &[S], query: &str) -> Vec<SearchMatch> {
    let needle: Vec<char> = query.chars().map(folded).collect();
    if needle.iter().all(|c| c.is_whitespace()) {
        return Vec::new();
    }
    let mut found = Vec::new();
    for (line_index, line) in lines.iter().enumerate() {
        let chars: Vec<(char, usize)> = line
            .as_ref()
            .chars()
            .map(|c| (folded(c), c.width().unwrap_or(0)))
            .collect();
        let mut cell = 0;
        let mut index = 0;
        while index < chars.len() {
            let here = chars[index..]
                .iter()
                .map(|(c, _)| *c)
                .take(needle.len())
                .eq(needle.iter().copied());
            if here {
                let width: usize = chars[index..index + needle.len()]
                    .iter()
                    .map(|(_, w)| w)
                    .sum();
                found.push(SearchMatch {
                    line: line_index,
                    start: cell,
                    end: cell + width,
                });
                cell += width;
                index += needle.len();
            } else {
                cell += chars[index].1;
                index += 1;
            }
        }
    }
    found
}

/// The match to go to from `current` (`n` forwards, `N` backwards), wrapping around.
pub fn step(count: usize, current: Option<usize>, forwards: bool) -> Option<usize> {
    if count == 0 {
        return None;
    }
    Some(match (current, forwards) {
        (None, true) => 0,
        (None, false) => count - 1,
        (Some(at), true) => (at + 1) % count,
        (Some(at), false) => (at + count - 1) % count,
    })
}

/// The first match at or below line `top` (where the reader is), so that a new search starts
/// from what is on screen rather than from the top.
pub fn first_from(matches: &[SearchMatch], top: usize) -> Option<usize> {
    matches
        .iter()
        .position(|m| m.line >= top)
        .or((!matches.is_empty()).then_some(0))
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn latin_ignores_case_and_positions_are_cells() {
        let lines = ["ロール arn:aws:iam::1:role/Admin", "ARN again: Arn"];
        let found = find_all(&lines, "arn");
        assert_eq!(
            found,
            [
                SearchMatch {
                    line: 0,
                    start: 7,
                    end: 10
                },
                SearchMatch {
                    line: 1,
                    start: 0,
                    end: 3
                },
                SearchMatch {
                    line: 1,
                    start: 11,
                    end: 14
                },
            ]
        );
    }

    #[test]
    fn japanese_and_full_width_queries() {
        let lines = ["アクセスエントリを作成します", "ａｃｃｅｓｓ entry"];
        assert_eq!(
            find_all(&lines, "エントリ"),
            [SearchMatch {
                line: 0,
                start: 8,
                end: 16
            }]
        );
        // Full-width typed by an input method finds ASCII, and the other way round.
        assert_eq!(
            find_all(&lines, "ＥＮＴＲＹ"),
            [SearchMatch {
                line: 1,
                start: 13,
                end: 18
            }]
        );
        assert_eq!(
            find_all(&lines, "access"),
            [SearchMatch {
                line: 1,
                start: 0,
                end: 12
            }]
        );
    }

    #[test]
    fn empty_queries_find_nothing_and_stepping_wraps() {
        assert!(find_all(&["abc"], "").is_empty());
        assert!(find_all(&["a b"], "  ").is_empty());
        assert_eq!(step(0, None, true), None);
        assert_eq!(step(3, None, true), Some(0));
        assert_eq!(step(3, None, false), Some(2));
        assert_eq!(step(3, Some(2), true), Some(0));
        assert_eq!(step(3, Some(0), false), Some(2));
        let matches = find_all(&["x", "", "x", "x"], "x");
        assert_eq!(first_from(&matches, 1), Some(1));
        assert_eq!(first_from(&matches, 9), Some(0));
    }

    proptest! {
        #[test]
        fn every_match_is_the_query_at_its_cells(
            words in proptest::collection::vec("[a-cA-Cあい日 ]{0,12}", 1..6),
            query in "[a-cあ日]{1,3}",
        ) {
            let all = find_all(&words, &query);
            // None missed: as many as the standard library finds, line by line.
            for (index, line) in words.iter().enumerate() {
                let expected = line.to_lowercase().matches(&query.to_lowercase()).count();
                prop_assert_eq!(all.iter().filter(|m| m.line == index).count(), expected);
            }
            for found in all {
                let line = &words[found.line];
                // Read the matched cells back out of the line.
                let mut cell = 0;
                let mut text = String::new();
                for ch in line.chars() {
                    if cell >= found.start && cell < found.end {
                        text.push(ch);
                    }
                    cell += ch.width().unwrap_or(0);
                }
                prop_assert_eq!(text.to_lowercase(), query.to_lowercase());
            }
        }
    }
}
