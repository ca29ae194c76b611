//! AWS configuration through aws-config's standard chain (environment, profiles, SSO, web
//! identity, container credentials, instance metadata), with every slow step bounded.

use std::time::Duration;

use aws_config::BehaviorVersion;
use aws_config::default_provider::credentials::DefaultCredentialsChain;
use aws_config::imds::region::ImdsRegionProvider;
use aws_config::meta::region::RegionProviderChain;
use aws_config::profile::ProfileFileRegionProvider;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::{Region, SdkConfig};

/// Where the global STS endpoint is, for emulators; unset means `https://sts.amazonaws.com`
/// (which is only called when no endpoint override is in effect).
pub const GLOBAL_STS_ENDPOINT_VARIABLE: &str = "EKS_IAM_TUI_STS_GLOBAL_ENDPOINT";

/// Instance metadata answers within milliseconds on EC2; off EC2 nothing answers, and the
/// person should learn that at once rather than after the SDK's default retries.
const IMDS_CONNECT_TIMEOUT: Duration = Duration::from_millis(150);
const IMDS_READ_TIMEOUT: Duration = Duration::from_millis(300);
const REGION_LOOKUP_LIMIT: Duration = Duration::from_millis(600);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsSettings {
    pub profile: Option<String>,
    pub region: Option<String>,
    pub connect_timeout: Duration,
    pub call_timeout: Duration,
}

impl Default for AwsSettings {
    fn default() -> Self {
        AwsSettings {
            profile: None,
            region: None,
            connect_timeout: Duration::from_secs(3),
            call_timeout: Duration::from_secs(10),
        }
    }
}

/// The loaded configuration. `region` is `None` when nothing names one: a finding, never a
/// silent default.
#[derive(Debug, Clone)]
pub struct AwsSession {
    pub config: SdkConfig,
    pub region: Option<String>,
    pub settings: AwsSettings,
}

fn imds_client() -> aws_config::imds::Client {
    aws_config::imds::Client::builder()
        .connect_timeout(IMDS_CONNECT_TIMEOUT)
        .read_timeout(IMDS_READ_TIMEOUT)
        .max_attempts(1)
        .build()
}

async fn resolve_region(settings: &AwsSettings) -> Option<String> {
    if let Some(region) = settings.region.as_deref().filter(|r| !r.trim().is_empty()) {
        return Some(region.trim().to_owned());
    }
    // Read here rather than by the SDK's provider, which takes `AWS_REGION=` for the Region "".
    if let Some(region) = env_value("AWS_REGION").or_else(|| env_value("AWS_DEFAULT_REGION")) {
        return Some(region);
    }
    let mut profile = ProfileFileRegionProvider::builder();
    if let Some(name) = &settings.profile {
        profile = profile.profile_name(name);
    }
    let chain = RegionProviderChain::first_try(profile.build()).or_else(
        ImdsRegionProvider::builder()
            .imds_client(imds_client())
            .build(),
    );
    tokio::time::timeout(REGION_LOOKUP_LIMIT, chain.region())
        .await
        .ok()
        .flatten()
        .map(|r| r.as_ref().to_owned())
}

/// An environment variable with a value: empty counts as unset, as the AWS CLI reads it.
pub(crate) fn env_value(name: &str) -> Option<String> {
    std::env::var(name)
        .ok()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty())
}

/// The profile to use: `--profile`, else `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE`; an empty
/// `AWS_PROFILE=` names the default profile rather than one called "".
fn effective_profile(given: Option<&str>) -> Option<String> {
    given
        .map(str::to_owned)
        .or_else(|| env_value("AWS_PROFILE"))
        .or_else(|| env_value("AWS_DEFAULT_PROFILE"))
        .or_else(|| std::env::var_os("AWS_PROFILE").map(|_| "default".to_owned()))
}

pub async fn load_session(settings: &AwsSettings) -> AwsSession {
    let settings = &AwsSettings {
        profile: effective_profile(settings.profile.as_deref()),
        ..settings.clone()
    };
    let region = resolve_region(settings).await;
    let mut credentials = DefaultCredentialsChain::builder().imds_client(imds_client());
    if let Some(name) = &settings.profile {
        credentials = credentials.profile_name(name);
    }
    if let Some(region) = &region {
        credentials = credentials.region(Region::new(region.clone()));
    }
    let credentials = credentials.build().await;
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(settings.connect_timeout)
        .read_timeout(settings.call_timeout)
        .operation_attempt_timeout(settings.call_timeout)
        .operation_timeout(settings.call_timeout)
        .build();
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .credentials_provider(credentials)
        .timeout_config(timeouts)
        // One retry smooths a blip; more would stretch a dead endpoint past its timeout.
        .retry_config(RetryConfig::standard().with_max_attempts(2))
        // An explicit value (possibly none) keeps the loader from running its own,
        // unbounded, region chain.
        .region(region.clone().map(Region::new));
    if let Some(name) = &settings.profile {
        loader = loader.profile_name(name);
    }
    AwsSession {
        config: loader.load().await,
        region,
        settings: settings.clone(),
    }
}

/// Whether `value` names an endpoint override for `service` in the environment.
pub(crate) fn endpoint_override(service_env_suffix: &str) -> Option<String> {
    let get = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    get(&format!("AWS_ENDPOINT_URL_{service_env_suffix}")).or_else(|| get("AWS_ENDPOINT_URL"))
}
