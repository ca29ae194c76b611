//! The wizard's transitions: a pure function from (model, message) to the model's next state
//! and the effects the run loop should perform.

use std::path::PathBuf;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers};
use tui_input::backend::crossterm::EventHandler;

use super::aws_auth_screen::{self, FileReadError};
use super::guide_layout::layout_guide;
use super::model::{Ending, HOME_ENTRIES, Model, Notice, Screen};
use super::probe_screen::{self, ProbeRequest};
use super::theme::Theme;
use super::view::guide_viewport;
use crate::guide::{self, Symptom, render};
use crate::probes::ProbeEvent;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted with bracketed paste.
    Paste(String),
    Resize(u16, u16),
    /// The terminal went away: leave now.
    Quit,
    /// SIGINT, SIGTERM or SIGHUP: leave now, and say which in the exit code.
    Signal(Ending),
    /// What the run loop read for a [`Cmd::ReadFile`].
    FileRead {
        path: PathBuf,
        result: Result<String, FileReadError>,
    },
    /// A live check ended (of some run; late ones from an earlier run are dropped).
    Probe(Box<ProbeEvent>),
    /// The Region a run of the checks resolved, before its results.
    ProbeRegion {
        generation: u64,
        region: Option<String>,
    },
    /// Time passed; sent only while checks run, to turn the spinner.
    Tick,
    /// What the run loop did with a [`Cmd::WriteReport`]: the path written.
    ReportWritten(Result<PathBuf, super::session_report::ReportWriteError>),
}

/// Effects only the run loop may perform.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cmd {
    Quit,
    /// Put text on the clipboard of the terminal the person sits at (OSC 52, works over SSH).
    CopyToClipboard(String),
    /// Read a file (bounded in size and time) and answer with [`Msg::FileRead`].
    ReadFile(PathBuf),
    /// Load the AWS configuration and start the checks as tasks; each answers with
    /// [`Msg::Probe`] tagged with `generation` (any earlier run may be abandoned).
    RunProbes {
        generation: u64,
        request: Box<ProbeRequest>,
    },
    /// Write the session's report to `path` (or, if a file is there, a free name beside it)
    /// and answer with [`Msg::ReportWritten`].
    WriteReport {
        path: PathBuf,
        contents: String,
    },
}

pub fn update(model: &mut Model, msg: Msg) -> Vec<Cmd> {
    let commands = dispatch(model, msg);
    // The aws-auth report is laid out here, once per change, so that neither a key nor a
    // frame lays out a large ConfigMap again.
    aws_auth_screen::refresh_layout(model);
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
            clamp_guide_scroll(model);
            aws_auth_screen::clamp_scroll(model);
            vec![]
        }
        Msg::Paste(text) => {
            if !model.help_open {
                match model.screen {
                    Screen::Context => paste_into_field(model, &text),
                    Screen::ErrorMessage => super::error_message::paste(model, &text),
                    Screen::AwsAuth => aws_auth_screen::paste(model, &text),
                    Screen::Home | Screen::Guide | Screen::Probes => {}
                }
            }
            vec![]
        }
        Msg::FileRead { path, result } => {
            aws_auth_screen::file_read(model, path, result);
            vec![]
        }
        Msg::Probe(event) => {
            probe_screen::probe_event(model, *event);
            // A finding that lands while the guide is open adds a step above the others.
            clamp_guide_scroll(model);
            vec![]
        }
        Msg::ProbeRegion { generation, region } => {
            probe_screen::probe_region(model, generation, region);
            vec![]
        }
        Msg::Tick => {
            probe_screen::tick(model);
            vec![]
        }
        Msg::ReportWritten(result) => {
            super::session_report::written(model, result);
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
    // On the context screen and in the error-message box printable keys are typing;
    // elsewhere they are commands.
    let typing = matches!(model.screen, Screen::Context | Screen::ErrorMessage)
        || aws_auth_screen::typing(model);
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
        Screen::Home => home_key(model, key),
        Screen::ErrorMessage => error_message_key(model, key),
        Screen::Context => context_key(model, key),
        Screen::Guide => guide_key(model, key),
        Screen::AwsAuth => aws_auth_screen::key(model, key),
        Screen::Probes => probe_screen::key(model, key),
    }
}

