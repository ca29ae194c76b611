//! `eks-iam-tui explain`: reads an error message offline and prints the symptom, the values
//! read from it and the guide filled with them.

use super::error::CliError;
use super::error_input::{read_error_text, triage_decoded};
use super::output::{Form, write_stdout};
use super::{ContextArgs, ExplainArgs, GuideFormat};
use crate::guide::Context;
use crate::i18n::Lang;
use crate::report::{self, Redactor, ReportInput, Section};
use crate::triage::{self, Triage, TriageError};

/// Exit code when the text shows none of the six symptoms.
pub const EXIT_UNKNOWN: u8 = 1;

/// Runs `explain`; returns the exit code. The global `--cluster`, `--region`,
/// `--principal-arn` (and the other context values) win over what the message says.
pub fn run_explain(args: &ExplainArgs, given: &ContextArgs, lang: Lang) -> Result<u8, CliError> {
    let decoded = read_error_text(args.error.as_deref(), args.error_file.as_deref(), true)?;
    let given = given.to_context();
    let reading = triage_decoded(&decoded)?;
    let (code, out) = explain_reading(
        &decoded.text,
        reading,
        args.format,
        args.redact,
        &given,
        lang,
    );
    let form = match args.format {
        GuideFormat::Json => Form::Exact,
        GuideFormat::Text | GuideFormat::Markdown => Form::Shown,
    };
    write_stdout(&out, form)?;
    Ok(code)
}

/// The output and exit code for `text`: the whole command without its I/O.
pub fn explain(
    text: &str,
    format: GuideFormat,
    redact: bool,
    lang: Lang,
) -> Result<(u8, String), TriageError> {
    explain_with(text, format, redact, &Context::default(), lang)
}

/// [`explain`] with values the person gave, which win over the lead error's.
pub fn explain_with(
    text: &str,
    format: GuideFormat,
    redact: bool,
    given: &Context,
    lang: Lang,
) -> Result<(u8, String), TriageError> {
    let reading = triage::read(text)?;
    Ok(explain_reading(text, reading, format, redact, given, lang))
}

fn explain_reading(
    text: &str,
    mut reading: Triage,
    format: GuideFormat,
    redact: bool,
    given: &Context,
    lang: Lang,
) -> (u8, String) {
    let lead_steps = report::steps_with(&reading.lead, given, lang);
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
