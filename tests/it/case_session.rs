//! Sessions that survive: the wizard keeps what was typed, pasted and checked in the state
//! directory (`XDG_STATE_HOME` here, always a temporary folder), and `--resume` brings the same
//! screen and values back after a SIGTERM.

use std::os::unix::fs::PermissionsExt as _;
use std::path::{Path, PathBuf};

use crate::support::pty::{Session, flat, wait_flat};

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;

const ESC: &[u8] = b"\x1b";
const TAB: &[u8] = b"\t";

/// A message that names the role: Enter opens `aws-auth-path` with the ARN filled in.
const PASTED: &str = "time=\"2024-05-01T09:12:44Z\" level=warning msg=\"access denied\" arn=\"arn:aws:iam::111122223333:role/eks-admin\" error=\"ARN is not mapped\" method=POST path=/authenticate";
const CLUSTER: &str = "resume-demo";

fn paste(session: &mut Session, text: &str) {
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes.extend_from_slice(b"\x1b[201~");
    session.send(&bytes);
}

fn kept_files(state: &Path) -> Vec<PathBuf> {
    let dir = state.join("eks-iam-tui");
    std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "json"))
                .collect()
        })
        .unwrap_or_default()
}

fn start(state: &Path, args: &[&str]) -> Session {
    let state = state.to_str().expect("utf-8 path");
    Session::start_with_env("en_US.UTF-8", args, &[("XDG_STATE_HOME", state)])
}

#[test]
fn a_session_killed_by_sigterm_resumes_on_the_same_screen_with_the_same_values() {
    let state = tempfile::tempdir().expect("temp dir");
    let mut session = start(state.path(), &[]);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"e");
    session.wait_for(&tr!(Lang::En, "error-message-title"));
    paste(&mut session, PASTED);
    wait_flat(&session, "ARN is not mapped");
    session.send(b"\r");
    let title = tr!(
        Lang::En,
        "context-title",
        symptom = tr!(Lang::En, "symptom-aws-auth-path-title")
    );
    session.wait_for(&title);
    // The second field is the cluster's name.
    session.send(TAB);
    session.send(CLUSTER.as_bytes());
    let before = session.wait_for(CLUSTER);
    assert!(
        flat(&before).contains(&flat("arn:aws:iam::111122223333:role/eks-admin")),
        "{before}"
    );
    let pid = session.pid();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &pid.to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    assert_eq!(session.wait_exit(), 143);
    session.assert_restored();
    let files = kept_files(state.path());
    assert_eq!(files.len(), 1, "{files:?}");
    let said = session.screen();
    assert!(
        flat(&said).contains(&flat(&tr!(
            Lang::En,
            "session-kept",
            path = files[0].display().to_string()
        ))),
        "{said}"
    );
    let mode = |p: &Path| std::fs::metadata(p).expect("metadata").permissions().mode() & 0o777;
    assert_eq!(mode(&files[0]), 0o600);
    assert_eq!(mode(&state.path().join("eks-iam-tui")), 0o700);

    let mut resumed = start(state.path(), &["--resume"]);
    let screen = resumed.wait_for(&title);
    let after = resumed.wait_for(CLUSTER);
    assert!(
        flat(&after).contains(&flat("arn:aws:iam::111122223333:role/eks-admin")),
        "{screen}"
    );
    // The same field has the focus: typing goes on where it stopped.
    resumed.send(b"-2");
    resumed.wait_for(&format!("{CLUSTER}-2"));
    resumed.send(ESC);
    resumed.wait_for(&tr!(Lang::En, "home-title"));
    resumed.send(b"e");
    wait_flat(&resumed, "error=\"ARN is not mapped\"");
    resumed.send(ESC);
    resumed.wait_for(&tr!(Lang::En, "home-title"));
    resumed.send(b"q");
    assert_eq!(resumed.wait_exit(), 0);
    // It went on in the same file.
    assert_eq!(kept_files(state.path()), files);
    let text = std::fs::read_to_string(&files[0]).expect("kept session");
    assert!(text.contains(&format!("{CLUSTER}-2")), "{text}");
}

