//! `eks-iam-tui open FILE`: the wizard on a case file, in a pseudo-terminal. Everything the
//! case holds shows (the checks, their evidence, the guide led by the findings, the pasted
//! error) in either language, and nothing is asked of anything until F5.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::support::emulator::{self, Emulator, run_tool};
use crate::support::pty::{Session, flat, wait_flat};

use eks_iam_tui::case::load;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::probes::collect_findings;
use eks_iam_tui::report::outcome_label;
use eks_iam_tui::tr;

const F5: &[u8] = b"\x1b[15~";
const DOWN: &[u8] = b"\x1b[B";
const ESC: &[u8] = b"\x1b";

/// A case collected against the emulator's `aws-auth-path` scenario, redacted.
fn fixture() -> PathBuf {
    emulator::repo().join("tests/cases/aws-auth-path-redacted.json")
}

/// A loopback port that accepts and counts connections and never answers: where the tool
/// is told AWS is.
struct Listener {
    port: u16,
    connections: Arc<AtomicUsize>,
    stop: Arc<AtomicBool>,
    thread: Option<JoinHandle<()>>,
}

impl Listener {
    fn start() -> Listener {
        let socket = TcpListener::bind("127.0.0.1:0").expect("bind loopback");
        socket.set_nonblocking(true).expect("nonblocking");
        let port = socket.local_addr().expect("address").port();
        let connections = Arc::new(AtomicUsize::new(0));
        let stop = Arc::new(AtomicBool::new(false));
        let (count, until) = (connections.clone(), stop.clone());
        let thread = std::thread::spawn(move || {
            let mut held = Vec::new();
            while !until.load(Ordering::SeqCst) {
                match socket.accept() {
                    Ok((stream, _)) => {
                        count.fetch_add(1, Ordering::SeqCst);
                        held.push(stream);
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Listener {
            port,
            connections,
            stop,
            thread: Some(thread),
        }
    }

    fn endpoint(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn connections(&self) -> usize {
        self.connections.load(Ordering::SeqCst)
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Some(thread) = self.thread.take() {
            let _ = thread.join();
        }
    }
}

/// What the check screen must show for every check of the case, and the guide for every
/// finding, in `lang`: worded from the file by the library, not by the screen's code.
fn expected(path: &Path, lang: Lang) -> (Vec<String>, Vec<String>) {
    let (_, replayed) = load::from_path(path).expect("the case loads");
    let checks = replayed
        .reports
        .iter()
        .map(|report| {
            format!(
                "{}  [{}]",
                tr!(lang, &report.id.title_id()),
                outcome_label(&report.outcome, lang)
            )
        })
        .collect();
    let findings = collect_findings(&replayed.reports)
        .iter()
        .map(|finding| tr!(lang, "probe-guide-finding", title = finding.title(lang)))
        .collect();
    (checks, findings)
}

/// The check screen as collected, then the guide, in `lang`: every check with its result,
/// every finding leading the guide.
fn shows_the_case(session: &mut Session, path: &Path, lang: Lang) {
    let (checks, findings) = expected(path, lang);
    assert!(!checks.is_empty() && !findings.is_empty());
    let screen = wait_flat(session, &checks[checks.len() - 1]);
    for check in &checks {
        assert!(flat(&screen).contains(&flat(check)), "{check}:\n{screen}");
    }
    session.send(b"g");
    let guide = wait_flat(session, &findings[0]);
    for finding in &findings {
        // A later finding may be below the first page; the first two fit at 100×30.
        if findings.len() <= 2 {
            assert!(flat(&guide).contains(&flat(finding)), "{finding}:\n{guide}");
        }
    }
    session.send(b"p");
    wait_flat(session, &checks[0]);
}

/// One item of the key line (`Enter evidence`): the check list's, or the details'.
fn key_item(lang: Lang, key: &str, id: &str) -> String {
    format!("{key} {}", tr!(lang, id))
}

fn open_session(lang_env: &str, path: &Path, env: &[(&str, &str)]) -> Session {
    let path = path.to_str().expect("utf-8 path");
    Session::start_with_env(lang_env, &["open", path], env)
}

#[test]
fn an_opened_case_shows_everything_and_asks_nothing_until_f5() {
    let path = fixture();
    let listener = Listener::start();
    let endpoint = listener.endpoint();
    // No credentials at all: nothing could be signed, and nothing is tried.
    let env = [
        ("AWS_ENDPOINT_URL", endpoint.as_str()),
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ];
    let mut session = open_session("en_US.UTF-8", &path, &env);
    session.wait_for(&tr!(Lang::En, "case-probe-footer-collected", findings = 2));
    shows_the_case(&mut session, &path, Lang::En);
    // A check's evidence, as collected: the role with its path.
    session.send(DOWN);
    session.send(b"\r");
    let evidence = wait_flat(&session, "role/team/developers/eks-admin");
    assert!(
        flat(&evidence).contains(&flat(&tr!(
            Lang::En,
            "case-probe-evidence-title",
            probe = tr!(Lang::En, "probe-role-path-title")
        ))),
        "{evidence}"
    );
    session.send(ESC);
    session.wait_for(&key_item(Lang::En, "Enter", "key-line-open-evidence"));
    session.send(b"l");
    shows_the_case(&mut session, &path, Lang::Ja);
    // The pasted error, from the home screen's error-message entry.
    session.send(ESC);
    session.wait_for(&key_item(Lang::Ja, "F5", "key-line-run-checks"));
    session.send(ESC);
    session.wait_for(&tr!(Lang::Ja, "home-title"));
    session.send(b"e");
    wait_flat(&session, "error=\"ARN is not mapped\"");
    // The status line says where the results came from, on every screen.
    let screen = session.screen();
    assert!(
        flat(&screen).contains(&flat("のケース (eks-iam-tui")),
        "{screen}"
    );
    session.send(ESC);
    session.wait_for(&tr!(Lang::Ja, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
    assert_eq!(
        listener.connections(),
        0,
        "opening a case connected to the AWS endpoint"
    );

    // The same with credentials that would sign: still nothing until F5, and then a live run
    // that does connect (so the listener above would have seen a call).
    let with_keys = [
        ("AWS_ENDPOINT_URL", endpoint.as_str()),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_ACCESS_KEY_ID", "AKIDEXAMPLEOPENTEST1"),
        ("AWS_SECRET_ACCESS_KEY", "not-a-real-secret"),
        ("AWS_REGION", "us-west-2"),
    ];
    let mut session = open_session("en_US.UTF-8", &path, &with_keys);
    shows_the_case(&mut session, &path, Lang::En);
    assert_eq!(listener.connections(), 0, "a call before F5");
    session.send(F5);
    let live = session.wait_until("a live run beside the collected one", |screen| {
        let flat_screen = flat(screen);
        flat_screen.contains(&flat(&tr!(
            Lang::En,
            "case-probe-settings-live",
            settings = ""
        ))) && flat_screen.contains(&flat(&tr!(
            Lang::En,
            "case-probe-collected-label",
            outcome = tr!(Lang::En, "diagnose-outcome-problem")
        )))
    });
    assert!(
        !flat(&live).contains(&flat(&tr!(
            Lang::En,
            "case-probe-footer-collected",
            findings = 2
        ))),
        "{live}"
    );
    let deadline = Instant::now() + Duration::from_secs(10);
    while listener.connections() == 0 && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert!(listener.connections() > 0, "F5 did not run the checks live");
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}

#[test]
fn a_collected_case_opens_with_the_live_runs_results_in_both_languages() {
    let emu = Emulator::start("aws-auth-path");
    let env = emu.client_env();
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("case.json");
    let given = ["--symptom", "aws-auth-path", "--cluster", "demo"];
    let collected = run_tool(
        &env,
        &[
            &["collect"][..],
            &given,
            &["--out", path.to_str().expect("utf-8 path")],
        ]
        .concat(),
    );
    assert!(path.exists(), "{}", collected.stderr);
    // The same checks, with the same outcomes, as a live run of the same case.
    let (_, live) = emulator::diagnose(&env, "aws-auth-path", &given[2..]);
    let (_, replayed) = load::from_path(&path).expect("the case loads");
    for report in &replayed.reports {
        assert_eq!(
            emulator::probe(&live, report.id.id())["outcome"],
            report.outcome.id(),
            "{}",
            report.id.id()
        );
    }
    assert_eq!(
        collect_findings(&replayed.reports)
            .iter()
            .map(|f| f.code.id().to_owned())
            .collect::<Vec<_>>(),
        emulator::finding_codes(&live)
    );
    let before = emu.requests().len();
    let vars = env.vars();
    let pty_env: Vec<(&str, &str)> = vars.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
    let mut session = open_session("en_US.UTF-8", &path, &pty_env);
    shows_the_case(&mut session, &path, Lang::En);
    session.send(b"l");
    shows_the_case(&mut session, &path, Lang::Ja);
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    assert_eq!(emu.requests().len(), before, "opening the case called AWS");
}

#[test]
fn a_refused_case_file_is_said_before_the_terminal_is_taken() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("newer.json");
    std::fs::write(
        &path,
        r#"{"schema": 7, "kind": "eks-iam-tui-case", "tool": {"version": "9.9.9"}}"#,
    )
    .expect("write");
    let run = run_tool(
        &emulator::ClientEnv::isolated(),
        &["open", path.to_str().expect("utf-8 path"), "--lang", "ja"],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("9.9.9"), "{}", run.stderr);
    assert!(run.stderr.contains("スキーマ"), "{}", run.stderr);
}

#[test]
fn a_hostile_case_is_shown_inert_and_a_huge_one_refused() {
    let dir = tempfile::tempdir().expect("temp dir");
    // Escape sequences where the file holds outside text: the pasted error, a check's evidence
    // and a finding's value. None may reach the terminal as a sequence.
    let text = std::fs::read_to_string(fixture()).expect("fixture");
    let mut case: serde_json::Value = serde_json::from_str(&text).expect("json");
    let hostile = "\u{1b}]52;c;aG9zdGlsZQ==\u{7}\u{1b}[2J\u{9b}31m";
    case["inputs"]["pasted_error"] = serde_json::json!(format!("ARN is not mapped {hostile}"));
    let checks = case["checks"].as_array_mut().expect("checks");
    let role_path = checks
        .iter_mut()
        .find(|c| c["id"] == "role-path")
        .expect("the role-path check");
    role_path["evidence"]["path"] = serde_json::json!(format!("/team/{hostile}/"));
    role_path["findings"][0]["args"]["role_arn"] =
        serde_json::json!(format!("arn:aws:iam::ACCOUNT_1:role/x{hostile}"));
    role_path["findings"][0]["commands"][0] = serde_json::json!(format!("kubectl {hostile}"));
    let path = dir.path().join("hostile.json");
    std::fs::write(&path, serde_json::to_string(&case).expect("json")).expect("write");

    let mut session = open_session("en_US.UTF-8", &path, &[]);
    session.wait_for(&tr!(Lang::En, "case-probe-footer-collected", findings = 2));
    session.send(DOWN);
    session.send(b"\r");
    wait_flat(&session, "/team/");
    session.send(ESC);
    session.wait_for(&key_item(Lang::En, "Enter", "key-line-open-evidence"));
    session.send(b"g");
    // The finding leads the guide, its value and command shown, not run.
    wait_flat(&session, "arn:aws:iam::ACCOUNT_1:role/x");
    session.send(ESC);
    session.wait_for(&key_item(Lang::En, "F5", "key-line-run-checks"));
    session.send(ESC);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"e");
    wait_flat(&session, "ARN is not mapped");
    session.send(ESC);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
    let raw = String::from_utf8_lossy(&session.raw_output()).into_owned();
    for sequence in ["\u{1b}]52;c;aG9zdGlsZQ==", "\u{1b}[2J", "\u{9b}31m"] {
        assert!(
            !raw.contains(sequence),
            "{sequence:?} from the file reached the terminal"
        );
    }

    // Larger than any case (8 MiB): refused in words before the terminal is taken.
    let huge = dir.path().join("huge.json");
    let mut bytes = br#"{"kind": "eks-iam-tui-case", "schema": 1, "pad": ""#.to_vec();
    bytes.resize(9 * 1024 * 1024, b'x');
    bytes.extend_from_slice(b"\"}");
    std::fs::write(&huge, bytes).expect("write");
    let run = run_tool(
        &emulator::ClientEnv::isolated(),
        &["open", huge.to_str().expect("utf-8 path")],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(run.stderr.contains("huge.json"), "{}", run.stderr);
}
