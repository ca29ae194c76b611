//! A fixed set of check results for the probe screen's tests: what the `aws-auth-path`
//! scenario would give, with one check that timed out and one skipped because of it. Durations
//! are fixed so that drawings are the same on every run.
#![allow(dead_code)]

use std::collections::BTreeMap;
use std::time::Duration;

use eks_iam_tui::arn::PrincipalKind;
use eks_iam_tui::aws::{AwsError, CallerIdentity};
use eks_iam_tui::probes::{
    ClusterError, CouldNotCheck, Finding, FindingCode, Outcome, ProbeData, ProbeEvent, ProbeId,
    ProbeReport, ResolvedPrincipal, Severity, Text,
};
use eks_iam_tui::wizard::Msg;
use serde_json::{Value, json};

pub const SESSION_ARN: &str = "arn:aws:sts::111122223333:assumed-role/eks-admin/alice";
pub const ROLE_ARN: &str = "arn:aws:iam::111122223333:role/team/developers/eks-admin";
pub const AWS_AUTH_ARN: &str = "arn:aws:iam::111122223333:role/eks-admin";

fn report(id: ProbeId, outcome: Outcome, summary: Text, ms: u64) -> ProbeReport {
    ProbeReport {
        id,
        outcome,
        summary,
        evidence: BTreeMap::new(),
        findings: Vec::new(),
        duration: Duration::from_millis(ms),
        data: ProbeData::None,
    }
}

