//! The check screen's keys and messages (`Screen::Probes`): open it, start a run (after the
//! AssumeRole question when the plan would assume a role), take in results of the current run
//! only, turn the spinner, and scroll a check's evidence.
//!
//! Starting the checks is the run loop's job: [`Cmd::RunProbes`] carries everything they need,
//! and every result comes back as [`Msg::Probe`](crate::wizard::Msg::Probe) tagged with the
//! run's generation; anything from an earlier run is dropped here.

use crate::guide::Field;
use crate::probes::{ProbeEvent, plan_for};
use crate::wizard::keys::Action;
use crate::wizard::layout::probes::{evidence_lines, evidence_page};
use crate::wizard::model::case::RunOrigin;
use crate::wizard::model::picker::PickerKind;
use crate::wizard::model::{Model, Screen};
use crate::wizard::msg::{Cmd, ProbeRequest};
use crate::wizard::queries::case::showing_collected;
use crate::wizard::queries::probes::{assume_request, assume_target};
use crate::wizard::update::{picker, search};

/// Opens the screen from the details (or the guide). Results for the same symptom and the same
/// details are kept; anything else starts a new run (after the AssumeRole question if needed).
pub fn open(model: &mut Model) -> Vec<Cmd> {
    let Some(symptom) = model.symptom else {
        return vec![];
    };
    model.screen = Screen::Probes;
    model.probes.evidence_open = false;
    // An opened case asks nothing of AWS until the person presses F5.
    if model.case.is_some() {
        return vec![];
    }
    let context = model.context();
    if model.probes.started
        && model.probes.symptom == Some(symptom)
        && model.probes.context.as_ref() == Some(&context)
    {
        return vec![];
    }
    model.probes.cursor = 0;
    if !take_plan(model, symptom) {
        return vec![];
    }
    ask_or_run(model)
}

/// The symptom's plan on the screen; false (with the reason kept to show) when the built-in
/// plan cannot be read.
fn take_plan(model: &mut Model, symptom: crate::guide::Symptom) -> bool {
    match plan_for(symptom) {
        Ok(plan) => {
            model.probes.plan = plan;
            model.probes.plan_error = None;
            true
        }
        Err(error) => {
            model.probes.plan = Vec::new();
            model.probes.plan_error = Some(error.to_string());
            model.probes.started = false;
            false
        }
    }
}

/// F5: with a case open, a new live run with the person's own credentials (the collected
/// results stay beside it); otherwise the checks open as from the details.
pub fn live(model: &mut Model) -> Vec<Cmd> {
    if model.case.is_none() {
        return open(model);
    }
    let Some(symptom) = model.symptom else {
        return vec![];
    };
    model.screen = Screen::Probes;
    model.probes.evidence_open = false;
    model.probes.cursor = 0;
    if !take_plan(model, symptom) {
        return vec![];
    }
    model.probes.origin = RunOrigin::Live;
    ask_or_run(model)
}

/// Asks the AssumeRole question when it has not been answered for this role, else runs.
fn ask_or_run(model: &mut Model) -> Vec<Cmd> {
    if let Some(prompt) = assume_request(model, &model.probes.plan)
        && !model.probes.assume_answers.contains_key(&prompt.role_arn)
    {
        // Nothing of an earlier run stays on screen under the question.
        model.probes.generation += 1;
        model.probes.started = false;
        model.probes.reports.clear();
        model.probes.symptom = model.symptom;
        model.probes.context = Some(model.context());
        model.probes.prompt = Some(prompt);
        return vec![];
    }
    run(model)
}

/// Starts a new run: a new generation, nothing shown from the old one.
pub fn run(model: &mut Model) -> Vec<Cmd> {
    let Some(symptom) = model.symptom else {
        return vec![];
    };
    if model.probes.plan.is_empty() {
        return vec![];
    }
    let context = model.context();
    let state = &mut model.probes;
    state.generation += 1;
    state.symptom = Some(symptom);
    state.context = Some(context.clone());
    state.reports.clear();
    state.started = true;
    state.region = None;
    state.spinner = 0;
    state.evidence_open = false;
    state.evidence_top = 0;
    state.prompt = None;
    state.origin = RunOrigin::Live;
    state.changed_by = None;
    let assume_confirmed = assume_target(model, &model.probes.plan)
        .and_then(|role| model.probes.assume_answers.get(&role).copied())
        .unwrap_or(false);
    let limits = crate::check_run::Limits {
        connect: model.probes.connect_timeout,
        call: model.probes.call_timeout,
    };
    let settings = limits.settings(
        model.aws.named_profile(),
        context.get(Field::Region).map(str::to_owned),
    );
    vec![Cmd::RunProbes {
        generation: model.probes.generation,
        request: Box::new(ProbeRequest {
            symptom,
            plan: model.probes.plan.clone(),
            context,
            settings,
            assume_confirmed,
            aws_auth: model.aws_auth.auth().cloned(),
            kubectl: model.aws.kubectl.clone(),
        }),
    }]
}

