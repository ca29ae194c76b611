//! The guide as terminal lines for a given width. Both the view (to draw) and the update (to
//! know where each step starts when scrolling) use it, so they never disagree.

use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthChar;

use super::theme::Theme;
use crate::guide::SegmentKind;
use crate::guide::render::RenderedStep;

pub struct GuideLayout {
    pub lines: Vec<Line<'static>>,
    /// The line each step's title is on.
    pub step_starts: Vec<usize>,
}

const TEXT_INDENT: usize = 3;
const CODE_INDENT: usize = 5;

pub fn layout_guide(
    steps: &[RenderedStep],
    width: u16,
    selected: usize,
    theme: &Theme,
) -> GuideLayout {
    let width = usize::from(width).max(CODE_INDENT + 10);
    let mut lines = Vec::new();
    let mut step_starts = Vec::with_capacity(steps.len());
    for (index, step) in steps.iter().enumerate() {
        step_starts.push(lines.len());
        let is_selected = index == selected;
        let (marker, style) = if is_selected {
            (theme.marker, theme.title.patch(theme.selected))
        } else {
            (" ", theme.title)
        };
        let heading = format!("{}. {}", index + 1, step.title);
        for (n, piece) in wrap_words(&heading, width - 2).into_iter().enumerate() {
            let lead = if n == 0 { marker } else { " " };
            lines.push(Line::from(vec![
                Span::styled(format!("{lead} "), style),
                Span::styled(piece, style),
            ]));
        }
        for piece in wrap_words(&step.text, width - TEXT_INDENT) {
            lines.push(Line::from(format!("{}{piece}", " ".repeat(TEXT_INDENT))));
        }
        for block in &step.blocks {
            lines.push(Line::default());
            if let Some(caption) = &block.caption {
                for piece in wrap_words(caption, width - TEXT_INDENT) {
                    lines.push(Line::from(Span::styled(
                        format!("{}{piece}", " ".repeat(TEXT_INDENT)),
                        theme.dim,
                    )));
                }
            }
            let styled: Vec<(String, ratatui::style::Style)> = block
                .segments
                .iter()
                .map(|segment| {
                    let style = match segment.kind {
                        SegmentKind::Literal => theme.code,
                        SegmentKind::Value => theme.value,
                        SegmentKind::Missing => theme.missing,
                    };
                    (segment.text.clone(), style)
                })
                .collect();
            for spans in wrap_code(&styled, width - CODE_INDENT) {
                let mut line = vec![Span::raw(" ".repeat(CODE_INDENT))];
                line.extend(spans);
                lines.push(Line::from(line));
            }
        }
        if !step.links.is_empty() {
            lines.push(Line::default());
        }
        for link in &step.links {
            let text = format!("{} {}: {}", theme.bullet, link.label, link.url);
            for piece in wrap_words(&text, width - TEXT_INDENT) {
                lines.push(Line::from(Span::styled(
                    format!("{}{piece}", " ".repeat(TEXT_INDENT)),
                    theme.link,
                )));
            }
        }
        lines.push(Line::default());
    }
    GuideLayout { lines, step_starts }
}

/// Prose wrapped at spaces and between Japanese characters (which have no spaces), measured
/// in terminal cells, never starting a line with closing punctuation such as 、 or 。.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    // Outside text in the prose (a pasted value, a name from AWS) shows its hidden characters
    // as escapes, measured like any other text.
    let text = crate::safe_text::visible(text);
    let options = textwrap::Options::new(width.max(1))
        .break_words(true)
        .word_separator(textwrap::WordSeparator::Custom(split_words_cjk_aware));
    text.lines()
        .flat_map(|line| {
            if line.trim().is_empty() {
                vec![String::new()]
            } else {
                textwrap::wrap(line, &options)
                    .into_iter()
                    .map(|piece| piece.into_owned())
                    .collect()
            }
        })
        .collect()
}

fn is_wide(ch: char) -> bool {
    ch.width().unwrap_or(0) > 1
}

/// Characters a Japanese line must not start with (a simple kinsoku rule).
fn is_closing(ch: char) -> bool {
    matches!(
        ch,
        '、' | '。'
            | '，'
            | '．'
            | '）'
            | '」'
            | '』'
            | '】'
            | '・'
            | 'ー'
            | '：'
            | '！'
            | '？'
            | ')'
            | ','
            | '.'
            | ':'
    )
}

