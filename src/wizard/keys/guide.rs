//! The guide: choose a step, page through, copy a step's commands, search, write the report,
//! and open the checks or the aws-auth screen.

use super::binding::chord::{
    BACK_TAB, DOWN, END, ESC, HOME, LEFT, PAGE_DOWN, PAGE_UP, SPACE, TAB, UP, ch, f,
};
use super::binding::{Action, Binding, When, bind};

pub const KEYS: &[Binding] = &[
    bind(&[UP, ch('k'), BACK_TAB], Action::PreviousStep).on_line(),
    bind(&[DOWN, ch('j'), TAB], Action::NextStep),
    bind(&[PAGE_DOWN, SPACE], Action::PageDown),
    bind(&[PAGE_UP], Action::PageUp),
    bind(&[HOME, ch('g')], Action::Top),
    bind(&[END, ch('G')], Action::Bottom),
    bind(&[ch('c'), ch('y')], Action::CopyStep).on_line(),
    bind(&[ch('/')], Action::Search).on_line(),
    bind(&[ch('n')], Action::NextMatch).when(When::Matches),
    bind(&[ch('N')], Action::PreviousMatch).when(When::Matches),
    bind(&[ch('a')], Action::OpenAwsAuth)
        .when(When::AwsAuthOffered)
        .on_line(),
    bind(&[ch('p')], Action::RunChecks).on_line(),
    bind(&[f(5)], Action::LiveRun),
    bind(&[ch('w')], Action::WriteReport),
    bind(&[ch('r')], Action::ToggleRedaction),
    bind(&[ch('s')], Action::SaveCase),
    bind(&[ch('C')], Action::CopyWholeReport),
    bind(&[ESC, LEFT], Action::Back).on_line(),
];
