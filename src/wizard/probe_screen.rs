//! The probe screen, between the details and the guide: which checks run for the symptom, then
//! their results as they land, each one's evidence on request, and a re-run with `r`.
//!
//! State and transitions only, like the rest of the wizard. Starting the checks is the run
//! loop's job: [`Cmd::RunProbes`] carries everything they need, and every result comes back as
//! [`Msg::Probe`](super::Msg::Probe) tagged with the run's generation; anything from an earlier
//! run is dropped here.

use std::collections::BTreeMap;
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent};

use super::model::{Model, Screen};
use super::update::Cmd;
use crate::arn::Principal;
use crate::aws::AwsSettings;
use crate::check_run::Limits;
use crate::guide::render::{RenderedBlock, RenderedStep};
use crate::guide::{BlockKind, Context, Field, Segment, SegmentKind, Symptom};
use crate::i18n::Lang;
use crate::probes::{Finding, ProbeEvent, ProbeId, ProbeReport, plan_for};
use crate::probes::{collect_findings, enrich_context, evidence_text, probe_summary};
use crate::tr;

/// Everything the run loop needs to start one run of the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeRequest {
    pub symptom: Symptom,
    pub plan: Vec<ProbeId>,
    pub context: Context,
    /// Profile, Region (from the details, else the standard chain) and the time limits.
    pub settings: AwsSettings,
    /// The person said yes to `sts:AssumeRole` into the target role.
    pub assume_confirmed: bool,
    /// The aws-auth opened on the aws-auth screen, to explain a 401 with.
    pub aws_auth: Option<crate::aws_auth::AwsAuth>,
}

/// The yes/no question asked before `sts:AssumeRole` may be called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumePrompt {
    pub role_arn: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeState {
    pub connect_timeout: Duration,
    pub call_timeout: Duration,
    /// Bumped by every run; results of another generation are dropped.
    pub generation: u64,
    /// What the current results were asked for.
    pub symptom: Option<Symptom>,
    pub context: Option<Context>,
    pub plan: Vec<ProbeId>,
    /// `assets/probes.toml` could not be read (a packaging mistake, shown rather than hidden).
    pub plan_error: Option<String>,
    pub reports: BTreeMap<ProbeId, ProbeReport>,
    /// A run was started in this generation.
    pub started: bool,
    /// The Region the run resolved: `Some(None)` when nothing names one.
    pub region: Option<Option<String>>,
    pub cursor: usize,
    pub evidence_open: bool,
    pub evidence_top: usize,
    /// Advanced by each tick while something runs.
    pub spinner: usize,
    pub prompt: Option<AssumePrompt>,
    /// The answer given for a role: asked once per role, `a` asks again.
    pub assume_answers: BTreeMap<String, bool>,
}

impl Default for ProbeState {
    fn default() -> Self {
        let defaults = AwsSettings::default();
        ProbeState {
            connect_timeout: defaults.connect_timeout,
            call_timeout: defaults.call_timeout,
            generation: 0,
            symptom: None,
            context: None,
            plan: Vec::new(),
            plan_error: None,
            reports: BTreeMap::new(),
            started: false,
            region: None,
            cursor: 0,
            evidence_open: false,
            evidence_top: 0,
            spinner: 0,
            prompt: None,
            assume_answers: BTreeMap::new(),
        }
    }
}

impl ProbeState {
    /// Some checks of the current run have not answered yet.
    pub fn running(&self) -> bool {
        self.started && self.plan.iter().any(|id| !self.reports.contains_key(id))
    }

    /// The reports in plan order.
    pub fn reports_in_order(&self) -> Vec<&ProbeReport> {
        self.plan
            .iter()
            .filter_map(|id| self.reports.get(id))
            .collect()
    }
}

impl Model {
    /// The time limits from the command line (`--connect-timeout-ms`, `--call-timeout-ms`).
    pub fn with_probe_timeouts(mut self, connect: Duration, call: Duration) -> Self {
        let limits = Limits::new(connect, call);
        self.probes.connect_timeout = limits.connect;
        self.probes.call_timeout = limits.call;
        self
    }

    /// Whether something animates (the spinner): the run loop ticks only then.
    pub fn probes_running(&self) -> bool {
        self.probes.running()
    }
}

