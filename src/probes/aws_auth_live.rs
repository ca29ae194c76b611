//! Reads `kube-system/aws-auth` from the cluster, when the caller may, and lints it the way
//! a pasted copy is linted; when the caller may not, says so and offers the file route.

use serde_json::{Value, json};

use super::kube_session::{could_not_ask, session};
use super::runner::Deps;
use super::{Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeInput, Severity, Text};
use crate::aws::{AwsApi, AwsError};
use crate::aws_auth::{self, AuthenticationMode};
use crate::remediation::{Word, eks_iam_tui, kubectl};

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some(session) = session(deps) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-kubernetes"));
    };
    let cluster = &session.cluster;
    let token = session.token.text();
    let config_map = match api
        .config_map(
            session.target.clone(),
            token,
            "kube-system".into(),
            "aws-auth".into(),
        )
        .await
    {
        Ok(map) => map,
        Err(error) => return could_not_ask(cluster, error),
    };
    let mode = cluster
        .authentication_mode
        .unwrap_or(AuthenticationMode::ConfigMap);
    let Some(text) = config_map else {
        let mut body = ProbeBody::new(
            Outcome::Ok,
            Text::new("probe-aws-auth-live-absent").arg("cluster", cluster.name.clone()),
        )
        .evidence("present", false);
        if mode == AuthenticationMode::ConfigMap {
            body.outcome = Outcome::Problem;
            body = body.finding(
                Finding::new(FindingCode::AwsAuthLiveMissing, Severity::Warning)
                    .arg("cluster", cluster.name.clone()),
            );
        }
        return body;
    };
    let auth = match aws_auth::lint(&text) {
        Ok(auth) => auth,
        Err(error) => {
            return ProbeBody::unknown(AwsError::Unexpected {
                code: "aws-auth".into(),
                message: error.to_string(),
            });
        }
    };
    let caller = aws_auth::resolve(&auth, &session.principal.iam_arn).ok();
    let lint: Vec<Value> = auth
        .findings
        .iter()
        .map(|f| {
            json!({
                "code": f.code.id(),
                "severity": f.severity.id(),
                "key": f.key,
                "index": f.index,
                "line": f.line,
                "suggestion": f.suggestion,
            })
        })
        .collect();
    let errors: Vec<String> = auth
        .findings
        .iter()
        .filter(|f| f.severity == aws_auth::Severity::Error)
        .map(|f| match (&f.key, f.index) {
            (Some(key), Some(index)) => format!("{} ({key} #{index})", f.code.id()),
            (Some(key), None) => format!("{} ({key})", f.code.id()),
            _ => f.code.id().to_owned(),
        })
        .collect();
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-aws-auth-live-read")
            .count("entries", auth.entries.len())
            .count("count", auth.findings.len()),
    )
    .evidence("present", true)
    .evidence("entries", auth.entries.len())
    .evidence("findings", lint)
    .evidence(
        "caller",
        caller
            .as_ref()
            .and_then(|c| serde_json::to_value(c).ok())
            .unwrap_or(Value::Null),
    );
    if !errors.is_empty() {
        body.outcome = Outcome::Problem;
        body = body.finding(
            Finding::new(FindingCode::AwsAuthLiveProblems, Severity::Error)
                .arg("items", errors.join(", "))
                .count("count", errors.len())
                .command(
                    kubectl(&input.commands, "get", |command| {
                        command
                            .value("configmap")
                            .value("aws-auth")
                            .option("-n", "kube-system")
                            .option("-o", "yaml")
                            .word(Word::Expression(">"))
                            .value("aws-auth.yaml")
                    })
                    .to_string(),
                )
                .command(
                    eks_iam_tui("lint-aws-auth", |command| {
                        command
                            .value("aws-auth.yaml")
                            .option("--principal-arn", session.principal.iam_arn.clone())
                            .option("--cluster", cluster.name.clone())
                            .option_or("--region", input.region.clone(), "<region>")
                    })
                    .to_string(),
                ),
        );
    }
    body.data = ProbeData::AwsAuthMap(text);
    body
}

#[cfg(test)]
mod scenario_tests {
    use crate::probes::scenario::*;

    #[test]
    fn an_unreadable_aws_auth_offers_the_file_route() {
        let mut api = fake();
        api.kube_user = Ok(viewer());
        api.config_map = Err(KubeError::Forbidden {
            message: "configmaps \"aws-auth\" is forbidden".into(),
        });
        let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
        let live = report(&reports, ProbeId::AwsAuthLive);
        assert!(matches!(
            live.outcome,
            Outcome::Unknown(CouldNotCheck::Cluster(
                ClusterError::KubernetesForbidden { .. }
            ))
        ));
        let finding = failure_findings(&reports)
            .into_iter()
            .find(|f| f.code == FindingCode::KubernetesForbidden)
            .expect("finding");
        assert_eq!(finding.severity, Severity::Info);
        assert!(finding.fix(crate::i18n::Lang::En).contains("lint-aws-auth"));
    }

    #[test]
    fn a_live_aws_auth_with_a_path_is_linted() {
        let mut api = fake();
        api.kube_user = Ok(viewer());
        api.config_map = Ok(Some(format!(
            r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"aws-auth","namespace":"kube-system"}},"data":{{"mapRoles":"- rolearn: {ROLE}\n  username: admin\n  groups:\n    - system:masters\n"}}}}"#
        )));
        let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
        let live = report(&reports, ProbeId::AwsAuthLive);
        assert_eq!(live.outcome, Outcome::Problem);
        assert_eq!(live.findings[0].code, FindingCode::AwsAuthLiveProblems);
        let lint = live.evidence["findings"].to_string();
        assert!(lint.contains("role-path"), "{lint}");
        assert_eq!(live.evidence["caller"]["result"], "not-mapped");
    }
}
