//! The guide as terminal lines for a given width. Both the view (to draw) and the update (to
//! know where each step starts when scrolling) use it, so they never disagree.

use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use super::theme::Theme;
use crate::guide::render::RenderedStep;
use crate::guide::{BlockKind, SegmentKind};
use crate::i18n::style::{is_no_line_end, is_no_line_start};

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
            let styled: Vec<(String, Style)> = block
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
            let kind = match block.kind {
                BlockKind::Shell => CodeKind::Shell,
                BlockKind::Json | BlockKind::Yaml => CodeKind::Data,
            };
            for spans in wrap_code_as(&styled, width - CODE_INDENT, kind) {
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

/// The mark at the end of a line whose token goes on at the start of the next one: a URL,
/// an ARN or a JSON value too long for any line. It has one cell in every terminal (it is
/// not of East Asian ambiguous width).
pub const CONTINUED: char = '↩';

/// A shell command's line continuation, as the guide's own commands write it.
const SHELL_CONTINUED: &str = " \\";

/// One unbreakable piece of prose: a word, a whole URL or ARN or file name, or a Japanese
/// character with the punctuation that may not be parted from it.
#[derive(Debug)]
struct Piece {
    text: String,
    width: usize,
    /// The spaces that followed it in the text, dropped where the line breaks.
    gap: usize,
}

impl textwrap::core::Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.gap as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

fn cells(text: &str) -> usize {
    text.width()
}

fn char_cells(ch: char) -> usize {
    ch.width().unwrap_or(0)
}

fn is_wide(ch: char) -> bool {
    char_cells(ch) > 1
}

/// A narrow character that, like 。 in Japanese, closes what stands before it.
fn is_narrow_closing(ch: char) -> bool {
    matches!(ch, ')' | ']' | '}' | ',' | '.' | ':' | ';' | '!' | '?')
}

fn may_not_start_line(text: &str) -> bool {
    text.chars()
        .next()
        .is_some_and(|c| is_no_line_start(c) || is_narrow_closing(c))
}

fn may_not_end_line(text: &str) -> bool {
    text.chars()
        .last()
        .is_some_and(|c| is_no_line_end(c) || matches!(c, '(' | '[' | '{'))
}

/// Splits one line of prose into pieces. A run of narrow characters without spaces (a word,
/// a URL, an ARN, a Region, a command or file name) is one piece; each wide character is a
/// piece of its own; a piece that may not start a line (、。」 and small kana) joins the one
/// before it and one that may not end a line (「（) joins the one after it (kinsoku).
fn pieces(line: &str) -> Vec<Piece> {
    let body = line.trim_start_matches(' ');
    let leading = &line[..line.len() - body.len()];
    // (text, spaces after it)
    let mut raw: Vec<(String, usize)> = Vec::new();
    for ch in body.chars() {
        if ch == ' ' {
            if let Some(last) = raw.last_mut() {
                last.1 += 1;
            }
            continue;
        }
        let continues_run = !is_wide(ch)
            && raw.last().is_some_and(|(text, gap)| {
                *gap == 0 && text.chars().last().is_some_and(|c| !is_wide(c))
            });
        match raw.last_mut() {
            Some(last) if continues_run => last.0.push(ch),
            _ => raw.push((ch.to_string(), 0)),
        }
    }
    // Kinsoku: what may not start a line joins the piece before, and what may not end one
    // joins the piece after (with any spaces between them).
    let mut glued: Vec<(String, usize)> = Vec::new();
    for (text, gap) in raw {
        match glued.last_mut() {
            Some(last) if may_not_start_line(&text) || may_not_end_line(&last.0) => {
                last.0.push_str(&" ".repeat(last.1));
                last.0.push_str(&text);
                last.1 = gap;
            }
            _ => glued.push((text, gap)),
        }
    }
    if let Some(first) = glued.first_mut() {
        first.0.insert_str(0, leading);
    }
    glued
        .into_iter()
        .map(|(text, gap)| Piece {
            width: cells(&text),
            text,
            gap,
        })
        .collect()
}

/// `text` in chunks of at most `width` cells each ending in [`CONTINUED`] but the last; a
/// chunk ends after a `/`, `:`, `-`, `.`, `_` or `=` when one falls in its second half, so a
/// URL or an ARN is parted where a reader expects it. No character is dropped or split.
fn chunks(text: &str, width: usize) -> Vec<String> {
    let room = width.saturating_sub(1).max(2);
    let mut out = Vec::new();
    let mut rest: Vec<char> = text.chars().collect();
    while rest.iter().map(|c| char_cells(*c)).sum::<usize>() > width {
        let mut used = 0;
        let mut end = 0;
        let mut separator_end = None;
        for (i, ch) in rest.iter().enumerate() {
            let w = char_cells(*ch);
            if used + w > room && end > 0 {
                break;
            }
            used += w;
            end = i + 1;
            if matches!(ch, '/' | ':' | '-' | '.' | '_' | '=' | ',') && used * 2 >= room {
                separator_end = Some(end);
            }
        }
        let mut cut = separator_end.unwrap_or(end).max(1);
        // Kinsoku at the cut too, where the chunk leaves room for it.
        while cut > 1
            && (rest.get(cut).is_some_and(|c| is_no_line_start(*c))
                || rest.get(cut - 1).is_some_and(|c| is_no_line_end(*c)))
        {
            cut -= 1;
        }
        let mut chunk: String = rest.drain(..cut).collect();
        chunk.push(CONTINUED);
        out.push(chunk);
    }
    out.push(rest.into_iter().collect());
    out
}

/// Prose wrapped to `width` cells. Lines break at spaces and between Japanese characters,
/// never inside a URL, an ARN, a Region, a command or a file name, never before 、。）」ー or
/// a small kana and never after 「（. A token longer than a whole line starts a line of its
/// own and goes on over the next lines, each cut marked with [`CONTINUED`]; no character is
/// ever dropped.
pub fn wrap_words(text: &str, width: usize) -> Vec<String> {
    // Outside text in the prose (a pasted value, a name from AWS) shows its hidden characters
    // as escapes, measured like any other text.
    let text = crate::safe_text::visible(text);
    let width = width.max(1);
    let mut out = Vec::new();
    for line in text.lines() {
        if line.trim().is_empty() {
            out.push(String::new());
            continue;
        }
        let mut fitted = Vec::new();
        for piece in pieces(line) {
            if piece.width <= width {
                fitted.push(piece);
                continue;
            }
            let parts = chunks(&piece.text, width);
            let last = parts.len() - 1;
            for (n, part) in parts.into_iter().enumerate() {
                // A cut chunk fills its line, so that the next chunk starts the next line
                // even when kinsoku made this one short.
                let width = if n == last { cells(&part) } else { width };
                fitted.push(Piece {
                    width,
                    text: part,
                    gap: if n == last { piece.gap } else { 0 },
                });
            }
        }
        for row in textwrap::wrap_algorithms::wrap_first_fit(&fitted, &[width as f64]) {
            let mut joined = String::new();
            for (n, piece) in row.iter().enumerate() {
                joined.push_str(&piece.text);
                if n + 1 < row.len() {
                    joined.push_str(&" ".repeat(piece.gap));
                }
            }
            out.push(joined);
        }
    }
    out
}

/// How a code line too long for the screen goes on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CodeKind {
    /// A shell command: breaks at spaces outside quotes, ending the line in ` \`.
    Shell,
    /// JSON or YAML: breaks at spaces, ending the line in ` ↩`.
    Data,
}

