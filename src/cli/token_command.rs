//! `eks-iam-tui token --cluster C [--region R] [--profile P]`: prints an ExecCredential with
//! the EKS bearer token, so the tool can stand in for `aws eks get-token` as a kubeconfig exec
//! plugin. The token is the only secret ever printed, and only inside the ExecCredential.

use std::time::{Duration, SystemTime};

use super::Cli;
use super::error::CliError;
use super::output::{Form, say, write_stdout};
use crate::aws::{AwsError, AwsSettings, load_session, session_credentials};
use crate::aws::{ExecInfoWarning, exec_api_version, exec_credential, make_token};
use crate::check_run;
use crate::i18n::Lang;
use crate::tr;

/// The longest the credential chain may take (SSO, a web identity exchange, metadata).
const CREDENTIALS_LIMIT: Duration = Duration::from_secs(20);

pub fn run_token(cli: &Cli, lang: Lang) -> Result<u8, CliError> {
    let cluster = cli
        .context
        .cluster
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
        .ok_or(CliError::NoCluster)?;
    let settings = AwsSettings {
        profile: cli.profile.clone(),
        region: cli.context.region.clone(),
        ..AwsSettings::default()
    };
    let runtime = check_run::runtime().map_err(CliError::Terminal)?;
    let loaded = runtime.block_on(async {
        let session = load_session(&settings).await;
        if let Some(profile) = session.missing_profile.clone() {
            return Err(AwsError::ProfileNotFound { profile });
        }
        let region = session.region.clone().ok_or(AwsError::NoRegion)?;
        let credentials = session_credentials(&session.config, CREDENTIALS_LIMIT).await?;
        Ok::<_, AwsError>((region, credentials))
    });
    runtime.shutdown_background();
    let (region, credentials) = loaded.map_err(CliError::Token)?;
    let token =
        make_token(&credentials, &region, cluster, SystemTime::now()).map_err(CliError::Signing)?;
    let exec_info = std::env::var("KUBERNETES_EXEC_INFO").ok();
    let (version, warning) = exec_api_version(exec_info.as_deref());
    // As the AWS CLI does: a word on standard error, the credential alone on stdout.
    if let Some(warning) = warning {
        let id = match warning {
            ExecInfoWarning::Malformed => "token-warning-exec-info-malformed",
            ExecInfoWarning::Unrecognized => "token-warning-exec-info-unrecognized",
            ExecInfoWarning::Deprecated => "token-warning-exec-info-deprecated",
        };
        say(&tr!(lang, id, version = version));
    }
    write_stdout(&(exec_credential(&token, version) + "\n"), Form::Exact)?;
    Ok(0)
}
