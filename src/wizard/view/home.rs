//! Drawing the home screen: the symptoms, and "I have an error message".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::guide::Symptom;
use crate::tr;
use crate::wizard::cells::truncate_to_width;
use crate::wizard::layout::home::{HomeAreas, areas, recent};
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::popup;

/// The key line's Fluent id.
pub fn keys_id(model: &Model) -> &'static str {
    if model.session.recent_open {
        "case-recent-keys"
    } else if model.session.recent.is_empty() {
        "keys-home"
    } else {
        "case-keys-home-recent"
    }
}

pub fn draw(model: &Model, frame: &mut Frame, inner: Rect, theme: &Theme) {
    let lang = model.lang;
    let HomeAreas {
        intro,
        list: list_area,
    } = areas(inner);
    frame.render_widget(Paragraph::new(tr!(lang, "home-intro")), intro);
    let width = usize::from(list_area.width);
    let mut items: Vec<ListItem> = Symptom::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            entry(
                &format!("{}", i + 1),
                &tr!(lang, &s.title_id()),
                &tr!(lang, &s.summary_id()),
                width,
                theme,
            )
        })
        .collect();
    items.push(entry(
        "e",
        &tr!(lang, "home-error-entry"),
        &tr!(lang, "home-error-entry-summary"),
        width,
        theme,
    ));
    if let Some(latest) = model.session.recent.first() {
        items.push(entry(
            "r",
            &tr!(lang, "home-recent-entry"),
            &tr!(
                lang,
                "home-recent-entry-summary",
                count = model.session.recent.len(),
                at = latest.session.saved_at.clone()
            ),
            width,
            theme,
        ));
    }
    let list = List::new(items)
        .highlight_style(theme.selected)
        .highlight_symbol(Line::from(format!("{} ", theme.marker)));
    let mut state = ListState::default().with_selected(Some(model.home_cursor));
    frame.render_stateful_widget(list, list_area, &mut state);
    if model.session.recent_open {
        let recent = recent(model, inner, theme);
        popup(frame, recent.popup, &tr!(lang, "case-recent-title"), theme);
        frame.render_widget(Paragraph::new(recent.lines), recent.inner);
    }
}

fn entry(key: &str, title: &str, summary: &str, width: usize, theme: &Theme) -> ListItem<'static> {
    let summary = truncate_to_width(summary, width.saturating_sub(6));
    ListItem::new(Text::from(vec![
        Line::from(vec![
            Span::styled(format!("{key}  "), theme.title),
            Span::raw(title.to_owned()),
        ]),
        Line::from(Span::styled(format!("   {summary}"), theme.dim)),
    ]))
}
