//! The error-message screen: two rows of introduction, the box with the pasted text, then the
//! reading.

use ratatui::layout::{Constraint, Layout, Rect};

pub struct ErrorMessageAreas {
    pub intro: Rect,
    /// The bordered box of the pasted text.
    pub pasted: Rect,
    pub reading: Rect,
}

pub fn areas(inner: Rect) -> ErrorMessageAreas {
    // A small terminal gives the pasted text fewer lines, so the reading and the hint fit.
    let pasted_rows = if inner.height < 20 { 4 } else { 6 };
    let rows = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(pasted_rows),
        Constraint::Min(0),
    ])
    .split(inner);
    ErrorMessageAreas {
        intro: rows[0],
        pasted: rows[1],
        reading: rows[2],
    }
}
