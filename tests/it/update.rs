//! The wizard's transitions, driven through `update` without a terminal.

use crate::support;

use crossterm::event::KeyCode;
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{Cmd, Ending, HOME_ENTRIES, Msg, Notice, Screen, rendered_steps, update};
use support::{ctrl, filled_model, model, press, type_text};

#[test]
fn home_cursor_moves_and_wraps() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Up);
    assert_eq!(m.home_cursor, HOME_ENTRIES - 1);
    press(&mut m, KeyCode::Down);
    assert_eq!(m.home_cursor, 0);
    press(&mut m, KeyCode::Char('j'));
    press(&mut m, KeyCode::Char('j'));
    assert_eq!(m.home_cursor, 2);
    press(&mut m, KeyCode::Char('k'));
    assert_eq!(m.home_cursor, 1);
}

#[test]
fn each_symptom_opens_its_context_screen() {
    for (index, symptom) in Symptom::ALL.iter().enumerate() {
        let mut m = model(Lang::En);
        for _ in 0..index {
            press(&mut m, KeyCode::Down);
        }
        press(&mut m, KeyCode::Enter);
        assert_eq!(m.screen, Screen::Context, "{symptom:?}");
        assert_eq!(m.symptom, Some(*symptom));
        assert!(!m.fields().is_empty(), "{symptom:?} asks for no field");
    }
}

#[test]
fn digits_open_symptoms_directly() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('6'));
    assert_eq!(m.symptom, Some(Symptom::StsRegion));
    assert_eq!(m.screen, Screen::Context);
}

#[test]
fn error_message_entry_and_back() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('e'));
    assert_eq!(m.screen, Screen::ErrorMessage);
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
    press(&mut m, KeyCode::End);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::ErrorMessage);
    // Nothing pasted yet: Enter has no symptom to open, Esc goes back.
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::ErrorMessage);
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
}

#[test]
fn typing_goes_into_the_focused_field_and_tab_moves_focus() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('1'));
    let first = m.focused_field().expect("a field");
    // Letters that are commands elsewhere are text here.
    type_text(&mut m, "q?lj");
    assert_eq!(m.screen, Screen::Context);
    assert_eq!(m.context().get(first), Some("q?lj"));
    press(&mut m, KeyCode::Backspace);
    assert_eq!(m.context().get(first), Some("q?l"));
    press(&mut m, KeyCode::Tab);
    assert_ne!(m.focused_field(), Some(first));
    press(&mut m, KeyCode::BackTab);
    assert_eq!(m.focused_field(), Some(first));
    press(&mut m, KeyCode::Up);
    assert_eq!(m.focus, m.fields().len() - 1, "focus wraps upwards");
}

#[test]
fn values_survive_going_back_and_choosing_another_symptom() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('1'));
    let fields = m.fields();
    let cluster_at = fields
        .iter()
        .position(|f| *f == Field::Cluster)
        .expect("access-denied asks for the cluster");
    for _ in 0..cluster_at {
        press(&mut m, KeyCode::Tab);
    }
    type_text(&mut m, "prod-東京");
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
    press(&mut m, KeyCode::Char('2'));
    assert_eq!(m.context().get(Field::Cluster), Some("prod-東京"));
    press(&mut m, KeyCode::Esc);
    press(&mut m, KeyCode::Char('1'));
    assert_eq!(m.context().get(Field::Cluster), Some("prod-東京"));
}

#[test]
fn context_is_carried_into_the_guide() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('1'));
    let principal_at = m
        .fields()
        .iter()
        .position(|f| *f == Field::PrincipalArn)
        .expect("access-denied asks for the principal");
    for _ in 0..principal_at {
        press(&mut m, KeyCode::Tab);
    }
    type_text(&mut m, "arn:aws:iam::111122223333:user/marymajor");
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Guide);
    let all_commands: String = rendered_steps(&m)
        .iter()
        .flat_map(|s| s.blocks.iter().map(|b| b.plain()))
        .collect();
    assert!(all_commands.contains("marymajor"), "{all_commands}");
    assert!(all_commands.contains("111122223333"), "{all_commands}");
    press(&mut m, KeyCode::Esc);
    assert_eq!(
        m.screen,
        Screen::Context,
        "Esc on the guide goes back to the details"
    );
}

#[test]
fn language_switch_keeps_every_bit_of_state() {
    let mut m = filled_model(Lang::Ja);
    press(&mut m, KeyCode::Char('3'));
    press(&mut m, KeyCode::Tab);
    let focus = m.focus;
    press(&mut m, KeyCode::F(2));
    assert_eq!(m.lang, Lang::En);
    assert_eq!(m.screen, Screen::Context);
    assert_eq!(m.focus, focus);
    assert_eq!(m.symptom, Some(Symptom::AwsAuthPath));
    assert_eq!(m.notice, Some(Notice::LanguageSwitched));
    press(&mut m, KeyCode::Enter);
    press(&mut m, KeyCode::Down);
    let step = m.guide_step;
    let before = filled_model(Lang::En).context();
    press(&mut m, KeyCode::Char('l'));
    assert_eq!(m.lang, Lang::Ja);
    assert_eq!(m.screen, Screen::Guide);
    assert_eq!(m.guide_step, step);
    assert_eq!(m.context(), before);
}

