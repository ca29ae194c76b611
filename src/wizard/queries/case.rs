//! What follows from an opened case: whether the check screen shows what it collected.

use crate::case::{KubeconfigSummary, ReadValue};
use crate::tr;
use crate::wizard::model::Model;
use crate::wizard::model::case::RunOrigin;

/// Whether the check screen shows what a case file collected (no live run yet).
pub fn showing_collected(model: &Model) -> bool {
    model.case.is_some() && model.probes.origin == RunOrigin::Collected
}

/// What kubectl's context said where the case was collected (its context, cluster, Region and
/// account; where its token came from), while the check screen shows the collected results.
pub fn collected_kubeconfig(model: &Model) -> Vec<String> {
    match &model.case {
        Some(case) if showing_collected(model) => case
            .file
            .kubeconfig
            .as_ref()
            .map(|summary| kubeconfig_lines(summary, model))
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Two short lines (a row each, cut at the edge): what matters most comes first, so the
/// command, last, is what a narrow screen loses.
fn kubeconfig_lines(summary: &KubeconfigSummary, model: &Model) -> Vec<String> {
    let lang = model.lang;
    let unset = || tr!(lang, "status-not-set");
    let read = |value: &Option<ReadValue>| {
        value
            .as_ref()
            .map(|v| v.value.clone())
            .unwrap_or_else(unset)
    };
    let mut lines = vec![tr!(
        lang,
        "case-probe-kubeconfig",
        context = summary.context.clone(),
        cluster = read(&summary.cluster_name),
        region = read(&summary.region),
        account = read(&summary.account_id)
    )];
    if let Some(exec) = &summary.exec {
        lines.push(tr!(
            lang,
            "case-probe-kubeconfig-exec",
            role = exec.role_arn.clone().unwrap_or_else(unset),
            profile = exec
                .profile
                .clone()
                .unwrap_or_else(|| tr!(lang, "status-default-profile")),
            command = exec.command.clone()
        ));
    }
    lines
}
