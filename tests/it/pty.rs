//! The real binary in a pseudo-terminal: a person's whole walk through the wizard, the three
//! ways out, and the printed guide.

use crate::support::pty as pty_support;

use eks_iam_tui::guide::Symptom;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use pty_support::Session;

const CONTEXT_ARGS: [&str; 14] = [
    "--cluster",
    "demo-cluster",
    "--region",
    "ap-northeast-1",
    "--principal-arn",
    "arn:aws:iam::111122223333:role/team/developers/eks-admin",
    "--action",
    "eks:DescribeCluster",
    "--target-role-arn",
    "arn:aws:iam::111122223333:role/eks-node-role",
    "--other-account-id",
    "444455556666",
    "--service-account",
    "payments/api",
];

#[test]
fn japanese_walk_through_every_symptom_then_english_then_q() {
    let mut session = Session::start("ja_JP.UTF-8", &CONTEXT_ARGS);
    session.wait_for(&tr!(Lang::Ja, "home-title"));
    for (index, symptom) in Symptom::ALL.iter().enumerate() {
        session.send(format!("{}", index + 1).as_bytes());
        let title = tr!(Lang::Ja, &symptom.title_id());
        session.wait_for(&title);
        session.send(b"\r");
        session.wait_for(&tr!(
            Lang::Ja,
            "guide-position",
            step = 1,
            total = guide_len(*symptom)
        ));
        // Some step shows a command with the customer's own values in it.
        let mut seen_filled = false;
        for _ in 0..guide_len(*symptom) {
            let screen = session.screen();
            if [
                "demo-cluster",
                "111122223333",
                "444455556666",
                "payments",
                "eks-admin",
            ]
            .iter()
            .any(|v| screen.contains(v))
            {
                seen_filled = true;
                break;
            }
            session.send(b"j");
            std::thread::sleep(std::time::Duration::from_millis(40));
        }
        assert!(
            seen_filled,
            "no filled value in {symptom:?}:\n{}",
            session.screen()
        );
        session.send(b"\x1b");
        session.wait_for(&tr!(Lang::Ja, "context-title", symptom = title.clone()));
        session.send(b"\x1b");
        session.wait_for(&tr!(Lang::Ja, "home-title"));
    }
    session.send(b"l");
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}

fn guide_len(symptom: Symptom) -> usize {
    eks_iam_tui::guide::guide_for(symptom)
        .map(|g| g.steps.len())
        .unwrap_or(0)
}

