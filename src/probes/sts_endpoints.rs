//! STS endpoints: what the environment configures, and `GetCallerIdentity` against the
//! configured (normally regional) endpoint and the global one, signed for us-east-1.

use aws_types::os_shim_internal::{Env, Fs};
use serde_json::Value;

use super::{Finding, FindingCode, Outcome, ProbeBody, ProbeInput, Severity, Text};
use crate::aws::{
    AwsApi, AwsError, GLOBAL_STS_ENDPOINT_VARIABLE, StsEndpoint, profile_value_in, sts_host,
};
use crate::remediation::{Word, export, kubectl};

const GLOBAL_HOST: &str = "sts.amazonaws.com";

fn env(name: &str) -> Option<String> {
    std::env::var(name).ok().filter(|v| !v.trim().is_empty())
}

/// What the selected profile says about STS endpoints, read with aws-config's own profile loader:
/// the files the SDK reads (`AWS_CONFIG_FILE` and `AWS_SHARED_CREDENTIALS_FILE`, else `~/.aws/`),
/// its parser, and its profile selection (`--profile`, else `AWS_PROFILE`, else `default`), so
/// the evidence describes the profile the calls themselves were made with.
async fn profile_setting(profile: Option<String>) -> Option<String> {
    profile_setting_in(&Env::real(), &Fs::real(), profile).await
}

async fn profile_setting_in(env: &Env, fs: &Fs, profile: Option<String>) -> Option<String> {
    profile_value_in(env, fs, profile, "sts_regional_endpoints").await
}

pub(crate) use crate::aws::profile_value;

/// The name of the profile aws-config's loader selects: `--profile` (or what the session
/// settled on), else `AWS_PROFILE`, else `default`.
pub(crate) fn selected_profile(profile: Option<String>) -> String {
    profile
        .filter(|p| !p.trim().is_empty())
        .or_else(|| env("AWS_PROFILE"))
        .unwrap_or_else(|| "default".to_owned())
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
        profile_setting(api.profile_name()).await,
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
            Finding::new(FindingCode::StsGlobalEndpointRegion, Severity::Error)
                .arg("region", region.clone())
                .command(export(
                    "AWS_ENDPOINT_URL_STS",
                    &format!(
                        "https://{}",
                        sts_host(&region).unwrap_or_else(|| format!("sts.{region}.amazonaws.com"))
                    ),
                ))
                .command(
                    kubectl(&input.commands, "annotate", |command| {
                        command
                            .value("serviceaccount")
                            .flag("-n")
                            .word(Word::Placeholder("<namespace>"))
                            .word(Word::Placeholder("<service-account>"))
                            .value("eks.amazonaws.com/sts-regional-endpoints=true")
                            .flag("--overwrite")
                    })
                    .to_string(),
                ),
        );
        return body;
    }
    if let Err(error) = configured {
        return ProbeBody {
            outcome: Outcome::Unknown(error.into()),
            ..body
        };
    }
    body
}

#[cfg(test)]
mod tests {
    use super::{Env, Fs, profile_setting_in};

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

    fn read(config: &str, vars: &[(&str, &str)], profile: Option<&str>) -> Option<String> {
        let mut all = vec![
            ("HOME", "/home/someone"),
            ("AWS_CONFIG_FILE", "/cfg/config"),
        ];
        all.extend_from_slice(vars);
        let env = Env::from_slice(&all);
        let fs = Fs::from_slice(&[("/cfg/config", config)]);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime for the test");
        runtime.block_on(profile_setting_in(&env, &fs, profile.map(str::to_owned)))
    }

    #[test]
    fn reads_the_setting_of_the_selected_profile() {
        let get = |profile| read(CONFIG, &[], Some(profile));
        assert_eq!(get("default").as_deref(), Some("legacy"));
        assert_eq!(get("team").as_deref(), Some("regional"));
        assert_eq!(get("other"), None);
        assert_eq!(get("missing"), None);
    }

    #[test]
    fn the_profile_comes_from_aws_profile_else_default() {
        assert_eq!(read(CONFIG, &[], None).as_deref(), Some("legacy"));
        assert_eq!(
            read(CONFIG, &[("AWS_PROFILE", "team")], None).as_deref(),
            Some("regional")
        );
        // --profile wins over the environment, as it does for the calls.
        assert_eq!(
            read(CONFIG, &[("AWS_PROFILE", "team")], Some("other")),
            None
        );
    }

    #[test]
    fn profile_default_is_the_default_profile_too() {
        let text = "[profile default]\nsts_regional_endpoints = regional\n";
        assert_eq!(
            read(text, &[], Some("default")).as_deref(),
            Some("regional")
        );
    }

    #[test]
    fn no_config_file_is_no_setting() {
        let env = Env::from_slice(&[("HOME", "/home/someone")]);
        let fs = Fs::from_slice(&[]);
        let runtime = tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a runtime for the test");
        assert_eq!(runtime.block_on(profile_setting_in(&env, &fs, None)), None);
    }
}
