//! The error-message box: every printable key types (`q`, `w`, `r`, `l` and digits too), so
//! its commands are keys that cannot be text.

use super::binding::chord::{BACKSPACE, DELETE, DOWN, ENTER, ESC, UP};
use super::binding::{Action, Binding, Chord, bind};

pub const KEYS: &[Binding] = &[
    bind(&[ENTER], Action::OpenReading).on_line(),
    bind(&[UP], Action::PreviousReading).on_line(),
    bind(&[DOWN], Action::NextReading),
    bind(&[Chord::Text], Action::Type),
    bind(&[BACKSPACE], Action::DeleteCharacter),
    bind(&[Chord::Ctrl('u'), DELETE], Action::Clear).on_line(),
    bind(&[Chord::Ctrl('s')], Action::WriteReport),
    bind(&[Chord::Ctrl('r')], Action::ToggleRedaction),
    bind(&[ESC], Action::Back).on_line(),
];
