//! The home screen's keys: move through the symptoms, open one, the error-message box, or
//! the list of recent (kept) cases.

use crossterm::event::{KeyCode, KeyEvent};

use crate::guide::Symptom;
use crate::wizard::keys::Action;
use crate::wizard::model::{HOME_ENTRIES, Model, Screen};
use crate::wizard::msg::Cmd;

/// The entries on the home screen: the symptoms, the error message, and the recent cases
/// when any are kept.
pub fn entries(model: &Model) -> usize {
    HOME_ENTRIES + usize::from(!model.session.recent.is_empty())
}

pub fn act(model: &mut Model, action: Action, key: KeyEvent) -> Vec<Cmd> {
    let entries = entries(model);
    match action {
        Action::Up => model.home_cursor = (model.home_cursor + entries - 1) % entries,
        Action::Down => model.home_cursor = (model.home_cursor + 1) % entries,
        Action::Top => model.home_cursor = 0,
        Action::Bottom => model.home_cursor = entries - 1,
        Action::OpenErrorMessage => {
            model.home_cursor = HOME_ENTRIES - 1;
            model.screen = Screen::ErrorMessage;
        }
        Action::OpenRecent => {
            model.home_cursor = HOME_ENTRIES;
            open_recent(model);
        }
        Action::PickSymptom => {
            if let KeyCode::Char(digit) = key.code
                && let Some(index) = digit.to_digit(10).and_then(|d| d.checked_sub(1))
            {
                model.home_cursor = index as usize;
                choose_home_entry(model);
            }
        }
        Action::Open => choose_home_entry(model),
        _ => {}
    }
    vec![]
}

fn choose_home_entry(model: &mut Model) {
    match Symptom::ALL.get(model.home_cursor) {
        Some(symptom) => open_symptom(model, *symptom),
        None if model.home_cursor == HOME_ENTRIES - 1 => model.screen = Screen::ErrorMessage,
        None => open_recent(model),
    }
}

fn open_recent(model: &mut Model) {
    model.session.recent_open = true;
    model.session.recent_cursor = 0;
}

/// Goes to the context screen of `symptom`; values typed earlier stay.
pub fn open_symptom(model: &mut Model, symptom: Symptom) {
    if model.symptom != Some(symptom) {
        model.focus = 0;
        model.guide_step = 0;
        model.guide_top = 0;
    }
    model.symptom = Some(symptom);
    if let Some(index) = Symptom::ALL.iter().position(|s| *s == symptom) {
        model.home_cursor = index;
    }
    model.screen = Screen::Context;
}