/// Characters a line must not end with.
fn is_opening(ch: char) -> bool {
    matches!(ch, '（' | '「' | '『' | '【' | '(')
}

/// Splits a line into words: at spaces as usual, and around every wide character, keeping
/// closing punctuation with what precedes it.
fn split_words_cjk_aware(line: &str) -> Box<dyn Iterator<Item = textwrap::core::Word<'_>> + '_> {
    let mut words = Vec::new();
    let mut start = 0;
    let mut chars = line.char_indices().peekable();
    while let Some((_, ch)) = chars.next() {
        let next = chars.peek().copied();
        let end = next.map(|(j, _)| j).unwrap_or(line.len());
        let break_here = match next {
            None => true,
            Some((_, next)) => {
                let wide_boundary = (is_wide(ch) || is_wide(next)) && next != ' ' && ch != ' ';
                (ch == ' ' && next != ' ')
                    || (wide_boundary && !is_closing(next) && !is_opening(ch))
            }
        };
        if break_here {
            words.push(textwrap::core::Word::from(&line[start..end]));
            start = end;
        }
    }
    Box::new(words.into_iter())
}

/// Code wrapped by cells, keeping each piece's style; a command is never re-flowed at spaces,
/// so what is copied and what is shown read the same.
pub(super) fn wrap_code(
    pieces: &[(String, ratatui::style::Style)],
    width: usize,
) -> Vec<Vec<Span<'static>>> {
    let width = width.max(2);
    let mut lines: Vec<Vec<Span<'static>>> = vec![Vec::new()];
    let mut used = 0;
    for (text, style) in pieces {
        let mut current = String::new();
        for ch in crate::safe_text::visible(text).chars() {
            if ch == '\n' {
                flush(&mut lines, &mut current, *style);
                lines.push(Vec::new());
                used = 0;
                continue;
            }
            let w = ch.width().unwrap_or(0);
            if used + w > width {
                flush(&mut lines, &mut current, *style);
                lines.push(Vec::new());
                used = 0;
            }
            current.push(ch);
            used += w;
        }
        flush(&mut lines, &mut current, *style);
    }
    lines
}

fn flush(lines: &mut [Vec<Span<'static>>], current: &mut String, style: ratatui::style::Style) {
    if current.is_empty() {
        return;
    }
    if let Some(line) = lines.last_mut() {
        line.push(Span::styled(std::mem::take(current), style));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use unicode_width::UnicodeWidthStr;

    #[test]
    fn japanese_prose_wraps_within_width() {
        let text = "アクセスエントリを作成して、クラスターのノードを表示できるポリシーを関連付けてください。";
        for line in wrap_words(text, 20) {
            assert!(line.width() <= 20, "{line}");
        }
    }

    #[test]
    fn mixed_japanese_fills_lines_and_keeps_punctuation_attached() {
        let text = "許可は入口にすぎず、Kubernetes 側でもプリンシパルを認可する必要があります。パーティション。";
        let lines = wrap_words(text, 24);
        assert_eq!(lines.concat().replace(' ', ""), text.replace(' ', ""));
        for line in &lines {
            assert!(line.width() <= 24, "{line}");
            assert!(!line.starts_with(['、', '。', 'ィ', 'ー']), "{lines:?}");
        }
        // The first line is filled, not cut short at the only space.
        assert!(lines[0].width() >= 20, "{lines:?}");
    }

    #[test]
    fn code_wraps_by_cells_and_keeps_every_character() {
        let pieces = vec![
            (
                "aws eks describe-cluster --name ".to_owned(),
                ratatui::style::Style::new(),
            ),
            ("クラスター".to_owned(), ratatui::style::Style::new()),
        ];
        let lines = wrap_code(&pieces, 12);
        let joined: String = lines
            .iter()
            .flat_map(|l| l.iter().map(|s| s.content.to_string()))
            .collect();
        assert_eq!(joined, "aws eks describe-cluster --name クラスター");
        for line in &lines {
            let w: usize = line.iter().map(|s| s.content.width()).sum();
            assert!(w <= 12);
        }
    }
}
