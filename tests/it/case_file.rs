//! The case file against the emulator: `collect` writes what `diagnose` would have shown,
//! `report` shows it again in either language without AWS, and the default file is redacted.

use std::path::{Path, PathBuf};

use crate::support::emulator::{self, ClientEnv, Emulator, run_tool};
use crate::support::kubeconfig::emulator_kubeconfig;
use serde_json::Value;

/// aws-iam-authenticator's log line for the role of the `aws-auth-path` scenario.
const NOT_MAPPED: &str = "time=\"2024-05-01T09:12:44Z\" level=warning msg=\"access denied\" accesskeyid=ASIAQNZGKIQY56JQ7WML arn=\"arn:aws:iam::123456789012:role/eks-admin\" client=\"127.0.0.1:40378\" error=\"ARN is not mapped\" method=POST path=/authenticate";

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("case-file-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// The report without what differs between two runs by design: the collected-at header and
/// how many milliseconds each check took.
fn comparable(report: &str) -> String {
    let durations = regex::Regex::new(r"\(\d+ ms\)").expect("regex");
    let body = if report.starts_with("> ") {
        report.split_once("\n\n").map_or(report, |(_, rest)| rest)
    } else {
        report
    };
    durations.replace_all(body, "(N ms)").into_owned()
}

fn collect(env: &ClientEnv, out: &Path, args: &[&str]) -> emulator::Run {
    let out = out.to_str().expect("utf-8 path");
    let mut all = vec!["collect"];
    all.extend_from_slice(args);
    all.extend_from_slice(&["--out", out]);
    run_tool(env, &all)
}

fn replay_equals_the_live_markdown(env: &ClientEnv, dir: &Path, given: &[&str]) {
    let path = dir.join("plain.json");
    let run = collect(env, &path, &[given, &["--no-redact"]].concat());
    assert!(path.exists(), "no case written:\n{}", run.stderr);
    assert!(
        run.stderr.contains(path.to_str().expect("path")),
        "{}",
        run.stderr
    );
    for lang in ["en", "ja"] {
        let report = run_tool(
            env,
            &[
                "report",
                path.to_str().expect("path"),
                "--format",
                "markdown",
                "--lang",
                lang,
            ],
        );
        assert_eq!(report.code, run.code, "{}", report.stderr);
        assert!(report.stdout.starts_with("> "), "{}", report.stdout);
        let mut live_args = vec!["diagnose"];
        live_args.extend_from_slice(given);
        live_args.extend_from_slice(&["--format", "markdown", "--lang", lang]);
        let live = run_tool(env, &live_args);
        assert_eq!(
            comparable(&report.stdout),
            comparable(&live.stdout),
            "{lang}: the replayed report differs from the live run"
        );
    }
    // Read in the other language than collected in: the file holds no sentence.
    let text = std::fs::read_to_string(&path).expect("case");
    let case: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(case["schema"], 1);
    assert_eq!(case["kind"], "eks-iam-tui-case");
    assert_eq!(case["lang"], "en");
    assert!(
        case["collected_at"]
            .as_str()
            .is_some_and(|t| t.ends_with('Z'))
    );
}

#[test]
fn a_collected_case_reports_as_the_live_run_in_both_languages() {
    let emu = Emulator::start("aws-auth-path");
    let mut env = emu.client_env();
    env.set("LANG", "en_US.UTF-8");
    let dir = temp_dir("replay");
    replay_equals_the_live_markdown(
        &env,
        &dir,
        &["--symptom", "aws-auth-path", "--cluster", "demo"],
    );
    let dir = temp_dir("replay-pasted");
    replay_equals_the_live_markdown(&env, &dir, &["--error", NOT_MAPPED, "--cluster", "demo"]);
}

#[test]
fn the_default_case_is_redacted_and_never_overwrites() {
    let emu = Emulator::start("aws-auth-path");
    let env = emu.client_env();
    let dir = temp_dir("redact");
    let args = ["--error", NOT_MAPPED, "--cluster", "demo"];
    let plain_path = dir.join("plain.json");
    collect(&env, &plain_path, &[&args[..], &["--no-redact"]].concat());
    let plain = std::fs::read_to_string(&plain_path).expect("plain case");
    assert!(plain.contains("assumed-role/eks-admin/alice"), "{plain}");
    let plain_json: Value = serde_json::from_str(&plain).expect("json");
    let endpoint = plain_json["checks"]
        .as_array()
        .and_then(|checks| checks.iter().find(|c| c["id"] == "cluster"))
        .and_then(|c| c["evidence"]["endpoint"].as_str())
        .map(str::to_owned);

    let path = dir.join("case.json");
    let first = collect(&env, &path, &args);
    assert!(
        first.stderr.contains("ACCOUNT") || first.stderr.contains("account ids"),
        "{}",
        first.stderr
    );
    let second = collect(&env, &path, &args);
    let again = dir.join("case-2.json");
    assert!(again.exists(), "{}", second.stderr);
    assert!(second.stderr.contains("case-2.json"), "{}", second.stderr);
    let text = std::fs::read_to_string(&path).expect("case");
    let mut secrets = vec![
        "123456789012".to_owned(),
        "ASIAQNZGKIQY56JQ7WML".to_owned(),
        "/alice".to_owned(),
        emu.access_key_id.clone(),
    ];
    if let Some(endpoint) = endpoint {
        let host = endpoint
            .split_once("://")
            .map_or(endpoint.as_str(), |(_, h)| h);
        secrets.push(host.to_owned());
    }
    for secret in &secrets {
        assert!(
            !text.contains(secret.as_str()),
            "{secret} survived:\n{text}"
        );
    }
    // One account, one placeholder, in the pasted log, the reading and the evidence.
    assert!(
        text.contains("arn:aws:iam::ACCOUNT_1:role/eks-admin"),
        "{text}"
    );
    assert!(text.contains("assumed-role/eks-admin/SESSION_1"), "{text}");
    assert!(text.contains("accesskeyid=ACCESS_KEY_1"), "{text}");
    let case: Value = serde_json::from_str(&text).expect("json");
    assert_eq!(case["redacted"], true);

    // It still reads, and says it was redacted.
    let report = run_tool(
        &env,
        &["report", path.to_str().expect("path"), "--lang", "ja"],
    );
    assert!(report.stdout.contains("ACCOUNT_1"), "{}", report.stderr);
    assert!(!report.stdout.contains("123456789012"));
}

#[test]
fn a_hostile_case_file_is_refused_in_words_without_aws() {
    let dir = temp_dir("hostile");
    let env = ClientEnv::isolated();
    let newer = dir.join("newer.json");
    std::fs::write(
        &newer,
        r#"{"schema": 7, "kind": "eks-iam-tui-case", "tool": {"version": "9.9.9"}}"#,
    )
    .expect("write");
    let run = run_tool(&env, &["report", newer.to_str().expect("path")]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("9.9.9"), "{}", run.stderr);
    let foreign = dir.join("foreign.json");
    std::fs::write(
        &foreign,
        "{\"kind\": \"\\u001b]52;c;x\\u0007\", \"schema\": 1}",
    )
    .expect("write");
    let run = run_tool(&env, &["report", foreign.to_str().expect("path")]);
    assert_eq!(run.code, 2);
    assert!(!run.stderr.contains('\u{1b}'), "{:?}", run.stderr);
    assert!(!run.stderr.is_empty());
}

/// A kubeconfig as `aws eks update-kubeconfig --role-arn` writes it for the emulator's `prod`
/// cluster, with a secret in the exec's `env` that must never reach a case file.
fn kubeconfig(emu: &Emulator) -> String {
    emulator_kubeconfig(
        emu,
        "      command: aws
      args: [--region, us-west-2, eks, get-token, --cluster-name, prod, --role-arn, arn:aws:iam::123456789012:role/eks-admin]
      env:
      - name: AWS_PROFILE
        value: prod-admin
      - name: AWS_SECRET_ACCESS_KEY
        value: kubeconfig-secret-value
",
    )
}

#[test]
fn the_kubeconfig_summary_is_in_the_case_redacted() {
    let emu = Emulator::start("kube/admin");
    let env = emu.client_env();
    let dir = temp_dir("kubeconfig");
    let config = dir.join("config");
    std::fs::write(&config, kubeconfig(&emu)).expect("kubeconfig");
    let config = config.to_str().expect("path");
    let server = emu.kubernetes["prod"]["endpoint"]
        .as_str()
        .expect("endpoint")
        .to_owned();

    let plain = dir.join("plain.json");
    collect(
        &env,
        &plain,
        &[
            "--symptom",
            "console-nodes",
            "--kubeconfig",
            config,
            "--no-redact",
        ],
    );
    let case: Value =
        serde_json::from_str(&std::fs::read_to_string(&plain).expect("case")).expect("json");
    let summary = &case["kubeconfig"];
    assert_eq!(
        summary["context"], "arn:aws:eks:us-west-2:123456789012:cluster/prod",
        "{case:#}"
    );
    assert_eq!(summary["cluster_name"]["value"], "prod");
    assert_eq!(summary["region"]["value"], "us-west-2");
    assert_eq!(summary["account_id"]["value"], "123456789012");
    assert_eq!(summary["exec"]["command"], "aws");
    assert_eq!(
        summary["exec"]["role_arn"],
        "arn:aws:iam::123456789012:role/eks-admin"
    );
    assert_eq!(summary["exec"]["profile"], "prod-admin");
    // The values the checks took from the context say so.
    let cluster = case["inputs"]["context"]
        .as_array()
        .and_then(|values| values.iter().find(|v| v["field"] == "cluster"))
        .expect("the cluster value");
    assert_eq!(cluster["source"], "kubeconfig", "{cluster}");

    let redacted = dir.join("case.json");
    collect(
        &env,
        &redacted,
        &["--symptom", "console-nodes", "--kubeconfig", config],
    );
    let text = std::fs::read_to_string(&redacted).expect("case");
    let host = server.split_once("://").map_or(server.as_str(), |(_, h)| h);
    for secret in ["123456789012", "kubeconfig-secret-value", host] {
        assert!(!text.contains(secret), "{secret} survived:\n{text}");
    }
    let case: Value = serde_json::from_str(&text).expect("json");
    let summary = &case["kubeconfig"];
    assert_eq!(
        summary["context"], "arn:aws:eks:us-west-2:ACCOUNT_1:cluster/prod",
        "{summary:#}"
    );
    assert_eq!(
        summary["exec"]["role_arn"],
        "arn:aws:iam::ACCOUNT_1:role/eks-admin"
    );
    assert!(
        summary["exec"]["env_names"]
            .as_array()
            .is_some_and(|names| names.iter().any(|n| n == "AWS_SECRET_ACCESS_KEY")),
        "{summary:#}"
    );
    // The report says what kubectl's context was, in either language.
    for lang in ["en", "ja"] {
        let report = run_tool(
            &env,
            &["report", redacted.to_str().expect("path"), "--lang", lang],
        );
        let header = report.stdout.split("\n\n").next().unwrap_or_default();
        assert!(
            header.contains("arn:aws:eks:us-west-2:ACCOUNT_1:cluster/prod")
                && header.contains("get-token")
                && header.contains("prod-admin"),
            "{lang}:\n{}",
            report.stdout
        );
    }
}
