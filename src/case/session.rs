//! The wizard's session as it is kept between runs: what was typed and pasted, where the
//! person was, and the checks' results, in the state directory
//! (`$XDG_STATE_HOME/eks-iam-tui/`, else `~/.local/state/eks-iam-tui/`), so that quitting,
//! a closed terminal or a SIGTERM loses nothing and `--resume` brings it back.
//!
//! The results are kept as case files ([`CaseFile`]): the same language-neutral records, read
//! back through the same checks.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};
use serde_json::Value;

use super::CaseFile;
use crate::guide::{Field, Symptom};
use crate::i18n::Lang;
use crate::read_input::read_file_bytes;

/// What the `kind` field of a kept session says.
pub const SESSION_KIND: &str = "eks-iam-tui-session";
/// The version of the layout this build writes and reads.
pub const SESSION_SCHEMA: u32 = 1;
/// The folder under the state directory.
const APP_DIR: &str = "eks-iam-tui";
/// A kept session is a few kilobytes; a case's evidence may make it larger.
pub const MAX_SESSION_BYTES: usize = 8 * 1024 * 1024;
/// How many kept sessions the home screen offers, newest first.
pub const RECENT: usize = 9;
/// How many kept sessions stay in the state directory; older ones are removed at start-up.
pub const KEPT_SESSIONS: usize = 20;

/// The screen the person was on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum SessionScreen {
    Home,
    ErrorMessage,
    Context,
    Guide,
    AwsAuth,
    Probes,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    pub schema: u32,
    pub kind: String,
    /// RFC 3339, UTC: when it was last written.
    pub saved_at: String,
    pub lang: Lang,
    pub screen: SessionScreen,
    #[serde(default)]
    pub symptom: Option<Symptom>,
    /// Every value as it stands in the details' fields.
    #[serde(default)]
    pub values: BTreeMap<Field, String>,
    #[serde(default)]
    pub focus: usize,
    #[serde(default)]
    pub guide_step: usize,
    #[serde(default)]
    pub home_cursor: usize,
    /// What was pasted or typed on the error-message screen.
    #[serde(default)]
    pub pasted: String,
    /// The case file the wizard was opened on, and where it was read from.
    #[serde(default)]
    pub case: Option<CaseFile>,
    #[serde(default)]
    pub case_path: Option<PathBuf>,
    /// The results of the wizard's own last run of the checks, as a case.
    #[serde(default)]
    pub live: Option<CaseFile>,
    /// The AWS profile named for the checks (picked, or given with `--profile`), so a resumed
    /// wizard signs as the same one; a profile from `AWS_PROFILE` is not kept. Older sessions
    /// have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// The kubeconfig context kubectl's identity was read from, by name: it is looked up in
    /// the kubeconfig again on resume. Older sessions have none.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kube_context: Option<String>,
}

impl Session {
    /// The same session, ignoring when it was written: whether it changed.
    pub fn same_as(&self, other: &Session) -> bool {
        let mut other = other.clone();
        other.saved_at = self.saved_at.clone();
        *self == other
    }

    pub fn to_json(&self) -> Result<String, serde_json::Error> {
        serde_json::to_string_pretty(self).map(|text| text + "\n")
    }
}

/// Why a kept session could not be read back.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SessionError {
    #[error("could not be read: {0}")]
    Read(crate::read_input::ReadError),
    #[error("not a kept session: {0}")]
    Invalid(String),
}

/// Reads a kept session: JSON of this kind and schema, every case in it readable.
pub fn from_bytes(bytes: &[u8]) -> Result<Session, SessionError> {
    let document: Value =
        serde_json::from_slice(bytes).map_err(|error| SessionError::Invalid(error.to_string()))?;
    if document.get("kind").and_then(Value::as_str) != Some(SESSION_KIND)
        || document.get("schema").and_then(Value::as_u64) != Some(u64::from(SESSION_SCHEMA))
    {
        return Err(SessionError::Invalid("kind or schema".to_owned()));
    }
    let session: Session = serde_json::from_value(document)
        .map_err(|error| SessionError::Invalid(error.to_string()))?;
    for case in session.case.iter().chain(session.live.iter()) {
        case.replay()
            .map_err(|error| SessionError::Invalid(error.to_string()))?;
    }
    Ok(session)
}

pub fn from_path(path: &Path) -> Result<Session, SessionError> {
    let bytes = read_file_bytes(path, MAX_SESSION_BYTES).map_err(SessionError::Read)?;
    from_bytes(&bytes)
}

