//! The session's Markdown report. It follows what the person sees: on the error-message
//! screen, the pasted message and the symptom it shows; after that (details, guide), the
//! symptom the person works on and the values as they stand, corrected ones included. Probe
//! evidence is passed in by the caller, so the check screen can hand over its reports.

use crate::probes::ProbeReport;
use crate::report::{self, ReportInput, Section};
use crate::tr;
use crate::triage::{Reading, Triage};
use crate::wizard::model::{Model, Screen};
use crate::wizard::queries::guide::rendered_steps;

/// The pasted message and its reading, when something readable was pasted.
fn pasted(model: &Model) -> Option<(&str, &Triage)> {
    match &model.error_paste.reading {
        Some(Ok(reading)) if !model.error_paste.text.trim().is_empty() => {
            Some((model.error_paste.text.as_str(), reading))
        }
        _ => None,
    }
}

/// The Markdown report; `None` when there is nothing to report yet (no message, no symptom).
pub fn session_report(model: &Model, probes: &[ProbeReport]) -> Option<String> {
    let lang = model.lang;
    let pasted = pasted(model);
    let unknown = Triage {
        lead: Reading::unknown(),
        others: Vec::new(),
    };
    // On the paste screen the report is the message's; past it, the person's symptom.
    let chosen = model
        .symptom
        .filter(|_| model.screen != Screen::ErrorMessage);
    if pasted.is_none() && chosen.is_none() {
        return None;
    }
    let mut sections = Vec::new();
    let mut steps = None;
    if let Some(symptom) = chosen {
        let recognised = pasted.and_then(|(_, t)| t.lead.symptom);
        if recognised != Some(symptom) {
            sections.push(Section {
                title: tr!(lang, "report-heading-chosen-symptom"),
                markdown: format!(
                    "**{}** (`{}`)\n",
                    tr!(lang, &symptom.title_id()),
                    symptom.id()
                ),
            });
        }
        sections.push(report::context_section(&model.context(), lang));
        steps = Some(rendered_steps(model));
    }
    sections.extend(report::probe_sections(probes, lang));
    let (text, triage) = pasted.unwrap_or(("", &unknown));
    Some(report::markdown(&ReportInput {
        lang,
        pasted: text,
        triage,
        extra_sections: sections,
        redact: model.report.redact,
        steps,
    }))
}
