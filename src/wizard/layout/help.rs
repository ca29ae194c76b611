//! The help popup (F1, `?`) over any screen: its box and the keys of the screen under it, read
//! from that screen's key table (`keys/`), so the help lists exactly the keys that work there.
//! Where the help is taller than its box it scrolls, and its last row says there is more.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::keys::{Keymap, chord_label};
use crate::wizard::layout::geometry::{centred, popup_inner, screen_inner};
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;

pub struct HelpLayout {
    pub popup: Rect,
    pub inner: Rect,
    /// The lines shown, from the model's help scroll position.
    pub lines: Vec<Line<'static>>,
}

/// One row of the help: the keys as written, and what they do.
pub struct HelpRow {
    pub keys: Vec<String>,
    pub text: String,
}

/// The keys of the screen under the help, one row per action that works there now: the
/// screen's own first, then those every screen shares.
pub fn help_rows(model: &Model) -> Vec<HelpRow> {
    let lang = model.lang;
    let keymap = Keymap::screen(model);
    keymap
        .table()
        .iter()
        .chain(keymap.shared())
        .filter(|binding| binding.when.holds(model))
        .map(|binding| HelpRow {
            keys: binding
                .chords
                .iter()
                .map(|c| chord_label(*c, lang))
                .collect(),
            text: tr!(lang, &binding.action.help_id()),
        })
        .collect()
}

fn popup_width(area: Rect) -> u16 {
    area.width.saturating_sub(4).min(76)
}

/// Every line of the help at the popup's inner width, before scrolling.
fn all_lines(model: &Model, inner_width: usize, theme: &Theme) -> Vec<Line<'static>> {
    let rows = help_rows(model);
    // The key column is as wide as its widest key, up to a third of the box; longer key
    // lists wrap inside it.
    let key_width = rows
        .iter()
        .flat_map(|r| r.keys.iter().map(|k| k.width()))
        .max()
        .unwrap_or(0)
        .max(
            rows.iter()
                .map(|r| r.keys.join(" ").width())
                .max()
                .unwrap_or(0)
                .min(inner_width / 3),
        );
    let text_width = inner_width.saturating_sub(key_width + 2).max(1);
    let mut lines: Vec<Line> = Vec::new();
    for row in rows {
        let keys = wrap_words(&row.keys.join(" "), key_width.max(1));
        let text = wrap_words(&row.text, text_width);
        for n in 0..keys.len().max(text.len()) {
            let key = keys.get(n).cloned().unwrap_or_default();
            let pad = " ".repeat(key_width.saturating_sub(key.width()) + 2);
            lines.push(Line::from(vec![
                Span::styled(key, theme.title),
                Span::raw(pad),
                Span::raw(text.get(n).cloned().unwrap_or_default()),
            ]));
        }
    }
    lines.push(Line::default());
    for piece in wrap_words(&tr!(model.lang, "help-footer"), inner_width) {
        lines.push(Line::from(Span::styled(piece, theme.dim)));
    }
    lines
}

pub fn help(model: &Model, area: Rect, theme: &Theme) -> HelpLayout {
    let width = popup_width(area);
    let inner_width = usize::from(width.saturating_sub(4));
    let all = all_lines(model, inner_width, theme);
    let wanted = u16::try_from(all.len())
        .unwrap_or(u16::MAX)
        .saturating_add(2);
    let popup = centred(area, (width, wanted.min(area.height)));
    let inner = popup_inner(popup);
    let rows = usize::from(inner.height);
    let top = model.help_top.min(all.len().saturating_sub(rows));
    let more_below = all.len() > top + rows;
    let mut lines: Vec<Line> = all.into_iter().skip(top).take(rows).collect();
    if more_below && let Some(last) = lines.last_mut() {
        *last = Line::from(Span::styled(tr!(model.lang, "help-more"), theme.dim));
    }
    HelpLayout {
        popup,
        inner,
        lines,
    }
}

/// How far the help scrolls at the terminal's size.
pub fn help_max_top(model: &Model) -> usize {
    let area = screen_inner(model.size);
    let width = popup_width(area);
    let all = all_lines(
        model,
        usize::from(width.saturating_sub(4)),
        &Theme::new(model.appearance),
    );
    let rows = usize::from(popup_inner(centred(area, (width, area.height))).height);
    all.len().saturating_sub(rows)
}
