//! The Kubernetes side of EKS access: the bearer token `aws eks get-token` makes, so the tool
//! can ask the cluster itself who the caller is and what it may do.

pub mod access;
pub mod client;
pub mod clock;
pub mod request_log;
pub mod token;

pub use access::AccessQuestion;
pub use client::{AccessAnswer, KubeClient, KubeError, KubeLimits, KubeTarget, KubeUser};
pub use clock::ClockSkew;
pub use token::{
    DecodedToken, EksToken, ExecInfoWarning, TokenError, TokenRejection, check_token, decode_token,
    exec_api_version, exec_credential, make_token, sts_host,
};

use std::time::Duration;

use aws_config::SdkConfig;
use aws_credential_types::Credentials;
use aws_credential_types::provider::ProvideCredentials;
use aws_credential_types::provider::error::CredentialsError;

use crate::aws::AwsError;

/// The credentials of the session's chain (the same chain the probes sign with), within
/// `limit`: an SSO or instance-metadata step that hangs must not hang the tool.
pub async fn session_credentials(
    config: &SdkConfig,
    limit: Duration,
) -> Result<Credentials, AwsError> {
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
