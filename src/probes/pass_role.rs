//! `iam:PassRole`: does the target role exist, does it trust an EKS-related service, and may
//! the subject pass it to that service (simulated with `iam:PassedToService`).

use super::runner::Deps;
use super::trust::summarize;
use super::trust::with_statement;
use super::{
    Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, Severity, Text,
};
use crate::arn::Principal;
use crate::aws::{AwsApi, AwsError, SimulationDecision};
use crate::guide::Field;
use crate::remediation::{IamEntity, aws_iam, update_assume_role_policy};

/// Services EKS passes roles to, in the order a role is most often meant for.
const EKS_SERVICES: [&str; 4] = [
    "eks.amazonaws.com",
    "ec2.amazonaws.com",
    "eks-fargate-pods.amazonaws.com",
    "pods.eks.amazonaws.com",
];

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some(ProbeData::Principal(principal)) = deps.get(&ProbeId::RolePath).map(|r| &r.data)
    else {
        return ProbeBody::skipped(Text::new("probe-skip-no-principal"));
    };
    let Some(target) = input
        .context
        .get(Field::TargetRoleArn)
        .and_then(|t| Principal::parse(t).ok())
    else {
        return ProbeBody::skipped(Text::new("probe-skip-no-target"));
    };
    if target.arn.account != principal.account {
        return ProbeBody::skipped(Text::new("probe-skip-other-account"));
    }
    let target_arn = target.arn.to_string();
    let role = match api.get_role(target.name.clone()).await {
        Ok(role) => role,
        Err(AwsError::NotFound { .. }) => {
            return ProbeBody::new(
                Outcome::Problem,
                Text::new("probe-pass-role-missing").arg("arn", target_arn.clone()),
            )
            .evidence("target_exists", false)
            .finding(
                Finding::new(FindingCode::PassRoleTargetMissing, Severity::Error)
                    .arg("arn", target_arn)
                    .command(
                        aws_iam(&input.commands, "get-role")
                            .option("--role-name", target.name.clone())
                            .build()
                            .to_string(),
                    ),
            );
        }
        Err(error) => return ProbeBody::unknown(error),
    };
    let trust = role
        .trust_policy
        .as_deref()
        .and_then(summarize)
        .unwrap_or_default();
    let services: Vec<String> = trust
        .services
        .iter()
        .filter(|s| EKS_SERVICES.contains(&s.as_str()))
        .cloned()
        .collect();
    let passed_to = services
        .first()
        .cloned()
        .unwrap_or_else(|| EKS_SERVICES[0].to_owned());
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-pass-role-ok")
            .arg("arn", role.arn.clone())
            .arg("service", passed_to.clone()),
    )
    .evidence("target_exists", true)
    .evidence("target_role_arn", role.arn.clone())
    .evidence("trusted_services", trust.services.clone())
    .evidence("passed_to_service", passed_to.clone());
    if services.is_empty() {
        body.outcome = Outcome::Problem;
        body.summary = Text::new("probe-pass-role-untrusted").arg("arn", role.arn.clone());
        let mut finding = Finding::new(FindingCode::PassRoleTrustMissing, Severity::Error)
            .arg("arn", role.arn.clone())
            .arg("service", passed_to.clone());
        let trusted = with_statement(
            role.trust_policy.as_deref(),
            serde_json::json!({
                "Effect": "Allow",
                "Principal": {"Service": passed_to},
                "Action": "sts:AssumeRole",
            }),
        );
        if let Some(trusted) = trusted {
            finding = finding.command(
                update_assume_role_policy(&input.commands, &role.name, &trusted).to_string(),
            );
        }
        body = body.finding(finding);
    }
    let simulation = api
        .simulate(
            principal.iam_arn.clone(),
            vec!["iam:PassRole".to_owned()],
            Some(role.arn.clone()),
            vec![("iam:PassedToService".to_owned(), passed_to.clone())],
        )
        .await;
    match simulation {
        Ok(results) => {
            let decision = results
                .first()
                .map_or(SimulationDecision::ImplicitDeny, |r| r.decision);
            body = body.evidence("pass_role_decision", decision.id());
            if decision != SimulationDecision::Allowed {
                let policy = serde_json::json!({
                    "Version": "2012-10-17",
                    "Statement": [{
                        "Effect": "Allow",
                        "Action": "iam:PassRole",
                        "Resource": role.arn,
                        "Condition": {"StringEquals": {"iam:PassedToService": passed_to}},
                    }],
                });
                let grant = IamEntity::of_arn(&principal.iam_arn).map(|(entity, name)| {
                    entity
                        .put_policy(
                            &input.commands,
                            &name,
                            &format!("pass-{}", role.name),
                            &policy,
                        )
                        .to_string()
                });
                body.outcome = Outcome::Problem;
                body.summary = Text::new("probe-pass-role-denied")
                    .arg("arn", role.arn.clone())
                    .arg("principal", principal.iam_arn.clone());
                let mut finding = Finding::new(FindingCode::PassRoleNotAllowed, Severity::Error)
                    .arg("principal", principal.iam_arn.clone())
                    .arg("arn", role.arn.clone())
                    .arg("service", passed_to.clone())
                    .arg("decision", decision.id());
                if let Some(grant) = grant {
                    finding = finding.command(grant);
                }
                body = body.finding(finding);
            }
        }
        Err(error @ AwsError::AccessDenied(_)) => {
            body = body
                .evidence("pass_role_decision", serde_json::Value::Null)
                .finding(
                    Finding::new(FindingCode::SimulationDenied, Severity::Warning)
                        .arg("principal", principal.iam_arn.clone()),
                );
            if body.outcome == Outcome::Ok {
                body.outcome = Outcome::Unknown(error.into());
            }
        }
        Err(error) => {
            if body.outcome == Outcome::Ok {
                body.outcome = Outcome::Unknown(error.into());
            }
        }
    }
    body
}
