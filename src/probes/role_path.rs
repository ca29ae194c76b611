//! `iam:GetRole`: a session's real role ARN, with its path, and the two forms EKS wants:
//! `aws-auth` needs the path removed, an access entry takes the full ARN.

use super::runner::Deps;
use super::{
    Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, ResolvedPrincipal,
    Severity, Text,
};
use crate::arn::{Principal, PrincipalKind};
use crate::aws::{AwsApi, AwsError};
use crate::guide::{Field, Symptom};
use crate::remediation::{Word, eksctl, kubectl};

/// The principal the case is about: the ARN the person gave, else the caller.
pub(super) fn subject(input: &ProbeInput, deps: &Deps) -> Option<Principal> {
    if let Some(given) = input.context.get(Field::PrincipalArn)
        && let Ok(principal) = Principal::parse(given)
    {
        return Some(principal);
    }
    match deps.get(&ProbeId::Identity).map(|r| &r.data) {
        Some(ProbeData::Identity(identity)) => Principal::parse(&identity.arn).ok(),
        _ => None,
    }
}

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some(principal) = subject(input, deps) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-principal"));
    };
    let partition = principal.arn.partition.clone();
    let account = principal.arn.account.clone();
    if !principal.is_role() {
        // Users, federated users and root: the ARN already is what IAM and aws-auth use.
        let arn = principal.arn.to_string();
        let mut body = ProbeBody::new(
            Outcome::Ok,
            Text::new("probe-role-path-not-role").arg("arn", arn.clone()),
        )
        .evidence("role_arn", serde_json::Value::Null)
        .evidence("aws_auth_arn", arn.clone())
        .evidence("principal_arn", arn.clone());
        body.data = ProbeData::Principal(ResolvedPrincipal {
            iam_arn: arn.clone(),
            aws_auth_arn: arn,
            kind: principal.kind.clone(),
            account,
            partition,
        });
        return body;
    }
    let role = match api.get_role(principal.name.clone()).await {
        Ok(role) => role,
        Err(AwsError::NotFound { .. }) => {
            return ProbeBody::new(
                Outcome::Problem,
                Text::new("probe-role-path-missing").arg("name", principal.name.clone()),
            )
            .finding(
                Finding::new(FindingCode::RoleNotFound, Severity::Error)
                    .arg("name", principal.name.clone())
                    .arg("account", account),
            );
        }
        Err(error) => return ProbeBody::unknown(error),
    };
    let full = Principal::parse(&role.arn).ok();
    let aws_auth_arn = full
        .as_ref()
        .map(Principal::aws_auth_arn)
        .unwrap_or_else(|| principal.aws_auth_arn());
    let has_path = !role.path.trim_matches('/').is_empty();
    let sso = principal.kind == PrincipalKind::SsoRole;
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-role-path-ok").arg("arn", role.arn.clone()),
    )
    .evidence("role_arn", role.arn.clone())
    .evidence("aws_auth_arn", aws_auth_arn.clone())
    .evidence("access_entry_arn", role.arn.clone())
    .evidence("path", role.path.clone())
    .evidence("sso_role", sso);
    if has_path && input.symptom == Symptom::AwsAuthPath {
        let code = if sso {
            FindingCode::AwsAuthSsoRole
        } else {
            FindingCode::AwsAuthRolePath
        };
        let cluster = input.context.get(Field::Cluster).map(str::to_owned);
        let scope = &input.commands;
        body.outcome = Outcome::Problem;
        body.summary = Text::new("probe-role-path-has-path")
            .arg("arn", role.arn.clone())
            .arg("aws_auth_arn", aws_auth_arn.clone());
        body = body.finding(
            Finding::new(code, Severity::Error)
                .arg("role_arn", role.arn.clone())
                .arg("aws_auth_arn", aws_auth_arn.clone())
                .command(format!(
                    "{}\n# mapRoles:\n#   - rolearn: {aws_auth_arn}\n#     username: {name}\n#     groups:\n#       - <group>",
                    kubectl(scope, "edit", |command| command
                        .option("-n", "kube-system")
                        .value("configmap/aws-auth")),
                    name = role.name
                ))
                .command(
                    eksctl(scope, "create", "iamidentitymapping", |command| {
                        command
                            .option_or("--cluster", cluster, "<cluster>")
                            .option("--arn", aws_auth_arn.clone())
                            .option("--username", role.name.clone())
                            .flag("--group")
                            .word(Word::Placeholder("<group>"))
                    })
                    .to_string(),
                ),
        );
    }
    body.data = ProbeData::Principal(ResolvedPrincipal {
        iam_arn: role.arn,
        aws_auth_arn,
        kind: principal.kind,
        account,
        partition,
    });
    body
}

#[cfg(test)]
mod scenario_tests {
    use crate::probes::scenario::*;

    #[test]
    fn a_role_with_a_path_is_found_and_written_without_it_for_aws_auth() {
        let api = FakeApi::new(Ok(caller()))
            .with_role(RoleInfo {
                arn: ROLE.into(),
                path: "/team/developers/".into(),
                name: "eks-admin".into(),
                trust_policy: None,
            })
            .with_cluster(ClusterInfo {
                name: "demo".into(),
                status: Some("ACTIVE".into()),
                authentication_mode: Some(crate::aws_auth::AuthenticationMode::ApiAndConfigMap),
                ..Default::default()
            });
        let (reports, _) = run(api);
        let role_path = report(&reports, ProbeId::RolePath);
        assert_eq!(role_path.outcome, Outcome::Problem);
        assert_eq!(role_path.evidence["role_arn"], ROLE);
        assert_eq!(
            role_path.evidence["aws_auth_arn"],
            "arn:aws:iam::111122223333:role/eks-admin"
        );
        assert!(
            role_path
                .findings
                .iter()
                .any(|f| f.code == FindingCode::AwsAuthRolePath)
        );
        // No entry in the (empty) list: the access-entry check says so for the full ARN.
        let entries = report(&reports, ProbeId::AccessEntries);
        assert_eq!(entries.outcome, Outcome::Problem);
        assert_eq!(entries.evidence["has_entry"], false);
    }
}