/// The state directory: `$XDG_STATE_HOME/eks-iam-tui`, else `$HOME/.local/state/eks-iam-tui`
/// (the XDG Base Directory rule: a relative `XDG_STATE_HOME` is ignored). `None` when
/// neither names an absolute folder.
pub fn state_dir(get: impl Fn(&str) -> Option<String>) -> Option<PathBuf> {
    let absolute = |value: Option<String>| {
        value
            .filter(|v| !v.is_empty())
            .map(PathBuf::from)
            .filter(|p| p.is_absolute())
    };
    absolute(get("XDG_STATE_HOME"))
        .or_else(|| absolute(get("HOME")).map(|home| home.join(".local").join("state")))
        .map(|base| base.join(APP_DIR))
}

/// The environment variable that switches keeping off, as `--no-keep` does.
pub const NO_KEEP_ENV: &str = "EKS_IAM_TUI_NO_KEEP";

/// Whether keeping is switched off: by `--no-keep`, or by [`NO_KEEP_ENV`] set to anything but
/// empty, `0` or `false` (so `EKS_IAM_TUI_NO_KEEP=0` in a shell profile can turn it back on).
pub fn keeping_switched_off(flag: bool, env: Option<&str>) -> bool {
    flag || env
        .map(str::trim)
        .is_some_and(|v| !v.is_empty() && v != "0" && !v.eq_ignore_ascii_case("false"))
}

/// A new session's file: `session-<UTC stamp>-<process id>.json`, so two wizards at once never
/// share one.
pub fn new_file_name(saved_at: &str, pid: u32) -> String {
    let stamp: String = saved_at
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .collect();
    format!("session-{stamp}-{pid}.json")
}

/// Whether `name` is one of the files this tool keeps sessions in.
fn is_session_file_name(name: &str) -> bool {
    name.starts_with("session-") && name.ends_with(".json")
}

/// Removes all but the `keep` most recently written session files in `dir` (by modification
/// time, as a resumed session goes on in its old file); returns how many were removed. Only
/// regular files named `session-*.json` are touched: a link, a folder or any other file is left
/// alone, and a file that cannot be removed is skipped.
pub fn prune(dir: &Path, keep: usize) -> usize {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return 0;
    };
    let mut sessions: Vec<(std::time::SystemTime, PathBuf)> = entries
        .filter_map(Result::ok)
        .filter(|entry| entry.file_name().to_str().is_some_and(is_session_file_name))
        .filter_map(|entry| {
            // The entry's own metadata: a symbolic link is not followed.
            let metadata = entry.metadata().ok()?;
            let modified = metadata.modified().ok()?;
            metadata
                .file_type()
                .is_file()
                .then(|| (modified, entry.path()))
        })
        .collect();
    // Newest first; the name (its UTC stamp) breaks ties.
    sessions.sort_by(|a, b| b.cmp(a));
    sessions
        .iter()
        .skip(keep)
        .filter(|(_, path)| std::fs::remove_file(path).is_ok())
        .count()
}

/// A kept session on disk, for `--resume` and the home screen's recent cases.
#[derive(Debug, Clone, PartialEq)]
pub struct Kept {
    pub path: PathBuf,
    pub session: Session,
}