#[test]
fn guide_steps_move_and_stop_at_the_ends() {
    let mut m = filled_model(Lang::En);
    press(&mut m, KeyCode::Char('4'));
    press(&mut m, KeyCode::Enter);
    let total = rendered_steps(&m).len();
    assert!(total >= 3);
    press(&mut m, KeyCode::Up);
    assert_eq!(m.guide_step, 0);
    for _ in 0..total + 3 {
        press(&mut m, KeyCode::Down);
    }
    assert_eq!(m.guide_step, total - 1);
    press(&mut m, KeyCode::Home);
    assert_eq!((m.guide_step, m.guide_top), (0, 0));
    press(&mut m, KeyCode::PageDown);
    assert!(m.guide_top > 0, "a page down scrolls");
    press(&mut m, KeyCode::PageUp);
    assert_eq!(m.guide_top, 0);
}

#[test]
fn copy_sends_the_filled_commands_of_the_chosen_step() {
    let mut m = filled_model(Lang::En);
    press(&mut m, KeyCode::Char('3'));
    press(&mut m, KeyCode::Enter);
    let steps = rendered_steps(&m);
    let with_commands = steps
        .iter()
        .position(|s| !s.blocks.is_empty())
        .expect("a step with commands");
    for _ in 0..with_commands {
        press(&mut m, KeyCode::Down);
    }
    let cmds = press(&mut m, KeyCode::Char('c'));
    match cmds.as_slice() {
        [Cmd::CopyToClipboard(text)] => {
            assert!(!text.contains("{{"), "{text}");
            assert_eq!(
                m.notice,
                Some(Notice::Copied {
                    step: with_commands + 1,
                    bytes: text.len()
                })
            );
        }
        other => panic!("expected one copy, got {other:?}"),
    }
    if let Some(without) = steps.iter().position(|s| s.blocks.is_empty()) {
        press(&mut m, KeyCode::Home);
        for _ in 0..without {
            press(&mut m, KeyCode::Down);
        }
        assert!(press(&mut m, KeyCode::Char('c')).is_empty());
        assert_eq!(m.notice, Some(Notice::NothingToCopy));
    }
}

#[test]
fn help_opens_and_closes_everywhere() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('?'));
    assert!(m.help_open);
    press(&mut m, KeyCode::Down);
    assert_eq!(
        m.home_cursor, 0,
        "keys do not reach the screen under the help"
    );
    press(&mut m, KeyCode::Esc);
    assert!(!m.help_open);
    press(&mut m, KeyCode::Char('1'));
    press(&mut m, KeyCode::F(1));
    assert!(m.help_open, "F1 opens help while typing");
    press(&mut m, KeyCode::F(1));
    assert!(!m.help_open);
}

#[test]
fn quitting() {
    let mut m = model(Lang::En);
    assert_eq!(press(&mut m, KeyCode::Char('q')), vec![Cmd::Quit]);
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('1'));
    assert!(press(&mut m, KeyCode::Char('q')).is_empty(), "q is typed");
    assert_eq!(update(&mut m, ctrl('c')), vec![Cmd::Quit]);
    assert_eq!(m.ending, Ending::Interrupted);
    assert_eq!(m.ending.exit_code(), 130);
    let mut m = model(Lang::En);
    assert_eq!(update(&mut m, Msg::Quit), vec![Cmd::Quit]);
    assert_eq!(m.ending.exit_code(), 0);
    let mut m = model(Lang::En);
    assert_eq!(
        update(&mut m, Msg::Signal(Ending::Terminated)),
        vec![Cmd::Quit]
    );
    assert_eq!(m.ending.exit_code(), 143);
    assert!(m.quit);
}

#[test]
fn a_wrapped_arn_pasted_into_a_field_is_joined() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('1'));
    let field = m.focused_field().expect("a field");
    update(
        &mut m,
        Msg::Paste("arn:aws:iam::111122223333\n    :user/user_name\r\n".into()),
    );
    assert_eq!(
        m.context().get(field),
        Some("arn:aws:iam::111122223333:user/user_name")
    );
}

#[test]
fn resize_keeps_the_chosen_step_in_view() {
    let mut m = filled_model(Lang::Ja);
    press(&mut m, KeyCode::Char('2'));
    press(&mut m, KeyCode::Enter);
    for _ in 0..3 {
        press(&mut m, KeyCode::Down);
    }
    let top_wide = m.guide_top;
    update(&mut m, Msg::Resize(60, 16));
    assert_eq!(m.size, (60, 16));
    assert!(
        m.guide_top >= top_wide,
        "narrower lines push the step further down"
    );
}
