//! The aws-auth screen's keys and messages: type a path or paste a ConfigMap, take in what the
//! run loop read, scroll the report (as far as the layout says it goes), and copy the fix or
//! the whole report.
//!
//! Reading the file is the run loop's job: a path becomes a [`Cmd::ReadFile`], and the text
//! (or why it could not be read) comes back as [`Msg::FileRead`](crate::wizard::Msg::FileRead).

use std::path::PathBuf;

use crossterm::event::{Event, KeyEvent};
use tui_input::backend::crossterm::EventHandler;

use crate::aws_auth::report;
use crate::aws_auth::{self, ConfigMapError};
use crate::wizard::keys::Action;
use crate::wizard::layout::aws_auth as layout;
use crate::wizard::model::aws_auth::{
    AwsAuthFocus, FileReadError, LoadError, Loaded, ScreenNotice, Source,
};
use crate::wizard::model::{Model, Screen};
use crate::wizard::msg::Cmd;
use crate::wizard::queries::aws_auth::{live_map, screen_report};
use crate::wizard::update::search;

/// Lays the report out again if anything it depends on changed since the last time; called
/// after every message while the screen is open, so keys and frames only read it.
pub fn refresh_layout(model: &mut Model) {
    if model.screen != Screen::AwsAuth {
        return;
    }
    if let Some(fresh) = layout::fresh_layout(model) {
        model.aws_auth.layout = Some(fresh);
        model.aws_auth.top = model.aws_auth.top.min(layout::max_top(model));
    }
}

pub fn open(model: &mut Model) {
    model.screen = Screen::AwsAuth;
    // The checks may already have read the cluster's own map: start with it rather than ask.
    if model.aws_auth.loaded.is_none()
        && let Some((cluster, text)) = live_map(model)
    {
        load(model, Source::Cluster(cluster), Ok(&text));
    }
    let state = &mut model.aws_auth;
    state.notice = None;
    state.focus = if state.loaded.is_some() {
        AwsAuthFocus::Report
    } else {
        AwsAuthFocus::Path
    };
    clamp_scroll(model);
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
pub fn paste(model: &mut Model, text: &str) {
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
        return;
    }
    let lines = text.lines().count();
    load(model, Source::Paste { lines }, Ok(text));
}

/// What the run loop read for a [`Cmd::ReadFile`].
pub fn file_read(model: &mut Model, path: PathBuf, result: Result<String, FileReadError>) {
    if model.aws_auth.pending.as_ref() != Some(&path) {
        return;
    }
    model.aws_auth.pending = None;
    match &result {
        Ok(text) => load(model, Source::File(path), Ok(text)),
        Err(error) => load(model, Source::File(path), Err(error.clone())),
    }
}

fn load(model: &mut Model, source: Source, text: Result<&str, FileReadError>) {
    let outcome = match text {
        Err(error) => Err(LoadError::Read(error)),
        Ok(text) => aws_auth::lint(text).map_err(|error| LoadError::Input {
            excerpt: excerpt(text, &error),
            error,
        }),
    };
    let state = &mut model.aws_auth;
    if outcome.is_ok() {
        state.focus = AwsAuthFocus::Report;
    }
    // A paste replaces whatever file was being read.
    state.pending = None;
    state.loaded = Some(Loaded { source, outcome });
    state.loads += 1;
    state.top = 0;
}

/// The input line an error points at, trimmed to a sensible length.
fn excerpt(text: &str, error: &ConfigMapError) -> Option<String> {
    let (line, _) = error.line_col()?;
    let content = text.lines().nth(line.checked_sub(1)?)?;
    Some(content.chars().take(200).collect())
}

fn copy(model: &mut Model, whole_report: bool) -> Vec<Cmd> {
    let Some(report) = screen_report(model) else {
        model.aws_auth.notice = Some(ScreenNotice::NothingToCopy);
        return vec![];
    };
    let text = if whole_report {
        report::to_text(&report.report, &report.ctx, model.lang)
    } else {
        report::fix_text(&report.report.plan, &report.ctx, model.lang)
    };
    if text.trim().is_empty() {
        model.aws_auth.notice = Some(ScreenNotice::NothingToCopy);
        return vec![];
    }
    let bytes = text.len();
    model.aws_auth.notice = Some(if whole_report {
        ScreenNotice::CopiedReport { bytes }
    } else {
        ScreenNotice::CopiedFix { bytes }
    });
    vec![Cmd::CopyToClipboard(text)]
}

fn max_top(model: &mut Model) -> usize {
    refresh_layout(model);
    layout::max_top(model)
}

fn scroll_by(model: &mut Model, delta: isize) -> Vec<Cmd> {
    let top = model.aws_auth.top.saturating_add_signed(delta);
    model.aws_auth.top = top.min(max_top(model));
    vec![]
}

/// Keeps the scroll position inside the report after a resize or a language switch.
pub fn clamp_scroll(model: &mut Model) {
    if model.screen == Screen::AwsAuth {
        model.aws_auth.top = model.aws_auth.top.min(max_top(model));
    }
}
