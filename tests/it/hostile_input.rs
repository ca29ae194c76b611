//! Hostile and broken input against the real binary: escape sequences in a pasted error, a
//! ConfigMap and a `w` report never reach the terminal or the file raw; bidi and zero-width
//! characters are shown; JSON keeps the exact strings; a closed pipe and a full disk end in
//! the documented exit codes without a panic; the same message in UTF-8, UTF-16LE and CP932
//! reads the same.

use crate::support::pty as pty_support;

use std::io::Write;
use std::path::Path;
use std::process::{Command, Output, Stdio};

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use serde_json::Value;

const BIN: &str = env!("CARGO_BIN_EXE_eks-iam-tui");

/// Each payload, and the visible escape that must stand in for it wherever the value is
/// shown (the reader ends an ARN at `;`, so only the start of an OSC is sure to be there).
const PAYLOADS: [(&str, &str, &str); 7] = [
    ("osc-52", "\x1b]52;c;ZWNobyBvd25lZAo=\x07", "\\x1b]52"),
    ("osc-0", "\x1b]0;owned\x07", "\\x1b]0"),
    ("csi-2j", "\x1b[2J", "\\x1b[2J"),
    ("csi-8m", "\x1b[8m", "\\x1b[8m"),
    ("c1-csi", "\u{9b}2J", "\\u{9b}2J"),
    ("bidi", "\u{202e}", "\\u{202e}"),
    ("zero-width", "\u{200b}", "\\u{200b}"),
];

/// Whether any string in the document contains `needle`.
fn has_string(value: &Value, needle: &str) -> bool {
    match value {
        Value::String(text) => text.contains(needle),
        Value::Array(items) => items.iter().any(|v| has_string(v, needle)),
        Value::Object(map) => map.values().any(|v| has_string(v, needle)),
        _ => false,
    }
}

/// An AccessDenied whose principal, action resource and cluster carry `payload`.
fn access_denied(payload: &str) -> String {
    format!(
        "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: \
         User: arn:aws:iam::111122223333:user/dev{payload}ops is not authorized to perform: \
         eks:DescribeCluster on resource: arn:aws:eks:us-west-2:111122223333:cluster/prod{payload}x\n\
         note: {payload} trailing text\n"
    )
}

/// An aws-auth ConfigMap whose role ARN, username and group carry `payload`.
fn config_map(payload: &str) -> String {
    let quoted = serde_json::to_string(&format!("arn:aws:iam::111122223333:role/team/a{payload}b"))
        .expect("json string");
    let user = serde_json::to_string(&format!("user{payload}")).expect("json string");
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\n\
         data:\n  mapRoles: |\n    - rolearn: {quoted}\n      username: {user}\n      groups:\n        - system:masters\n"
    )
}

/// The program with an environment of its own: no AWS settings of the developer's, no
/// credentials, instance metadata off, every endpoint on a closed loopback port.
fn command(home: &Path) -> Command {
    let mut command = Command::new(BIN);
    command
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home)
        .env("LANG", "C.UTF-8")
        .env("AWS_CONFIG_FILE", home.join("aws-config"))
        .env("AWS_SHARED_CREDENTIALS_FILE", home.join("aws-credentials"))
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("AWS_ENDPOINT_URL", "http://127.0.0.1:9")
        .stdin(Stdio::null());
    command
}

fn run(home: &Path, args: &[&str]) -> Output {
    command(home)
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("run the binary")
}

/// No byte or character that would drive a terminal: ESC, BEL, C1 CSI/OSC, or any other C0
/// or C1 control apart from line feed and tab.
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        .collect();
    assert!(
        bad.is_empty(),
        "{what}: raw control characters {bad:?} reached the output:\n{text}"
    );
    for hidden in ['\u{202e}', '\u{200b}'] {
        assert!(
            !text.contains(hidden),
            "{what}: {hidden:?} reached the output raw"
        );
    }
}

