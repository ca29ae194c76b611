//! AWS configuration through aws-config's standard chain (environment, profiles, SSO, web
//! identity, container credentials, instance metadata), with every slow step bounded.

use std::borrow::Cow;
use std::future::Future;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use aws_config::BehaviorVersion;
use aws_config::default_provider::token::DefaultTokenChain;
use aws_config::ecs::EcsCredentialsProvider;
use aws_config::environment::EnvironmentVariableCredentialsProvider;
use aws_config::imds::credentials::ImdsCredentialsProvider;
use aws_config::imds::region::ImdsRegionProvider;
use aws_config::meta::credentials::CredentialsProviderChain;
use aws_config::meta::region::RegionProviderChain;
use aws_config::profile::{ProfileFileCredentialsProvider, ProfileFileRegionProvider};
use aws_config::provider_config::ProviderConfig;
use aws_config::retry::RetryConfig;
use aws_config::timeout::TimeoutConfig;
use aws_config::web_identity_token::WebIdentityTokenCredentialsProvider;
use aws_config::{Region, SdkConfig};
use aws_credential_types::provider::error::CredentialsError;
use aws_credential_types::provider::{ProvideCredentials, future};
use aws_runtime::env_config::file::EnvConfigFiles;
use aws_types::os_shim_internal::{Env, Fs};

use super::body_limit;
use super::error::AwsError;

/// Where the global STS endpoint is, for emulators; unset means `https://sts.amazonaws.com`
/// (which is only called when no endpoint override is in effect).
pub const GLOBAL_STS_ENDPOINT_VARIABLE: &str = "EKS_IAM_TUI_STS_GLOBAL_ENDPOINT";

/// Instance metadata answers within milliseconds on EC2; off EC2 nothing answers, and the
/// person should learn that at once rather than after the SDK's default retries.
const IMDS_CONNECT_TIMEOUT: Duration = Duration::from_millis(150);
const IMDS_READ_TIMEOUT: Duration = Duration::from_millis(300);
/// What every instance-metadata lookup of a session may take together (Region and
/// credentials): an endpoint that hangs or trickles a byte at a time costs this, no more.
pub const IMDS_TOTAL_LIMIT: Duration = Duration::from_millis(900);
const REGION_LOOKUP_LIMIT: Duration = Duration::from_millis(600);

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsSettings {
    /// The profile named on the command line or picked in the wizard; `None` leaves it to the
    /// environment (`AWS_PROFILE`, then `AWS_DEFAULT_PROFILE`). Only a named one sets keys in
    /// the environment aside.
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
    /// The profile named that the config files do not define: every call then fails with
    /// [`AwsError::ProfileNotFound`], as the AWS CLI stops at it.
    pub missing_profile: Option<String>,
}

/// The time instance metadata may still take in this session, shared by every lookup: the
/// SDK's own timeouts bound each read, not a server that sends one byte per read.
#[derive(Debug, Clone)]
struct MetadataBudget {
    spent: Arc<Mutex<Duration>>,
}

impl MetadataBudget {
    fn new() -> Self {
        MetadataBudget {
            spent: Arc::new(Mutex::new(Duration::ZERO)),
        }
    }

    fn remaining(&self) -> Duration {
        let spent = self.spent.lock().map(|s| *s).unwrap_or(IMDS_TOTAL_LIMIT);
        IMDS_TOTAL_LIMIT.saturating_sub(spent)
    }

    /// `lookup` within what is left of the budget; `None` when it did not finish in time.
    async fn run<T>(&self, lookup: impl Future<Output = T>) -> Option<T> {
        let remaining = self.remaining();
        if remaining.is_zero() {
            return None;
        }
        let started = Instant::now();
        let result = tokio::time::timeout(remaining, lookup).await.ok();
        if let Ok(mut spent) = self.spent.lock() {
            *spent += started.elapsed();
        }
        result
    }
}

/// Instance-metadata credentials within the session's [`MetadataBudget`].
#[derive(Debug)]
struct BoundedImdsCredentials {
    inner: ImdsCredentialsProvider,
    budget: MetadataBudget,
}

impl ProvideCredentials for BoundedImdsCredentials {
    fn provide_credentials<'a>(&'a self) -> future::ProvideCredentials<'a>
    where
        Self: 'a,
    {
        future::ProvideCredentials::new(async move {
            match self.budget.run(self.inner.provide_credentials()).await {
                Some(result) => result,
                // Not loaded, as when metadata is off: the chain says no credentials were found.
                None => Err(CredentialsError::not_loaded(format!(
                    "instance metadata did not answer within {} ms",
                    IMDS_TOTAL_LIMIT.as_millis()
                ))),
            }
        })
    }
}

/// Settings every provider shares: the bounded HTTP client (trusting `ca_bundle` when one is
/// named), so the credential providers' own calls (AssumeRole for a profile, SSO, web
/// identity, metadata) read through the body limit too.
fn provider_config(ca_bundle: Option<&Path>) -> ProviderConfig {
    ProviderConfig::default().with_http_client(body_limit::http_client(ca_bundle))
}

