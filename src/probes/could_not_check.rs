//! Why a check could not answer. Two sides can stop a check: AWS (no credentials, a denied
//! read, a timeout: [`AwsError`], made in the AWS layer) and the cluster's Kubernetes API (a
//! private endpoint, an untrusted certificate, RBAC: [`ClusterError`], made here from the
//! Kubernetes layer's [`KubeError`] and what `DescribeCluster` said about the endpoint).
//!
//! Each side's kebab-case variant name is its stable kind: `kind` in JSON and in case files,
//! and the suffix of its Fluent ids (`aws-error-<kind>`, `cluster-error-<kind>`).

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use serde_json::Value;

use crate::aws::{AwsError, ClusterInfo};
use crate::i18n::Lang;
use crate::kube::KubeError;
use crate::net::body_limit::MAX_RESPONSE_BYTES;
use crate::tr;

/// The check-level error: what [`super::Outcome::Unknown`] carries.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CouldNotCheck {
    #[error(transparent)]
    Aws(#[from] AwsError),
    #[error(transparent)]
    Cluster(#[from] ClusterError),
}

/// Why the cluster's Kubernetes API could not be asked, or would not answer.
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumDiscriminants,
)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[strum_discriminants(
    name(ClusterErrorKind),
    derive(strum::IntoStaticStr, strum::EnumIter),
    strum(serialize_all = "kebab-case")
)]
pub enum ClusterError {
    #[error("the cluster {cluster} names no Kubernetes API endpoint or CA")]
    KubernetesNoEndpoint { cluster: String },
    #[error("the cluster {cluster} has a private endpoint only")]
    KubernetesPrivateEndpoint { cluster: String },
    #[error("the API endpoint of {cluster} did not answer")]
    KubernetesUnreachable { cluster: String },
    #[error("the API server's certificate is not the cluster CA's: {detail}")]
    KubernetesUntrusted { detail: String },
    #[error("Kubernetes may not be asked this: {message}")]
    KubernetesForbidden { message: String },
    #[error("Kubernetes answered {code} {reason}: {message}")]
    KubernetesStatus {
        code: u16,
        reason: String,
        message: String,
    },
    /// Kept under the kind AWS's unreadable answers have, so JSON readers see one kind.
    #[error("the API server's answer could not be read (HTTP {status})")]
    #[serde(rename = "unparseable")]
    #[strum(serialize = "unparseable")]
    Unparseable { status: u16 },
    #[error("the API server's answer was larger than {limit_mib} MiB")]
    #[serde(rename = "response-too-large")]
    #[strum(serialize = "response-too-large")]
    ResponseTooLarge { limit_mib: usize },
}

impl ClusterError {
    pub fn kind(&self) -> &'static str {
        ClusterErrorKind::from(self).id()
    }

    /// A private-only endpoint looks, from outside its VPC, like any host that does not answer;
    /// the cluster's own settings tell the two apart. A public endpoint that does not answer
    /// points at a firewall, a proxy or publicAccessCidrs, not at AWS's endpoints.
    pub fn unreachable(cluster: &ClusterInfo) -> ClusterError {
        let name = cluster.name.clone();
        if cluster.endpoint_public == Some(false) {
            ClusterError::KubernetesPrivateEndpoint { cluster: name }
        } else {
            ClusterError::KubernetesUnreachable { cluster: name }
        }
    }

    /// Why the cluster could not be asked, from what the Kubernetes layer reported.
    pub fn from_kube(cluster: &ClusterInfo, error: KubeError) -> ClusterError {
        match error {
            KubeError::Unauthorized => ClusterError::KubernetesStatus {
                code: 401,
                reason: "Unauthorized".into(),
                message: String::new(),
            },
            KubeError::Forbidden { message } => ClusterError::KubernetesForbidden { message },
            KubeError::Status {
                code,
                reason,
                message,
            } => ClusterError::KubernetesStatus {
                code,
                reason,
                message,
            },
            KubeError::NoEndpoint { cluster } => ClusterError::KubernetesNoEndpoint { cluster },
            KubeError::Untrusted { detail } => ClusterError::KubernetesUntrusted { detail },
            KubeError::Unparseable { status } => ClusterError::Unparseable { status },
            KubeError::TooLarge => ClusterError::ResponseTooLarge {
                limit_mib: MAX_RESPONSE_BYTES / (1024 * 1024),
            },
            KubeError::Unreachable(_) => ClusterError::unreachable(cluster),
        }
    }

    fn cause(&self, lang: Lang) -> String {
        let id = format!("cluster-error-{}", self.kind());
        match self {
            ClusterError::KubernetesNoEndpoint { cluster }
            | ClusterError::KubernetesPrivateEndpoint { cluster }
            | ClusterError::KubernetesUnreachable { cluster } => {
                tr!(lang, &id, cluster = cluster.clone())
            }
            ClusterError::KubernetesUntrusted { detail } => tr!(lang, &id, detail = detail.clone()),
            ClusterError::KubernetesForbidden { message } => {
                tr!(lang, &id, message = message.clone())
            }
            ClusterError::KubernetesStatus {
                code,
                reason,
                message,
            } => tr!(
                lang,
                &id,
                code = code.to_string(),
                reason = reason.clone(),
                message = message.clone()
            ),
            ClusterError::Unparseable { status } => tr!(lang, &id, status = status.to_string()),
            ClusterError::ResponseTooLarge { limit_mib } => {
                tr!(lang, &id, limit = limit_mib.to_string())
            }
        }
    }

    /// The cause and what to do about it, in the person's language.
    pub fn describe(&self, lang: Lang) -> String {
        let advice = tr!(lang, &format!("cluster-advice-{}", self.kind()));
        tr!(
            lang,
            "aws-error-with-advice",
            cause = self.cause(lang),
            advice = advice
        )
    }
}

