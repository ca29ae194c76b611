//! `eks-iam-tui explain`: reads an error message offline and prints the symptom, the values
//! read from it and the guide filled with them.

use super::error::CliError;
use super::error_input::{read_error_text, triage_decoded};
use super::output::{Form, write_stdout};
use super::{Cli, ExplainArgs, GuideFormat};
use crate::aws::printed_profile;
use crate::guide::Context;
use crate::i18n::Lang;
use crate::remediation::CommandScope;
use crate::report::{self, Redactor, ReportInput, Section};
use crate::triage::{self, Triage, TriageError};

/// Exit code when the text shows none of the six symptoms.
pub const EXIT_UNKNOWN: u8 = 1;

/// Runs `explain`; returns the exit code. The global `--cluster`, `--region`,
/// `--principal-arn` (and the other context values) win over what the message says; the
/// printed commands carry the profile (`--profile`, else `AWS_PROFILE`, else
/// `AWS_DEFAULT_PROFILE`, as the AWS CLI chooses it) and `--context` for kubectl.
pub fn run_explain(cli: &Cli, args: &ExplainArgs, lang: Lang) -> Result<u8, CliError> {
    let decoded = read_error_text(args.error.as_deref(), args.error_file.as_deref(), true)?;
    let given = cli.context.to_context();
    let scope = explain_scope(cli);
    let reading = triage_decoded(&decoded)?;
    let (code, out) = explain_reading(
        &decoded.text,
        reading,
        args.format,
        args.redact,
        &given,
        &scope,
        lang,
    );
    let form = match args.format {
        GuideFormat::Json => Form::Exact,
        GuideFormat::Text | GuideFormat::Markdown => Form::Shown,
    };
    write_stdout(&out, form)?;
    Ok(code)
}

/// Whom the printed commands act as: the profile the AWS CLI would use (as `guide` prints it)
/// and the kubectl context named (the Region is the case's, read from the message or given).
pub fn explain_scope(cli: &Cli) -> CommandScope {
    CommandScope {
        profile: printed_profile(cli.profile.as_deref()),
        region: None,
        kube_context: cli.kube_context.clone(),
    }
}

/// The output and exit code for `text`: the whole command without its I/O.
pub fn explain(
    text: &str,
    format: GuideFormat,
    redact: bool,
    lang: Lang,
) -> Result<(u8, String), TriageError> {
    explain_with(
        text,
        format,
        redact,
        &Context::default(),
        &CommandScope::default(),
        lang,
    )
}

/// [`explain`] with values the person gave, which win over the lead error's, and the scope
/// its commands carry.
pub fn explain_with(
    text: &str,
    format: GuideFormat,
    redact: bool,
    given: &Context,
    scope: &CommandScope,
    lang: Lang,
) -> Result<(u8, String), TriageError> {
    let reading = triage::read(text)?;
    Ok(explain_reading(
        text, reading, format, redact, given, scope, lang,
    ))
}

fn explain_reading(
    text: &str,
    mut reading: Triage,
    format: GuideFormat,
    redact: bool,
    given: &Context,
    scope: &CommandScope,
    lang: Lang,
) -> (u8, String) {
    let lead_steps = report::steps_with(&reading.lead, given, scope, lang);
    reading.lead = reading.lead.with_overrides(given);
    let code = if reading.lead.symptom.is_some() {
        0
    } else {
        EXIT_UNKNOWN
    };
    let mut redactor = redact.then(|| {
        let mut redactor = Redactor::new();
        redactor.learn(text);
        redactor
    });
    let out = match format {
        GuideFormat::Json => report::reading_json(&reading, &lead_steps, lang, &mut redactor),
        GuideFormat::Text => {
            let out = report::reading_text(&reading, &lead_steps, lang);
            match &mut redactor {
                Some(redactor) => redactor.redact(&out),
                None => out,
            }
        }
        GuideFormat::Markdown => report::markdown(&ReportInput {
            lang,
            pasted: text,
            triage: &reading,
            extra_sections: Vec::<Section>::new(),
            redact,
            steps: Some(lead_steps.clone()),
        }),
    };
    (code, out)
}
