//! A service account's IRSA annotations, read from the cluster: which role its pods assume and
//! which STS endpoint setting the pod identity webhook injects into them.

use super::kube_session::{could_not_ask, session};
use super::runner::Deps;
use super::{Finding, FindingCode, Outcome, ProbeBody, ProbeInput, Severity, Text};
use crate::aws::AwsApi;
use crate::guide::Field;
use crate::remediation::{Word, kubectl};

pub const ROLE_ARN_ANNOTATION: &str = "eks.amazonaws.com/role-arn";
pub const REGIONAL_ANNOTATION: &str = "eks.amazonaws.com/sts-regional-endpoints";
const TOKEN_FILE: &str = "/var/run/secrets/eks.amazonaws.com/serviceaccount/token";

/// Whether pods of a cluster at `version` get `AWS_STS_REGIONAL_ENDPOINTS=regional` for the
/// annotation's value, read as the pod identity webhook reads it (Go's `strconv.ParseBool`,
/// untrimmed): true always, false never; unset or unreadable, EKS's default, regional from
/// Kubernetes 1.22 on.
pub fn injects_regional(annotation: Option<&str>, version: Option<&str>) -> bool {
    match annotation {
        Some("1" | "t" | "T" | "TRUE" | "true" | "True") => true,
        Some("0" | "f" | "F" | "FALSE" | "false" | "False") => false,
        _ => version
            .and_then(|v| v.split_once('.'))
            .and_then(|(major, minor)| {
                Some((major.parse::<u32>().ok()?, minor.parse::<u32>().ok()?))
            })
            .is_none_or(|version| version >= (1, 22)),
    }
}

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some((namespace, name)) = input
        .context
        .get(Field::ServiceAccount)
        .and_then(|v| v.split_once('/'))
        .map(|(ns, name)| (ns.trim().to_owned(), name.trim().to_owned()))
        .filter(|(ns, name)| !ns.is_empty() && !name.is_empty())
    else {
        return ProbeBody::skipped(Text::new("probe-skip-no-service-account"));
    };
    let Some(session) = session(deps) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-kubernetes"));
    };
    let account = format!("{namespace}/{name}");
    let token = session.token.text();
    let annotations = match api
        .service_account(
            session.target.clone(),
            token,
            namespace.clone(),
            name.clone(),
        )
        .await
    {
        Ok(Some(annotations)) => annotations,
        Ok(None) => {
            return ProbeBody::new(
                Outcome::Problem,
                Text::new("probe-sts-region-pod-missing").arg("account", account.clone()),
            )
            .evidence("exists", false)
            .finding(
                Finding::new(FindingCode::ServiceAccountNotFound, Severity::Error)
                    .arg("account", account)
                    .command(
                        kubectl(&input.commands, "get", |command| {
                            command
                                .value("serviceaccounts")
                                .flag("-A")
                                .word(Word::Expression("| grep -w"))
                                .value(name.clone())
                        })
                        .to_string(),
                    ),
            );
        }
        Err(error) => return could_not_ask(&session.cluster, error),
    };
    let role_arn = annotations.get(ROLE_ARN_ANNOTATION).cloned();
    let regional_annotation = annotations.get(REGIONAL_ANNOTATION).cloned();
    let version = session.cluster.version.clone();
    let regional = injects_regional(regional_annotation.as_deref(), version.as_deref());
    let mut environment = serde_json::Map::new();
    if let Some(role) = &role_arn {
        environment.insert("AWS_ROLE_ARN".into(), role.clone().into());
        environment.insert("AWS_WEB_IDENTITY_TOKEN_FILE".into(), TOKEN_FILE.into());
        if regional {
            environment.insert("AWS_STS_REGIONAL_ENDPOINTS".into(), "regional".into());
        }
    }
    let summary_id = match (&role_arn, regional) {
        (None, _) => "probe-sts-region-pod-no-irsa",
        (Some(_), true) => "probe-sts-region-pod-regional",
        (Some(_), false) => "probe-sts-region-pod-legacy",
    };
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new(summary_id)
            .arg("account", account.clone())
            .arg("role", role_arn.clone().unwrap_or_default()),
    )
    .evidence("exists", true)
    .evidence("role_arn", role_arn.clone())
    .evidence("sts_regional_endpoints", regional_annotation.clone())
    .evidence("cluster_version", version)
    .evidence("pod_environment", serde_json::Value::Object(environment));
    let region = input.region.clone().unwrap_or_else(|| "<region>".into());
    match (&role_arn, regional) {
        (None, _) => {
            body = body.finding(
                Finding::new(FindingCode::ServiceAccountNoIrsa, Severity::Info)
                    .arg("account", account.clone()),
            );
        }
        (Some(role), true) => {
            body = body.finding(
                Finding::new(FindingCode::PodStsRegionalInjected, Severity::Info)
                    .arg("account", account.clone())
                    .arg("role", role.clone())
                    .arg("region", region.clone())
                    .command(
                        kubectl(&input.commands, "annotate", |command| {
                            command
                                .value("serviceaccount")
                                .option("-n", namespace.clone())
                                .value(name.clone())
                                .value(format!("{REGIONAL_ANNOTATION}=false"))
                                .flag("--overwrite")
                        })
                        .to_string(),
                    )
                    .command(
                        kubectl(&input.commands, "rollout", |command| {
                            command
                                .value("restart")
                                .value("deployment")
                                .option("-n", namespace.clone())
                                .word(Word::Placeholder("<deployment>"))
                        })
                        .to_string(),
                    ),
            );
        }
        (Some(_), false) => {}
    }
    body
}