type StyledChar = (char, Style);

/// Code wrapped to `width` cells, keeping each piece's style. A line that fits is shown as
/// it is. A longer shell command breaks between its words with ` \` continuations (as the
/// guide's own commands are written), indented two more cells; JSON and YAML break between
/// words with ` ↩`. A single token longer than a line (a policy document, a long ARN) goes
/// on in chunks marked with [`CONTINUED`]. Every character of the code is kept.
pub(super) fn wrap_code(pieces: &[(String, Style)], width: usize) -> Vec<Vec<Span<'static>>> {
    let first = pieces
        .iter()
        .map(|(text, _)| text.as_str())
        .collect::<String>();
    let kind = if looks_like_data(&first) {
        CodeKind::Data
    } else {
        CodeKind::Shell
    };
    wrap_code_as(pieces, width, kind)
}

/// JSON, YAML or an aws-auth fragment rather than a command line.
fn looks_like_data(code: &str) -> bool {
    let Some(line) = code.lines().find(|l| !l.trim().is_empty()) else {
        return false;
    };
    let line = line.trim_start();
    let first_word = line.split_whitespace().next().unwrap_or_default();
    line.starts_with(['{', '[', '"', '-', '#']) || first_word.ends_with(':')
}

fn wrap_code_as(
    pieces: &[(String, Style)],
    width: usize,
    kind: CodeKind,
) -> Vec<Vec<Span<'static>>> {
    let width = width.max(8);
    let chars: Vec<StyledChar> = pieces
        .iter()
        .flat_map(|(text, style)| {
            crate::safe_text::visible(text)
                .chars()
                .map(|c| (c, *style))
                .collect::<Vec<_>>()
        })
        .collect();
    chars
        .split(|(c, _)| *c == '\n')
        .flat_map(|line| wrap_code_line(line, width, kind))
        .map(|line| spans_of(&line))
        .collect()
}

