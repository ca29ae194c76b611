//! The Kubernetes checks in the real binary, in a pseudo-terminal: the `kube/view-only`
//! scenario in Japanese, from the symptom to the guide that names the cause the cluster gave.

use crate::support::emulator;
use crate::support::pty as pty_support;

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use emulator::Emulator;
use pty_support::{Session, flat, wait_flat};

const F5: &[u8] = b"\x1b[15~";

#[test]
fn the_console_case_reaches_the_cluster_and_names_the_view_policy_in_japanese() {
    let emu = Emulator::start("kube/view-only");
    let env = emu.client_env();
    let mut session =
        Session::start_with_env("ja_JP.UTF-8", &["--cluster", "prod"], &env.aws_vars());
    wait_flat(&session, &tr!(Lang::Ja, "home-title"));
    session.send(b"2");
    wait_flat(&session, &tr!(Lang::Ja, "field-can-i-label"));
    session.send(F5);
    // The cluster's own answers arrive: who it takes the caller for, and what it refused.
    wait_flat(
        &session,
        &tr!(
            Lang::Ja,
            "probe-k8s-identity-ok",
            username = "console-viewer",
            groups = "system:authenticated"
        ),
    );
    wait_flat(
        &session,
        &tr!(
            Lang::Ja,
            "probe-k8s-permissions-denied",
            count = 1,
            total = "8"
        ),
    );
    session.send(b"g");
    // The guide leads with what Kubernetes refused and the policy that leaves nodes out.
    let guide = wait_flat(
        &session,
        &tr!(
            Lang::Ja,
            "probe-guide-finding",
            title = tr!(Lang::Ja, "finding-k8s-view-policy-no-nodes-title")
        ),
    );
    assert!(flat(&guide).contains("AmazonEKSAdminViewPolicy"), "{guide}");
    let raw = String::from_utf8_lossy(&session.raw_output()).into_owned();
    assert!(
        !raw.contains(&emu.secret_access_key),
        "the secret key was written to the terminal"
    );
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}
