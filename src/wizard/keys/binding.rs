//! The pieces of a key table: keys ([`Chord`]), what they do ([`Action`]), when they apply
//! ([`When`]), and one row ([`Binding`]).

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::i18n::Lang;
use crate::tr;
use crate::wizard::model::Model;
use crate::wizard::model::aws_auth::{Source, offered};
use crate::wizard::queries::probes::assume_target;
use crate::wizard::queries::search::search_target;

/// A key, or a family of keys, as a table names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Chord {
    /// This key, without Ctrl or Alt (Shift is part of the key: `G`, Shift-Tab).
    Key(KeyCode),
    /// Ctrl and this letter, in either case.
    Ctrl(char),
    /// Any printable character without Ctrl or Alt (or with both: AltGr): the key types it.
    Text,
    /// One of the digits from the first to the second.
    Digits(char, char),
}

impl Chord {
    pub fn matches(self, key: &KeyEvent) -> bool {
        let ctrl_or_alt = key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
        match self {
            Chord::Key(code) => !ctrl_or_alt && key.code == code,
            Chord::Ctrl(letter) => {
                key.modifiers.contains(KeyModifiers::CONTROL)
                    && !key.modifiers.contains(KeyModifiers::ALT)
                    && matches!(key.code, KeyCode::Char(c) if c.eq_ignore_ascii_case(&letter))
            }
            // AltGr arrives as Ctrl and Alt together: what it types (`@` on many European
            // keyboards) is text too.
            Chord::Text => {
                let alt_gr = key
                    .modifiers
                    .contains(KeyModifiers::CONTROL | KeyModifiers::ALT);
                (!ctrl_or_alt || alt_gr) && matches!(key.code, KeyCode::Char(c) if !c.is_control())
            }
            Chord::Digits(low, high) => {
                !ctrl_or_alt && matches!(key.code, KeyCode::Char(c) if (low..=high).contains(&c))
            }
        }
    }
}

/// What a key does. Its Fluent ids are `key-<kebab-case name>` (the help's sentence) and
/// `key-line-<name>` (the key line's word, for the actions the key line shows).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, strum::IntoStaticStr, strum::EnumIter)]
#[strum(serialize_all = "kebab-case")]
pub enum Action {
    Quit,
    ToggleHelp,
    SwitchLanguage,
    CloseHelp,
    Up,
    Down,
    PageUp,
    PageDown,
    Top,
    Bottom,
    Back,
    // Home.
    Open,
    PickSymptom,
    OpenErrorMessage,
    OpenRecent,
    // The list of recent cases.
    PickRecent,
    CloseRecent,
    // The details.
    NextField,
    PreviousField,
    Edit,
    ShowGuide,
    RunChecks,
    // The pickers of the details and the check screen.
    PickProfile,
    PickRegion,
    PickContext,
    ChoosePicked,
    ClosePicker,
    /// F5: a new live run with the person's own credentials (beside an opened case's results).
    LiveRun,
    // The error-message box.
    Type,
    DeleteCharacter,
    Clear,
    NextReading,
    PreviousReading,
    OpenReading,
    // The session report.
    WriteReport,
    ToggleRedaction,
    CopyWholeReport,
    SaveCase,
    // The save prompt.
    SaveCaseFile,
    ToggleCaseRedaction,
    EditSavePath,
    CancelSave,
    // Quitting without keeping.
    ConfirmQuit,
    StayInWizard,
    // The guide.
    NextStep,
    PreviousStep,
    CopyStep,
    OpenAwsAuth,
    // The aws-auth screen.
    SwitchFocus,
    ReadFile,
    CopyFix,
    CopyReport,
    EditPath,
    Reload,
    // The checks.
    OpenEvidence,
    CloseEvidence,
    RunAgain,
    AskAssumeRole,
    AllowAssumeRole,
    RefuseAssumeRole,
    // `/` search, where the screen shows long text.
    Search,
    NextMatch,
    PreviousMatch,
    Find,
    CancelSearch,
}

