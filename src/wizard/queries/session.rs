//! The session as it is kept: what the person typed, pasted and checked, and where they were.

use std::collections::BTreeMap;

use crate::case::session::{SESSION_KIND, SESSION_SCHEMA, Session, SessionScreen};
use crate::case::{CaseFile, Collected};
use crate::guide::{Context, Field};
use crate::probes::ProbeReport;
use crate::wizard::model::case::RunOrigin;
use crate::wizard::model::{Model, Screen};

/// Whether anything was typed, pasted or checked: a session of only what the wizard started
/// with is not worth keeping (nor worth a word when it ends).
pub fn worth_keeping(model: &Model) -> bool {
    let typed = Field::ALL
        .into_iter()
        .any(|field| model.context().get(field) != model.session.start.get(field));
    typed
        || !model.error_paste.text.trim().is_empty()
        || model.probes.started
        || model.case.is_some()
}

fn screen_of(screen: Screen) -> SessionScreen {
    match screen {
        Screen::Home => SessionScreen::Home,
        Screen::ErrorMessage => SessionScreen::ErrorMessage,
        Screen::Context => SessionScreen::Context,
        Screen::Guide => SessionScreen::Guide,
        Screen::AwsAuth => SessionScreen::AwsAuth,
        Screen::Probes => SessionScreen::Probes,
    }
}

/// The wizard's own last run of the checks, as a case: its values are the ones it was asked
/// with, so that on resume its results apply exactly when they did before.
fn live_run(model: &Model, saved_at: &str) -> Option<CaseFile> {
    let state = &model.probes;
    if state.origin != RunOrigin::Live || !state.started {
        return None;
    }
    let symptom = state.symptom?;
    let context = state.context.clone().unwrap_or_default();
    let reports: Vec<ProbeReport> = state.reports_in_order().into_iter().cloned().collect();
    let region = state.region.clone().flatten();
    Some(CaseFile::from_run(&Collected {
        symptom,
        flags: &context,
        prepared: &context,
        used: &context,
        pasted: None,
        profile: model.aws.profile.as_deref(),
        region: region.as_deref(),
        reports: &reports,
        lang: model.lang,
        collected_at: saved_at.to_owned(),
    }))
}

/// The session to keep, saved at `saved_at`; `None` when there is nothing worth keeping.
pub fn snapshot(model: &Model, saved_at: &str) -> Option<Session> {
    if !worth_keeping(model) {
        return None;
    }
    let context: Context = model.context();
    let values: BTreeMap<Field, String> = Field::ALL
        .into_iter()
        .filter_map(|field| {
            let raw = context.raw(field);
            (!raw.is_empty()).then(|| (field, raw.to_owned()))
        })
        .collect();
    Some(Session {
        schema: SESSION_SCHEMA,
        kind: SESSION_KIND.to_owned(),
        saved_at: saved_at.to_owned(),
        lang: model.lang,
        screen: screen_of(model.screen),
        symptom: model.symptom,
        values,
        focus: model.focus,
        guide_step: model.guide_step,
        home_cursor: model.home_cursor,
        pasted: model.error_paste.text.clone(),
        case: model.case.as_ref().map(|case| case.file.clone()),
        case_path: model.case.as_ref().map(|case| case.path.clone()),
        live: live_run(model, saved_at),
    })
}
