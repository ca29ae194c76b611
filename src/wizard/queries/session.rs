//! The session as it is kept: what the person typed, pasted and checked, and where they were.

use std::collections::BTreeMap;

use crate::case::session::{SESSION_KIND, SESSION_SCHEMA, Session, SessionScreen};
use crate::case::{CaseFile, Collected, Source};
use crate::guide::{Context, Field};
use crate::probes::ProbeReport;
use crate::wizard::model::case::RunOrigin;
use crate::wizard::model::{Model, Screen};
use crate::wizard::queries::case::showing_collected;
use crate::wizard::queries::probes::{current_reports, guide_context};

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
        kubeconfig: None,
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
        profile: model.aws.named_profile(),
        kube_context: model
            .aws
            .kubectl
            .as_ref()
            .map(|context| context.context.clone()),
    })
}

/// The case as `s` saves it: the case file the wizard was opened on while its results are on
/// screen, else the case as it stands (the symptom, the values and where each came from, the
/// pasted error and its reading, the checks' results when they were asked for these values).
/// `None` before a symptom is chosen. Its time is left empty for the run loop to fill in.
pub fn case_to_save(model: &Model) -> Option<CaseFile> {
    if let Some(case) = model.case.as_ref().filter(|_| showing_collected(model)) {
        return Some(case.file.clone());
    }
    let symptom = model.symptom?;
    let pasted = match &model.error_paste.reading {
        Some(Ok(triage)) if !model.error_paste.text.trim().is_empty() => {
            Some((model.error_paste.text.as_str(), triage))
        }
        _ => None,
    };
    let read_from_paste = pasted
        .map(|(_, triage)| triage.lead.context())
        .unwrap_or_default();
    let given = model.context();
    let used = guide_context(model);
    let reports = current_reports(model);
    let region = model.probes.region.clone().flatten();
    // What the wizard started with, less what kubectl's context filled (said as such).
    let filled = &model.aws.kubectl_filled;
    let mut flags = Context::default();
    for field in Field::ALL.into_iter().filter(|f| !filled.contains(f)) {
        if let Some(value) = model.session.start.get(field) {
            flags.set(field, value);
        }
    }
    let mut case = CaseFile::from_run(&Collected {
        symptom,
        flags: &flags,
        prepared: &given,
        used: &used,
        pasted,
        profile: model.aws.profile.as_deref(),
        region: region.as_deref(),
        reports: &reports,
        lang: model.lang,
        collected_at: String::new(),
        kubeconfig: model
            .aws
            .kubectl
            .as_ref()
            .map(|context| (context, filled.as_slice())),
    });
    // In the wizard a value that is neither given at the start nor read from the message (nor
    // kept as kubectl's context gave it) was typed.
    for value in &mut case.inputs.context {
        let retyped = match value.source {
            Source::PastedError => read_from_paste.get(value.field) != Some(value.value.as_str()),
            Source::Kubeconfig => {
                model.session.start.get(value.field) != Some(value.value.as_str())
            }
            _ => false,
        };
        if retyped {
            value.source = Source::Typed;
        }
    }
    Some(case)
}
