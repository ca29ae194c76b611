//! The loopback Kubernetes API front (`tests/support/kube_front.py`) that the Kubernetes probes
//! will be tested against, driven here with the tool's own token: TLS verified against the CA
//! made for this run, authentication through the emulator's STS, mapping through the scenario's
//! access entries and aws-auth, and review answers from its RBAC. Requests are made by
//! `tests/support/kube_request.py` (Python's `ssl`, verifying like kubectl).

use crate::support::emulator;

use std::process::Command;

use emulator::{Emulator, diagnose, probe, run_tool};
use serde_json::{Value, json};

struct Cluster<'a> {
    emu: &'a Emulator,
    token: String,
}

impl<'a> Cluster<'a> {
    fn connect(emu: &'a Emulator) -> Cluster<'a> {
        let run = run_tool(&emu.client_env(), &["token", "--cluster", "prod"]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        let json: Value = serde_json::from_str(&run.stdout).unwrap();
        Cluster {
            emu,
            token: json["status"]["token"].as_str().unwrap().to_owned(),
        }
    }

    fn request(&self, method: &str, path: &str, body: Option<Value>) -> (u64, Value) {
        let api = &self.emu.kubernetes["prod"];
        let mut command = Command::new(emulator::venv_python());
        command
            .arg(emulator::repo().join("tests/support/kube_request.py"))
            .args(["--endpoint", api["endpoint"].as_str().unwrap()])
            .args(["--ca-data", api["ca_data"].as_str().unwrap()])
            .args(["--token", &self.token])
            .args(["--method", method, "--path", path]);
        if let Some(body) = body {
            command.args(["--body", &body.to_string()]);
        }
        let output = command.output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        let answer: Value = serde_json::from_slice(&output.stdout).unwrap();
        (answer["status"].as_u64().unwrap(), answer["body"].clone())
    }

    fn who_am_i(&self) -> (u64, Value) {
        self.request(
            "POST",
            "/apis/authentication.k8s.io/v1/selfsubjectreviews",
            Some(json!({"apiVersion": "authentication.k8s.io/v1", "kind": "SelfSubjectReview"})),
        )
    }

    fn can_i(&self, verb: &str, resource: &str, namespace: &str) -> (bool, String) {
        let (code, body) = self.request(
            "POST",
            "/apis/authorization.k8s.io/v1/selfsubjectaccessreviews",
            Some(json!({
                "apiVersion": "authorization.k8s.io/v1",
                "kind": "SelfSubjectAccessReview",
                "spec": {"resourceAttributes": {"verb": verb, "resource": resource, "namespace": namespace}}
            })),
        );
        assert_eq!(code, 201, "{body}");
        (
            body["status"]["allowed"].as_bool().unwrap(),
            body["status"]["reason"]
                .as_str()
                .unwrap_or_default()
                .to_owned(),
        )
    }
}

#[test]
fn view_only_sees_pods_but_not_nodes() {
    let emu = Emulator::start("kube/view-only");
    let cluster = Cluster::connect(&emu);
    let (code, review) = cluster.who_am_i();
    assert_eq!(code, 201, "{review}");
    let user = &review["status"]["userInfo"];
    assert_eq!(user["username"], "console-viewer");
    assert_eq!(
        user["extra"]["arn"][0],
        "arn:aws:sts::123456789012:assumed-role/console-viewer/bob"
    );
    assert_eq!(
        user["extra"]["canonicalArn"][0],
        "arn:aws:iam::123456789012:role/console-viewer"
    );
    assert_eq!(user["extra"]["sessionName"][0], "bob");
    let (pods, reason) = cluster.can_i("list", "pods", "default");
    assert!(pods);
    assert!(reason.contains("AmazonEKSViewPolicy"), "{reason}");
    assert!(!cluster.can_i("list", "nodes", "").0);
    assert!(!cluster.can_i("get", "secrets", "default").0);
}

#[test]
fn an_unmapped_caller_gets_401_and_a_path_in_aws_auth_does_not_help() {
    let emu = Emulator::start("kube/not-mapped");
    let cluster = Cluster::connect(&emu);
    let (code, status) = cluster.who_am_i();
    assert_eq!(code, 401, "{status}");
    assert_eq!(status["reason"], "Unauthorized");
}

#[test]
fn aws_auth_maps_a_user_whose_rbac_cannot_read_aws_auth() {
    let emu = Emulator::start("kube/aws-auth-unreadable");
    let cluster = Cluster::connect(&emu);
    let (code, review) = cluster.who_am_i();
    assert_eq!(code, 201, "{review}");
    let groups = review["status"]["userInfo"]["groups"].to_string();
    assert!(
        groups.contains("eks-console-dashboard-full-access-group"),
        "{groups}"
    );
    let (nodes, reason) = cluster.can_i("list", "nodes", "");
    assert!(nodes);
    assert!(
        reason.starts_with("RBAC: allowed by ClusterRoleBinding"),
        "{reason}"
    );
    let (code, status) = cluster.request(
        "GET",
        "/api/v1/namespaces/kube-system/configmaps/aws-auth",
        None,
    );
    assert_eq!(code, 403, "{status}");
    assert!(
        status["message"]
            .as_str()
            .unwrap()
            .contains("cannot get resource \"configmaps\"")
    );
}

#[test]
fn admin_reads_aws_auth_and_service_accounts() {
    let emu = Emulator::start("kube/admin");
    let cluster = Cluster::connect(&emu);
    assert!(cluster.can_i("list", "nodes", "").0);
    let (code, map) = cluster.request(
        "GET",
        "/api/v1/namespaces/kube-system/configmaps/aws-auth",
        None,
    );
    assert_eq!(code, 200, "{map}");
    assert!(
        map["data"]["mapRoles"]
            .as_str()
            .unwrap()
            .contains("eks-node-role")
    );
    let (code, account) = cluster.request(
        "GET",
        "/api/v1/namespaces/payments/serviceaccounts/api",
        None,
    );
    assert_eq!(code, 200, "{account}");
    assert_eq!(
        account["metadata"]["annotations"]["eks.amazonaws.com/sts-regional-endpoints"],
        "true"
    );
    // DescribeCluster names the front and its CA, as EKS names the API server's.
    let (_, json) = diagnose(&emu.client_env(), "console-nodes", &["--cluster", "prod"]);
    let evidence = &probe(&json, "cluster")["evidence"];
    assert_eq!(evidence["endpoint_public"], true);
    assert_eq!(evidence["endpoint"], emu.kubernetes["prod"]["endpoint"]);
}

#[test]
fn a_token_for_another_cluster_is_refused() {
    let emu = Emulator::start("kube/admin");
    let run = run_tool(&emu.client_env(), &["token", "--cluster", "staging"]);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let cluster = Cluster {
        emu: &emu,
        token: json["status"]["token"].as_str().unwrap().to_owned(),
    };
    assert_eq!(cluster.who_am_i().0, 401);
}

#[test]
fn a_private_endpoint_is_said_by_describe_cluster() {
    let emu = Emulator::start("kube/private-endpoint");
    let (_, json) = diagnose(&emu.client_env(), "console-nodes", &["--cluster", "prod"]);
    let evidence = &probe(&json, "cluster")["evidence"];
    assert_eq!(evidence["endpoint_public"], false);
    assert_eq!(evidence["endpoint_private"], true);
}
