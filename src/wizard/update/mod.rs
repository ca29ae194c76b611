//! The wizard's transitions: a pure function from (model, message) to the model's next state
//! and the effects the run loop should perform. This file routes a message to its screen and
//! handles the keys every screen shares (quit, help, language); each screen's own keys are in
//! the file of its name. Scroll limits come from `layout/`, never from the view.

mod aws_auth;
pub mod case;
mod context;
mod error_message;
mod guide;
mod help;
pub mod home;
mod picker;
mod probes;
mod report;
mod save;
mod search;
pub mod session;

use crossterm::event::{KeyEvent, KeyEventKind, KeyModifiers};

use crate::wizard::keys::{Action, Keymap, action_for};

use crate::wizard::model::{Ending, Model, Notice, Screen};
use crate::wizard::msg::{Cmd, Msg};
use crate::wizard::queries::session::worth_keeping;

pub fn update(model: &mut Model, msg: Msg) -> Vec<Cmd> {
    let mut commands = dispatch(model, msg);
    // The aws-auth report is laid out (by a job) once per change, so that neither a key nor a
    // frame lays out a large ConfigMap again.
    commands.extend(aws_auth::refresh_layout(model));
    commands
}

fn dispatch(model: &mut Model, msg: Msg) -> Vec<Cmd> {
    match msg {
        Msg::Quit => quit(model),
        Msg::Signal(ending) => {
            model.ending = ending;
            quit(model)
        }
        Msg::Resize(w, h) => {
            model.size = (w, h);
            guide::clamp_scroll(model);
            aws_auth::clamp_scroll(model);
            vec![]
        }
        // Nothing is typed into the question before quitting.
        Msg::Paste(_) if model.session.quit_asked => vec![],
        Msg::Paste(text) => {
            if model.search.editing && !model.help_open {
                search::paste(model, &text);
            } else if !model.help_open {
                match model.screen {
                    _ if model.picker.is_some() => {}
                    _ if model.session.save.is_some() => save::save_paste(model, &text),
                    Screen::Context => context::paste(model, &text),
                    Screen::ErrorMessage => error_message::paste(model, &text),
                    Screen::AwsAuth => return aws_auth::paste(model, &text),
                    Screen::Home | Screen::Guide | Screen::Probes => {}
                }
            }
            vec![]
        }
        Msg::FileRead { path, result } => aws_auth::file_read(model, path, result),
        Msg::AwsAuthAnalysed { generation, loaded } => {
            aws_auth::analysed(model, generation, *loaded);
            vec![]
        }
        Msg::AwsAuthLaidOut { generation, layout } => {
            aws_auth::laid_out(model, generation, *layout);
            vec![]
        }
        Msg::AwsAuthCopyReady {
            generation,
            whole_report,
            text,
        } => aws_auth::copy_ready(model, generation, whole_report, text),
        Msg::Probe(event) => {
            probes::probe_event(model, *event);
            // A finding that lands while the guide is open adds a step above the others.
            guide::clamp_scroll(model);
            vec![]
        }
        Msg::ProbeRegion { generation, region } => {
            probes::probe_region(model, generation, region);
            vec![]
        }
        Msg::Tick => {
            probes::tick(model);
            vec![]
        }
        Msg::ReportWritten(result) => {
            report::written(model, result);
            vec![]
        }
        Msg::CaseSaved(result) => {
            save::case_saved(model, result);
            vec![]
        }
        Msg::Key(key) if key.kind == KeyEventKind::Release => vec![],
        Msg::Key(key) => {
            model.notice = None;
            handle_key(model, key)
        }
    }
}

fn quit(model: &mut Model) -> Vec<Cmd> {
    model.quit = true;
    vec![Cmd::Quit]
}

/// A key press becomes the action the screen's key table names for it (`keys/`); a key the
/// table does not name does nothing.
fn handle_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    let Some(action) = action_for(model, &key) else {
        return vec![];
    };
    match action {
        Action::Quit => {
            // With keeping switched off, the first q (or Ctrl-C) with something to lose asks;
            // the same key again in the question quits.
            if model.session.keeping_off && worth_keeping(model) && !model.session.quit_asked {
                model.session.quit_asked = true;
                return vec![];
            }
            if key.modifiers.contains(KeyModifiers::CONTROL) {
                model.ending = Ending::Interrupted;
            }
            return quit(model);
        }
        Action::ToggleHelp => {
            model.help_open = !model.help_open;
            model.help_top = 0;
            return vec![];
        }
        Action::SwitchLanguage => {
            switch_language(model);
            return vec![];
        }
        _ => {}
    }
    match Keymap::current(model) {
        Keymap::Help => help::act(model, action),
        Keymap::Search => search::act(model, action, key),
        Keymap::Home => home::act(model, action, key),
        Keymap::RecentCases => {
            session::act(model, action, key);
            vec![]
        }
        Keymap::SavePrompt => save::act(model, action, key),
        Keymap::QuitQuestion => match action {
            Action::ConfirmQuit => quit(model),
            Action::StayInWizard => {
                model.session.quit_asked = false;
                vec![]
            }
            _ => vec![],
        },
        Keymap::ErrorMessage => error_message::act(model, action, key),
        Keymap::Context => context::act(model, action, key),
        Keymap::Guide => guide::act(model, action),
        Keymap::AwsAuthPath | Keymap::AwsAuthReport => aws_auth::act(model, action, key),
        Keymap::Picker => picker::act(model, action),
        Keymap::Checks | Keymap::AssumeRoleQuestion | Keymap::Evidence => {
            probes::act(model, action)
        }
    }
}

fn switch_language(model: &mut Model) {
    model.lang = model.lang.toggled();
    model.notice = Some(Notice::LanguageSwitched);
    // Line positions change with the language; keep the chosen step in view.
    guide::clamp_scroll(model);
    aws_auth::clamp_scroll(model);
}
