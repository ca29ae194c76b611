//! The real binary in a pseudo-terminal: paste an error, switch redaction on (Ctrl-R: the
//! paste box is a text box, where `r` types), write the report (Ctrl-S), and find the file on
//! disk without the account ids of the message.

use crate::support::pty as pty_support;

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use pty_support::Session;

const MESSAGE: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:sts::444455556666:assumed-role/eks-admin/alice@example.com\r\nis not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2:444455556666\r\n:cluster/payments";

fn paste(session: &mut Session, text: &str) {
    let mut bytes = b"\x1b[200~".to_vec();
    bytes.extend_from_slice(text.as_bytes());
    bytes.extend_from_slice(b"\x1b[201~");
    session.send(&bytes);
}

#[test]
fn a_redacted_report_is_written_where_the_screen_says() {
    let lang = Lang::En;
    let dir = tempfile::tempdir().expect("report dir");
    let dir_text = dir.path().display().to_string();
    let mut session = Session::start_with_env(
        "en_US.UTF-8",
        &[],
        &[("EKS_IAM_TUI_REPORT_DIR", dir_text.as_str())],
    );
    session.wait_for(&tr!(lang, "home-title"));
    session.send(b"e");
    session.wait_for(&tr!(lang, "error-message-pasted-title"));
    paste(&mut session, MESSAGE);
    session.wait_for("cluster/payments");
    session.wait_for(&tr!(
        lang,
        "report-badge-typing",
        state = tr!(lang, "report-badge-redact-off")
    ));

    session.send(b"\x12");
    session.wait_for(&tr!(
        lang,
        "report-badge-typing",
        state = tr!(lang, "report-badge-redact-on")
    ));
    session.send(b"\x13");
    let expected = dir.path().join("eks-iam-tui-report.md");
    let screen = session.wait_for(&tr!(
        lang,
        "report-written-redacted",
        path = expected.display().to_string()
    ));
    assert!(screen.contains(&dir_text), "{screen}");

    let report = std::fs::read_to_string(&expected).expect("the report file");
    assert!(report.contains("# EKS IAM"), "{report}");
    assert!(report.contains("(`access-denied`)"));
    assert!(report.contains("cluster/payments"));
    for secret in ["444455556666", "alice@example.com"] {
        assert!(!report.contains(secret), "{secret} survived:\n{report}");
    }
    assert!(report.contains("arn:aws:sts::ACCOUNT_1:assumed-role/eks-admin/SESSION_1"));

    // A second report never replaces the first.
    session.send(b"\x13");
    session.wait_for("eks-iam-tui-report-2.md");
    assert!(dir.path().join("eks-iam-tui-report-2.md").exists());
    assert_eq!(std::fs::read_to_string(&expected).unwrap(), report);

    // q types in the box; Esc goes home, where q quits.
    session.send(b"\x1b");
    session.wait_for(&tr!(lang, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}
