//! A case's kubeconfig summary in words, for the report (`report FILE`) and for the check
//! screen of an opened case: the context with the cluster, Region and account it names, then
//! whom its exec plugin signs as.

use super::{KubeconfigSummary, ReadValue};
use crate::i18n::Lang;
use crate::tr;

/// Where the lines are shown: the screen has two short rows, so its second names only the
/// plugin's command (and puts it last, for a narrow screen to lose); a report names it whole.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryPlace {
    Report,
    Screen,
}

pub fn kubeconfig_lines(
    summary: &KubeconfigSummary,
    place: SummaryPlace,
    lang: Lang,
) -> Vec<String> {
    let unset = || tr!(lang, "status-not-set");
    let read = |value: &Option<ReadValue>| {
        value
            .as_ref()
            .map(|v| v.value.clone())
            .unwrap_or_else(unset)
    };
    let (context_id, exec_id) = match place {
        SummaryPlace::Report => ("case-report-kubeconfig", "case-report-kubeconfig-exec"),
        SummaryPlace::Screen => ("case-probe-kubeconfig", "case-probe-kubeconfig-exec"),
    };
    let mut lines = vec![tr!(
        lang,
        context_id,
        context = summary.context.clone(),
        cluster = read(&summary.cluster_name),
        region = read(&summary.region),
        account = read(&summary.account_id)
    )];
    if let Some(exec) = &summary.exec {
        let command = match place {
            SummaryPlace::Report => std::iter::once(exec.command.as_str())
                .chain(exec.args.iter().map(String::as_str))
                .collect::<Vec<_>>()
                .join(" "),
            SummaryPlace::Screen => exec.command.clone(),
        };
        lines.push(tr!(
            lang,
            exec_id,
            command = command,
            role = exec.role_arn.clone().unwrap_or_else(unset),
            profile = exec
                .profile
                .clone()
                .unwrap_or_else(|| tr!(lang, "status-default-profile"))
        ));
    }
    lines
}
