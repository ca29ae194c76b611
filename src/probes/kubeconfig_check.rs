//! `kubeconfig`: what kubectl will do with its context for this cluster, compared with what the
//! checks do: whom its exec plugin signs as, which Region and which cluster (server and CA) it
//! targets, and whether the plugin can run at all. The most common reason a person sees a 401
//! the checks do not explain is that kubectl presents another identity.

use super::runner::Deps;
use super::{
    Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, Severity, Text,
};
use crate::check_run::context_for_cluster;
use crate::guide::{Field, Symptom};
use crate::kubeconfig::{
    ChecksIdentity, DescribedCluster, EksContext, KubeconfigDifference, kubeconfig_differences,
};
use crate::remediation::{ShellCommand, aws_eks};

pub fn run(input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let Some(kubectl) = &input.kubectl else {
        return ProbeBody::skipped(Text::new("probe-skip-no-kubeconfig"));
    };
    let cluster_name = input.context.get(Field::Cluster).unwrap_or_default();
    let context_cluster = kubectl.target.cluster_name.as_ref().map(|(name, _)| name);
    if let Some(other) = context_cluster.filter(|name| *name != cluster_name) {
        return ProbeBody::skipped(
            Text::new("probe-skip-kubeconfig-other-cluster")
                .arg("context", kubectl.context.clone())
                .arg("other", other.clone())
                .arg("cluster", cluster_name.to_owned()),
        );
    }
    let caller_arn = match deps.get(&ProbeId::Identity).map(|r| &r.data) {
        Some(ProbeData::Identity(identity)) => Some(identity.arn.clone()),
        _ => None,
    };
    let described = match deps.get(&ProbeId::Cluster).map(|r| &r.data) {
        Some(ProbeData::Cluster(cluster)) => cluster
            .endpoint
            .clone()
            .zip(cluster.certificate_authority.clone())
            .map(|(endpoint, certificate_authority)| DescribedCluster {
                endpoint,
                certificate_authority,
            }),
        _ => None,
    };
    let checks = checks_identity(input, caller_arn.clone());
    let differences = kubeconfig_differences(kubectl, &checks, described.as_ref());
    let region = input.region.clone().unwrap_or_default();
    let mut body = if differences.is_empty() {
        ProbeBody::new(
            Outcome::Ok,
            Text::new("probe-kubeconfig-ok")
                .arg("context", kubectl.context.clone())
                .arg("cluster", cluster_name.to_owned())
                .arg("region", region),
        )
    } else {
        ProbeBody::new(
            Outcome::Problem,
            Text::new("probe-kubeconfig-differs")
                .arg("context", kubectl.context.clone())
                .count("count", differences.len()),
        )
    };
    body = evidence(body, kubectl);
    for difference in &differences {
        body = body.finding(finding(difference, kubectl, input, caller_arn.as_deref()));
    }
    body
}

/// How the checks sign, for telling kubectl's plugin apart from them.
pub(super) fn checks_identity(input: &ProbeInput, caller_arn: Option<String>) -> ChecksIdentity {
    ChecksIdentity {
        signing: input.signing.clone(),
        caller_arn,
        region: input.region.clone(),
    }
}

/// Whether the Kubernetes checks of `symptom` answer for kubectl: a 401 from kubectl is the
/// aws-auth-path symptom. The console acts as the principal signed in to it, never as kubectl,
/// so console-nodes keeps asking as the checks' identity.
pub fn asks_as_kubectl(symptom: Symptom) -> bool {
    symptom == Symptom::AwsAuthPath
}

/// kubectl's context when the Kubernetes checks of this case answer for it: the symptom is
/// kubectl's and the context is for the case's cluster (the rule the wizard's AssumeRole
/// question uses too).
pub(super) fn kubectl_for(input: &ProbeInput) -> Option<&EksContext> {
    let kubectl = input.kubectl.as_ref()?;
    (asks_as_kubectl(input.symptom)
        && context_for_cluster(kubectl, input.context.get(Field::Cluster)).is_some())
    .then_some(kubectl)
}

fn evidence(body: ProbeBody, kubectl: &EksContext) -> ProbeBody {
    let target = &kubectl.target;
    let exec = kubectl.exec.as_ref();
    body.evidence("context", kubectl.context.clone())
        .evidence("server", kubectl.server.clone())
        .evidence("cluster", target.cluster_name.clone().map(|(name, _)| name))
        .evidence("region", target.region.clone().map(|(region, _)| region))
        .evidence("account_id", target.account_id.clone().map(|(id, _)| id))
        .evidence("exec_command", exec.map(|e| e.command.clone()))
        .evidence(
            "exec_api_version",
            exec.and_then(|e| e.api_version_text.clone()),
        )
        .evidence("exec_role_arn", exec.and_then(|e| e.role_arn.clone()))
        .evidence("exec_profile", exec.and_then(|e| e.profile.clone()))
        .evidence("exec_found", exec.map(|e| e.found.is_some()))
}

/// `aws eks update-kubeconfig` for the case's cluster as the checks see it, keeping the
/// person's own name for the context.
fn write_context_again(
    input: &ProbeInput,
    kubectl: &EksContext,
    region: Option<&str>,
) -> ShellCommand {
    let cluster = input.context.get(Field::Cluster).unwrap_or_default();
    let mut scope = input.commands.clone();
    if let Some(region) = region {
        scope.region = Some(region.to_owned());
    }
    // update-kubeconfig names a new context after the cluster ARN; `--alias` keeps the one
    // the person already uses.
    let alias = (!kubectl.context.starts_with("arn:")).then(|| kubectl.context.clone());
    aws_eks(&scope, "update-kubeconfig")
        .option("--name", cluster)
        .with(|command| command.option_if("--alias", alias))
        .build()
}

