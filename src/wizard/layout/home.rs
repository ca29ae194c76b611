//! The home screen: two rows of introduction, then the list of symptoms; the list of recent
//! (kept) cases as a popup over it.

use ratatui::layout::Rect;
use ratatui::text::{Line, Span};

use crate::guide::Field;
use crate::tr;
use crate::wizard::cells::truncate_to_width;
use crate::wizard::layout::geometry::{centred, popup_inner, split_top};
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;

pub struct HomeAreas {
    pub intro: Rect,
    pub list: Rect,
}

pub fn areas(inner: Rect) -> HomeAreas {
    let (intro, list) = split_top(inner, 2);
    HomeAreas { intro, list }
}

pub struct RecentLayout {
    pub popup: Rect,
    pub inner: Rect,
    pub lines: Vec<Line<'static>>,
}

/// One line per kept case, newest first: when, the symptom, the cluster, and whether it was
/// a case file; the chosen one marked.
pub fn recent(model: &Model, area: Rect, theme: &Theme) -> RecentLayout {
    let lang = model.lang;
    let width = area.width.saturating_sub(4).min(90);
    let inner_width = usize::from(width.saturating_sub(4));
    let lines: Vec<Line<'static>> = model
        .session
        .recent
        .iter()
        .enumerate()
        .map(|(index, kept)| {
            let session = &kept.session;
            let symptom = session
                .symptom
                .map(|s| tr!(lang, &s.title_id()))
                .unwrap_or_else(|| tr!(lang, "case-recent-no-symptom"));
            let mut text = tr!(
                lang,
                "case-recent-line",
                at = session.saved_at.clone(),
                symptom = symptom
            );
            if let Some(cluster) = session.values.get(&Field::Cluster) {
                text = format!("{text} · {cluster}");
            }
            if session.case.is_some() {
                text = format!("{text} · {}", tr!(lang, "case-recent-case-file"));
            }
            let chosen = index == model.session.recent_cursor;
            let line = truncate_to_width(
                &format!(
                    "{} {} {text}",
                    if chosen { theme.marker } else { " " },
                    index + 1
                ),
                inner_width,
            );
            if chosen {
                Line::from(Span::styled(line, theme.selected))
            } else {
                Line::from(line)
            }
        })
        .collect();
    let height = (u16::try_from(lines.len()).unwrap_or(u16::MAX) + 2).min(area.height);
    let popup = centred(area, (width, height));
    RecentLayout {
        popup,
        inner: popup_inner(popup),
        lines,
    }
}
