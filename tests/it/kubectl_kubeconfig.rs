//! Real kubectl against the loopback Kubernetes front, through a kubeconfig whose exec plugin is
//! this tool's `token` command; the tool then reads that same kubeconfig and finds the cluster,
//! the Region and the plugin kubectl used.

use std::path::Path;
use std::process::Command;

use crate::support::emulator::Emulator;
use crate::support::kubeconfig::emulator_kubeconfig;
use eks_iam_tui::kubeconfig::{
    ExecApiVersion, ExecTool, KubeconfigFiles, TargetSource, describe_context, load_kubeconfig,
};
use serde_json::Value;

fn kubeconfig(emu: &Emulator, tool: &Path) -> String {
    emulator_kubeconfig(
        emu,
        &format!(
            "      command: {tool}
      args: [token, --cluster-name, prod, --region, us-west-2]
      interactiveMode: Never
",
            tool = tool.display()
        ),
    )
}

#[test]
fn kubectl_signs_in_with_the_token_plugin_and_the_tool_reads_the_same_kubeconfig() {
    let emu = Emulator::start("kube/admin");
    let tool = Path::new(env!("CARGO_BIN_EXE_eks-iam-tui"));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    std::fs::write(&path, kubeconfig(&emu, tool)).unwrap();

    let env = emu.client_env();
    let kubectl = |args: &[&str], stdin: Option<&str>| {
        use std::io::Write;
        let mut child = Command::new("kubectl")
            .env_clear()
            .envs(env.vars())
            .args([
                "--kubeconfig",
                &path.display().to_string(),
                "--request-timeout",
                "20s",
            ])
            .args(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("kubectl is installed");
        let mut input = child.stdin.take().unwrap();
        input.write_all(stdin.unwrap_or("").as_bytes()).unwrap();
        drop(input);
        let output = child.wait_with_output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
        assert!(output.status.success(), "kubectl {args:?} failed: {stderr}");
        serde_json::from_slice::<Value>(&output.stdout).unwrap()
    };
    // A plain authenticated GET: the plugin ran and the front accepted its token.
    let version = kubectl(&["get", "--raw", "/version"], None);
    assert_eq!(version["gitVersion"], "v1.33.0-eks-front");
    // Who kubectl is, asked in JSON (`auth whoami` sends protobuf, which the front does not speak).
    let review = kubectl(
        &[
            "create",
            "--raw",
            "/apis/authentication.k8s.io/v1/selfsubjectreviews",
            "-f",
            "-",
        ],
        Some(r#"{"apiVersion":"authentication.k8s.io/v1","kind":"SelfSubjectReview"}"#),
    );
    assert_eq!(
        review["status"]["userInfo"]["username"], "eks-admin",
        "{review}"
    );
    let arn = review["status"]["userInfo"]["extra"]["arn"][0]
        .as_str()
        .unwrap();
    assert!(arn.contains(":assumed-role/eks-admin/"), "{arn}");

    let loaded = load_kubeconfig(KubeconfigFiles::Flag(path)).unwrap();
    let context = describe_context(&loaded, None, None).unwrap();
    assert_eq!(
        context.target.cluster_name,
        Some(("prod".to_owned(), TargetSource::ExecArguments))
    );
    assert_eq!(
        context.target.account_id,
        Some(("123456789012".to_owned(), TargetSource::ClusterArn))
    );
    assert_eq!(
        context.server.as_deref(),
        emu.kubernetes["prod"]["endpoint"].as_str()
    );
    let exec = context.exec.unwrap();
    assert_eq!(exec.tool, ExecTool::EksIamTui);
    assert_eq!(exec.api_version, ExecApiVersion::V1Beta1);
    assert_eq!(exec.found.as_deref(), Some(tool));
}

#[test]
fn diagnose_takes_the_cluster_and_region_it_was_not_given_from_kubectls_context() {
    use crate::support::emulator::run_tool;
    let emu = Emulator::start("kube/admin");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    std::fs::write(&path, kubeconfig(&emu, Path::new("aws"))).unwrap();
    let file = path.display().to_string();
    let env = emu.client_env();
    let args = ["diagnose", "--symptom", "console-nodes", "-o", "json"];

    let run = run_tool(&env, &[&args[..], &["--kubeconfig", &file]].concat());
    let json = run.json();
    assert_eq!(json["context"]["cluster"], "prod", "{}", run.stderr);
    assert_eq!(json["context"]["region"], "us-west-2", "{}", run.stderr);
    assert!(
        run.stderr
            .contains("arn:aws:eks:us-west-2:123456789012:cluster/prod"),
        "{}",
        run.stderr
    );
    // The cluster the check actually described is the context's.
    let cluster = crate::support::emulator::probe(&json, "cluster");
    assert_eq!(cluster["outcome"], "ok", "{cluster}");
    // The kubeconfig check read the same context, and its server and CA are the cluster's.
    let kubeconfig_check = crate::support::emulator::probe(&json, "kubeconfig");
    assert_eq!(
        kubeconfig_check["evidence"]["context"], "arn:aws:eks:us-west-2:123456789012:cluster/prod",
        "{kubeconfig_check}"
    );
    let codes = |json: &Value| -> Vec<String> {
        json["findings"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|f| f["code"].as_str().map(str::to_owned))
            .collect()
    };
    assert!(
        !codes(&json).contains(&"kubeconfig-cluster-mismatch".to_owned()),
        "{json:#}"
    );

    // kubectl signing as a role the checks are not: the finding names both, and the fix writes
    // the context again under the name the person uses.
    let role = "arn:aws:iam::123456789012:role/eks-readonly";
    let with_role = kubeconfig(&emu, Path::new("aws")).replace(
        "args: [token, --cluster-name, prod, --region, us-west-2]",
        &format!(
            "args: [eks, get-token, --cluster-name, prod, --region, us-west-2, --role-arn, {role}]"
        ),
    );
    std::fs::write(&path, with_role).unwrap();
    let run = run_tool(&env, &[&args[..], &["--kubeconfig", &file]].concat());
    let json = run.json();
    let differs = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["code"] == "kubeconfig-identity-differs")
        .unwrap_or_else(|| panic!("{json:#}"));
    let detail = differs.to_string();
    assert!(detail.contains(role), "{detail}");
    let caller = crate::support::emulator::probe(&json, "identity")["evidence"]["arn"]
        .as_str()
        .unwrap_or_default()
        .to_owned();
    assert!(
        !caller.is_empty() && detail.contains(&caller),
        "{caller} {detail}"
    );
    std::fs::write(&path, kubeconfig(&emu, Path::new("aws"))).unwrap();

    // The command line wins over the context.
    let given = run_tool(
        &env,
        &[&args[..], &["--kubeconfig", &file, "--cluster", "other"]].concat(),
    );
    assert_eq!(given.json()["context"]["cluster"], "other");

    // A context that is not there is refused in words, before any call, in both languages.
    for lang in ["en", "ja"] {
        let missing = run_tool(
            &env,
            &[
                &args[..],
                &["--kubeconfig", &file, "--context", "nope", "--lang", lang],
            ]
            .concat(),
        );
        assert_eq!(missing.code, 2, "{}", missing.stderr);
        assert!(missing.stderr.contains("nope"), "{}", missing.stderr);
        assert!(missing.stdout.is_empty());
    }
}
