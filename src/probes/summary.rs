//! What a set of probe reports adds up to, for every place that shows them: the command
//! line, the wizard and the reports.

use std::time::Duration;

use serde_json::Value;

use super::{Finding, FindingCode, Outcome, ProbeData, ProbeReport, failure_findings};
use crate::aws::AwsSettings;
use crate::guide::{Context, Field};
use crate::i18n::Lang;

/// A piece of evidence as a person reads it: text as it is, `-` for nothing, lists joined,
/// and the Kubernetes answers as `✓ list pods` / `✗ list nodes`.
pub fn evidence_text(value: &Value) -> String {
    match value {
        Value::String(s) => s.clone(),
        Value::Null => "-".to_owned(),
        Value::Array(items) if items.is_empty() => "-".to_owned(),
        Value::Array(items) => items.iter().map(evidence_text).collect::<Vec<_>>().join(
            if items.iter().any(Value::is_object) {
                "; "
            } else {
                ", "
            },
        ),
        Value::Object(map) => match (map.get("check"), map.get("allowed")) {
            (Some(Value::String(check)), Some(Value::Bool(allowed))) => {
                format!("{} {check}", if *allowed { '✓' } else { '✗' })
            }
            _ => map
                .iter()
                .filter(|(_, v)| !v.is_null())
                .map(|(k, v)| format!("{k}={}", evidence_text(v)))
                .collect::<Vec<_>>()
                .join(", "),
        },
        other => other.to_string(),
    }
}

/// The probe's line: its summary, or why it could not check / was not run.
pub fn probe_summary(report: &ProbeReport, lang: Lang) -> String {
    match &report.outcome {
        Outcome::Unknown(error) => error.describe(lang),
        Outcome::Skipped(reason) => reason.render(lang),
        Outcome::Ok | Outcome::Problem => report.summary.render(lang),
    }
}

/// When the cluster itself confirmed a cause, the finding the AWS side inferred for it says
/// the same with the same fix: only the confirmed one is shown.
const CONFIRMED_BY_THE_CLUSTER: [(FindingCode, FindingCode); 3] = [
    (
        FindingCode::K8sViewPolicyNoNodes,
        FindingCode::AccessEntryNoNodeAccess,
    ),
    (
        FindingCode::K8sNodesDenied,
        FindingCode::AccessEntryNoNodeAccess,
    ),
    (FindingCode::K8sNotMapped, FindingCode::AccessEntryMissing),
];

/// All findings: those of the probes, then why probes could not check, most severe first.
pub fn collect_findings(reports: &[ProbeReport]) -> Vec<Finding> {
    let mut findings: Vec<Finding> = reports
        .iter()
        .flat_map(|r| r.findings.iter().cloned())
        .chain(failure_findings(reports))
        .collect();
    // Only about the same principal: the cluster is asked as the caller, the AWS side about
    // whoever the case names.
    let confirmed: Vec<(FindingCode, Option<String>)> = findings
        .iter()
        .map(|f| (f.code, f.text_arg("principal")))
        .collect();
    let superseded = |finding: &Finding| {
        CONFIRMED_BY_THE_CLUSTER.iter().any(|(live, inferred)| {
            finding.code == *inferred
                && confirmed.iter().any(|(code, principal)| {
                    code == live
                        && principal.is_some()
                        && *principal == finding.text_arg("principal")
                })
        })
    };
    findings.retain(|f| !superseded(f));
    findings.sort_by_key(|f| f.severity as u8);
    findings
}

/// The case's values with what the probes learned filled into the gaps, so the guide's
/// commands carry the real role ARN, account and region.
pub fn enrich_context(context: &Context, region: Option<&str>, reports: &[ProbeReport]) -> Context {
    let mut context = context.clone();
    if context.get(Field::Region).is_none()
        && let Some(region) = region
    {
        context.set(Field::Region, region);
    }
    if context.get(Field::PrincipalArn).is_none() {
        let from_role = reports.iter().find_map(|r| match &r.data {
            ProbeData::Principal(p) => Some(p.iam_arn.clone()),
            _ => None,
        });
        let from_identity = reports.iter().find_map(|r| match &r.data {
            ProbeData::Identity(i) => Some(i.arn.clone()),
            _ => None,
        });
        if let Some(arn) = from_role.or(from_identity) {
            context.set(Field::PrincipalArn, arn);
        }
    }
    context
}

/// The most a whole probe may take: a few calls in a row, each within its own limit.
pub fn probe_budget(settings: &AwsSettings) -> Duration {
    settings.call_timeout * 3 + settings.connect_timeout
}
