//! What the Kubernetes probes share: the cluster they ask, the caller as the cluster sees it,
//! and how a failed question becomes a *could not check* with its reason.

use super::runner::Deps;
use super::{ClusterError, CouldNotCheck, ProbeBody, ProbeData, ProbeId, ResolvedPrincipal};
use crate::aws::{AwsApi, AwsError, ClusterInfo};
use crate::kube::{KubeError, KubeTarget, KubeUser};

/// Handed on by `k8s-identity` once the cluster has accepted the caller: the later checks ask
/// with the same token, so they answer for the same principal (the checks' own, or kubectl's).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubeSession {
    pub target: KubeTarget,
    pub user: KubeUser,
    pub principal: ResolvedPrincipal,
    pub cluster: ClusterInfo,
    pub token: BearerToken,
}

/// Whose identity the cluster was asked as.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AskedAs {
    /// The credentials the checks run with.
    Checks,
    /// The identity kubectl's exec plugin signs as.
    Kubectl,
}

impl AskedAs {
    /// `checks` or `kubectl`, as the evidence says it.
    pub fn id(&self) -> &'static str {
        match self {
            AskedAs::Checks => "checks",
            AskedAs::Kubectl => "kubectl",
        }
    }
}

/// An EKS bearer token: a presigned request anyone holding it may replay for 15 minutes, so
/// it is never printed, not even in a debug dump.
#[derive(Clone, PartialEq, Eq)]
pub struct BearerToken(String);

impl BearerToken {
    pub fn new(token: String) -> BearerToken {
        BearerToken(token)
    }

    pub fn text(&self) -> String {
        self.0.clone()
    }
}

impl std::fmt::Debug for BearerToken {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("BearerToken(..)")
    }
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