fn switch_language(model: &mut Model) {
    model.lang = model.lang.toggled();
    model.notice = Some(Notice::LanguageSwitched);
    // Line positions change with the language; keep the chosen step in view.
    if model.screen == Screen::Guide {
        scroll_to_step(model);
    }
    aws_auth_screen::clamp_scroll(model);
}

fn home_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    match key.code {
        KeyCode::Up | KeyCode::Char('k') => {
            model.home_cursor = (model.home_cursor + HOME_ENTRIES - 1) % HOME_ENTRIES;
        }
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab => {
            model.home_cursor = (model.home_cursor + 1) % HOME_ENTRIES;
        }
        KeyCode::Home | KeyCode::Char('g') => model.home_cursor = 0,
        KeyCode::End | KeyCode::Char('G') => model.home_cursor = HOME_ENTRIES - 1,
        KeyCode::Char('e') => {
            model.home_cursor = HOME_ENTRIES - 1;
            model.screen = Screen::ErrorMessage;
        }
        KeyCode::Char(c @ '1'..='6') => {
            model.home_cursor = usize::from(c as u8 - b'1');
            choose_home_entry(model);
        }
        KeyCode::Enter | KeyCode::Right => choose_home_entry(model),
        _ => {}
    }
    vec![]
}

fn choose_home_entry(model: &mut Model) {
    match Symptom::ALL.get(model.home_cursor) {
        Some(symptom) => open_symptom(model, *symptom),
        None => model.screen = Screen::ErrorMessage,
    }
}

/// Goes to the context screen of `symptom`; values typed earlier stay.
pub fn open_symptom(model: &mut Model, symptom: Symptom) {
    if model.symptom != Some(symptom) {
        model.focus = 0;
        model.guide_step = 0;
        model.guide_top = 0;
    }
    model.symptom = Some(symptom);
    if let Some(index) = Symptom::ALL.iter().position(|s| *s == symptom) {
        model.home_cursor = index;
    }
    model.screen = Screen::Context;
}

fn error_message_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    super::error_message::key(model, key)
}

fn context_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    let count = model.fields().len();
    match key.code {
        KeyCode::Esc => model.screen = Screen::Home,
        KeyCode::F(5) => return probe_screen::open(model),
        KeyCode::Enter => {
            model.screen = Screen::Guide;
            scroll_to_step(model);
        }
        KeyCode::Tab | KeyCode::Down if count > 0 => model.focus = (model.focus + 1) % count,
        KeyCode::BackTab | KeyCode::Up if count > 0 => {
            model.focus = (model.focus + count - 1) % count;
        }
        _ => {
            if let Some(field) = model.focused_field()
                && let Some(input) = model.inputs.get_mut(&field)
            {
                input.handle_event(&Event::Key(key));
            }
        }
    }
    vec![]
}

fn paste_into_field(model: &mut Model, text: &str) {
    let Some(field) = model.focused_field() else {
        return;
    };
    let Some(input) = model.inputs.get_mut(&field) else {
        return;
    };
    // A field is one line: pasted line breaks and indentation (an ARN wrapped by a terminal)
    // are joined back together.
    let joined: String = text.lines().map(str::trim).collect::<Vec<_>>().concat();
    for ch in joined.chars().filter(|c| !c.is_control()) {
        input.handle(tui_input::InputRequest::InsertChar(ch));
    }
}

