//! Which kubeconfig files kubectl reads, and reading them into one merged configuration.

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use kube::config::Kubeconfig;

use crate::i18n::Lang;
use crate::read_input::{ReadError, read_file};
use crate::tr;

/// A kubeconfig larger than this is refused: real ones with hundreds of clusters stay far below.
pub const MAX_KUBECONFIG_BYTES: usize = 8 * 1024 * 1024;

/// The files kubectl would read, and why those.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum KubeconfigFiles {
    /// `--kubeconfig FILE`: only that file, which must exist.
    Flag(PathBuf),
    /// `KUBECONFIG`: every file in the list, in order; files that do not exist are skipped.
    Variable(Vec<PathBuf>),
    /// `~/.kube/config`; none at all is an empty configuration.
    Default(PathBuf),
}

impl KubeconfigFiles {
    pub fn paths(&self) -> Vec<&Path> {
        match self {
            KubeconfigFiles::Flag(path) | KubeconfigFiles::Default(path) => vec![path.as_path()],
            KubeconfigFiles::Variable(paths) => paths.iter().map(PathBuf::as_path).collect(),
        }
    }
}

/// kubectl's order: the flag, else `KUBECONFIG` (empty entries ignored; a list of only empty
/// entries counts as unset), else `$HOME/.kube/config`. `None` when there is no home either.
pub fn kubeconfig_files(
    flag: Option<&Path>,
    kubeconfig_variable: Option<&OsStr>,
    home: Option<&Path>,
) -> Option<KubeconfigFiles> {
    if let Some(path) = flag {
        return Some(KubeconfigFiles::Flag(path.to_path_buf()));
    }
    if let Some(value) = kubeconfig_variable {
        let paths: Vec<PathBuf> = std::env::split_paths(value)
            .filter(|path| !path.as_os_str().is_empty())
            .collect();
        if !paths.is_empty() {
            return Some(KubeconfigFiles::Variable(paths));
        }
    }
    home.map(|home| KubeconfigFiles::Default(home.join(".kube").join("config")))
}

/// Why the kubeconfig could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KubeconfigError {
    #[error("could not read {path}: {error}")]
    Read { path: PathBuf, error: ReadError },
    #[error("{path} is not a kubeconfig: {reason}")]
    Parse { path: PathBuf, reason: String },
    /// Two files disagree on `kind` or `apiVersion`, which kubectl refuses too.
    #[error("the kubeconfig files do not merge: {reason}")]
    Merge { reason: String },
    #[error("no context named {0}")]
    NoSuchContext(String),
    #[error("no context chosen and no current-context")]
    NoContext,
}

impl KubeconfigError {
    /// In the person's language. Paths and kube's parser message are shown as they came: the
    /// caller sanitises what reaches the terminal.
    pub fn words(&self, lang: Lang) -> String {
        match self {
            KubeconfigError::Read { path, error } => tr!(
                lang,
                "kubeconfig-error-read",
                path = path.display().to_string(),
                reason = error.words(lang)
            ),
            KubeconfigError::Parse { path, reason } => tr!(
                lang,
                "kubeconfig-error-parse",
                path = path.display().to_string(),
                reason = reason.clone()
            ),
            KubeconfigError::Merge { reason } => {
                tr!(lang, "kubeconfig-error-merge", reason = reason.clone())
            }
            KubeconfigError::NoSuchContext(name) => {
                tr!(
                    lang,
                    "kubeconfig-error-no-such-context",
                    context = name.clone()
                )
            }
            KubeconfigError::NoContext => tr!(lang, "kubeconfig-error-no-context"),
        }
    }
}

/// The merged configuration and the files it came from.
#[derive(Debug, Clone)]
pub struct LoadedKubeconfig {
    pub files: KubeconfigFiles,
    /// The files that were there and were read, in order.
    pub read: Vec<PathBuf>,
    pub config: Kubeconfig,
}

/// Reads and merges the files. A file named by `--kubeconfig` must exist; files in `KUBECONFIG`
/// and the default file may be missing, as kubectl allows.
pub fn load_kubeconfig(files: KubeconfigFiles) -> Result<LoadedKubeconfig, KubeconfigError> {
    let must_exist = matches!(files, KubeconfigFiles::Flag(_));
    let mut merged = Kubeconfig::default();
    let mut read = Vec::new();
    for path in files.paths() {
        let decoded = match read_file(path, MAX_KUBECONFIG_BYTES) {
            Ok(decoded) => decoded,
            Err(ReadError::NotFound) if !must_exist => continue,
            Err(error) => {
                return Err(KubeconfigError::Read {
                    path: path.to_path_buf(),
                    error,
                });
            }
        };
        let mut config =
            Kubeconfig::from_yaml(&decoded.text).map_err(|error| KubeconfigError::Parse {
                path: path.to_path_buf(),
                reason: error.to_string(),
            })?;
        resolve_relative_commands(&mut config, path);
        merged = merged
            .merge(config)
            .map_err(|error| KubeconfigError::Merge {
                reason: error.to_string(),
            })?;
        read.push(path.to_path_buf());
    }
    Ok(LoadedKubeconfig {
        files,
        read,
        config: merged,
    })
}

