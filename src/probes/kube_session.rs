//! What the Kubernetes probes share: the cluster they ask, the caller as the cluster sees it,
//! and how a failed question becomes a *could not check* with its reason.

use super::runner::Deps;
use super::{ProbeBody, ProbeData, ProbeId, ResolvedPrincipal};
use crate::aws::{AwsApi, AwsError, ClusterInfo};
use crate::kube::{KubeError, KubeTarget, KubeUser};

/// Handed on by `k8s-identity` once the cluster has accepted the caller.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubeSession {
    pub target: KubeTarget,
    pub user: KubeUser,
    pub principal: ResolvedPrincipal,
    pub cluster: ClusterInfo,
}

pub(super) fn session(deps: &Deps) -> Option<&KubeSession> {
    match deps.get(&ProbeId::K8sIdentity).map(|r| &r.data) {
        Some(ProbeData::Kubernetes(session)) => Some(session),
        _ => None,
    }
}

/// The cluster's API server, when `DescribeCluster` named one with its CA.
pub(super) fn target(cluster: &ClusterInfo) -> Option<KubeTarget> {
    let endpoint = cluster.endpoint.clone().filter(|e| !e.trim().is_empty())?;
    let certificate_authority = cluster
        .certificate_authority
        .clone()
        .filter(|c| !c.trim().is_empty())?;
    Some(KubeTarget {
        cluster: cluster.name.clone(),
        endpoint,
        certificate_authority,
    })
}

/// The bearer token the cluster is asked with, made on the AWS side; when it cannot be made,
/// the could-not-check that says why.
pub(super) async fn bearer_token<A: AwsApi>(
    api: &A,
    cluster: &ClusterInfo,
) -> Result<String, ProbeBody> {
    api.bearer_token(cluster.name.clone())
        .await
        .map_err(|error| ProbeBody::unknown(token_failure(cluster, error)))
}

/// From outside its VPC a private-only endpoint looks like any unreachable host; the cluster's
/// own settings tell the two apart. A public endpoint that does not answer: a firewall, a
/// proxy, or public access limited to other address ranges (publicAccessCidrs); AWS's own
/// endpoints are not to blame.
fn unreachable(cluster: &ClusterInfo) -> AwsError {
    if cluster.endpoint_public == Some(false) {
        AwsError::KubernetesPrivateEndpoint {
            cluster: cluster.name.clone(),
        }
    } else {
        AwsError::KubernetesUnreachable {
            cluster: cluster.name.clone(),
        }
    }
}

/// Why no token could be made. Credentials that did not come in time are reported as the
/// cluster not answering, as the question to the cluster is what waited.
fn token_failure(cluster: &ClusterInfo, error: AwsError) -> AwsError {
    match error {
        AwsError::Timeout
        | AwsError::ConnectionRefused
        | AwsError::Dns
        | AwsError::Network { .. } => unreachable(cluster),
        other => other,
    }
}

/// Why the cluster could not be asked, as a could-not-check.
pub(super) fn failure(cluster: &ClusterInfo, error: KubeError) -> AwsError {
    match error {
        KubeError::Unauthorized => AwsError::KubernetesStatus {
            code: 401,
            reason: "Unauthorized".into(),
            message: String::new(),
        },
        KubeError::Forbidden { message } => AwsError::KubernetesForbidden { message },
        KubeError::Status {
            code,
            reason,
            message,
        } => AwsError::KubernetesStatus {
            code,
            reason,
            message,
        },
        KubeError::NoEndpoint { cluster } => AwsError::KubernetesNoEndpoint { cluster },
        KubeError::Untrusted { detail } => AwsError::KubernetesUntrusted { detail },
        KubeError::Unparseable { status } => AwsError::Unparseable { status },
        KubeError::TooLarge => AwsError::too_large(),
        KubeError::Unreachable(_) => unreachable(cluster),
    }
}

pub(super) fn could_not_ask(cluster: &ClusterInfo, error: KubeError) -> ProbeBody {
    ProbeBody::unknown(failure(cluster, error))
}
