//! Styles and border characters, decided once from the appearance settings (colour or not,
//! ASCII borders or not).

use ratatui::style::{Color, Modifier, Style};
use ratatui::symbols::border;

/// How the terminal should be drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Appearance {
    pub color: bool,
    pub ascii_borders: bool,
}

impl Default for Appearance {
    fn default() -> Self {
        Appearance {
            color: true,
            ascii_borders: false,
        }
    }
}

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub header: Style,
    pub selected: Style,
    pub title: Style,
    pub dim: Style,
    pub code: Style,
    pub value: Style,
    pub missing: Style,
    pub error: Style,
    pub notice: Style,
    pub link: Style,
    /// A search match.
    pub found: Style,
    pub border: border::Set<'static>,
    pub marker: &'static str,
    pub bullet: &'static str,
}

/// Borders made of ASCII only, for terminals that draw box characters two cells wide.
const ASCII_BORDER: border::Set<'static> = border::Set {
    top_left: "+",
    top_right: "+",
    bottom_left: "+",
    bottom_right: "+",
    vertical_left: "|",
    vertical_right: "|",
    horizontal_top: "-",
    horizontal_bottom: "-",
};

impl Theme {
    pub fn new(appearance: Appearance) -> Theme {
        let bold = Style::new().add_modifier(Modifier::BOLD);
        let reversed = Style::new().add_modifier(Modifier::REVERSED);
        let (border, marker, bullet) = if appearance.ascii_borders {
            (ASCII_BORDER, ">", "-")
        } else {
            (border::ROUNDED, "▶", "•")
        };
        if appearance.color {
            Theme {
                header: Style::new()
                    .fg(Color::Black)
                    .bg(Color::Cyan)
                    .add_modifier(Modifier::BOLD),
                selected: Style::new().fg(Color::Black).bg(Color::Cyan),
                title: bold.fg(Color::Cyan),
                dim: Style::new().fg(Color::DarkGray),
                code: Style::new().fg(Color::LightBlue),
                value: bold.fg(Color::Green),
                missing: Style::new().fg(Color::Black).bg(Color::Yellow),
                error: bold.fg(Color::Red),
                notice: bold.fg(Color::Green),
                link: Style::new()
                    .fg(Color::Blue)
                    .add_modifier(Modifier::UNDERLINED),
                found: Style::new().fg(Color::Black).bg(Color::Yellow),
                border,
                marker,
                bullet,
            }
        } else {
            Theme {
                header: reversed.add_modifier(Modifier::BOLD),
                selected: reversed,
                title: bold,
                dim: Style::new(),
                code: Style::new(),
                value: bold,
                missing: reversed,
                error: bold,
                notice: bold,
                link: Style::new().add_modifier(Modifier::UNDERLINED),
                found: reversed.add_modifier(Modifier::UNDERLINED),
                border,
                marker,
                bullet,
            }
        }
    }
}
