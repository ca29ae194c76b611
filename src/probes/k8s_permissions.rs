//! Kubernetes `SelfSubjectAccessReview`: may the caller do what the symptom needs (for the
//! console: list nodes, namespaces, pods and the workloads), plus the person's own question.
//! Nodes refused while the access policies hold `AmazonEKSViewPolicy` and nothing that covers
//! nodes is said as such: that policy leaves nodes out.

use serde_json::json;

use super::kube_session::{could_not_ask, session};
use super::runner::Deps;
use super::{Finding, FindingCode, Outcome, ProbeBody, ProbeInput, Severity, Text};
use crate::aws::{AssociatedPolicy, AwsApi, AwsError};
use crate::aws_auth::AuthenticationMode;
use crate::guide::{Field, Symptom};
use crate::kube::access::{AccessQuestion, console_questions};
use crate::remediation::{PrincipalWord, associate_access_policy, create_access_entry, kubectl};

const VIEW_ONLY: &str = "AmazonEKSViewPolicy";
const NODE_POLICIES: [&str; 2] = ["AmazonEKSClusterAdminPolicy", "AmazonEKSAdminViewPolicy"];
/// AWS's published RBAC for the console (group `eks-console-dashboard-full-access-group`).
const CONSOLE_RBAC: &str =
    "https://s3.us-west-2.amazonaws.com/amazon-eks/docs/eks-console-full-access.yaml";

fn policy_name(policy: &AssociatedPolicy) -> &str {
    policy.policy_arn.rsplit('/').next().unwrap_or_default()
}

/// The access policies hold the view policy and nothing that lists nodes.
fn view_policy_only(policies: &[AssociatedPolicy]) -> bool {
    policies.iter().any(|p| policy_name(p) == VIEW_ONLY)
        && !policies
            .iter()
            .any(|p| NODE_POLICIES.contains(&policy_name(p)))
}

/// The caller's access entry, as far as the cluster's mode and `ListAssociatedAccessPolicies`
/// tell.
enum Entry {
    Found(Vec<AssociatedPolicy>),
    Missing,
    /// The call failed for another reason (often no `eks:ListAssociatedAccessPolicies`).
    Unknown,
    /// `CONFIG_MAP` mode: access entries are not read.
    NotRead,
}

impl Entry {
    fn id(&self) -> &'static str {
        match self {
            Entry::Found(_) => "found",
            Entry::Missing => "missing",
            Entry::Unknown => "unknown",
            Entry::NotRead => "not-read",
        }
    }
}

pub fn questions(input: &ProbeInput) -> Vec<AccessQuestion> {
    let mut questions = match input.symptom {
        Symptom::ConsoleNodes => console_questions(),
        _ => console_questions().into_iter().take(1).collect(),
    };
    if let Some(extra) = input
        .context
        .get(Field::CanI)
        .and_then(AccessQuestion::parse)
        && !questions.contains(&extra)
    {
        questions.push(extra);
    }
    questions
}

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some(session) = session(deps) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-kubernetes"));
    };
    let asked = questions(input);
    let token = session.token.text();
    let answers = match api.can_i(session.target.clone(), token, asked).await {
        Ok(answers) => answers,
        Err(error) => return could_not_ask(&session.cluster, error),
    };
    let denied: Vec<_> = answers.iter().filter(|a| !a.allowed).collect();
    let checks: Vec<_> = answers
        .iter()
        .map(|a| {
            json!({
                "check": a.question.display(),
                "verb": a.question.verb,
                "resource": a.question.resource,
                "group": a.question.group,
                "namespace": a.question.namespace,
                "allowed": a.allowed,
                "denied": a.denied,
                "reason": a.reason,
                "evaluation_error": a.evaluation_error,
            })
        })
        .collect();
    let username = session.user.username.clone();
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-k8s-permissions-ok").count("count", answers.len()),
    )
    .evidence("username", username.clone())
    .evidence("checks", checks);
    if denied.is_empty() {
        return body;
    }
    body.outcome = Outcome::Problem;
    body.summary = Text::new("probe-k8s-permissions-denied")
        .count("count", denied.len())
        .arg("total", answers.len().to_string());
    let cluster = session.cluster.name.clone();
    let scope = &input.commands;
    let principal = session.principal.iam_arn.clone();
    let partition = session.principal.partition.clone();
    let admin_view =
        format!("arn:{partition}:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy");
    let associate = associate_access_policy(
        scope,
        Some(&cluster),
        PrincipalWord::Arn(&principal),
        &admin_view,
    )
    .to_string();
    let reads_entries = session.cluster.authentication_mode != Some(AuthenticationMode::ConfigMap);
    let nodes_denied = denied.iter().any(|a| a.question.is_nodes());
    if nodes_denied {
        // Which access entry stands behind the caller: one mapped only by aws-auth has none,
        // and an associate-access-policy for it would fail.
        let entry = if reads_entries {
            match api
                .list_associated_policies(cluster.clone(), principal.clone())
                .await
            {
                Ok(policies) => Entry::Found(policies),
                Err(AwsError::NotFound { .. }) => Entry::Missing,
                Err(_) => Entry::Unknown,
            }
        } else {
            Entry::NotRead
        };
        if let Entry::Found(policies) = &entry {
            body = body.evidence(
                "access_policies",
                policies
                    .iter()
                    .map(|p| policy_name(p).to_owned())
                    .collect::<Vec<_>>(),
            );
        }
        body = body.evidence("access_entry", entry.id());
        match &entry {
            Entry::Found(policies) if view_policy_only(policies) => {
                body = body.finding(
                    Finding::new(FindingCode::K8sViewPolicyNoNodes, Severity::Error)
                        .arg("principal", principal.clone())
                        .arg("username", username.clone())
                        .command(associate.clone()),
                );
            }
            _ => {
                let mut finding = Finding::new(FindingCode::K8sNodesDenied, Severity::Error)
                    .arg("principal", principal.clone())
                    .arg("username", username.clone())
                    .arg("groups", session.user.groups.join(", "))
                    .arg("entry", entry.id());
                let can_have_entry = session.principal.is_iam_principal();
                if let (Entry::Missing, true) = (&entry, can_have_entry) {
                    // The new entry wins over aws-auth: it must carry the groups RBAC binds.
                    let groups: Vec<String> = session
                        .user
                        .groups
                        .iter()
                        .filter(|g| !g.starts_with("system:"))
                        .cloned()
                        .collect();
                    let arn = PrincipalWord::Arn(&principal);
                    finding = finding.command(
                        create_access_entry(scope, Some(&cluster), arn, "STANDARD", &groups, None)
                            .to_string(),
                    );
                }
                if !matches!(entry, Entry::NotRead) && can_have_entry {
                    finding = finding.command(associate.clone());
                }
                finding = finding.command(
                    kubectl(scope, "apply", |command| command.option("-f", CONSOLE_RBAC))
                        .to_string(),
                );
                body = body.finding(finding);
            }
        }
    }
    let others: Vec<String> = denied
        .iter()
        .filter(|a| !a.question.is_nodes())
        .map(|a| a.question.display())
        .collect();
    if !others.is_empty() {
        body = body.finding(
            Finding::new(FindingCode::K8sAccessDenied, Severity::Warning)
                .arg("username", username)
                .arg("checks", others.join(", "))
                .count("count", others.len())
                .command(
                    kubectl(scope, "auth", |command| {
                        command.value("can-i").flag("--list")
                    })
                    .to_string(),
                ),
        );
    }
    body
}

