//! The aws-auth screen drawn into a TestBackend and compared with its snapshots, in both
//! languages at 80x24 and 120x40, with borders checked at every scroll position.

use crate::support;

use crossterm::event::KeyCode;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use eks_iam_tui::wizard::{Appearance, Model, Msg};
use ratatui::buffer::Buffer;
use support::{SIZES, assert_borders_intact, draw, filled_model, press, update};

/// A role written with its path, as the seed page's example, plus an entry the
/// authenticator ignores because of its key.
const CONFIG_MAP: &str = "apiVersion: v1
kind: ConfigMap
metadata:
  name: aws-auth
  namespace: kube-system
data:
  mapRoles: |
    - rolearn: arn:aws:iam::111122223333:role/team/developers/eks-admin
      username: eks-admin
      groups:
        - eks-console-dashboard-full-access-group
  maproles: |
    - rolearn: arn:aws:iam::111122223333:role/ops
      username: ops
";

fn snapshot(name: &str, model: &mut Model) {
    for size in SIZES {
        let terminal = draw(model, size);
        assert_borders_intact(terminal.backend().buffer(), model.appearance.ascii_borders);
        let text = terminal.backend().to_string();
        assert!(!text.contains('\u{2068}') && !text.contains('\u{2069}'));
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), text);
    }
}

/// The aws-auth-path guide, then `a`.
fn screen(lang: Lang) -> Model {
    let mut m = filled_model(lang);
    press(&mut m, KeyCode::Char('3'));
    press(&mut m, KeyCode::Enter);
    press(&mut m, KeyCode::Char('a'));
    m
}

/// The body's rows inside the borders, run together: a code line cut at the edge reads whole.
fn body_text(buffer: &Buffer) -> String {
    let area = buffer.area;
    let mut text = String::new();
    for y in 2..area.height - 3 {
        for x in 1..area.width - 1 {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

/// Without spaces and the marks of a wrapped command (` \` at a line's end, `↩`).
fn squeeze(text: &str) -> String {
    text.lines()
        .map(|line| {
            let line = line.trim_end().trim_end_matches('│').trim_end();
            line.strip_suffix(" \\")
                .unwrap_or(line)
                .trim_end_matches('↩')
        })
        .flat_map(str::chars)
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn before_anything_is_loaded() {
    for lang in Lang::ALL {
        let mut m = screen(lang);
        snapshot(&format!("aws_auth_empty_{}", lang.code()), &mut m);
    }
}

#[test]
fn a_config_map_with_a_path_in_a_rolearn() {
    for lang in Lang::ALL {
        let mut m = screen(lang);
        update(&mut m, Msg::Paste(CONFIG_MAP.to_owned()));
        snapshot(&format!("aws_auth_loaded_{}", lang.code()), &mut m);
    }
}

#[test]
fn the_end_of_the_report_shows_the_fix() {
    for lang in Lang::ALL {
        let mut m = screen(lang);
        update(&mut m, Msg::Paste(CONFIG_MAP.to_owned()));
        for size in SIZES {
            update(&mut m, Msg::Resize(size.0, size.1));
            press(&mut m, KeyCode::End);
            let terminal = draw(&mut m, size);
            assert_borders_intact(terminal.backend().buffer(), false);
            insta::assert_snapshot!(
                format!("aws_auth_fix_{}_{}x{}", lang.code(), size.0, size.1),
                terminal.backend().to_string()
            );
        }
    }
}

#[test]
fn what_is_not_a_config_map_says_where() {
    for lang in Lang::ALL {
        let mut m = screen(lang);
        update(
            &mut m,
            Msg::Paste("data:\n  mapRoles: x\n   bad: [\n".to_owned()),
        );
        snapshot(&format!("aws_auth_error_{}", lang.code()), &mut m);
    }
}

#[test]
fn every_line_of_the_report_can_be_scrolled_to_without_breaking_borders() {
    for lang in Lang::ALL {
        for size in [(60, 16), (80, 24), (120, 40)] {
            let mut m = screen(lang);
            update(&mut m, Msg::Resize(size.0, size.1));
            update(&mut m, Msg::Paste(CONFIG_MAP.to_owned()));
            let mut seen = String::new();
            for _ in 0..200 {
                let terminal = draw(&mut m, size);
                assert_borders_intact(terminal.backend().buffer(), false);
                seen.push_str(&body_text(terminal.backend().buffer()));
                let top = m.aws_auth.top;
                press(&mut m, KeyCode::Down);
                if m.aws_auth.top == top {
                    break;
                }
            }
            // Whatever the size, the corrected entry and the access-entry command come by.
            let seen = squeeze(&seen);
            assert!(
                seen.contains("-rolearn:arn:aws:iam::111122223333:role/eks-admin"),
                "{lang:?} {size:?}"
            );
            assert!(
                seen.contains("awsekscreate-access-entry"),
                "{lang:?} {size:?}"
            );
            assert!(
                seen.contains(&squeeze(&tr!(lang, "aws-auth-fix-title"))),
                "{lang:?} {size:?}"
            );
        }
    }
}

#[test]
fn no_color_and_ascii_borders() {
    let mut m = screen(Lang::Ja);
    m.appearance = Appearance {
        color: false,
        ascii_borders: true,
    };
    update(&mut m, Msg::Paste(CONFIG_MAP.to_owned()));
    let terminal = draw(&mut m, (80, 24));
    let buffer = terminal.backend().buffer();
    assert_borders_intact(buffer, true);
    let text = terminal.backend().to_string();
    assert!(
        !text.contains('│') && !text.contains('╭') && !text.contains('▶'),
        "{text}"
    );
    for cell in buffer.content() {
        assert_eq!(cell.fg, ratatui::style::Color::Reset, "{text}");
        assert_eq!(cell.bg, ratatui::style::Color::Reset, "{text}");
    }
}

#[test]
fn the_guides_that_offer_the_screen_say_so_in_their_key_line() {
    for lang in Lang::ALL {
        let hint = format!("a {}", tr!(lang, "key-line-open-aws-auth"));
        for (key, offered) in [('1', false), ('2', true), ('3', true), ('4', false)] {
            let mut m = filled_model(lang);
            press(&mut m, KeyCode::Char(key));
            press(&mut m, KeyCode::Enter);
            let terminal = draw(&mut m, (80, 24));
            let text = squeeze(&terminal.backend().to_string());
            assert_eq!(
                text.contains(&squeeze(&hint)),
                offered,
                "{lang:?} symptom {key}"
            );
        }
    }
}
