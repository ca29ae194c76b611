//! Pieces more than one screen draws: the popup box and the report's badge.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};
use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

use crate::tr;
use crate::wizard::model::Model;
use crate::wizard::queries::search::search_target;
use crate::wizard::search::{SearchMatch, find_all};
use crate::wizard::theme::Theme;

/// A bordered box at `popup` (from the layout), cleared and titled; the caller draws its
/// lines at the layout's inner area.
pub fn popup(frame: &mut Frame, popup: Rect, title: &str, theme: &Theme) {
    frame.render_widget(Clear, popup);
    // A wide character just left of the box would be drawn over its left border (the
    // terminal gives it two cells): blank it, so no character is shown cut in half.
    if popup.x > 0 {
        let buffer = frame.buffer_mut();
        for y in popup.top()..popup.bottom() {
            if let Some(cell) = buffer.cell_mut((popup.x - 1, y))
                && cell.symbol().width() > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title));
    frame.render_widget(block, popup);
}

/// The line that tells the keys and the redaction state, on the screens that offer them.
pub fn badge(model: &Model, theme: &Theme) -> Line<'static> {
    badge_worded(model, theme, "report-badge")
}

/// The badge worded by `id` (a message taking `$state`): screens whose keys differ say so.
pub fn badge_worded(model: &Model, theme: &Theme, id: &str) -> Line<'static> {
    let lang = model.lang;
    let state = if model.report.redact {
        tr!(lang, "report-badge-redact-on")
    } else {
        tr!(lang, "report-badge-redact-off")
    };
    Line::from(Span::styled(tr!(lang, id, state = state), theme.dim))
}

/// `lines` with every match of the last search restyled, where that search was on the text
/// shown now (the matches are found again in what is on screen, in cells).
pub fn highlight_matches(
    model: &Model,
    lines: Vec<Line<'static>>,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let search = &model.search;
    if search.query.is_empty()
        || search.editing
        || search.target.is_none()
        || search.target != search_target(model)
    {
        return lines;
    }
    lines
        .into_iter()
        .map(|line| {
            let found = find_all(&[line.to_string()], &search.query);
            if found.is_empty() {
                line
            } else {
                restyle(line, &found, theme.found)
            }
        })
        .collect()
}

/// `line` with the cells of `found` patched with `style`, split where a match starts or ends.
fn restyle(line: Line<'static>, found: &[SearchMatch], style: Style) -> Line<'static> {
    let inside = |cell: usize| found.iter().any(|m| cell >= m.start && cell < m.end);
    let mut spans: Vec<Span<'static>> = Vec::new();
    let mut cell = 0;
    for span in line.spans {
        let mut piece = String::new();
        let mut lit = false;
        for ch in span.content.chars() {
            let here = inside(cell);
            if here != lit && !piece.is_empty() {
                let piece_style = if lit {
                    span.style.patch(style)
                } else {
                    span.style
                };
                spans.push(Span::styled(std::mem::take(&mut piece), piece_style));
            }
            lit = here;
            piece.push(ch);
            cell += ch.width().unwrap_or(0);
        }
        if !piece.is_empty() {
            let piece_style = if lit {
                span.style.patch(style)
            } else {
                span.style
            };
            spans.push(Span::styled(piece, piece_style));
        }
    }
    Line {
        spans,
        style: line.style,
        alignment: line.alignment,
    }
}
