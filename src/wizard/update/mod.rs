//! The wizard's transitions: a pure function from (model, message) to the model's next state
//! and the effects the run loop should perform. This file routes a message to its screen and
//! handles the keys every screen shares (quit, help, language); each screen's own keys are in
//! the file of its name. Scroll limits come from `layout/`, never from the view.

mod aws_auth;
pub mod case;
mod context;
mod error_message;
mod guide;
pub mod home;
mod probes;
mod report;
mod save;
pub mod session;

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::wizard::model::{Ending, Model, Notice, Screen};
use crate::wizard::msg::{Cmd, Msg};

pub fn update(model: &mut Model, msg: Msg) -> Vec<Cmd> {
    let commands = dispatch(model, msg);
    // The aws-auth report is laid out here, once per change, so that neither a key nor a
    // frame lays out a large ConfigMap again.
    aws_auth::refresh_layout(model);
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
        Msg::Paste(text) => {
            if !model.help_open {
                match model.screen {
                    _ if model.session.save.is_some() => save::save_paste(model, &text),
                    Screen::Context => context::paste(model, &text),
                    Screen::ErrorMessage => error_message::paste(model, &text),
                    Screen::AwsAuth => aws_auth::paste(model, &text),
                    Screen::Home | Screen::Guide | Screen::Probes => {}
                }
            }
            vec![]
        }
        Msg::FileRead { path, result } => {
            aws_auth::file_read(model, path, result);
            vec![]
        }
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

fn handle_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char('c') if ctrl => {
            model.ending = Ending::Interrupted;
            return quit(model);
        }
        KeyCode::F(1) => {
            model.help_open = !model.help_open;
            return vec![];
        }
        KeyCode::F(2) => {
            switch_language(model);
            return vec![];
        }
        _ => {}
    }
    if model.help_open {
        match key.code {
            KeyCode::Esc | KeyCode::Char('?') | KeyCode::Enter => model.help_open = false,
            KeyCode::Char('q') => return quit(model),
            _ => {}
        }
        return vec![];
    }
    // The save prompt types a path: every printable key is text.
    if model.session.save.is_some() {
        return save::save_key(model, key);
    }
    // On the context screen and in the error-message box printable keys are typing;
    // elsewhere they are commands.
    let typing =
        matches!(model.screen, Screen::Context | Screen::ErrorMessage) || aws_auth::typing(model);
    if !typing {
        match key.code {
            KeyCode::Char('q') => return quit(model),
            KeyCode::Char('?') => {
                model.help_open = true;
                return vec![];
            }
            KeyCode::Char('l') | KeyCode::Char('L') => {
                switch_language(model);
                return vec![];
            }
            _ => {}
        }
    }
    match model.screen {
        // The home screen's list of recent cases brings a kept session back.
        Screen::Home if model.session.recent_open => {
            session::recent_key(model, key);
            vec![]
        }
        Screen::Home => home::key(model, key),
        Screen::ErrorMessage => error_message::key(model, key),
        Screen::Context => context::key(model, key),
        Screen::Guide => guide::key(model, key),
        Screen::AwsAuth => aws_auth::key(model, key),
        Screen::Probes => probes::key(model, key),
    }
}

fn switch_language(model: &mut Model) {
    model.lang = model.lang.toggled();
    model.notice = Some(Notice::LanguageSwitched);
    // Line positions change with the language; keep the chosen step in view.
    guide::clamp_scroll(model);
    aws_auth::clamp_scroll(model);
}
