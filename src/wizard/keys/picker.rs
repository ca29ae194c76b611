//! The profile, Region and kubeconfig-context picker: a list in a popup.

use super::binding::chord::{DOWN, ENTER, ESC, UP, ch};
use super::binding::{Action, Binding, bind};

pub const KEYS: &[Binding] = &[
    bind(&[UP, ch('k')], Action::Up).on_line(),
    bind(&[DOWN, ch('j')], Action::Down),
    bind(&[ENTER], Action::ChoosePicked).on_line(),
    bind(&[ESC], Action::ClosePicker).on_line(),
];
