//! The Kubernetes probes end to end: the real binary's `diagnose` against the emulator and the
//! loopback Kubernetes front, one scenario each (TLS verified against the CA DescribeCluster
//! names, the token authenticated through the emulator's STS, answers from the scenario).

use crate::support::emulator;

use emulator::{Emulator, diagnose, probe, run_tool};
use serde_json::Value;

fn finding_codes(json: &Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .map(|f| {
            f.iter()
                .filter_map(|f| f["code"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn an_unmapped_caller_is_told_which_mapping_is_missing() {
    let emu = Emulator::start("kube/not-mapped");
    let (run, json) = diagnose(&emu.client_env(), "console-nodes", &["--cluster", "prod"]);
    assert_eq!(run.code, 1, "{}", run.stderr);
    let identity = probe(&json, "k8s-identity");
    assert_eq!(identity["outcome"], "problem", "{identity:#}");
    assert_eq!(identity["evidence"]["status"], 401);
    assert_eq!(
        identity["evidence"]["arn"],
        "arn:aws:iam::123456789012:role/outsider"
    );
    let not_mapped = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "k8s-not-mapped")
        .expect("k8s-not-mapped");
    let commands = not_mapped["fix"]["commands"].to_string();
    assert!(
        commands.contains("create-access-entry --cluster-name prod --principal-arn arn:aws:iam::123456789012:role/outsider --type STANDARD --region us-west-2"),
        "{commands}"
    );
    // Nothing more is asked of a cluster that does not know the caller.
    assert_eq!(probe(&json, "k8s-permissions")["outcome"], "skipped");
    assert_eq!(probe(&json, "aws-auth-live")["outcome"], "skipped");

    // With the cluster's aws-auth in hand (someone else saved it), the 401 is explained by the
    // entry that was meant for the caller.
    let map = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(
        map.path(),
        "data:\n  mapRoles: |\n    - rolearn: arn:aws:iam::123456789012:role/team/outsider\n      username: outsider\n      groups:\n        - system:masters\n",
    )
    .unwrap();
    let path = map.path().display().to_string();
    let (run, json) = diagnose(
        &emu.client_env(),
        "aws-auth-path",
        &["--cluster", "prod", "--aws-auth", &path],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let identity = probe(&json, "k8s-identity");
    assert_eq!(
        identity["evidence"]["aws_auth_answer"]["result"],
        "not-mapped"
    );
    let near_miss = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["code"] == "k8s-aws-auth-near-miss")
        .unwrap_or_else(|| panic!("no near miss in {json:#}"));
    let detail = near_miss["detail"].as_str().unwrap();
    assert!(detail.contains("mapRoles entry 1"), "{detail}");
    assert!(
        near_miss["fix"]["text"]
            .as_str()
            .unwrap()
            .contains("arn:aws:iam::123456789012:role/outsider"),
        "{near_miss:#}"
    );
    // A map that cannot be read stops the run before any call.
    let run = run_tool(
        &emu.client_env(),
        &[
            "diagnose",
            "--symptom",
            "aws-auth-path",
            "--cluster",
            "prod",
            "--aws-auth",
            "/nonexistent/aws-auth.yaml",
        ],
    );
    assert_eq!(run.code, 2, "{}", run.stderr);
    assert!(
        run.stderr.contains("/nonexistent/aws-auth.yaml"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn view_only_access_is_named_for_the_empty_nodes_tab() {
    let emu = Emulator::start("kube/view-only");
    let (run, json) = diagnose(
        &emu.client_env(),
        "console-nodes",
        &["--cluster", "prod", "--can-i", "get secrets -n default"],
    );
    assert_eq!(run.code, 1, "{}", run.stderr);
    let identity = probe(&json, "k8s-identity");
    assert_eq!(identity["outcome"], "ok", "{identity:#}");
    assert_eq!(identity["evidence"]["username"], "console-viewer");
    assert_eq!(identity["evidence"]["session_name"], "bob");
    let permissions = probe(&json, "k8s-permissions");
    assert_eq!(permissions["outcome"], "problem", "{permissions:#}");
    let checks = permissions["evidence"]["checks"].as_array().unwrap();
    let answer = |check: &str| {
        checks
            .iter()
            .find(|c| c["check"] == check)
            .unwrap_or_else(|| panic!("no {check} in {checks:#?}"))
    };
    assert_eq!(answer("list nodes")["allowed"], false);
    assert_eq!(answer("list pods")["allowed"], true);
    assert!(
        answer("list pods")["reason"]
            .as_str()
            .unwrap()
            .contains("AmazonEKSViewPolicy")
    );
    assert_eq!(answer("get secrets -n default")["allowed"], false);
    assert_eq!(
        permissions["evidence"]["access_policies"],
        serde_json::json!(["AmazonEKSViewPolicy"])
    );
    let codes = finding_codes(&json);
    assert!(
        codes.contains(&"k8s-view-policy-no-nodes".to_owned()),
        "{codes:?}"
    );
    assert!(codes.contains(&"k8s-access-denied".to_owned()), "{codes:?}");
}

#[test]
fn an_admin_reads_the_live_aws_auth_and_the_service_account() {
    let emu = Emulator::start("kube/admin");
    let (run, json) = diagnose(&emu.client_env(), "console-nodes", &["--cluster", "prod"]);
    assert_eq!(run.code, 0, "{}\n{json:#}", run.stderr);
    assert_eq!(probe(&json, "k8s-permissions")["outcome"], "ok");
    let live = probe(&json, "aws-auth-live");
    assert_eq!(live["outcome"], "ok", "{live:#}");
    assert_eq!(live["evidence"]["present"], true);
    assert_eq!(live["evidence"]["entries"], 1);
    let (_, json) = diagnose(
        &emu.client_env(),
        "sts-region",
        &["--cluster", "prod", "--service-account", "payments/api"],
    );
    let pod = probe(&json, "sts-region-pod");
    assert_eq!(pod["outcome"], "ok", "{pod:#}");
    assert_eq!(
        pod["evidence"]["role_arn"],
        "arn:aws:iam::123456789012:role/payments-api"
    );
    assert_eq!(
        pod["evidence"]["pod_environment"]["AWS_STS_REGIONAL_ENDPOINTS"],
        "regional"
    );
    assert!(finding_codes(&json).contains(&"pod-sts-regional-injected".to_owned()));
    let (_, json) = diagnose(
        &emu.client_env(),
        "sts-region",
        &["--cluster", "prod", "--service-account", "payments/nobody"],
    );
    assert_eq!(probe(&json, "sts-region-pod")["outcome"], "problem");
    assert!(finding_codes(&json).contains(&"service-account-not-found".to_owned()));
    // The cluster was only read: GETs, and the two reviews, which store nothing.
    let asked: Vec<String> = emu
        .requests()
        .into_iter()
        .filter(|r| r.starts_with("k8s:"))
        .collect();
    assert!(asked.len() >= 10, "{asked:?}");
    for request in &asked {
        assert!(
            request.starts_with("k8s:GET /api/v1/namespaces/")
                || request == "k8s:POST /apis/authentication.k8s.io/v1/selfsubjectreviews"
                || request == "k8s:POST /apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
            "{request}"
        );
    }
}

#[test]
fn an_unreadable_aws_auth_could_not_be_checked_and_offers_the_file() {
    let emu = Emulator::start("kube/aws-auth-unreadable");
    let (run, json) = diagnose(&emu.client_env(), "console-nodes", &["--cluster", "prod"]);
    assert_eq!(run.code, 3, "{}\n{json:#}", run.stderr);
    assert_eq!(
        probe(&json, "k8s-identity")["evidence"]["username"],
        "dev-user"
    );
    assert_eq!(probe(&json, "k8s-permissions")["outcome"], "ok");
    let live = probe(&json, "aws-auth-live");
    assert_eq!(live["outcome"], "unknown");
    assert_eq!(live["error"], "kubernetes-forbidden");
    assert!(finding_codes(&json).contains(&"kubernetes-forbidden".to_owned()));
}

#[test]
fn a_private_endpoint_could_not_be_checked_from_outside() {
    let emu = Emulator::start("kube/private-endpoint");
    // The endpoint takes the connection and never answers, as from outside the VPC: the check
    // ends within its time limit, said as the endpoint being private.
    let started = std::time::Instant::now();
    let (run, json) = diagnose(
        &emu.client_env(),
        "console-nodes",
        &[
            "--cluster",
            "prod",
            "--connect-timeout-ms",
            "500",
            "--call-timeout-ms",
            "1000",
        ],
    );
    assert!(started.elapsed() < std::time::Duration::from_secs(20));
    assert_eq!(run.code, 3, "{}", run.stderr);
    let identity = probe(&json, "k8s-identity");
    assert_eq!(identity["outcome"], "unknown");
    assert_eq!(identity["error"], "kubernetes-private-endpoint");
    assert!(finding_codes(&json).contains(&"kubernetes-private-endpoint".to_owned()));
}

#[test]
fn a_skewed_clock_is_told_apart_from_a_missing_mapping() {
    let emu = Emulator::start("kube/clock-skew");
    let (run, json) = diagnose(&emu.client_env(), "console-nodes", &["--cluster", "prod"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    // STS refuses a signature 15 minutes out, as the emulator's front does. The SDK corrects
    // its own calls by the skew it sees (the identity check then succeeds) or the check ends
    // as clock-skew itself; either way the token, signed by the local clock as `aws eks
    // get-token` signs it, is refused, and the 401 is said as the clock.
    let identity = probe(&json, "identity");
    assert!(
        identity["outcome"] == "ok" || identity["error"] == "clock-skew",
        "{identity:#}"
    );
    if identity["outcome"] == "ok" {
        let k8s = probe(&json, "k8s-identity");
        assert_eq!(k8s["error"], "clock-skew", "{k8s:#}");
        assert!(
            k8s["summary"]
                .as_str()
                .unwrap()
                .contains("20 minutes behind"),
            "{k8s:#}"
        );
    }
    let codes = finding_codes(&json);
    assert!(codes.contains(&"clock-skew".to_owned()), "{codes:?}");
    assert!(!codes.contains(&"k8s-not-mapped".to_owned()), "{codes:?}");
}

#[test]
fn a_certificate_the_cluster_ca_did_not_sign_is_refused() {
    let emu = Emulator::start("kube/untrusted-ca");
    let (run, json) = diagnose(&emu.client_env(), "console-nodes", &["--cluster", "prod"]);
    assert_eq!(run.code, 3, "{}", run.stderr);
    let identity = probe(&json, "k8s-identity");
    assert_eq!(identity["error"], "kubernetes-untrusted", "{identity:#}");
}
