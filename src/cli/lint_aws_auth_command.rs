//! `eks-iam-tui lint-aws-auth [FILE|-]`: lint a pasted aws-auth ConfigMap, answer for
//! `--principal-arn`, and print the fix. Exit 0 without error findings, 1 with, 2 when the
//! input cannot be read.

use super::error::{AccessEntriesError, CliError};
use super::output::{Form, write_stdout};
use super::{Cli, LintAwsAuthArgs, LintFormat};
use crate::aws::printed_profile;
use crate::aws_auth::fix::FixContext;
use crate::aws_auth::report::{self, Report};
use crate::aws_auth::{self, AccessEntry, AuthenticationMode, AwsAuth};
use crate::i18n::Lang;
use crate::read_input;

pub const EXIT_FINDINGS: u8 = 1;

/// The read error in the person's language (the wizard words it the same way).
pub use crate::aws_auth::report::input_error_message;

/// An aws-auth ConfigMap from a file, or standard input for `-` or no path.
pub(super) fn read_input(path: Option<&std::path::Path>) -> Result<read_input::Decoded, CliError> {
    read_input::read_path_or_stdin(path, aws_auth::input::MAX_INPUT_BYTES).map_err(|error| {
        CliError::AwsAuthFile {
            path: path
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "-".to_owned()),
            error,
        }
    })
}

/// An aws-auth ConfigMap from a file or standard input, linted.
pub(super) fn read_aws_auth(path: Option<&std::path::Path>) -> Result<AwsAuth, CliError> {
    let decoded = read_input(path)?;
    Ok(aws_auth::lint_given(&decoded.text, decoded.given_bytes)?)
}

fn read_access_entries(path: &std::path::Path) -> Result<Vec<AccessEntry>, CliError> {
    let fail = |error: AccessEntriesError| CliError::AccessEntries {
        path: path.display().to_string(),
        error,
    };
    let text = read_input::read_file(path, aws_auth::input::MAX_INPUT_BYTES)
        .map_err(|e| fail(e.into()))?
        .text;
    serde_json::from_str(&text).map_err(|e| fail(e.into()))
}

/// Runs the command; returns the exit code.
pub fn run_lint_aws_auth(cli: &Cli, args: &LintAwsAuthArgs, lang: Lang) -> Result<u8, CliError> {
    let mode = match args.mode.as_deref() {
        Some(text) => Some(
            AuthenticationMode::parse(text)
                .ok_or_else(|| CliError::AuthenticationMode(text.to_owned()))?,
        ),
        None => None,
    };
    let access_entries = match &args.access_entries {
        Some(path) => Some(read_access_entries(path)?),
        None => None,
    };
    let auth = read_aws_auth(args.file.as_deref())?;
    let ctx = FixContext {
        cluster: cli.context.cluster.clone(),
        region: cli.context.region.clone(),
        symptom: Some(args.symptom),
        mode,
        profile: printed_profile(cli.profile.as_deref()),
    };
    let principal = cli.context.principal_arn.as_deref();
    let report: Report =
        report::build(auth, principal, access_entries.as_deref(), &ctx).map_err(|error| {
            CliError::Principal {
                arn: principal.unwrap_or_default().to_owned(),
                error,
            }
        })?;
    let out = match args.format {
        LintFormat::Text => report::to_text(&report, &ctx, lang),
        LintFormat::Json => report::to_json(&report, lang).map_err(CliError::LintJson)?,
    };
    let form = match args.format {
        LintFormat::Text => Form::Shown,
        LintFormat::Json => Form::Exact,
    };
    write_stdout(&out, form)?;
    Ok(if report.auth.has_errors() {
        EXIT_FINDINGS
    } else {
        0
    })
}
