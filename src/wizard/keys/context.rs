//! The details screen: move between the fields and type into them; Enter opens the guide, F5
//! the checks. Every printable key types into the chosen field.

use super::binding::chord::{
    BACK_TAB, BACKSPACE, DELETE, DOWN, END, ENTER, ESC, HOME, LEFT, RIGHT, TAB, UP, f,
};
use super::binding::{Action, Binding, Chord, bind};

pub const KEYS: &[Binding] = &[
    bind(&[UP, BACK_TAB], Action::PreviousField).on_line(),
    bind(&[DOWN, TAB], Action::NextField),
    bind(&[ENTER], Action::ShowGuide).on_line(),
    bind(&[f(5)], Action::RunChecks).on_line(),
    bind(&[ESC], Action::Back).on_line(),
    // Function keys: every printable key types into the field. After Esc, so a narrow key
    // line drops them first.
    bind(&[f(6)], Action::PickProfile).on_line(),
    bind(&[f(7)], Action::PickRegion),
    bind(&[f(8)], Action::PickContext),
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
        Action::Edit,
    ),
];
