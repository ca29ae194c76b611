//! Writing the wizard's report: never over an existing file (a free name beside it is
//! taken), readable by its owner only (it holds account ids and ARNs), with every hidden
//! character of outside text shown as an escape (`cat report.md` must not drive the reader's
//! terminal), bounded in time (a path can be on a stalled network mount).

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt as _;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::wizard::ReportWriteError;

const WRITE_TIMEOUT: Duration = Duration::from_secs(5);
/// `report.md`, `report-2.md` ... `report-99.md`; then the person should tidy up.
const MAX_CANDIDATES: usize = 99;

fn candidate(path: &Path, n: usize) -> PathBuf {
    if n == 1 {
        path.to_owned()
    } else {
        crate::case::write::numbered(path, n)
    }
}

fn write_new(path: &Path, contents: &str) -> Result<PathBuf, ReportWriteError> {
    let error = |path: &Path, details: String| ReportWriteError {
        path: path.to_owned(),
        details,
    };
    // Said as an absolute path, so the person can find it from another terminal.
    let path = std::path::absolute(path).unwrap_or_else(|_| path.to_owned());
    let contents = crate::safe_text::visible(contents);
    for n in 1..=MAX_CANDIDATES {
        let target = candidate(&path, n);
        match std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&target)
        {
            Ok(mut file) => {
                return file
                    .write_all(contents.as_bytes())
                    .and_then(|()| file.flush())
                    .map(|()| target.clone())
                    .map_err(|e| error(&target, e.to_string()));
            }
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(error(&target, e.to_string())),
        }
    }
    Err(error(
        &path,
        std::io::Error::from(std::io::ErrorKind::AlreadyExists).to_string(),
    ))
}

/// Writes `contents` to `path` or the first free `-N` name beside it; returns the path.
pub async fn write_report(path: PathBuf, contents: String) -> Result<PathBuf, ReportWriteError> {
    let target = path.clone();
    let task = tokio::task::spawn_blocking(move || write_new(&target, &contents));
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_existing_report_is_never_overwritten() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("r.md");
        assert_eq!(write_new(&path, "one").unwrap(), path);
        let second = write_new(&path, "two").unwrap();
        assert_eq!(second, dir.path().join("r-2.md"));
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "one");
        assert_eq!(std::fs::read_to_string(&second).unwrap(), "two");
    }

    #[test]
    fn a_report_is_private_and_shows_escapes() {
        use std::os::unix::fs::PermissionsExt as _;
        let dir = tempfile::tempdir().unwrap();
        let written = write_new(&dir.path().join("r.md"), "a\x1b]52;c;eA==\x07b\u{202e}").unwrap();
        let mode = std::fs::metadata(&written).unwrap().permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let text = std::fs::read_to_string(&written).unwrap();
        assert_eq!(text, "a\\x1b]52;c;eA==\\x07b\\u{202e}");
    }
}