fn styled_cells(chars: &[StyledChar]) -> usize {
    chars.iter().map(|(c, _)| char_cells(*c)).sum()
}

/// A code line split at spaces (outside quotes for a shell command): the tokens, each with
/// the spaces that followed it.
fn code_tokens(line: &[StyledChar], kind: CodeKind) -> Vec<(Vec<StyledChar>, Vec<StyledChar>)> {
    let mut tokens: Vec<(Vec<StyledChar>, Vec<StyledChar>)> = Vec::new();
    let mut quote: Option<char> = None;
    let mut escaped = false;
    for &(ch, style) in line {
        let is_break = ch == ' ' && quote.is_none();
        if is_break {
            match tokens.last_mut() {
                Some(last) => last.1.push((ch, style)),
                None => tokens.push((Vec::new(), vec![(ch, style)])),
            }
        } else {
            if tokens.last().is_none_or(|last| !last.1.is_empty()) {
                tokens.push((Vec::new(), Vec::new()));
            }
            if let Some(last) = tokens.last_mut() {
                last.0.push((ch, style));
            }
        }
        if kind == CodeKind::Shell {
            match (quote, ch) {
                (_, '\\') if quote != Some('\'') => escaped = !escaped,
                (None, '\'' | '"') if !escaped => {
                    quote = Some(ch);
                    escaped = false
                }
                (Some(q), c) if c == q && !escaped => {
                    quote = None;
                    escaped = false
                }
                _ => escaped = false,
            }
        }
    }
    tokens
}

