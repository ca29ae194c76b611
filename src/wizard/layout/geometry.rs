//! The frame every screen sits in: the header row, the bordered body, the status and key
//! lines, and the popups drawn over them.

use ratatui::layout::{Margin, Rect};
use ratatui::widgets::Block;

/// The smallest terminal the layout fits in.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// Rows taken by the header, the status line and the key line.
const CHROME_ROWS: u16 = 3;
/// The body's border, and the blank column inside it on each side.
const BORDER: u16 = 1;
const PADDING: u16 = 1;

/// The parts of a full frame.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FrameAreas {
    pub header: Rect,
    /// The bordered box the screen is drawn in.
    pub body: Rect,
    /// Inside the body's border and padding: where the screen's own content goes.
    pub inner: Rect,
    pub status: Rect,
    pub keys: Rect,
}

/// Whether a terminal of `area` is too small for the layout (a notice is drawn instead).
pub fn too_small(area: Rect) -> bool {
    area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1
}

pub fn frame_areas(area: Rect) -> FrameAreas {
    let row = |y: u16, height: u16| Rect { y, height, ..area };
    let body_height = area.height.saturating_sub(CHROME_ROWS);
    let body = row(area.y.saturating_add(1), body_height);
    let status = row(body.y.saturating_add(body_height), 1);
    let inner = Rect {
        x: body.x.saturating_add(BORDER + PADDING),
        y: body.y.saturating_add(BORDER),
        width: body.width.saturating_sub(2 * (BORDER + PADDING)),
        height: body_height.saturating_sub(2 * BORDER),
    };
    FrameAreas {
        header: row(area.y, 1),
        body,
        inner,
        status,
        keys: row(status.y.saturating_add(1), 1),
    }
}

/// The screen's content area for a terminal of `size` (what `update` knows of the terminal).
pub fn screen_inner(size: (u16, u16)) -> Rect {
    frame_areas(Rect::new(0, 0, size.0, size.1)).inner
}

/// The first `rows` rows of `area`, and the rest below them.
pub fn split_top(area: Rect, rows: u16) -> (Rect, Rect) {
    let top = rows.min(area.height);
    (
        Rect {
            height: top,
            ..area
        },
        Rect {
            y: area.y.saturating_add(top),
            height: area.height.saturating_sub(rows),
            ..area
        },
    )
}

/// A box of `size` cells centred in `area` (cut to fit).
pub fn centred(area: Rect, (width, height): (u16, u16)) -> Rect {
    Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    }
}

/// Inside a popup's border, with one cell of padding left and right.
pub fn popup_inner(popup: Rect) -> Rect {
    Block::bordered().inner(popup).inner(Margin::new(1, 0))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::layout::{Constraint, Layout};
    use ratatui::widgets::Borders;

    /// The frame as ratatui's own layout and block would cut it, at every size the layout is
    /// drawn at: the arithmetic above must agree with it.
    #[test]
    fn frame_areas_match_ratatui_layout() {
        for width in MIN_SIZE.0..=130 {
            for height in MIN_SIZE.1..=50 {
                let area = Rect::new(0, 0, width, height);
                let [header, body, status, keys] = Layout::vertical([
                    Constraint::Length(1),
                    Constraint::Min(1),
                    Constraint::Length(1),
                    Constraint::Length(1),
                ])
                .areas(area);
                let inner = Block::default()
                    .borders(Borders::ALL)
                    .inner(body)
                    .inner(Margin::new(1, 0));
                let areas = frame_areas(area);
                assert_eq!(
                    areas,
                    FrameAreas {
                        header,
                        body,
                        inner,
                        status,
                        keys
                    },
                    "{width}x{height}"
                );
            }
        }
    }

    #[test]
    fn split_top_matches_ratatui_layout() {
        for height in 3..40 {
            let area = Rect::new(2, 3, 50, height);
            let [top, rest] =
                Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
            assert_eq!(split_top(area, 2), (top, rest), "{height}");
        }
    }
}
