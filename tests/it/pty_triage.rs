//! The real binary in a pseudo-terminal: a wrapped AccessDenied message pasted on the
//! "I have an error message" screen is read as it arrives, and Enter lands on the
//! access-denied steps with the principal and the cluster filled in.

use crate::support::pty as pty_support;

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

/// The same message as most terminals paste it: every line break a CR.
const WRAPPED_CR: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:iam::111122223333\r:user/user_name\ris not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2\r:111122223333\r:cluster/my-cluster";

/// The paste screen is a text box: a line typed key by key (not pasted) with q, w, r and l
/// in it quits nothing, writes no report, switches no language, and stays in the box; then a
/// bracketed paste with CR line breaks is read whole, the ARN joined back.
#[test]
fn typed_letters_stay_text_and_a_cr_paste_is_read_whole() {
    let lang = Lang::En;
    let reports = std::env::temp_dir().join(format!(
        "eks-iam-tui-pty-reports-{}-{}",
        std::process::id(),
        std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos())
            .unwrap_or(0)
    ));
    std::fs::create_dir_all(&reports).expect("report dir");
    let report_dir = reports.to_string_lossy().into_owned();
    let mut session = Session::start_with_env(
        "en_US.UTF-8",
        &[],
        &[("EKS_IAM_TUI_REPORT_DIR", report_dir.as_str())],
    );
    session.wait_for(&tr!(lang, "home-title"));
    session.send(b"e");
    session.wait_for(&tr!(lang, "error-message-pasted-title"));

    // Typed, one key at a time as a person does.
    let typed = "Request q w r l 1 failed: Unauthorized";
    for byte in typed.bytes() {
        session.send(&[byte]);
    }
    let screen = session.wait_for(typed);
    // Still on the paste screen, in English, with the 401 read from what was typed.
    assert!(
        screen.contains(&tr!(lang, "error-message-pasted-title")),
        "{screen}"
    );
    assert!(screen.contains("(aws-auth-path)"), "{screen}");
    assert!(!screen.contains(&tr!(Lang::Ja, "error-message-pasted-title")));
    let written: Vec<_> = std::fs::read_dir(&reports).expect("dir").collect();
    assert!(written.is_empty(), "a report was written: {written:?}");

    // Ctrl-U clears the box; then the CR paste.
    session.send(b"\x15");
    session.wait_for(&tr!(lang, "error-message-empty"));
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend_from_slice(WRAPPED_CR.as_bytes());
    paste.extend_from_slice(b"\x1b[201~");
    session.send(&paste);
    let screen = session.wait_for("arn:aws:iam::111122223333:user/user_name");
    assert!(screen.contains("(access-denied)"), "{screen}");
    assert!(screen.contains("my-cluster"), "{screen}");

    // Esc back home, where q quits as always.
    session.send(b"\x1b");
    session.wait_for(&tr!(lang, "home-title"));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
    let written: Vec<_> = std::fs::read_dir(&reports).expect("dir").collect();
    assert!(written.is_empty(), "a report was written: {written:?}");
    let _ = std::fs::remove_dir_all(&reports);
}
