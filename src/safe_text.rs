//! Outside text made safe to show: the one place that decides which characters of a pasted
//! message, a ConfigMap, an AWS or Kubernetes answer, a file name or a typed value may reach
//! a terminal, a Markdown file or a screen as they are.
//!
//! Hidden characters are shown as visible escapes instead: C0 and C1 controls (`\x1b`,
//! `\u{9b}`), DEL (`\x7f`), the Unicode bidirectional marks, embeddings, overrides and isolates
//! (`\u{202e}`), and zero-width characters (`\u{200b}`). Nothing is dropped, so a reader sees
//! that something was there and what. Tab and newline are kept where they lay text out
//! ([`visible`]); a carriage return becomes a newline there, so it cannot draw over a line.
//! In a one-line value ([`visible_line`]) they are escaped too.
//!
//! JSON output keeps exact strings: serde_json already escapes every control character, and
//! a script reading it must see the value as AWS or the person gave it.

use std::borrow::Cow;

/// Bidirectional formatting characters: ALM, LRM, RLM, the embeddings and overrides
/// (U+202A–U+202E) and the isolates (U+2066–U+2069).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{061c}' | '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
}

/// Characters that take no room and show nothing: zero-width space, non-joiner, joiner, word
/// joiner and the invisible operators, the byte-order mark used as a zero-width no-break
/// space, the Mongolian vowel separator, and the soft hyphen.
fn is_zero_width(c: char) -> bool {
    matches!(
        c,
        '\u{00ad}' | '\u{180e}' | '\u{200b}'..='\u{200d}' | '\u{2060}'..='\u{2064}' | '\u{feff}'
    )
}

/// Whether `c` is hidden: a control character (C0, DEL, C1), a bidirectional control or a
/// zero-width character. Tab and newline count as hidden here; [`visible`] keeps them.
pub fn is_hidden(c: char) -> bool {
    c.is_control() || is_bidi_control(c) || is_zero_width(c)
}

/// Whether a value (a name, an ARN) holds any hidden character, layout included: such a value
/// is not what it looks like, and the reading says so.
pub fn has_hidden(text: &str) -> bool {
    text.chars().any(is_hidden)
}

fn push_escape(out: &mut String, c: char) {
    use std::fmt::Write as _;
    let code = u32::from(c);
    // Writing to a String cannot fail.
    let _ = if code < 0x80 {
        write!(out, "\\x{code:02x}")
    } else {
        write!(out, "\\u{{{code:x}}}")
    };
}

fn escape_with(text: &str, keep_layout: bool) -> Cow<'_, str> {
    let needs_work = text
        .chars()
        .any(|c| is_hidden(c) && !(keep_layout && matches!(c, '\n' | '\t')));
    if !needs_work {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 16);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\n' | '\t' if keep_layout => out.push(c),
            // CR LF and a lone CR are line breaks as Windows and terminals paste them.
            '\r' if keep_layout => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            c if is_hidden(c) => push_escape(&mut out, c),
            c => out.push(c),
        }
    }
    Cow::Owned(out)
}

/// Text of several lines, safe to print: tabs and line breaks kept, every other hidden
/// character shown as an escape.
pub fn visible(text: &str) -> Cow<'_, str> {
    escape_with(text, true)
}

/// A one-line value, safe to print: every hidden character, line breaks and tabs included,
/// shown as an escape.
pub fn visible_line(text: &str) -> Cow<'_, str> {
    escape_with(text, false)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_and_layout_kept() {
        assert_eq!(visible("a\x1b]52;c;eA==\x07b"), "a\\x1b]52;c;eA==\\x07b");
        assert_eq!(visible("x\u{9b}2J"), "x\\u{9b}2J");
        assert_eq!(visible("role\u{202e}nimda"), "role\\u{202e}nimda");
        assert_eq!(visible("dev\u{200b}s"), "dev\\u{200b}s");
        assert_eq!(visible("del\x7f"), "del\\x7f");
        assert_eq!(visible("one\ttwo\nthree"), "one\ttwo\nthree");
        assert_eq!(visible("a\r\nb\rc"), "a\nb\nc");
        assert_eq!(visible_line("a\nb\tc"), "a\\x0ab\\x09c");
    }

    #[test]
    fn plain_text_is_not_copied() {
        assert!(matches!(visible("日本語 text\n"), Cow::Borrowed(_)));
        assert!(matches!(
            visible_line("arn:aws:iam::1:role/x"),
            Cow::Borrowed(_)
        ));
    }

    #[test]
    fn hidden_values_are_noticed() {
        assert!(has_hidden("arn:aws:iam::1:role/\u{202e}x"));
        assert!(has_hidden("prod\u{feff}"));
        assert!(!has_hidden("arn:aws:iam::111122223333:role/日本"));
    }
}
