//! Live probes end to end: the real binary, the real SDK, HTTP to moto and the scenario front
//! on loopback. Each test starts its own emulator.

use crate::support::emulator;

use emulator::{ClientEnv, Emulator, diagnose, finding_codes, probe, run_tool};
use serde_json::Value;

fn outcome(json: &Value, id: &str) -> String {
    probe(json, id)["outcome"]
        .as_str()
        .unwrap_or_default()
        .to_owned()
}

#[test]
fn healthy_cluster_passes_every_probe() {
    let emu = Emulator::start("healthy");
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "console-nodes", &["--cluster", "demo"]);
    assert_eq!(json["schema"], 1);
    assert_eq!(json["symptom"], "console-nodes");
    assert_eq!(json["context"]["region"], "us-west-2");
    for id in [
        "identity",
        "role-path",
        "cluster",
        "console-permissions",
        "access-entries",
    ] {
        assert_eq!(outcome(&json, id), "ok", "{id}: {json:#}");
    }
    let identity = &probe(&json, "identity")["evidence"];
    assert_eq!(identity["principal_kind"], "assumed-role");
    assert_eq!(identity["account"], "123456789012");
    assert_eq!(
        identity["canonical_arn"],
        "arn:aws:iam::123456789012:role/eks-admin"
    );
    let entries = &probe(&json, "access-entries")["evidence"];
    assert_eq!(entries["has_entry"], true);
    assert_eq!(entries["can_list_nodes"], true);
    assert!(
        entries["policies"][0]["policy_arn"]
            .as_str()
            .unwrap()
            .ends_with("AmazonEKSClusterAdminPolicy")
    );
    assert!(probe(&json, "cluster")["evidence"]["authentication_mode"] == "API_AND_CONFIG_MAP");
    assert_eq!(run.code, 0, "{}", run.stdout);
    assert!(json["steps"].as_array().is_some_and(|s| !s.is_empty()));
}

#[test]
fn aws_auth_path_finds_the_role_path_and_the_missing_entry() {
    let emu = Emulator::start("aws-auth-path");
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "aws-auth-path", &["--cluster", "demo"]);
    assert_eq!(run.code, 1);
    let role = &probe(&json, "role-path")["evidence"];
    assert_eq!(
        role["role_arn"],
        "arn:aws:iam::123456789012:role/team/developers/eks-admin"
    );
    assert_eq!(
        role["aws_auth_arn"],
        "arn:aws:iam::123456789012:role/eks-admin"
    );
    assert_eq!(outcome(&json, "role-path"), "problem");
    assert_eq!(
        probe(&json, "access-entries")["evidence"]["has_entry"],
        false
    );
    let codes = finding_codes(&json);
    assert!(
        codes.contains(&"aws-auth-role-path".to_owned()),
        "{codes:?}"
    );
    assert!(
        codes.contains(&"access-entry-missing".to_owned()),
        "{codes:?}"
    );
    // The guide's commands carry the path-less ARN the probes worked out.
    let steps = json["steps"].to_string();
    assert!(
        steps.contains("arn:aws:iam::123456789012:role/eks-admin"),
        "{steps}"
    );
}

#[test]
fn aws_auth_path_in_japanese_text() {
    let emu = Emulator::start("aws-auth-path");
    let env = emu.client_env();
    let run = run_tool(
        &env,
        &[
            "diagnose",
            "--symptom",
            "aws-auth-path",
            "--cluster",
            "demo",
            "--lang",
            "ja",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(run.stdout.contains("検出事項"), "{}", run.stdout);
    assert!(run.stdout.contains("role/team/developers/eks-admin"));
    assert!(run.stdout.contains("aws-auth-role-path"));
}

#[test]
fn access_denied_is_taken_apart() {
    let emu = Emulator::start("access-denied");
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "access-denied", &["--cluster", "demo"]);
    assert_eq!(run.code, 1);
    let cluster = &probe(&json, "cluster")["evidence"];
    assert_eq!(cluster["denied_action"], "eks:DescribeCluster");
    assert_eq!(
        cluster["denied_principal"],
        "arn:aws:iam::123456789012:user/engineering/dev-user"
    );
    assert_eq!(
        cluster["denied_resource"],
        "arn:aws:eks:us-west-2:123456789012:cluster/demo"
    );
    assert!(
        cluster["denied_reason"]
            .as_str()
            .unwrap()
            .contains("no identity-based policy")
    );
    assert_eq!(cluster["authentication_mode"], Value::Null);
    assert_eq!(outcome(&json, "console-permissions"), "problem");
    assert!(finding_codes(&json).contains(&"cluster-access-denied".to_owned()));
    assert_eq!(
        probe(&json, "identity")["evidence"]["principal_kind"],
        "iam-user"
    );
}

#[test]
fn console_nodes_finds_missing_permission_and_view_only_policy() {
    let emu = Emulator::start("console-nodes");
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "console-nodes", &["--cluster", "prod"]);
    assert_eq!(run.code, 1);
    let permissions = &probe(&json, "console-permissions")["evidence"];
    assert_eq!(
        permissions["implicit_deny"],
        serde_json::json!(["eks:ListNodegroups"])
    );
    let entries = &probe(&json, "access-entries")["evidence"];
    assert_eq!(entries["has_entry"], true);
    assert_eq!(entries["can_list_nodes"], false);
    let codes = finding_codes(&json);
    assert!(codes.contains(&"console-permissions-missing".to_owned()));
    assert!(codes.contains(&"access-entry-no-node-access".to_owned()));
    assert_eq!(
        probe(&json, "cluster")["evidence"]["authentication_mode"],
        "API"
    );
}

