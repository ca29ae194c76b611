//! The help popup (F1, `?`) over any screen: its box and its key table, wrapped to fit.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::geometry::{centred, popup_inner};
use crate::wizard::model::{Model, Screen};
use crate::wizard::theme::Theme;

pub struct HelpLayout {
    pub popup: Rect,
    pub inner: Rect,
    pub lines: Vec<Line<'static>>,
}

pub fn help(model: &Model, area: Rect, theme: &Theme) -> HelpLayout {
    let lang = model.lang;
    let width = area.width.saturating_sub(4).min(76);
    let height = area.height.min(22);
    let popup = centred(area, (width, height));
    let inner = popup_inner(popup);
    let mut rows = vec![
        ("help-key-move", "help-move"),
        ("help-key-enter", "help-enter"),
        ("help-key-back", "help-back"),
        ("help-key-tab", "help-tab"),
        ("help-key-copy", "help-copy"),
        ("help-key-page", "help-page"),
        ("help-key-aws-auth", "help-aws-auth"),
        ("help-key-lang", "help-lang"),
        ("help-key-help", "help-help"),
        ("help-key-quit", "help-quit"),
    ];
    // The error-message screen is a text box: its command keys are said where they apply.
    if model.screen == Screen::ErrorMessage {
        rows.insert(0, ("help-key-error-box", "help-error-box"));
    }
    let key_width = rows
        .iter()
        .map(|(k, _)| tr!(lang, k).width())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = Vec::new();
    for (key_id, text_id) in rows {
        let key = tr!(lang, key_id);
        let pad = " ".repeat(key_width.saturating_sub(key.width()) + 2);
        let text_width = usize::from(inner.width).saturating_sub(key_width + 2);
        for (n, piece) in wrap_words(&tr!(lang, text_id), text_width)
            .into_iter()
            .enumerate()
        {
            if n == 0 {
                lines.push(Line::from(vec![
                    Span::styled(key.clone(), theme.title),
                    Span::raw(pad.clone()),
                    Span::raw(piece),
                ]));
            } else {
                lines.push(Line::from(format!("{}{piece}", " ".repeat(key_width + 2))));
            }
        }
    }
    lines.push(Line::default());
    for piece in wrap_words(&tr!(lang, "help-footer"), usize::from(inner.width)) {
        lines.push(Line::from(Span::styled(piece, theme.dim)));
    }
    HelpLayout {
        popup,
        inner,
        lines,
    }
}