/// The target role of the details, when the plan would assume it.
pub(super) fn assume_target(model: &Model, plan: &[ProbeId]) -> Option<String> {
    if !plan.contains(&ProbeId::CrossAccount) {
        return None;
    }
    let target = model.context().get(Field::TargetRoleArn)?.to_owned();
    Principal::parse(&target).ok().map(|p| p.arn.to_string())
}

/// Opens the screen from the details (or the guide). Results for the same symptom and the same
/// details are kept; anything else starts a new run (after the AssumeRole question if needed).
pub fn open(model: &mut Model) -> Vec<Cmd> {
    let Some(symptom) = model.symptom else {
        return vec![];
    };
    model.screen = Screen::Probes;
    model.probes.evidence_open = false;
    let context = model.context();
    if model.probes.started
        && model.probes.symptom == Some(symptom)
        && model.probes.context.as_ref() == Some(&context)
    {
        return vec![];
    }
    model.probes.cursor = 0;
    match plan_for(symptom) {
        Ok(plan) => {
            model.probes.plan = plan;
            model.probes.plan_error = None;
        }
        Err(error) => {
            model.probes.plan = Vec::new();
            model.probes.plan_error = Some(error.to_string());
            model.probes.started = false;
            return vec![];
        }
    }
    ask_or_run(model)
}