fn finding(
    difference: &KubeconfigDifference,
    kubectl: &EksContext,
    input: &ProbeInput,
    caller_arn: Option<&str>,
) -> Finding {
    match difference {
        KubeconfigDifference::IdentityDiffers {
            exec_role_arn,
            kubectl_credentials,
            checks_credentials,
        } => {
            let kubectl_identity = match exec_role_arn {
                Some(role) => role.clone(),
                None => kubectl_credentials.words(),
            };
            let checks_identity = caller_arn
                .map(str::to_owned)
                .unwrap_or_else(|| checks_credentials.words());
            Finding::new(FindingCode::KubeconfigIdentityDiffers, Severity::Warning)
                .arg("kubectl", kubectl_identity)
                .arg("checks", checks_identity)
                .command(write_context_again(input, kubectl, None).to_string())
        }
        KubeconfigDifference::ExecApiVersion { written } => {
            Finding::new(FindingCode::KubeconfigExecApiVersion, Severity::Error)
                .arg("version", written.clone().unwrap_or_else(|| "-".into()))
                .command(write_context_again(input, kubectl, None).to_string())
        }
        KubeconfigDifference::ExecNotFound { command } => {
            Finding::new(FindingCode::KubeconfigExecNotFound, Severity::Error)
                .arg("command", command.clone())
        }
        KubeconfigDifference::ClusterMismatch {
            cluster_endpoint, ..
        } => Finding::new(FindingCode::KubeconfigClusterMismatch, Severity::Error)
            .arg(
                "cluster",
                input
                    .context
                    .get(Field::Cluster)
                    .unwrap_or_default()
                    .to_owned(),
            )
            .arg("endpoint", cluster_endpoint.clone())
            .command(write_context_again(input, kubectl, None).to_string()),
        KubeconfigDifference::RegionDiffers {
            kubeconfig_region,
            checks_region,
        } => Finding::new(FindingCode::KubeconfigRegionDiffers, Severity::Warning)
            .arg("kubeconfig_region", kubeconfig_region.clone())
            .arg("checks_region", checks_region.clone())
            .command(write_context_again(input, kubectl, Some(checks_region)).to_string()),
    }
}

#[cfg(test)]
mod scenario_tests {
    use super::*;
    use crate::kubeconfig::{ExecApiVersion, TargetSource};
    use crate::probes::scenario::*;

    fn context(role: Option<&str>, region: &str, api_version: &str) -> EksContext {
        let mut context = kubectl_context(role, None);
        context.target.region = Some((region.into(), TargetSource::ExecArguments));
        if let Some(exec) = context.exec.as_mut() {
            exec.region = Some(region.into());
            exec.api_version_text = Some(api_version.into());
            if api_version.ends_with("v1alpha1") {
                exec.api_version = ExecApiVersion::V1Alpha1;
            }
        }
        context
    }

    fn run_with(kubectl: Option<EksContext>) -> ProbeReport {
        let mut input = input();
        input.symptom = Symptom::AwsAuthPath;
        input.kubectl = kubectl;
        let plan = [ProbeId::Identity, ProbeId::Cluster, ProbeId::Kubeconfig];
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let reports = runtime.block_on(run_all(Arc::new(fake()), Arc::new(input), &plan));
        report(&reports, ProbeId::Kubeconfig).clone()
    }

    #[test]
    fn a_context_that_agrees_with_the_checks_is_ok() {
        let report = run_with(Some(context(
            None,
            "us-west-2",
            "client.authentication.k8s.io/v1beta1",
        )));
        assert_eq!(report.outcome, Outcome::Ok, "{report:?}");
        assert_eq!(report.evidence["exec_found"], true);
    }

    #[test]
    fn an_exec_role_a_removed_api_version_and_another_region_are_each_a_finding() {
        let report = run_with(Some(context(
            Some("arn:aws:iam::111122223333:role/eks-readonly"),
            "eu-west-1",
            "client.authentication.k8s.io/v1alpha1",
        )));
        assert_eq!(report.outcome, Outcome::Problem);
        let codes: Vec<FindingCode> = report.findings.iter().map(|f| f.code).collect();
        assert_eq!(
            codes,
            [
                FindingCode::KubeconfigIdentityDiffers,
                FindingCode::KubeconfigExecApiVersion,
                FindingCode::KubeconfigRegionDiffers
            ]
        );
        let identity = &report.findings[0];
        let detail = identity.detail(crate::i18n::Lang::En);
        assert!(
            detail.contains("eks-readonly") && detail.contains(SESSION),
            "{detail}"
        );
        // The context is written again under the name the person uses, in the checks' Region.
        let region_fix = &report.findings[2].commands[0];
        assert_eq!(
            region_fix,
            "aws eks update-kubeconfig --name demo --alias prod-admin --region us-west-2"
        );
    }

    #[test]
    fn a_context_for_another_cluster_or_none_is_skipped() {
        let mut other = context(None, "us-west-2", "client.authentication.k8s.io/v1beta1");
        other.target.cluster_name = Some(("staging".into(), TargetSource::ClusterArn));
        assert!(matches!(run_with(Some(other)).outcome, Outcome::Skipped(_)));
        assert!(matches!(run_with(None).outcome, Outcome::Skipped(_)));
    }
}