#[test]
fn explain_shows_every_payload_as_an_escape_in_text_and_markdown() {
    let home = tempfile::tempdir().expect("home");
    for (name, payload, shown) in PAYLOADS {
        let file = home.path().join(format!("{name}.txt"));
        std::fs::write(&file, access_denied(payload)).expect("write");
        let path = file.display().to_string();
        for format in ["text", "markdown"] {
            for lang in ["en", "ja"] {
                let out = run(
                    home.path(),
                    &[
                        "explain",
                        "--error-file",
                        &path,
                        "--format",
                        format,
                        "--lang",
                        lang,
                    ],
                );
                let what = format!("explain {name} {format} {lang}");
                assert_eq!(out.status.code(), Some(0), "{what}: {out:?}");
                assert_inert(&what, &out.stdout);
                assert_inert(&what, &out.stderr);
                let text = String::from_utf8_lossy(&out.stdout);
                assert!(text.contains(shown), "{what}: {shown} not shown:\n{text}");
                let note = tr!(
                    if lang == "ja" { Lang::Ja } else { Lang::En },
                    "reading-arn-hidden"
                );
                assert!(
                    text.contains(&note),
                    "{what}: the ARN is not flagged:\n{text}"
                );
            }
        }
    }
}

#[test]
fn json_keeps_the_exact_strings() {
    let home = tempfile::tempdir().expect("home");
    for (name, payload, _) in PAYLOADS {
        let file = home.path().join(format!("{name}.txt"));
        std::fs::write(&file, access_denied(payload)).expect("write");
        let out = run(
            home.path(),
            &[
                "explain",
                "--error-file",
                &file.display().to_string(),
                "--format",
                "json",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{name}: {out:?}");
        // serde_json escapes every control character; bidi and zero-width stay as they are.
        assert!(!out.stdout.contains(&0x1b), "{name}");
        let json: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        let resource = json["fields"]["resource_arn"].as_str().unwrap_or_default();
        let first = payload.chars().next().expect("a payload");
        let expected = format!("arn:aws:eks:us-west-2:111122223333:cluster/prod{first}");
        assert!(
            resource.starts_with(&expected),
            "{name}: the exact string is lost: {json}"
        );
    }
}

#[test]
fn lint_aws_auth_shows_every_payload_as_an_escape() {
    let home = tempfile::tempdir().expect("home");
    for (name, payload, shown) in PAYLOADS {
        let file = home.path().join(format!("{name}.yaml"));
        std::fs::write(&file, config_map(payload)).expect("write");
        let path = file.display().to_string();
        for lang in ["en", "ja"] {
            let out = run(
                home.path(),
                &[
                    "lint-aws-auth",
                    &path,
                    "--lang",
                    lang,
                    "--principal-arn",
                    &format!("arn:aws:iam::111122223333:role/team/a{payload}b"),
                ],
            );
            let what = format!("lint-aws-auth {name} {lang}");
            assert!(matches!(out.status.code(), Some(0 | 1)), "{what}: {out:?}");
            assert_inert(&what, &out.stdout);
            assert_inert(&what, &out.stderr);
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains(shown), "{what}: {shown} not shown:\n{text}");
        }
        let out = run(home.path(), &["lint-aws-auth", &path, "--format", "json"]);
        let json: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        assert!(
            has_string(&json, &format!("a{payload}b")),
            "{name}: JSON lost the exact string: {json}"
        );
    }
}

#[test]
fn diagnose_with_an_error_file_shows_every_payload_as_an_escape() {
    let home = tempfile::tempdir().expect("home");
    for (name, payload, shown) in PAYLOADS {
        let file = home.path().join(format!("{name}.txt"));
        std::fs::write(&file, access_denied(payload)).expect("write");
        let path = file.display().to_string();
        for format in ["text", "markdown"] {
            let out = run(
                home.path(),
                &[
                    "diagnose",
                    "--error-file",
                    &path,
                    "--format",
                    format,
                    "--connect-timeout-ms",
                    "300",
                    "--call-timeout-ms",
                    "1000",
                ],
            );
            let what = format!("diagnose {name} {format}");
            // Without credentials nothing can be checked: 3, or 1 for the findings that says so.
            assert!(matches!(out.status.code(), Some(1 | 3)), "{what}: {out:?}");
            assert_inert(&what, &out.stdout);
            assert_inert(&what, &out.stderr);
            let text = String::from_utf8_lossy(&out.stdout);
            assert!(text.contains(shown), "{what}: {shown} not shown:\n{text}");
        }
    }
}

#[test]
fn the_w_report_written_from_the_wizard_shows_escapes_and_is_private() {
    use std::os::unix::fs::PermissionsExt as _;
    let lang = Lang::En;
    let dir = tempfile::tempdir().expect("report dir");
    let dir_text = dir.path().display().to_string();
    let mut session = pty_support::Session::start_with_env(
        "en_US.UTF-8",
        &[],
        &[("EKS_IAM_TUI_REPORT_DIR", dir_text.as_str())],
    );
    session.wait_for(&tr!(lang, "home-title"));
    session.send(b"e");
    session.wait_for(&tr!(lang, "error-message-pasted-title"));
    let all: String = PAYLOADS.iter().map(|(_, p, _)| *p).collect();
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend_from_slice(access_denied(&all).as_bytes());
    bytes.extend_from_slice(b"\x1b[201~");
    session.send(&bytes);
    // The screen shows the escapes where the hidden characters were.
    session.wait_for("\\u{202e}");
    // Ctrl-S: on the paste screen `w` is text.
    session.send(b"\x13");
    let expected = dir.path().join("eks-iam-tui-report.md");
    session.wait_for(&tr!(
        lang,
        "report-written",
        path = expected.display().to_string()
    ));
    let report = std::fs::read(&expected).expect("the report file");
    assert_inert("the w report", &report);
    let text = String::from_utf8_lossy(&report);
    for (_, _, shown) in PAYLOADS {
        assert!(
            text.contains(shown),
            "{shown} not shown in the report:\n{text}"
        );
    }
    let mode = std::fs::metadata(&expected)
        .expect("stat")
        .permissions()
        .mode();
    assert_eq!(mode & 0o777, 0o600, "the report is readable by others");
    // Nothing the paste held reached the terminal as a sequence of its own.
    let raw = session.raw_output();
    for sequence in [&b"\x1b]52;"[..], b"\x1b]0;owned", b"\x1b[8m"] {
        assert!(
            !raw.windows(sequence.len()).any(|w| w == sequence),
            "{:?} reached the terminal",
            String::from_utf8_lossy(sequence)
        );
    }
    // Esc leaves the paste box (where `q` is text), then `q` quits.
    session.send(b"\x1b");
    session.wait_for(&tr!(lang, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}

/// Every command that writes to standard output, with arguments that make it write.
fn every_command(home: &Path) -> Vec<(String, Vec<String>)> {
    let message = home.join("message.txt");
    std::fs::write(&message, access_denied("")).expect("write");
    let map = home.join("aws-auth.yaml");
    std::fs::write(&map, config_map("")).expect("write");
    let message = message.display().to_string();
    let map = map.display().to_string();
    let mut commands: Vec<Vec<&str>> = vec![
        vec!["--help"],
        vec!["--version"],
        vec!["guide", "--help"],
        vec!["guide", "access-denied"],
        vec!["guide", "access-denied", "--format", "markdown"],
        vec!["guide", "access-denied", "--format", "json"],
        vec!["explain", "--error-file", &message],
        vec!["explain", "--error-file", &message, "--format", "markdown"],
        vec!["explain", "--error-file", &message, "--format", "json"],
        vec!["lint-aws-auth", &map],
        vec!["lint-aws-auth", &map, "--format", "json"],
        vec!["token", "--cluster", "prod", "--region", "us-west-2"],
    ];
    for format in ["text", "markdown", "json"] {
        commands.push(vec![
            "diagnose",
            "--symptom",
            "sts-region",
            "--region",
            "us-west-2",
            "--format",
            format,
            "--connect-timeout-ms",
            "300",
            "--call-timeout-ms",
            "1000",
        ]);
    }
    commands
        .into_iter()
        .map(|args| {
            (
                args.join(" "),
                args.into_iter().map(str::to_owned).collect(),
            )
        })
        .collect()
}

fn with_keys(mut command: Command) -> Command {
    // Only for `token`, which signs locally and calls nothing.
    command
        .env("AWS_ACCESS_KEY_ID", "AKIDEXAMPLE")
        .env("AWS_SECRET_ACCESS_KEY", "not-a-real-secret");
    command
}

#[test]
fn a_closed_pipe_ends_quietly_for_every_command() {
    let home = tempfile::tempdir().expect("home");
    for (name, args) in every_command(home.path()) {
        // The reading end is closed before the program starts: its first write fails.
        let (reader, writer) = std::io::pipe().expect("pipe");
        drop(reader);
        let out = with_keys(command(home.path()))
            .args(&args)
            .stdout(Stdio::from(writer))
            .stderr(Stdio::piped())
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(141), "{name}: {stderr}");
        assert!(!stderr.contains("panicked"), "{name}: {stderr}");
        assert!(
            stderr.trim().is_empty() || name.starts_with("diagnose"),
            "{name}: {stderr}"
        );
    }
}

#[test]
fn a_full_disk_is_one_line_in_the_chosen_language_for_every_command() {
    let home = tempfile::tempdir().expect("home");
    for lang in [Lang::En, Lang::Ja] {
        let words = tr!(lang, "error-output-write", details = "");
        for (name, args) in every_command(home.path()) {
            let full = std::fs::OpenOptions::new()
                .write(true)
                .open("/dev/full")
                .expect("/dev/full");
            let out = with_keys(command(home.path()))
                .args(&args)
                .args(["--lang", lang.code()])
                .stdout(Stdio::from(full))
                .stderr(Stdio::piped())
                .output()
                .expect("run");
            let stderr = String::from_utf8_lossy(&out.stderr);
            assert_eq!(out.status.code(), Some(74), "{name}: {stderr}");
            assert!(!stderr.contains("panicked"), "{name}: {stderr}");
            let last = stderr.lines().last().unwrap_or_default();
            assert!(
                last.starts_with(words.trim_end()),
                "{name} {lang:?}: {stderr}"
            );
            assert!(last.contains("os error 28"), "{name}: {stderr}");
        }
    }
}

/// A Japanese banner above the CLI's AccessDenied, as a log saved on Windows.
const JAPANESE_LOG: &str = "【実行ログ】本番環境の確認作業中にエラーが発生しました。担当: 運用チーム\r\n\
An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:iam::111122223333:user/運用 is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:ap-northeast-1:111122223333:cluster/prod\r\n";

#[test]
fn utf8_utf16_and_cp932_read_the_same() {
    let home = tempfile::tempdir().expect("home");
    let mut utf16 = vec![0xff, 0xfe];
    utf16.extend(JAPANESE_LOG.encode_utf16().flat_map(u16::to_le_bytes));
    let (cp932, _, unmappable) = encoding_rs::SHIFT_JIS.encode(JAPANESE_LOG);
    assert!(!unmappable);
    let mut outputs = Vec::new();
    for (name, bytes) in [
        ("utf-8", JAPANESE_LOG.as_bytes().to_vec()),
        ("utf-16le", utf16),
        ("cp932", cp932.into_owned()),
    ] {
        let file = home.path().join(format!("{name}.log"));
        std::fs::write(&file, &bytes).expect("write");
        let out = run(
            home.path(),
            &[
                "explain",
                "--error-file",
                &file.display().to_string(),
                "--format",
                "json",
            ],
        );
        assert_eq!(out.status.code(), Some(0), "{name}: {out:?}");
        let json: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
        assert_eq!(json["symptom"], "access-denied", "{name}: {json}");
        assert_eq!(
            json["fields"]["principal_arn"], "arn:aws:iam::111122223333:user/運用",
            "{name}: {json}"
        );
        // The same through standard input.
        let mut child = command(home.path())
            .args(["explain", "--format", "json"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(&bytes)
            .expect("write stdin");
        let piped = child.wait_with_output().expect("wait");
        assert_eq!(piped.stdout, out.stdout, "{name}: stdin and file differ");
        outputs.push((name, json));
    }
    assert_eq!(outputs[0].1, outputs[1].1, "UTF-16LE reads differently");
    assert_eq!(outputs[0].1, outputs[2].1, "CP932 reads differently");
}

#[test]
fn latin1_counts_its_own_bytes_and_a_big_file_says_its_size() {
    let home = tempfile::tempdir().expect("home");
    // 22 KB of Latin-1: every é is one byte given, three once replaced.
    let mut latin1 = access_denied("").into_bytes();
    while latin1.len() < 22_000 {
        latin1.extend_from_slice(b"caf\xe9 r\xe9sum\xe9 ");
    }
    let file = home.path().join("latin1.log");
    std::fs::write(&file, &latin1).expect("write");
    let out = run(
        home.path(),
        &[
            "explain",
            "--error-file",
            &file.display().to_string(),
            "--format",
            "json",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{out:?}");

    let big = home.path().join("big.log");
    std::fs::write(&big, vec![b'x'; 100_000]).expect("write");
    let out = run(
        home.path(),
        &["explain", "--error-file", &big.display().to_string()],
    );
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("100000"),
        "the real size is not named: {stderr}"
    );
}

#[test]
fn a_fifo_is_refused_not_waited_on() {
    let home = tempfile::tempdir().expect("home");
    let fifo = home.path().join("fifo");
    let made = Command::new("mkfifo").arg(&fifo).status().expect("mkfifo");
    assert!(made.success());
    let path = fifo.display().to_string();
    for args in [
        vec!["explain", "--error-file", path.as_str()],
        vec!["diagnose", "--error-file", path.as_str()],
        vec!["lint-aws-auth", path.as_str()],
    ] {
        // No writer ever comes: a reader that opened it would wait for ever, so the test
        // waits a bounded time and ends the program itself if it has to.
        let mut child = command(home.path())
            .args(&args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("spawn");
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(20);
        while child.try_wait().expect("try_wait").is_none() {
            if std::time::Instant::now() > deadline {
                let _ = child.kill();
                panic!("{args:?}: the program waited on the FIFO");
            }
            std::thread::sleep(std::time::Duration::from_millis(20));
        }
        let out = child.wait_with_output().expect("output");
        assert_eq!(out.status.code(), Some(2), "{args:?}: {out:?}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(
            stderr.contains(&tr!(Lang::En, "read-error-not-a-file")),
            "{args:?}: {stderr}"
        );
    }
}

#[test]
fn empty_aws_variables_count_as_unset_and_a_run_without_answers_says_so() {
    let home = tempfile::tempdir().expect("home");
    let out = command(home.path())
        .args([
            "diagnose",
            "--symptom",
            "sts-region",
            "--format",
            "json",
            "--connect-timeout-ms",
            "300",
            "--call-timeout-ms",
            "1000",
        ])
        .env("AWS_REGION", "")
        .env("AWS_DEFAULT_REGION", "")
        .env("AWS_PROFILE", "")
        .env("AWS_DEFAULT_PROFILE", "")
        .output()
        .expect("run");
    let json: Value = serde_json::from_slice(&out.stdout).expect("valid JSON");
    let text = json.to_string();
    // An empty Region is no Region: a finding, not a call to the Region "".
    assert!(text.contains("\"region-missing\""), "{text}");
    assert!(!text.contains("invalid value for field"), "{text}");

    for lang in [Lang::En, Lang::Ja] {
        let out = run(
            home.path(),
            &[
                "diagnose",
                "--symptom",
                "sts-region",
                "--region",
                "us-west-2",
                "--lang",
                lang.code(),
                "--connect-timeout-ms",
                "300",
                "--call-timeout-ms",
                "1000",
            ],
        );
        let text = String::from_utf8_lossy(&out.stdout);
        // No credentials: not one check gets an answer, and the output says so.
        assert!(
            text.contains(&tr!(lang, "diagnose-none-answered")),
            "{lang:?}: {text}"
        );
        assert!(!text.contains(&tr!(lang, "diagnose-no-findings")), "{text}");
    }
}
