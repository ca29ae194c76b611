//! The error-message screen's transitions, without a terminal.

mod support;

use crossterm::event::KeyCode;
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{Msg, Screen, update};
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
fn an_unknown_message_stays_and_backspace_clears() {
    let mut m = model(Lang::Ja);
    press(&mut m, KeyCode::Char('e'));
    update(
        &mut m,
        Msg::Paste("Unable to locate credentials".to_owned()),
    );
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::ErrorMessage, "no symptom to open");
    press(&mut m, KeyCode::Backspace);
    assert!(m.error_paste.text.is_empty());
    assert!(m.error_paste.reading.is_none());
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
}

#[test]
fn pastes_elsewhere_do_not_touch_the_error_screen() {
    let mut m = model(Lang::En);
    update(&mut m, Msg::Paste(PASS_ROLE.to_owned()));
    assert!(m.error_paste.text.is_empty());
}
