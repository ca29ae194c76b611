//! The home screen's list of recent (kept) cases, while it is open: choose one and it comes
//! back as it was kept.

use super::binding::chord::{DOWN, ENTER, ESC, LEFT, RIGHT, TAB, UP, ch};
use super::binding::{Action, Binding, Chord, bind};

pub const KEYS: &[Binding] = &[
    bind(&[UP, ch('k')], Action::Up).on_line(),
    bind(&[DOWN, ch('j'), TAB], Action::Down),
    bind(&[ENTER, RIGHT], Action::Open).on_line(),
    // As many digits as the list can hold (`case::session::RECENT`).
    bind(&[Chord::Digits('1', '9')], Action::PickRecent),
    bind(&[ESC, LEFT], Action::CloseRecent).on_line(),
];
