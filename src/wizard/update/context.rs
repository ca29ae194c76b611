//! The details screen's keys (`Screen::Context`): move between the fields and type into them;
//! Enter opens the guide, F5 the checks.

use crossterm::event::{Event, KeyCode, KeyEvent};
use tui_input::backend::crossterm::EventHandler;

use crate::wizard::model::{Model, Screen};
use crate::wizard::msg::Cmd;
use crate::wizard::update::guide::scroll_to_step;
use crate::wizard::update::probes;

pub fn key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    let count = model.fields().len();
    match key.code {
        KeyCode::Esc => model.screen = Screen::Home,
        KeyCode::F(5) => return probes::live(model),
        KeyCode::Enter => {
            model.screen = Screen::Guide;
            scroll_to_step(model);
        }
        KeyCode::Tab | KeyCode::Down if count > 0 => model.focus = (model.focus + 1) % count,
        KeyCode::BackTab | KeyCode::Up if count > 0 => {
            model.focus = (model.focus + count - 1) % count;
        }
        _ => {
            if let Some(field) = model.focused_field()
                && let Some(input) = model.inputs.get_mut(&field)
            {
                input.handle_event(&Event::Key(key));
            }
        }
    }
    vec![]
}

pub fn paste(model: &mut Model, text: &str) {
    let Some(field) = model.focused_field() else {
        return;
    };
    let Some(input) = model.inputs.get_mut(&field) else {
        return;
    };
    // A field is one line: pasted line breaks and indentation (an ARN wrapped by a terminal)
    // are joined back together.
    let joined: String = text.lines().map(str::trim).collect::<Vec<_>>().concat();
    for ch in joined.chars().filter(|c| !c.is_control()) {
        input.handle(tui_input::InputRequest::InsertChar(ch));
    }
}
