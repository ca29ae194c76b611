//! `eks-iam-tui lint-aws-auth [FILE|-]`: lint a pasted aws-auth ConfigMap, answer for
//! `--principal-arn`, and print the fix. Exit 0 without error findings, 1 with, 2 when the
//! input cannot be read.

use std::io::Read;

use super::{Cli, LintAwsAuthArgs, LintFormat, LintSymptom};
use crate::aws_auth::fix::{FixContext, Symptom};
use crate::aws_auth::report::{self, Report};
use crate::aws_auth::{self, AccessEntry, AuthenticationMode};
use crate::i18n::Lang;
use crate::tr;

pub const EXIT_FINDINGS: u8 = 1;
pub const EXIT_UNREADABLE: u8 = 2;

/// The read error in the person's language (the wizard words it the same way).
pub use crate::aws_auth::report::input_error_message;

pub(super) fn read_input(path: Option<&std::path::Path>, lang: Lang) -> Result<String, String> {
    let mut bytes = Vec::new();
    let limit = aws_auth::input::MAX_INPUT_BYTES as u64 + 1;
    let result = match path.filter(|p| p.as_os_str() != "-") {
        Some(path) => std::fs::File::open(path).and_then(|f| f.take(limit).read_to_end(&mut bytes)),
        None => std::io::stdin().take(limit).read_to_end(&mut bytes),
    };
    let name = path
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| "-".to_owned());
    result.map_err(|e| {
        tr!(
            lang,
            "aws-auth-error-read-file",
            path = name.clone(),
            details = e.to_string()
        )
    })?;
    // A stray non-UTF-8 byte should not hide the rest of the ConfigMap.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
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
    let text = std::fs::read_to_string(path).map_err(|e| fail(e.to_string()))?;
    serde_json::from_str(&text).map_err(|e| fail(e.to_string()))
}

/// Runs the command; returns the exit code.
pub fn run_lint_aws_auth(cli: &Cli, args: &LintAwsAuthArgs, lang: Lang) -> u8 {
    let mode = match args.mode.as_deref() {
        Some(text) => match AuthenticationMode::parse(text) {
            Some(mode) => Some(mode),
            None => {
                eprintln!("{}", tr!(lang, "aws-auth-error-mode", value = text));
                return EXIT_UNREADABLE;
            }
        },
        None => None,
    };
    let access_entries = match &args.access_entries {
        Some(path) => match read_access_entries(path, lang) {
            Ok(entries) => Some(entries),
            Err(message) => {
                eprintln!("{message}");
                return EXIT_UNREADABLE;
            }
        },
        None => None,
    };
    let text = match read_input(args.file.as_deref(), lang) {
        Ok(text) => text,
        Err(message) => {
            eprintln!("{message}");
            return EXIT_UNREADABLE;
        }
    };
    let auth = match aws_auth::lint(&text) {
        Ok(auth) => auth,
        Err(error) => {
            eprintln!("{}", input_error_message(&error, lang));
            return EXIT_UNREADABLE;
        }
    };
    let ctx = FixContext {
        cluster: cli.context.cluster.clone(),
        region: cli.context.region.clone(),
        symptom: match args.symptom {
            LintSymptom::AwsAuthPath => Symptom::AwsAuthPath,
            LintSymptom::ConsoleNodes => Symptom::ConsoleNodes,
        },
        mode,
    };
    let principal = cli.context.principal_arn.as_deref();
    let report: Report = match report::build(auth, principal, access_entries.as_deref(), &ctx) {
        Ok(report) => report,
        Err(error) => {
            eprintln!(
                "{}",
                tr!(
                    lang,
                    "aws-auth-error-principal",
                    arn = principal.unwrap_or_default(),
                    details = error.to_string()
                )
            );
            return EXIT_UNREADABLE;
        }
    };
    let out = match args.format {
        LintFormat::Text => report::to_text(&report, &ctx, lang),
        LintFormat::Json => match report::to_json(&report, lang) {
            Ok(text) => text,
            Err(error) => {
                eprintln!(
                    "{}",
                    tr!(
                        lang,
                        "aws-auth-error-json-output",
                        details = error.to_string()
                    )
                );
                return EXIT_FINDINGS;
            }
        },
    };
    print!("{out}");
    if report.auth.has_errors() {
        EXIT_FINDINGS
    } else {
        0
    }
}
