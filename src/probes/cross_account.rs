//! Cross-account access: who outside the account the target role trusts and on what
//! condition; then, only after the person confirmed, `sts:AssumeRole` into it and the
//! identity and cluster questions again with its credentials.

use serde_json::Value;

use super::runner::Deps;
use super::trust::with_statement;
use super::trust::{principal_account, summarize};
use super::{
    Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, Severity, Text,
};
use crate::arn::Principal;
use crate::aws::{AwsApi, AwsError, StsEndpoint};
use crate::guide::Field;
use crate::remediation::update_assume_role_policy;

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some(ProbeData::Identity(identity)) = deps.get(&ProbeId::Identity).map(|r| &r.data) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-principal"));
    };
    let Some(target) = input
        .context
        .get(Field::TargetRoleArn)
        .and_then(|t| Principal::parse(t).ok())
    else {
        return ProbeBody::skipped(Text::new("probe-skip-no-target"));
    };
    let target_arn = target.arn.to_string();
    let target_account = target.arn.account.clone();
    let same_account = target_account == identity.account;
    if !same_account && !input.assume_confirmed {
        return ProbeBody::skipped(Text::new("probe-skip-cross-account-confirm"));
    }
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-cross-account-ok").arg("arn", target_arn.clone()),
    )
    .evidence("target_role_arn", target_arn.clone())
    .evidence("target_account", target_account.clone())
    .evidence("caller_account", identity.account.clone());
    let mut external_id_needed = false;
    if same_account {
        match api.get_role(target.name.clone()).await {
            Ok(role) => {
                let trust = role
                    .trust_policy
                    .as_deref()
                    .and_then(summarize)
                    .unwrap_or_default();
                let external: Vec<String> = trust
                    .aws_principals
                    .iter()
                    .filter(|p| {
                        p.as_str() == "*"
                            || principal_account(p).is_some_and(|a| a != target_account)
                    })
                    .cloned()
                    .collect();
                external_id_needed = trust.requires_external_id;
                body = body
                    .evidence("external_principals", external.clone())
                    .evidence("federated_principals", trust.federated.clone())
                    .evidence("requires_external_id", trust.requires_external_id);
                if let Some(other) = input.context.get(Field::OtherAccountId) {
                    let trusted = external
                        .iter()
                        .any(|p| p == "*" || principal_account(p).as_deref() == Some(other));
                    body = body.evidence("trusts_other_account", trusted);
                    if !trusted {
                        body.outcome = Outcome::Problem;
                        body.summary = Text::new("probe-cross-account-untrusted")
                            .arg("arn", target_arn.clone())
                            .arg("account", other.to_owned());
                        let mut finding =
                            Finding::new(FindingCode::CrossAccountNotTrusted, Severity::Error)
                                .arg("arn", target_arn.clone())
                                .arg("account", other.to_owned());
                        let trusted = with_statement(
                            role.trust_policy.as_deref(),
                            serde_json::json!({
                                "Effect": "Allow",
                                "Principal": {
                                    "AWS": format!("arn:{}:iam::{other}:root", target.arn.partition)
                                },
                                "Action": "sts:AssumeRole",
                            }),
                        );
                        if let Some(trusted) = trusted {
                            finding = finding.command(
                                update_assume_role_policy(&input.commands, &target.name, &trusted)
                                    .to_string(),
                            );
                        }
                        body = body.finding(finding);
                    }
                }
                if trust.requires_external_id {
                    body = body.finding(
                        Finding::new(FindingCode::CrossAccountExternalId, Severity::Info)
                            .arg("arn", target_arn.clone()),
                    );
                }
            }
            Err(AwsError::NotFound { .. }) => {
                return ProbeBody::new(
                    Outcome::Problem,
                    Text::new("probe-cross-account-missing").arg("arn", target_arn.clone()),
                )
                .finding(
                    Finding::new(FindingCode::CrossAccountRoleMissing, Severity::Error)
                        .arg("arn", target_arn),
                );
            }
            Err(error) => return ProbeBody::unknown(error),
        }
    }
    if !input.assume_confirmed {
        return body.evidence("assumed", "not-confirmed");
    }
    if external_id_needed {
        // The ExternalId is a secret between the role owner and the third party; without it
        // the attempt can only fail, so it is not made.
        return body.evidence("assumed", "external-id-required");
    }
    match api.assume_role(target_arn.clone(), None).await {
        Ok(assumed) => {
            let who = assumed.caller_identity(StsEndpoint::Configured).await;
            body = body.evidence("assumed", "ok").evidence(
                "assumed_arn",
                who.map(|i| Value::from(i.arn))
                    .unwrap_or_else(|e| Value::from(format!("error:{}", e.kind()))),
            );
            if let Some(cluster) = input.context.get(Field::Cluster) {
                let status = match assumed.describe_cluster(cluster.to_owned()).await {
                    Ok(info) => info.status.unwrap_or_default(),
                    Err(error) => format!("error:{}", error.kind()),
                };
                body = body.evidence("assumed_cluster_status", status);
            }
            body
        }
        Err(AwsError::AccessDenied(denial)) => {
            body.outcome = Outcome::Problem;
            body.summary = Text::new("probe-cross-account-denied").arg("arn", target_arn.clone());
            body.evidence("assumed", "denied").finding(
                Finding::new(FindingCode::CrossAccountAssumeDenied, Severity::Error)
                    .arg("arn", target_arn)
                    .arg("principal", identity.arn.clone())
                    .arg(
                        "has_reason",
                        if denial.reason.is_some() { "yes" } else { "no" },
                    )
                    .arg("reason", denial.reason.unwrap_or_default()),
            )
        }
        Err(error) => ProbeBody::unknown(error).evidence("assumed", "error"),
    }
}
