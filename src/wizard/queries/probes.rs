//! What the check screen's results say about the case on screen: whether they apply, their
//! findings, the details they fill in, and the findings as guide steps.

use crate::arn::Principal;
use crate::aws::CredentialSource;
use crate::check_run::context_for_cluster;
use crate::guide::render::{RenderedBlock, RenderedStep};
use crate::guide::{BlockKind, Context, Field, Segment, SegmentKind};
use crate::kubeconfig::{ChecksIdentity, kubectl_signer};
use crate::probes::{Finding, ProbeId, ProbeReport, asks_as_kubectl};
use crate::probes::{collect_findings, enrich_context};
use crate::tr;
use crate::wizard::model::Model;
use crate::wizard::model::probes::AssumePrompt;

/// The role a run would assume: the details' target role for the cross-account check, or
/// the role kubectl's exec plugin assumes for this cluster, which the Kubernetes checks ask as.
pub fn assume_target(model: &Model, plan: &[ProbeId]) -> Option<String> {
    assume_request(model, plan).map(|prompt| prompt.role_arn)
}

/// [`assume_target`] with the kubeconfig context it comes from, for the question's words.
pub fn assume_request(model: &Model, plan: &[ProbeId]) -> Option<AssumePrompt> {
    let context = model.context();
    if plan.contains(&ProbeId::CrossAccount) {
        let target = context.get(Field::TargetRoleArn)?;
        return Principal::parse(target).ok().map(|p| AssumePrompt {
            role_arn: p.arn.to_string(),
            kubectl_context: None,
        });
    }
    let symptom = model.symptom?;
    if !plan.contains(&ProbeId::K8sIdentity) || !asks_as_kubectl(symptom) {
        return None;
    }
    let kubectl = model.aws.kubectl.as_ref()?;
    let name = context_for_cluster(kubectl, context.get(Field::Cluster))?;
    // The same decision the check makes, with the caller the last run found, if any.
    let checks = ChecksIdentity {
        signing: model.aws.signing(),
        caller_arn: caller_arn(model),
        region: None,
    };
    let signer = kubectl_signer(kubectl, &checks)?;
    let profile_role = match &signer.credentials {
        Some(CredentialSource::Profile(profile)) => model.choices.profile_roles.get(profile),
        _ => None,
    };
    let role = signer.role_arn.as_ref().or(profile_role)?;
    Principal::parse(role).ok().map(|p| AssumePrompt {
        role_arn: p.arn.to_string(),
        kubectl_context: Some(name),
    })
}

/// The caller the current run's identity check found.
fn caller_arn(model: &Model) -> Option<String> {
    match &model.probes.reports.get(&ProbeId::Identity)?.data {
        crate::probes::ProbeData::Identity(identity) => Some(identity.arn.clone()),
        _ => None,
    }
}

/// The Region the checks use, as far as it is known now: what the status line and the check
/// screen both show, so they never disagree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShownRegion {
    Known(String),
    /// The run looked and found none.
    NotSet,
    /// Not known until a run asks the AWS configuration (a profile may name one).
    FromConfiguration,
}

/// The details' Region (the checks use it first), else the one the current run resolved,
/// else the environment's (the first place the configuration looks).
pub fn shown_region(model: &Model) -> ShownRegion {
    if let Some(region) = model
        .context()
        .get(Field::Region)
        .filter(|r| !r.trim().is_empty())
    {
        return ShownRegion::Known(region.to_owned());
    }
    if model.probes.started {
        match &model.probes.region {
            Some(Some(region)) => return ShownRegion::Known(region.clone()),
            Some(None) => return ShownRegion::NotSet,
            None => {}
        }
    }
    match &model.aws.region {
        Some(region) => ShownRegion::Known(region.clone()),
        None => ShownRegion::FromConfiguration,
    }
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
                detail = crate::wizard::queries::words::finding_detail(&finding, lang),
                fix = crate::wizard::queries::words::finding_fix(&finding, lang)
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
