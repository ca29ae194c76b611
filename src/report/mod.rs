//! Reports for a support ticket: the pasted error, what triage read from it, any further
//! sections (probe evidence, findings) and the steps with commands, in one Markdown text in
//! the person's language, optionally redacted.

mod checks;
mod probes;
mod reading;
mod redact;
mod steps;

pub use checks::{
    FindingJson, FixJson, ProbeJson, TextForm, checks_text, findings_json, probes_json,
};
use probes::{FindingForm, FindingWords};
pub use probes::{context_section, outcome_label, probe_sections, severity_label};
pub use reading::{lead_text, reading_json, reading_text, rounded};
pub use redact::{RedactionCounts, Redactor};
pub use steps::{JsonStep, steps_markdown, to_json_steps, to_markdown, to_text};

use unicode_width::UnicodeWidthStr;

use crate::guide::render::{self, RenderedStep};
use crate::guide::{self, Context, Symptom};
use crate::i18n::Lang;
use crate::remediation::CommandScope;
use crate::tr;
use crate::triage::{FIELD_NAMES, Fields, Reading, Triage};

/// A section another part of the tool adds to the report (the probes' evidence, findings).
/// Its body is Markdown, redacted with the rest when redaction is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Section {
    pub title: String,
    pub markdown: String,
}

/// What a report is made of.
pub struct ReportInput<'a> {
    pub lang: Lang,
    pub pasted: &'a str,
    pub triage: &'a Triage,
    pub extra_sections: Vec<Section>,
    pub redact: bool,
    /// The steps to print; `None` for the lead error's guide filled with what it read. The
    /// wizard passes its steps (the person's symptom and corrected values), `diagnose` the
    /// steps filled with what the probes learned.
    pub steps: Option<Vec<RenderedStep>>,
}

/// The Fluent id of a field's label.
pub fn field_label_id(name: &str) -> String {
    format!("triage-field-{}", name.replace('_', "-"))
}

/// A finding with every field value passed through the redactor.
pub fn redact_finding(redactor: &mut Redactor, finding: &Reading) -> Reading {
    let f = &finding.fields;
    Reading {
        symptom: finding.symptom,
        confidence: finding.confidence,
        alternatives: finding.alternatives.clone(),
        related: finding.related,
        fields: Fields {
            principal_arn: redactor.redact_opt(&f.principal_arn),
            principal_kind: f.principal_kind,
            account_id: redactor.redact_opt(&f.account_id),
            action: f.action.clone(),
            resource_arn: redactor.redact_opt(&f.resource_arn),
            region: f.region.clone(),
            cluster: redactor.redact_opt(&f.cluster),
            operation: f.operation.clone(),
            error_code: f.error_code.clone(),
            deny_reason: f.deny_reason,
        },
    }
}

/// The whole reading with its values redacted, learning sessions from `pasted` first so that
/// every occurrence is caught.
pub fn redact_triage(redactor: &mut Redactor, pasted: &str, triage: &Triage) -> Triage {
    redactor.learn(pasted);
    Triage {
        lead: redact_finding(redactor, &triage.lead),
        others: triage
            .others
            .iter()
            .map(|f| redact_finding(redactor, f))
            .collect(),
    }
}

/// The guide steps for a finding, filled with what it read; none for `unknown`.
pub fn steps_for(finding: &Reading, lang: Lang) -> Vec<RenderedStep> {
    steps_with(finding, &Context::default(), &CommandScope::default(), lang)
}

/// The guide steps for a finding, filled with what it read and the values in `given`, which
/// win; none for `unknown`. The commands carry `scope`'s profile and kubectl context (what
/// the message shows names neither) and the Region of the values filled in.
pub fn steps_with(
    finding: &Reading,
    given: &Context,
    scope: &CommandScope,
    lang: Lang,
) -> Vec<RenderedStep> {
    let context = finding.context_with(given);
    let scope = CommandScope {
        region: context.get(guide::Field::Region).map(str::to_owned),
        ..scope.clone()
    };
    finding
        .symptom
        .and_then(|s| guide::guide_for(s).ok())
        .map(|g| render::render_steps(g, &context, &scope, lang))
        .unwrap_or_default()
}

/// The symptom's title, or the "not one of the six" sentence.
pub fn symptom_title(symptom: Option<Symptom>, lang: Lang) -> String {
    match symptom {
        Some(symptom) => tr!(lang, &symptom.title_id()),
        None => tr!(lang, "triage-symptom-unknown"),
    }
}

pub fn confidence_percent(confidence: f64) -> i64 {
    (confidence * 100.0).round() as i64
}

/// The fields as `label: value` lines, labels padded to one width (in terminal cells).
pub fn field_lines(fields: &Fields, lang: Lang) -> Vec<String> {
    let labels: Vec<String> = FIELD_NAMES
        .iter()
        .map(|n| tr!(lang, &field_label_id(n)))
        .collect();
    let width = labels.iter().map(|l| l.width()).max().unwrap_or(0);
    FIELD_NAMES
        .iter()
        .zip(labels)
        .map(|(name, label)| {
            let value = match fields.get(name) {
                Some(value) => shown_value(name, &value, lang),
                None => tr!(lang, "triage-field-none"),
            };
            let pad = " ".repeat(width.saturating_sub(label.width()));
            format!("{label}{pad}  {value}")
        })
        .collect()
}

