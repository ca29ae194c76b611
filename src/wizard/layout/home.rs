//! The home screen: two rows of introduction, then the list of symptoms.

use ratatui::layout::Rect;

use crate::wizard::layout::geometry::split_top;

pub struct HomeAreas {
    pub intro: Rect,
    pub list: Rect,
}

pub fn areas(inner: Rect) -> HomeAreas {
    let (intro, list) = split_top(inner, 2);
    HomeAreas { intro, list }
}
