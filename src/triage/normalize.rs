//! Undoes what terminals, e-mail, CI logs, JSON and the guide itself do to an error message
//! before it reaches us: escapes, `\` continuations, quoting markers, indentation and lines
//! broken in the middle of an ARN.
//!
//! The result keeps paragraph breaks (blank lines) as `\n` and joins every other line break
//! with a space, or with nothing where the break fell inside an ARN.
//!
//! A line break is any of CR LF, LF, CR alone (what most terminals send in a paste), NEL
//! (U+0085) and the Unicode line and paragraph separators: [`line_breaks`] makes them all LF
//! once, at the entry of the reader, so that nothing after it has to care.

use std::borrow::Cow;

use unicode_width::UnicodeWidthStr;

/// `text` with every kind of line break (CR LF, CR, NEL, U+2028, U+2029) made LF. Borrowed
/// when there is nothing to change.
pub fn line_breaks(text: &str) -> Cow<'_, str> {
    if !text.contains(['\r', '\u{85}', '\u{2028}', '\u{2029}']) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            '\u{85}' | '\u{2028}' | '\u{2029}' => out.push('\n'),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// The normalised text, ready for the patterns.
pub fn normalize(text: &str) -> String {
    let text = line_breaks(text);
    let mut text = unescape(&text);
    // A message logged as JSON inside JSON is escaped twice; two passes undo both. More
    // would start eating backslashes the author meant.
    if text.contains("\\\"") || text.contains("\\n") {
        text = unescape(&text);
    }
    join_lines(&text)
}

/// Decodes JSON/Go string escapes and removes `\`-newline continuations.
fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        match chars.peek().copied() {
            Some('n') => {
                chars.next();
                out.push('\n');
            }
            Some('r') => {
                chars.next();
            }
            Some('t') => {
                chars.next();
                out.push(' ');
            }
            Some(q @ ('"' | '\'' | '/' | '\\')) => {
                chars.next();
                out.push(q);
            }
            Some('u') => {
                // \uXXXX; anything malformed is kept as written.
                let mut probe = chars.clone();
                probe.next();
                let hex: String = probe.by_ref().take(4).collect();
                match u32::from_str_radix(&hex, 16).ok().and_then(char::from_u32) {
                    Some(decoded) if hex.len() == 4 => {
                        out.push(decoded);
                        chars = probe;
                    }
                    _ => out.push('\\'),
                }
            }
            Some('\r') | Some('\n') => {
                // A shell continuation: the next line carries on this one, indentation
                // dropped, so that `arn:...:1111\` + `22223333` becomes one token again.
                while matches!(chars.peek(), Some('\r') | Some('\n')) {
                    if chars.next() == Some('\n') {
                        break;
                    }
                }
                while matches!(chars.peek(), Some(' ') | Some('\t')) {
                    chars.next();
                }
            }
            _ => out.push('\\'),
        }
    }
    out
}

/// Strips what surrounds a line without being part of the message: indentation, e-mail
/// quote markers, Terraform's box drawing, CI timestamps.
fn strip_decoration(line: &str) -> &str {
    let mut rest = line.trim_end_matches(['\r', ' ', '\t']);
    // Bounded: every round removes at least one character or stops.
    for _ in 0..16 {
        let trimmed = rest.trim_start_matches([' ', '\t', '\u{3000}']);
        let trimmed = trimmed
            .strip_prefix(['│', '|', '>', '╷', '╵', '┃'])
            .unwrap_or(trimmed);
        let trimmed = strip_timestamp(trimmed);
        if trimmed.len() == rest.len() {
            break;
        }
        rest = trimmed;
    }
    rest
}

/// `2024-05-01T12:00:00.123Z ` or `2024-05-01 12:00:00 ` at the start of a CI log line.
fn strip_timestamp(line: &str) -> &str {
    let bytes = line.as_bytes();
    let date_like = bytes.len() > 19
        && bytes[..4].iter().all(u8::is_ascii_digit)
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && (bytes[10] == b'T' || bytes[10] == b' ')
        && bytes[13] == b':';
    if !date_like {
        return line;
    }
    match line.find([' ', '\t']) {
        // The date and time may be separated by a space: skip to the space after the time.
        Some(10) => line[11..]
            .find([' ', '\t'])
            .map_or(line, |i| line[11 + i..].trim_start()),
        Some(i) => line[i..].trim_start(),
        None => line,
    }
}

/// The last whitespace-separated token, without the quotes and brackets around it.
fn last_token(text: &str) -> &str {
    let token = text.rsplit([' ', '\t', '\n']).next().unwrap_or_default();
    token.trim_start_matches(['"', '\'', '`', '(', '[', '<', '{'])
}

/// Whether `token` is the start of an ARN that cannot be complete yet.
fn is_open_arn(token: &str) -> bool {
    let Some(rest) = token
        .get(..4)
        .filter(|p| p.eq_ignore_ascii_case("arn:"))
        .map(|_| &token[4..])
    else {
        return false;
    };
    // arn:partition:service:region:account:resource has five colons; fewer means the
    // resource is still to come, and a trailing separator means more of it is.
    rest.matches(':').count() < 4 || token.ends_with([':', '/', '-'])
}

fn is_arn_start(token: &str) -> bool {
    token
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("arn:"))
}

