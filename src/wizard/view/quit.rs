//! Drawing the question before quitting without keeping, over any screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::tr;
use crate::wizard::layout::quit::quit_question;
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::popup;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(layout) = quit_question(model, area) else {
        return;
    };
    popup(
        frame,
        layout.popup,
        &tr!(model.lang, "session-quit-title"),
        theme,
    );
    frame.render_widget(Paragraph::new(layout.lines), layout.inner);
}
