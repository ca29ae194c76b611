//! The save prompt (`s`): a popup with what is saved, the path being typed, and whether the
//! case is redacted.

use ratatui::layout::Rect;
use ratatui::text::Line;

use crate::tr;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::geometry::{centred, popup_inner};
use crate::wizard::model::Model;

pub struct SaveLayout {
    pub popup: Rect,
    pub inner: Rect,
    /// The explanation above the path.
    pub lines: Vec<Line<'static>>,
    /// The row the path is typed on.
    pub input: Rect,
    /// The row that says the redaction and the keys.
    pub footer: Rect,
}

pub fn save(model: &Model, area: Rect) -> Option<SaveLayout> {
    model.session.save.as_ref()?;
    let lang = model.lang;
    let width = area.width.saturating_sub(4).min(90);
    let inner_width = usize::from(width.saturating_sub(4));
    let lines: Vec<Line<'static>> = wrap_words(&tr!(lang, "case-save-intro"), inner_width)
        .into_iter()
        .map(Line::from)
        .collect();
    let rows = u16::try_from(lines.len()).unwrap_or(u16::MAX);
    // The text, a blank row, the path, a blank row, the footer; and the border.
    let height = rows.saturating_add(4 + 2).min(area.height);
    let popup = centred(area, (width, height));
    let inner = popup_inner(popup);
    let row = |offset: u16| Rect {
        y: (inner.y + offset).min(inner.bottom().saturating_sub(1)),
        height: 1,
        ..inner
    };
    Some(SaveLayout {
        popup,
        inner,
        lines,
        input: row(rows + 1),
        footer: row(rows + 3),
    })
}
