//! The aws-auth screen's keys and messages: type a path or paste a ConfigMap, take in what the
//! run loop read, scroll the report (as far as the layout says it goes), and copy the fix or
//! the whole report.
//!
//! Reading the file is the run loop's job: a path becomes a [`Cmd::ReadFile`], and the text
//! (or why it could not be read) comes back as [`Msg::FileRead`](crate::wizard::Msg::FileRead).
//! Linting the text and laying the report out are jobs too ([`Cmd::AwsAuth`]): a 15,000-entry
//! map takes seconds, during which keys, quitting and signals are still answered. Each job has
//! a number; a result under a number the screen no longer waits for is dropped.

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{Event, KeyEvent};
use tui_input::backend::crossterm::EventHandler;

use crate::wizard::keys::Action;
use crate::wizard::layout::aws_auth as layout;
use crate::wizard::model::aws_auth::{
    Analysing, AwsAuthFocus, AwsAuthJob, FileReadError, LoadError, Loaded, ReportLayout,
    ScreenNotice, Source,
};
use crate::wizard::model::{Model, Screen};
use crate::wizard::msg::Cmd;
use crate::wizard::queries::aws_auth::live_map;
use crate::wizard::update::search;

/// Asks for the report to be laid out again if anything it depends on changed since the last
/// time; called after every message while the screen is open, so keys and frames only read it.
pub fn refresh_layout(model: &mut Model) -> Vec<Cmd> {
    if model.screen != Screen::AwsAuth {
        return vec![];
    }
    let Some((key, inputs)) = layout::wanted_layout(model) else {
        return vec![];
    };
    let generation = model.aws_auth.next_job();
    model.aws_auth.laying_out = Some((generation, key.clone()));
    vec![Cmd::AwsAuth(Box::new(AwsAuthJob::LayOut {
        generation,
        key,
        inputs: Box::new(inputs),
    }))]
}

pub fn open(model: &mut Model) -> Vec<Cmd> {
    model.screen = Screen::AwsAuth;
    let mut commands = vec![];
    // The checks may already have read the cluster's own map: start with it rather than ask.
    if model.aws_auth.loaded.is_none()
        && model.aws_auth.analysing.is_none()
        && let Some((cluster, text)) = live_map(model)
    {
        commands = load(model, Source::Cluster(cluster), Ok(&text));
    }
    let state = &mut model.aws_auth;
    state.notice = None;
    state.focus = if state.loaded.is_some() || state.analysing.is_some() {
        AwsAuthFocus::Report
    } else {
        AwsAuthFocus::Path
    };
    clamp_scroll(model);
    commands
}

pub fn act(model: &mut Model, action: Action, key: KeyEvent) -> Vec<Cmd> {
    model.aws_auth.notice = None;
    let page = layout::page(model.size) as isize;
    match action {
        Action::Back => model.screen = Screen::Guide,
        Action::SwitchFocus => {
            let state = &mut model.aws_auth;
            state.focus = match state.focus {
                AwsAuthFocus::Path => AwsAuthFocus::Report,
                AwsAuthFocus::Report => AwsAuthFocus::Path,
            };
        }
        Action::Up => return scroll_by(model, -1),
        Action::Down => return scroll_by(model, 1),
        Action::PageUp => return scroll_by(model, -page),
        Action::PageDown => return scroll_by(model, page),
        Action::Top => return scroll_by(model, isize::MIN),
        Action::Bottom => return scroll_by(model, isize::MAX),
        Action::ReadFile => {
            let typed = model.aws_auth.path.value().trim().to_owned();
            if typed.is_empty() {
                model.aws_auth.notice = Some(ScreenNotice::PathMissing);
                return vec![];
            }
            return read_file(model, PathBuf::from(typed));
        }
        Action::Edit => {
            model.aws_auth.path.handle_event(&Event::Key(key));
        }
        Action::CopyFix => return copy(model, false),
        Action::CopyReport => return copy(model, true),
        Action::EditPath => model.aws_auth.focus = AwsAuthFocus::Path,
        Action::Reload => {
            if let Some(Source::File(path)) = model.aws_auth.loaded.as_ref().map(|l| &l.source) {
                let path = path.clone();
                return read_file(model, path);
            }
        }
        Action::Search => search::start(model),
        Action::NextMatch => search::jump(model, true),
        Action::PreviousMatch => search::jump(model, false),
        _ => {}
    }
    vec![]
}

fn read_file(model: &mut Model, path: PathBuf) -> Vec<Cmd> {
    model.aws_auth.pending = Some(path.clone());
    vec![Cmd::ReadFile(path)]
}

