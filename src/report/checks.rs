//! The checks' results as output: every check with its outcome and evidence, and the findings
//! with their fixes, as plain text or a Markdown list (`diagnose`) and as the JSON contract's
//! `probes` and `findings` arrays. The report's Markdown sections are in `probes.rs`.

use std::collections::BTreeMap;

use serde::Serialize;
use serde_json::Value;
use unicode_width::UnicodeWidthStr;

use super::{FindingForm, FindingWords, fence_for, outcome_label};
use crate::i18n::Lang;
use crate::probes::{
    Finding, Outcome, ProbeReport, Severity, evidence_text, none_answered, probe_summary,
};
use crate::tr;

/// How [`checks_text`] lays out its sections.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextForm {
    /// Headings underlined with dashes, for a terminal.
    Plain,
    /// `##` headings and lists, for a ticket.
    Markdown,
}

#[derive(Debug, Serialize)]
pub struct ProbeJson {
    pub id: &'static str,
    pub outcome: &'static str,
    pub summary: String,
    pub duration_ms: u128,
    pub evidence: BTreeMap<&'static str, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<&'static str>,
}

#[derive(Debug, Serialize)]
pub struct FindingJson {
    pub code: &'static str,
    pub severity: Severity,
    pub title: String,
    pub detail: String,
    pub fix: FixJson,
}

#[derive(Debug, Serialize)]
pub struct FixJson {
    pub text: String,
    pub commands: Vec<String>,
}

/// Every check as the JSON contract's `probes` array.
pub fn probes_json(reports: &[ProbeReport], lang: Lang) -> Vec<ProbeJson> {
    reports
        .iter()
        .map(|r| ProbeJson {
            id: r.id.id(),
            outcome: r.outcome.id(),
            summary: probe_summary(r, lang),
            duration_ms: r.duration.as_millis(),
            evidence: r.evidence.clone(),
            error: match &r.outcome {
                Outcome::Unknown(error) => Some(error.kind()),
                _ => None,
            },
        })
        .collect()
}

/// The findings as the JSON contract's `findings` array.
pub fn findings_json(findings: &[Finding], lang: Lang) -> Vec<FindingJson> {
    findings
        .iter()
        .map(|f| FindingJson {
            code: f.code.into(),
            severity: f.severity,
            title: f.title(lang),
            detail: f.detail(lang),
            fix: FixJson {
                text: f.fix(lang),
                commands: f.commands.clone(),
            },
        })
        .collect()
}

/// The findings, the checks with their evidence, and then `steps_text` under its heading.
pub fn checks_text(
    reports: &[ProbeReport],
    findings: &[Finding],
    steps_text: String,
    lang: Lang,
    form: TextForm,
) -> String {
    let markdown = form == TextForm::Markdown;
    let mut out = String::new();
    let heading = |title: String| {
        if markdown {
            format!("## {title}\n\n")
        } else {
            format!("{title}\n{}\n\n", "-".repeat(title.width()))
        }
    };
    out.push_str(&heading(tr!(lang, "diagnose-heading-findings")));
    if none_answered(reports) {
        out.push_str(&tr!(lang, "diagnose-none-answered"));
        out.push_str("\n\n");
    } else if findings.is_empty() {
        out.push_str(&tr!(lang, "diagnose-no-findings"));
        out.push_str("\n\n");
    }
    for finding in findings {
        let marker = if markdown { "- " } else { "* " };
        out.push_str(&FindingWords::new(finding, lang).render(FindingForm::Item(marker)));
        for command in &finding.commands {
            if markdown {
                let fence = fence_for(command);
                out.push_str(&format!(
                    "\n  {fence}sh\n  {}\n  {fence}\n",
                    command.replace('\n', "\n  ")
                ));
            } else {
                for line in command.lines() {
                    out.push_str(&format!("    {line}\n"));
                }
            }
        }
        out.push('\n');
    }
    out.push_str(&heading(tr!(lang, "diagnose-heading-probes")));
    for report in reports {
        out.push_str(&format!(
            "{}[{}] {} ({} ms): {}\n",
            if markdown { "- " } else { "" },
            outcome_label(&report.outcome, lang),
            tr!(lang, &report.id.title_id()),
            report.duration.as_millis(),
            probe_summary(report, lang)
        ));
        for (key, value) in &report.evidence {
            out.push_str(&format!("    {key}: {}\n", evidence_text(value)));
        }
    }
    out.push('\n');
    out.push_str(&heading(tr!(lang, "diagnose-heading-steps")));
    out.push_str(&steps_text);
    out
}
