//! From a run of the checks to a case file, and back to the reports the renderers take.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::{LazyLock, Mutex};
use std::time::Duration;

use serde_json::Value;

use super::{
    ArgValue, CaseFile, Check, CheckOutcome, ContextValue, ExecSummary, FindingRecord, Inputs,
    KIND, KubeconfigSummary, Message, ReadValue, SCHEMA, Source, Tool,
};
use crate::aws::AwsError;
use crate::guide::{Context, Field, Symptom};
use crate::i18n::{self, Lang};
use crate::kubeconfig::{EksContext, TargetSource};
use strum::IntoEnumIterator;

use crate::probes::{
    self, CouldNotCheck, Finding, FindingCode, Outcome, ProbeData, ProbeId, ProbeReport, Text,
};
use crate::triage::Triage;

/// The message that stands for one this version does not know: its id and values are shown.
pub const UNKNOWN_MESSAGE: &str = "case-unknown-message";
/// The finding code that stands for one this version does not know.
pub const UNKNOWN_FINDING: &str = "case-unknown";

/// What one run of the checks saw, as `collect` hands it over.
pub struct Collected<'a> {
    pub symptom: Symptom,
    /// The values given on the command line.
    pub flags: &'a Context,
    /// The values the checks started from (the flags and what the pasted error names).
    pub prepared: &'a Context,
    /// The values the steps are filled with (the above and what the checks learnt).
    pub used: &'a Context,
    pub pasted: Option<(&'a str, &'a Triage)>,
    pub profile: Option<&'a str>,
    pub region: Option<&'a str>,
    pub reports: &'a [ProbeReport],
    pub lang: Lang,
    pub collected_at: String,
    /// The kubeconfig context, and which values were filled from it.
    pub kubeconfig: Option<(&'a EksContext, &'a [Field])>,
}

impl CaseFile {
    /// The case of a run, unredacted.
    pub fn from_run(run: &Collected) -> CaseFile {
        let context = Field::ALL
            .into_iter()
            .filter_map(|field| {
                let value = run.used.get(field)?;
                let from_kubeconfig = run
                    .kubeconfig
                    .is_some_and(|(_, filled)| filled.contains(&field));
                let source = if run.flags.get(field) == Some(value) {
                    Source::Flag
                } else if from_kubeconfig && run.prepared.get(field) == Some(value) {
                    Source::Kubeconfig
                } else if run.prepared.get(field) == Some(value) {
                    Source::PastedError
                } else if field == Field::Region && run.region == Some(value) {
                    Source::Environment
                } else {
                    Source::Check
                };
                Some(ContextValue {
                    field,
                    value: value.to_owned(),
                    source,
                })
            })
            .collect();
        CaseFile {
            schema: SCHEMA,
            kind: KIND.to_owned(),
            tool: Tool::current(),
            collected_at: run.collected_at.clone(),
            lang: run.lang,
            redacted: false,
            inputs: Inputs {
                symptom: run.symptom,
                context,
                pasted_error: run.pasted.map(|(text, _)| text.to_owned()),
                profile: run.profile.map(str::to_owned),
                region: run.region.map(str::to_owned),
            },
            triage: run.pasted.map(|(_, triage)| triage.clone()),
            checks: run.reports.iter().map(check_of).collect(),
            kubeconfig: run.kubeconfig.map(|(context, _)| summary_of(context)),
        }
    }
}

fn read_value(value: &Option<(String, TargetSource)>) -> Option<ReadValue> {
    value.as_ref().map(|(value, source)| ReadValue {
        value: value.clone(),
        read_from: serde_json::to_value(source)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default(),
    })
}