/// A paste: a single line typed into the path box is a path; anything else is the ConfigMap.
pub fn paste(model: &mut Model, text: &str) -> Vec<Cmd> {
    // Terminals send a pasted line break as CR.
    let text = &text.replace("\r\n", "\n").replace('\r', "\n");
    let state = &mut model.aws_auth;
    state.notice = None;
    let one_line = text.trim();
    let looks_like_path =
        !one_line.contains('\n') && !one_line.starts_with('{') && !one_line.contains(": ");
    if state.focus == AwsAuthFocus::Path && looks_like_path {
        for ch in one_line.chars().filter(|c| !c.is_control()) {
            state.path.handle(tui_input::InputRequest::InsertChar(ch));
        }
        return vec![];
    }
    let lines = text.lines().count();
    load(model, Source::Paste { lines }, Ok(text))
}

/// What the run loop read for a [`Cmd::ReadFile`].
pub fn file_read(
    model: &mut Model,
    path: PathBuf,
    result: Result<String, FileReadError>,
) -> Vec<Cmd> {
    if model.aws_auth.pending.as_ref() != Some(&path) {
        return vec![];
    }
    model.aws_auth.pending = None;
    match &result {
        Ok(text) => load(model, Source::File(path), Ok(text)),
        Err(error) => load(model, Source::File(path), Err(error.clone())),
    }
}

/// Text to analyse goes to a job; a read that failed is shown at once.
fn load(model: &mut Model, source: Source, text: Result<&str, FileReadError>) -> Vec<Cmd> {
    // A paste replaces whatever file was being read, and whatever was being analysed.
    model.aws_auth.pending = None;
    model.aws_auth.analysing = None;
    match text {
        Err(error) => {
            take_in(
                model,
                Loaded {
                    source,
                    outcome: Err(LoadError::Read(error)),
                },
            );
            vec![]
        }
        Ok(text) => {
            let generation = model.aws_auth.next_job();
            model.aws_auth.analysing = Some(Analysing {
                generation,
                source: source.clone(),
            });
            vec![Cmd::AwsAuth(Box::new(AwsAuthJob::Analyse {
                generation,
                source,
                text: Arc::from(text),
            }))]
        }
    }
}

/// What an analysis job found, unless a newer paste or read replaced the text it analysed.
pub fn analysed(model: &mut Model, generation: u64, loaded: Loaded) {
    if model.aws_auth.analysing.as_ref().map(|a| a.generation) != Some(generation) {
        return;
    }
    model.aws_auth.analysing = None;
    take_in(model, loaded);
}

fn take_in(model: &mut Model, loaded: Loaded) {
    let state = &mut model.aws_auth;
    if loaded.outcome.is_ok() {
        state.focus = AwsAuthFocus::Report;
    }
    state.loaded = Some(Arc::new(loaded));
    state.loads += 1;
    state.top = 0;
}

/// A layout job's lines, unless the screen has since asked for another layout.
pub fn laid_out(model: &mut Model, generation: u64, fresh: ReportLayout) {
    let state = &mut model.aws_auth;
    if state.laying_out.as_ref().map(|(g, _)| *g) != Some(generation) {
        return;
    }
    state.laying_out = None;
    state.layout = Some(fresh);
    clamp_scroll(model);
}

/// `c`/`C`: the text is worded by a job (a large map's report takes seconds to word).
fn copy(model: &mut Model, whole_report: bool) -> Vec<Cmd> {
    if model.aws_auth.auth().is_none() {
        model.aws_auth.notice = Some(ScreenNotice::NothingToCopy);
        return vec![];
    }
    let generation = model.aws_auth.next_job();
    model.aws_auth.copying = Some(generation);
    vec![Cmd::AwsAuth(Box::new(AwsAuthJob::Copy {
        generation,
        whole_report,
        inputs: Box::new(layout::layout_inputs(model)),
    }))]
}

/// A copy job's text, put on the clipboard unless a later `c`/`C` asked for another copy.
pub fn copy_ready(
    model: &mut Model,
    generation: u64,
    whole_report: bool,
    text: Option<String>,
) -> Vec<Cmd> {
    let state = &mut model.aws_auth;
    if state.copying != Some(generation) {
        return vec![];
    }
    state.copying = None;
    let Some(text) = text.filter(|t| !t.trim().is_empty()) else {
        state.notice = Some(ScreenNotice::NothingToCopy);
        return vec![];
    };
    let bytes = text.len();
    state.notice = Some(if whole_report {
        ScreenNotice::CopiedReport { bytes }
    } else {
        ScreenNotice::CopiedFix { bytes }
    });
    vec![Cmd::CopyToClipboard(text)]
}

fn scroll_by(model: &mut Model, delta: isize) -> Vec<Cmd> {
    let top = model.aws_auth.top.saturating_add_signed(delta);
    model.aws_auth.top = top.min(layout::max_top(model));
    vec![]
}

/// Keeps the scroll position inside the report after a resize or a language switch.
pub fn clamp_scroll(model: &mut Model) {
    if model.screen == Screen::AwsAuth {
        model.aws_auth.top = model.aws_auth.top.min(layout::max_top(model));
    }
}
