//! The save prompt (`s` on the guide and the check screen): a text box for the case file's
//! path, so every printable key types and its commands are keys that cannot be text.

use super::binding::chord::{BACKSPACE, DELETE, END, ENTER, ESC, HOME, LEFT, RIGHT};
use super::binding::{Action, Binding, Chord, bind};

pub const KEYS: &[Binding] = &[
    bind(&[ENTER], Action::SaveCaseFile).on_line(),
    bind(&[Chord::Ctrl('r')], Action::ToggleCaseRedaction).on_line(),
    bind(&[ESC], Action::CancelSave).on_line(),
    bind(
        &[
            Chord::Text,
            BACKSPACE,
            DELETE,
            LEFT,
            RIGHT,
            HOME,
            END,
            Chord::Ctrl('u'),
        ],
        Action::EditSavePath,
    ),
];
