//! Drawing the profile, Region or context picker over the details or the check screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::tr;
use crate::wizard::cells::truncate_to_width;
use crate::wizard::layout::picker::{choice_text, picker, title_id};
use crate::wizard::model::Model;
use crate::wizard::queries::picker::current;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::popup;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let (Some(layout), Some(state)) = (picker(model, area), model.picker.as_ref()) else {
        return;
    };
    let lang = model.lang;
    popup(frame, layout.popup, &tr!(lang, title_id(state.kind)), theme);
    let width = usize::from(layout.inner.width);
    if state.choices.is_empty() {
        let empty = truncate_to_width(&tr!(lang, "picker-empty"), width);
        frame.render_widget(Paragraph::new(Span::styled(empty, theme.dim)), layout.inner);
        return;
    }
    let in_use = current(model, state.kind);
    let lines: Vec<Line> = state
        .choices
        .iter()
        .enumerate()
        .skip(layout.top)
        .take(layout.rows)
        .map(|(index, choice)| {
            let text = choice_text(model, choice, in_use.as_deref() == Some(choice));
            let text = truncate_to_width(&text, width);
            if index == state.cursor {
                let pad =
                    width.saturating_sub(unicode_width::UnicodeWidthStr::width(text.as_str()));
                Line::from(Span::styled(
                    format!("{text}{}", " ".repeat(pad)),
                    theme.selected,
                ))
            } else {
                Line::from(text)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), layout.inner);
}
