//! Every screen drawn into a TestBackend and compared with its snapshot, in both languages at
//! 80x24 and 120x40; plus checks that wide characters never break a border.

use crate::support;

use crossterm::event::KeyCode;
use eks_iam_tui::guide::Symptom;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{Appearance, Model, Msg, update};
use support::{SIZES, assert_borders_intact, draw, filled_model, model, press};

fn snapshot(name: &str, model: &mut Model) {
    for size in SIZES {
        let terminal = draw(model, size);
        assert_borders_intact(terminal.backend().buffer(), model.appearance.ascii_borders);
        let text = terminal.backend().to_string();
        assert!(
            !text.contains('\u{2068}') && !text.contains('\u{2069}'),
            "isolation marks in {name}"
        );
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), text);
    }
}

fn lang_name(lang: Lang) -> &'static str {
    lang.code()
}

#[test]
fn home() {
    for lang in Lang::ALL {
        snapshot(&format!("home_{}", lang_name(lang)), &mut model(lang));
    }
}

#[test]
fn help_overlay() {
    for lang in Lang::ALL {
        let mut m = model(lang);
        press(&mut m, KeyCode::Char('?'));
        snapshot(&format!("help_{}", lang_name(lang)), &mut m);
    }
}

#[test]
fn error_message_screen() {
    for lang in Lang::ALL {
        let mut m = model(lang);
        press(&mut m, KeyCode::Char('e'));
        snapshot(&format!("error_message_{}", lang_name(lang)), &mut m);
    }
}

#[test]
fn context_screens() {
    for lang in Lang::ALL {
        for (index, symptom) in Symptom::ALL.iter().enumerate() {
            // Half filled: the focused field shows its value, one stays empty.
            let mut m = model(lang);
            press(&mut m, KeyCode::Char(char::from(b'1' + index as u8)));
            for ch in "prod".chars() {
                press(&mut m, KeyCode::Char(ch));
            }
            snapshot(
                &format!("context_{}_{}", symptom.id(), lang_name(lang)),
                &mut m,
            );
        }
    }
}

#[test]
fn context_shows_what_is_wrong_with_a_value() {
    for lang in Lang::ALL {
        let mut m = model(lang);
        press(&mut m, KeyCode::Char('1'));
        for ch in "arn:aws:iam::12:user/x".chars() {
            press(&mut m, KeyCode::Char(ch));
        }
        snapshot(&format!("context_invalid_{}", lang_name(lang)), &mut m);
    }
}

#[test]
fn guide_screens() {
    for lang in Lang::ALL {
        for (index, symptom) in Symptom::ALL.iter().enumerate() {
            let mut m = filled_model(lang);
            press(&mut m, KeyCode::Char(char::from(b'1' + index as u8)));
            press(&mut m, KeyCode::Enter);
            press(&mut m, KeyCode::Down);
            snapshot(
                &format!("guide_{}_{}", symptom.id(), lang_name(lang)),
                &mut m,
            );
        }
    }
}

#[test]
fn guide_with_nothing_filled_marks_the_gaps() {
    let mut m = model(Lang::En).with_value(eks_iam_tui::guide::Field::Region, "");
    press(&mut m, KeyCode::Char('1'));
    press(&mut m, KeyCode::Enter);
    let terminal = draw(&mut m, (120, 40));
    let text = terminal.backend().to_string();
    assert!(text.contains("<cluster>"), "{text}");
}

#[test]
fn too_small_terminal_asks_to_enlarge() {
    for lang in Lang::ALL {
        let mut m = model(lang);
        let terminal = draw(&mut m, (40, 10));
        let text = terminal.backend().to_string();
        insta::assert_snapshot!(format!("too_small_{}", lang_name(lang)), text);
    }
}

#[test]
fn ascii_borders() {
    let mut m = filled_model(Lang::Ja);
    m.appearance = Appearance {
        color: false,
        ascii_borders: true,
    };
    press(&mut m, KeyCode::Char('2'));
    press(&mut m, KeyCode::Enter);
    let terminal = draw(&mut m, (80, 24));
    assert_borders_intact(terminal.backend().buffer(), true);
    let text = terminal.backend().to_string();
    assert!(!text.contains('│') && !text.contains('╭'), "{text}");
}

#[test]
fn every_step_of_every_guide_can_be_scrolled_to_without_breaking_borders() {
    for lang in Lang::ALL {
        for (index, _) in Symptom::ALL.iter().enumerate() {
            let mut m = filled_model(lang);
            press(&mut m, KeyCode::Char(char::from(b'1' + index as u8)));
            press(&mut m, KeyCode::Enter);
            for _ in 0..12 {
                for size in SIZES {
                    let terminal = draw(&mut m, size);
                    assert_borders_intact(terminal.backend().buffer(), false);
                }
                press(&mut m, KeyCode::Down);
            }
        }
    }
}

#[test]
fn error_message_screen_with_a_wrapped_paste() {
    let pasted = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:iam::111122223333\n:user/user_name\nis not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2\n:111122223333\n:cluster/my-cluster";
    for lang in Lang::ALL {
        let mut m = model(lang);
        press(&mut m, KeyCode::Char('e'));
        update(&mut m, Msg::Paste(pasted.to_owned()));
        snapshot(&format!("error_message_pasted_{}", lang_name(lang)), &mut m);
    }
}
