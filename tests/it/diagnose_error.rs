//! `diagnose --error`: a pasted message is triaged first, its symptom picks the probes and its
//! values fill the context the probes run with; the real binary against the local emulator.

use crate::support::emulator;

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use emulator::{Emulator, finding_codes, probe, run_tool, run_tool_with_stdin};
use serde_json::Value;

/// As the AWS CLI prints it for the caller of the `access-denied` scenario.
const ACCESS_DENIED: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:iam::123456789012:user/engineering/dev-user is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2:123456789012:cluster/demo";

/// aws-iam-authenticator's server log for the role of the `aws-auth-path` scenario, with an
/// access key id from the same log stream.
const NOT_MAPPED: &str = "time=\"2024-05-01T09:12:44Z\" level=warning msg=\"access denied\" accesskeyid=ASIAQNZGKIQY56JQ7WML arn=\"arn:aws:iam::123456789012:role/eks-admin\" client=\"127.0.0.1:40378\" error=\"ARN is not mapped\" method=POST path=/authenticate";

fn probe_ids(json: &Value) -> Vec<String> {
    json["probes"]
        .as_array()
        .map(|p| {
            p.iter()
                .filter_map(|p| p["id"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn a_pasted_access_denied_runs_its_probes_with_the_values_it_names() {
    let emu = Emulator::start("access-denied");
    let mut env = emu.client_env();
    // The message's Region is where the error happened: it wins over the environment's.
    env.set("AWS_REGION", "eu-central-1");
    let run = run_tool(
        &env,
        &["diagnose", "--error", ACCESS_DENIED, "--format", "json"],
    );
    let json = run.json();
    assert_eq!(json["schema"], 1);
    assert_eq!(json["symptom"], "access-denied");
    let triage = &json["triage"];
    assert_eq!(triage["symptom"], "access-denied");
    assert!(triage["confidence"].as_f64().unwrap() >= 0.5);
    assert_eq!(triage["fields"]["cluster"], "demo");
    assert_eq!(triage["fields"]["action"], "eks:DescribeCluster");
    assert_eq!(triage["fields"]["error_code"], "AccessDeniedException");
    let user = "arn:aws:iam::123456789012:user/engineering/dev-user";
    assert_eq!(json["context"]["cluster"], "demo");
    assert_eq!(json["context"]["region"], "us-west-2");
    assert_eq!(json["context"]["principal_arn"], user);
    assert_eq!(
        probe_ids(&json),
        ["identity", "role-path", "cluster", "console-permissions"]
    );
    // The probes looked at the cluster and the principal the message named.
    let cluster = &probe(&json, "cluster")["evidence"];
    assert_eq!(cluster["denied_action"], "eks:DescribeCluster");
    assert_eq!(probe(&json, "role-path")["evidence"]["principal_arn"], user);
    assert!(finding_codes(&json).contains(&"cluster-access-denied".to_owned()));
    assert_eq!(run.code, 1, "{json:#}");
    // The guide's commands carry the message's cluster and Region.
    let steps = json["steps"].to_string();
    assert!(steps.contains("demo"), "{steps}");
    assert!(steps.contains("us-west-2"), "{steps}");
}

#[test]
fn command_line_values_win_over_the_message() {
    let emu = Emulator::start("access-denied");
    let env = emu.client_env();
    let message = ACCESS_DENIED.replace("cluster/demo", "cluster/old-name");
    let run = run_tool(
        &env,
        &[
            "diagnose",
            "--error",
            &message,
            "--cluster",
            "demo",
            "--format",
            "json",
        ],
    );
    let json = run.json();
    assert_eq!(json["context"]["cluster"], "demo");
    assert_eq!(json["triage"]["fields"]["cluster"], "demo");
    // The probe asked about the cluster of the command line, not the message's.
    assert_eq!(
        probe(&json, "cluster")["evidence"]["denied_resource"],
        "arn:aws:eks:us-west-2:123456789012:cluster/demo",
        "{json:#}"
    );
    assert!(!json["steps"].to_string().contains("old-name"));
}

#[test]
fn a_pasted_aws_auth_log_finds_the_role_path() {
    let emu = Emulator::start("aws-auth-path");
    let env = emu.client_env();
    let run = run_tool(
        &env,
        &[
            "diagnose",
            "--error",
            NOT_MAPPED,
            "--cluster",
            "demo",
            "--format",
            "json",
        ],
    );
    let json = run.json();
    assert_eq!(json["symptom"], "aws-auth-path");
    assert_eq!(json["triage"]["symptom"], "aws-auth-path");
    assert_eq!(
        json["context"]["principal_arn"],
        "arn:aws:iam::123456789012:role/eks-admin"
    );
    assert_eq!(json["context"]["cluster"], "demo");
    assert_eq!(json["context"]["region"], "us-west-2");
    assert!(probe_ids(&json).contains(&"access-entries".to_owned()));
    assert_eq!(
        probe(&json, "role-path")["evidence"]["role_arn"],
        "arn:aws:iam::123456789012:role/team/developers/eks-admin"
    );
    let codes = finding_codes(&json);
    assert!(
        codes.contains(&"aws-auth-role-path".to_owned()),
        "{codes:?}"
    );
    assert_eq!(run.code, 1);
}

#[test]
fn the_markdown_report_redacts_the_message_and_the_evidence_alike() {
    let emu = Emulator::start("aws-auth-path");
    let env = emu.client_env();
    let args = [
        "diagnose",
        "--error",
        NOT_MAPPED,
        "--cluster",
        "demo",
        "--format",
        "markdown",
    ];
    let plain = run_tool(&env, &args).stdout;
    // Unredacted, the evidence names the caller's session (the pasted log does not).
    assert!(plain.contains("assumed-role/eks-admin/alice"), "{plain}");
    assert!(plain.contains("123456789012"));

    let mut redacted_args = args.to_vec();
    redacted_args.push("--redact");
    let run = run_tool(&env, &redacted_args);
    let report = run.stdout;
    let lang = Lang::En;
    for heading in [
        "report-heading-error",
        "report-heading-symptom",
        "report-heading-fields",
        "report-heading-context",
        "diagnose-heading-findings",
        "diagnose-heading-probes",
        "report-heading-steps",
    ] {
        assert!(
            report.contains(&format!("## {}", tr!(lang, heading))),
            "{heading} missing:\n{report}"
        );
    }
    for secret in [
        "123456789012",
        "ASIAQNZGKIQY56JQ7WML",
        "/alice",
        &emu.access_key_id,
    ] {
        assert!(!report.contains(secret), "{secret} survived:\n{report}");
    }
    // One account, one placeholder: in the pasted log, the fields and the probes' evidence.
    assert!(report.contains("arn:aws:iam::ACCOUNT_1:role/eks-admin"));
    assert!(report.contains("arn:aws:iam::ACCOUNT_1:role/team/developers/eks-admin"));
    assert!(
        report.contains("assumed-role/eks-admin/SESSION_1"),
        "{report}"
    );
    assert!(report.contains("accesskeyid=ACCESS_KEY_1"));
    // Every probe with its evidence, and the findings.
    assert!(report.contains("`role_arn`"));
    assert!(report.contains("`aws-auth-role-path`"));

    // JSON and text redact too.
    for format in ["json", "text"] {
        let run = run_tool(
            &env,
            &[
                "diagnose",
                "--error",
                NOT_MAPPED,
                "--cluster",
                "demo",
                "--format",
                format,
                "--redact",
            ],
        );
        assert!(!run.stdout.contains("123456789012"), "{}", run.stdout);
        assert!(!run.stdout.contains("/alice"), "{}", run.stdout);
        assert!(run.stdout.contains("ACCOUNT_1"));
    }
}

#[test]
fn an_unknown_message_is_said_and_nothing_is_probed() {
    let emu = Emulator::start("healthy");
    let env = emu.client_env();
    for lang in [Lang::En, Lang::Ja] {
        let run = run_tool(
            &env,
            &[
                "diagnose",
                "--error",
                "Unable to locate credentials. You can configure credentials by running \"aws configure\".",
                "--lang",
                lang.code(),
            ],
        );
        assert_eq!(run.code, 1);
        assert!(run.stdout.is_empty(), "{}", run.stdout);
        assert!(
            run.stderr.contains(&tr!(lang, "diagnose-error-unknown")),
            "{}",
            run.stderr
        );
    }
    assert!(emu.requests().is_empty(), "{:?}", emu.requests());

    // --symptom wins: the checks run, and the reading still says what the message was.
    let run = run_tool(
        &env,
        &[
            "diagnose",
            "--error",
            "Unable to locate credentials",
            "--symptom",
            "access-denied",
            "--cluster",
            "demo",
            "--format",
            "json",
        ],
    );
    let json = run.json();
    assert_eq!(json["symptom"], "access-denied");
    assert_eq!(json["triage"]["symptom"], "unknown");
    assert_eq!(probe(&json, "cluster")["outcome"], "ok", "{json:#}");
}

#[test]
fn the_message_comes_from_stdin_or_a_file_and_japanese_text_output() {
    let emu = Emulator::start("access-denied");
    let env = emu.client_env();
    let run = run_tool_with_stdin(
        &env,
        &["diagnose", "--error", "-", "--format", "json"],
        Some(ACCESS_DENIED),
    );
    assert_eq!(run.json()["context"]["cluster"], "demo");

    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("error.txt");
    std::fs::write(&file, ACCESS_DENIED).unwrap();
    let run = run_tool(
        &env,
        &[
            "diagnose",
            "--error-file",
            file.to_str().unwrap(),
            "--lang",
            "ja",
        ],
    );
    assert_eq!(run.code, 1);
    let lang = Lang::Ja;
    assert!(run.stdout.contains(&tr!(lang, "report-heading-symptom")));
    assert!(run.stdout.contains("(access-denied)"));
    assert!(run.stdout.contains(&tr!(lang, "diagnose-heading-probes")));

    // Without a symptom or a message it is a usage error; a missing file too.
    assert_eq!(run_tool(&env, &["diagnose"]).code, 2);
    assert_eq!(
        run_tool(
            &env,
            &["diagnose", "--error-file", "/nonexistent/error.txt"]
        )
        .code,
        2
    );
}