#[test]
fn ctrl_c_quits_even_while_typing_and_restores_the_terminal() {
    let mut session = Session::start("en_US.UTF-8", &[]);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"1");
    session.wait_for(&tr!(Lang::En, "context-intro")[..20]);
    session.send(b"abc");
    session.send(b"\x03");
    // 130, as a shell reports a command interrupted by Ctrl-C (README, "Exit codes").
    assert_eq!(session.wait_exit(), 130);
    session.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut session = Session::start("en_US.UTF-8", &[]);
    session.wait_for(&tr!(Lang::En, "home-title"));
    let status = std::process::Command::new("kill")
        .args(["-TERM", &session.pid().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    // 143 = 128 + SIGTERM, as if the default action had ended it (README, "Exit codes").
    assert_eq!(session.wait_exit(), 143);
    session.assert_restored();
}

#[test]
fn sigint_ends_with_130_and_restores_the_terminal() {
    let mut session = Session::start("en_US.UTF-8", &[]);
    session.wait_for(&tr!(Lang::En, "home-title"));
    let status = std::process::Command::new("kill")
        .args(["-INT", &session.pid().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    assert_eq!(session.wait_exit(), 130);
    session.assert_restored();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut session = Session::start("en_US.UTF-8", &[]);
    session.wait_for(&tr!(Lang::En, "home-title"));
    let status = std::process::Command::new("kill")
        .args(["-HUP", &session.pid().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    assert_eq!(session.wait_exit(), 129);
    session.assert_restored();
}

#[test]
fn a_panic_in_a_background_task_restores_the_terminal_and_explains_itself() {
    let mut session = Session::start_with_env(
        "ja_JP.UTF-8",
        &[],
        &[(eks_iam_tui::terminal::PANIC_TEST_VARIABLE, "1")],
    );
    session.wait_for(&tr!(Lang::Ja, "home-title"));
    assert_eq!(session.wait_exit(), 101);
    session.assert_restored();
    let report = tr!(Lang::Ja, "panic-report", details = "");
    let first_line = report.lines().next().expect("a report");
    session.wait_for(first_line);
}

#[test]
fn copy_emits_osc52_with_the_filled_commands() {
    let mut session = Session::start("en_US.UTF-8", &CONTEXT_ARGS);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3\r");
    session.wait_for(&tr!(
        Lang::En,
        "guide-position",
        step = 1,
        total = guide_len(Symptom::AwsAuthPath)
    ));
    // Walk the steps until one has commands to copy.
    for _ in 0..guide_len(Symptom::AwsAuthPath) {
        session.send(b"c");
        std::thread::sleep(std::time::Duration::from_millis(80));
        if String::from_utf8_lossy(&session.raw_output()).contains("\x1b]52;c;") {
            break;
        }
        session.send(b"j");
    }
    let raw = String::from_utf8_lossy(&session.raw_output()).into_owned();
    let start = raw.find("\x1b]52;c;").expect("an OSC 52 sequence") + 7;
    // Terminated by ST (ESC and a backslash, as crossterm writes it) or BEL (as xterm also accepts).
    let end = start + raw[start..].find(['\x07', '\x1b']).expect("terminated");
    use base64::Engine as _;
    let copied = base64::engine::general_purpose::STANDARD
        .decode(&raw[start..end])
        .expect("base64");
    let copied = String::from_utf8(copied).expect("utf-8");
    assert!(!copied.contains("{{"), "{copied}");
    assert!(
        copied.contains("111122223333")
            || copied.contains("demo-cluster")
            || copied.contains("eks-admin"),
        "{copied}"
    );
    session.send(b"q");
    session.wait_exit();
    session.assert_restored();
}

#[test]
fn guide_markdown_for_every_symptom_in_both_languages() {
    for lang in Lang::ALL {
        for symptom in Symptom::ALL {
            let output = std::process::Command::new(env!("CARGO_BIN_EXE_eks-iam-tui"))
                .args([
                    "guide",
                    symptom.id(),
                    "--format",
                    "markdown",
                    "--lang",
                    lang.code(),
                ])
                .args(CONTEXT_ARGS)
                .env("HOME", std::env::temp_dir())
                .output()
                .expect("run guide");
            assert!(output.status.success(), "{symptom:?} {lang:?}");
            let text = String::from_utf8(output.stdout).expect("utf-8");
            let title = tr!(lang, &symptom.title_id());
            assert!(text.starts_with(&format!("# {title}\n")), "{text}");
            assert!(text.contains("\n## 1. "), "{text}");
            assert!(text.contains("```"), "no command block: {text}");
            assert!(
                text.contains("demo-cluster")
                    || text.contains("111122223333")
                    || text.contains("payments"),
                "{text}"
            );
            assert!(!text.contains('\u{2068}'));
        }
    }
}

#[test]
fn guide_json_and_usage_errors() {
    let bin = env!("CARGO_BIN_EXE_eks-iam-tui");
    let output = std::process::Command::new(bin)
        .args([
            "guide",
            "pass-role",
            "--format",
            "json",
            "--cluster",
            "demo",
        ])
        .output()
        .expect("run");
    assert!(output.status.success());
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("json");
    assert_eq!(json["schema"], 1);
    assert_eq!(json["symptom"], "pass-role");
    assert_eq!(json["context"]["cluster"], "demo");
    assert!(json["steps"].as_array().is_some_and(|s| !s.is_empty()));

    let output = std::process::Command::new(bin)
        .args(["guide", "no-such-symptom"])
        .env("LANG", "ja_JP.UTF-8")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .output()
        .expect("run");
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8(output.stderr).expect("utf-8");
    assert!(
        stderr.contains("no-such-symptom") && stderr.contains("eks-iam-tui --help"),
        "{stderr}"
    );
    assert!(
        stderr.contains("指定できる"),
        "the error is in Japanese: {stderr}"
    );

    let output = std::process::Command::new(bin)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::piped())
        .output()
        .expect("run");
    assert_eq!(
        output.status.code(),
        Some(2),
        "no terminal: a clear error, not a hang"
    );
}
