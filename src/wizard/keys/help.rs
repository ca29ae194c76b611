//! The help popup, over any screen: close it, or scroll it where it does not fit.

use super::binding::chord::{DOWN, END, ENTER, ESC, HOME, PAGE_DOWN, PAGE_UP, SPACE, UP, ch};
use super::binding::{Action, Binding, bind};

pub const KEYS: &[Binding] = &[
    bind(&[ESC, ENTER], Action::CloseHelp).on_line(),
    bind(&[UP, ch('k')], Action::Up).on_line(),
    bind(&[DOWN, ch('j')], Action::Down),
    bind(&[PAGE_UP], Action::PageUp),
    bind(&[PAGE_DOWN, SPACE], Action::PageDown),
    bind(&[HOME, ch('g')], Action::Top),
    bind(&[END, ch('G')], Action::Bottom),
];
