//! The real binary in a pseudo-terminal: the kubeconfig context and the AWS profile picked in
//! the wizard, F5, and the status line names the caller the checks signed as. Two profiles in
//! a temporary AWS config (only one holds the emulator's keys), two contexts in a temporary
//! kubeconfig; nothing reaches AWS.

use crate::support::emulator::Emulator;
use crate::support::pty::Session;

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;

const F5: &[u8] = b"\x1b[15~";
const F6: &[u8] = b"\x1b[17~";
const F8: &[u8] = b"\x1b[19~";
const DOWN: &[u8] = b"\x1b[B";

struct TempDir(std::path::PathBuf);

impl Drop for TempDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

/// `other` first (a cluster elsewhere), then `prod` on the emulator's Kubernetes front.
fn kubeconfig(emu: &Emulator, account: &str) -> String {
    let api = &emu.kubernetes["prod"];
    let region = &emu.region;
    let prod = format!("arn:aws:eks:{region}:{account}:cluster/prod");
    let other = format!("arn:aws:eks:eu-west-1:{account}:cluster/other");
    format!(
        "apiVersion: v1
kind: Config
clusters:
- name: {other}
  cluster:
    server: https://127.0.0.1:9
- name: {prod}
  cluster:
    server: {server}
    certificate-authority-data: {ca}
contexts:
- name: other-ctx
  context: {{cluster: {other}, user: other-user}}
- name: prod-ctx
  context: {{cluster: {prod}, user: prod-user}}
users:
- name: other-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [--region, eu-west-1, eks, get-token, --cluster-name, other]
- name: prod-user
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      command: aws
      args: [--region, {region}, eks, get-token, --cluster-name, prod]
",
        server = api["endpoint"].as_str().expect("endpoint"),
        ca = api["ca_data"].as_str().expect("ca"),
    )
}

#[test]
fn a_picked_profile_and_context_sign_the_checks_and_the_status_line_names_the_caller() {
    let emu = Emulator::start("kube/admin");
    let account = emu
        .caller_arn
        .split(':')
        .nth(4)
        .expect("an account in the caller ARN")
        .to_owned();
    let dir =
        TempDir(std::env::temp_dir().join(format!("eks-iam-tui-pickers-{}", std::process::id())));
    std::fs::create_dir_all(&dir.0).expect("temp dir");
    let config = dir.0.join("config");
    let credentials = dir.0.join("credentials");
    let kube = dir.0.join("kubeconfig");
    std::fs::write(
        &config,
        format!(
            "[profile customer-a]\nregion = {r}\n[profile customer-b]\nregion = {r}\n",
            r = emu.region
        ),
    )
    .expect("config");
    let mut keys = format!(
        "[customer-a]\naws_access_key_id = AKIAIOSFODNN7EXAMPLE\naws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n[customer-b]\naws_access_key_id = {}\naws_secret_access_key = {}\n",
        emu.access_key_id, emu.secret_access_key
    );
    if let Some(token) = &emu.session_token {
        keys.push_str(&format!("aws_session_token = {token}\n"));
    }
    std::fs::write(&credentials, keys).expect("credentials");
    std::fs::write(&kube, kubeconfig(&emu, &account)).expect("kubeconfig");

    let paths = [&config, &credentials, &kube].map(|p| p.to_str().expect("path").to_owned());
    let env: Vec<(&str, &str)> = [
        ("AWS_ENDPOINT_URL", emu.endpoint.as_str()),
        (
            "EKS_IAM_TUI_STS_GLOBAL_ENDPOINT",
            emu.global_sts_endpoint.as_str(),
        ),
        ("AWS_EC2_METADATA_DISABLED", "true"),
        ("AWS_CONFIG_FILE", paths[0].as_str()),
        ("AWS_SHARED_CREDENTIALS_FILE", paths[1].as_str()),
        ("KUBECONFIG", paths[2].as_str()),
    ]
    .into_iter()
    .chain(emu.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    .collect();
    // The emulator names the role its keys are a session of; the checks' caller is a session
    // of it (`…:assumed-role/<role>/<session>`), as the identity check's line says in full.
    let role = emu
        .caller_arn
        .rsplit('/')
        .next()
        .expect("a role name")
        .to_owned();
    let session_of_role = format!("assumed-role/{role}/");
    // The session name, once the identity check's line shows it.
    let session_name = |screen: &str| -> Option<String> {
        let (_, rest) = screen.split_once(&session_of_role)?;
        let name: String = rest
            .chars()
            .take_while(|c| !c.is_whitespace() && *c != '(')
            .collect();
        (!name.is_empty()).then_some(name)
    };
    let status_of = |screen: &str| -> String {
        screen
            .lines()
            .skip_while(|line| !line.starts_with('╰'))
            .collect()
    };
    for (lang, locale) in [(Lang::En, "en_US.UTF-8"), (Lang::Ja, "ja_JP.UTF-8")] {
        let mut session = Session::start_with_env(locale, &[], &env);
        session.wait_for(&tr!(lang, "home-title"));
        // aws-auth-path: the details ask for the cluster and the Region.
        session.send(b"3");
        session.wait_for(&tr!(lang, "key-line-run-checks"));
        session.send(F8);
        session.wait_for(&tr!(lang, "picker-title-context"));
        session.wait_for("prod-ctx");
        session.send(DOWN);
        session.send(b"\r");
        session.wait_for("kubectl: prod-ctx");
        session.send(F6);
        session.wait_for(&tr!(lang, "picker-title-profile"));
        // default, customer-a, customer-b.
        session.wait_for("customer-b");
        session.send(DOWN);
        session.send(DOWN);
        session.send(b"\r");
        let details = session.wait_for("customer-b");
        assert!(details.contains("prod"), "{details}");
        assert!(
            !details.contains(&session_of_role),
            "a caller before any check: {details}"
        );
        session.send(F5);
        // The status line, below the box, ends with the caller's session.
        let screen = session.wait_until("the caller on the status line", |screen| {
            session_name(screen).is_some_and(|name| status_of(screen).contains(&format!("/{name}")))
        });
        let status = status_of(&screen);
        assert!(status.contains("customer-b"), "{lang:?}: {status}");
        assert!(status.contains("kubectl: prod-ctx"), "{lang:?}: {status}");
        session.send(b"q");
        assert_eq!(session.wait_exit(), 0);
        session.assert_restored();
    }
    // The checks signed with customer-b's keys: the emulator saw them (customer-a's would have
    // named another caller).
    assert!(
        emu.requests().iter().any(|r| r.starts_with("sts:")),
        "{:?}",
        emu.requests()
    );
}
