//! The aws-auth screen, in its two modes: typing a path (every printable key types), and
//! reading the report.

use super::binding::chord::{
    BACK_TAB, BACKSPACE, DELETE, DOWN, END, ENTER, ESC, HOME, LEFT, PAGE_DOWN, PAGE_UP, RIGHT,
    SPACE, TAB, UP, ch,
};
use super::binding::{Action, Binding, Chord, When, bind};

pub const PATH_KEYS: &[Binding] = &[
    bind(&[ENTER], Action::ReadFile).on_line(),
    bind(&[TAB, BACK_TAB], Action::SwitchFocus).on_line(),
    bind(&[UP], Action::Up),
    bind(&[DOWN], Action::Down),
    bind(&[PAGE_UP], Action::PageUp),
    bind(&[PAGE_DOWN], Action::PageDown),
    bind(&[ESC], Action::Back).on_line(),
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

pub const REPORT_KEYS: &[Binding] = &[
    bind(&[UP, ch('k')], Action::Up).on_line(),
    bind(&[DOWN, ch('j')], Action::Down),
    bind(&[PAGE_UP], Action::PageUp),
    bind(&[PAGE_DOWN, SPACE], Action::PageDown),
    bind(&[HOME, ch('g')], Action::Top),
    bind(&[END, ch('G')], Action::Bottom),
    bind(&[ch('c'), ch('y')], Action::CopyFix).on_line(),
    bind(&[ch('C'), ch('Y')], Action::CopyReport).on_line(),
    bind(&[ch('/')], Action::Search).on_line(),
    bind(&[ch('n')], Action::NextMatch).when(When::Matches),
    bind(&[ch('N')], Action::PreviousMatch).when(When::Matches),
    bind(&[ch('o'), ENTER], Action::EditPath),
    bind(&[ch('r')], Action::Reload).when(When::ReadFromFile),
    bind(&[TAB, BACK_TAB], Action::SwitchFocus).on_line(),
    bind(&[ESC], Action::Back).on_line(),
];
