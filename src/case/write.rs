//! Where a case file goes: a name that says what it is, and never over another file.

use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use aws_smithy_types::DateTime;
use aws_smithy_types::date_time::Format;

use super::CaseFile;
use crate::guide::Symptom;

/// How many numbered names (`-2`, `-3`...) are tried before giving up.
const MAX_ATTEMPTS: usize = 1000;

/// Now, in RFC 3339 UTC to the second (`2026-12-03T12:53:48Z`).
pub fn now_rfc3339() -> String {
    let now = DateTime::from(SystemTime::now());
    let seconds = DateTime::from_secs(now.secs());
    seconds
        .fmt(Format::DateTime)
        .unwrap_or_else(|_| "1970-01-01T00:00:00Z".to_owned())
}

/// The default name: `eks-iam-tui-case-<symptom>-<UTC stamp>.json`, the stamp taken from the
/// collected-at time without its separators (`20261203T125348Z`).
pub fn default_name(symptom: Symptom, collected_at: &str) -> String {
    let stamp: String = collected_at
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("eks-iam-tui-case-{}-{stamp}.json", symptom.id())
}

/// `path` with `-n` before its extension: `case.json` → `case-2.json` (the wizard's report
/// names its free files the same way).
pub fn numbered(path: &Path, n: usize) -> PathBuf {
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let name = match path.extension() {
        Some(ext) => format!("{stem}-{n}.{}", ext.to_string_lossy()),
        None => format!("{stem}-{n}"),
    };
    path.with_file_name(name)
}

/// Writes `text` to `path`, or to `path-2`, `path-3`... when a file of that name exists
/// (created atomically with `create_new`, so no file is ever replaced). Returns where it went.
pub fn write_new(path: &Path, text: &str) -> io::Result<PathBuf> {
    for attempt in 1..=MAX_ATTEMPTS {
        let candidate = if attempt == 1 {
            path.to_path_buf()
        } else {
            numbered(path, attempt)
        };
        let mut options = OpenOptions::new();
        options.write(true).create_new(true);
        // Readable by its owner only, as the wizard's reports: even redacted, a case names
        // the customer's roles and clusters.
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(&candidate) {
            Ok(mut file) => {
                file.write_all(text.as_bytes())?;
                file.sync_all()?;
                return Ok(candidate);
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => continue,
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::from(io::ErrorKind::AlreadyExists))
}

/// The case as the file holds it: pretty JSON ending in a newline.
pub fn to_json(case: &CaseFile) -> Result<String, serde_json::Error> {
    serde_json::to_string_pretty(case).map(|text| text + "\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_default_name_says_what_it_is() {
        assert_eq!(
            default_name(Symptom::ConsoleNodes, "2026-12-03T12:53:48Z"),
            "eks-iam-tui-case-console-nodes-20261203T125348Z.json"
        );
        let now = now_rfc3339();
        assert_eq!(now.len(), "2026-12-03T12:53:48Z".len(), "{now}");
        assert!(now.ends_with('Z'), "{now}");
    }

    #[test]
    fn an_existing_file_is_never_replaced() {
        let dir = std::env::temp_dir().join(format!("case-write-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let path = dir.join("case.json");
        let _ = std::fs::remove_file(&path);
        let _ = std::fs::remove_file(dir.join("case-2.json"));
        let _ = std::fs::remove_file(dir.join("case-3.json"));
        assert_eq!(write_new(&path, "one").expect("first"), path);
        assert_eq!(
            write_new(&path, "two").expect("second"),
            dir.join("case-2.json")
        );
        assert_eq!(
            write_new(&path, "three").expect("third"),
            dir.join("case-3.json")
        );
        assert_eq!(std::fs::read_to_string(&path).expect("read"), "one");
        assert_eq!(
            std::fs::read_to_string(dir.join("case-2.json")).expect("read"),
            "two"
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}