/// A note for a value read from outside text that holds hidden characters (controls, bidi
/// marks, zero-width ones): such a name or ARN is not what it looks like.
pub fn hidden_note(name: &str, value: &str, lang: Lang) -> Option<String> {
    crate::safe_text::has_hidden(value).then(|| {
        if name.ends_with("arn") {
            tr!(lang, "reading-arn-hidden")
        } else {
            tr!(lang, "reading-value-hidden")
        }
    })
}

/// A value read from outside text as it is shown: hidden characters as escapes, and the
/// [`hidden_note`] after it when there were any.
pub fn shown_value(name: &str, value: &str, lang: Lang) -> String {
    let shown = crate::safe_text::visible_line(value);
    match hidden_note(name, value, lang) {
        Some(note) => format!("{shown} ({note})"),
        None => shown.into_owned(),
    }
}

/// A one-line summary of a further error.
pub fn other_summary(finding: &Reading, lang: Lang) -> String {
    let mut parts = vec![format!(
        "{} ({}%)",
        finding.symptom_id(),
        confidence_percent(finding.confidence)
    )];
    for name in ["error_code", "action", "principal_arn", "resource_arn"] {
        if let Some(value) = finding.fields.get(name) {
            let value = shown_value(name, &value, lang);
            parts.push(format!("{}: {value}", tr!(lang, &field_label_id(name))));
        }
    }
    parts.join(" · ")
}

/// A code fence longer than any run of backticks in `text`.
pub(crate) fn fence_for(text: &str) -> String {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        run = if c == '`' { run + 1 } else { 0 };
        longest = longest.max(run);
    }
    "`".repeat((longest + 1).max(3))
}

pub(crate) fn table_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

/// The Markdown report. Without a pasted message (a wizard session that started from a
/// symptom) the message, symptom and values sections are left out.
pub fn markdown(input: &ReportInput) -> String {
    let lang = input.lang;
    let mut redactor = Redactor::new();
    // Steps are filled from the real values, where ARNs still parse, and redacted after.
    let steps = match &input.steps {
        Some(steps) => steps_markdown(steps, "###"),
        None => steps_markdown(&steps_for(&input.triage.lead, lang), "###"),
    };
    let (pasted, triage, extra, steps) = if input.redact {
        // Every part is learnt before any is redacted, so a session name that only a probe
        // saw is also caught where the pasted text mentions it.
        for section in &input.extra_sections {
            redactor.learn(&section.markdown);
        }
        redactor.learn(&steps);
        let triage = redact_triage(&mut redactor, input.pasted, input.triage);
        let pasted = redactor.redact(input.pasted);
        let extra = input
            .extra_sections
            .iter()
            .map(|s| Section {
                title: s.title.clone(),
                markdown: redactor.redact(&s.markdown),
            })
            .collect();
        let steps = redactor.redact(&steps);
        (pasted, triage, extra, steps)
    } else {
        (
            input.pasted.to_owned(),
            input.triage.clone(),
            input.extra_sections.clone(),
            steps,
        )
    };
    let mut out = format!("# {}\n\n", tr!(lang, "report-title"));
    if input.redact {
        out.push_str(&format!("> {}\n\n", tr!(lang, "report-redacted-note")));
    }
    if !pasted.trim().is_empty() {
        out.push_str(&triage_markdown(&pasted, &triage, lang));
    }
    for section in &extra {
        out.push_str(&format!(
            "## {}\n\n{}\n\n",
            section.title,
            section.markdown.trim_end()
        ));
    }
    if !steps.is_empty() {
        out.push_str(&format!("## {}\n\n", tr!(lang, "report-heading-steps")));
        out.push_str(&steps);
    }
    out
}

/// The pasted message, the symptom it shows and the values read from it.
fn triage_markdown(pasted: &str, triage: &Triage, lang: Lang) -> String {
    let lead = &triage.lead;
    let mut out = String::new();
    let fence = fence_for(pasted);
    out.push_str(&format!(
        "## {}\n\n{fence}text\n{}\n{fence}\n\n",
        tr!(lang, "report-heading-error"),
        pasted.trim_end()
    ));
    out.push_str(&format!(
        "## {}\n\n**{}** (`{}`) · {}\n\n",
        tr!(lang, "report-heading-symptom"),
        symptom_title(lead.symptom, lang),
        lead.symptom_id(),
        tr!(
            lang,
            "triage-confidence",
            percent = confidence_percent(lead.confidence)
        )
    ));
    if lead.symptom.is_none() {
        out.push_str(&format!("{}\n\n", tr!(lang, "triage-unknown-hint")));
    }
    out.push_str(&format!(
        "## {}\n\n| {} | {} |\n|---|---|\n",
        tr!(lang, "report-heading-fields"),
        tr!(lang, "report-table-field"),
        tr!(lang, "report-table-value")
    ));
    for name in FIELD_NAMES {
        let value = lead
            .fields
            .get(name)
            .map(|v| {
                let shown = format!("`{}`", table_cell(&crate::safe_text::visible_line(&v)));
                match hidden_note(name, &v, lang) {
                    Some(note) => format!("{shown} ({note})"),
                    None => shown,
                }
            })
            .unwrap_or_else(|| tr!(lang, "triage-field-none"));
        out.push_str(&format!(
            "| {} | {value} |\n",
            tr!(lang, &field_label_id(name))
        ));
    }
    out.push('\n');
    if !triage.others.is_empty() {
        out.push_str(&format!("## {}\n\n", tr!(lang, "report-heading-others")));
        for other in &triage.others {
            out.push_str(&format!("- {}\n", other_summary(other, lang)));
        }
        out.push('\n');
    }
    out
}
