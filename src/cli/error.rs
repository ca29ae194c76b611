//! Why a command ended without its output, as one typed error: every command returns it, and
//! `main` has it said (through [`super::output::say`], in the person's language) and exits
//! with the code the README documents for it.

use crate::arn::ArnError;
use crate::aws::AwsError;
use crate::aws::TokenError;
use crate::aws_auth;
use std::path::PathBuf;

use crate::case::load::LoadError;
use crate::i18n::{Lang, io_error_words};
use crate::read_input::ReadError;
use crate::tr;

use super::EXIT_USAGE;
use super::error_input::InputError;
use super::explain_command::EXIT_UNKNOWN;
use super::output::{OutputError, say};

/// Exit code when the command could not do its work for a reason that is not a usage error
/// (broken built-in data, no credentials, no runtime).
pub const EXIT_FAILED: u8 = 1;

/// Why `--access-entries` could not be read.
#[derive(Debug, thiserror::Error)]
pub enum AccessEntriesError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Json(#[from] serde_json::Error),
}

#[derive(Debug, thiserror::Error)]
pub enum CliError {
    /// Standard output could not be written.
    #[error(transparent)]
    Output(#[from] OutputError),
    /// The wizard was started without a terminal to draw on.
    #[error("the wizard needs an interactive terminal")]
    NotATerminal,
    /// A required option is missing (clap requires it too; said again rather than trusted).
    #[error("{arg} is missing")]
    Missing { arg: &'static str },
    /// The error message given to `explain` or `diagnose --error` could not be read.
    #[error(transparent)]
    ErrorText(#[from] InputError),
    /// `diagnose --error`: the message shows none of the six symptoms.
    #[error("the message shows none of the six symptoms")]
    UnknownSymptom,
    /// The guide or the probe plan built into the binary could not be read.
    #[error("the built-in guide data is damaged: {0}")]
    GuideData(String),
    /// The JSON output could not be made.
    #[error("the JSON output could not be made: {0}")]
    Json(#[source] serde_json::Error),
    #[error("{0} is not an authentication mode")]
    AuthenticationMode(String),
    /// An aws-auth ConfigMap file (or standard input) could not be read.
    #[error("could not read {path}: {error}")]
    AwsAuthFile { path: String, error: ReadError },
    /// The aws-auth text was read but is not a ConfigMap.
    #[error(transparent)]
    AwsAuthInput(#[from] aws_auth::ConfigMapError),
    #[error("could not read the access entries in {path}: {error}")]
    AccessEntries {
        path: String,
        error: AccessEntriesError,
    },
    /// `--principal-arn` is not an IAM principal's ARN.
    #[error("{arn} is not an IAM principal ARN: {error}")]
    Principal { arn: String, error: ArnError },
    /// `lint-aws-auth --format json` could not be made.
    #[error("the aws-auth report could not be made as JSON: {0}")]
    LintJson(#[source] serde_json::Error),
    /// `token` without `--cluster`.
    #[error("no cluster was named")]
    NoCluster,
    /// `--kubeconfig` or `--context` named something that cannot be read.
    #[error(transparent)]
    Kubeconfig(#[from] crate::kubeconfig::KubeconfigError),
    /// `token`: the Region or the credentials could not be had.
    #[error("no token was made: {0}")]
    Token(#[source] AwsError),
    #[error("the token could not be signed: {0}")]
    Signing(#[source] TokenError),
    /// `collect`: the case file could not be made (redacted, or written as JSON).
    #[error("the case file could not be made: {0}")]
    CaseBuild(String),
    /// `collect`: the case file could not be written.
    #[error("could not write {path}: {error}", path = path.display())]
    CaseWrite {
        path: PathBuf,
        #[source]
        error: std::io::Error,
    },
    /// `report`: the case file was refused.
    #[error("could not read the case file {path}: {error}", path = path.display())]
    CaseLoad {
        path: PathBuf,
        #[source]
        error: LoadError,
    },
    /// The runtime or the terminal could not be set up.
    #[error("the terminal could not be used: {0}")]
    Terminal(#[source] std::io::Error),
}

impl CliError {
    /// The code the README documents for this ending.
    pub fn exit_code(&self) -> u8 {
        match self {
            CliError::Output(error) => error.exit_code(),
            CliError::NotATerminal
            | CliError::Missing { .. }
            | CliError::ErrorText(_)
            | CliError::AuthenticationMode(_)
            | CliError::AwsAuthFile { .. }
            | CliError::AwsAuthInput(_)
            | CliError::AccessEntries { .. }
            | CliError::Principal { .. }
            | CliError::Kubeconfig(_)
            | CliError::CaseLoad { .. }
            | CliError::NoCluster => EXIT_USAGE,
            CliError::UnknownSymptom => EXIT_UNKNOWN,
            CliError::GuideData(_)
            | CliError::Json(_)
            | CliError::LintJson(_)
            | CliError::Token(_)
            | CliError::Signing(_)
            | CliError::CaseBuild(_)
            | CliError::CaseWrite { .. }
            | CliError::Terminal(_) => EXIT_FAILED,
        }
    }

    /// What went wrong in the person's language; `None` when there is nothing to say (the
    /// reader closed the pipe).
    pub fn message(&self, lang: Lang) -> Option<String> {
        let message = match self {
            CliError::Output(error) => return error.message(lang),
            CliError::NotATerminal => tr!(lang, "error-not-a-terminal"),
            CliError::Missing { arg } => tr!(lang, "cli-error-missing", arg = *arg),
            CliError::Kubeconfig(error) => error.words(lang),
            CliError::ErrorText(error) => error.message(lang),
            CliError::UnknownSymptom => tr!(lang, "diagnose-error-unknown"),
            CliError::GuideData(details) => {
                tr!(lang, "error-guide-data", details = details.clone())
            }
            CliError::Json(error) => tr!(lang, "error-guide-data", details = error.to_string()),
            CliError::AuthenticationMode(value) => {
                tr!(lang, "aws-auth-error-mode", value = value.clone())
            }
            CliError::AwsAuthFile { path, error } => tr!(
                lang,
                "aws-auth-error-read-file",
                path = path.clone(),
                details = error.words(lang)
            ),
            CliError::AwsAuthInput(error) => aws_auth::report::input_error_message(error, lang),
            CliError::AccessEntries { path, error } => tr!(
                lang,
                "aws-auth-error-access-entries",
                path = path.clone(),
                details = match error {
                    AccessEntriesError::Read(error) => error.words(lang),
                    AccessEntriesError::Json(error) => json_error_words(error, lang),
                }
            ),
            CliError::Principal { arn, error } => tr!(
                lang,
                "aws-auth-error-principal",
                arn = arn.clone(),
                details = error.to_string()
            ),
            CliError::LintJson(error) => tr!(
                lang,
                "aws-auth-error-json-output",
                details = error.to_string()
            ),
            CliError::NoCluster => tr!(lang, "token-error-no-cluster"),
            CliError::Token(error) => tr!(lang, "token-error-aws", details = error.describe(lang)),
            CliError::Signing(error) => {
                tr!(lang, "token-error-signing", details = error.to_string())
            }
            CliError::CaseBuild(details) => {
                tr!(lang, "case-build-failed", details = details.clone())
            }
            CliError::CaseWrite { path, error } => tr!(
                lang,
                "case-write-failed",
                path = path.display().to_string(),
                details = io_error_words(error, lang)
            ),
            CliError::CaseLoad { path, error } => error.message(path, lang),
            CliError::Terminal(error) => tr!(lang, "error-terminal", details = error.to_string()),
        };
        Some(message)
    }

    /// Says what went wrong on standard error; returns the exit code.
    pub fn report(&self, lang: Lang) -> u8 {
        if let Some(message) = self.message(lang) {
            say(&message);
        }
        self.exit_code()
    }
}

/// A JSON parser's complaint in our words: where, and what kind of problem.
fn json_error_words(error: &serde_json::Error, lang: Lang) -> String {
    use serde_json::error::Category;
    let id = match error.classify() {
        Category::Syntax | Category::Eof => "read-error-json-syntax",
        Category::Data | Category::Io => "read-error-json-shape",
    };
    tr!(
        lang,
        id,
        line = error.line(),
        column = error.column(),
        details = error.to_string()
    )
}