fn wrap_code_line(line: &[StyledChar], width: usize, kind: CodeKind) -> Vec<Vec<StyledChar>> {
    if styled_cells(line) <= width {
        return vec![line.to_vec()];
    }
    let indent = line.iter().take_while(|(c, _)| *c == ' ').count();
    let style = line
        .iter()
        .find(|(c, _)| *c != ' ')
        .map(|(_, s)| *s)
        .unwrap_or_default();
    let next_indent = (indent + 2).min(width / 2);
    let mark: Vec<StyledChar> = match kind {
        CodeKind::Shell => SHELL_CONTINUED.chars().map(|c| (c, style)).collect(),
        CodeKind::Data => [' ', CONTINUED].into_iter().map(|c| (c, style)).collect(),
    };
    let tokens = code_tokens(line, kind);
    let mut lines: Vec<Vec<StyledChar>> = Vec::new();
    let mut current: Vec<StyledChar> = Vec::new();
    // Whether `current` holds more than its indentation.
    let mut started = false;
    let count = tokens.len();
    for (n, (token, spaces)) in tokens.into_iter().enumerate() {
        let is_last = n + 1 == count;
        let reserve = if is_last { 0 } else { mark.len() };
        let token_cells = styled_cells(&token);
        if started && styled_cells(&current) + token_cells + reserve > width {
            while current.last().is_some_and(|(c, _)| *c == ' ') {
                current.pop();
            }
            current.extend(mark.iter().copied());
            lines.push(std::mem::take(&mut current));
            current.extend(std::iter::repeat_n((' ', style), next_indent));
            started = false;
        }
        if !started && token_cells + styled_cells(&current) + reserve > width {
            // Longer than any line: in chunks, each marked, on lines of their own.
            let mut rest = token.as_slice();
            while styled_cells(rest) + styled_cells(&current) + reserve > width {
                // What is left of this line after its indentation and the mark.
                let room = width.saturating_sub(styled_cells(&current) + 1).max(2);
                let mut used = 0;
                let mut end = 0;
                for (c, _) in rest {
                    let w = char_cells(*c);
                    if used + w > room && end > 0 {
                        break;
                    }
                    used += w;
                    end += 1;
                }
                current.extend_from_slice(&rest[..end]);
                current.push((CONTINUED, style));
                lines.push(std::mem::take(&mut current));
                current.extend(std::iter::repeat_n((' ', style), next_indent));
                rest = &rest[end..];
            }
            current.extend_from_slice(rest);
        } else {
            current.extend(token);
        }
        started = started || token_cells > 0;
        if !is_last {
            current.extend(spaces);
        }
    }
    while current.last().is_some_and(|(c, _)| *c == ' ') && lines.is_empty() {
        current.pop();
    }
    lines.push(current);
    lines
}

