//! `iam:SimulatePrincipalPolicy` for the IAM actions the EKS console needs, with the role's
//! real ARN (a session ARN cannot be simulated).

use super::runner::Deps;
use super::{
    Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, Severity, Text,
};
use crate::arn::PrincipalKind;
use crate::aws::{AwsApi, AwsError, SimulationDecision};
use crate::remediation::IamEntity;

/// The IAM permissions the EKS console needs to show a cluster's Kubernetes resources.
pub const CONSOLE_ACTIONS: [&str; 12] = [
    "eks:ListFargateProfiles",
    "eks:DescribeNodegroup",
    "eks:ListNodegroups",
    "eks:ListUpdates",
    "eks:AccessKubernetesApi",
    "eks:ListAddons",
    "eks:DescribeCluster",
    "eks:DescribeAddonVersions",
    "eks:ListClusters",
    "eks:ListIdentityProviderConfigs",
    "iam:ListRoles",
    "ssm:GetParameter",
];

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some(ProbeData::Principal(principal)) = deps.get(&ProbeId::RolePath).map(|r| &r.data)
    else {
        return ProbeBody::skipped(Text::new("probe-skip-no-principal"));
    };
    if matches!(
        principal.kind,
        PrincipalKind::Root | PrincipalKind::FederatedUser
    ) {
        return ProbeBody::skipped(Text::new("probe-skip-cannot-simulate"));
    }
    let actions = CONSOLE_ACTIONS.iter().map(|a| (*a).to_owned()).collect();
    let results = match api
        .simulate(principal.iam_arn.clone(), actions, None, Vec::new())
        .await
    {
        Ok(results) => results,
        Err(error @ AwsError::AccessDenied(_)) => {
            let mut body = ProbeBody::unknown(error);
            body = body.finding(
                Finding::new(FindingCode::SimulationDenied, Severity::Warning)
                    .arg("principal", principal.iam_arn.clone()),
            );
            return body;
        }
        Err(error) => return ProbeBody::unknown(error),
    };
    let pick = |decision: SimulationDecision| -> Vec<String> {
        results
            .iter()
            .filter(|r| r.decision == decision)
            .map(|r| r.action.clone())
            .collect()
    };
    let allowed = pick(SimulationDecision::Allowed);
    let implicit = pick(SimulationDecision::ImplicitDeny);
    let explicit = pick(SimulationDecision::ExplicitDeny);
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-console-permissions-ok").count("count", allowed.len()),
    )
    .evidence("principal_arn", principal.iam_arn.clone())
    .evidence("allowed", allowed)
    .evidence("implicit_deny", implicit.clone())
    .evidence("explicit_deny", explicit.clone());
    if !implicit.is_empty() {
        let policy = serde_json::json!({
            "Version": "2012-10-17",
            "Statement": [{"Effect": "Allow", "Action": implicit, "Resource": "*"}],
        });
        body.outcome = Outcome::Problem;
        body.summary =
            Text::new("probe-console-permissions-missing").count("count", implicit.len());
        let mut finding = Finding::new(FindingCode::ConsolePermissionsMissing, Severity::Error)
            .arg("principal", principal.iam_arn.clone())
            .arg("actions", implicit.join(", "));
        if let Some((entity, name)) = IamEntity::of_arn(&principal.iam_arn) {
            finding = finding.command(
                entity
                    .put_policy(&input.commands, &name, "eks-console-access", &policy)
                    .to_string(),
            );
        }
        body = body.finding(finding);
    }
    if !explicit.is_empty() {
        body.outcome = Outcome::Problem;
        body.summary = Text::new("probe-console-permissions-missing")
            .count("count", implicit.len() + explicit.len());
        body = body.finding(
            Finding::new(FindingCode::ConsolePermissionsExplicitDeny, Severity::Error)
                .arg("principal", principal.iam_arn.clone())
                .arg("actions", explicit.join(", ")),
        );
    }
    body
}