/// client-go resolves an exec command relative to its file only when it holds a path
/// separator; a bare name such as `aws` is looked up on `PATH`.
fn resolve_relative_commands(config: &mut Kubeconfig, file: &Path) {
    let Some(dir) = file.parent() else { return };
    for named in &mut config.auth_infos {
        let Some(exec) = named.auth_info.as_mut().and_then(|info| info.exec.as_mut()) else {
            continue;
        };
        if let Some(command) = &exec.command {
            let command_path = Path::new(command);
            if command.contains(std::path::MAIN_SEPARATOR) && command_path.is_relative() {
                exec.command = Some(dir.join(command_path).display().to_string());
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flag_wins_then_variable_then_home() {
        let home = Path::new("/home/u");
        assert_eq!(
            kubeconfig_files(Some(Path::new("/k")), Some(OsStr::new("/a:/b")), Some(home)),
            Some(KubeconfigFiles::Flag(PathBuf::from("/k")))
        );
        assert_eq!(
            kubeconfig_files(None, Some(OsStr::new("/a::/b")), Some(home)),
            Some(KubeconfigFiles::Variable(vec![
                PathBuf::from("/a"),
                PathBuf::from("/b")
            ]))
        );
        assert_eq!(
            kubeconfig_files(None, Some(OsStr::new("")), Some(home)),
            Some(KubeconfigFiles::Default(PathBuf::from(
                "/home/u/.kube/config"
            )))
        );
        assert_eq!(kubeconfig_files(None, None, None), None);
    }

    fn write(dir: &Path, name: &str, text: &str) -> PathBuf {
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    #[test]
    fn merges_first_file_wins_and_skips_missing_files() {
        let dir = tempfile::tempdir().unwrap();
        let first = write(
            dir.path(),
            "first",
            "apiVersion: v1\nkind: Config\ncurrent-context: a\ncontexts:\n- name: a\n  context: {cluster: c1, user: u1}\nusers:\n- name: u1\n  user:\n    exec: {apiVersion: client.authentication.k8s.io/v1beta1, command: ./bin/token}\n",
        );
        let second = write(
            dir.path(),
            "second",
            "apiVersion: v1\nkind: Config\ncurrent-context: b\ncontexts:\n- name: a\n  context: {cluster: other, user: other}\n- name: b\n  context: {cluster: c2, user: u2}\n",
        );
        let missing = dir.path().join("missing");
        let loaded = load_kubeconfig(KubeconfigFiles::Variable(vec![
            first.clone(),
            missing,
            second.clone(),
        ]))
        .unwrap();
        assert_eq!(loaded.read, vec![first, second]);
        assert_eq!(loaded.config.current_context.as_deref(), Some("a"));
        let names: Vec<_> = loaded
            .config
            .contexts
            .iter()
            .map(|c| c.name.as_str())
            .collect();
        assert_eq!(names, ["a", "b"]);
        let a = loaded.config.contexts[0].context.as_ref().unwrap();
        assert_eq!(a.cluster, "c1");
        let command = loaded.config.auth_infos[0]
            .auth_info
            .as_ref()
            .and_then(|i| i.exec.as_ref())
            .and_then(|e| e.command.clone())
            .unwrap();
        assert_eq!(Path::new(&command), dir.path().join("./bin/token"));
    }

    #[test]
    fn a_named_file_must_exist_and_be_a_kubeconfig() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        assert!(matches!(
            load_kubeconfig(KubeconfigFiles::Flag(missing)),
            Err(KubeconfigError::Read {
                error: ReadError::NotFound,
                ..
            })
        ));
        let broken = write(dir.path(), "broken", "contexts: [\n");
        assert!(matches!(
            load_kubeconfig(KubeconfigFiles::Flag(broken)),
            Err(KubeconfigError::Parse { .. })
        ));
        let default = load_kubeconfig(KubeconfigFiles::Default(dir.path().join("none"))).unwrap();
        assert!(default.read.is_empty());
        assert!(default.config.contexts.is_empty());
    }
}