/// `key` in the selected profile (`profile`, else `AWS_PROFILE`, else `default`), read with
/// aws-config's own profile loader from the files the SDK reads.
pub(crate) async fn profile_value(profile: Option<String>, key: &str) -> Option<String> {
    profile_value_in(&Env::real(), &Fs::real(), profile, key).await
}

pub(crate) async fn profile_value_in(
    env: &Env,
    fs: &Fs,
    profile: Option<String>,
    key: &str,
) -> Option<String> {
    let selected = profile.filter(|p| !p.trim().is_empty()).map(Cow::Owned);
    let profiles = aws_config::profile::load(fs, env, &EnvConfigFiles::default(), selected)
        .await
        .ok()?;
    profiles
        .get(key)
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// What a session needs from the config files, read once: whether the profile named is
/// defined, and the CA bundle the AWS CLI would trust (`AWS_CA_BUNDLE`, else the selected
/// profile's `ca_bundle`).
struct ProfileFacts {
    named: ProfileNamed,
    ca_bundle: Option<PathBuf>,
}

async fn profile_facts(named: Option<&str>, selected: Option<&str>) -> ProfileFacts {
    let selected_name = selected.map(|name| Cow::Owned(name.to_owned()));
    let profiles = aws_config::profile::load(
        &Fs::real(),
        &Env::real(),
        &EnvConfigFiles::default(),
        selected_name,
    )
    .await
    .ok();
    let named = match named {
        None => ProfileNamed::No,
        Some(name)
            if profiles
                .as_ref()
                .is_some_and(|profiles| profiles.get_profile(name).is_some()) =>
        {
            ProfileNamed::Defined
        }
        Some(_) => ProfileNamed::Missing,
    };
    let ca_bundle = env_value("AWS_CA_BUNDLE")
        .or_else(|| {
            let value = profiles.as_ref()?.get("ca_bundle")?.trim();
            (!value.is_empty()).then(|| value.to_owned())
        })
        .map(PathBuf::from);
    ProfileFacts { named, ca_bundle }
}

fn imds_client(config: &ProviderConfig) -> aws_config::imds::Client {
    aws_config::imds::Client::builder()
        .configure(config)
        .connect_timeout(IMDS_CONNECT_TIMEOUT)
        .read_timeout(IMDS_READ_TIMEOUT)
        .operation_timeout(IMDS_TOTAL_LIMIT)
        .operation_attempt_timeout(IMDS_TOTAL_LIMIT)
        .max_attempts(1)
        .build()
}

async fn resolve_region(
    settings: &AwsSettings,
    config: &ProviderConfig,
    budget: &MetadataBudget,
) -> Option<String> {
    if let Some(region) = settings.region.as_deref().filter(|r| !r.trim().is_empty()) {
        return Some(region.trim().to_owned());
    }
    // Read here rather than by the SDK's provider, which takes `AWS_REGION=` for the Region "".
    if let Some(region) = env_value("AWS_REGION").or_else(|| env_value("AWS_DEFAULT_REGION")) {
        return Some(region);
    }
    let mut profile = ProfileFileRegionProvider::builder().configure(config);
    if let Some(name) = &settings.profile {
        profile = profile.profile_name(name);
    }
    let found = tokio::time::timeout(
        REGION_LOOKUP_LIMIT,
        RegionProviderChain::first_try(profile.build()).region(),
    )
    .await
    .ok()
    .flatten();
    if let Some(region) = found {
        return Some(region.as_ref().to_owned());
    }
    let imds = ImdsRegionProvider::builder()
        .configure(config)
        .imds_client(imds_client(config))
        .build();
    budget
        .run(imds.region())
        .await
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
pub fn effective_profile(given: Option<&str>) -> Option<String> {
    given
        .map(str::to_owned)
        .or_else(|| env_value("AWS_PROFILE"))
        .or_else(|| env_value("AWS_DEFAULT_PROFILE"))
        .or_else(|| std::env::var_os("AWS_PROFILE").map(|_| "default".to_owned()))
}

fn bounded_imds(config: &ProviderConfig, budget: &MetadataBudget) -> BoundedImdsCredentials {
    BoundedImdsCredentials {
        inner: ImdsCredentialsProvider::builder()
            .configure(config)
            .imds_client(imds_client(config))
            .build(),
        budget: budget.clone(),
    }
}

/// aws-config's default credential chain, in its order (environment, profile, web identity,
/// container, instance metadata), with instance metadata held to the session's budget. A
/// profile named on the command line (or picked in the wizard) leaves the environment's keys
/// out, as the AWS CLI does: `--profile prod` means prod even with `AWS_ACCESS_KEY_ID` set.
/// Whether a profile was named (on a command line or in the wizard), and found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum ProfileNamed {
    No,
    Defined,
    Missing,
}

fn credentials_chain(
    settings: &AwsSettings,
    profile_named: ProfileNamed,
    config: &ProviderConfig,
    budget: &MetadataBudget,
) -> CredentialsProviderChain {
    // A profile's `credential_source = Ec2InstanceMetadata` would otherwise get aws-config's
    // own metadata provider, outside the budget (a trickling endpoint then costs 10 s and more).
    let mut profile = ProfileFileCredentialsProvider::builder()
        .configure(config)
        .with_custom_provider("Ec2InstanceMetadata", bounded_imds(config, budget));
    if let Some(name) = &settings.profile {
        profile = profile.profile_name(name);
    }
    if profile_named == ProfileNamed::Missing {
        // The AWS CLI stops at a profile it cannot find (ProfileNotFound); aws-config would go
        // on to the container's or the instance's role, a principal nobody asked for. The
        // profile provider alone says the profile is not defined.
        return CredentialsProviderChain::first_try("Profile", profile.build());
    }
    let imds = bounded_imds(config, budget);
    let chain = if profile_named == ProfileNamed::Defined {
        CredentialsProviderChain::first_try("Profile", profile.build())
    } else {
        CredentialsProviderChain::first_try(
            "Environment",
            EnvironmentVariableCredentialsProvider::new(),
        )
        .or_else("Profile", profile.build())
    };
    chain
        .or_else(
            "WebIdentityToken",
            WebIdentityTokenCredentialsProvider::builder()
                .configure(config)
                .build(),
        )
        .or_else(
            "EcsContainer",
            EcsCredentialsProvider::builder().configure(config).build(),
        )
        .or_else("Ec2InstanceMetadata", imds)
}

pub async fn load_session(settings: &AwsSettings) -> AwsSession {
    let named = settings.profile.clone();
    let settings = &AwsSettings {
        profile: effective_profile(settings.profile.as_deref()),
        ..settings.clone()
    };
    let facts = profile_facts(named.as_deref(), settings.profile.as_deref()).await;
    let profile_named = facts.named;
    let budget = MetadataBudget::new();
    let ca_bundle = facts.ca_bundle;
    let base = provider_config(ca_bundle.as_deref());
    let region = resolve_region(settings, &base, &budget).await;

    let config = base.with_region(region.clone().map(Region::new));
    let credentials = credentials_chain(settings, profile_named, &config, &budget);
    // The bearer-token chain (SSO tokens), given the Region already found: left to itself,
    // the loader builds it with a Region chain of its own, instance metadata included, that
    // takes a second or more when no Region is set and metadata does not answer.
    let mut token = DefaultTokenChain::builder().region(region.clone().map(Region::new));
    if let Some(name) = &settings.profile {
        token = token.profile_name(name);
    }
    let token = token.build().await;
    let timeouts = TimeoutConfig::builder()
        .connect_timeout(settings.connect_timeout)
        .read_timeout(settings.call_timeout)
        .operation_attempt_timeout(settings.call_timeout)
        .operation_timeout(settings.call_timeout)
        .build();
    let mut loader = aws_config::defaults(BehaviorVersion::latest())
        .http_client(body_limit::http_client(ca_bundle.as_deref()))
        .credentials_provider(credentials)
        .token_provider(token)
        .timeout_config(timeouts)
        // One retry smooths a blip; more would stretch a dead endpoint past its timeout.
        .retry_config(RetryConfig::standard().with_max_attempts(2))
        // An explicit value (possibly none) keeps the loader from running its own,
        // unbounded, region chain.
        .region(region.clone().map(Region::new));
    if let Some(name) = &settings.profile {
        loader = loader.profile_name(name);
    }
    let config = loader.load().await;
    AwsSession {
        config,
        region,
        settings: settings.clone(),
        missing_profile: settings
            .profile
            .clone()
            .filter(|_| profile_named == ProfileNamed::Missing),
    }
}

/// Whether `value` names an endpoint override for `service` in the environment.
pub(crate) fn endpoint_override(service_env_suffix: &str) -> Option<String> {
    let get = |name: &str| std::env::var(name).ok().filter(|v| !v.trim().is_empty());
    get(&format!("AWS_ENDPOINT_URL_{service_env_suffix}")).or_else(|| get("AWS_ENDPOINT_URL"))
}

/// The credentials of the session's chain (the same chain the probes sign with), within
/// `limit`: an SSO or instance-metadata step that hangs must not hang the tool.
pub async fn session_credentials(
    config: &SdkConfig,
    limit: Duration,
) -> Result<aws_credential_types::Credentials, AwsError> {
    let provider = config
        .credentials_provider()
        .ok_or_else(|| AwsError::NoCredentials {
            detail: "no credentials provider".into(),
        })?;
    match tokio::time::timeout(limit, provider.provide_credentials()).await {
        Err(_) => Err(AwsError::Timeout),
        Ok(Ok(credentials)) => Ok(credentials),
        Ok(Err(CredentialsError::ProviderTimedOut(_))) => Err(AwsError::Timeout),
        Ok(Err(error)) => Err(AwsError::NoCredentials {
            detail: error.to_string(),
        }),
    }
}
