//! Live probes: each asks AWS one question, read-only, and returns a typed outcome, the
//! evidence it saw and how long it took. Which probes run for a symptom is data
//! (`assets/probes.toml`); the order they run in follows from what each one needs.

mod access_entries;
mod aws_auth_live;
mod cluster;
mod console_permissions;
mod could_not_check;
mod cross_account;
#[cfg(test)]
mod fake;
mod finding;
mod identity;
mod k8s_identity;
mod k8s_permissions;
mod kube_session;
mod kubeconfig_check;
mod pass_role;
mod plan;
#[cfg(test)]
mod printed_commands_tests;
mod role_path;
mod runner;
#[cfg(test)]
mod scenario;
mod sts_endpoints;
mod sts_region_pod;
mod summary;
mod text;
mod trust;

use std::collections::BTreeMap;
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::arn::PrincipalKind;
use crate::aws::{AwsError, CallerIdentity, ClusterInfo};
use crate::guide::{Context, Symptom};

pub use could_not_check::{ClusterError, ClusterErrorKind, CouldNotCheck};
pub use finding::{Finding, FindingCode, Severity};
pub use k8s_permissions::questions as kubernetes_questions;
pub use kube_session::KubeSession;
pub use kubeconfig_check::asks_as_kubectl;
pub use plan::{PlanError, plan_for};
pub use runner::{ProbeEvent, run_all, spawn_probes};
pub use summary::{collect_findings, enrich_context, evidence_text, probe_budget, probe_summary};
pub use text::{ArgValue, Text};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ProbeId {
    Identity,
    RolePath,
    Cluster,
    ConsolePermissions,
    AccessEntries,
    PassRole,
    CrossAccount,
    StsEndpoints,
    K8sIdentity,
    K8sPermissions,
    AwsAuthLive,
    StsRegionPod,
    Kubeconfig,
}

impl ProbeId {
    pub const ALL: [ProbeId; 13] = [
        ProbeId::Identity,
        ProbeId::RolePath,
        ProbeId::Cluster,
        ProbeId::ConsolePermissions,
        ProbeId::AccessEntries,
        ProbeId::PassRole,
        ProbeId::CrossAccount,
        ProbeId::StsEndpoints,
        ProbeId::K8sIdentity,
        ProbeId::K8sPermissions,
        ProbeId::AwsAuthLive,
        ProbeId::StsRegionPod,
        ProbeId::Kubeconfig,
    ];

    pub fn id(self) -> &'static str {
        match self {
            ProbeId::Identity => "identity",
            ProbeId::RolePath => "role-path",
            ProbeId::Cluster => "cluster",
            ProbeId::ConsolePermissions => "console-permissions",
            ProbeId::AccessEntries => "access-entries",
            ProbeId::PassRole => "pass-role",
            ProbeId::CrossAccount => "cross-account",
            ProbeId::StsEndpoints => "sts-endpoints",
            ProbeId::K8sIdentity => "k8s-identity",
            ProbeId::K8sPermissions => "k8s-permissions",
            ProbeId::AwsAuthLive => "aws-auth-live",
            ProbeId::StsRegionPod => "sts-region-pod",
            ProbeId::Kubeconfig => "kubeconfig",
        }
    }

    pub fn from_id(id: &str) -> Option<ProbeId> {
        ProbeId::ALL.into_iter().find(|p| p.id() == id)
    }

    /// The probes whose results this one reads: it waits for those only.
    pub fn needs(self) -> &'static [ProbeId] {
        match self {
            ProbeId::Identity | ProbeId::Cluster | ProbeId::StsEndpoints => &[],
            ProbeId::RolePath | ProbeId::CrossAccount => &[ProbeId::Identity],
            ProbeId::Kubeconfig => &[ProbeId::Identity, ProbeId::Cluster],
            ProbeId::ConsolePermissions | ProbeId::PassRole => &[ProbeId::RolePath],
            ProbeId::AccessEntries => &[ProbeId::RolePath, ProbeId::Cluster],
            // Not role-path: the cluster needs no IAM permission, so neither does asking it.
            ProbeId::K8sIdentity => &[ProbeId::Identity, ProbeId::Cluster],
            ProbeId::K8sPermissions | ProbeId::AwsAuthLive | ProbeId::StsRegionPod => {
                &[ProbeId::K8sIdentity]
            }
        }
    }

    /// How many times the common budget the probe may take: `k8s-identity` may first sign as
    /// kubectl (another profile's credentials, its role, who that is) before it asks the
    /// cluster, which is twice the calls in a row of any other probe.
    pub fn budget_shares(self) -> u32 {
        match self {
            ProbeId::K8sIdentity => 2,
            _ => 1,
        }
    }

    /// Whether the probe asks the cluster's Kubernetes API (rather than only AWS).
    pub fn asks_the_cluster(self) -> bool {
        matches!(
            self,
            ProbeId::K8sIdentity
                | ProbeId::K8sPermissions
                | ProbeId::AwsAuthLive
                | ProbeId::StsRegionPod
        )
    }

    pub fn title_id(self) -> String {
        format!("probe-{}-title", self.id())
    }
}

