//! Drawing the help popup (F1, `?`) over any screen.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::widgets::Paragraph;

use crate::tr;
use crate::wizard::layout::help::help;
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::popup;

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let layout = help(model, area, theme);
    popup(frame, layout.popup, &tr!(model.lang, "help-title"), theme);
    frame.render_widget(Paragraph::new(layout.lines), layout.inner);
}
