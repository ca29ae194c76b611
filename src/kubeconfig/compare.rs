//! What differs between what kubectl will do with this context and what the checks do: the
//! identity it signs as, the Region and cluster it targets, and whether its plugin can run.

use serde::Serialize;

use super::eks_context::EksContext;
use crate::arn::Principal;

/// How the checks themselves are signing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChecksIdentity {
    /// The profile the checks use (`--profile`, else the environment's), `None` for `default`.
    pub profile: Option<String>,
    /// The profile kubectl's plugin inherits from the shell when its `env` sets none:
    /// `AWS_PROFILE` (then `AWS_DEFAULT_PROFILE`, which the AWS CLI also reads).
    pub shell_profile: Option<String>,
    /// Who `GetCallerIdentity` says the checks are, once known.
    pub caller_arn: Option<String>,
    pub region: Option<String>,
}

/// The cluster as `DescribeCluster` describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DescribedCluster {
    pub endpoint: String,
    /// `certificateAuthority.data`: base64 of the PEM bundle.
    pub certificate_authority: String,
}

/// One difference, with what is needed to say it and to fix it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum KubeconfigDifference {
    /// kubectl signs as another principal than the checks: it assumes `exec_role_arn` or uses
    /// `kubectl_profile` where the checks use `checks_profile`.
    IdentityDiffers {
        exec_role_arn: Option<String>,
        kubectl_profile: Option<String>,
        checks_profile: Option<String>,
    },
    /// The exec plugin asks for an ExecCredential version kubectl no longer accepts.
    ExecApiVersion { written: Option<String> },
    /// kubectl will not find the plugin's command.
    ExecNotFound { command: String },
    /// The context's server or CA is not the cluster's: the cluster was recreated (or the
    /// context points elsewhere).
    ClusterMismatch {
        server_differs: bool,
        certificate_authority_differs: bool,
        kubeconfig_server: Option<String>,
        cluster_endpoint: String,
    },
    /// The context's cluster is in another Region than the checks look in.
    RegionDiffers {
        kubeconfig_region: String,
        checks_region: String,
    },
}

fn same_profile(a: Option<&str>, b: Option<&str>) -> bool {
    a.unwrap_or("default") == b.unwrap_or("default")
}

/// Whether a session of `caller` already is `role_arn` (assuming it again changes nothing).
fn caller_is_role(caller: Option<&str>, role_arn: &str) -> bool {
    let (Some(caller), Ok(role)) = (caller, Principal::parse(role_arn)) else {
        return false;
    };
    Principal::parse(caller)
        .is_ok_and(|caller| caller.is_role() && caller.login_arn() == role.login_arn())
}

fn same_endpoint(a: &str, b: &str) -> bool {
    a.trim_end_matches('/')
        .eq_ignore_ascii_case(b.trim_end_matches('/'))
}

/// Base64 compared as what it encodes, so line breaks and padding do not count.
fn same_base64(a: &str, b: &str) -> bool {
    use base64::Engine;
    let decode = |text: &str| {
        let compact: String = text.split_whitespace().collect();
        base64::engine::general_purpose::STANDARD
            .decode(compact)
            .ok()
    };
    match (decode(a), decode(b)) {
        (Some(a), Some(b)) => a == b,
        _ => a.trim() == b.trim(),
    }
}