#[cfg(test)]
mod tests {
    use super::injects_regional;

    #[test]
    fn the_webhook_injects_regional_by_annotation_then_by_version() {
        assert!(injects_regional(Some("true"), Some("1.21")));
        assert!(!injects_regional(Some("false"), Some("1.30")));
        assert!(!injects_regional(Some("FALSE"), None));
        assert!(!injects_regional(Some("0"), Some("1.30")));
        // The webhook does not trim: this is no value at all, and the default applies.
        assert!(injects_regional(Some(" false "), Some("1.30")));
        assert!(!injects_regional(Some("no"), Some("1.21")));
        assert!(injects_regional(None, Some("1.22")));
        assert!(injects_regional(None, Some("1.30")));
        assert!(!injects_regional(None, Some("1.21")));
        assert!(injects_regional(None, None));
        assert!(injects_regional(Some("maybe"), Some("eks")));
    }
}

#[cfg(test)]
mod scenario_tests {
    use crate::probes::scenario::*;

    #[test]
    fn a_service_account_on_a_current_cluster_gets_the_regional_setting() {
        let mut api = fake();
        api.kube_user = Ok(viewer());
        api.service_account = Ok(Some(BTreeMap::from([(
            "eks.amazonaws.com/role-arn".to_owned(),
            "arn:aws:iam::111122223333:role/payments".to_owned(),
        )])));
        let (reports, _) = run_for(
            Symptom::StsRegion,
            api,
            &[(Field::ServiceAccount, "payments/api")],
        );
        let pod = report(&reports, ProbeId::StsRegionPod);
        assert_eq!(pod.outcome, Outcome::Ok);
        assert_eq!(
            pod.evidence["pod_environment"]["AWS_STS_REGIONAL_ENDPOINTS"],
            "regional"
        );
        assert_eq!(pod.findings[0].code, FindingCode::PodStsRegionalInjected);
        assert!(pod.findings[0].commands[0].contains("sts-regional-endpoints=false"));
        // Without a service account there is nothing to read.
        let mut api = fake();
        api.kube_user = Ok(viewer());
        let (reports, calls) = run_for(Symptom::StsRegion, api, &[]);
        assert!(matches!(
            report(&reports, ProbeId::StsRegionPod).outcome,
            Outcome::Skipped(_)
        ));
        assert!(
            !calls
                .calls()
                .contains(&"k8s:get serviceaccounts".to_owned())
        );
    }
}
