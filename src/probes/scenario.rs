//! What the probes' scenario tests share: a [`FakeApi`] that answers as a caller with a role and
//! a cluster, and a symptom's whole plan run against it, so that each probe's scenario tests
//! (a `scenario_tests` module beside the probe) check it together with the runner's ordering and
//! skipping. The `use` lines are re-exported: a test module takes them all with one glob.

pub(super) use super::fake::FakeApi;
pub(super) use super::{ClusterError, CouldNotCheck};
pub(super) use crate::aws::AssociatedPolicy;
pub(super) use crate::aws::ClockSkew;
pub(super) use crate::aws::{AwsError, CallerIdentity, ClusterInfo, RoleInfo};
pub(super) use crate::guide::{Context, Field, Symptom};
pub(super) use crate::kube::{KubeError, KubeUser};
pub(super) use crate::probes::{FindingCode, Severity, failure_findings};
pub(super) use crate::probes::{Outcome, ProbeId, ProbeInput, ProbeReport, plan_for, run_all};
pub(super) use std::collections::BTreeMap;
pub(super) use std::sync::Arc;
pub(super) use std::time::Duration;

pub(super) const SESSION: &str = "arn:aws:sts::111122223333:assumed-role/eks-admin/alice";
pub(super) const ROLE: &str = "arn:aws:iam::111122223333:role/team/developers/eks-admin";

pub(super) fn input() -> ProbeInput {
    let mut context = Context::default();
    context.set(Field::Cluster, "demo");
    ProbeInput {
        symptom: Symptom::AwsAuthPath,
        context,
        region: Some("us-west-2".into()),
        assume_confirmed: false,
        probe_budget: Duration::from_secs(5),
        aws_auth: None,
        commands: crate::remediation::CommandScope {
            region: Some("us-west-2".into()),
            ..Default::default()
        },
        kubectl: None,
        signing: crate::aws::ShellSigning::default(),
    }
}

pub(super) fn run(api: FakeApi) -> (Vec<ProbeReport>, Arc<FakeApi>) {
    let api = Arc::new(api);
    let plan = plan_for(Symptom::AwsAuthPath).expect("plan");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let reports = runtime.block_on(run_all(api.clone(), Arc::new(input()), &plan));
    (reports, api)
}

pub(super) fn report(reports: &[ProbeReport], id: ProbeId) -> &ProbeReport {
    reports.iter().find(|r| r.id == id).expect("a report")
}

pub(super) fn caller() -> CallerIdentity {
    CallerIdentity {
        arn: SESSION.into(),
        account: "111122223333".into(),
    }
}

pub(super) fn cluster(mode: &str) -> ClusterInfo {
    ClusterInfo {
        name: "demo".into(),
        status: Some("ACTIVE".into()),
        version: Some("1.31".into()),
        authentication_mode: crate::aws_auth::AuthenticationMode::parse(mode),
        endpoint_public: Some(true),
        endpoint: Some("https://demo.example.invalid".into()),
        certificate_authority: Some("Q0E=".into()),
        ..Default::default()
    }
}

pub(super) fn fake() -> FakeApi {
    FakeApi::new(Ok(caller()))
        .with_role(RoleInfo {
            arn: ROLE.into(),
            path: "/team/developers/".into(),
            name: "eks-admin".into(),
            trust_policy: None,
        })
        .with_cluster(cluster("API_AND_CONFIG_MAP"))
}

pub(super) fn viewer() -> KubeUser {
    KubeUser {
        username: "eks-admin".into(),
        uid: Some("aws-iam-authenticator:111122223333:AROAEXAMPLE".into()),
        groups: vec!["system:authenticated".into()],
        extra: BTreeMap::from([("arn".into(), vec![SESSION.into()])]),
    }
}

pub(super) fn run_for(
    symptom: Symptom,
    api: FakeApi,
    context: &[(Field, &str)],
) -> (Vec<ProbeReport>, Arc<FakeApi>) {
    let api = Arc::new(api);
    let mut input = input();
    input.symptom = symptom;
    for (field, value) in context {
        input.context.set(*field, *value);
    }
    run_input(api, input)
}

/// Every check of the input's symptom, with the input as given.
pub(super) fn run_input(api: Arc<FakeApi>, input: ProbeInput) -> (Vec<ProbeReport>, Arc<FakeApi>) {
    let plan = plan_for(input.symptom).expect("plan");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let reports = runtime.block_on(run_all(api.clone(), Arc::new(input), &plan));
    (reports, api)
}

/// kubectl's context for `demo` as `aws eks update-kubeconfig` writes it, with the exec's
/// `--role-arn` and `--profile` when given.
pub(super) fn kubectl_context(
    role: Option<&str>,
    profile: Option<&str>,
) -> crate::kubeconfig::EksContext {
    crate::kubeconfig::fixtures::aws_cli_context("demo", role, profile)
}
