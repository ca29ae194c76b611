//! The probes' part of a report: every probe with its outcome and evidence, the findings
//! with their fixes, and the values the steps were filled with, as Markdown sections.

use super::{Section, fence_for, table_cell};
use crate::guide::{Context, Field};
use crate::i18n::Lang;
use crate::probes::{
    Finding, Outcome, ProbeReport, collect_findings, evidence_text, probe_summary,
};
use crate::tr;

/// The finding's severity in the reader's language (`diagnose-severity-error`, ...).
pub fn severity_label(finding: &Finding, lang: Lang) -> String {
    tr!(
        lang,
        &format!("diagnose-severity-{}", finding.severity.id())
    )
}

/// A finding's words in one language, as the text and Markdown forms show them.
pub(crate) struct FindingWords {
    pub code: &'static str,
    pub title: String,
    /// The severity in the reader's language.
    pub severity: String,
    pub detail: String,
    pub fix_label: String,
    pub fix: String,
}

impl FindingWords {
    pub fn new(finding: &Finding, lang: Lang) -> Self {
        FindingWords {
            code: finding.code.into(),
            title: finding.title(lang),
            severity: severity_label(finding, lang),
            detail: finding.detail(lang),
            fix_label: tr!(lang, "diagnose-fix"),
            fix: finding.fix(lang),
        }
    }

    /// The finding's heading, detail and fix in one of the forms.
    pub fn render(&self, form: FindingForm) -> String {
        let FindingWords {
            code,
            title,
            severity,
            detail,
            fix_label,
            fix,
        } = self;
        match form {
            FindingForm::Item(marker) => {
                format!("{marker}[{code}] {title} ({severity})\n  {detail}\n  {fix_label}: {fix}\n")
            }
            FindingForm::Section => format!(
                "### `{code}` {title} ({severity})\n\n{detail}\n\n**{fix_label}**: {fix}\n\n"
            ),
        }
    }
}

/// How a finding's words are laid out.
#[derive(Debug, Clone, Copy)]
pub(crate) enum FindingForm {
    /// A list item after `marker` (`* ` in text, `- ` in a Markdown list), indented below.
    Item(&'static str),
    /// A Markdown section under a `###` heading.
    Section,
}

/// A check's outcome in words, the same in every output and on the wizard's screen.
pub fn outcome_label(outcome: &Outcome, lang: Lang) -> String {
    tr!(lang, &format!("diagnose-outcome-{}", outcome.id()))
}

/// The findings and the probes as two sections; none when no probe ran (the wizard before
/// its probes, `explain`).
pub fn probe_sections(reports: &[ProbeReport], lang: Lang) -> Vec<Section> {
    if reports.is_empty() {
        return Vec::new();
    }
    let findings = collect_findings(reports);
    let mut findings_md = String::new();
    if crate::probes::none_answered(reports) {
        findings_md.push_str(&tr!(lang, "diagnose-none-answered"));
        findings_md.push('\n');
        if !findings.is_empty() {
            findings_md.push('\n');
        }
    } else if findings.is_empty() {
        findings_md.push_str(&tr!(lang, "diagnose-no-findings"));
        findings_md.push('\n');
    }
    for finding in &findings {
        findings_md.push_str(&FindingWords::new(finding, lang).render(FindingForm::Section));
        for command in &finding.commands {
            let fence = fence_for(command);
            findings_md.push_str(&format!("{fence}sh\n{command}\n{fence}\n\n"));
        }
    }
    let mut probes_md = String::new();
    for report in reports {
        probes_md.push_str(&format!(
            "### {} (`{}`): {}\n\n{} ({} ms)\n\n",
            tr!(lang, &report.id.title_id()),
            report.id.id(),
            outcome_label(&report.outcome, lang),
            probe_summary(report, lang),
            report.duration.as_millis()
        ));
        if !report.evidence.is_empty() {
            probes_md.push_str(&format!(
                "| {} | {} |\n|---|---|\n",
                tr!(lang, "report-table-evidence"),
                tr!(lang, "report-table-value")
            ));
            for (key, value) in &report.evidence {
                probes_md.push_str(&format!(
                    "| `{key}` | {} |\n",
                    table_cell(&evidence_text(value))
                ));
            }
            probes_md.push('\n');
        }
    }
    vec![
        Section {
            title: tr!(lang, "diagnose-heading-findings"),
            markdown: findings_md,
        },
        Section {
            title: tr!(lang, "diagnose-heading-probes"),
            markdown: probes_md,
        },
    ]
}

/// The values the steps were filled with (typed, corrected, or learnt by the probes).
pub fn context_section(context: &Context, lang: Lang) -> Section {
    let mut markdown = format!(
        "| {} | {} |\n|---|---|\n",
        tr!(lang, "report-table-field"),
        tr!(lang, "report-table-value")
    );
    for field in Field::ALL {
        let value = context
            .get(field)
            .map(|v| format!("`{}`", table_cell(v)))
            .unwrap_or_else(|| tr!(lang, "report-value-unset"));
        markdown.push_str(&format!("| {} | {value} |\n", tr!(lang, &field.label_id())));
    }
    Section {
        title: tr!(lang, "report-heading-context"),
        markdown,
    }
}
