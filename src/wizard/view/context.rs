//! Drawing the details screen (`Screen::Context`): each field with its label, its value being
//! typed (and the cursor) and its hint or problem.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

use crate::guide::Field;
use crate::tr;
use crate::wizard::cells::{skip_cells, truncate_to_width};
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::context::{FieldAreas, areas};
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;

pub fn draw(model: &Model, frame: &mut Frame, inner: Rect, theme: &Theme) {
    let lang = model.lang;
    let fields = model.fields();
    let areas = areas(inner, fields.len());
    let intro_lines: Vec<Line> = wrap_words(&tr!(lang, "context-intro"), usize::from(inner.width))
        .into_iter()
        .take(2)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(intro_lines), areas.intro);
    // Whole or not at all: a cut sentence about keys would name some of them.
    let picker_lines = wrap_words(
        &tr!(lang, "context-pickers"),
        usize::from(areas.pickers.width),
    );
    if picker_lines.len() <= usize::from(areas.pickers.height) {
        let lines: Vec<Line> = picker_lines.into_iter().map(Line::from).collect();
        frame.render_widget(Paragraph::new(lines), areas.pickers);
    }
    for (index, (field, field_areas)) in fields.iter().zip(&areas.fields).enumerate() {
        let focused = index == model.focus;
        draw_field(model, frame, field_areas, *field, focused, theme);
    }
}

fn draw_field(
    model: &Model,
    frame: &mut Frame,
    areas: &FieldAreas,
    field: Field,
    focused: bool,
    theme: &Theme,
) {
    let lang = model.lang;
    let (label_row, input_area, hint_row) = (areas.label, areas.input, areas.hint);
    let label_style = if focused { theme.title } else { Style::new() };
    let marker = if focused { theme.marker } else { " " };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{marker} "), label_style),
            Span::styled(tr!(lang, &field.label_id()), label_style),
        ])),
        label_row,
    );
    let value = model
        .inputs
        .get(&field)
        .map(|i| i.value().to_owned())
        .unwrap_or_default();
    let width = usize::from(input_area.width.saturating_sub(1));
    let (scroll, cursor) = model
        .inputs
        .get(&field)
        .map(|i| (i.visual_scroll(width), i.visual_cursor()))
        .unwrap_or((0, 0));
    let visible = skip_cells(&value, scroll);
    let style = if focused { theme.selected } else { theme.code };
    let shown = if value.is_empty() && !focused {
        Span::styled(tr!(lang, "field-empty"), theme.dim)
    } else {
        Span::styled(visible, style)
    };
    frame.render_widget(Paragraph::new(Line::from(shown)), input_area);
    if focused && !model.help_open {
        let x = input_area.x + u16::try_from(cursor.saturating_sub(scroll)).unwrap_or(0);
        frame.set_cursor_position(Position::new(
            x.min(input_area.right().saturating_sub(1)),
            input_area.y,
        ));
    }
    let hint = match field.problem_with(&value) {
        Some(problem) => Span::styled(format!("  ! {}", tr!(lang, problem)), theme.error),
        None => Span::styled(format!("  {}", tr!(lang, &field.hint_id())), theme.dim),
    };
    let hint_text = truncate_to_width(&hint.content, usize::from(hint_row.width));
    frame.render_widget(
        Paragraph::new(Span::styled(hint_text, hint.style)),
        hint_row,
    );
}