/// Everything that differs; empty when kubectl and the checks agree on all that can be told.
pub fn kubeconfig_differences(
    context: &EksContext,
    checks: &ChecksIdentity,
    cluster: Option<&DescribedCluster>,
) -> Vec<KubeconfigDifference> {
    let mut differences = Vec::new();
    if let Some(exec) = &context.exec {
        let kubectl_profile = exec
            .profile
            .clone()
            .or_else(|| checks.shell_profile.clone());
        let role_differs = exec
            .role_arn
            .as_deref()
            .is_some_and(|role| !caller_is_role(checks.caller_arn.as_deref(), role));
        let profile_differs = !same_profile(kubectl_profile.as_deref(), checks.profile.as_deref());
        if role_differs || profile_differs {
            differences.push(KubeconfigDifference::IdentityDiffers {
                exec_role_arn: exec.role_arn.clone().filter(|_| role_differs),
                kubectl_profile,
                checks_profile: checks.profile.clone(),
            });
        }
        if !exec.api_version.is_supported() {
            differences.push(KubeconfigDifference::ExecApiVersion {
                written: exec.api_version_text.clone(),
            });
        }
        if exec.found.is_none() {
            differences.push(KubeconfigDifference::ExecNotFound {
                command: exec.command.clone(),
            });
        }
    }
    if let Some(cluster) = cluster {
        let server_differs = context
            .server
            .as_deref()
            .is_some_and(|server| !same_endpoint(server, &cluster.endpoint));
        let certificate_authority_differs = context
            .certificate_authority_data
            .as_deref()
            .is_some_and(|data| !same_base64(data, &cluster.certificate_authority));
        if server_differs || certificate_authority_differs {
            differences.push(KubeconfigDifference::ClusterMismatch {
                server_differs,
                certificate_authority_differs,
                kubeconfig_server: context.server.clone(),
                cluster_endpoint: cluster.endpoint.clone(),
            });
        }
    }
    if let (Some((kubeconfig_region, _)), Some(checks_region)) =
        (&context.target.region, &checks.region)
        && kubeconfig_region != checks_region
    {
        differences.push(KubeconfigDifference::RegionDiffers {
            kubeconfig_region: kubeconfig_region.clone(),
            checks_region: checks_region.clone(),
        });
    }
    differences
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kubeconfig::{EksTarget, ExecApiVersion, ExecPlugin, ExecTool, TargetSource};

    fn context(role: Option<&str>, profile: Option<&str>) -> EksContext {
        EksContext {
            context: "prod".into(),
            chosen_by_flag: false,
            cluster_entry: "arn:aws:eks:us-west-2:111122223333:cluster/prod".into(),
            user_entry: "u".into(),
            server: Some("https://ABC.gr7.us-west-2.eks.amazonaws.com".into()),
            certificate_authority_data: Some("Q0EK".into()),
            target: EksTarget {
                cluster_name: Some(("prod".into(), TargetSource::ExecArguments)),
                region: Some(("us-west-2".into(), TargetSource::ExecArguments)),
                account_id: None,
            },
            exec: Some(ExecPlugin {
                command: "aws".into(),
                args: Vec::new(),
                tool: ExecTool::AwsCli,
                api_version: ExecApiVersion::V1Beta1,
                api_version_text: Some("client.authentication.k8s.io/v1beta1".into()),
                cluster_name: Some("prod".into()),
                region: Some("us-west-2".into()),
                role_arn: role.map(Into::into),
                profile: profile.map(Into::into),
                env: Vec::new(),
                found: Some("/usr/bin/aws".into()),
            }),
        }
    }

    fn checks(profile: Option<&str>, caller: &str) -> ChecksIdentity {
        ChecksIdentity {
            profile: profile.map(Into::into),
            shell_profile: None,
            caller_arn: Some(caller.into()),
            region: Some("us-west-2".into()),
        }
    }

    const CALLER: &str = "arn:aws:sts::111122223333:assumed-role/Dev/alice";
    fn described() -> DescribedCluster {
        DescribedCluster {
            endpoint: "https://abc.gr7.us-west-2.eks.amazonaws.com/".into(),
            certificate_authority: "Q0E\nK".into(),
        }
    }

    #[test]
    fn nothing_differs_when_kubectl_signs_as_the_checks_do() {
        assert_eq!(
            kubeconfig_differences(
                &context(None, None),
                &checks(None, CALLER),
                Some(&described())
            ),
            []
        );
        // Already a session of the exec role: assuming it again is the same principal.
        let role = "arn:aws:iam::111122223333:role/Dev";
        assert_eq!(
            kubeconfig_differences(&context(Some(role), None), &checks(None, CALLER), None),
            []
        );
        // `default` named or not is the same profile.
        assert_eq!(
            kubeconfig_differences(&context(None, Some("default")), &checks(None, CALLER), None),
            []
        );
    }

    #[test]
    fn another_role_or_profile_is_another_identity() {
        let admin = "arn:aws:iam::111122223333:role/EksAdmins";
        assert_eq!(
            kubeconfig_differences(&context(Some(admin), None), &checks(None, CALLER), None),
            [KubeconfigDifference::IdentityDiffers {
                exec_role_arn: Some(admin.into()),
                kubectl_profile: None,
                checks_profile: None,
            }]
        );
        assert_eq!(
            kubeconfig_differences(
                &context(None, Some("customer-prod")),
                &checks(Some("support"), CALLER),
                None
            ),
            [KubeconfigDifference::IdentityDiffers {
                exec_role_arn: None,
                kubectl_profile: Some("customer-prod".into()),
                checks_profile: Some("support".into()),
            }]
        );
        // No profile in the exec: kubectl inherits the shell's, which `--profile` overrode.
        let mut shell = checks(Some("support"), CALLER);
        shell.shell_profile = Some("customer-prod".into());
        assert_eq!(
            kubeconfig_differences(&context(None, None), &shell, None).len(),
            1
        );
    }

    #[test]
    fn recreated_cluster_old_plugin_missing_command_other_region() {
        let mut old = context(None, None);
        if let Some(exec) = old.exec.as_mut() {
            exec.api_version = ExecApiVersion::V1Alpha1;
            exec.api_version_text = Some("client.authentication.k8s.io/v1alpha1".into());
            exec.found = None;
        }
        let recreated = DescribedCluster {
            endpoint: "https://NEW.gr7.us-west-2.eks.amazonaws.com".into(),
            certificate_authority: "TkVXCg==".into(),
        };
        let mut elsewhere = checks(None, CALLER);
        elsewhere.region = Some("eu-west-1".into());
        let found = kubeconfig_differences(&old, &elsewhere, Some(&recreated));
        let kinds: Vec<_> = found
            .iter()
            .map(|d| serde_json::to_value(d).unwrap()["kind"].clone())
            .collect();
        assert_eq!(
            kinds,
            [
                "exec-api-version",
                "exec-not-found",
                "cluster-mismatch",
                "region-differs"
            ]
        );
        assert!(matches!(
            &found[2],
            KubeconfigDifference::ClusterMismatch {
                server_differs: true,
                certificate_authority_differs: true,
                ..
            }
        ));
    }
}
