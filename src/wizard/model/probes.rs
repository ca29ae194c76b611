//! The check screen's state (`Screen::Probes`): the plan, the results of the current run and
//! their generation, the evidence view, and the AssumeRole question and its answers.

use std::collections::BTreeMap;
use std::time::Duration;

use crate::aws::AwsSettings;
use crate::guide::{Context, Symptom};
use crate::probes::{ProbeId, ProbeReport};
use crate::wizard::model::case::RunOrigin;
use crate::wizard::model::picker::PickerKind;

/// The yes/no question asked before `sts:AssumeRole` may be called.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssumePrompt {
    pub role_arn: String,
    /// The kubeconfig context whose exec plugin assumes the role; `None` for the cross-account
    /// target of the details.
    pub kubectl_context: Option<String>,
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
    /// Whether the results are this wizard's own run or a case file's.
    pub origin: RunOrigin,
    /// A picker changed the profile, Region or context, and the results were dropped.
    pub changed_by: Option<PickerKind>,
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
            origin: RunOrigin::Live,
            changed_by: None,
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
