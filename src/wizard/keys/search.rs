//! The `/` query line, while it is open: every printable key types into the query.

use super::binding::chord::{BACKSPACE, ENTER, ESC};
use super::binding::{Action, Binding, Chord, bind};

pub const KEYS: &[Binding] = &[
    bind(&[ENTER], Action::Find).on_line(),
    bind(&[ESC], Action::CancelSearch).on_line(),
    bind(&[Chord::Text], Action::Type),
    bind(&[BACKSPACE], Action::DeleteCharacter),
];
