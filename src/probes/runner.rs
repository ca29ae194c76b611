//! Runs a plan: every probe is a tokio task with its own time budget; a probe waits only for
//! the probes it needs, and ends at once as skipped when one of them could not deliver.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Instant;

use tokio::sync::{mpsc, watch};
use tokio::task::JoinHandle;

use super::{
    Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, ProbeReport, Text, access_entries,
    aws_auth_live, cluster, console_permissions, cross_account, identity, k8s_identity,
    k8s_permissions, kubeconfig_check, pass_role, role_path, sts_endpoints, sts_region_pod,
};
use crate::aws::{AwsApi, AwsError};

/// One result, tagged with the run it belongs to: a re-run bumps the generation and the
/// receiver drops anything older.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeEvent {
    pub generation: u64,
    pub report: ProbeReport,
}

/// The reports of the probes a probe needs, by id.
pub type Deps = BTreeMap<ProbeId, Arc<ProbeReport>>;

async fn run_body<A: AwsApi>(id: ProbeId, api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    match id {
        ProbeId::Identity => identity::run(api, input).await,
        ProbeId::RolePath => role_path::run(api, input, deps).await,
        ProbeId::Cluster => cluster::run(api, input).await,
        ProbeId::ConsolePermissions => console_permissions::run(api, input, deps).await,
        ProbeId::AccessEntries => access_entries::run(api, input, deps).await,
        ProbeId::PassRole => pass_role::run(api, input, deps).await,
        ProbeId::CrossAccount => cross_account::run(api, input, deps).await,
        ProbeId::StsEndpoints => sts_endpoints::run(api, input).await,
        ProbeId::K8sIdentity => k8s_identity::run(api, input, deps).await,
        ProbeId::K8sPermissions => k8s_permissions::run(api, input, deps).await,
        ProbeId::AwsAuthLive => aws_auth_live::run(api, input, deps).await,
        ProbeId::StsRegionPod => sts_region_pod::run(api, input, deps).await,
        ProbeId::Kubeconfig => kubeconfig_check::run(input, deps),
    }
}

/// A dependency delivered what dependants read only when it ended ok or with a problem
/// and handed over data.
fn usable(report: &ProbeReport) -> bool {
    matches!(report.outcome, Outcome::Ok | Outcome::Problem)
        && !matches!(report.data, ProbeData::None)
}

/// Starts every probe of `plan`; each sends its report (wrapped by `wrap`) when it ends.
pub fn spawn_probes<A, T, W>(
    api: Arc<A>,
    input: Arc<ProbeInput>,
    plan: &[ProbeId],
    generation: u64,
    sender: mpsc::Sender<T>,
    wrap: W,
) -> Vec<JoinHandle<()>>
where
    A: AwsApi,
    T: Send + 'static,
    W: Fn(ProbeEvent) -> T + Send + Sync + Clone + 'static,
{
    let channels: BTreeMap<ProbeId, _> = plan
        .iter()
        .map(|id| (*id, watch::channel::<Option<Arc<ProbeReport>>>(None)))
        .collect();
    plan.iter()
        .map(|&id| {
            let api = api.clone();
            let input = input.clone();
            let sender = sender.clone();
            let wrap = wrap.clone();
            let publish = channels[&id].0.clone();
            let needs: Vec<(ProbeId, watch::Receiver<_>)> = id
                .needs()
                .iter()
                .filter_map(|need| channels.get(need).map(|(tx, _)| (*need, tx.subscribe())))
                .collect();
            tokio::spawn(async move {
                let started = Instant::now();
                let mut deps = Deps::new();
                let mut failed = None;
                for (need, mut receiver) in needs {
                    let report = match receiver.wait_for(Option::is_some).await {
                        Ok(value) => value.clone(),
                        Err(_) => None,
                    };
                    match report {
                        Some(report) if usable(&report) => {
                            deps.insert(need, report);
                        }
                        _ => {
                            failed = Some(need);
                            break;
                        }
                    }
                }
                let body = match failed {
                    Some(need) => ProbeBody::skipped(
                        Text::new("probe-skip-dependency").arg("probe", need.id()),
                    ),
                    None => {
                        match tokio::time::timeout(
                            input.probe_budget * id.budget_shares(),
                            run_body(id, api.as_ref(), &input, &deps),
                        )
                        .await
                        {
                            Ok(body) => body,
                            Err(_) => ProbeBody::unknown(AwsError::Timeout),
                        }
                    }
                };
                let report = ProbeReport {
                    id,
                    outcome: body.outcome,
                    summary: body.summary,
                    evidence: body.evidence,
                    findings: body.findings,
                    duration: started.elapsed(),
                    data: body.data,
                };
                let _ = publish.send(Some(Arc::new(report.clone())));
                let _ = sender.send(wrap(ProbeEvent { generation, report })).await;
            })
        })
        .collect()
}

/// Runs a whole plan and returns the reports in plan order (for `diagnose`).
pub async fn run_all<A: AwsApi>(
    api: Arc<A>,
    input: Arc<ProbeInput>,
    plan: &[ProbeId],
) -> Vec<ProbeReport> {
    let (sender, mut receiver) = mpsc::channel(plan.len().max(1));
    let handles = spawn_probes(api, input, plan, 0, sender, |event| event);
    let mut reports = Vec::with_capacity(plan.len());
    while reports.len() < plan.len() {
        match receiver.recv().await {
            Some(event) => reports.push(event.report),
            None => break,
        }
    }
    for handle in handles {
        handle.abort();
    }
    reports.sort_by_key(|r| plan.iter().position(|p| *p == r.id));
    reports
}

#[cfg(test)]
mod scenario_tests {
    use crate::probes::scenario::*;

    #[test]
    fn when_identity_cannot_answer_its_dependants_are_skipped_without_calling_aws() {
        let (reports, api) = run(FakeApi::new(Err(AwsError::Timeout)));
        assert_eq!(
            report(&reports, ProbeId::Identity).outcome,
            Outcome::Unknown(AwsError::Timeout.into())
        );
        assert!(matches!(
            report(&reports, ProbeId::RolePath).outcome,
            Outcome::Skipped(_)
        ));
        assert!(matches!(
            report(&reports, ProbeId::AccessEntries).outcome,
            Outcome::Skipped(_)
        ));
        let calls = api.calls();
        assert!(!calls.contains(&"iam:GetRole".to_owned()), "{calls:?}");
        assert!(!calls.iter().any(|c| c.contains("AccessEntr")), "{calls:?}");
    }
}
