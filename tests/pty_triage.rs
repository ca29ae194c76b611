//! The real binary in a pseudo-terminal: a wrapped AccessDenied message pasted on the
//! "I have an error message" screen is read as it arrives, and Enter lands on the
//! access-denied steps with the principal and the cluster filled in.

// This test uses only part of the shared pseudo-terminal helpers.
#[allow(dead_code)]
#[path = "support/pty.rs"]
mod pty_support;

use eks_iam_tui::guide::Symptom;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use pty_support::Session;

/// As the EKS User Guide prints it: the ARNs broken across lines.
const WRAPPED: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:iam::111122223333\r\n:user/user_name\r\nis not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2\r\n:111122223333\r\n:cluster/my-cluster";

#[test]
fn pasted_wrapped_access_denied_fills_the_access_denied_guide() {
    let lang = Lang::En;
    let mut session = Session::start("en_US.UTF-8", &[]);
    session.wait_for(&tr!(lang, "home-title"));
    session.send(b"e");
    session.wait_for(&tr!(lang, "error-message-pasted-title"));

    let mut paste = b"\x1b[200~".to_vec();
    paste.extend_from_slice(WRAPPED.as_bytes());
    paste.extend_from_slice(b"\x1b[201~");
    session.send(&paste);

    // The fields as recognised, the ARN joined back together.
    let screen = session.wait_for("arn:aws:iam::111122223333:user/user_name");
    assert!(screen.contains(&tr!(lang, &Symptom::AccessDenied.title_id())));
    assert!(screen.contains("(access-denied)"));
    assert!(screen.contains("my-cluster"));
    assert!(screen.contains("us-west-2"));
    assert!(screen.contains("eks:DescribeCluster"));

    // Enter: the access-denied details, filled from the message.
    session.send(b"\r");
    let screen = session.wait_for(&tr!(
        lang,
        "context-title",
        symptom = tr!(lang, &Symptom::AccessDenied.title_id())
    ));
    assert!(
        screen.contains("arn:aws:iam::111122223333:user/user_name"),
        "{screen}"
    );
    assert!(screen.contains("my-cluster"), "{screen}");

    // And the guide itself shows them in its commands.
    session.send(b"\r");
    let screen = session.wait_for(&tr!(
        lang,
        "guide-title",
        symptom = tr!(lang, &Symptom::AccessDenied.title_id())
    ));
    let mut filled = screen.contains("my-cluster") && screen.contains("user_name");
    for _ in 0..8 {
        if filled {
            break;
        }
        session.send(b"j");
        let screen = session.screen();
        filled = screen.contains("my-cluster") || screen.contains("user_name");
    }
    assert!(filled, "the guide never showed the pasted values");

    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}