impl Action {
    pub fn help_id(self) -> String {
        format!("key-{}", <&'static str>::from(self))
    }

    pub fn line_id(self) -> String {
        format!("key-line-{}", <&'static str>::from(self))
    }
}

/// When a binding applies, beyond its screen and mode.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    Always,
    /// The guide is one of those with an aws-auth screen (symptoms 2 and 3).
    AwsAuthOffered,
    /// The plan would assume a role, so the question can be asked again (for this wizard's
    /// own run).
    AssumeRoleAsked,
    /// The chosen check has a result to show.
    ChosenCheckAnswered,
    /// The aws-auth report came from a file, which can be read again.
    ReadFromFile,
    /// A search found something to jump between.
    Matches,
    /// Kept sessions are offered on the home screen.
    RecentCases,
    /// The check screen shows this wizard's own run, not an opened case's collected results.
    OwnRun,
    /// A case file is open, so F5 on the check screen is a live run beside it (without one,
    /// `r` runs the checks again).
    CaseOpen,
}

impl When {
    pub fn holds(self, model: &Model) -> bool {
        match self {
            When::Always => true,
            When::AwsAuthOffered => offered(model.symptom),
            // An opened case's collected results are not this wizard's run to ask again.
            When::AssumeRoleAsked => {
                assume_target(model, &model.probes.plan).is_some()
                    && !crate::wizard::queries::case::showing_collected(model)
            }
            When::ChosenCheckAnswered => model
                .probes
                .plan
                .get(model.probes.cursor)
                .is_some_and(|id| model.probes.reports.contains_key(id)),
            When::ReadFromFile => matches!(
                model.aws_auth.loaded.as_ref().map(|l| &l.source),
                Some(Source::File(_))
            ),
            When::Matches => model.search.has_matches(search_target(model)),
            When::RecentCases => !model.session.recent.is_empty(),
            When::OwnRun => !crate::wizard::queries::case::showing_collected(model),
            When::CaseOpen => model.case.is_some(),
        }
    }
}

/// One row of a table: these keys do this, when this holds; `line` puts it on the key line.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub chords: &'static [Chord],
    pub action: Action,
    pub when: When,
    pub line: bool,
}

/// A row that applies always and stays off the key line; `.when()` and `.on_line()` refine it.
pub const fn bind(chords: &'static [Chord], action: Action) -> Binding {
    Binding {
        chords,
        action,
        when: When::Always,
        line: false,
    }
}

impl Binding {
    pub const fn when(self, when: When) -> Binding {
        Binding { when, ..self }
    }

    pub const fn on_line(self) -> Binding {
        Binding { line: true, ..self }
    }
}

/// Short names for the tables.
pub mod chord {
    use crate::wizard::keys::binding::Chord;
    use crossterm::event::KeyCode;

    pub const fn ch(c: char) -> Chord {
        Chord::Key(KeyCode::Char(c))
    }
    pub const UP: Chord = Chord::Key(KeyCode::Up);
    pub const DOWN: Chord = Chord::Key(KeyCode::Down);
    pub const LEFT: Chord = Chord::Key(KeyCode::Left);
    pub const RIGHT: Chord = Chord::Key(KeyCode::Right);
    pub const ENTER: Chord = Chord::Key(KeyCode::Enter);
    pub const ESC: Chord = Chord::Key(KeyCode::Esc);
    pub const TAB: Chord = Chord::Key(KeyCode::Tab);
    pub const BACK_TAB: Chord = Chord::Key(KeyCode::BackTab);
    pub const HOME: Chord = Chord::Key(KeyCode::Home);
    pub const END: Chord = Chord::Key(KeyCode::End);
    pub const PAGE_UP: Chord = Chord::Key(KeyCode::PageUp);
    pub const PAGE_DOWN: Chord = Chord::Key(KeyCode::PageDown);
    pub const BACKSPACE: Chord = Chord::Key(KeyCode::Backspace);
    pub const DELETE: Chord = Chord::Key(KeyCode::Delete);
    pub const SPACE: Chord = Chord::Key(KeyCode::Char(' '));
    pub const fn f(n: u8) -> Chord {
        Chord::Key(KeyCode::F(n))
    }
}

/// How a key is written in the help and on the key line.
pub fn chord_label(chord: Chord, lang: Lang) -> String {
    match chord {
        Chord::Key(KeyCode::Char(' ')) => tr!(lang, "key-name-space"),
        Chord::Key(KeyCode::Char(c)) => c.to_string(),
        Chord::Key(KeyCode::F(n)) => format!("F{n}"),
        Chord::Key(code) => match code {
            KeyCode::Up => "↑",
            KeyCode::Down => "↓",
            KeyCode::Left => "←",
            KeyCode::Right => "→",
            KeyCode::Enter => "Enter",
            KeyCode::Esc => "Esc",
            KeyCode::Tab => "Tab",
            KeyCode::BackTab => "Shift-Tab",
            KeyCode::Home => "Home",
            KeyCode::End => "End",
            KeyCode::PageUp => "PgUp",
            KeyCode::PageDown => "PgDn",
            KeyCode::Backspace => "Backspace",
            KeyCode::Delete => "Delete",
            _ => "?",
        }
        .to_owned(),
        Chord::Ctrl(c) => format!("Ctrl-{}", c.to_ascii_uppercase()),
        Chord::Text => tr!(lang, "key-name-text"),
        Chord::Digits(low, high) => format!("{low}–{high}"),
    }
}
