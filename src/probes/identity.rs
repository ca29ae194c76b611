//! `sts:GetCallerIdentity`: who the caller is. Needs no permission and cannot be denied.

use super::{Outcome, ProbeBody, ProbeData, ProbeInput, Text};
use crate::arn::Principal;
use crate::aws::{AwsApi, StsEndpoint};

pub async fn run<A: AwsApi>(api: &A, _input: &ProbeInput) -> ProbeBody {
    let identity = match api.caller_identity(StsEndpoint::Configured).await {
        Ok(identity) => identity,
        Err(error) => return ProbeBody::unknown(error),
    };
    let principal = Principal::parse(&identity.arn).ok();
    let kind = principal.as_ref().map(|p| p.kind.id()).unwrap_or("unknown");
    let canonical = principal
        .as_ref()
        .map(Principal::canonical_arn)
        .unwrap_or_else(|| identity.arn.clone());
    let partition = principal
        .as_ref()
        .map(|p| p.arn.partition.clone())
        .unwrap_or_default();
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-identity-ok")
            .arg("arn", identity.arn.clone())
            .arg("kind", kind),
    )
    .evidence("arn", identity.arn.clone())
    .evidence("account", identity.account.clone())
    .evidence("principal_kind", kind)
    .evidence("partition", partition)
    .evidence("canonical_arn", canonical);
    body.data = ProbeData::Identity(identity);
    body
}
