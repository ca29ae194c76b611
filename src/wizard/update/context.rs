//! The details screen's keys (`Screen::Context`): move between the fields and type into them;
//! Enter opens the guide, F5 the checks.

use crossterm::event::{Event, KeyEvent};
use tui_input::backend::crossterm::EventHandler;

use crate::wizard::keys::Action;
use crate::wizard::model::picker::PickerKind;
use crate::wizard::model::{Model, Screen};
use crate::wizard::msg::Cmd;
use crate::wizard::update::guide::scroll_to_step;
use crate::wizard::update::{picker, probes};

pub fn act(model: &mut Model, action: Action, key: KeyEvent) -> Vec<Cmd> {
    let count = model.fields().len();
    match action {
        Action::Back => model.screen = Screen::Home,
        // F5: with a case open, a new live run beside its collected results.
        Action::RunChecks => return probes::live(model),
        Action::PickProfile => picker::open(model, PickerKind::Profile),
        Action::PickRegion => picker::open(model, PickerKind::Region),
        Action::PickContext => picker::open(model, PickerKind::Context),
        Action::ShowGuide => {
            model.screen = Screen::Guide;
            scroll_to_step(model);
        }
        Action::NextField if count > 0 => model.focus = (model.focus + 1) % count,
        Action::PreviousField if count > 0 => model.focus = (model.focus + count - 1) % count,
        Action::Edit => {
            if let Some(field) = model.focused_field()
                && let Some(input) = model.inputs.get_mut(&field)
            {
                input.handle_event(&Event::Key(key));
            }
        }
        _ => {}
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
