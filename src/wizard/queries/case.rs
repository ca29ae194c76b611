//! What follows from an opened case: whether the check screen shows what it collected.

use crate::case::words::{SummaryPlace, kubeconfig_lines};
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
            .map(|summary| kubeconfig_lines(summary, SummaryPlace::Screen, model.lang))
            .unwrap_or_default(),
        _ => Vec::new(),
    }
}
