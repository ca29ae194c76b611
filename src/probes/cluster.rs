//! `eks:DescribeCluster`: the cluster's state and how it authenticates; a missing cluster is
//! looked for among the region's clusters, a denial is taken apart.

use super::{Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeInput, Severity, Text};
use crate::aws::{AwsApi, AwsError};
use crate::aws_auth::AuthenticationMode;
use crate::guide::Field;
use crate::remediation::{IamEntity, aws_eks};

/// Edit distance, for suggesting the cluster the person probably meant.
fn distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut previous = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let current = row[j + 1];
            row[j + 1] = if ca == *cb {
                previous
            } else {
                1 + previous.min(row[j]).min(row[j + 1])
            };
            previous = current;
        }
    }
    row[b.len()]
}

pub fn near_names(wanted: &str, names: &[String]) -> Vec<String> {
    let wanted_lower = wanted.to_lowercase();
    let mut scored: Vec<(usize, &String)> = names
        .iter()
        .map(|n| {
            let lower = n.to_lowercase();
            let score = if lower.contains(&wanted_lower) || wanted_lower.contains(&lower) {
                0
            } else {
                distance(&wanted_lower, &lower)
            };
            (score, n)
        })
        .filter(|(score, _)| *score <= 3)
        .collect();
    scored.sort();
    scored.into_iter().take(3).map(|(_, n)| n.clone()).collect()
}

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput) -> ProbeBody {
    let Some(name) = input.context.get(Field::Cluster).map(str::to_owned) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-cluster"));
    };
    let region = input.region.clone().unwrap_or_default();
    match api.describe_cluster(name.clone()).await {
        Ok(cluster) => {
            let mut body = ProbeBody::new(
                Outcome::Ok,
                Text::new("probe-cluster-ok")
                    .arg("name", name.clone())
                    .arg("status", cluster.status.clone().unwrap_or_default())
                    .arg(
                        "mode",
                        cluster
                            .authentication_mode
                            .map_or("?", AuthenticationMode::id),
                    ),
            )
            .evidence("status", cluster.status.clone())
            .evidence("version", cluster.version.clone())
            .evidence("platform_version", cluster.platform_version.clone())
            .evidence("endpoint_public", cluster.endpoint_public)
            .evidence("endpoint_private", cluster.endpoint_private)
            .evidence(
                "authentication_mode",
                cluster.authentication_mode.map(AuthenticationMode::id),
            )
            .evidence("health_issues", cluster.health_issues.clone())
            .evidence("endpoint", cluster.endpoint.clone());
            if cluster.status.as_deref().is_some_and(|s| s != "ACTIVE") {
                body = body.finding(
                    Finding::new(FindingCode::ClusterNotActive, Severity::Warning)
                        .arg("name", name.clone())
                        .arg("status", cluster.status.clone().unwrap_or_default()),
                );
            }
            if cluster
                .health_issues
                .iter()
                .any(|i| i == "StsRegionalEndpointDisabled")
            {
                body.outcome = Outcome::Problem;
                body = body.finding(
                    Finding::new(FindingCode::StsRegionalEndpointDisabled, Severity::Error)
                        .arg("region", region.clone()),
                );
            }
            if cluster.authentication_mode == Some(AuthenticationMode::ConfigMap) {
                body = body.finding(
                    Finding::new(FindingCode::ClusterConfigMapOnly, Severity::Info)
                        .arg("name", name.clone())
                        .command(
                            aws_eks(&input.commands, "update-cluster-config")
                                .option("--name", name.clone())
                                .option("--access-config", "authenticationMode=API_AND_CONFIG_MAP")
                                .build()
                                .to_string(),
                        ),
                );
            }
            body.data = ProbeData::Cluster(cluster);
            body
        }
        Err(AwsError::ClusterNotFound { .. }) => {
            let available = api.list_clusters().await.unwrap_or_default();
            let near = near_names(&name, &available);
            ProbeBody::new(
                Outcome::Problem,
                Text::new("probe-cluster-missing")
                    .arg("name", name.clone())
                    .arg("region", region.clone()),
            )
            .evidence("status", serde_json::Value::Null)
            .evidence("version", serde_json::Value::Null)
            .evidence("authentication_mode", serde_json::Value::Null)
            .evidence("clusters_in_region", available.clone())
            .evidence("suggestions", near.clone())
            .finding(
                Finding::new(FindingCode::ClusterNotFound, Severity::Error)
                    .arg("name", name)
                    .arg("region", region.clone())
                    .arg("suggestions", near.join(", "))
                    .count("suggestion_count", near.len())
                    .command(
                        aws_eks(&input.commands, "list-clusters")
                            .build()
                            .to_string(),
                    ),
            )
        }
        Err(AwsError::AccessDenied(denial)) => {
            let principal = denial.principal.clone().unwrap_or_default();
            let action = denial
                .action
                .clone()
                .unwrap_or_else(|| "eks:DescribeCluster".into());
            let resource = denial.resource.clone().unwrap_or_else(|| "*".into());
            let reason = denial.reason.clone().unwrap_or_default();
            let policy = serde_json::json!({
                "Version": "2012-10-17",
                "Statement": [{"Effect": "Allow", "Action": action, "Resource": resource}],
            });
            let grant = IamEntity::of_arn(&principal).map(|(entity, entity_name)| {
                entity
                    .put_policy(
                        &input.commands,
                        &entity_name,
                        &format!("eks-iam-tui-{name}"),
                        &policy,
                    )
                    .to_string()
            });
            let mut finding = Finding::new(FindingCode::ClusterAccessDenied, Severity::Error)
                .arg("principal", principal.clone())
                .arg("action", action.clone())
                .arg("resource", resource.clone())
                .arg("has_reason", if reason.is_empty() { "no" } else { "yes" })
                .arg("reason", reason.clone());
            if let Some(grant) = grant {
                finding = finding.command(grant);
            }
            ProbeBody::new(
                Outcome::Problem,
                Text::new("probe-cluster-denied")
                    .arg("action", action.clone())
                    .arg("principal", principal.clone()),
            )
            .evidence("status", serde_json::Value::Null)
            .evidence("version", serde_json::Value::Null)
            .evidence("authentication_mode", serde_json::Value::Null)
            .evidence("denied_principal", principal.clone())
            .evidence("denied_action", action.clone())
            .evidence("denied_resource", resource.clone())
            .evidence("denied_reason", reason)
            .finding(finding)
        }
        Err(error) => ProbeBody::unknown(error),
    }
}

#[cfg(test)]
mod tests {
    use super::near_names;

    #[test]
    fn suggests_close_names() {
        let names = vec![
            "prod-east".to_owned(),
            "demo".to_owned(),
            "staging".to_owned(),
        ];
        assert_eq!(near_names("dem0", &names), ["demo"]);
        assert_eq!(near_names("prod", &names), ["prod-east"]);
        assert!(near_names("zzzzzzzz", &names).is_empty());
    }
}
