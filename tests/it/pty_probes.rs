//! The real binary in a pseudo-terminal with live checks: against the local AWS emulator with
//! the `aws-auth-path` scenario, and against an endpoint that accepts connections and never
//! answers. Nothing reaches AWS.

use crate::support::emulator;
use crate::support::pty as pty_support;

use eks_iam_tui::guide::Symptom;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::probes::plan_for;
use eks_iam_tui::tr;
use emulator::Emulator;
use pty_support::{Session, flat, wait_flat};

const F5: &[u8] = b"\x1b[15~";
const DOWN: &[u8] = b"\x1b[B";
const ESC: &[u8] = b"\x1b";

fn quit(session: &mut Session) {
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}

#[test]
fn aws_auth_path_shows_the_role_with_its_path_and_the_corrected_entry() {
    let emu = Emulator::start("aws-auth-path");
    let account = emu
        .caller_arn
        .split(':')
        .nth(4)
        .expect("an account in the caller ARN")
        .to_owned();
    let role_with_path = format!("arn:aws:iam::{account}:role/team/developers/eks-admin");
    let aws_auth_arn = format!("arn:aws:iam::{account}:role/eks-admin");
    let mut env = vec![
        ("AWS_ENDPOINT_URL", emu.endpoint.clone()),
        (
            "EKS_IAM_TUI_STS_GLOBAL_ENDPOINT",
            emu.global_sts_endpoint.clone(),
        ),
        ("AWS_REGION", emu.region.clone()),
        ("AWS_ACCESS_KEY_ID", emu.access_key_id.clone()),
        ("AWS_SECRET_ACCESS_KEY", emu.secret_access_key.clone()),
        ("AWS_EC2_METADATA_DISABLED", "true".to_owned()),
    ];
    if let Some(token) = &emu.session_token {
        env.push(("AWS_SESSION_TOKEN", token.clone()));
    }
    let extra: Vec<(&str, &str)> = env
        .iter()
        .map(|(k, v)| (*k, v.as_str()))
        .chain(emu.env.iter().map(|(k, v)| (k.as_str(), v.as_str())))
        .collect();
    let mut session = Session::start_with_env("en_US.UTF-8", &["--cluster", "demo"], &extra);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3");
    session.wait_for(&format!("F5 {}", tr!(Lang::En, "key-line-run-checks")));
    session.send(F5);
    // Every check ends; the caller's role is shown with its path.
    session.wait_for(&tr!(Lang::En, "probe-screen-footer-done", findings = 2));
    session.send(DOWN);
    session.send(b"\r");
    let evidence = wait_flat(&session, &format!("role_arn: {role_with_path}"));
    assert!(
        flat(&evidence).contains(&flat(&format!("aws_auth_arn: {aws_auth_arn}"))),
        "{evidence}"
    );
    session.send(ESC);
    session.wait_for(&format!("r {}", tr!(Lang::En, "key-line-run-again")));
    session.send(b"g");
    // The guide leads with the finding and its fix: the aws-auth entry without the path.
    let guide = wait_flat(&session, &format!("rolearn: {aws_auth_arn}"));
    assert!(
        flat(&guide).contains(&flat(&tr!(
            Lang::En,
            "probe-guide-finding",
            title = tr!(Lang::En, "finding-aws-auth-role-path-title")
        ))),
        "{guide}"
    );
    let raw = String::from_utf8_lossy(&session.raw_output()).into_owned();
    assert!(
        !raw.contains(&emu.secret_access_key),
        "the secret key was written to the terminal"
    );
    quit(&mut session);
}

#[test]
fn a_blackholed_endpoint_ends_could_not_check_while_keys_still_work() {
    // The kernel accepts connections on it; nobody ever answers.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let endpoint = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let env = [
        ("AWS_ENDPOINT_URL", endpoint.as_str()),
        ("AWS_REGION", "us-west-2"),
        ("AWS_ACCESS_KEY_ID", "AKIATESTTESTTEST0001"),
        ("AWS_SECRET_ACCESS_KEY", "test-secret-never-shown"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ];
    let mut session = Session::start_with_env(
        "en_US.UTF-8",
        &[
            "--cluster",
            "demo",
            "--connect-timeout-ms",
            "1000",
            "--call-timeout-ms",
            "3000",
        ],
        &env,
    );
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3");
    session.wait_for(&format!("F5 {}", tr!(Lang::En, "key-line-run-checks")));
    session.send(F5);
    session.wait_for(&tr!(Lang::En, "probe-screen-running"));
    // While the checks wait on the dead endpoint, the language switches at once.
    session.send(b"l");
    let meanwhile = session.wait_until("Japanese while checking", |screen| {
        let screen = flat(screen);
        screen.contains(&flat(&format!("r {}", tr!(Lang::Ja, "key-line-run-again"))))
            && screen.contains(&flat(&tr!(Lang::Ja, "probe-screen-running")))
    });
    assert!(
        flat(&meanwhile).contains(&flat(&tr!(
            Lang::Ja,
            "probe-screen-footer-running",
            done = 0,
            total = plan_for(Symptom::AwsAuthPath).unwrap().len()
        ))),
        "{meanwhile}"
    );
    // Then each check ends in words: could not check, and the ones that needed them skipped.
    let done = session.wait_until("every check ended", |screen| {
        flat(screen).contains(&flat(&format!("r {}", tr!(Lang::Ja, "key-line-run-again"))))
            && !flat(screen).contains(&flat(&tr!(Lang::Ja, "probe-screen-running")))
    });
    let unknown = flat(&format!("[{}]", tr!(Lang::Ja, "diagnose-outcome-unknown")));
    assert!(
        flat(&done).matches(&unknown).count() >= 2,
        "identity and cluster should be could-not-check:\n{done}"
    );
    assert!(
        flat(&done).contains(&flat(&tr!(Lang::Ja, "aws-error-timeout"))),
        "{done}"
    );
    drop(listener);
    let raw = String::from_utf8_lossy(&session.raw_output()).into_owned();
    assert!(!raw.contains("test-secret-never-shown"));
    quit(&mut session);
}

#[test]
fn quitting_while_checks_wait_on_a_dead_endpoint_is_immediate_and_clean() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let endpoint = format!("http://127.0.0.1:{}", listener.local_addr().unwrap().port());
    let env = [
        ("AWS_ENDPOINT_URL", endpoint.as_str()),
        ("AWS_REGION", "us-west-2"),
        ("AWS_ACCESS_KEY_ID", "AKIATESTTESTTEST0001"),
        ("AWS_SECRET_ACCESS_KEY", "test-secret-never-shown"),
        ("AWS_EC2_METADATA_DISABLED", "true"),
    ];
    // Limits far longer than the test's own patience: quitting must not wait for them.
    let mut session = Session::start_with_env(
        "ja_JP.UTF-8",
        &["--cluster", "demo", "--call-timeout-ms", "60000"],
        &env,
    );
    session.wait_for(&tr!(Lang::Ja, "home-title"));
    session.send(b"3");
    session.send(F5);
    session.wait_for(&tr!(Lang::Ja, "probe-screen-running"));
    quit(&mut session);
    drop(listener);
}
