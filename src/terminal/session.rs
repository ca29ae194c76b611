//! Keeping the session in the state directory as it changes: the folder readable by its
//! owner only (0700), each file too (0600), and a file replaced whole (written beside it, then
//! renamed), so a SIGTERM or a full disk never leaves half a session behind.

use std::io::{self, Write};
use std::os::unix::fs::{DirBuilderExt as _, OpenOptionsExt as _};
use std::path::{Path, PathBuf};

use crate::case::session::Session;
use crate::case::write::now_rfc3339;
use crate::wizard::{Model, session_snapshot};

/// What the run loop keeps of the session, and what it says when the wizard ends.
pub struct Keeper {
    file: Option<PathBuf>,
    last: Option<Session>,
    /// The last write that failed, said when the wizard ends.
    pub failed: Option<(PathBuf, io::Error)>,
}

impl Keeper {
    pub fn new(model: &Model) -> Keeper {
        Keeper {
            file: model.session.file.clone(),
            last: None,
            failed: None,
        }
    }

    /// Writes the session when it changed and is worth keeping.
    pub fn keep(&mut self, model: &Model) {
        if model.session.keeping_off {
            return;
        }
        // A resumed or recent session continues in its own file.
        if model.session.file.is_some() && model.session.file != self.file {
            self.file = model.session.file.clone();
            self.last = None;
        }
        let Some(file) = &self.file else {
            return;
        };
        let Some(session) = session_snapshot(model, &now_rfc3339()) else {
            return;
        };
        if self
            .last
            .as_ref()
            .is_some_and(|last| last.same_as(&session))
        {
            return;
        }
        match write(file, &session) {
            Ok(()) => {
                self.failed = None;
                self.last = Some(session);
            }
            Err(error) => self.failed = Some((file.clone(), error)),
        }
    }

    /// Where the session is kept, when something was.
    pub fn kept(&self) -> Option<&Path> {
        self.last.as_ref().and(self.file.as_deref())
    }
}

fn write(file: &Path, session: &Session) -> io::Result<()> {
    let text = session.to_json().map_err(io::Error::other)?;
    let dir = file
        .parent()
        .ok_or_else(|| io::Error::from(io::ErrorKind::InvalidInput))?;
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(dir)?;
    let name = file
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let partial = dir.join(format!(".{name}.partial"));
    let mut out = std::fs::OpenOptions::new()
        .write(true)
        .create(true)
        .truncate(true)
        .mode(0o600)
        .open(&partial)?;
    out.write_all(text.as_bytes())?;
    std::fs::rename(&partial, file)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::wizard::{Appearance, AwsEnvironment, Msg, update};
    use std::os::unix::fs::PermissionsExt as _;

    #[test]
    fn a_session_is_kept_private_and_only_when_worth_it() {
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("state").join("eks-iam-tui").join("s.json");
        let mut model = Model::new(
            Lang::En,
            AwsEnvironment::default(),
            Appearance::default(),
            (80, 24),
        );
        model.session.file = Some(file.clone());
        let mut keeper = Keeper::new(&model);
        keeper.keep(&model);
        assert!(!file.exists(), "nothing typed, nothing kept");
        update(
            &mut model,
            Msg::Key(crossterm::event::KeyCode::Char('e').into()),
        );
        update(
            &mut model,
            Msg::Paste("error: You must be logged in".to_owned()),
        );
        keeper.keep(&model);
        assert_eq!(keeper.kept(), Some(file.as_path()));
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&file), 0o600);
        assert_eq!(mode(file.parent().expect("dir")), 0o700);
        let text = std::fs::read_to_string(&file).expect("kept");
        assert!(text.contains("You must be logged in"), "{text}");
    }

    /// What keeping costs on each change, printed (`cargo test --lib keeping_costs --
    /// --nocapture`): a session holding an opened case, snapshot alone against snapshot and
    /// write. Nothing is asserted about time.
    #[test]
    fn keeping_costs() {
        use crate::case::load;
        use crate::wizard::{OpenedCase, open_case};
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/cases/aws-auth-path-redacted.json");
        let (case, replayed) = load::from_path(&path).expect("fixture");
        let mut model = Model::new(
            Lang::En,
            AwsEnvironment::default(),
            Appearance::default(),
            (80, 24),
        );
        open_case(&mut model, OpenedCase::new(path, &case, replayed));
        let dir = tempfile::tempdir().expect("temp dir");
        let file = dir.path().join("s.json");
        let rounds = 200;
        let started = std::time::Instant::now();
        for _ in 0..rounds {
            let _ = session_snapshot(&model, "2026-12-03T12:00:00Z");
        }
        let snapshot = started.elapsed() / rounds;
        let started = std::time::Instant::now();
        for round in 0..rounds {
            let session = session_snapshot(&model, &format!("{round}")).expect("worth it");
            write(&file, &session).expect("write");
        }
        let kept = started.elapsed() / rounds;
        let bytes = std::fs::metadata(&file).expect("kept").len();
        println!(
            "KEEPING snapshot {snapshot:?}, snapshot+write {kept:?} ({bytes} bytes), ratio {:.1}",
            kept.as_secs_f64() / snapshot.as_secs_f64().max(f64::EPSILON)
        );
    }
}
