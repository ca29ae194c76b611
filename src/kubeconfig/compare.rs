//! What differs between what kubectl will do with this context and what the checks do: the
//! identity it signs as, the Region and cluster it targets, and whether its plugin can run.

use serde::Serialize;

use super::eks_context::EksContext;
use super::exec_plugin::{ExecPlugin, ExecTool};
use crate::arn::Principal;
use crate::aws::{CredentialSource, ShellSigning};

/// How the checks themselves are signing, and what a plugin started from the same shell
/// inherits.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChecksIdentity {
    pub signing: ShellSigning,
    /// Who `GetCallerIdentity` says the checks are, once known.
    pub caller_arn: Option<String>,
    pub region: Option<String>,
}

/// Whom kubectl's exec plugin signs as, when it is not the checks' identity: the credentials
/// it starts from (`None`: the checks' own) and the role it assumes with them, if any.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct KubectlSigner {
    pub credentials: Option<CredentialSource>,
    pub role_arn: Option<String>,
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
    /// kubectl signs as another principal than the checks: it assumes `exec_role_arn` with
    /// `kubectl_credentials`, or signs with those where the checks use `checks_credentials`.
    IdentityDiffers {
        exec_role_arn: Option<String>,
        kubectl_credentials: CredentialSource,
        checks_credentials: CredentialSource,
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

/// The credentials the plugin starts from, by the rules of the AWS CLI (whose `--profile`
/// sets the environment's keys aside) and of the SDKs the other plugins use (keys first).
fn plugin_credentials(exec: &ExecPlugin, checks: &ChecksIdentity) -> CredentialSource {
    let command_line = exec
        .profile
        .as_deref()
        .filter(|_| exec.profile_on_command_line);
    let environment = match exec.profile_on_command_line {
        true => None,
        false => exec.profile.as_deref(),
    }
    .or(checks.signing.shell_profile.as_deref());
    CredentialSource::resolve(command_line, environment, checks.signing.environment_keys)
}

/// Whom kubectl's plugin signs as, when that is not the checks' identity; `None` when they
/// are the same as far as the configuration tells.
pub fn kubectl_signer(context: &EksContext, checks: &ChecksIdentity) -> Option<KubectlSigner> {
    // Another program (aws-vault, granted, an OIDC plugin) signs by rules of its own: whom it
    // presents cannot be told from here.
    let exec = context
        .exec
        .as_ref()
        .filter(|exec| exec.tool != ExecTool::Other)?;
    let credentials = plugin_credentials(exec, checks);
    let other_credentials = (credentials != checks.signing.credentials).then_some(credentials);
    match &exec.role_arn {
        // Whatever it starts from, the plugin ends as the role: a session of it already is.
        Some(role) if caller_is_role(checks.caller_arn.as_deref(), role) => None,
        Some(role) => Some(KubectlSigner {
            credentials: other_credentials,
            role_arn: Some(role.clone()),
        }),
        None => other_credentials.map(|credentials| KubectlSigner {
            credentials: Some(credentials),
            role_arn: None,
        }),
    }
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
    if let Some(signer) = kubectl_signer(context, checks) {
        differences.push(KubeconfigDifference::IdentityDiffers {
            exec_role_arn: signer.role_arn,
            kubectl_credentials: signer
                .credentials
                .unwrap_or_else(|| checks.signing.credentials.clone()),
            checks_credentials: checks.signing.credentials.clone(),
        });
    }
    if let Some(exec) = &context.exec {
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
    use crate::kubeconfig::ExecApiVersion;

    fn context(role: Option<&str>, profile: Option<&str>) -> EksContext {
        crate::kubeconfig::fixtures::aws_cli_context("prod", role, profile)
    }

    fn checks(profile: Option<&str>, caller: &str) -> ChecksIdentity {
        ChecksIdentity {
            signing: ShellSigning {
                credentials: CredentialSource::Profile(profile.unwrap_or("default").into()),
                ..ShellSigning::default()
            },
            caller_arn: Some(caller.into()),
            region: Some("us-west-2".into()),
        }
    }

    fn profile(name: &str) -> CredentialSource {
        CredentialSource::Profile(name.into())
    }

    const CALLER: &str = "arn:aws:sts::111122223333:assumed-role/Dev/alice";
    fn described() -> DescribedCluster {
        DescribedCluster {
            endpoint: "https://PROD.example.invalid/".into(),
            certificate_authority: "Q0\nE=".into(),
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
                kubectl_credentials: profile("default"),
                checks_credentials: profile("default"),
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
                kubectl_credentials: profile("customer-prod"),
                checks_credentials: profile("support"),
            }]
        );
        // No profile in the exec: kubectl inherits the shell's, which `--profile` overrode.
        let mut shell = checks(Some("support"), CALLER);
        shell.signing.shell_profile = Some("customer-prod".into());
        assert_eq!(
            kubeconfig_differences(&context(None, None), &shell, None).len(),
            1
        );
    }

    #[test]
    fn keys_in_the_environment_win_over_a_profile_the_environment_names() {
        // update-kubeconfig (CLI v1) writes the profile as AWS_PROFILE in the exec's env: with
        // keys in the shell, `aws eks get-token` signs with the keys, as the checks do.
        let mut from_env = context(None, Some("customer-prod"));
        if let Some(exec) = from_env.exec.as_mut() {
            exec.profile_on_command_line = false;
        }
        let mut keys = checks(None, CALLER);
        keys.signing.credentials = CredentialSource::EnvironmentKeys;
        keys.signing.environment_keys = true;
        assert_eq!(kubectl_signer(&from_env, &keys), None);
        // `--profile` on the plugin's command line sets the keys aside.
        assert_eq!(
            kubectl_signer(&context(None, Some("customer-prod")), &keys),
            Some(KubectlSigner {
                credentials: Some(profile("customer-prod")),
                role_arn: None,
            })
        );
        // The checks run with `--profile support` while the plugin inherits the shell's keys.
        let mut named = checks(Some("support"), CALLER);
        named.signing.environment_keys = true;
        assert_eq!(
            kubectl_signer(&context(None, None), &named),
            Some(KubectlSigner {
                credentials: Some(CredentialSource::EnvironmentKeys),
                role_arn: None,
            })
        );
    }

    #[test]
    fn another_program_as_plugin_is_no_identity_told_apart() {
        // `aws-vault exec prod -- aws eks get-token …`: the profile is aws-vault's business.
        let mut vault = context(None, None);
        if let Some(exec) = vault.exec.as_mut() {
            exec.tool = crate::kubeconfig::ExecTool::Other;
            exec.command = "aws-vault".into();
        }
        assert_eq!(kubectl_signer(&vault, &checks(Some("prod"), CALLER)), None);
    }

    #[test]
    fn an_exec_role_is_assumed_from_the_plugins_own_credentials() {
        let admin = "arn:aws:iam::111122223333:role/EksAdmins";
        // Same credentials as the checks: only the role differs.
        assert_eq!(
            kubectl_signer(&context(Some(admin), None), &checks(None, CALLER)),
            Some(KubectlSigner {
                credentials: None,
                role_arn: Some(admin.into()),
            })
        );
        assert_eq!(
            kubectl_signer(
                &context(Some(admin), Some("customer-prod")),
                &checks(Some("support"), CALLER)
            ),
            Some(KubectlSigner {
                credentials: Some(profile("customer-prod")),
                role_arn: Some(admin.into()),
            })
        );
        // The checks already are a session of the role: whatever the profile, the same principal.
        let dev = "arn:aws:iam::111122223333:role/Dev";
        assert_eq!(
            kubectl_signer(
                &context(Some(dev), Some("customer-prod")),
                &checks(Some("support"), CALLER)
            ),
            None
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
