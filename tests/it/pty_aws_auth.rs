//! The real binary in a pseudo-terminal: the aws-auth screen opened from the guide, fed by a
//! bracketed paste and by a file path, in Japanese, then left with the terminal restored.

use crate::support::pty as pty_support;

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use pty_support::{Session, flat, squeeze};

const PRINCIPAL: &str = "arn:aws:sts::111122223333:assumed-role/eks-admin/bob";

/// kube-system/aws-auth with a path in a rolearn, as `kubectl get -o yaml` prints it.
const CONFIG_MAP: &str = include_str!("support/aws-auth-role-path.yaml");

const DOWN: &[u8] = b"\x1b[B";

/// From home to the guide of symptom `key`, then `a`.
fn open_screen(session: &mut Session, key: &str, lang: Lang) {
    session.wait_for(&tr!(lang, "home-title"));
    session.send(key.as_bytes());
    session.wait_for(&tr!(lang, "context-intro")[..12]);
    session.send(b"\r");
    session.wait_for(&format!("a {}", tr!(lang, "key-line-open-aws-auth")));
    session.send(b"a");
    session.wait_for(&tr!(lang, "aws-auth-screen-path-label"));
    session.wait_for(&format!("Enter {}", tr!(lang, "key-line-read-file")));
}

/// Scrolls down a line at a time until `text` is on screen, whole (a wrapped command included).
fn scroll_until(session: &mut Session, text: &str) -> String {
    for _ in 0..200 {
        let screen = session.screen();
        if flat(&screen).contains(&flat(text)) {
            return screen;
        }
        session.send(DOWN);
        std::thread::sleep(std::time::Duration::from_millis(25));
    }
    panic!("{text:?} never came on screen:\n{}", session.screen())
}

/// Up to the first Japanese full stop: one screen line, where a long message wraps.
fn first_sentence(text: &str) -> &str {
    text.split_inclusive('。').next().unwrap_or(text)
}

fn quit(session: &mut Session) {
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}

#[test]
fn japanese_paste_shows_the_role_path_and_the_corrected_entry() {
    let mut session = Session::start("ja_JP.UTF-8", &["--principal-arn", PRINCIPAL]);
    open_screen(&mut session, "3", Lang::Ja);
    // As a terminal pastes it: inside bracketed-paste markers, line breaks as CR.
    let mut paste = b"\x1b[200~".to_vec();
    paste.extend_from_slice(CONFIG_MAP.replace('\n', "\r").as_bytes());
    paste.extend_from_slice(b"\x1b[201~");
    session.send(&paste);
    let screen = session.wait_for("role-path");
    let squeezed = flat(&screen);
    assert!(
        squeezed.contains(&squeeze(&tr!(Lang::Ja, "aws-auth-screen-findings-title"))),
        "{screen}"
    );
    assert!(
        squeezed.contains(&squeeze(&tr!(
            Lang::Ja,
            "aws-auth-entry-label",
            section = "mapRoles",
            index = "1"
        ))),
        "{screen}"
    );
    // The finding in Japanese, with the ARN it corrects.
    assert!(
        squeezed.contains("にはパス/team/developers/が含まれ"),
        "{screen}"
    );
    assert!(squeezed.contains(&squeeze(&tr!(Lang::Ja, "aws-auth-suggested"))));
    assert!(
        squeezed.contains("arn:aws:iam::111122223333:role/eks-admin"),
        "{screen}"
    );
    // The answer for bob's session names the entry meant for it, and the fix has the
    // corrected entry.
    scroll_until(&mut session, &tr!(Lang::Ja, "aws-auth-match-not-mapped"));
    scroll_until(
        &mut session,
        "- rolearn: arn:aws:iam::111122223333:role/eks-admin",
    );
    scroll_until(&mut session, &tr!(Lang::Ja, "aws-auth-fix-eksctl"));
    scroll_until(
        &mut session,
        "eksctl create iamidentitymapping --cluster <cluster> --arn arn:aws:iam::111122223333:role/eks-admin",
    );
    // Copying sends the fix through OSC 52.
    session.send(b"c");
    session.wait_for(&tr!(Lang::Ja, "aws-auth-screen-copied-fix")[..12]);
    let raw = String::from_utf8_lossy(&session.raw_output()).into_owned();
    assert!(raw.contains("\x1b]52;c;"), "no OSC 52 in the output");
    quit(&mut session);
}

#[test]
fn a_file_path_is_read_and_a_wrong_one_is_explained() {
    let dir = std::env::temp_dir().join(format!("eks-iam-tui-aws-auth-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("aws-auth.yaml");
    std::fs::write(&file, CONFIG_MAP).expect("write the ConfigMap");
    let missing = dir.join("missing.yaml");

    let mut session = Session::start("ja_JP.UTF-8", &["--principal-arn", PRINCIPAL]);
    open_screen(&mut session, "2", Lang::Ja);
    session.send(missing.display().to_string().as_bytes());
    session.send(b"\r");
    session.wait_for(first_sentence(&tr!(
        Lang::Ja,
        "aws-auth-screen-error-not-found",
        path = missing.display().to_string()
    )));
    // The path box still has the keys: clear it and type the right one.
    session.send(b"\x15");
    for _ in 0..missing.display().to_string().len() {
        session.send(b"\x7f");
    }
    session.send(file.display().to_string().as_bytes());
    session.send(b"\r");
    let screen = session.wait_for(&tr!(
        Lang::Ja,
        "aws-auth-screen-loaded",
        source = tr!(
            Lang::Ja,
            "aws-auth-screen-source-file",
            path = file.display().to_string()
        ),
        form = tr!(Lang::Ja, "aws-auth-form-yaml")
    ));
    assert!(squeeze(&screen).contains("role-path"), "{screen}");
    // Esc goes back to the guide, l switches language, a comes back to the same report.
    session.send(b"\x1b");
    session.wait_for(&format!("a {}", tr!(Lang::Ja, "key-line-open-aws-auth")));
    session.send(b"l");
    session.wait_for(&format!("a {}", tr!(Lang::En, "key-line-open-aws-auth")));
    session.send(b"a");
    let screen = session.wait_for(&tr!(Lang::En, "aws-auth-screen-findings-title"));
    assert!(squeeze(&screen).contains("role-path"), "{screen}");
    quit(&mut session);
    let _ = std::fs::remove_dir_all(&dir);
}
