//! The wizard's keys as data: one table per screen (and per mode of a screen) of
//! (keys, action, condition). The same table answers three questions, so they cannot drift:
//! which action a key press means (`update` acts on the [`Action`], never on the raw key), what
//! the help popup lists (every binding whose condition holds now), and what the key line shows.
//!
//! Adding a key is one row in the screen's table plus, for a new action, one arm in the
//! screen's `update` file and its two Fluent messages (`key-<action>`, `key-line-<action>`).

mod aws_auth;
mod binding;
mod context;
mod error_message;
mod guide;
mod help;
mod home;
mod picker;
mod probes;
mod quit;
mod recent;
mod save;
mod search;

use crossterm::event::{KeyEvent, KeyEventKind};

use crate::wizard::model::aws_auth::AwsAuthFocus;
use crate::wizard::model::{Model, Screen};
pub use binding::{Action, Binding, Chord, When, bind, chord, chord_label};

/// Which table is in force: a screen, or a mode of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::EnumIter)]
pub enum Keymap {
    Help,
    Search,
    Home,
    RecentCases,
    ErrorMessage,
    Context,
    Guide,
    AwsAuthPath,
    AwsAuthReport,
    Checks,
    AssumeRoleQuestion,
    Evidence,
    SavePrompt,
    QuitQuestion,
    Picker,
}

impl Keymap {
    pub fn current(model: &Model) -> Keymap {
        if model.help_open {
            Keymap::Help
        } else {
            Keymap::screen(model)
        }
    }

    /// The table of the screen shown (under the help, when it is open): what the help lists.
    pub fn screen(model: &Model) -> Keymap {
        // The question before quitting without keeping, and the save prompt, over any screen.
        if model.session.quit_asked {
            return Keymap::QuitQuestion;
        }
        if model.session.save.is_some() {
            return Keymap::SavePrompt;
        }
        if model.search.editing {
            return Keymap::Search;
        }
        if model.picker.is_some() {
            return Keymap::Picker;
        }
        match model.screen {
            Screen::Home if model.session.recent_open => Keymap::RecentCases,
            Screen::Home => Keymap::Home,
            Screen::ErrorMessage => Keymap::ErrorMessage,
            Screen::Context => Keymap::Context,
            Screen::Guide => Keymap::Guide,
            Screen::AwsAuth => match model.aws_auth.focus {
                AwsAuthFocus::Path => Keymap::AwsAuthPath,
                AwsAuthFocus::Report => Keymap::AwsAuthReport,
            },
            Screen::Probes if model.probes.prompt.is_some() => Keymap::AssumeRoleQuestion,
            Screen::Probes if model.probes.evidence_open => Keymap::Evidence,
            Screen::Probes => Keymap::Checks,
        }
    }

    /// The screen's own rows.
    pub fn table(self) -> &'static [Binding] {
        match self {
            Keymap::Help => help::KEYS,
            Keymap::Search => search::KEYS,
            Keymap::Home => home::KEYS,
            Keymap::RecentCases => recent::KEYS,
            Keymap::ErrorMessage => error_message::KEYS,
            Keymap::Context => context::KEYS,
            Keymap::Guide => guide::KEYS,
            Keymap::AwsAuthPath => aws_auth::PATH_KEYS,
            Keymap::AwsAuthReport => aws_auth::REPORT_KEYS,
            Keymap::Checks => probes::LIST_KEYS,
            Keymap::AssumeRoleQuestion => probes::QUESTION_KEYS,
            Keymap::Evidence => probes::EVIDENCE_KEYS,
            Keymap::SavePrompt => save::KEYS,
            Keymap::QuitQuestion => quit::KEYS,
            Keymap::Picker => picker::KEYS,
        }
    }

    /// Where printable keys type, so quitting, help and language need keys that cannot be text.
    pub fn typing(self) -> bool {
        self.table().iter().any(|b| b.chords.contains(&Chord::Text))
    }

    /// The keys every screen shares, before the screen's own: with letters where letters are
    /// commands, and with Ctrl-C, F1 and F2 only where they type.
    pub fn shared(self) -> &'static [Binding] {
        if self.typing() {
            SHARED_WHILE_TYPING
        } else {
            SHARED
        }
    }

    /// Every row in force, shared ones first (they win), then the screen's.
    pub fn bindings(self) -> impl Iterator<Item = &'static Binding> {
        self.shared().iter().chain(self.table())
    }
}

use chord::{ch, f};

const SHARED: &[Binding] = &[
    bind(&[ch('?'), f(1)], Action::ToggleHelp).on_line(),
    bind(&[ch('l'), ch('L'), f(2)], Action::SwitchLanguage).on_line(),
    bind(&[ch('q'), Chord::Ctrl('c')], Action::Quit).on_line(),
];

const SHARED_WHILE_TYPING: &[Binding] = &[
    bind(&[f(1)], Action::ToggleHelp).on_line(),
    bind(&[f(2)], Action::SwitchLanguage).on_line(),
    bind(&[Chord::Ctrl('c')], Action::Quit).on_line(),
];

/// The rows of `keymap` that apply now, in the order the help lists them.
pub fn bindings_in_force(keymap: Keymap, model: &Model) -> Vec<&'static Binding> {
    keymap.bindings().filter(|b| b.when.holds(model)).collect()
}

/// The action a key press means now, if any.
pub fn action_for(model: &Model, key: &KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    bindings_in_force(Keymap::current(model), model)
        .into_iter()
        .find(|b| b.chords.iter().any(|c| c.matches(key)))
        .map(|b| b.action)
}
