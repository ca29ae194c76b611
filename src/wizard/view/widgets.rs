//! Pieces more than one screen draws: the popup box and the report's badge.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Clear};
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::wizard::model::Model;
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
