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
    exec_kubeconfig(
        emu,
        tool,
        "token, --cluster-name, prod, --region, us-west-2",
        "",
    )
}

/// The exec runs `tool` with `args` (a YAML flow list's items) and the extra `user.exec` YAML
/// `more` (each line starting with a newline and six spaces).
fn exec_kubeconfig(emu: &Emulator, tool: &Path, args: &str, more: &str) -> String {
    emulator_kubeconfig(
        emu,
        &format!(
            "      command: {tool}
      args: [{args}]{more}
      interactiveMode: Never
",
            tool = tool.display()
        ),
    )
}

/// `diagnose --symptom aws-auth-path` (kubectl's own symptom) with the kubeconfig `file`.
fn kubectl_diagnose(file: &str) -> [&str; 7] {
    [
        "diagnose",
        "--symptom",
        "aws-auth-path",
        "--kubeconfig",
        file,
        "-o",
        "json",
    ]
}

/// `aws eks get-token` for prod, assuming `role`, as `update-kubeconfig --role-arn` writes it.
fn aws_cli_with_role(emu: &Emulator, role: &str) -> String {
    exec_kubeconfig(
        emu,
        Path::new("aws"),
        &format!("eks, get-token, --cluster-name, prod, --region, us-west-2, --role-arn, {role}"),
        "",
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
    std::fs::write(&path, aws_cli_with_role(&emu, role)).unwrap();
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

fn findings_of(json: &Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|f| f["code"].as_str().map(str::to_owned))
        .collect()
}

fn finding<'a>(json: &'a Value, code: &str) -> &'a Value {
    json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .find(|f| f["code"] == code)
        .unwrap_or_else(|| panic!("no {code}: {json:#}"))
}

/// The emulator's cluster with the shell's identity mapped and kubectl's exec role not: the
/// Kubernetes checks answer for the role once AssumeRole is allowed, and say whose answer they
/// give when it is not.
#[test]
fn the_kubernetes_checks_answer_for_kubectls_exec_role() {
    use crate::support::emulator::{probe, run_tool};
    let emu = Emulator::start("kube/kubectl-role");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    let role = "arn:aws:iam::123456789012:role/eks-readonly";
    std::fs::write(&path, aws_cli_with_role(&emu, role)).unwrap();
    let file = path.display().to_string();
    let env = emu.client_env();
    let args = kubectl_diagnose(&file);

    let allowed = run_tool(&env, &[&args[..], &["--assume"]].concat());
    let json = allowed.json();
    let identity = probe(&json, "k8s-identity");
    assert_eq!(identity["evidence"]["asked_as"], "kubectl", "{identity:#}");
    assert_eq!(identity["outcome"], "problem", "{identity:#}");
    assert_eq!(identity["evidence"]["status"], 401);
    let kubectl_arn = identity["evidence"]["kubectl_arn"]
        .as_str()
        .unwrap_or_default();
    assert!(
        kubectl_arn.contains(":assumed-role/eks-readonly/"),
        "{identity:#}"
    );
    // The fix gives kubectl's role access; the shell's identity already has it.
    let not_mapped = finding(&json, "k8s-not-mapped");
    let commands = not_mapped["fix"]["commands"].to_string();
    assert!(commands.contains(role), "{commands}");
    assert!(!commands.contains("eks-admin"), "{commands}");
    let asked = finding(&json, "k8s-asked-as-kubectl")["detail"].to_string();
    assert!(
        asked.contains("eks-readonly") && asked.contains("eks-admin"),
        "{asked}"
    );
    assert!(findings_of(&json).contains(&"kubeconfig-identity-differs".to_owned()));
    // Nothing more is asked of a cluster that does not know kubectl's role.
    assert_eq!(probe(&json, "aws-auth-live")["outcome"], "skipped");

    // Without the yes: the cluster is asked as the shell's identity (mapped), and the answer
    // says it is not kubectl's, in both languages.
    for lang in ["en", "ja"] {
        let refused = run_tool(&env, &[&args[..], &["--lang", lang]].concat());
        let json = refused.json();
        let identity = probe(&json, "k8s-identity");
        assert_eq!(identity["evidence"]["asked_as"], "checks", "{identity:#}");
        assert_eq!(identity["evidence"]["status"], 201, "{identity:#}");
        let why = finding(&json, "k8s-kubectl-role-not-assumed")["detail"].to_string();
        assert!(why.contains(role), "{why}");
        assert!(!findings_of(&json).contains(&"k8s-not-mapped".to_owned()));
    }
}

