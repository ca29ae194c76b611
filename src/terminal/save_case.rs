//! `s` in the wizard: the case written where the person chose, as `collect` writes one
//! (redacted unless switched off, never over another file, readable by its owner only),
//! bounded in time (a path can be on a stalled network mount).

use std::path::PathBuf;
use std::time::Duration;

use crate::case::write::{now_rfc3339, to_json, write_new};
use crate::case::{CaseFile, redact};
use crate::report::RedactionCounts;
use crate::wizard::ReportWriteError;

const WRITE_TIMEOUT: Duration = Duration::from_secs(5);

fn save(
    path: PathBuf,
    mut case: CaseFile,
    redact_it: bool,
) -> Result<(PathBuf, Option<RedactionCounts>), ReportWriteError> {
    let failed = |details: String| ReportWriteError {
        path: path.clone(),
        details,
    };
    if case.collected_at.is_empty() {
        case.collected_at = now_rfc3339();
    }
    // A case already redacted by whoever collected it stays as it is.
    let (case, counts) = if redact_it && !case.redacted {
        let (case, counts) = redact::redact(&case).map_err(|e| failed(e.to_string()))?;
        (case, Some(counts))
    } else {
        (case, None)
    };
    let text = to_json(&case).map_err(|e| failed(e.to_string()))?;
    // Said as an absolute path, so the person can find it from another terminal.
    let target = std::path::absolute(&path).unwrap_or_else(|_| path.clone());
    let written = write_new(&target, &text).map_err(|e| failed(e.to_string()))?;
    Ok((written, counts))
}

pub async fn save_case(
    path: PathBuf,
    case: CaseFile,
    redact_it: bool,
) -> Result<(PathBuf, Option<RedactionCounts>), ReportWriteError> {
    let target = path.clone();
    let task = tokio::task::spawn_blocking(move || save(target, case, redact_it));
    match tokio::time::timeout(WRITE_TIMEOUT, task).await {
        Ok(Ok(result)) => result,
        Ok(Err(join)) => Err(ReportWriteError {
            path,
            details: join.to_string(),
        }),
        Err(_) => Err(ReportWriteError {
            path,
            details: std::io::Error::from(std::io::ErrorKind::TimedOut).to_string(),
        }),
    }
}
