//! `eks-iam-tui explain`: reads an error message offline and prints the symptom, the values
//! read from it and the guide filled with them.

use serde::Serialize;

use super::error::CliError;
use super::error_input::{read_error_text, triage_decoded};
use super::output::{Form, write_stdout};
use super::{ContextArgs, ExplainArgs, GuideFormat};
use crate::guide::Context;
use crate::guide::render::RenderedStep;
use crate::i18n::Lang;
use crate::report::{self, JsonStep, Redactor, ReportInput, Section};
use crate::tr;
use crate::triage::{self, Fields, Finding, Triage, TriageError};

/// Exit code when the text shows none of the six symptoms.
pub const EXIT_UNKNOWN: u8 = 1;

#[derive(Serialize)]
struct FindingJson {
    symptom: &'static str,
    confidence: f64,
    fields: Fields,
    steps: Vec<JsonStep>,
}

/// Another reading worth a look.
#[derive(Serialize)]
struct AlternativeJson {
    symptom: &'static str,
    confidence: f64,
}

/// What a problem next to the six is, and what to do, in the chosen language.
#[derive(Serialize)]
struct RelatedAdviceJson {
    summary: String,
    what_to_do: String,
}

#[derive(Serialize)]
struct ExplainJson {
    schema: u32,
    symptom: &'static str,
    confidence: f64,
    /// Other readings worth a look, best first; empty when none.
    alternatives: Vec<AlternativeJson>,
    /// One of the problems next to the six when the symptom is unknown, or null.
    related: Option<&'static str>,
    related_advice: Option<RelatedAdviceJson>,
    fields: Fields,
    others: Vec<FindingJson>,
    steps: Vec<JsonStep>,
}

fn alternatives_json(finding: &Finding) -> Vec<AlternativeJson> {
    finding
        .alternatives
        .iter()
        .map(|a| AlternativeJson {
            symptom: a.symptom.id(),
            confidence: rounded(a.confidence),
        })
        .collect()
}

fn rounded(confidence: f64) -> f64 {
    (confidence * 100.0).round() / 100.0
}

/// A finding as JSON. Steps are filled from the real values (so that ARNs still parse) and
/// redacted afterwards with the same redactor as the fields.
fn finding_json(
    finding: &Finding,
    steps: &[RenderedStep],
    redactor: &mut Option<Redactor>,
) -> FindingJson {
    let steps = report::to_json_steps(steps);
    match redactor {
        Some(redactor) => FindingJson {
            symptom: finding.symptom_id(),
            confidence: rounded(finding.confidence),
            fields: report::redact_finding(redactor, finding).fields,
            steps: steps
                .into_iter()
                .map(|step| JsonStep {
                    id: step.id,
                    title: redactor.redact(&step.title),
                    text: redactor.redact(&step.text),
                    commands: step.commands.iter().map(|c| redactor.redact(c)).collect(),
                })
                .collect(),
        },
        None => FindingJson {
            symptom: finding.symptom_id(),
            confidence: rounded(finding.confidence),
            fields: finding.fields.clone(),
            steps,
        },
    }
}

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
        GuideFormat::Json => to_json(&reading, &lead_steps, lang, &mut redactor),
        GuideFormat::Text => {
            let out = to_text(&reading, &lead_steps, lang);
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

fn to_json(
    reading: &Triage,
    lead_steps: &[RenderedStep],
    lang: Lang,
    redactor: &mut Option<Redactor>,
) -> String {
    let lead = finding_json(&reading.lead, lead_steps, redactor);
    let json = ExplainJson {
        schema: 1,
        symptom: lead.symptom,
        confidence: lead.confidence,
        alternatives: alternatives_json(&reading.lead),
        related: reading.lead.related_id(),
        related_advice: reading.lead.related.map(|related| {
            let (summary, what_to_do) = related.advice(lang);
            RelatedAdviceJson {
                summary,
                what_to_do,
            }
        }),
        fields: lead.fields,
        others: reading
            .others
            .iter()
            .map(|f| finding_json(f, &report::steps_for(f, lang), redactor))
            .collect(),
        steps: lead.steps,
    };
    // Serialising plain structs of strings and numbers cannot fail; an empty object keeps
    // the output parseable if it ever did.
    serde_json::to_string_pretty(&json).unwrap_or_else(|_| "{}".to_owned()) + "\n"
}

fn to_text(reading: &Triage, lead_steps: &[RenderedStep], lang: Lang) -> String {
    let lead = &reading.lead;
    let mut out = format!(
        "{} ({})\n{}\n\n",
        report::symptom_title(lead.symptom, lang),
        lead.symptom_id(),
        tr!(
            lang,
            "triage-confidence",
            percent = report::confidence_percent(lead.confidence)
        )
    );
    for line in report::field_lines(&lead.fields, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    if !lead.alternatives.is_empty() {
        out.push_str(&format!("{}\n", tr!(lang, "triage-alternatives-heading")));
        for alternative in &lead.alternatives {
            out.push_str(&format!(
                "  - {}\n",
                tr!(
                    lang,
                    "triage-alternative",
                    title = report::symptom_title(Some(alternative.symptom), lang),
                    id = alternative.symptom.id(),
                    percent = report::confidence_percent(alternative.confidence)
                )
            ));
        }
        out.push('\n');
    }
    if let Some(related) = lead.related {
        let (summary, todo) = related.advice(lang);
        out.push_str(&format!(
            "{}\n{summary}\n{}\n\n",
            tr!(lang, "triage-related-heading", id = related.id()),
            tr!(lang, "triage-related-todo", todo = todo)
        ));
    }
    if !reading.others.is_empty() {
        out.push_str(&format!("{}\n", tr!(lang, "triage-others-heading")));
        for other in &reading.others {
            out.push_str(&format!("  - {}\n", report::other_summary(other, lang)));
        }
        out.push('\n');
    }
    match lead.symptom {
        Some(symptom) => {
            out.push_str(&report::to_text(symptom, lead_steps, lang));
        }
        None => {
            out.push_str(&tr!(lang, "triage-unknown-hint"));
            out.push('\n');
        }
    }
    out
}
