//! `diagnose --error`: the pasted message is triaged first; its symptom picks the probes
//! (unless `--symptom` says otherwise) and its values fill the context wherever the command
//! line left a gap (command-line values win).

use serde::Serialize;
use serde_json::Value;

use super::error::CliError;
use super::error_input::{read_error_text, triage_decoded};
use super::{Cli, DiagnoseArgs};
use crate::guide::render::RenderedStep;
use crate::guide::{Context, Symptom};
use crate::i18n::Lang;
use crate::probes::ProbeReport;
use crate::report::{self, Redactor, ReportInput};
use crate::tr;
use crate::triage::{Fields, Triage};

/// The message as pasted and how it reads (the lead with the command line's values applied).
pub struct Pasted {
    pub text: String,
    pub triage: Triage,
}

/// What the probes start from.
pub struct Prepared {
    pub symptom: Symptom,
    pub context: Context,
    pub pasted: Option<Pasted>,
}

/// The contract's `"triage"` object: as `explain` prints it, without the steps.
#[derive(Serialize)]
pub struct TriageJson {
    symptom: &'static str,
    confidence: f64,
    fields: Fields,
}

impl Pasted {
    pub fn json(&self) -> TriageJson {
        let lead = &self.triage.lead;
        TriageJson {
            symptom: lead.symptom_id(),
            confidence: report::rounded(lead.confidence),
            fields: lead.fields.clone(),
        }
    }
}

/// Reads and triages the message if one was given; decides the symptom and the context.
pub fn prepare(cli: &Cli, args: &DiagnoseArgs) -> Result<Prepared, CliError> {
    let given = cli.context.to_context();
    if args.error.is_none() && args.error_file.is_none() {
        // clap requires one of them; said again rather than trusted blindly.
        let symptom = args.symptom.ok_or(CliError::Missing { arg: "--symptom" })?;
        return Ok(Prepared {
            symptom,
            context: given,
            pasted: None,
        });
    }
    let decoded = read_error_text(args.error.as_deref(), args.error_file.as_deref(), false)?;
    let mut reading = triage_decoded(&decoded)?;
    let text = decoded.text;
    let context = reading.lead.context_with(&given);
    reading.lead = reading.lead.with_overrides(&given);
    let symptom = args
        .symptom
        .or(reading.lead.symptom)
        .ok_or(CliError::UnknownSymptom)?;
    Ok(Prepared {
        symptom,
        context,
        pasted: Some(Pasted {
            text,
            triage: reading,
        }),
    })
}

/// The text output's opening: what the message was read as.
pub fn text_opening(pasted: &Pasted, lang: Lang) -> String {
    let title = tr!(lang, "report-heading-symptom");
    let width = unicode_width::UnicodeWidthStr::width(title.as_str());
    format!(
        "{title}\n{}\n\n{}",
        "-".repeat(width),
        report::lead_text(&pasted.triage.lead, " · ", "", lang)
    )
}

/// The whole session as one Markdown report: the message, its reading, the values used,
/// the findings, every probe with its evidence, and the steps.
pub fn markdown_report(
    pasted: &Pasted,
    context: &Context,
    reports: &[ProbeReport],
    steps: Vec<RenderedStep>,
    redact: bool,
    lang: Lang,
) -> String {
    let mut sections = vec![report::context_section(context, lang)];
    sections.extend(report::probe_sections(reports, lang));
    report::markdown(&ReportInput {
        lang,
        pasted: &pasted.text,
        triage: &pasted.triage,
        extra_sections: sections,
        redact,
        steps: Some(steps),
    })
}

/// A redactor that already knows the session names in the pasted message and the output.
pub fn redactor_for(pasted: Option<&Pasted>, output: &str) -> Redactor {
    let mut redactor = Redactor::new();
    if let Some(pasted) = pasted {
        redactor.learn(&pasted.text);
    }
    redactor.learn(output);
    redactor
}

/// Every string in the JSON document redacted; keys and numbers stay as they are.
pub fn redact_json(value: &mut Value, redactor: &mut Redactor) {
    redactor.redact_value(value);
}
