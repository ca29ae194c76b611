//! The home screen: move through the symptoms, open one, or the error-message box.

use super::binding::chord::{DOWN, END, ENTER, HOME, RIGHT, TAB, UP, ch};
use super::binding::{Action, Binding, Chord, When, bind};

pub const KEYS: &[Binding] = &[
    bind(&[UP, ch('k')], Action::Up).on_line(),
    bind(&[DOWN, ch('j'), TAB], Action::Down),
    bind(&[HOME, ch('g')], Action::Top),
    bind(&[END, ch('G')], Action::Bottom),
    bind(&[ENTER, RIGHT], Action::Open).on_line(),
    bind(&[Chord::Digits('1', '6')], Action::PickSymptom),
    bind(&[ch('e')], Action::OpenErrorMessage).on_line(),
    bind(&[ch('r')], Action::OpenRecent)
        .when(When::RecentCases)
        .on_line(),
];
