//! What triage read from a pasted message, as output: the lead reading with its values, the
//! alternatives, a related problem and further errors in plain text (`explain`), the same as
//! the JSON contract, and the opening `diagnose --error` prints before its checks.

use serde::Serialize;

use super::{JsonStep, Redactor};
use crate::guide::render::RenderedStep;
use crate::i18n::Lang;
use crate::tr;
use crate::triage::{Fields, Reading, Triage};

#[derive(Serialize)]
struct ReadingJson {
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
    others: Vec<ReadingJson>,
    steps: Vec<JsonStep>,
}

fn alternatives_json(finding: &Reading) -> Vec<AlternativeJson> {
    finding
        .alternatives
        .iter()
        .map(|a| AlternativeJson {
            symptom: a.symptom.id(),
            confidence: rounded(a.confidence),
        })
        .collect()
}

/// A confidence rounded to two decimals, as the JSON contract gives it.
pub fn rounded(confidence: f64) -> f64 {
    (confidence * 100.0).round() / 100.0
}

/// A finding as JSON. Steps are filled from the real values (so that ARNs still parse) and
/// redacted afterwards with the same redactor as the fields.
fn finding_json(
    finding: &Reading,
    steps: &[RenderedStep],
    redactor: &mut Option<Redactor>,
) -> ReadingJson {
    let steps = super::to_json_steps(steps);
    match redactor {
        Some(redactor) => ReadingJson {
            symptom: finding.symptom_id(),
            confidence: rounded(finding.confidence),
            fields: super::redact_finding(redactor, finding).fields,
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
        None => ReadingJson {
            symptom: finding.symptom_id(),
            confidence: rounded(finding.confidence),
            fields: finding.fields.clone(),
            steps,
        },
    }
}

pub fn reading_json(
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
            .map(|f| finding_json(f, &super::steps_for(f, lang), redactor))
            .collect(),
        steps: lead.steps,
    };
    // Serialising plain structs of strings and numbers cannot fail; an empty object keeps
    // the output parseable if it ever did.
    serde_json::to_string_pretty(&json).unwrap_or_else(|_| "{}".to_owned()) + "\n"
}

pub fn reading_text(reading: &Triage, lead_steps: &[RenderedStep], lang: Lang) -> String {
    let lead = &reading.lead;
    let mut out = lead_text(lead, "\n", "\n", lang);
    if !lead.alternatives.is_empty() {
        out.push_str(&format!("{}\n", tr!(lang, "triage-alternatives-heading")));
        for alternative in &lead.alternatives {
            out.push_str(&format!(
                "  - {}\n",
                tr!(
                    lang,
                    "triage-alternative",
                    title = super::symptom_title(Some(alternative.symptom), lang),
                    id = alternative.symptom.id(),
                    percent = super::confidence_percent(alternative.confidence)
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
            out.push_str(&format!("  - {}\n", super::other_summary(other, lang)));
        }
        out.push('\n');
    }
    match lead.symptom {
        Some(symptom) => {
            out.push_str(&super::to_text(symptom, lead_steps, lang));
        }
        None => {
            out.push_str(&tr!(lang, "triage-unknown-hint"));
            out.push('\n');
        }
    }
    out
}

/// The lead reading: the symptom with its id, `between`, how sure the reading is, a line
/// break and `before_fields`, the values read as aligned lines, and a blank line.
pub fn lead_text(lead: &Reading, between: &str, before_fields: &str, lang: Lang) -> String {
    let mut out = format!(
        "{} ({}){between}{}\n{before_fields}",
        super::symptom_title(lead.symptom, lang),
        lead.symptom_id(),
        tr!(
            lang,
            "triage-confidence",
            percent = super::confidence_percent(lead.confidence)
        )
    );
    for line in super::field_lines(&lead.fields, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    out
}
