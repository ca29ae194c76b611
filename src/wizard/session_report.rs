//! The session's Markdown report, written to a file from the wizard (`w`), and the redaction
//! toggle (`r`) that applies to it. `update` only builds the text and asks the run loop to
//! write it ([`Cmd::WriteReport`]); the run loop answers with [`Msg::ReportWritten`].
//!
//! The report follows what the person sees: on the error-message screen, the pasted message
//! and the symptom it shows; after that (details, guide), the symptom the person works on
//! and the values as they stand, corrected ones included. Probe evidence is passed in by the
//! caller, so the probe screen can hand over its reports.

use std::path::PathBuf;

use ratatui::text::{Line, Span};

use super::model::{Model, Notice, Screen};
use super::theme::Theme;
use super::update::{Cmd, rendered_steps};
use crate::i18n::Lang;
use crate::probes::ProbeReport;
use crate::report::{self, ReportInput, Section};
use crate::tr;
use crate::triage::{Reading, Triage};

/// The file name a report gets in [`ReportState::dir`]; the run loop adds `-2`, `-3`... when
/// a file of that name exists, never overwriting one.
pub const REPORT_FILE_STEM: &str = "eks-iam-tui-report";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportState {
    /// Replace account ids, session names and access key ids with placeholders.
    pub redact: bool,
    /// Where reports are written (`EKS_IAM_TUI_REPORT_DIR`, else the working directory).
    pub dir: PathBuf,
}

impl Default for ReportState {
    fn default() -> Self {
        ReportState {
            redact: false,
            dir: PathBuf::from("."),
        }
    }
}

/// Why a report could not be written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportWriteError {
    pub path: PathBuf,
    pub details: String,
}

/// What the status line says about reports until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ReportNotice {
    Written { path: PathBuf, redacted: bool },
    Failed(ReportWriteError),
    Redaction(bool),
    NothingToReport,
}

impl ReportNotice {
    pub fn text(&self, lang: Lang) -> String {
        match self {
            ReportNotice::Written { path, redacted } => tr!(
                lang,
                if *redacted {
                    "report-written-redacted"
                } else {
                    "report-written"
                },
                path = path.display().to_string()
            ),
            ReportNotice::Failed(error) => tr!(
                lang,
                "report-write-failed",
                path = error.path.display().to_string(),
                details = error.details.clone()
            ),
            ReportNotice::Redaction(true) => tr!(lang, "report-redaction-on"),
            ReportNotice::Redaction(false) => tr!(lang, "report-redaction-off"),
            ReportNotice::NothingToReport => tr!(lang, "report-nothing"),
        }
    }
}

/// `r`: redaction on or off for the next report.
pub fn toggle_redact(model: &mut Model) {
    model.report.redact = !model.report.redact;
    model.notice = Some(Notice::Report(ReportNotice::Redaction(model.report.redact)));
}

/// `w`: the report of the session so far, with the evidence of `probes`, to be written.
pub fn write(model: &mut Model, probes: &[ProbeReport]) -> Vec<Cmd> {
    match session_report(model, probes) {
        Some(contents) => vec![Cmd::WriteReport {
            path: model.report.dir.join(format!("{REPORT_FILE_STEM}.md")),
            contents,
        }],
        None => {
            model.notice = Some(Notice::Report(ReportNotice::NothingToReport));
            vec![]
        }
    }
}

/// What the run loop answered for a [`Cmd::WriteReport`].
pub fn written(model: &mut Model, result: Result<PathBuf, ReportWriteError>) {
    let notice = match result {
        Ok(path) => ReportNotice::Written {
            path,
            redacted: model.report.redact,
        },
        Err(error) => ReportNotice::Failed(error),
    };
    model.notice = Some(Notice::Report(notice));
}

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

/// The line that tells the keys and the redaction state, on the screens that offer them.
pub fn badge(model: &Model, theme: &Theme) -> Line<'static> {
    badge_worded(model, theme, "report-badge")
}

/// The badge worded by `id` (a message taking `$state`): screens whose keys differ say so.
pub fn badge_worded(model: &Model, theme: &Theme, id: &str) -> Line<'static> {
    let lang = model.lang;
    let state = if model.report.redact {
        tr!(lang, "report-badge-redact-on")
    } else {
        tr!(lang, "report-badge-redact-off")
    };
    Line::from(Span::styled(tr!(lang, id, state = state), theme.dim))
}
