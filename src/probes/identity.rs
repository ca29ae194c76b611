//! `sts:GetCallerIdentity`: who the caller is. Needs no permission and cannot be denied.

use super::sts_endpoints::{profile_value, selected_profile};
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
    let via_profile = role_profile(api.profile_name()).await;
    let summary = match &via_profile {
        None => Text::new("probe-identity-ok"),
        Some((profile, role)) => Text::new("probe-identity-ok-role-profile")
            .arg("profile", profile.clone())
            .arg("role", role.clone()),
    };
    let mut body = ProbeBody::new(
        Outcome::Ok,
        summary.arg("arn", identity.arn.clone()).arg("kind", kind),
    )
    .evidence("arn", identity.arn.clone())
    .evidence("account", identity.account.clone())
    .evidence("principal_kind", kind)
    .evidence("partition", partition)
    .evidence("canonical_arn", canonical)
    .evidence(
        "credentials_via_role_profile",
        via_profile.map(|(profile, role)| format!("{profile}: {role}")),
    );
    body.data = ProbeData::Identity(identity);
    body
}

/// The selected profile and its `role_arn`, when the credential chain got the credentials by
/// calling `sts:AssumeRole` for that profile (as the AWS CLI does): the profile names a role and
/// where the first credentials come from, and no access key in the environment came first.
async fn role_profile(profile: Option<String>) -> Option<(String, String)> {
    let set = |name: &str| std::env::var(name).is_ok_and(|v| !v.trim().is_empty());
    if set("AWS_ACCESS_KEY_ID") {
        return None;
    }
    let role = profile_value(profile.clone(), "role_arn").await?;
    let chained = profile_value(profile.clone(), "source_profile")
        .await
        .is_some()
        || profile_value(profile.clone(), "credential_source")
            .await
            .is_some();
    chained.then(|| (selected_profile(profile), role))
}
