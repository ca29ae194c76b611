//! `eks-iam-tui lint-aws-auth [FILE|-]`: lint a pasted aws-auth ConfigMap, answer for
//! `--principal-arn`, and print the fix. Exit 0 without error findings, 1 with, 2 when the
//! input cannot be read.

use super::output::{Form, OutputError, say, write_stdout};
use super::{Cli, LintAwsAuthArgs, LintFormat};
use crate::aws_auth::fix::FixContext;
use crate::aws_auth::report::{self, Report};
use crate::aws_auth::{self, AccessEntry, AuthenticationMode};
use crate::i18n::Lang;
use crate::read_input;
use crate::tr;

pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_UNREADABLE: u8 = 2;

/// The read error in the person's language (the wizard words it the same way).
pub use crate::aws_auth::report::input_error_message;

pub(super) fn read_input(path: Option<&std::path::Path>, lang: Lang) -> Result<String, String> {
    let name = path
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "-".to_owned());
    read_input::read_path_or_stdin(path, aws_auth::input::MAX_INPUT_BYTES)
        .map(|decoded| decoded.text)
        .map_err(|error| {
            tr!(
                lang,
                "aws-auth-error-read-file",
                path = name,
                details = error.words(lang)
            )
        })
}

fn read_access_entries(path: &std::path::Path, lang: Lang) -> Result<Vec<AccessEntry>, String> {
    let fail = |details: String| {
        tr!(
            lang,
            "aws-auth-error-access-entries",
            path = path.display().to_string(),
            details = details
        )
    };
    let text = read_input::read_file(path, aws_auth::input::MAX_INPUT_BYTES)
        .map_err(|e| fail(e.words(lang)))?
        .text;
    serde_json::from_str(&text).map_err(|e| fail(json_error_words(&e, lang)))
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

/// Runs the command; returns the exit code.
pub fn run_lint_aws_auth(cli: &Cli, args: &LintAwsAuthArgs, lang: Lang) -> Result<u8, OutputError> {
    let mode = match args.mode.as_deref() {
        Some(text) => match AuthenticationMode::parse(text) {
            Some(mode) => Some(mode),
            None => {
                say(&tr!(lang, "aws-auth-error-mode", value = text));
                return Ok(EXIT_UNREADABLE);
            }
        },
        None => None,
    };
    let access_entries = match &args.access_entries {
        Some(path) => match read_access_entries(path, lang) {
            Ok(entries) => Some(entries),
            Err(message) => {
                say(&message);
                return Ok(EXIT_UNREADABLE);
            }
        },
        None => None,
    };
    let text = match read_input(args.file.as_deref(), lang) {
        Ok(text) => text,
        Err(message) => {
            say(&message);
            return Ok(EXIT_UNREADABLE);
        }
    };
    let auth = match aws_auth::lint(&text) {
        Ok(auth) => auth,
        Err(error) => {
            say(&input_error_message(&error, lang));
            return Ok(EXIT_UNREADABLE);
        }
    };
    let ctx = FixContext {
        cluster: cli.context.cluster.clone(),
        region: cli.context.region.clone(),
        symptom: Some(args.symptom),
        mode,
    };
    let principal = cli.context.principal_arn.as_deref();
    let report: Report = match report::build(auth, principal, access_entries.as_deref(), &ctx) {
        Ok(report) => report,
        Err(error) => {
            say(&tr!(
                lang,
                "aws-auth-error-principal",
                arn = principal.unwrap_or_default(),
                details = error.to_string()
            ));
            return Ok(EXIT_UNREADABLE);
        }
    };
    let out = match args.format {
        LintFormat::Text => report::to_text(&report, &ctx, lang),
        LintFormat::Json => match report::to_json(&report, lang) {
            Ok(text) => text,
            Err(error) => {
                say(&tr!(
                    lang,
                    "aws-auth-error-json-output",
                    details = error.to_string()
                ));
                return Ok(EXIT_FINDINGS);
            }
        },
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