/// A result arrived: kept when it belongs to the current run, dropped otherwise.
pub fn probe_event(model: &mut Model, event: ProbeEvent) {
    let state = &mut model.probes;
    if event.generation != state.generation
        || !state.started
        || !state.plan.contains(&event.report.id)
    {
        return;
    }
    state.reports.insert(event.report.id, event.report);
}

/// The Region the run resolved (before any result).
pub fn probe_region(model: &mut Model, generation: u64, region: Option<String>) {
    if generation == model.probes.generation && model.probes.started {
        model.probes.region = Some(region);
    }
}

pub fn tick(model: &mut Model) {
    if model.probes.running() {
        model.probes.spinner = model.probes.spinner.wrapping_add(1);
    }
}

pub fn act(model: &mut Model, action: Action) -> Vec<Cmd> {
    if let Some(prompt) = model.probes.prompt.clone() {
        let answer = match action {
            Action::AllowAssumeRole => true,
            Action::RefuseAssumeRole => false,
            _ => return vec![],
        };
        model.probes.assume_answers.insert(prompt.role_arn, answer);
        model.probes.prompt = None;
        return run(model);
    }
    if model.probes.evidence_open {
        return evidence_act(model, action);
    }
    let count = model.probes.plan.len();
    match action {
        Action::Back => model.screen = Screen::Context,
        Action::Down if count > 0 => {
            model.probes.cursor = (model.probes.cursor + 1).min(count - 1);
        }
        Action::Up => model.probes.cursor = model.probes.cursor.saturating_sub(1),
        Action::OpenEvidence => {
            model.probes.evidence_open = true;
            model.probes.evidence_top = 0;
        }
        Action::LiveRun => return live(model),
        Action::PickProfile => picker::open(model, PickerKind::Profile),
        Action::PickRegion => picker::open(model, PickerKind::Region),
        Action::PickContext => picker::open(model, PickerKind::Context),
        // `r` runs again what this wizard ran; a case's results are re-run only by F5 (the
        // key table offers `r` and `a` only for this wizard's own run).
        Action::RunAgain if !showing_collected(model) => return run(model),
        Action::AskAssumeRole if !showing_collected(model) => {
            if let Some(role_arn) = assume_target(model, &model.probes.plan) {
                model.probes.assume_answers.remove(&role_arn);
                return ask_or_run(model);
            }
        }
        Action::SaveCase => crate::wizard::update::save::open_save(model),
        Action::CopyWholeReport => {
            let probes = crate::wizard::queries::probes::current_reports(model);
            return crate::wizard::update::report::copy_all(model, &probes);
        }
        Action::ShowGuide => {
            model.screen = Screen::Guide;
            model.guide_step = 0;
            model.guide_top = 0;
        }
        _ => {}
    }
    vec![]
}

fn evidence_act(model: &mut Model, action: Action) -> Vec<Cmd> {
    let total = model
        .probes
        .plan
        .get(model.probes.cursor)
        .and_then(|id| model.probes.reports.get(id))
        .map(|r| evidence_lines(r, model.lang).len())
        .unwrap_or(0);
    let last = total.saturating_sub(1);
    let page = evidence_page(model.size);
    let top = &mut model.probes.evidence_top;
    match action {
        Action::CloseEvidence => model.probes.evidence_open = false,
        Action::Down => *top = (*top + 1).min(last),
        Action::Up => *top = top.saturating_sub(1),
        Action::PageDown => *top = (*top + page).min(last),
        Action::PageUp => *top = top.saturating_sub(page),
        Action::Top => *top = 0,
        Action::Bottom => *top = last,
        Action::Search => search::start(model),
        Action::NextMatch => search::jump(model, true),
        Action::PreviousMatch => search::jump(model, false),
        _ => {}
    }
    vec![]
}
