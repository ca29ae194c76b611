//! The guide screen: a header row, then the steps laid out as lines (by `guide_layout`) and
//! where each step starts, for scrolling.

use ratatui::layout::Rect;

use crate::wizard::guide_layout::{GuideLayout, layout_guide};
use crate::wizard::layout::geometry::{screen_inner, split_top};
use crate::wizard::model::Model;
use crate::wizard::queries::guide::rendered_steps;
use crate::wizard::theme::Theme;

/// Rows above the guide's steps: the symptom title and a blank line.
const HEADER_ROWS: u16 = 2;

pub struct GuideAreas {
    /// The step position, the summary and the report's badge.
    pub head: Rect,
    /// The steps' lines.
    pub steps: Rect,
}

pub fn areas(inner: Rect) -> GuideAreas {
    let (head, steps) = split_top(inner, HEADER_ROWS);
    GuideAreas { head, steps }
}

/// The width and height the guide's lines are drawn in, for a terminal of `size`.
pub fn guide_viewport(size: (u16, u16)) -> (u16, u16) {
    let steps = areas(screen_inner(size)).steps;
    (steps.width, steps.height)
}

/// The guide's lines for the model's case and chosen step, `width` cells wide.
pub fn lines(model: &Model, width: u16) -> GuideLayout {
    layout_guide(
        &rendered_steps(model),
        width,
        model.guide_step,
        &Theme::new(model.appearance),
    )
}

/// Where each step starts and how far the guide scrolls, at the terminal's size.
pub struct Positions {
    pub step_starts: Vec<usize>,
    /// The last line the top of the view may be at.
    pub max_top: usize,
}

pub fn positions(model: &Model) -> Positions {
    let (width, height) = guide_viewport(model.size);
    let layout = lines(model, width);
    let total = layout.lines.len();
    Positions {
        step_starts: layout.step_starts,
        max_top: total.saturating_sub(usize::from(height)),
    }
}

/// The lines on screen: the view's top line kept inside the guide.
pub fn visible(layout: GuideLayout, top: usize, height: u16) -> Vec<ratatui::text::Line<'static>> {
    let top = top.min(layout.lines.len().saturating_sub(1));
    layout
        .lines
        .into_iter()
        .skip(top)
        .take(usize::from(height))
        .collect()
}
