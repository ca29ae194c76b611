//! Bringing a kept session back (`--resume`, or a recent case on the home screen): the values,
//! the pasted error, the case file it was opened on, the last run's results and the screen.

use crossterm::event::{KeyCode, KeyEvent};
use tui_input::Input;

use crate::case::session::{Kept, SessionScreen};
use crate::guide::{Context, Field};
use crate::wizard::keys::Action;
use crate::wizard::model::case::{OpenedCase, RunOrigin};
use crate::wizard::model::error_message::ErrorPaste;
use crate::wizard::model::{Model, Notice, Screen};
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
    restore_scope(model, session);
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

/// The profile named in the session (picked, or given with `--profile`) and the kubeconfig
/// context it used, so the checks sign and ask as they did; a profile the environment chose is
/// the new environment's to choose again. The context is looked up by name among the kubeconfig's contexts as the picker
/// offers them (read at start-up); one no longer there is said, and kubectl's context stays
/// the one the kubeconfig names now.
fn restore_scope(model: &mut Model, session: &crate::case::session::Session) {
    if let Some(profile) = &session.profile {
        model.aws.profile = Some(profile.clone());
        model.aws.profile_named = true;
    }
    let Some(name) = &session.kube_context else {
        return;
    };
    match model
        .choices
        .contexts
        .iter()
        .find(|context| &context.context == name)
        .cloned()
    {
        Some(context) => {
            model.aws.kube_context = Some(context.context.clone());
            model.aws.kubectl = Some(context);
        }
        None => {
            model.notice = Some(Notice::KeptContextGone {
                context: name.clone(),
                now: model.aws.kubectl.as_ref().map(|c| c.context.clone()),
            });
        }
    }
}

/// The list of recent cases (`keys/recent.rs`): choose one and it comes back as it was kept.
pub fn act(model: &mut Model, action: Action, key: KeyEvent) {
    let count = model.session.recent.len();
    let chosen = match action {
        Action::CloseRecent => {
            model.session.recent_open = false;
            None
        }
        Action::Up if count > 0 => {
            model.session.recent_cursor = (model.session.recent_cursor + count - 1) % count;
            None
        }
        Action::Down if count > 0 => {
            model.session.recent_cursor = (model.session.recent_cursor + 1) % count;
            None
        }
        Action::Open => Some(model.session.recent_cursor),
        Action::PickRecent => match key.code {
            KeyCode::Char(digit) => digit
                .to_digit(10)
                .and_then(|d| d.checked_sub(1))
                .and_then(|d| usize::try_from(d).ok()),
            _ => None,
        },
        _ => None,
    };
    if let Some(kept) = chosen.and_then(|index| model.session.recent.get(index).cloned()) {
        restore(model, &kept);
    }
}
