//! Bringing a kept session back (`--resume`, or a recent case on the home screen): the values,
//! the pasted error, the case file it was opened on, the last run's results and the screen.

use std::path::PathBuf;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use tui_input::backend::crossterm::EventHandler;
use tui_input::{Input, InputRequest};

use crate::case::session::{Kept, SessionScreen};
use crate::guide::{Context, Field};
use crate::report::RedactionCounts;
use crate::wizard::model::case::{OpenedCase, RunOrigin};
use crate::wizard::model::error_message::ErrorPaste;
use crate::wizard::model::report::{ReportNotice, ReportWriteError};
use crate::wizard::model::session::SavePrompt;
use crate::wizard::model::{Model, Notice, Screen};
use crate::wizard::msg::Cmd;
use crate::wizard::queries::session::case_to_save;
use crate::wizard::update::error_message::reread;
use crate::wizard::update::{case, guide};

/// Every field, blank ones included, as the details hold them (how results are matched to
/// the values they were asked with).
fn full_context(values: &Context) -> Context {
    let mut context = Context::default();
    for field in Field::ALL {
        context.set(field, values.raw(field));
    }
    context
}

pub fn restore(model: &mut Model, kept: &Kept) {
    let session = &kept.session;
    if let Some(file) = &session.case
        && let Ok(replayed) = file.replay()
    {
        let path = session
            .case_path
            .clone()
            .unwrap_or_else(|| kept.path.clone());
        case::open(model, OpenedCase::new(path, file, replayed));
    }
    for field in Field::ALL {
        let value = session.values.get(&field).cloned().unwrap_or_default();
        model.inputs.insert(field, Input::new(value));
    }
    model.error_paste = ErrorPaste {
        text: session.pasted.clone(),
        ..ErrorPaste::default()
    };
    reread(&mut model.error_paste);
    if let Some(run) = &session.live
        && let Ok(replayed) = run.replay()
    {
        let state = &mut model.probes;
        state.plan = replayed.reports.iter().map(|report| report.id).collect();
        state.reports = replayed
            .reports
            .iter()
            .map(|report| (report.id, report.clone()))
            .collect();
        state.symptom = Some(replayed.symptom);
        state.context = Some(full_context(&replayed.prepared));
        state.region = Some(replayed.region.clone());
        state.started = true;
        state.plan_error = None;
        state.prompt = None;
        state.origin = RunOrigin::Live;
    }
    model.symptom = session.symptom;
    model.home_cursor = session.home_cursor;
    model.focus = session.focus.min(model.fields().len().saturating_sub(1));
    model.guide_step = session.guide_step;
    model.guide_top = 0;
    model.screen = match (session.screen, model.symptom) {
        (SessionScreen::Home, _) => Screen::Home,
        (SessionScreen::ErrorMessage, _) => Screen::ErrorMessage,
        (_, None) => Screen::Home,
        (SessionScreen::Context, Some(_)) => Screen::Context,
        (SessionScreen::Probes, Some(_)) if !model.probes.plan.is_empty() => Screen::Probes,
        (SessionScreen::Probes, Some(_)) => Screen::Context,
        // The aws-auth screen's ConfigMap is not kept: its guide is where it was opened from.
        (SessionScreen::Guide | SessionScreen::AwsAuth, Some(_)) => Screen::Guide,
    };
    model.session.file = Some(kept.path.clone());
    model.session.recent_open = false;
    guide::clamp_scroll(model);
}

/// `s`: asks where to save the case file, offering a name in the reports' folder (a file of
/// that name is never replaced: the run loop takes `-2`, `-3`...). Redacted unless the person
/// switches it off.
pub fn open_save(model: &mut Model) {
    let Some(case) = case_to_save(model) else {
        model.notice = Some(Notice::Report(ReportNotice::NothingToReport));
        return;
    };
    let name = format!("eks-iam-tui-case-{}.json", case.inputs.symptom.id());
    let path = model.report.dir.join(name);
    model.session.save = Some(SavePrompt {
        path: Input::new(path.display().to_string()),
        redact: true,
    });
}

/// The save prompt's keys: the path is typed; Enter saves, Esc cancels, Ctrl-R switches
/// redaction.
pub fn save_key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    let Some(prompt) = model.session.save.as_mut() else {
        return vec![];
    };
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Esc => model.session.save = None,
        KeyCode::Char('r') | KeyCode::Char('R') if ctrl => prompt.redact = !prompt.redact,
        KeyCode::Enter => {
            let path = prompt.path.value().trim().to_owned();
            let redact = prompt.redact;
            if path.is_empty() {
                return vec![];
            }
            model.session.save = None;
            if let Some(case) = case_to_save(model) {
                return vec![Cmd::SaveCase {
                    path: PathBuf::from(path),
                    case: Box::new(case),
                    redact,
                }];
            }
        }
        _ => {
            prompt.path.handle_event(&Event::Key(key));
        }
    }
    vec![]
}

/// A paste into the save prompt: one line, as a path is.
pub fn save_paste(model: &mut Model, text: &str) {
    if let Some(prompt) = model.session.save.as_mut() {
        for ch in text.trim().chars().filter(|c| !c.is_control()) {
            prompt.path.handle(InputRequest::InsertChar(ch));
        }
    }
}

/// What the run loop answered for a [`Cmd::SaveCase`].
pub fn case_saved(
    model: &mut Model,
    result: Result<(PathBuf, Option<RedactionCounts>), ReportWriteError>,
) {
    model.notice = Some(match result {
        Ok((path, counts)) => Notice::CaseSaved { path, counts },
        Err(error) => Notice::CaseSaveFailed(error),
    });
}
