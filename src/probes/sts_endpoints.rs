//! STS endpoints: what the environment configures, and `GetCallerIdentity` against the
//! configured (normally regional) endpoint and the global one, signed for us-east-1.

use serde_json::Value;

use super::{Finding, Outcome, ProbeBody, ProbeInput, Severity, Text};
use crate::aws::{AwsApi, AwsError, GLOBAL_STS_ENDPOINT_VARIABLE, StsEndpoint};

const GLOBAL_HOST: &str = "sts.amazonaws.com";

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// The largest shared config file read; anything bigger is not a config file.
const MAX_CONFIG_BYTES: u64 = 1024 * 1024;

/// `key` in the section of `profile` of a shared AWS config file (`[default]`, or
/// `[profile NAME]`; `[profile default]` too). Nested settings (indented under a key) are not
/// top-level values and are skipped.
pub(crate) fn config_value(text: &str, profile: &str, key: &str) -> Option<String> {
    let mut in_section = false;
    let mut found = None;
    for line in text.lines() {
        let trimmed = line.trim();
        if trimmed.is_empty() || trimmed.starts_with('#') || trimmed.starts_with(';') {
            continue;
        }
        if let Some(header) = trimmed.strip_prefix('[').and_then(|h| h.strip_suffix(']')) {
            let header = header.trim();
            let name = header
                .strip_prefix("profile ")
                .map(str::trim)
                .unwrap_or(header);
            // `[default]` and `[profile default]` both name the default profile; any other
            // header names a profile only with the `profile ` prefix.
            in_section = name == profile && (header.starts_with("profile ") || name == "default");
            continue;
        }
        if !in_section || line.starts_with(char::is_whitespace) {
            continue;
        }
        if let Some((name, value)) = trimmed.split_once('=')
            && name.trim().eq_ignore_ascii_case(key)
        {
            let value = value.trim();
            found = (!value.is_empty()).then(|| value.to_owned());
        }
    }
    found
}

/// The profile the credential chain reads: `--profile`, else `AWS_PROFILE`, else `default`.
pub(crate) fn selected_profile(profile: Option<String>) -> String {
    profile
        .or_else(|| env("AWS_PROFILE"))
        .or_else(|| env("AWS_DEFAULT_PROFILE"))
        .unwrap_or_else(|| "default".to_owned())
}

/// `key` in the selected profile of the shared config file.
pub(crate) fn profile_value(profile: Option<String>, key: &str) -> Option<String> {
    let profile = selected_profile(profile);
    let path = env("AWS_CONFIG_FILE")
        .map(std::path::PathBuf::from)
        .or_else(|| env("HOME").map(|home| std::path::Path::new(&home).join(".aws/config")))?;
    // Only a regular file of a sane size: a FIFO or a device would block or never end.
    let metadata = std::fs::metadata(&path).ok()?;
    if !metadata.is_file() || metadata.len() > MAX_CONFIG_BYTES {
        return None;
    }
    let text = std::fs::read_to_string(&path).ok()?;
    config_value(&text, &profile, key)
}

/// What the selected profile of the shared config file says about STS endpoints.
fn profile_setting(profile: Option<String>) -> Option<String> {
    profile_value(profile, "sts_regional_endpoints")
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
    .evidence(
        "sts_regional_endpoints_profile",
        profile_setting(api.profile_name()),
    )
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

#[cfg(test)]
mod tests {
    use super::config_value;

    const CONFIG: &str = "\
[default]
region = us-east-1
sts_regional_endpoints = legacy

[profile team]
region = ap-northeast-1
s3 =
  sts_regional_endpoints = nested-not-top-level
# sts_regional_endpoints = commented
sts_regional_endpoints = regional

[profile other]
region = eu-west-1

[team]
sts_regional_endpoints = a-credentials-file-style-header
";

    #[test]
    fn reads_the_setting_of_the_selected_profile() {
        let get = |profile| config_value(CONFIG, profile, "sts_regional_endpoints");
        assert_eq!(get("default").as_deref(), Some("legacy"));
        assert_eq!(get("team").as_deref(), Some("regional"));
        assert_eq!(get("other"), None);
        assert_eq!(get("missing"), None);
    }

    #[test]
    fn profile_default_is_the_default_profile_too() {
        let text = "[profile default]\nsts_regional_endpoints = regional\n";
        assert_eq!(
            config_value(text, "default", "sts_regional_endpoints").as_deref(),
            Some("regional")
        );
    }
}
