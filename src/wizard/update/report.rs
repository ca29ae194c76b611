//! The session report's keys, shared by the screens that offer them: `w` (Ctrl-S where `w`
//! types) asks the run loop to write the report ([`Cmd::WriteReport`]), which answers with
//! [`Msg::ReportWritten`](crate::wizard::Msg::ReportWritten); `r` (Ctrl-R) switches redaction.

use std::path::PathBuf;

use crate::probes::ProbeReport;
use crate::wizard::model::report::{REPORT_FILE_STEM, ReportNotice, ReportWriteError};
use crate::wizard::model::{Model, Notice};
use crate::wizard::msg::Cmd;
use crate::wizard::queries::report::session_report;

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

/// The most a report sent over OSC 52 may hold, in bytes before base64: terminals cut or drop
/// longer sequences (hterm, Chrome OS's Secure Shell, takes at most 100,000 bytes of
/// sequence; 74,994 bytes encode to just under that). A cut report would be worse than none.
pub const MAX_CLIPBOARD_BYTES: usize = 74_994;

/// `C`: the whole report of the session on the clipboard, or a word that it is too large
/// (never a part of it).
pub fn copy_all(model: &mut Model, probes: &[ProbeReport]) -> Vec<Cmd> {
    let Some(contents) = session_report(model, probes) else {
        model.notice = Some(Notice::Report(ReportNotice::NothingToReport));
        return vec![];
    };
    // Measured as the terminal receives it: hidden characters are sent as escapes.
    let bytes = crate::safe_text::visible(&contents).len();
    if bytes > MAX_CLIPBOARD_BYTES {
        model.notice = Some(Notice::Report(ReportNotice::TooLargeToCopy {
            bytes,
            limit: MAX_CLIPBOARD_BYTES,
        }));
        return vec![];
    }
    model.notice = Some(Notice::Report(ReportNotice::Copied { bytes }));
    vec![Cmd::CopyToClipboard(contents)]
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