/// The kept sessions in `dir` that read back, newest first (by when they were saved), at
/// most `limit`. Files that do not read are left alone and not offered.
pub fn recent(dir: &Path, limit: usize) -> Vec<Kept> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut names: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(is_session_file_name)
        })
        .collect();
    // The stamp in the name sorts by time; the newest are read first and the rest not at all.
    names.sort();
    names.reverse();
    let mut kept: Vec<Kept> = names
        .into_iter()
        .take(limit * 4)
        .filter_map(|path| from_path(&path).ok().map(|session| Kept { path, session }))
        .collect();
    kept.sort_by(|a, b| b.session.saved_at.cmp(&a.session.saved_at));
    kept.truncate(limit);
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env(pairs: &[(&str, &str)]) -> impl Fn(&str) -> Option<String> {
        let pairs: Vec<(String, String)> = pairs
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        }
    }

    #[test]
    fn the_state_directory_follows_xdg() {
        assert_eq!(
            state_dir(env(&[("XDG_STATE_HOME", "/s"), ("HOME", "/h")])),
            Some(PathBuf::from("/s/eks-iam-tui"))
        );
        assert_eq!(
            state_dir(env(&[("XDG_STATE_HOME", ""), ("HOME", "/h")])),
            Some(PathBuf::from("/h/.local/state/eks-iam-tui"))
        );
        // A relative XDG_STATE_HOME is invalid by the specification and ignored.
        assert_eq!(
            state_dir(env(&[("XDG_STATE_HOME", "rel"), ("HOME", "/h")])),
            Some(PathBuf::from("/h/.local/state/eks-iam-tui"))
        );
        assert_eq!(state_dir(env(&[])), None);
    }

    #[test]
    fn pruning_keeps_the_newest_session_files_and_touches_nothing_else() {
        use std::time::{Duration, SystemTime};
        let dir = tempfile::tempdir().expect("temp dir");
        let at = |n: u64| SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000 + n * 60);
        // Written in an order unlike their names: the oldest name was written last (resumed).
        let mut written = Vec::new();
        for n in 0..25_u64 {
            let name = format!("session-2026120{}T1200{n:02}Z-1.json", n % 3);
            let path = dir.path().join(&name);
            let file = std::fs::File::create(&path).expect("create");
            let minute = if n == 0 { 100 } else { n };
            file.set_modified(at(minute)).expect("mtime");
            written.push((minute, name));
        }
        let others = [
            "notes.json",
            "session-notes.txt",
            ".session-20261203T120000Z-1.json.partial",
            "eks-iam-tui-case-aws-auth-path.json",
        ];
        for name in others {
            let file = std::fs::File::create(dir.path().join(name)).expect("create");
            file.set_modified(at(0)).expect("mtime");
        }
        std::fs::create_dir(dir.path().join("session-folder.json")).expect("folder");
        let outside = tempfile::NamedTempFile::new().expect("outside");
        std::os::unix::fs::symlink(outside.path(), dir.path().join("session-link.json"))
            .expect("link");

        assert_eq!(prune(dir.path(), KEPT_SESSIONS), 5);
        written.sort();
        let mut left: Vec<String> = std::fs::read_dir(dir.path())
            .expect("read")
            .filter_map(Result::ok)
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        left.sort();
        let mut expected: Vec<String> = written
            .iter()
            .skip(5)
            .map(|(_, name)| name.clone())
            .chain(others.iter().map(|n| (*n).to_owned()))
            .chain([
                "session-folder.json".to_owned(),
                "session-link.json".to_owned(),
            ])
            .collect();
        expected.sort();
        assert_eq!(left, expected);
        assert!(outside.path().exists());
        // Nothing more to remove; a missing folder is nothing to remove.
        assert_eq!(prune(dir.path(), KEPT_SESSIONS), 0);
        assert_eq!(prune(&dir.path().join("missing"), KEPT_SESSIONS), 0);
    }

    #[test]
    fn keeping_is_switched_off_by_the_flag_or_the_environment() {
        assert!(!keeping_switched_off(false, None));
        assert!(keeping_switched_off(true, None));
        assert!(keeping_switched_off(true, Some("0")));
        for on in ["", " ", "0", "false", "FALSE"] {
            assert!(!keeping_switched_off(false, Some(on)), "{on:?}");
        }
        for off in ["1", "yes", "true"] {
            assert!(keeping_switched_off(false, Some(off)), "{off:?}");
        }
    }

    #[test]
    fn a_session_reads_back_and_others_are_refused() {
        let session = Session {
            schema: SESSION_SCHEMA,
            kind: SESSION_KIND.to_owned(),
            saved_at: "2026-12-03T12:00:00Z".to_owned(),
            lang: Lang::Ja,
            screen: SessionScreen::Context,
            symptom: Some(Symptom::AwsAuthPath),
            values: BTreeMap::from([(Field::Cluster, "prod".to_owned())]),
            focus: 1,
            guide_step: 0,
            home_cursor: 2,
            pasted: "error: You must be logged in".to_owned(),
            case: None,
            case_path: None,
            live: None,
            profile: Some("cust prod".to_owned()),
            kube_context: Some("prod-ctx".to_owned()),
        };
        let text = session.to_json().expect("json");
        assert_eq!(from_bytes(text.as_bytes()), Ok(session.clone()));
        let mut later = session.clone();
        later.saved_at = "2026-12-03T13:00:00Z".to_owned();
        assert!(session.same_as(&later));
        later.pasted.push('x');
        assert!(!session.same_as(&later));
        let case = text.replace(SESSION_KIND, "eks-iam-tui-case");
        assert!(from_bytes(case.as_bytes()).is_err());
        assert!(from_bytes(b"\x1b]52;c;x\x07").is_err());
    }

    /// A session kept before the profile and the kubeconfig context were kept reads back,
    /// without them.
    #[test]
    fn an_older_session_without_profile_or_context_still_reads() {
        let older = format!(
            r#"{{"schema":{SESSION_SCHEMA},"kind":"{SESSION_KIND}","saved_at":"2026-12-01T09:00:00Z","lang":"en","screen":"context","symptom":"aws-auth-path","values":{{"cluster":"prod"}}}}"#
        );
        let session = from_bytes(older.as_bytes()).expect("an older session reads");
        assert_eq!(session.profile, None);
        assert_eq!(session.kube_context, None);
        assert_eq!(
            session.values.get(&Field::Cluster).map(String::as_str),
            Some("prod")
        );
    }
}