#[test]
fn pass_role_simulation_says_not_allowed() {
    let emu = Emulator::start("pass-role");
    let env = emu.client_env();
    let target = "arn:aws:iam::123456789012:role/eks-cluster-role";
    let (run, json) = diagnose(&env, "pass-role", &["--target-role-arn", target]);
    assert_eq!(run.code, 1);
    let evidence = &probe(&json, "pass-role")["evidence"];
    assert_eq!(
        evidence["trusted_services"],
        serde_json::json!(["eks.amazonaws.com"])
    );
    assert_eq!(evidence["pass_role_decision"], "implicitDeny");
    assert!(finding_codes(&json).contains(&"pass-role-not-allowed".to_owned()));
    // A role that does not exist is its own finding.
    let (_, json) = diagnose(
        &env,
        "pass-role",
        &["--target-role-arn", "arn:aws:iam::123456789012:role/nope"],
    );
    assert!(finding_codes(&json).contains(&"pass-role-target-missing".to_owned()));
}

#[test]
fn cross_account_reads_trust_and_assumes_only_when_allowed() {
    let emu = Emulator::start("cross-account");
    let env = emu.client_env();
    let target = "arn:aws:iam::123456789012:role/eks-partner-access";
    let (run, json) = diagnose(
        &env,
        "cross-account",
        &[
            "--target-role-arn",
            target,
            "--other-account-id",
            "210987654321",
            "--cluster",
            "demo",
        ],
    );
    assert_eq!(run.code, 1);
    assert!(finding_codes(&json).contains(&"cross-account-not-trusted".to_owned()));
    assert_eq!(
        probe(&json, "cross-account")["evidence"]["assumed"],
        "not-confirmed"
    );
    assert!(!emu.requests().contains(&"sts:AssumeRole".to_owned()));

    let (_, json) = diagnose(
        &env,
        "cross-account",
        &["--target-role-arn", target, "--cluster", "demo", "--assume"],
    );
    let evidence = &probe(&json, "cross-account")["evidence"];
    assert_eq!(evidence["assumed"], "ok", "{json:#}");
    assert!(
        evidence["assumed_arn"]
            .as_str()
            .unwrap()
            .contains("assumed-role/eks-partner-access/")
    );
    assert_eq!(evidence["assumed_cluster_status"], "ACTIVE");
}

#[test]
fn sts_region_reproduces_the_global_endpoint_error() {
    let emu = Emulator::start("sts-region");
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "sts-region", &["--cluster", "prod"]);
    assert_eq!(run.code, 1, "{json:#}");
    assert_eq!(outcome(&json, "sts-endpoints"), "problem");
    let evidence = &probe(&json, "sts-endpoints")["evidence"];
    assert_eq!(evidence["configured_call"], "signature-mismatch");
    assert_eq!(evidence["global_call_us_east_1"], "ok");
    assert_eq!(evidence["sts_regional_endpoints"], "regional");
    assert!(finding_codes(&json).contains(&"sts-global-endpoint-region".to_owned()));
}

#[test]
fn a_misspelt_cluster_gets_suggestions() {
    let emu = Emulator::start("healthy");
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "access-denied", &["--cluster", "dem0"]);
    assert_eq!(run.code, 1, "{json:#}");
    assert_eq!(
        probe(&json, "cluster")["evidence"]["suggestions"],
        serde_json::json!(["demo"])
    );
    assert!(finding_codes(&json).contains(&"cluster-not-found".to_owned()));
}

