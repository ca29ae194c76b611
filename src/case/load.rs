//! Reading a case file someone else wrote: bounded, checked for what it says it is, and
//! refused with a clear message rather than half-read. Nothing in it is run or contacted.

use std::path::Path;

use serde_json::Value;

use super::{CaseFile, KIND, Replayed, SCHEMA};
use crate::i18n::Lang;
use crate::read_input::{ReadError, read_file_bytes};
use crate::tr;

/// The largest case file read: a real one is tens of kilobytes.
pub const MAX_CASE_BYTES: usize = 8 * 1024 * 1024;

/// Why a case file was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LoadError {
    #[error("could not be read: {0}")]
    Read(ReadError),
    #[error("not JSON: {0}")]
    NotJson(String),
    #[error("not a case file (kind {0})")]
    NotACase(String),
    #[error("schema {found} is newer than {SCHEMA}")]
    TooNew { found: u64, version: String },
    #[error("schema {found} is older than any this version reads")]
    TooOld { found: u64 },
    #[error("does not read as a case: {0}")]
    Invalid(String),
    #[error("unknown check {check}")]
    UnknownCheck { check: String, version: String },
}

impl LoadError {
    /// The reason in the person's language, naming the file.
    pub fn message(&self, path: &Path, lang: Lang) -> String {
        let path = path.display().to_string();
        match self {
            LoadError::Read(error) => tr!(
                lang,
                "case-load-unreadable",
                path = path,
                details = error.words(lang)
            ),
            LoadError::NotJson(details) => tr!(
                lang,
                "case-load-not-json",
                path = path,
                details = details.clone()
            ),
            LoadError::NotACase(kind) => {
                tr!(
                    lang,
                    "case-load-not-a-case",
                    path = path,
                    kind = kind.clone()
                )
            }
            LoadError::TooNew { found, version } => tr!(
                lang,
                "case-load-too-new",
                path = path,
                found = found.to_string(),
                version = version.clone(),
                supported = SCHEMA.to_string()
            ),
            LoadError::TooOld { found } => tr!(
                lang,
                "case-load-too-old",
                path = path,
                found = found.to_string(),
                supported = SCHEMA.to_string()
            ),
            LoadError::Invalid(details) => tr!(
                lang,
                "case-load-invalid",
                path = path,
                details = details.clone()
            ),
            LoadError::UnknownCheck { check, version } => tr!(
                lang,
                "case-load-unknown-check",
                path = path,
                check = check.clone(),
                version = version.clone()
            ),
        }
    }
}

/// A value from the file, cut short for a message (the file may hold anything).
fn quoted(value: &Value) -> String {
    let text = value.to_string();
    match text.char_indices().nth(80) {
        Some((end, _)) => format!("{}…", &text[..end]),
        None => text,
    }
}

fn version_of(document: &Value) -> String {
    document
        .pointer("/tool/version")
        .and_then(Value::as_str)
        .map(|v| quoted(&Value::String(v.to_owned())))
        .unwrap_or_else(|| "?".to_owned())
}

/// Reads a case from its bytes: JSON, of this kind, of a schema this version reads, with
/// every field of the right type and every check one this version knows.
pub fn from_bytes(bytes: &[u8]) -> Result<(CaseFile, Replayed), LoadError> {
    // serde_json refuses nesting deeper than 128 levels with an error, never a stack overflow.
    let document: Value =
        serde_json::from_slice(bytes).map_err(|error| LoadError::NotJson(error.to_string()))?;
    let kind = document.get("kind");
    if kind.and_then(Value::as_str) != Some(KIND) {
        return Err(LoadError::NotACase(
            kind.map(quoted).unwrap_or_else(|| "-".to_owned()),
        ));
    }
    match document.get("schema").and_then(Value::as_u64) {
        Some(found) if found > u64::from(SCHEMA) => {
            return Err(LoadError::TooNew {
                found,
                version: version_of(&document),
            });
        }
        // Schema 1 is the first: anything lower was never written.
        Some(found) if found < u64::from(SCHEMA) => return Err(LoadError::TooOld { found }),
        Some(_) => {}
        None => {
            return Err(LoadError::Invalid(format!(
                "schema: {}",
                document.get("schema").map(quoted).unwrap_or_default()
            )));
        }
    }
    let version = version_of(&document);
    let case: CaseFile =
        serde_json::from_value(document).map_err(|error| LoadError::Invalid(error.to_string()))?;
    let replayed = case.replay().map_err(|unknown| LoadError::UnknownCheck {
        check: quoted(&Value::String(unknown.0)),
        version,
    })?;
    Ok((case, replayed))
}

/// Reads the case file at `path` (at most [`MAX_CASE_BYTES`], a regular file only).
pub fn from_path(path: &Path) -> Result<(CaseFile, Replayed), LoadError> {
    let bytes = read_file_bytes(path, MAX_CASE_BYTES).map_err(LoadError::Read)?;
    from_bytes(&bytes)
}