#[test]
fn nothing_typed_keeps_nothing_and_says_nothing() {
    let state = tempfile::tempdir().expect("temp dir");
    let mut session = start(state.path(), &[]);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3");
    session.wait_for(&tr!(Lang::En, "key-line-run-checks"));
    session.send(ESC);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    assert!(kept_files(state.path()).is_empty());
    assert!(!session.screen().contains("--resume"));
    // And --resume with nothing kept says so on the home screen.
    let mut resumed = start(state.path(), &["--resume"]);
    wait_flat(
        &resumed,
        &tr!(
            Lang::En,
            "session-nothing-to-resume",
            dir = state.path().join("eks-iam-tui").display().to_string()
        ),
    );
    resumed.send(b"q");
    assert_eq!(resumed.wait_exit(), 0);
}

/// Keeping switched off, by `--no-keep` or by `EKS_IAM_TUI_NO_KEEP=1`: `q` after a paste asks
/// first (`n` stays, `y` quits), nothing is written to the state directory and nothing is said
/// about a kept case; in Japanese too.
#[test]
fn with_keeping_off_quitting_asks_and_nothing_is_kept() {
    for (lang, lang_env, args, env) in [
        (Lang::En, "en_US.UTF-8", &["--no-keep"][..], None),
        (Lang::Ja, "ja_JP.UTF-8", &[][..], Some("1")),
    ] {
        let state = tempfile::tempdir().expect("temp dir");
        let dir = state.path().to_str().expect("utf-8 path");
        let mut extra = vec![("XDG_STATE_HOME", dir)];
        if let Some(value) = env {
            extra.push(("EKS_IAM_TUI_NO_KEEP", value));
        }
        let mut session = Session::start_with_env(lang_env, args, &extra);
        session.wait_for(&tr!(lang, "home-title"));
        session.send(b"e");
        session.wait_for(&tr!(lang, "error-message-title"));
        paste(&mut session, PASTED);
        wait_flat(&session, "ARN is not mapped");
        session.send(ESC);
        session.wait_for(&tr!(lang, "home-title"));
        session.send(b"q");
        session.wait_for(&tr!(lang, "session-quit-title"));
        session.send(b"n");
        session.wait_until("the question closed", |screen| {
            !screen.contains(&tr!(lang, "session-quit-title"))
        });
        session.send(b"q");
        session.wait_for(&tr!(lang, "session-quit-title"));
        session.send(b"y");
        assert_eq!(session.wait_exit(), 0, "{lang:?}");
        session.assert_restored();
        assert!(kept_files(state.path()).is_empty(), "{lang:?}");
        assert!(!state.path().join("eks-iam-tui").exists(), "{lang:?}");
        assert!(!session.screen().contains("--resume"), "{lang:?}");
    }
}

/// At start-up the state directory keeps the 20 most recently written sessions; older ones are
/// removed, other files are left alone, and with keeping switched off nothing is removed.
#[test]
fn old_sessions_are_pruned_at_start_up_unless_keeping_is_off() {
    use std::time::{Duration, SystemTime};
    let state = tempfile::tempdir().expect("temp dir");
    let dir = state.path().join("eks-iam-tui");
    std::fs::create_dir_all(&dir).expect("state dir");
    let mut names = Vec::new();
    for n in 0..25_u64 {
        let name = format!("session-20261201T1200{n:02}Z-{n}.json");
        let file = std::fs::File::create(dir.join(&name)).expect("create");
        file.set_modified(SystemTime::UNIX_EPOCH + Duration::from_secs(1_800_000_000 + n * 60))
            .expect("mtime");
        names.push(dir.join(name));
    }
    std::fs::write(dir.join("notes.txt"), "mine").expect("notes");

    let mut off = start(state.path(), &["--no-keep"]);
    off.wait_for(&tr!(Lang::En, "home-title"));
    off.send(b"q");
    assert_eq!(off.wait_exit(), 0);
    assert_eq!(kept_files(state.path()).len(), 25);

    let mut session = start(state.path(), &[]);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    let mut left = kept_files(state.path());
    left.sort();
    assert_eq!(left, names[5..].to_vec());
    assert!(dir.join("notes.txt").exists());
}