fn assert_could_not_check(json: &Value, error: &str) {
    let identity = probe(json, "identity");
    assert_eq!(identity["outcome"], "unknown", "{json:#}");
    assert_eq!(identity["error"], error, "{json:#}");
    // Its dependants end at once as skipped rather than waiting for their own timeouts.
    assert_eq!(outcome(json, "role-path"), "skipped");
}

#[test]
fn connection_refused_is_could_not_check() {
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let mut env = ClientEnv::isolated();
    env.set("AWS_ENDPOINT_URL", &format!("http://127.0.0.1:{port}"));
    env.set("AWS_REGION", "us-west-2");
    env.set("AWS_ACCESS_KEY_ID", "AKIATESTTESTTEST0001");
    env.set("AWS_SECRET_ACCESS_KEY", "test-secret-never-shown");
    env.secrets = vec!["test-secret-never-shown".into()];
    let (run, json) = diagnose(&env, "aws-auth-path", &["--cluster", "demo"]);
    assert_eq!(run.code, 3);
    assert_could_not_check(&json, "connection-refused");
    assert!(finding_codes(&json).contains(&"endpoint-unreachable".to_owned()));
}

#[test]
fn a_blackholed_endpoint_times_out() {
    // Accepts connections (the kernel does) and never answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    let mut env = ClientEnv::isolated();
    env.set("AWS_ENDPOINT_URL", &format!("http://127.0.0.1:{port}"));
    env.set("AWS_REGION", "us-west-2");
    env.set("AWS_ACCESS_KEY_ID", "AKIATESTTESTTEST0001");
    env.set("AWS_SECRET_ACCESS_KEY", "test-secret-never-shown");
    env.secrets = vec!["test-secret-never-shown".into()];
    let (run, json) = diagnose(
        &env,
        "aws-auth-path",
        &[
            "--cluster",
            "demo",
            "--call-timeout-ms",
            "800",
            "--connect-timeout-ms",
            "400",
        ],
    );
    drop(listener);
    assert_eq!(run.code, 3);
    assert_could_not_check(&json, "timeout");
    assert_eq!(probe(&json, "cluster")["error"], "timeout");
}

fn fault(kind: &str, error: &str) {
    let emu = Emulator::start(&format!("faults/{kind}"));
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "access-denied", &["--cluster", "demo"]);
    assert_eq!(run.code, 3, "{json:#}");
    assert_could_not_check(&json, error);
    assert_eq!(probe(&json, "cluster")["error"], error);
    // Worded, not a raw error: the summary names the cause.
    assert!(
        !probe(&json, "identity")["summary"]
            .as_str()
            .unwrap()
            .is_empty()
    );
}

#[test]
fn throttling_is_could_not_check() {
    fault("throttle", "throttled");
}

#[test]
fn server_errors_are_could_not_check() {
    fault("server-error", "server-error");
}

#[test]
fn a_garbage_body_is_could_not_check() {
    fault("garbage", "unparseable");
}

#[test]
fn no_region_is_a_finding_not_a_default() {
    let mut env = ClientEnv::isolated();
    env.set("AWS_ACCESS_KEY_ID", "AKIATESTTESTTEST0001");
    env.set("AWS_SECRET_ACCESS_KEY", "test-secret-never-shown");
    env.set("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    env.secrets = vec!["test-secret-never-shown".into()];
    let (run, json) = diagnose(&env, "console-nodes", &["--cluster", "demo"]);
    assert_eq!(run.code, 3);
    assert_could_not_check(&json, "no-region");
    assert!(finding_codes(&json).contains(&"region-missing".to_owned()));
    assert_eq!(json["context"]["region"], Value::Null);
}

#[test]
fn no_credentials_is_a_finding() {
    let mut env = ClientEnv::isolated();
    env.set("AWS_REGION", "us-west-2");
    env.set("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    let (run, json) = diagnose(&env, "aws-auth-path", &[]);
    assert_eq!(run.code, 3);
    assert_could_not_check(&json, "no-credentials");
    assert!(finding_codes(&json).contains(&"credentials-missing".to_owned()));
}

#[test]
fn usage_errors_exit_2() {
    let env = ClientEnv::isolated();
    assert_eq!(run_tool(&env, &["diagnose"]).code, 2);
    assert_eq!(run_tool(&env, &["diagnose", "--symptom", "nope"]).code, 2);
}
