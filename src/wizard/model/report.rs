//! The session report's state: where reports go and whether they are redacted, and what the
//! status line says about the last one.

use std::path::PathBuf;

use crate::i18n::Lang;
use crate::tr;

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
    Written {
        path: PathBuf,
        redacted: bool,
    },
    Failed(ReportWriteError),
    Redaction(bool),
    NothingToReport,
    /// `C` put the whole report on the clipboard.
    Copied {
        bytes: usize,
    },
    /// `C` did not: the report is larger than a terminal takes over OSC 52.
    TooLargeToCopy {
        bytes: usize,
        limit: usize,
    },
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
            ReportNotice::Copied { bytes } => tr!(lang, "report-copied", bytes = *bytes),
            ReportNotice::TooLargeToCopy { bytes, limit } => tr!(
                lang,
                "report-too-large-to-copy",
                bytes = *bytes,
                limit = *limit
            ),
        }
    }
}
