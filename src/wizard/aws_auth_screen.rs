//! The aws-auth screen, opened from the guide of `aws-auth-path` and `console-nodes`: load the
//! ConfigMap from a file path or a paste, then see the findings entry by entry, whether the
//! principal of the details is mapped and as whom, and the fix filled in.
//!
//! State and transitions only. Reading the file is the run loop's job: a path becomes a
//! [`Cmd::ReadFile`], and the text (or why it could not be read) comes back as
//! [`Msg::FileRead`](super::Msg::FileRead).

use std::path::PathBuf;
use std::sync::Arc;

use crossterm::event::{Event, KeyCode, KeyEvent};
use ratatui::text::Line;
use tui_input::Input;
use tui_input::backend::crossterm::EventHandler;

use super::aws_auth_view::{self, ScreenReport};
use super::model::{Appearance, Model, Screen};
use super::theme::Theme;
use super::update::Cmd;
use super::view::guide_viewport;
use crate::aws_auth::report;
use crate::aws_auth::{self, AwsAuth, ConfigMapError};
use crate::guide::{Context, Field, Symptom};
use crate::i18n::Lang;
use crate::probes::ProbeData;

/// Why a file could not be read; worded by the view in the person's language. The same
/// reader (and reasons) as the command line's.
pub use crate::read_input::ReadError as FileReadError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AwsAuthFocus {
    /// Keys type into the file path.
    #[default]
    Path,
    /// Keys scroll and copy the report.
    Report,
}

/// Where the ConfigMap came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Paste {
        lines: usize,
    },
    File(PathBuf),
    /// Read from the cluster by the `aws-auth-live` check.
    Cluster(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Read(FileReadError),
    /// Not a ConfigMap, or not YAML/JSON; `excerpt` is the input line the error points at.
    Input {
        error: ConfigMapError,
        excerpt: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub source: Source,
    pub outcome: Result<AwsAuth, LoadError>,
}

/// A short notice on the screen's own status row, until the next key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenNotice {
    CopiedFix { bytes: usize },
    CopiedReport { bytes: usize },
    NothingToCopy,
    PathMissing,
}

#[derive(Debug, Clone, Default)]
pub struct AwsAuthState {
    pub path: Input,
    pub focus: AwsAuthFocus,
    pub loaded: Option<Loaded>,
    /// The file the run loop is reading; a result for another path is stale and dropped.
    pub pending: Option<PathBuf>,
    /// The first report line on screen.
    pub top: usize,
    pub notice: Option<ScreenNotice>,
    /// How many times a ConfigMap (or a failure to read one) was loaded: a new load lays the
    /// report out anew.
    pub loads: u64,
    /// The report's lines as last laid out, and for what.
    pub layout: Option<ReportLayout>,
}

/// Everything the report's lines depend on. The lines are laid out once per load, width,
/// language and case, never per key: a 15,000-entry map takes far longer to lay out than a
/// key may wait.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutKey {
    loads: u64,
    width: u16,
    lang: Lang,
    appearance: Appearance,
    symptom: Option<Symptom>,
    context: Context,
    guide_context: Context,
}

#[derive(Debug, Clone)]
pub struct ReportLayout {
    key: LayoutKey,
    pub lines: Arc<Vec<Line<'static>>>,
}

fn layout_key(model: &Model, width: u16) -> LayoutKey {
    LayoutKey {
        loads: model.aws_auth.loads,
        width,
        lang: model.lang,
        appearance: model.appearance,
        symptom: model.symptom,
        context: model.context(),
        guide_context: super::probe_screen::guide_context(model),
    }
}

/// The report's lines for `width`: the layout kept in the model when it is for the same
/// inputs, otherwise laid out now (the view's fallback; the update keeps the layout fresh).
pub fn report_lines(model: &Model, width: u16) -> Arc<Vec<Line<'static>>> {
    match &model.aws_auth.layout {
        Some(layout) if layout.key == layout_key(model, width) => layout.lines.clone(),
        _ => Arc::new(aws_auth_view::report_lines(
            model,
            width,
            &Theme::new(model.appearance),
        )),
    }
}

/// Lays the report out again if anything it depends on changed since the last time; called
/// after every message while the screen is open, so keys and frames only read it.
pub fn refresh_layout(model: &mut Model) {
    if model.screen != Screen::AwsAuth {
        return;
    }
    let width = report_viewport(model.size).0;
    let key = layout_key(model, width);
    if model.aws_auth.layout.as_ref().is_some_and(|l| l.key == key) {
        return;
    }
    let lines = aws_auth_view::report_lines(model, width, &Theme::new(model.appearance));
    model.aws_auth.layout = Some(ReportLayout {
        key,
        lines: Arc::new(lines),
    });
    model.aws_auth.top = model.aws_auth.top.min(max_top_of(model));
}

