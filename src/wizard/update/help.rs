//! The help popup's keys: close it, or scroll it where it is taller than its box.

use crate::wizard::keys::Action;
use crate::wizard::layout::help::help_max_top;
use crate::wizard::model::Model;
use crate::wizard::msg::Cmd;

pub fn act(model: &mut Model, action: Action) -> Vec<Cmd> {
    let max_top = help_max_top(model);
    let page = 5;
    let top = &mut model.help_top;
    match action {
        Action::CloseHelp => {
            model.help_open = false;
            model.help_top = 0;
        }
        Action::Up => *top = top.saturating_sub(1),
        Action::Down => *top = (*top + 1).min(max_top),
        Action::PageUp => *top = top.saturating_sub(page),
        Action::PageDown => *top = (*top + page).min(max_top),
        Action::Top => *top = 0,
        Action::Bottom => *top = max_top,
        _ => {}
    }
    vec![]
}
