//! The picker popup: its box, and which of its choices are in view (the chosen one always is).

use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::wizard::layout::geometry::{centred, popup_inner};
use crate::wizard::model::Model;
use crate::wizard::model::picker::PickerKind;

pub struct PickerLayout {
    pub popup: Rect,
    pub inner: Rect,
    /// The index of the first choice in view.
    pub top: usize,
    /// How many choices fit.
    pub rows: usize,
}

pub fn title_id(kind: PickerKind) -> &'static str {
    match kind {
        PickerKind::Profile => "picker-title-profile",
        PickerKind::Region => "picker-title-region",
        PickerKind::Context => "picker-title-context",
    }
}

/// What a choice reads as: its name, and a mark on the one in use.
pub fn choice_text(model: &Model, choice: &str, in_use: bool) -> String {
    if in_use {
        tr!(model.lang, "picker-in-use", choice = choice.to_owned())
    } else {
        choice.to_owned()
    }
}

pub fn picker(model: &Model, area: Rect) -> Option<PickerLayout> {
    let picker = model.picker.as_ref()?;
    let title = tr!(model.lang, title_id(picker.kind));
    let widest = picker
        .choices
        .iter()
        .map(|choice| choice_text(model, choice, true).width())
        .chain([title.width() + 2, tr!(model.lang, "picker-empty").width()])
        .max()
        .unwrap_or(0);
    // The border and one cell of padding each side.
    let width = u16::try_from(widest + 4)
        .unwrap_or(u16::MAX)
        .max(30)
        .min(area.width.saturating_sub(4));
    let wanted_rows = picker.choices.len().max(1);
    let height = u16::try_from(wanted_rows + 2)
        .unwrap_or(u16::MAX)
        .min(area.height.saturating_sub(2));
    let popup = centred(area, (width, height));
    let inner = popup_inner(popup);
    let rows = usize::from(inner.height).max(1);
    let top = (picker.cursor + 1).saturating_sub(rows);
    Some(PickerLayout {
        popup,
        inner,
        top,
        rows,
    })
}
