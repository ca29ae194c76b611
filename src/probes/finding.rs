//! What the probes find: a cause with a stable code, its severity and the values its
//! messages are given.

use serde::Serialize;

use super::text::{ArgValue, Text};
use crate::i18n::Lang;
pub use crate::severity::Severity;

/// Every cause a probe can report. The kebab-case of the variant is the stable code (JSON,
/// the README, the `finding-<code>-*` Fluent ids); the README lists them and a test checks
/// that each has its title, detail and fix in both languages.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    strum::IntoStaticStr,
    strum::Display,
    strum::EnumIter,
)]
#[serde(into = "&'static str")]
#[strum(serialize_all = "kebab-case")]
pub enum FindingCode {
    // Why checks could not answer, said once however many checks hit the cause
    // (`failure_findings`).
    RegionMissing,
    CredentialsMissing,
    CredentialsExpired,
    CredentialsInvalid,
    EndpointUnreachable,
    // role-path
    AwsAuthRolePath,
    AwsAuthSsoRole,
    RoleNotFound,
    // cluster
    ClusterNotFound,
    ClusterAccessDenied,
    ClusterNotActive,
    ClusterConfigMapOnly,
    StsRegionalEndpointDisabled,
    // console-permissions, and pass-role's simulation
    ConsolePermissionsMissing,
    ConsolePermissionsExplicitDeny,
    SimulationDenied,
    // access-entries
    AccessEntryMissing,
    AccessEntryNoNodeAccess,
    AccessEntryRbacGroups,
    // pass-role
    PassRoleTargetMissing,
    PassRoleTrustMissing,
    PassRoleNotAllowed,
    // cross-account
    CrossAccountRoleMissing,
    CrossAccountNotTrusted,
    CrossAccountExternalId,
    CrossAccountAssumeDenied,
    // sts-endpoints
    StsGlobalEndpointRegion,
    // Why checks could not answer, continued
    ClockSkew,
    KubernetesPrivateEndpoint,
    KubernetesUnreachable,
    KubernetesUntrusted,
    KubernetesForbidden,
    // k8s-identity
    K8sNotMapped,
    K8sAwsAuthNearMiss,
    K8sAwsAuthNotUsed,
    K8sSystemMasters,
    K8sAskedAsCaller,
    K8sAskedAsKubectl,
    K8sKubectlRoleNotAssumed,
    K8sKubectlCannotSign,
    // k8s-permissions
    K8sViewPolicyNoNodes,
    K8sNodesDenied,
    K8sAccessDenied,
    // aws-auth-live
    AwsAuthLiveMissing,
    AwsAuthLiveProblems,
    // sts-region-pod
    ServiceAccountNotFound,
    ServiceAccountNoIrsa,
    PodStsRegionalInjected,
    // kubeconfig
    KubeconfigIdentityDiffers,
    KubeconfigExecApiVersion,
    KubeconfigExecNotFound,
    KubeconfigClusterMismatch,
    KubeconfigRegionDiffers,
    /// Only in an opened case file: a finding a newer version wrote, which this one cannot name.
    CaseUnknown,
}

impl FindingCode {
    /// The stable code, e.g. `region-missing`.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// The Fluent id of one part of the finding's words: `title`, `detail` or `fix`.
    pub fn message_id(self, part: &str) -> String {
        format!("finding-{}-{part}", self.id())
    }
}

/// A cause found, with a stable code; title, detail and fix are the Fluent messages
/// `finding-<code>-title`, `-detail` and `-fix`, all given the same values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: FindingCode,
    pub severity: Severity,
    pub args: Vec<(&'static str, ArgValue)>,
    /// Commands for the person to run (the tool never runs them).
    pub commands: Vec<String>,
}

impl Finding {
    pub fn new(code: FindingCode, severity: Severity) -> Finding {
        Finding {
            code,
            severity,
            args: Vec::new(),
            commands: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Finding {
        self.args.push((name, ArgValue::Text(value.into())));
        self
    }

    pub fn count(mut self, name: &'static str, count: usize) -> Finding {
        self.args.push((name, ArgValue::Count(count as u64)));
        self
    }

    pub fn command(mut self, command: impl Into<String>) -> Finding {
        self.commands.push(command.into());
        self
    }

    /// The text given for `name`, if any.
    pub fn text_arg(&self, name: &str) -> Option<String> {
        self.args.iter().find_map(|(n, v)| match v {
            ArgValue::Text(text) if *n == name => Some(text.clone()),
            _ => None,
        })
    }

    fn part(&self, part: &str) -> Text {
        Text {
            id: self.code.message_id(part),
            args: self.args.clone(),
        }
    }

    pub fn title(&self, lang: Lang) -> String {
        self.part("title").render(lang)
    }

    pub fn detail(&self, lang: Lang) -> String {
        self.part("detail").render(lang)
    }

    pub fn fix(&self, lang: Lang) -> String {
        self.part("fix").render(lang)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_similar_cluster_is_said_in_words() {
        let finding = Finding::new(FindingCode::ClusterNotFound, Severity::Error)
            .arg("name", "demo")
            .arg("region", "us-west-2")
            .arg("suggestions", "")
            .count("suggestion_count", 0);
        let detail = finding.detail(Lang::En);
        assert!(
            detail.contains("No cluster there has a similar name"),
            "{detail}"
        );
        assert!(!detail.contains("Similar names"), "{detail}");
    }
}