impl ClusterErrorKind {
    /// The stable id, e.g. `kubernetes-unreachable`.
    pub fn id(self) -> &'static str {
        self.into()
    }
}

impl CouldNotCheck {
    /// A stable machine id (JSON `kind`).
    pub fn kind(&self) -> &'static str {
        match self {
            CouldNotCheck::Aws(error) => error.kind(),
            CouldNotCheck::Cluster(error) => error.kind(),
        }
    }

    /// The cause and what to do about it, in the person's language.
    pub fn describe(&self, lang: Lang) -> String {
        match self {
            CouldNotCheck::Aws(error) => error.describe(lang),
            CouldNotCheck::Cluster(error) => error.describe(lang),
        }
    }

    pub fn aws(&self) -> Option<&AwsError> {
        match self {
            CouldNotCheck::Aws(error) => Some(error),
            CouldNotCheck::Cluster(_) => None,
        }
    }

    pub fn cluster(&self) -> Option<&ClusterError> {
        match self {
            CouldNotCheck::Cluster(error) => Some(error),
            CouldNotCheck::Aws(_) => None,
        }
    }
}

/// The side is written only for the cluster, whose `unparseable` and `response-too-large`
/// share their kind with AWS's; a file without it is read by the kind alone, which is how
/// case files written before the two sides were told apart read.
const SIDE: &str = "side";
const CLUSTER_SIDE: &str = "cluster";

impl Serialize for CouldNotCheck {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            CouldNotCheck::Aws(error) => error.serialize(serializer),
            CouldNotCheck::Cluster(error) => {
                let mut value = serde_json::to_value(error).map_err(serde::ser::Error::custom)?;
                if let Value::Object(map) = &mut value {
                    map.insert(SIDE.to_owned(), Value::from(CLUSTER_SIDE));
                }
                value.serialize(serializer)
            }
        }
    }
}

impl<'de> Deserialize<'de> for CouldNotCheck {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let mut value = Value::deserialize(deserializer)?;
        let said_cluster = value
            .as_object_mut()
            .and_then(|map| map.remove(SIDE))
            .is_some_and(|side| side == CLUSTER_SIDE);
        let kubernetes_kind = value
            .get("kind")
            .and_then(Value::as_str)
            .is_some_and(|kind| kind.starts_with("kubernetes-"));
        if said_cluster || kubernetes_kind {
            serde_json::from_value(value)
                .map(CouldNotCheck::Cluster)
                .map_err(serde::de::Error::custom)
        } else {
            serde_json::from_value(value)
                .map(CouldNotCheck::Aws)
                .map_err(serde::de::Error::custom)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    fn round_trip(error: CouldNotCheck) -> CouldNotCheck {
        let json = serde_json::to_value(&error).unwrap();
        serde_json::from_value(json).unwrap()
    }

    #[test]
    fn both_sides_read_back_as_written_even_where_kinds_are_shared() {
        let cases = [
            CouldNotCheck::Aws(AwsError::Unparseable { status: 502 }),
            CouldNotCheck::Cluster(ClusterError::Unparseable { status: 502 }),
            CouldNotCheck::Aws(AwsError::too_large()),
            CouldNotCheck::Cluster(ClusterError::ResponseTooLarge { limit_mib: 4 }),
            CouldNotCheck::Cluster(ClusterError::KubernetesForbidden {
                message: "configmaps is forbidden".into(),
            }),
            CouldNotCheck::Aws(AwsError::ClockSkew { seconds: -1200 }),
        ];
        for error in cases {
            assert_eq!(round_trip(error.clone()), error);
        }
    }

    #[test]
    fn json_kinds_are_the_ones_the_readme_lists() {
        let error = CouldNotCheck::Cluster(ClusterError::KubernetesUnreachable {
            cluster: "prod".into(),
        });
        let json = serde_json::to_value(&error).unwrap();
        assert_eq!(json["kind"], "kubernetes-unreachable");
        assert_eq!(error.kind(), "kubernetes-unreachable");
        // A case file written before the side was recorded still reads as the cluster's.
        let old = serde_json::json!({ "kind": "kubernetes-forbidden", "message": "no" });
        let read: CouldNotCheck = serde_json::from_value(old).unwrap();
        assert!(read.cluster().is_some());
    }

    #[test]
    fn every_cluster_kind_has_words_in_both_languages() {
        for lang in [Lang::En, Lang::Ja] {
            for kind in ClusterErrorKind::iter().map(ClusterErrorKind::id) {
                for prefix in ["cluster-error", "cluster-advice"] {
                    let id = format!("{prefix}-{kind}");
                    assert!(crate::i18n::has_message(lang, &id), "{lang:?} {id}");
                }
            }
        }
    }

    #[test]
    fn an_unreachable_endpoint_is_private_only_when_the_cluster_says_so() {
        let mut cluster = ClusterInfo {
            name: "prod".into(),
            ..ClusterInfo::default()
        };
        cluster.endpoint_public = Some(false);
        assert_eq!(
            ClusterError::unreachable(&cluster).kind(),
            "kubernetes-private-endpoint"
        );
        cluster.endpoint_public = None;
        assert_eq!(
            ClusterError::unreachable(&cluster).kind(),
            "kubernetes-unreachable"
        );
    }
}
