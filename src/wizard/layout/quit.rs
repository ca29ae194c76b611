//! The question before quitting without keeping: a popup of wrapped words, centred.

use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tr;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::geometry::{centred, popup_inner};
use crate::wizard::model::Model;

pub struct QuitLayout {
    pub popup: Rect,
    pub inner: Rect,
    pub lines: Vec<Line<'static>>,
}

pub fn quit_question(model: &Model, area: Rect) -> Option<QuitLayout> {
    if !model.session.quit_asked {
        return None;
    }
    let width = area.width.saturating_sub(4).min(72);
    let inner_width = usize::from(width.saturating_sub(4));
    let lines: Vec<Line<'static>> =
        wrap_words(&tr!(model.lang, "session-quit-question"), inner_width)
            .into_iter()
            .map(Line::from)
            .collect();
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    let height = rows.saturating_add(2).min(area.height);
    let popup = centred(area, (width, height));
    Some(QuitLayout {
        popup,
        inner: popup_inner(popup),
        lines,
    })
}
