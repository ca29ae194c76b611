//! The `aws-auth` ConfigMap: read it in whatever form it was pasted, model how the
//! aws-iam-authenticator reads it, lint it, answer "does it map me, as whom?", and write the
//! fix filled in.

pub mod analyse;
pub mod finding;
pub mod fix;
pub mod input;
pub mod report;
pub mod resolve;
pub mod template;
pub mod yaml;

pub use analyse::{Account, AwsAuth, Entry, analyse};
pub use finding::{Code, ConfigMapSection, LintFinding, Severity};
pub use input::{ConfigMapError, InputForm};
pub use resolve::{
    AccessEntry, AuthenticationMode, Decision, MatchAnswer, MatchOutcome, MissReason, NearMiss,
    Winner, decide, resolve,
};

/// Reads and lints a pasted ConfigMap.
pub fn lint(text: &str) -> Result<AwsAuth, ConfigMapError> {
    lint_given(text, text.len())
}

/// Reads and lints a ConfigMap decoded from `given_bytes` bytes of another encoding
/// (Shift_JIS, UTF-16, UTF-8 with replaced bytes): the limit counts the bytes given, not the
/// longer UTF-8 text.
pub fn lint_given(text: &str, given_bytes: usize) -> Result<AwsAuth, ConfigMapError> {
    Ok(analyse(&input::read_given(text, given_bytes)?))
}
