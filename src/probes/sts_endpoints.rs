//! STS endpoints: what the environment configures, and `GetCallerIdentity` against the
//! configured (normally regional) endpoint and the global one, signed for us-east-1.

use serde_json::Value;

use super::{Finding, Outcome, ProbeBody, ProbeInput, Severity, Text};
use crate::aws::{AwsApi, AwsError, GLOBAL_STS_ENDPOINT_VARIABLE, StsEndpoint};

const GLOBAL_HOST: &str = "sts.amazonaws.com";

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

fn call_result<T>(result: &Result<T, AwsError>) -> Value {
    match result {
        Ok(_) => Value::from("ok"),
        Err(error) => Value::from(error.kind()),
    }
}

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput) -> ProbeBody {
    let region = input.region.clone().unwrap_or_default();
    let override_url = api.sts_override();
    let irsa = env("AWS_ROLE_ARN").is_some() && env("AWS_WEB_IDENTITY_TOKEN_FILE").is_some();
    let pod_identity = env("AWS_CONTAINER_CREDENTIALS_FULL_URI").is_some();
    let mut body = ProbeBody::new(
        Outcome::Ok,
        Text::new("probe-sts-endpoints-ok").arg("region", region.clone()),
    )
    .evidence("region", input.region.clone())
    .evidence("sts_regional_endpoints", env("AWS_STS_REGIONAL_ENDPOINTS"))
    .evidence("endpoint_override", override_url.clone())
    .evidence("irsa", irsa)
    .evidence("pod_identity", pod_identity);
    let configured = api.caller_identity(StsEndpoint::Configured).await;
    body = body.evidence("configured_call", call_result(&configured));
    let override_is_global = override_url.as_deref().is_some_and(|u| {
        u.trim_end_matches('/')
            .rsplit("//")
            .next()
            .is_some_and(|host| host.eq_ignore_ascii_case(GLOBAL_HOST))
    });
    let scoped_mismatch = matches!(
        &configured,
        Err(AwsError::SignatureMismatch { message }) if message.contains("scoped to a valid region")
    );
    // The global endpoint is only called where it is the real one, or where an emulator
    // says where its stand-in is; never by accident from a test.
    let may_call_global = override_url.is_none() || env(GLOBAL_STS_ENDPOINT_VARIABLE).is_some();
    if may_call_global {
        let global = api
            .caller_identity(StsEndpoint::Global {
                signing_region: "us-east-1".into(),
            })
            .await;
        body = body.evidence("global_call_us_east_1", call_result(&global));
    } else {
        body = body.evidence("global_call_us_east_1", "not-checked");
    }
    if (override_is_global && region != "us-east-1") || scoped_mismatch {
        body.outcome = Outcome::Problem;
        body.summary = Text::new("probe-sts-endpoints-global").arg("region", region.clone());
        body = body.finding(
            Finding::new("sts-global-endpoint-region", Severity::Error)
                .arg("region", region.clone())
                .command(format!(
                    "export AWS_ENDPOINT_URL_STS=https://sts.{region}.amazonaws.com"
                ))
                .command(
                    "kubectl annotate serviceaccount -n <namespace> <service-account> eks.amazonaws.com/sts-regional-endpoints=true --overwrite".to_owned(),
                ),
        );
        return body;
    }
    if let Err(error) = configured {
        return ProbeBody {
            outcome: Outcome::Unknown(error),
            ..body
        };
    }
    body
}
