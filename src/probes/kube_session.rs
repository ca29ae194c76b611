//! What the Kubernetes probes share: the cluster they ask, the caller as the cluster sees it,
//! and how a failed question becomes a *could not check* with its reason.

use super::runner::Deps;
use super::{ClusterError, CouldNotCheck, ProbeBody, ProbeData, ProbeId, ResolvedPrincipal};
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

/// Why no token could be made. Credentials that did not come in time are reported as the
/// cluster not answering, as the question to the cluster is what waited.
fn token_failure(cluster: &ClusterInfo, error: AwsError) -> CouldNotCheck {
    match error {
        AwsError::Timeout
        | AwsError::ConnectionRefused
        | AwsError::Dns
        | AwsError::Network { .. } => ClusterError::unreachable(cluster).into(),
        other => other.into(),
    }
}

pub(super) fn could_not_ask(cluster: &ClusterInfo, error: KubeError) -> ProbeBody {
    ProbeBody::unknown(ClusterError::from_kube(cluster, error))
}
