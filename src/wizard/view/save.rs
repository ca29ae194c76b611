//! Drawing the save prompt (`s`) over the guide or the check screen.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::text::Span;
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::wizard::cells::{skip_cells, truncate_to_width};
use crate::wizard::layout::save::save;
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::popup;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let (Some(layout), Some(prompt)) = (save(model, area), model.session.save.as_ref()) else {
        return;
    };
    let lang = model.lang;
    popup(frame, layout.popup, &tr!(lang, "case-save-title"), theme);
    frame.render_widget(Paragraph::new(layout.lines), layout.inner);
    let width = usize::from(layout.input.width.saturating_sub(1));
    let scroll = prompt.path.visual_scroll(width);
    let visible = skip_cells(prompt.path.value(), scroll);
    let pad = width.saturating_sub(visible.width()) + 1;
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!("{visible}{}", " ".repeat(pad)),
            theme.selected,
        )),
        layout.input,
    );
    let footer = tr!(
        lang,
        if prompt.redact {
            "case-save-redacted"
        } else {
            "case-save-not-redacted"
        }
    );
    frame.render_widget(
        Paragraph::new(Span::styled(
            truncate_to_width(&footer, usize::from(layout.footer.width)),
            theme.dim,
        )),
        layout.footer,
    );
    if !model.help_open {
        let offset = u16::try_from(prompt.path.visual_cursor().saturating_sub(scroll)).unwrap_or(0);
        frame.set_cursor_position(Position::new(
            layout
                .input
                .x
                .saturating_add(offset)
                .min(layout.input.right().saturating_sub(1)),
            layout.input.y,
        ));
    }
}