fn summary_of(context: &EksContext) -> KubeconfigSummary {
    KubeconfigSummary {
        context: context.context.clone(),
        chosen_by_flag: context.chosen_by_flag,
        cluster_entry: context.cluster_entry.clone(),
        user_entry: context.user_entry.clone(),
        server: context.server.clone(),
        cluster_name: read_value(&context.target.cluster_name),
        region: read_value(&context.target.region),
        account_id: read_value(&context.target.account_id),
        exec: context.exec.as_ref().map(|exec| ExecSummary {
            command: exec.command.clone(),
            args: exec.args.clone(),
            tool: serde_json::to_value(exec.tool)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default(),
            api_version: exec.api_version_text.clone(),
            cluster_name: exec.cluster_name.clone(),
            region: exec.region.clone(),
            role_arn: exec.role_arn.clone(),
            profile: exec.profile.clone(),
            env_names: exec.env.iter().map(|(name, _)| name.clone()).collect(),
            found: exec.found.is_some(),
        }),
    }
}

fn args_of(args: &[(&'static str, probes::ArgValue)]) -> BTreeMap<String, ArgValue> {
    args.iter()
        .map(|(name, value)| {
            let value = match value {
                probes::ArgValue::Text(text) => ArgValue::Text(text.clone()),
                probes::ArgValue::Count(count) => ArgValue::Count(*count),
            };
            ((*name).to_owned(), value)
        })
        .collect()
}

fn message_of(text: &Text) -> Message {
    Message {
        id: text.id.clone(),
        args: args_of(&text.args),
    }
}

fn check_of(report: &ProbeReport) -> Check {
    let outcome = match &report.outcome {
        Outcome::Ok => CheckOutcome::Ok,
        Outcome::Problem => CheckOutcome::Problem,
        Outcome::Unknown(error) => CheckOutcome::Unknown {
            error: serde_json::to_value(error)
                .unwrap_or_else(|_| serde_json::json!({ "kind": error.kind() })),
        },
        Outcome::Skipped(reason) => CheckOutcome::Skipped {
            reason: message_of(reason),
        },
    };
    Check {
        id: report.id.id().to_owned(),
        outcome,
        summary: message_of(&report.summary),
        evidence: report
            .evidence
            .iter()
            .map(|(key, value)| ((*key).to_owned(), value.clone()))
            .collect(),
        findings: report
            .findings
            .iter()
            .map(|finding| FindingRecord {
                code: finding.code.id().to_owned(),
                severity: finding.severity,
                args: args_of(&finding.args),
                commands: finding.commands.clone(),
            })
            .collect(),
        duration_ms: u64::try_from(report.duration.as_millis()).unwrap_or(u64::MAX),
    }
}

/// A check this version does not know (a newer version wrote the file).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown check {0}")]
pub struct UnknownCheck(pub String);

/// A case as the renderers take it.
#[derive(Debug, Clone)]
pub struct Replayed {
    pub symptom: Symptom,
    /// The values the checks started from.
    pub prepared: Context,
    /// The values the steps are filled with.
    pub used: Context,
    pub pasted: Option<(String, Triage)>,
    pub region: Option<String>,
    pub reports: Vec<ProbeReport>,
}

impl CaseFile {
    /// The reports as the checks gave them. Messages and findings this version does not know
    /// become [`UNKNOWN_MESSAGE`] / [`UNKNOWN_FINDING`] with the original id and values.
    pub fn replay(&self) -> Result<Replayed, UnknownCheck> {
        let mut prepared = Context::default();
        let mut used = Context::default();
        for value in &self.inputs.context {
            used.set(value.field, value.value.clone());
            if !matches!(value.source, Source::Environment | Source::Check) {
                prepared.set(value.field, value.value.clone());
            }
        }
        let reports = self
            .checks
            .iter()
            .map(report_of)
            .collect::<Result<Vec<_>, _>>()?;
        let pasted = self.inputs.pasted_error.clone().map(|text| {
            let triage = self.triage.clone().unwrap_or_else(|| Triage {
                lead: crate::triage::Reading::unknown(),
                others: Vec::new(),
            });
            (text, triage)
        });
        Ok(Replayed {
            symptom: self.inputs.symptom,
            prepared,
            used,
            pasted,
            region: self.inputs.region.clone(),
            reports,
        })
    }
}

/// Names read from a file live as long as the program: the reports keep `&'static str` keys.
/// Each distinct name is kept once, so a file can add no more than its own (bounded) size.
fn intern(name: &str) -> &'static str {
    static NAMES: LazyLock<Mutex<BTreeSet<&'static str>>> =
        LazyLock::new(|| Mutex::new(BTreeSet::new()));
    let mut names = NAMES
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner());
    if let Some(known) = names.get(name) {
        return known;
    }
    let leaked: &'static str = Box::leak(name.to_owned().into_boxed_str());
    names.insert(leaked);
    leaked
}

