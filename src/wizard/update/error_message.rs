//! The "I have an error message" screen: a text box. The person pastes the error (bracketed
//! paste) or types it; the screen shows the symptom, the confidence, the other readings worth
//! a look and every value read from it as soon as it arrives, and Enter opens the chosen
//! reading with its fields filled in, ready to correct.
//!
//! While the box has focus every printable key types, `q`, `w`, `r`, `l`, `e` and digits
//! included: a message such as `Request q...` must not quit the wizard and lose what was
//! pasted. Commands use keys that cannot be text: Enter (open the chosen reading), Esc
//! (back), ↑↓ (choose among the readings: the recognised one, the alternatives, then the
//! other symptoms), Backspace (delete the last character), Ctrl-U (clear), Ctrl-S (write the
//! report), Ctrl-R (switch redaction), and the global F1, F2 and Ctrl-C.
//!
//! Values are corrected on the next (details) screen, not here, by design: that screen
//! already edits exactly the values the steps use, checks each as it is typed, and keeps
//! what the person typed across symptoms; a second set of editors here would be a second
//! copy of the same values to keep in step. The values read here that the steps do not use
//! (kind, operation, error code, reason) are readings of the message, not settings, so
//! there is nothing to correct in them. The screen says all this in its hint line.

use crossterm::event::{KeyCode, KeyEvent};
use tui_input::Input;

use crate::triage;
use crate::wizard::keys::Action;
use crate::wizard::model::error_message::{ErrorPaste, choices, chosen};
use crate::wizard::model::{Model, Screen};
use crate::wizard::msg::Cmd;
use crate::wizard::update::home::open_symptom;
use crate::wizard::update::report;

pub fn reread(paste: &mut ErrorPaste) {
    paste.choice = None;
    paste.reading = if paste.text.is_empty() {
        None
    } else {
        Some(triage::read(&paste.text))
    };
}

/// A paste adds to what is there (terminals may split a long paste), then everything is
/// read again. Every kind of line break (CR, CR LF, NEL) is kept as LF, so the box shows the
/// lines the terminal sent.
pub fn paste(model: &mut Model, text: &str) {
    let paste = &mut model.error_paste;
    if !paste.text.is_empty() && !paste.text.ends_with('\n') {
        paste.text.push('\n');
    }
    // Refused input is kept whole so that the message can say how long it was; the reader
    // refuses it again without cutting anything.
    paste.text.push_str(&triage::line_breaks(text));
    reread(paste);
}

pub fn act(model: &mut Model, action: Action, key: KeyEvent) -> Vec<Cmd> {
    match action {
        Action::Type => {
            if let KeyCode::Char(c) = key.code {
                let paste = &mut model.error_paste;
                paste.text.push(c);
                reread(paste);
            }
        }
        Action::WriteReport => return report::write(model, &[]),
        Action::ToggleRedaction => report::toggle_redact(model),
        Action::Clear => model.error_paste = ErrorPaste::default(),
        Action::Back => {
            model.home_cursor = 0;
            model.screen = Screen::Home;
        }
        Action::DeleteCharacter => {
            let paste = &mut model.error_paste;
            paste.text.pop();
            reread(paste);
        }
        Action::NextReading | Action::PreviousReading => {
            let paste = &mut model.error_paste;
            let count = choices(paste).len();
            let current = paste.choice.unwrap_or(0);
            paste.choice = Some(if action == Action::NextReading {
                match paste.choice {
                    None if chosen(paste).is_none() => 0,
                    _ => (current + 1) % count,
                }
            } else {
                (current + count - 1) % count
            });
        }
        Action::OpenReading => {
            let Some(symptom) = chosen(&model.error_paste) else {
                return vec![];
            };
            // Only what the message said is filled in; what the person typed before stays
            // for the other fields.
            if let Some(Ok(reading)) = &model.error_paste.reading {
                let context = reading.lead.context();
                for field in crate::guide::Field::ALL {
                    if let Some(value) = context.get(field) {
                        model.inputs.insert(field, Input::new(value.to_owned()));
                    }
                }
            }
            open_symptom(model, symptom);
        }
        _ => {}
    }
    vec![]
}
