//! The error-message screen's transitions, without a terminal.

use crate::support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{Cmd, Msg, Screen, error_message, update};
use support::{model, press};

const PASS_ROLE: &str = "User: arn:aws:iam::123456789012:user/\nmarymajor\nis not authorized to perform: iam:PassRole on resource: arn:aws:iam::123456789012:role/eks-cluster-role";

#[test]
fn enter_opens_the_recognised_symptom_with_its_fields() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('e'));
    assert_eq!(m.screen, Screen::ErrorMessage);
    update(&mut m, Msg::Paste(PASS_ROLE.to_owned()));
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Context);
    assert_eq!(m.symptom, Some(Symptom::PassRole));
    let context = m.context();
    assert_eq!(
        context.get(Field::PrincipalArn),
        Some("arn:aws:iam::123456789012:user/marymajor")
    );
    assert_eq!(
        context.get(Field::TargetRoleArn),
        Some("arn:aws:iam::123456789012:role/eks-cluster-role")
    );
    // What the message did not say keeps what was there (the region from the environment
    // is not in this model; nothing was invented for it).
    assert_eq!(context.get(Field::Cluster), None);
}

#[test]
fn an_unknown_message_stays_backspace_deletes_and_ctrl_u_clears() {
    let mut m = model(Lang::Ja);
    press(&mut m, KeyCode::Char('e'));
    update(
        &mut m,
        Msg::Paste("Unable to locate credentials".to_owned()),
    );
    let reading = m
        .error_paste
        .reading
        .clone()
        .expect("read")
        .expect("accepted");
    assert_eq!(reading.lead.related_id(), Some("credentials-missing"));
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::ErrorMessage, "no symptom to open");
    press(&mut m, KeyCode::Backspace);
    assert_eq!(m.error_paste.text, "Unable to locate credential");
    update(&mut m, Msg::Key(ctrl('u')));
    assert!(m.error_paste.text.is_empty());
    assert!(m.error_paste.reading.is_none());
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// Every printable key types while the box has focus: nothing quits, switches language,
/// opens help or writes a report, and the text is read as it grows.
#[test]
fn printable_keys_type_into_the_box() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('e'));
    let typed = "Request q w r l e ? 1 6 User: arn:aws:iam::111122223333:user/alice is not authorized to perform: eks:DescribeCluster";
    for c in typed.chars() {
        let cmds = press(&mut m, KeyCode::Char(c));
        assert!(cmds.is_empty(), "{c:?} gave {cmds:?}");
    }
    assert_eq!(m.screen, Screen::ErrorMessage);
    assert!(!m.quit);
    assert!(!m.help_open);
    assert_eq!(m.lang, Lang::En);
    assert_eq!(m.error_paste.text, typed);
    let reading = m
        .error_paste
        .reading
        .clone()
        .expect("read")
        .expect("accepted");
    assert_eq!(reading.lead.symptom, Some(Symptom::AccessDenied));
    assert_eq!(
        reading.lead.fields.principal_arn.as_deref(),
        Some("arn:aws:iam::111122223333:user/alice")
    );
    // Commands are keys that cannot be text.
    update(&mut m, Msg::Key(ctrl('r')));
    assert!(m.report.redact);
    let cmds = update(&mut m, Msg::Key(ctrl('s')));
    assert!(
        matches!(cmds.as_slice(), [Cmd::WriteReport { .. }]),
        "{cmds:?}"
    );
    assert_eq!(m.error_paste.text, typed, "commands do not type");
}

/// The other readings are choices: ↑↓ moves through the recognised one, its alternatives
/// and the rest of the six, and Enter opens the one chosen.
#[test]
fn alternatives_are_choices_that_enter_opens() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('e'));
    update(
        &mut m,
        Msg::Paste("error: You must be logged in to the server (Unauthorized)".to_owned()),
    );
    let reading = m
        .error_paste
        .reading
        .clone()
        .expect("read")
        .expect("accepted");
    assert_eq!(reading.lead.symptom, Some(Symptom::AwsAuthPath));
    assert!(reading.lead.confidence < 0.7);
    let first_alternative = reading
        .lead
        .alternatives
        .first()
        .expect("alternatives")
        .symptom;
    let choices = error_message::choices(&m.error_paste);
    assert_eq!(choices.len(), 6);
    assert_eq!(choices[0], Symptom::AwsAuthPath);
    assert_eq!(choices[1], first_alternative);
    assert_eq!(
        error_message::chosen(&m.error_paste),
        Some(Symptom::AwsAuthPath)
    );
    press(&mut m, KeyCode::Down);
    assert_eq!(
        error_message::chosen(&m.error_paste),
        Some(first_alternative)
    );
    press(&mut m, KeyCode::Up);
    press(&mut m, KeyCode::Up);
    assert_eq!(error_message::chosen(&m.error_paste), Some(choices[5]));
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Context);
    assert_eq!(m.symptom, Some(first_alternative));
}

/// A paste with CR line breaks (what most terminals send) is stored with LF and read whole.
#[test]
fn cr_pastes_are_lines() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('e'));
    update(&mut m, Msg::Paste(PASS_ROLE.replace('\n', "\r")));
    assert!(!m.error_paste.text.contains('\r'));
    assert_eq!(m.error_paste.text.lines().count(), 3);
    let reading = m
        .error_paste
        .reading
        .clone()
        .expect("read")
        .expect("accepted");
    assert_eq!(
        reading.lead.fields.principal_arn.as_deref(),
        Some("arn:aws:iam::123456789012:user/marymajor")
    );
}

#[test]
fn pastes_elsewhere_do_not_touch_the_error_screen() {
    let mut m = model(Lang::En);
    update(&mut m, Msg::Paste(PASS_ROLE.to_owned()));
    assert!(m.error_paste.text.is_empty());
}