#[cfg(test)]
mod tests {
    use super::*;

    fn policy(name: &str) -> AssociatedPolicy {
        AssociatedPolicy {
            policy_arn: format!("arn:aws:eks::aws:cluster-access-policy/{name}"),
            scope: "cluster".into(),
            namespaces: Vec::new(),
        }
    }

    #[test]
    fn only_the_view_policy_is_named_as_the_cause() {
        assert!(view_policy_only(&[policy("AmazonEKSViewPolicy")]));
        assert!(view_policy_only(&[
            policy("AmazonEKSViewPolicy"),
            policy("AmazonEKSEditPolicy")
        ]));
        assert!(!view_policy_only(&[
            policy("AmazonEKSViewPolicy"),
            policy("AmazonEKSAdminViewPolicy")
        ]));
        assert!(!view_policy_only(&[]));
        assert!(!view_policy_only(&[policy("AmazonEKSEditPolicy")]));
    }
}

#[cfg(test)]
mod scenario_tests {
    use crate::probes::scenario::*;

    #[test]
    fn nodes_refused_under_the_view_policy_alone_is_named() {
        let mut api = fake();
        api.kube_user = Ok(viewer());
        api.policies = Ok(vec![AssociatedPolicy {
            policy_arn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy".into(),
            scope: "cluster".into(),
            namespaces: Vec::new(),
        }]);
        for allowed in [
            "list namespaces",
            "list pods",
            "list events",
            "list deployments.apps",
            "list daemonsets.apps",
            "list statefulsets.apps",
            "list jobs.batch",
        ] {
            api.kube_allowed.insert(allowed.into(), true);
        }
        let (reports, _) = run_for(
            Symptom::ConsoleNodes,
            api,
            &[(Field::CanI, "get secrets -n web")],
        );
        let permissions = report(&reports, ProbeId::K8sPermissions);
        assert_eq!(permissions.outcome, Outcome::Problem);
        let codes: Vec<_> = permissions.findings.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [
                FindingCode::K8sViewPolicyNoNodes,
                FindingCode::K8sAccessDenied
            ]
        );
        assert!(permissions.findings[0].commands[0].contains("AmazonEKSAdminViewPolicy"));
        let checks = permissions.evidence["checks"].as_array().expect("checks");
        assert_eq!(checks.len(), 9, "the console's eight and the person's own");
        assert_eq!(checks[8]["check"], "get secrets -n web");
        assert_eq!(checks[8]["allowed"], false);
    }

    #[test]
    fn nodes_refused_without_an_access_entry_create_one_that_keeps_the_groups() {
        let mut api = fake();
        let mut user = viewer();
        user.groups
            .push("eks-console-dashboard-full-access-group".into());
        api.kube_user = Ok(user);
        api.policies = Err(AwsError::NotFound {
            code: "ResourceNotFoundException".into(),
            message: "The specified principalArn could not be found.".into(),
        });
        let (reports, _) = run_for(Symptom::ConsoleNodes, api, &[]);
        let permissions = report(&reports, ProbeId::K8sPermissions);
        let finding = &permissions.findings[0];
        assert_eq!(finding.code, FindingCode::K8sNodesDenied);
        assert_eq!(permissions.evidence["access_entry"], "missing");
        assert!(
            finding.commands[0].starts_with("aws eks create-access-entry")
                && finding.commands[0]
                    .contains(" --kubernetes-groups eks-console-dashboard-full-access-group "),
            "{:?}",
            finding.commands
        );
        assert!(finding.commands[1].starts_with("aws eks associate-access-policy"));
        assert!(
            finding
                .detail(crate::i18n::Lang::En)
                .contains("no access entry"),
            "{}",
            finding.detail(crate::i18n::Lang::En)
        );
    }
}