fn spans_of(chars: &[StyledChar]) -> Vec<Span<'static>> {
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut text = String::new();
    let mut style = None;
    for &(ch, s) in chars {
        if style.is_some_and(|current| current != s) {
            spans.push(Span::styled(
                std::mem::take(&mut text),
                style.unwrap_or_default(),
            ));
        }
        style = Some(s);
        text.push(ch);
    }
    if let Some(style) = style {
        spans.push(Span::styled(text, style));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use unicode_width::UnicodeWidthStr;

    fn plain(lines: &[Vec<Span<'static>>]) -> Vec<String> {
        lines
            .iter()
            .map(|l| l.iter().map(|s| s.content.to_string()).collect())
            .collect()
    }

    /// The wrapped lines read back as the text: continuation marks out, spaces aside.
    fn reassembled(lines: &[String]) -> String {
        lines
            .concat()
            .chars()
            .filter(|c| *c != CONTINUED && *c != ' ')
            .collect()
    }

    fn without_spaces(text: &str) -> String {
        text.chars().filter(|c| *c != ' ').collect()
    }

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
        assert_eq!(reassembled(&lines), without_spaces(text));
        for line in &lines {
            assert!(line.width() <= 24, "{line}");
            assert!(!line.starts_with(['、', '。', 'ィ', 'ー']), "{lines:?}");
        }
        // The first line is filled, not cut short at the only space.
        assert!(lines[0].width() >= 20, "{lines:?}");
    }

    #[test]
    fn identifiers_in_japanese_prose_are_never_broken() {
        let text = "リージョン us-east-1 で aws eks update-kubeconfig を実行し、eks-prod-access.json を保存します。";
        for width in 24..60 {
            let lines = wrap_words(text, width);
            for token in ["us-east-1", "update-kubeconfig", "eks-prod-access.json"] {
                assert!(
                    lines.iter().any(|l| l.contains(token)),
                    "{token} broken at {width}: {lines:?}"
                );
            }
        }
    }

    #[test]
    fn a_link_longer_than_the_line_keeps_every_character() {
        let url = "https://docs.aws.amazon.com/ja_jp/service-authorization/latest/reference/list_amazonelastickubernetesservice.html";
        let text = format!("• Amazon EKS のアクション、リソース、および条件キー: {url}");
        let lines = wrap_words(&text, 77);
        assert_eq!(reassembled(&lines), without_spaces(&text));
        for line in &lines {
            assert!(line.width() <= 77, "{line}");
        }
        // The URL starts a line of its own and each cut is marked.
        assert!(lines.iter().any(|l| l.starts_with("https://")), "{lines:?}");
        assert!(lines.iter().filter(|l| l.ends_with(CONTINUED)).count() >= 1);
    }

    #[test]
    fn a_url_that_fits_stays_on_one_line() {
        let url = "https://docs.aws.amazon.com/eks/latest/userguide/access-entries.html";
        let lines = wrap_words(&format!("アクセスエントリ: {url}"), 77);
        assert!(lines.iter().any(|l| l.contains(url)), "{lines:?}");
    }

    #[test]
    fn opening_brackets_never_end_a_line() {
        let text =
            "メッセージの末尾をご確認ください。「because no identity-based policy allows」とあれば";
        for width in 8..40 {
            for line in wrap_words(text, width) {
                assert!(!line.ends_with(['「', '（']), "{width}: {line}");
            }
        }
    }

    #[test]
    fn a_long_command_breaks_between_words_with_backslashes() {
        let command = "aws iam simulate-principal-policy --policy-source-arn arn:aws:iam::111122223333:role/team/developers/eks-admin --action-names iam:PassRole --resource-arns arn:aws:iam::111122223333:role/eks-cluster-role";
        let lines = plain(&wrap_code(&[(command.to_owned(), Style::new())], 60));
        for line in &lines {
            assert!(line.width() <= 60, "{line}");
        }
        for line in &lines[..lines.len() - 1] {
            assert!(line.ends_with(" \\"), "{lines:?}");
        }
        for token in command.split(' ') {
            assert!(
                lines.iter().any(|l| l.contains(token)),
                "{token}: {lines:?}"
            );
        }
        // Read back as a shell would: the continuations joined, the words the same.
        let joined = lines
            .iter()
            .map(|l| l.trim_end_matches('\\').trim())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(joined, command);
    }

    #[test]
    fn quoted_policy_in_a_command_is_not_broken_at_its_spaces() {
        let command = r#"aws iam put-role-policy --role-name x --policy-name y --policy-document '{"Version": "2012-10-17", "Statement": []}'"#;
        let lines = plain(&wrap_code(&[(command.to_owned(), Style::new())], 40));
        let backslashed: Vec<&String> = lines.iter().filter(|l| l.ends_with(" \\")).collect();
        for line in backslashed {
            let quotes = line.matches('\'').count();
            assert_eq!(quotes % 2, 0, "broke inside quotes: {lines:?}");
        }
        let text: String = lines.concat();
        assert_eq!(
            text.chars()
                .filter(|&c| !matches!(c, ' ' | '\\' | CONTINUED))
                .collect::<String>(),
            command
                .chars()
                .filter(|c| !matches!(c, ' ' | '\\'))
                .collect::<String>()
        );
    }

    #[test]
    fn code_keeps_styles_and_every_character() {
        let pieces = vec![
            ("aws eks describe-cluster --name ".to_owned(), Style::new()),
            (
                "クラスター".to_owned(),
                Style::new().add_modifier(ratatui::style::Modifier::BOLD),
            ),
        ];
        let lines = wrap_code(&pieces, 12);
        let text = plain(&lines).concat();
        assert_eq!(
            text.chars()
                .filter(|&c| !matches!(c, ' ' | '\\' | CONTINUED))
                .collect::<String>(),
            "awseksdescribe-cluster--nameクラスター"
        );
        for line in &lines {
            let w: usize = line.iter().map(|s| s.content.width()).sum();
            assert!(w <= 12, "{line:?}");
        }
        assert!(
            lines
                .iter()
                .flatten()
                .any(|s| s.content.contains("クラスター")
                    && s.style == Style::new().add_modifier(ratatui::style::Modifier::BOLD))
        );
    }

    #[test]
    fn json_lines_continue_with_a_mark_not_a_backslash() {
        let json = r#"{"Effect": "Allow", "Action": "eks:DescribeCluster", "Resource": "arn:aws:eks:us-west-2:111122223333:cluster/my-cluster"}"#;
        let lines = plain(&wrap_code(&[(json.to_owned(), Style::new())], 40));
        assert!(lines.iter().all(|l| !l.ends_with('\\')), "{lines:?}");
        assert!(lines[0].ends_with(CONTINUED), "{lines:?}");
    }

    fn prose() -> impl Strategy<Value = String> {
        let token = prop_oneof![
            Just("アクセスエントリ".to_owned()),
            Just("、".to_owned()),
            Just("。".to_owned()),
            Just("「".to_owned()),
            Just("」".to_owned()),
            Just("ッ".to_owned()),
            Just("ー".to_owned()),
            Just("を".to_owned()),
            Just(" ".to_owned()),
            Just("us-east-1".to_owned()),
            Just("arn:aws:iam::111122223333:role/team/eks-admin".to_owned()),
            Just(
                "https://docs.aws.amazon.com/ja_jp/eks/latest/userguide/access-entries.html"
                    .to_owned()
            ),
            "[a-z]{1,12}",
            "[ぁ-んァ-ヶ一-龠]{1,6}",
        ];
        proptest::collection::vec(token, 1..30).prop_map(|v| v.concat())
    }

    proptest! {
        #[test]
        fn wrapped_prose_keeps_every_character_and_fits(text in prose(), width in 6usize..90) {
            let lines = wrap_words(&text, width);
            prop_assert_eq!(reassembled(&lines), without_spaces(text.trim()));
            for line in &lines {
                prop_assert!(line.width() <= width, "{} > {}: {:?}", line.width(), width, lines);
            }
            // Kinsoku both ways, except where a token too long for a line was cut (and the
            // cut is marked).
            for pair in lines.windows(2) {
                if pair[0].ends_with(CONTINUED) {
                    continue;
                }
                if let Some(first) = pair[1].chars().next() {
                    prop_assert!(!is_no_line_start(first), "{:?}", lines);
                }
                if let Some(last) = pair[0].trim_end().chars().last() {
                    prop_assert!(!is_no_line_end(last), "{:?}", lines);
                }
            }
        }

        #[test]
        fn identifiers_are_whole_or_explicitly_continued(text in prose(), width in 10usize..90) {
            let lines = wrap_words(&text, width);
            // Lines joined where a cut is marked: every identifier is whole in one of them.
            let mut joined: Vec<String> = Vec::new();
            let mut continued = false;
            for line in &lines {
                let body = line.strip_suffix(CONTINUED).unwrap_or(line);
                match joined.last_mut() {
                    Some(last) if continued => last.push_str(body),
                    _ => joined.push(body.to_owned()),
                }
                continued = line.ends_with(CONTINUED);
            }
            for token in text.split(|c: char| c == ' ' || c.width().unwrap_or(0) > 1) {
                if !token.is_empty() {
                    prop_assert!(joined.iter().any(|l| l.contains(token)), "{} in {:?}", token, lines);
                }
            }
        }

        #[test]
        fn wrapped_commands_keep_every_character_and_fit(
            words in proptest::collection::vec("[a-z:/-]{1,40}", 1..12),
            width in 10usize..80,
        ) {
            let command = words.join(" ");
            let lines = plain(&wrap_code(&[(command.clone(), Style::new())], width));
            for line in &lines {
                prop_assert!(line.width() <= width, "{:?}", lines);
            }
            let kept: String = lines.concat().chars().filter(|&c| !matches!(c, ' ' | '\\' | CONTINUED)).collect();
            prop_assert_eq!(kept, command.replace(' ', ""));
        }
    }
}
