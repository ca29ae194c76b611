//! The case file: what one run of the checks saw, written by `collect` for someone else to
//! read with `report` (and, later, to open in the wizard).
//!
//! Every sentence is kept language-neutral, as the probes keep it: a Fluent message id and its
//! values, never a rendered sentence, so the file reads in either language. Values that name
//! the customer's accounts, sessions, keys and endpoints are redacted by default
//! ([`redact`]); reading a file written by someone else is bounded and checked ([`load`]).

mod convert;
pub mod load;
pub mod redact;
pub mod session;
pub mod words;
pub mod write;

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::guide::{Field, Symptom};
use crate::i18n::Lang;
use crate::probes::Severity;
use crate::triage::Triage;

pub use convert::{Collected, Replayed, UNKNOWN_FINDING, UNKNOWN_MESSAGE, UnknownCheck};

/// The version of the layout this build writes; a file with a higher one is refused.
pub const SCHEMA: u32 = 1;
/// What the `kind` field of every case file says.
pub const KIND: &str = "eks-iam-tui-case";

/// One case file.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CaseFile {
    pub schema: u32,
    pub kind: String,
    pub tool: Tool,
    /// RFC 3339, UTC.
    pub collected_at: String,
    /// The language the person who collected it used (the file itself holds no sentence).
    pub lang: Lang,
    /// Whether the values were replaced by placeholders before writing.
    pub redacted: bool,
    pub inputs: Inputs,
    /// How the pasted error was read, when one was given.
    #[serde(default)]
    pub triage: Option<Triage>,
    /// Every check that ran, in the order it was reported.
    pub checks: Vec<Check>,
    /// The kubeconfig context kubectl would use, when it names an EKS cluster.
    #[serde(default)]
    pub kubeconfig: Option<KubeconfigSummary>,
}

/// What the kubeconfig says about the cluster kubectl talks to and who its exec plugin signs
/// as. No credential is kept: of the exec's `env`, only the names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct KubeconfigSummary {
    pub context: String,
    /// Whether `--context` chose it (else the kubeconfig's `current-context`).
    #[serde(default)]
    pub chosen_by_flag: bool,
    #[serde(default)]
    pub cluster_entry: String,
    #[serde(default)]
    pub user_entry: String,
    /// The API server as written.
    #[serde(default)]
    pub server: Option<String>,
    #[serde(default)]
    pub cluster_name: Option<ReadValue>,
    #[serde(default)]
    pub region: Option<ReadValue>,
    #[serde(default)]
    pub account_id: Option<ReadValue>,
    #[serde(default)]
    pub exec: Option<ExecSummary>,
}

/// A value read from the kubeconfig and where in it (`cluster-arn`, `exec-arguments`,
/// `server-host`, `eksctl-name`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReadValue {
    pub value: String,
    pub read_from: String,
}

/// The exec plugin that makes kubectl's token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExecSummary {
    pub command: String,
    #[serde(default)]
    pub args: Vec<String>,
    /// `aws-cli`, `aws-iam-authenticator`, `eks-iam-tui` or `other`.
    pub tool: String,
    /// The `client.authentication.k8s.io` version, as written.
    #[serde(default)]
    pub api_version: Option<String>,
    #[serde(default)]
    pub cluster_name: Option<String>,
    #[serde(default)]
    pub region: Option<String>,
    #[serde(default)]
    pub role_arn: Option<String>,
    #[serde(default)]
    pub profile: Option<String>,
    /// The names of the variables the exec sets (their values may be secrets).
    #[serde(default)]
    pub env_names: Vec<String>,
    /// Whether the command was found (on `PATH` for a bare name) where it was collected.
    #[serde(default)]
    pub found: bool,
}

/// The build that wrote the file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Tool {
    pub version: String,
    /// The git commit it was built from, when built from a checkout.
    #[serde(default)]
    pub commit: Option<String>,
}

impl Tool {
    /// This build.
    pub fn current() -> Tool {
        Tool {
            version: env!("CARGO_PKG_VERSION").to_owned(),
            commit: option_env!("EKS_IAM_TUI_GIT_COMMIT")
                .filter(|c| !c.is_empty())
                .map(str::to_owned),
        }
    }
}

/// What the person gave.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Inputs {
    pub symptom: Symptom,
    /// Each value the guide's steps are filled with and where it came from: those given and
    /// those the checks learnt.
    pub context: Vec<ContextValue>,
    /// The error message as pasted (or read from `--error-file`).
    #[serde(default)]
    pub pasted_error: Option<String>,
    /// The AWS profile named, if any.
    #[serde(default)]
    pub profile: Option<String>,
    /// The Region the AWS configuration resolved.
    #[serde(default)]
    pub region: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ContextValue {
    pub field: Field,
    pub value: String,
    pub source: Source,
}

/// How a value was obtained.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Source {
    /// A command-line option.
    Flag,
    /// The AWS configuration: environment variables or the profile's files.
    Environment,
    /// Typed into the wizard.
    Typed,
    /// Read from a kubeconfig.
    Kubeconfig,
    /// Read from the pasted error message.
    PastedError,
    /// Learnt by a check (the caller's ARN, the role behind a session).
    Check,
}

/// One check: its outcome, summary, evidence and findings.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Check {
    /// The probe's stable id (`identity`, `cluster`...).
    pub id: String,
    pub outcome: CheckOutcome,
    pub summary: Message,
    #[serde(default)]
    pub evidence: BTreeMap<String, Value>,
    #[serde(default)]
    pub findings: Vec<FindingRecord>,
    pub duration_ms: u64,
}

/// How a check ended.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "kebab-case")]
pub enum CheckOutcome {
    Ok,
    Problem,
    /// Could not check: the error as the tool classified it (kind and values).
    Unknown {
        error: Value,
    },
    /// Not run, and why.
    Skipped {
        reason: Message,
    },
}

/// A sentence kept as its Fluent id and values.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Message {
    pub id: String,
    #[serde(default)]
    pub args: BTreeMap<String, ArgValue>,
}

/// A value given to a message: a count (which may choose the plural form) or text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum ArgValue {
    Count(u64),
    Text(String),
}

/// A cause found: its code (the messages `finding-<code>-title`, `-detail`, `-fix`), the
/// values they are given and the commands for the person to run.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FindingRecord {
    pub code: String,
    pub severity: Severity,
    #[serde(default)]
    pub args: BTreeMap<String, ArgValue>,
    #[serde(default)]
    pub commands: Vec<String>,
}

#[cfg(test)]
mod tests;