fn evidence(mut report: ProbeReport, pairs: &[(&'static str, Value)]) -> ProbeReport {
    for (key, value) in pairs {
        report.evidence.insert(key, value.clone());
    }
    report
}

pub fn identity() -> ProbeReport {
    let mut r = evidence(
        report(
            ProbeId::Identity,
            Outcome::Ok,
            Text::new("probe-identity-ok")
                .arg("arn", SESSION_ARN)
                .arg("kind", "assumed-role"),
            12,
        ),
        &[
            ("arn", json!(SESSION_ARN)),
            ("account", json!("111122223333")),
            ("principal_kind", json!("assumed-role")),
            ("canonical_arn", json!(AWS_AUTH_ARN)),
        ],
    );
    r.data = ProbeData::Identity(CallerIdentity {
        arn: SESSION_ARN.into(),
        account: "111122223333".into(),
    });
    r
}

pub fn role_path() -> ProbeReport {
    let mut r = evidence(
        report(
            ProbeId::RolePath,
            Outcome::Problem,
            Text::new("probe-role-path-has-path")
                .arg("arn", ROLE_ARN)
                .arg("aws_auth_arn", AWS_AUTH_ARN),
            21,
        ),
        &[
            ("role_arn", json!(ROLE_ARN)),
            ("aws_auth_arn", json!(AWS_AUTH_ARN)),
            ("path", json!("/team/developers/")),
            ("sso_role", json!(false)),
        ],
    );
    r.findings.push(
        Finding::new(FindingCode::AwsAuthRolePath, Severity::Error)
            .arg("role_arn", ROLE_ARN)
            .arg("aws_auth_arn", AWS_AUTH_ARN)
            .command(format!(
                "kubectl edit -n kube-system configmap/aws-auth\n# mapRoles:\n#   - rolearn: {AWS_AUTH_ARN}"
            )),
    );
    r.data = ProbeData::Principal(ResolvedPrincipal {
        iam_arn: ROLE_ARN.into(),
        aws_auth_arn: AWS_AUTH_ARN.into(),
        kind: PrincipalKind::AssumedRole,
        account: "111122223333".into(),
        partition: "aws".into(),
    });
    r
}

pub fn cluster_timed_out() -> ProbeReport {
    report(
        ProbeId::Cluster,
        Outcome::Unknown(AwsError::Timeout.into()),
        Text::new("probe-summary-unknown"),
        3000,
    )
}

fn skipped_for(id: ProbeId, needed: &str) -> ProbeReport {
    report(
        id,
        Outcome::Skipped(Text::new("probe-skip-dependency").arg("probe", needed)),
        Text::new("probe-summary-skipped"),
        3000,
    )
}

pub fn access_entries_skipped() -> ProbeReport {
    skipped_for(ProbeId::AccessEntries, "cluster")
}

/// The seven results of the aws-auth-path plan.
pub fn all() -> Vec<ProbeReport> {
    vec![
        identity(),
        role_path(),
        cluster_timed_out(),
        access_entries_skipped(),
        skipped_for(ProbeId::K8sIdentity, "cluster"),
        skipped_for(ProbeId::AwsAuthLive, "k8s-identity"),
        skipped_for(ProbeId::Kubeconfig, "cluster"),
    ]
}

pub fn event(generation: u64, report: ProbeReport) -> Msg {
    Msg::Probe(Box::new(ProbeEvent { generation, report }))
}

/// The console-nodes plan's results for a caller the cluster knows, whose access entry has
/// AmazonEKSViewPolicy only, and who may not read aws-auth.
pub fn kubernetes_console() -> Vec<ProbeReport> {
    let plain = |id, outcome, summary: Text| report(id, outcome, summary, 30);
    let checks: Vec<Value> = [
        ("list nodes", false, ""),
        ("list namespaces", true, "EKS Access Policy: allowed by ClusterRoleBinding \"arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy\""),
        ("list pods", true, "EKS Access Policy: allowed by ClusterRoleBinding \"arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy\""),
        ("get secrets -n web", false, ""),
    ]
    .into_iter()
    .map(|(check, allowed, reason)| json!({"check": check, "allowed": allowed, "reason": reason}))
    .collect();
    let mut permissions = evidence(
        plain(
            ProbeId::K8sPermissions,
            Outcome::Problem,
            Text::new("probe-k8s-permissions-denied")
                .count("count", 2)
                .arg("total", "4"),
        ),
        &[
            ("username", json!("eks-admin")),
            ("checks", Value::Array(checks)),
            ("access_policies", json!(["AmazonEKSViewPolicy"])),
        ],
    );
    permissions.findings.push(
        Finding::new(FindingCode::K8sViewPolicyNoNodes, Severity::Error)
            .arg("principal", ROLE_ARN)
            .arg("username", "eks-admin")
            .command(format!("aws eks associate-access-policy --cluster-name demo --region us-west-2 --principal-arn {ROLE_ARN} --policy-arn arn:aws:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy --access-scope type=cluster")),
    );
    vec![
        identity(),
        role_path(),
        plain(
            ProbeId::Cluster,
            Outcome::Ok,
            Text::new("probe-cluster-ok")
                .arg("name", "demo")
                .arg("status", "ACTIVE")
                .arg("mode", "API"),
        ),
        plain(
            ProbeId::ConsolePermissions,
            Outcome::Ok,
            Text::new("probe-console-permissions-ok").count("count", 12),
        ),
        plain(
            ProbeId::AccessEntries,
            Outcome::Ok,
            Text::new("probe-access-entries-found")
                .arg("principal", ROLE_ARN)
                .count("count", 1),
        ),
        evidence(
            plain(
                ProbeId::K8sIdentity,
                Outcome::Ok,
                Text::new("probe-k8s-identity-ok")
                    .arg("username", "eks-admin")
                    .arg("groups", "system:authenticated"),
            ),
            &[
                ("status", json!(201)),
                ("username", json!("eks-admin")),
                ("groups", json!(["system:authenticated"])),
                ("arn", json!(SESSION_ARN)),
            ],
        ),
        permissions,
        plain(
            ProbeId::AwsAuthLive,
            Outcome::Unknown(CouldNotCheck::Cluster(ClusterError::KubernetesForbidden {
                message: "configmaps \"aws-auth\" is forbidden: User \"eks-admin\" cannot get resource \"configmaps\" in API group \"\" in the namespace \"kube-system\"".into(),
            })),
            Text::new("probe-summary-unknown"),
        ),
        plain(
            ProbeId::Kubeconfig,
            Outcome::Skipped(Text::new("probe-skip-no-kubeconfig")),
            Text::new("probe-summary-skipped"),
        ),
    ]
}
