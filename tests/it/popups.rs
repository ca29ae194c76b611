//! Popups over Japanese text (issue 16, item 2): at every size from 60x16 up, the help box
//! lies inside the frame, keeps all four borders, and no wide character under or beside it
//! is shown cut in half.

use crate::support;

use crossterm::event::KeyCode;
use eks_iam_tui::i18n::Lang;
use ratatui::buffer::Buffer;
use support::{draw, filled_model, model, press};
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 4] = [(60, 16), (80, 24), (100, 30), (120, 40)];

/// Nothing is drawn in the cell a wide character covers: such a cell would be hidden by the
/// character (a border lost) or would cut it in half.
fn assert_no_wide_character_cut(buffer: &Buffer, what: &str) {
    let area = buffer.area;
    for y in 0..area.height {
        for x in 0..area.width.saturating_sub(1) {
            if buffer[(x, y)].symbol().width() > 1 {
                let covered = buffer[(x + 1, y)].symbol();
                assert!(
                    covered == " " || covered.is_empty(),
                    "{what}: {covered:?} at ({}, {y}) is hidden by {:?}:\n{buffer:?}",
                    x + 1,
                    buffer[(x, y)].symbol()
                );
            }
        }
    }
}

/// The popup's corners, found from its top-left corner below the frame's own top border.
fn popup_box(buffer: &Buffer) -> (u16, u16, u16, u16) {
    let area = buffer.area;
    for y in 2..area.height {
        for x in 1..area.width {
            if buffer[(x, y)].symbol() == "╭" {
                let right = (x + 1..area.width)
                    .find(|&r| buffer[(r, y)].symbol() == "╮")
                    .unwrap_or(area.width);
                let bottom = (y + 1..area.height)
                    .find(|&b| buffer[(x, b)].symbol() == "╰")
                    .unwrap_or(area.height);
                return (x, y, right, bottom);
            }
        }
    }
    panic!("no popup drawn:\n{buffer:?}");
}

fn check_help(mut m: eks_iam_tui::wizard::Model, what: &str) {
    press(&mut m, KeyCode::Char('?'));
    for size in SIZES {
        let terminal = draw(&mut m, size);
        let buffer = terminal.backend().buffer();
        let what = format!("{what} at {}x{}", size.0, size.1);
        assert_no_wide_character_cut(buffer, &what);
        let (left, top, right, bottom) = popup_box(buffer);
        // Inside the frame: below its top border, above its bottom border, between its sides.
        assert!(
            left >= 1 && right <= size.0 - 2,
            "{what}: columns {left}..={right}"
        );
        assert!(
            top >= 2 && bottom <= size.1 - 4,
            "{what}: rows {top}..={bottom}"
        );
        for y in top + 1..bottom {
            assert_eq!(
                buffer[(left, y)].symbol(),
                "│",
                "{what}: left border at {y}"
            );
            assert_eq!(
                buffer[(right, y)].symbol(),
                "│",
                "{what}: right border at {y}"
            );
        }
        for x in left + 1..right {
            assert_eq!(
                buffer[(x, bottom)].symbol(),
                "─",
                "{what}: bottom border at {x}"
            );
        }
        // The frame's own bottom border is whole.
        for x in 1..size.0 - 1 {
            assert_eq!(
                buffer[(x, size.1 - 3)].symbol(),
                "─",
                "{what}: frame bottom at {x}"
            );
        }
    }
}

#[test]
fn help_fits_inside_the_frame_with_its_borders_whole() {
    for lang in Lang::ALL {
        check_help(model(lang), &format!("home {lang:?}"));
        let mut guide = filled_model(lang);
        press(&mut guide, KeyCode::Char('2'));
        press(&mut guide, KeyCode::Enter);
        check_help(guide, &format!("guide {lang:?}"));
    }
}