/// kubectl's plugin with `--profile cust` while the shell holds other keys: the profile is
/// simply used (the plugin's `--profile` sets the shell's keys aside, as the AWS CLI does), and
/// the cluster, which does not know cust's user, is asked as it.
#[test]
fn the_kubernetes_checks_answer_for_kubectls_profile() {
    use crate::support::emulator::{probe, run_tool};
    let emu = Emulator::start("kube/kubectl-role");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("config");
    let write = |exec_args: &str, more: &str| {
        let text = exec_kubeconfig(&emu, Path::new("aws"), exec_args, more);
        std::fs::write(&path, text).unwrap();
    };
    let file = path.display().to_string();
    let mut env = emu.client_env();
    let config = dir.path().join("aws-config");
    let credentials = dir.path().join("aws-credentials");
    std::fs::write(&config, "[profile cust]\nregion = us-west-2\n").unwrap();
    let cust = &emu.users["cust-operator"];
    let secret = cust["secret_access_key"].as_str().unwrap();
    std::fs::write(
        &credentials,
        format!(
            "[cust]\naws_access_key_id = {key}\naws_secret_access_key = {secret}\n",
            key = cust["access_key_id"].as_str().unwrap()
        ),
    )
    .unwrap();
    env.set("AWS_CONFIG_FILE", config.to_str().unwrap());
    env.set("AWS_SHARED_CREDENTIALS_FILE", credentials.to_str().unwrap());
    env.secrets.push(secret.to_owned());
    let args = kubectl_diagnose(&file);

    write(
        "eks, get-token, --cluster-name, prod, --region, us-west-2, --profile, cust",
        "",
    );
    let json = run_tool(&env, &args).json();
    let identity = probe(&json, "k8s-identity");
    assert_eq!(identity["evidence"]["asked_as"], "kubectl", "{identity:#}");
    assert_eq!(identity["evidence"]["status"], 401, "{identity:#}");
    assert_eq!(
        identity["evidence"]["kubectl_signer"]["credentials"]["name"], "cust",
        "{identity:#}"
    );
    let checks_arn = identity["evidence"]["checks_arn"]
        .as_str()
        .unwrap_or_default();
    assert!(checks_arn.contains("eks-admin"), "{identity:#}");
    assert_eq!(
        identity["evidence"]["kubectl_arn"], cust["arn"],
        "{identity:#}"
    );
    let commands = finding(&json, "k8s-not-mapped")["fix"]["commands"].to_string();
    assert!(
        commands.contains(cust["arn"].as_str().unwrap()),
        "{commands}"
    );

    // The same profile named only by AWS_PROFILE in the plugin's env: the shell's keys win, so
    // kubectl is the checks' identity and the cluster's answer is theirs.
    write(
        "eks, get-token, --cluster-name, prod, --region, us-west-2",
        "\n      env: [{name: AWS_PROFILE, value: cust}]",
    );
    let json = run_tool(&env, &args).json();
    let identity = probe(&json, "k8s-identity");
    assert_eq!(identity["evidence"]["asked_as"], "checks", "{identity:#}");
    assert_eq!(identity["evidence"]["status"], 201, "{identity:#}");
    assert!(!findings_of(&json).contains(&"kubeconfig-identity-differs".to_owned()));
}
