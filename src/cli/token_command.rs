//! `eks-iam-tui token --cluster C [--region R] [--profile P]`: prints an ExecCredential with
//! the EKS bearer token, so the tool can stand in for `aws eks get-token` as a kubeconfig exec
//! plugin. The token is the only secret ever printed, and only inside the ExecCredential.

use std::time::{Duration, SystemTime};

use super::output::{Form, OutputError, say, write_stdout};
use super::{Cli, EXIT_USAGE};
use crate::aws::{AwsError, AwsSettings, load_session};
use crate::i18n::Lang;
use crate::kube::{
    ExecInfoWarning, exec_api_version, exec_credential, make_token, session_credentials,
};
use crate::tr;

/// The longest the credential chain may take (SSO, a web identity exchange, metadata).
const CREDENTIALS_LIMIT: Duration = Duration::from_secs(20);

pub fn run_token(cli: &Cli, lang: Lang) -> Result<u8, OutputError> {
    let Some(cluster) = cli
        .context
        .cluster
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    else {
        say(&tr!(lang, "token-error-no-cluster"));
        return Ok(EXIT_USAGE);
    };
    let settings = AwsSettings {
        profile: cli.profile.clone(),
        region: cli.context.region.clone(),
        ..AwsSettings::default()
    };
    let runtime = match tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            say(&tr!(lang, "error-terminal", details = error.to_string()));
            return Ok(1);
        }
    };
    let loaded = runtime.block_on(async {
        let session = load_session(&settings).await;
        let region = session.region.clone().ok_or(AwsError::NoRegion)?;
        let credentials = session_credentials(&session.config, CREDENTIALS_LIMIT).await?;
        Ok::<_, AwsError>((region, credentials))
    });
    runtime.shutdown_background();
    let (region, credentials) = match loaded {
        Ok(loaded) => loaded,
        Err(error) => {
            say(&tr!(
                lang,
                "token-error-aws",
                details = error.describe(lang)
            ));
            return Ok(1);
        }
    };
    match make_token(&credentials, &region, cluster, SystemTime::now()) {
        Ok(token) => {
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
        Err(error) => {
            say(&tr!(
                lang,
                "token-error-signing",
                details = error.to_string()
            ));
            Ok(1)
        }
    }
}
