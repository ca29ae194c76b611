//! The home screen's keys: move through the symptoms, open one, or the error-message box.

use crossterm::event::{KeyCode, KeyEvent};

use crate::guide::Symptom;
use crate::wizard::keys::Action;
use crate::wizard::model::{HOME_ENTRIES, Model, Screen};
use crate::wizard::msg::Cmd;

pub fn act(model: &mut Model, action: Action, key: KeyEvent) -> Vec<Cmd> {
    match action {
        Action::Up => model.home_cursor = (model.home_cursor + HOME_ENTRIES - 1) % HOME_ENTRIES,
        Action::Down => model.home_cursor = (model.home_cursor + 1) % HOME_ENTRIES,
        Action::Top => model.home_cursor = 0,
        Action::Bottom => model.home_cursor = HOME_ENTRIES - 1,
        Action::OpenErrorMessage => {
            model.home_cursor = HOME_ENTRIES - 1;
            model.screen = Screen::ErrorMessage;
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
        None => model.screen = Screen::ErrorMessage,
    }
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