fn guide_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    let Some(symptom) = model.symptom else {
        model.screen = Screen::Home;
        return vec![];
    };
    let step_count = guide::guide_for(symptom)
        .map(|g| g.steps.len())
        .unwrap_or(0);
    let page = usize::from(guide_viewport(model.size).1.max(1));
    match key.code {
        KeyCode::Esc | KeyCode::Left => model.screen = Screen::Context,
        KeyCode::Down | KeyCode::Char('j') | KeyCode::Tab if step_count > 0 => {
            model.guide_step = (model.guide_step + 1).min(step_count - 1);
            scroll_to_step(model);
        }
        KeyCode::Up | KeyCode::Char('k') | KeyCode::BackTab => {
            model.guide_step = model.guide_step.saturating_sub(1);
            scroll_to_step(model);
        }
        KeyCode::Home | KeyCode::Char('g') => {
            model.guide_step = 0;
            scroll_to_step(model);
        }
        KeyCode::End | KeyCode::Char('G') if step_count > 0 => {
            model.guide_step = step_count - 1;
            scroll_to_step(model);
        }
        KeyCode::PageDown | KeyCode::Char(' ') => scroll_by(model, page as isize),
        KeyCode::PageUp => scroll_by(model, -(page as isize)),
        KeyCode::Char('c') | KeyCode::Char('y') => return copy_step(model),
        KeyCode::Char('w') => {
            // The report carries the live checks' evidence when they were run for this case.
            let probes = probe_screen::current_reports(model);
            return super::session_report::write(model, &probes);
        }
        KeyCode::Char('r') => super::session_report::toggle_redact(model),
        KeyCode::Char('a') if aws_auth_screen::offered(model.symptom) => {
            aws_auth_screen::open(model);
        }
        KeyCode::Char('p') | KeyCode::F(5) => return probe_screen::open(model),
        _ => {}
    }
    vec![]
}

fn copy_step(model: &mut Model) -> Vec<Cmd> {
    let steps = rendered_steps(model);
    match steps.get(model.guide_step) {
        Some(step) if !step.blocks.is_empty() => {
            let text = render::step_commands(step);
            model.notice = Some(Notice::Copied {
                step: model.guide_step + 1,
                bytes: text.len(),
            });
            vec![Cmd::CopyToClipboard(text)]
        }
        _ => {
            model.notice = Some(Notice::NothingToCopy);
            vec![]
        }
    }
}

/// The chosen symptom's steps in the current language with the current context; what the
/// live checks found comes first, and what they learned fills the steps' gaps.
pub fn rendered_steps(model: &Model) -> Vec<render::RenderedStep> {
    let mut steps = probe_screen::finding_steps(model);
    steps.extend(
        model
            .symptom
            .and_then(|s| guide::guide_for(s).ok())
            .map(|g| render::render_steps(g, &probe_screen::guide_context(model), model.lang))
            .unwrap_or_default(),
    );
    steps
}

fn guide_lines(model: &Model) -> (Vec<usize>, usize) {
    let (width, _) = guide_viewport(model.size);
    let layout = layout_guide(
        &rendered_steps(model),
        width,
        model.guide_step,
        &Theme::new(model.appearance),
    );
    (layout.step_starts, layout.lines.len())
}

fn max_top(total: usize, model: &Model) -> usize {
    total.saturating_sub(usize::from(guide_viewport(model.size).1))
}

fn scroll_to_step(model: &mut Model) {
    let (starts, total) = guide_lines(model);
    let start = starts.get(model.guide_step).copied().unwrap_or(0);
    model.guide_top = start.min(max_top(total, model));
}

fn scroll_by(model: &mut Model, delta: isize) {
    let (starts, total) = guide_lines(model);
    model.guide_top = model
        .guide_top
        .saturating_add_signed(delta)
        .min(max_top(total, model));
    // The chosen step follows the page: the last step that starts on or above the top line.
    model.guide_step = starts
        .iter()
        .rposition(|start| *start <= model.guide_top)
        .unwrap_or(0);
}

fn clamp_guide_scroll(model: &mut Model) {
    if model.screen == Screen::Guide {
        scroll_to_step(model);
    }
}
