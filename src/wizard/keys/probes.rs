//! The check screen, in its three modes: the list of checks, one check's evidence, and the
//! AssumeRole question.

use super::binding::chord::{
    DOWN, END, ENTER, ESC, HOME, LEFT, PAGE_DOWN, PAGE_UP, RIGHT, SPACE, TAB, UP, ch, f,
};
use super::binding::{Action, Binding, When, bind};

pub const LIST_KEYS: &[Binding] = &[
    bind(&[UP, ch('k')], Action::Up).on_line(),
    bind(&[DOWN, ch('j')], Action::Down),
    bind(&[ENTER, RIGHT], Action::OpenEvidence)
        .when(When::ChosenCheckAnswered)
        .on_line(),
    bind(&[ch('r'), ch('R')], Action::RunAgain)
        .when(When::OwnRun)
        .on_line(),
    bind(&[ch('a')], Action::AskAssumeRole)
        .when(When::AssumeRoleAsked)
        .on_line(),
    bind(&[f(5)], Action::LiveRun),
    bind(&[ch('s')], Action::SaveCase),
    bind(&[ch('C')], Action::CopyWholeReport),
    bind(&[ch('g'), TAB], Action::ShowGuide).on_line(),
    bind(&[ESC, LEFT], Action::Back).on_line(),
    // Last, so a narrow key line drops them before the keys that move through the screens;
    // F6 only (`p` opens the check screen from the guide, and means nothing else).
    bind(&[f(6)], Action::PickProfile).on_line(),
    bind(&[f(7)], Action::PickRegion),
    bind(&[f(8)], Action::PickContext),
];

pub const EVIDENCE_KEYS: &[Binding] = &[
    bind(&[UP, ch('k')], Action::Up).on_line(),
    bind(&[DOWN, ch('j')], Action::Down),
    bind(&[PAGE_UP], Action::PageUp),
    bind(&[PAGE_DOWN, SPACE], Action::PageDown),
    bind(&[HOME, ch('g')], Action::Top),
    bind(&[END, ch('G')], Action::Bottom),
    bind(&[ch('/')], Action::Search).on_line(),
    bind(&[ch('n')], Action::NextMatch).when(When::Matches),
    bind(&[ch('N')], Action::PreviousMatch).when(When::Matches),
    bind(&[ESC, LEFT, ENTER], Action::CloseEvidence).on_line(),
];

pub const QUESTION_KEYS: &[Binding] = &[
    bind(&[ch('y'), ch('Y')], Action::AllowAssumeRole).on_line(),
    bind(&[ch('n'), ch('N'), ESC], Action::RefuseAssumeRole).on_line(),
];
