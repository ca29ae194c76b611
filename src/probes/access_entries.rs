//! `eks:ListAccessEntries`, `DescribeAccessEntry`, `ListAssociatedAccessPolicies` for the
//! subject principal: is there an entry, what does it grant, can the console list nodes.

use serde_json::{Value, json};

use super::runner::Deps;
use super::{
    Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, Severity, Text,
};
use crate::aws::{AssociatedPolicy, AwsApi};
use crate::aws_auth::AuthenticationMode;
use crate::guide::Symptom;
use crate::remediation::{PrincipalWord, associate_access_policy, create_access_entry};

/// Access policies that let the console list nodes (both are cluster-wide get/list).
const NODE_POLICIES: [&str; 2] = ["AmazonEKSClusterAdminPolicy", "AmazonEKSAdminViewPolicy"];

fn lists_nodes(policies: &[AssociatedPolicy]) -> bool {
    policies.iter().any(|p| {
        p.scope.eq_ignore_ascii_case("cluster")
            && NODE_POLICIES
                .iter()
                .any(|name| p.policy_arn.ends_with(&format!("/{name}")))
    })
}

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let (Some(ProbeData::Principal(principal)), Some(ProbeData::Cluster(cluster))) = (
        deps.get(&ProbeId::RolePath).map(|r| &r.data),
        deps.get(&ProbeId::Cluster).map(|r| &r.data),
    ) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-principal"));
    };
    if cluster.authentication_mode == Some(AuthenticationMode::ConfigMap) {
        return ProbeBody::skipped(Text::new("probe-skip-config-map-only"));
    }
    let name = cluster.name.clone();
    let scope = &input.commands;
    let entries = match api.list_access_entries(name.clone()).await {
        Ok(entries) => entries,
        Err(error) => return ProbeBody::unknown(error),
    };
    let matched = entries.iter().find(|e| {
        e.eq_ignore_ascii_case(&principal.iam_arn)
            || e.eq_ignore_ascii_case(&principal.aws_auth_arn)
    });
    let Some(entry_arn) = matched.cloned() else {
        let policy = format!(
            "arn:{}:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy",
            principal.partition
        );
        let arn = principal.iam_arn.clone();
        return ProbeBody::new(
            Outcome::Problem,
            Text::new("probe-access-entries-none")
                .arg("principal", arn.clone())
                .arg("cluster", name.clone()),
        )
        .evidence("has_entry", false)
        .evidence("policies", Value::Array(Vec::new()))
        .evidence("entries_in_cluster", entries.len())
        .finding({
            let finding = Finding::new(FindingCode::AccessEntryMissing, Severity::Error)
                .arg("principal", arn.clone())
                .arg("cluster", name.clone());
            if principal.is_iam_principal() {
                let principal = PrincipalWord::Arn(&arn);
                finding
                    .command(
                        create_access_entry(scope, Some(&name), principal, "STANDARD", &[], None)
                            .to_string(),
                    )
                    .command(
                        associate_access_policy(scope, Some(&name), principal, &policy).to_string(),
                    )
            } else {
                finding
            }
        });
    };
    let entry = match api
        .describe_access_entry(name.clone(), entry_arn.clone())
        .await
    {
        Ok(entry) => entry,
        Err(error) => return ProbeBody::unknown(error),
    };
    let policies = match api
        .list_associated_policies(name.clone(), entry_arn.clone())
        .await
    {
        Ok(policies) => policies,
        Err(error) => return ProbeBody::unknown(error),
    };
    let nodes = lists_nodes(&policies);
    // Kubernetes groups grant through RBAC, which only the cluster can answer.
    let can_list_nodes = if nodes {
        json!(true)
    } else if entry.groups.is_empty() {
        json!(false)
    } else {
        Value::Null
    };
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-access-entries-found")
            .arg("principal", entry_arn.clone())
            .count("count", policies.len()),
    )
    .evidence("has_entry", true)
    .evidence("entry_arn", entry_arn.clone())
    .evidence("type", entry.kind.clone())
    .evidence("username", entry.username.clone())
    .evidence("groups", entry.groups.clone())
    .evidence(
        "policies",
        policies
            .iter()
            .map(|p| json!({"policy_arn": p.policy_arn, "scope": p.scope, "namespaces": p.namespaces}))
            .collect::<Vec<_>>(),
    )
    .evidence("can_list_nodes", can_list_nodes.clone());
    if can_list_nodes.is_null() {
        body = body.finding(
            Finding::new(FindingCode::AccessEntryRbacGroups, Severity::Info)
                .arg("groups", entry.groups.join(", ")),
        );
    } else if can_list_nodes == json!(false) && input.symptom == Symptom::ConsoleNodes {
        let policy = format!(
            "arn:{}:eks::aws:cluster-access-policy/AmazonEKSAdminViewPolicy",
            principal.partition
        );
        body.outcome = Outcome::Problem;
        body.summary =
            Text::new("probe-access-entries-no-nodes").arg("principal", entry_arn.clone());
        body = body.finding(
            Finding::new(FindingCode::AccessEntryNoNodeAccess, Severity::Error)
                .arg("principal", entry_arn.clone())
                .arg(
                    "policies",
                    if policies.is_empty() {
                        "-".to_owned()
                    } else {
                        policies
                            .iter()
                            .map(|p| {
                                p.policy_arn
                                    .rsplit('/')
                                    .next()
                                    .unwrap_or_default()
                                    .to_owned()
                            })
                            .collect::<Vec<_>>()
                            .join(", ")
                    },
                )
                .command(
                    associate_access_policy(
                        scope,
                        Some(&name),
                        PrincipalWord::Arn(&entry_arn),
                        &policy,
                    )
                    .to_string(),
                ),
        );
    }
    body
}