/// How a probe ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Checked; nothing wrong.
    Ok,
    /// Checked; found a cause (see the findings).
    Problem,
    /// Could not check, and why.
    Unknown(CouldNotCheck),
    /// Not run, and why.
    Skipped(Text),
}

impl Outcome {
    pub fn id(&self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Problem => "problem",
            Outcome::Unknown(_) => "unknown",
            Outcome::Skipped(_) => "skipped",
        }
    }
}

/// The subject principal in IAM form: a session resolved to its role, with the path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ResolvedPrincipal {
    /// The ARN IAM and access entries use (with the path).
    pub iam_arn: String,
    /// The ARN `aws-auth` needs (a role without its path).
    pub aws_auth_arn: String,
    pub kind: PrincipalKind,
    pub account: String,
    pub partition: String,
}

impl ResolvedPrincipal {
    /// Whether EKS can give this principal an access entry or IAM simulate it: a federated
    /// user is no IAM principal of its own, so no printed command may name it there.
    pub fn is_iam_principal(&self) -> bool {
        self.kind != PrincipalKind::FederatedUser
    }
}

/// What a probe hands to the probes that need it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub enum ProbeData {
    #[default]
    None,
    Identity(CallerIdentity),
    Principal(ResolvedPrincipal),
    Cluster(ClusterInfo),
    /// The cluster accepted the caller: who it is there, and how to ask it more.
    Kubernetes(Box<KubeSession>),
    /// The live `aws-auth` ConfigMap as JSON text, for the aws-auth screen.
    AwsAuthMap(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeReport {
    pub id: ProbeId,
    pub outcome: Outcome,
    pub summary: Text,
    /// Key -> value; keys are a stable contract (see the README).
    pub evidence: BTreeMap<&'static str, Value>,
    pub findings: Vec<Finding>,
    pub duration: Duration,
    pub data: ProbeData,
}

/// What a probe body returns; the runner adds the id and the duration.
#[derive(Debug, Clone)]
pub struct ProbeBody {
    pub outcome: Outcome,
    pub summary: Text,
    pub evidence: BTreeMap<&'static str, Value>,
    pub findings: Vec<Finding>,
    pub data: ProbeData,
}

impl ProbeBody {
    fn new(outcome: Outcome, summary: Text) -> Self {
        ProbeBody {
            outcome,
            summary,
            evidence: BTreeMap::new(),
            findings: Vec::new(),
            data: ProbeData::None,
        }
    }

    fn unknown(error: impl Into<CouldNotCheck>) -> Self {
        ProbeBody::new(
            Outcome::Unknown(error.into()),
            Text::new("probe-summary-unknown"),
        )
    }

    fn skipped(reason: Text) -> Self {
        ProbeBody::new(Outcome::Skipped(reason), Text::new("probe-summary-skipped"))
    }

    fn evidence(mut self, key: &'static str, value: impl Into<Value>) -> Self {
        self.evidence.insert(key, value.into());
        self
    }

    fn finding(mut self, finding: Finding) -> Self {
        self.findings.push(finding);
        self
    }
}

/// What the probes know about the case before they start.
#[derive(Debug, Clone)]
pub struct ProbeInput {
    pub symptom: Symptom,
    pub context: Context,
    /// The region aws-config resolved (or `--region`); `None` is itself a finding.
    pub region: Option<String>,
    /// The person confirmed that `sts:AssumeRole` into the target role may be called.
    pub assume_confirmed: bool,
    /// The longest a probe may take in all before it is reported as a timeout.
    pub probe_budget: Duration,
    /// An aws-auth the person gave (a file, the aws-auth screen): when the cluster answers 401,
    /// it says which entry was meant for the caller and why it does not match.
    pub aws_auth: Option<crate::aws_auth::AwsAuth>,
    /// Who and where the printed fixes act as: the profile, the Region and the kubectl
    /// context of the case, so a command can be pasted into the customer's shell as is.
    pub commands: crate::remediation::CommandScope,
    /// kubectl's context, when the kubeconfig has one for an EKS cluster: the `kubeconfig`
    /// check compares what kubectl will do with what the checks do.
    pub kubectl: Option<crate::kubeconfig::EksContext>,
    /// How the checks sign (the profile named, else the environment's keys, else its
    /// profile) and what kubectl's plugin inherits from the same shell.
    pub signing: crate::aws::ShellSigning,
}

/// Findings that come from why probes could not check (no region, no credentials...): said
/// once, however many probes hit the same cause.
pub fn failure_findings(reports: &[ProbeReport]) -> Vec<Finding> {
    let mut seen = std::collections::BTreeSet::new();
    let mut out = Vec::new();
    for report in reports {
        if let Outcome::Unknown(error) = &report.outcome {
            let finding = match error {
                CouldNotCheck::Aws(AwsError::NoRegion) => {
                    Finding::new(FindingCode::RegionMissing, Severity::Error)
                }
                CouldNotCheck::Aws(AwsError::NoCredentials { .. }) => {
                    Finding::new(FindingCode::CredentialsMissing, Severity::Error)
                }
                CouldNotCheck::Aws(AwsError::ExpiredToken { .. }) => {
                    Finding::new(FindingCode::CredentialsExpired, Severity::Error)
                }
                CouldNotCheck::Aws(AwsError::InvalidCredentials { .. }) => {
                    Finding::new(FindingCode::CredentialsInvalid, Severity::Error)
                }
                CouldNotCheck::Aws(
                    AwsError::Timeout | AwsError::ConnectionRefused | AwsError::Dns,
                ) => Finding::new(FindingCode::EndpointUnreachable, Severity::Error),
                CouldNotCheck::Aws(AwsError::ClockSkew { seconds }) => {
                    Finding::new(FindingCode::ClockSkew, Severity::Error)
                        .count("minutes", (seconds.unsigned_abs() / 60) as usize)
                        .arg("direction", if *seconds > 0 { "ahead" } else { "behind" })
                }
                CouldNotCheck::Cluster(ClusterError::KubernetesPrivateEndpoint { cluster }) => {
                    Finding::new(FindingCode::KubernetesPrivateEndpoint, Severity::Warning)
                        .arg("cluster", cluster.clone())
                }
                CouldNotCheck::Cluster(ClusterError::KubernetesUnreachable { cluster }) => {
                    Finding::new(FindingCode::KubernetesUnreachable, Severity::Warning)
                        .arg("cluster", cluster.clone())
                }
                CouldNotCheck::Cluster(ClusterError::KubernetesUntrusted { .. }) => {
                    Finding::new(FindingCode::KubernetesUntrusted, Severity::Error)
                }
                CouldNotCheck::Cluster(ClusterError::KubernetesForbidden { .. }) => {
                    Finding::new(FindingCode::KubernetesForbidden, Severity::Info)
                        .arg("probe", report.id.id())
                }
                _ => continue,
            };
            if seen.insert(finding.code) {
                out.push(finding);
            }
        }
    }
    out
}

/// Exit code of `diagnose`: 1 a problem, 3 something could not be checked, 0 otherwise.
/// Whether checks ran and not one of them got an answer (each could not check or was
/// skipped): "nothing wrong found" would then say more than was learnt.
pub fn none_answered<'a>(reports: impl IntoIterator<Item = &'a ProbeReport>) -> bool {
    let mut any = false;
    for report in reports {
        any = true;
        if matches!(report.outcome, Outcome::Ok | Outcome::Problem) {
            return false;
        }
    }
    any
}

pub fn exit_code(reports: &[ProbeReport]) -> u8 {
    if reports.iter().any(|r| r.outcome == Outcome::Problem) {
        1
    } else if reports
        .iter()
        .any(|r| matches!(r.outcome, Outcome::Unknown(_)))
    {
        3
    } else {
        0
    }
}