/// Asks the AssumeRole question when it has not been answered for this role, else runs.
fn ask_or_run(model: &mut Model) -> Vec<Cmd> {
    if let Some(role_arn) = assume_target(model, &model.probes.plan)
        && !model.probes.assume_answers.contains_key(&role_arn)
    {
        // Nothing of an earlier run stays on screen under the question.
        model.probes.generation += 1;
        model.probes.started = false;
        model.probes.reports.clear();
        model.probes.symptom = model.symptom;
        model.probes.context = Some(model.context());
        model.probes.prompt = Some(AssumePrompt { role_arn });
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
    let assume_confirmed = assume_target(model, &model.probes.plan)
        .and_then(|role| model.probes.assume_answers.get(&role).copied())
        .unwrap_or(false);
    let limits = Limits {
        connect: model.probes.connect_timeout,
        call: model.probes.call_timeout,
    };
    let settings = limits.settings(
        model.aws.profile.clone(),
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

pub fn key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    if let Some(prompt) = model.probes.prompt.clone() {
        let answer = match key.code {
            KeyCode::Char('y') | KeyCode::Char('Y') => Some(true),
            KeyCode::Char('n') | KeyCode::Char('N') | KeyCode::Esc => Some(false),
            _ => None,
        };
        return match answer {
            Some(answer) => {
                model.probes.assume_answers.insert(prompt.role_arn, answer);
                model.probes.prompt = None;
                run(model)
            }
            None => vec![],
        };
    }
    if model.probes.evidence_open {
        evidence_key(model, key);
        return vec![];
    }
    let count = model.probes.plan.len();
    match key.code {
        KeyCode::Esc | KeyCode::Left => model.screen = Screen::Context,
        KeyCode::Down | KeyCode::Char('j') if count > 0 => {
            model.probes.cursor = (model.probes.cursor + 1).min(count - 1);
        }
        KeyCode::Up | KeyCode::Char('k') => {
            model.probes.cursor = model.probes.cursor.saturating_sub(1);
        }
        KeyCode::Enter | KeyCode::Right => {
            let id = model.probes.plan.get(model.probes.cursor);
            if id.is_some_and(|id| model.probes.reports.contains_key(id)) {
                model.probes.evidence_open = true;
                model.probes.evidence_top = 0;
            }
        }
        KeyCode::Char('r') | KeyCode::Char('R') => return run(model),
        KeyCode::Char('a') => {
            if let Some(role_arn) = assume_target(model, &model.probes.plan) {
                model.probes.assume_answers.remove(&role_arn);
                return ask_or_run(model);
            }
        }
        KeyCode::Char('g') | KeyCode::Tab => {
            model.screen = Screen::Guide;
            model.guide_step = 0;
            model.guide_top = 0;
        }
        _ => {}
    }
    vec![]
}

fn evidence_key(model: &mut Model, key: KeyEvent) {
    let total = model
        .probes
        .plan
        .get(model.probes.cursor)
        .and_then(|id| model.probes.reports.get(id))
        .map(|r| evidence_lines(r, model.lang).len())
        .unwrap_or(0);
    let last = total.saturating_sub(1);
    let page = usize::from(model.size.1.saturating_sub(8).max(1));
    let top = &mut model.probes.evidence_top;
    match key.code {
        KeyCode::Esc | KeyCode::Left | KeyCode::Enter => model.probes.evidence_open = false,
        KeyCode::Down | KeyCode::Char('j') => *top = (*top + 1).min(last),
        KeyCode::Up | KeyCode::Char('k') => *top = top.saturating_sub(1),
        KeyCode::PageDown | KeyCode::Char(' ') => *top = (*top + page).min(last),
        KeyCode::PageUp => *top = top.saturating_sub(page),
        KeyCode::Home => *top = 0,
        KeyCode::End => *top = last,
        _ => {}
    }
}

pub use crate::report::outcome_label;

/// What the evidence view shows for a report, line by line, before wrapping.
pub fn evidence_lines(report: &ProbeReport, lang: Lang) -> Vec<String> {
    let mut lines = vec![
        tr!(
            lang,
            "probe-screen-evidence-outcome",
            outcome = outcome_label(&report.outcome, lang),
            ms = u64::try_from(report.duration.as_millis()).unwrap_or(u64::MAX)
        ),
        probe_summary(report, lang),
        String::new(),
    ];
    if report.evidence.is_empty() {
        lines.push(tr!(lang, "probe-screen-evidence-none"));
    } else {
        let heading = if report.id.asks_the_cluster() {
            "probe-screen-evidence-heading-cluster"
        } else {
            "probe-screen-evidence-heading"
        };
        lines.push(tr!(lang, heading));
        for (key, value) in &report.evidence {
            lines.push(format!("  {key}: {}", evidence_text(value)));
        }
    }
    for finding in &report.findings {
        lines.push(String::new());
        lines.push(tr!(
            lang,
            "probe-screen-evidence-finding",
            title = finding.title(lang)
        ));
        lines.push(finding.detail(lang));
    }
    lines
}

/// Whether the current results answer the case on screen: the same symptom and the same
/// details (results for other details would mislead).
fn results_apply(model: &Model) -> bool {
    model.probes.started
        && model.probes.symptom == model.symptom
        && model.probes.context.as_ref() == Some(&model.context())
}

/// The current results in plan order, when they were asked for the case on screen (for the
/// session's report).
pub fn current_reports(model: &Model) -> Vec<ProbeReport> {
    if !results_apply(model) {
        return Vec::new();
    }
    model
        .probes
        .reports_in_order()
        .into_iter()
        .cloned()
        .collect()
}

/// The findings of the current results, when they were asked for the case on screen.
pub fn current_findings(model: &Model) -> Vec<Finding> {
    if !results_apply(model) {
        return Vec::new();
    }
    let reports: Vec<ProbeReport> = model
        .probes
        .reports_in_order()
        .into_iter()
        .cloned()
        .collect();
    collect_findings(&reports)
}

/// The details with what the checks learned filled into the gaps (the real role ARN, the
/// Region), so the guide's own steps carry them too.
pub fn guide_context(model: &Model) -> Context {
    let context = model.context();
    if !results_apply(model) {
        return context;
    }
    let reports: Vec<ProbeReport> = model
        .probes
        .reports_in_order()
        .into_iter()
        .cloned()
        .collect();
    let region = model.probes.region.clone().flatten();
    enrich_context(&context, region.as_deref(), &reports)
}

/// The findings as guide steps, put before the guide's own: title, detail and fix, with the
/// fix's commands as blocks so `c` copies them like any step's.
pub fn finding_steps(model: &Model) -> Vec<RenderedStep> {
    let lang = model.lang;
    current_findings(model)
        .into_iter()
        .map(|finding| RenderedStep {
            id: format!("finding-{}", finding.code),
            title: tr!(lang, "probe-guide-finding", title = finding.title(lang)),
            text: tr!(
                lang,
                "probe-guide-finding-text",
                detail = finding.detail(lang),
                fix = finding.fix(lang)
            ),
            blocks: finding
                .commands
                .iter()
                .map(|command| RenderedBlock {
                    kind: BlockKind::Shell,
                    caption: None,
                    segments: vec![Segment {
                        kind: SegmentKind::Value,
                        text: command.clone(),
                    }],
                })
                .collect(),
            links: Vec::new(),
        })
        .collect()
}
