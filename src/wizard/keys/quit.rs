//! The question asked when the person quits with keeping switched off and something typed,
//! pasted or checked: `y` quits (so do `q` and Ctrl-C again), `n` or Esc stays.

use super::binding::chord::{ESC, ch};
use super::binding::{Action, Binding, bind};

pub const KEYS: &[Binding] = &[
    bind(&[ch('y'), ch('Y')], Action::ConfirmQuit).on_line(),
    bind(&[ch('n'), ch('N'), ESC], Action::StayInWizard).on_line(),
];