impl AwsAuthState {
    pub fn auth(&self) -> Option<&AwsAuth> {
        self.loaded.as_ref().and_then(|l| l.outcome.as_ref().ok())
    }
}

/// The guides that offer the screen.
pub fn offered(symptom: Option<Symptom>) -> bool {
    matches!(symptom, Some(Symptom::AwsAuthPath | Symptom::ConsoleNodes))
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

/// The aws-auth the checks read from the cluster of the case on screen, with its name.
fn live_map(model: &Model) -> Option<(String, String)> {
    if model.probes.context.as_ref() != Some(&model.context()) {
        return None;
    }
    let cluster = model.context().get(Field::Cluster)?.to_owned();
    model.probes.reports.values().find_map(|r| match &r.data {
        ProbeData::AwsAuthMap(text) => Some((cluster.clone(), text.clone())),
        _ => None,
    })
}

/// Printable keys type into the path rather than act as commands.
pub fn typing(model: &Model) -> bool {
    model.screen == Screen::AwsAuth && model.aws_auth.focus == AwsAuthFocus::Path
}

pub fn key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    model.aws_auth.notice = None;
    let page = report_viewport(model.size).1.max(1) as isize;
    // Keys that mean the same whatever has the focus.
    match key.code {
        KeyCode::Esc => {
            model.screen = Screen::Guide;
            return vec![];
        }
        KeyCode::Tab | KeyCode::BackTab => {
            let state = &mut model.aws_auth;
            state.focus = match state.focus {
                AwsAuthFocus::Path => AwsAuthFocus::Report,
                AwsAuthFocus::Report => AwsAuthFocus::Path,
            };
            return vec![];
        }
        KeyCode::Up => return scroll_by(model, -1),
        KeyCode::Down => return scroll_by(model, 1),
        KeyCode::PageUp => return scroll_by(model, -page),
        KeyCode::PageDown => return scroll_by(model, page),
        _ => {}
    }
    match model.aws_auth.focus {
        AwsAuthFocus::Path => path_key(model, key),
        AwsAuthFocus::Report => report_key(model, key, page),
    }
}

fn path_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    if key.code == KeyCode::Enter {
        let typed = model.aws_auth.path.value().trim().to_owned();
        if typed.is_empty() {
            model.aws_auth.notice = Some(ScreenNotice::PathMissing);
            return vec![];
        }
        return read_file(model, PathBuf::from(typed));
    }
    model.aws_auth.path.handle_event(&Event::Key(key));
    vec![]
}

fn report_key(model: &mut Model, key: KeyEvent, page: isize) -> Vec<Cmd> {
    match key.code {
        KeyCode::Char('k') => scroll_by(model, -1),
        KeyCode::Char('j') => scroll_by(model, 1),
        KeyCode::Char(' ') => scroll_by(model, page),
        KeyCode::Home | KeyCode::Char('g') => scroll_by(model, isize::MIN),
        KeyCode::End | KeyCode::Char('G') => scroll_by(model, isize::MAX),
        KeyCode::Char('c') | KeyCode::Char('y') => copy(model, false),
        KeyCode::Char('C') | KeyCode::Char('Y') => copy(model, true),
        KeyCode::Char('o') | KeyCode::Enter => {
            model.aws_auth.focus = AwsAuthFocus::Path;
            vec![]
        }
        KeyCode::Char('r') => match model.aws_auth.loaded.as_ref().map(|l| &l.source) {
            Some(Source::File(path)) => {
                let path = path.clone();
                read_file(model, path)
            }
            _ => vec![],
        },
        _ => vec![],
    }
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

/// The report for the loaded ConfigMap, with the principal and cluster of the details.
pub fn screen_report(model: &Model) -> Option<ScreenReport> {
    model
        .aws_auth
        .auth()
        .map(|auth| aws_auth_view::build_report(model, auth))
}

/// Header rows above the report: the path, the status row and a blank line.
pub const HEADER_ROWS: u16 = 3;

/// The width and height the report's lines are drawn in, for a terminal of `size`. The body
/// is framed as the guide's; its header is one row taller.
pub fn report_viewport(size: (u16, u16)) -> (u16, u16) {
    let (width, guide_height) = guide_viewport(size);
    (width, guide_height.saturating_sub(HEADER_ROWS - 2))
}

fn max_top_of(model: &Model) -> usize {
    let (width, height) = report_viewport(model.size);
    report_lines(model, width)
        .len()
        .saturating_sub(usize::from(height))
}

fn max_top(model: &mut Model) -> usize {
    refresh_layout(model);
    max_top_of(model)
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

/// The key-hint line's Fluent id.
pub fn keys_id(model: &Model) -> &'static str {
    match model.aws_auth.focus {
        AwsAuthFocus::Path => "keys-aws-auth-path",
        AwsAuthFocus::Report => "keys-aws-auth-report",
    }
}