/// The values as one line, for a message or finding this version cannot word.
fn listing(args: &BTreeMap<String, ArgValue>) -> String {
    args.iter()
        .map(|(name, value)| match value {
            ArgValue::Count(count) => format!("{name}={count}"),
            ArgValue::Text(text) => format!("{name}={text}"),
        })
        .collect::<Vec<_>>()
        .join(", ")
}

fn text_of(message: &Message) -> Text {
    if !i18n::has_message(Lang::En, &message.id) {
        return Text::new(UNKNOWN_MESSAGE)
            .arg("id", message.id.clone())
            .arg("values", listing(&message.args));
    }
    let mut text = Text::new(message.id.clone());
    for (name, value) in &message.args {
        text = match value {
            ArgValue::Count(count) => {
                text.count(intern(name), usize::try_from(*count).unwrap_or(usize::MAX))
            }
            ArgValue::Text(value) => text.arg(intern(name), value.clone()),
        };
    }
    text
}

fn finding_of(record: &FindingRecord) -> Finding {
    let known = FindingCode::iter().find(|code| code.id() == record.code);
    let Some(code) = known.filter(|code| *code != FindingCode::CaseUnknown) else {
        let mut finding = Finding::new(FindingCode::CaseUnknown, record.severity)
            .arg("code", record.code.clone())
            .arg("values", listing(&record.args));
        finding.commands = record.commands.clone();
        return finding;
    };
    let mut finding = Finding::new(code, record.severity);
    for (name, value) in &record.args {
        finding = match value {
            ArgValue::Count(count) => {
                finding.count(intern(name), usize::try_from(*count).unwrap_or(usize::MAX))
            }
            ArgValue::Text(value) => finding.arg(intern(name), value.clone()),
        };
    }
    finding.commands = record.commands.clone();
    finding
}

/// The error as this version classifies it; a kind it does not know keeps its values.
fn error_of(error: &Value) -> CouldNotCheck {
    serde_json::from_value::<CouldNotCheck>(error.clone()).unwrap_or_else(|_| {
        let code = error
            .get("kind")
            .and_then(Value::as_str)
            .unwrap_or("?")
            .to_owned();
        CouldNotCheck::Aws(AwsError::Unexpected {
            code,
            message: error.to_string(),
        })
    })
}

fn report_of(check: &Check) -> Result<ProbeReport, UnknownCheck> {
    let id = ProbeId::from_id(&check.id).ok_or_else(|| UnknownCheck(check.id.clone()))?;
    let outcome = match &check.outcome {
        CheckOutcome::Ok => Outcome::Ok,
        CheckOutcome::Problem => Outcome::Problem,
        CheckOutcome::Unknown { error } => Outcome::Unknown(error_of(error)),
        CheckOutcome::Skipped { reason } => Outcome::Skipped(text_of(reason)),
    };
    Ok(ProbeReport {
        id,
        outcome,
        summary: text_of(&check.summary),
        evidence: check
            .evidence
            .iter()
            .map(|(key, value)| (intern(key), value.clone()))
            .collect(),
        findings: check.findings.iter().map(finding_of).collect(),
        duration: Duration::from_millis(check.duration_ms),
        data: ProbeData::None,
    })
}