/// Joins the lines of `text` into paragraphs.
fn join_lines(text: &str) -> String {
    let raw_lines: Vec<&str> = text.split('\n').collect();
    let hard_wrap_width = hard_wrap_width(&raw_lines);
    let mut out = String::with_capacity(text.len());
    let mut previous_was_hard_wrapped = false;
    let mut paragraph_open = false;
    for raw in &raw_lines {
        let line = strip_decoration(raw);
        if line.is_empty() {
            if paragraph_open {
                out.push('\n');
                paragraph_open = false;
            }
            previous_was_hard_wrapped = false;
            continue;
        }
        if paragraph_open {
            let tail = last_token(&out);
            let continues_hard_wrap = previous_was_hard_wrapped && !raw.starts_with([' ', '\t']);
            let tight = continues_hard_wrap
                || (is_arn_start(tail) && (is_open_arn(tail) || line.starts_with([':', '/'])))
                || joins_without_space(&out, line);
            if !tight {
                out.push(' ');
            }
        }
        push_collapsed(&mut out, line);
        paragraph_open = true;
        let trimmed_raw = raw.trim_end_matches('\r');
        previous_was_hard_wrapped = hard_wrap_width.is_some_and(|width| {
            trimmed_raw.width() == width && !trimmed_raw.ends_with([' ', '\t'])
        });
    }
    out.truncate(out.trim_end().len());
    out
}

/// Japanese has no spaces between words: a line broken between two Japanese characters
/// joins without one.
fn joins_without_space(before: &str, line: &str) -> bool {
    let last = before.chars().next_back();
    let first = line.chars().next();
    matches!((last, first), (Some(a), Some(b)) if is_cjk(a) && is_cjk(b))
}

fn is_cjk(c: char) -> bool {
    matches!(c as u32, 0x3000..=0x30FF | 0x4E00..=0x9FFF | 0xFF00..=0xFFEF)
}

/// Appends `line` with runs of spaces and tabs collapsed to one space.
fn push_collapsed(out: &mut String, line: &str) {
    let mut previous_space = out.ends_with(' ');
    for c in line.chars() {
        if c == ' ' || c == '\t' {
            if !previous_space {
                out.push(' ');
            }
            previous_space = true;
        } else {
            out.push(c);
            previous_space = false;
        }
    }
}

/// A terminal that wraps long lines by inserting newlines (a copy from some multiplexers)
/// leaves several lines of exactly the same, longest width. Those lines continue on the
/// next one without a space, even in the middle of a word.
fn hard_wrap_width(lines: &[&str]) -> Option<usize> {
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| l.trim_end_matches('\r').width())
        .collect();
    let widest = widths.iter().copied().max()?;
    if widest < 60 {
        return None;
    }
    let widest_lines: Vec<&str> = lines
        .iter()
        .zip(&widths)
        .filter(|(_, w)| **w == widest)
        .map(|(l, _)| *l)
        .collect();
    // A wrap cuts one long line into different pieces; the same line repeated (a log) is
    // not a wrap.
    let distinct: std::collections::HashSet<&str> = widest_lines.iter().copied().collect();
    (widest_lines.len() >= 2 && distinct.len() == widest_lines.len()).then_some(widest)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rejoins_the_guides_broken_arns() {
        let text = "User: arn:aws:iam::111122223333\n:user/user_name\nis not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:region\n:111122223333\n:cluster/my-cluster";
        assert_eq!(
            normalize(text),
            "User: arn:aws:iam::111122223333:user/user_name is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:region:111122223333:cluster/my-cluster"
        );
    }

    #[test]
    fn rejoins_after_a_trailing_slash() {
        assert_eq!(
            normalize("User: arn:aws:iam::123456789012:user/\nmarymajor\nis not"),
            "User: arn:aws:iam::123456789012:user/marymajor is not"
        );
    }

    #[test]
    fn undoes_json_escapes_and_continuations() {
        assert_eq!(
            normalize(r#"{"msg":"User: \"arn:aws:iam::111122223333:role/x\"\nis"}"#),
            r#"{"msg":"User: "arn:aws:iam::111122223333:role/x" is"}"#
        );
        assert_eq!(
            normalize("arn:aws:iam::1111\\\n   22223333:user/a"),
            "arn:aws:iam::111122223333:user/a"
        );
    }

    #[test]
    fn strips_terraform_boxes_and_timestamps() {
        assert_eq!(normalize("╷\n│ Error: x\n│   y\n╵"), "Error: x y");
        assert_eq!(normalize("2024-05-01T12:00:00.1234Z hello"), "hello");
    }

    #[test]
    fn rejoins_lines_a_terminal_cut_at_its_width() {
        let text = "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: eks:Des\ncribeCluster on resource: arn:aws:eks:us-west-2:111122223333:cluster/prod-abcdef\nx";
        assert_eq!(
            normalize(text),
            "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2:111122223333:cluster/prod-abcdefx"
        );
        // The same line repeated is a log, not a wrap.
        let line = "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: eks:X";
        assert_eq!(
            normalize(&format!("{line}\n{line}")),
            format!("{line} {line}")
        );
    }

    #[test]
    fn every_kind_of_line_break_is_one() {
        let lf = "User: arn:aws:iam::111122223333\n:user/a\nis not";
        for variant in [
            lf.replace('\n', "\r\n"),
            lf.replace('\n', "\r"),
            lf.replace('\n', "\u{85}"),
            lf.replace('\n', "\u{2028}"),
        ] {
            assert_eq!(normalize(&variant), normalize(lf), "{variant:?}");
        }
        assert_eq!(line_breaks("a\r\n\r\nb\rc"), "a\n\nb\nc");
        assert!(matches!(line_breaks("plain\ntext"), Cow::Borrowed(_)));
    }

    #[test]
    fn keeps_paragraphs_apart() {
        assert_eq!(normalize("a\n\n\nb\nc"), "a\nb c");
    }
}
