//! Drawing the home screen: the symptoms, and "I have an error message".

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};

use crate::guide::Symptom;
use crate::tr;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::home::{HomeAreas, areas, recent};
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::popup;

pub fn draw(model: &Model, frame: &mut Frame, inner: Rect, theme: &Theme) {
    let lang = model.lang;
    let HomeAreas {
        intro,
        list: list_area,
    } = areas(inner);
    let intro_lines: Vec<Line> = wrap_words(&tr!(lang, "home-intro"), usize::from(intro.width))
        .into_iter()
        .take(usize::from(intro.height))
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(intro_lines), intro);
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

/// One entry: its key and title, then its summary, each wrapped at words under the title
/// (the list's marker takes two cells of `width`), so nothing is cut.
fn entry(key: &str, title: &str, summary: &str, width: usize, theme: &Theme) -> ListItem<'static> {
    let text_width = width.saturating_sub(2 + ENTRY_INDENT).max(10);
    let indent = " ".repeat(ENTRY_INDENT);
    let mut lines = Vec::new();
    for (n, piece) in wrap_words(title, text_width).into_iter().enumerate() {
        lines.push(if n == 0 {
            Line::from(vec![
                Span::styled(format!("{key:<width$}", width = ENTRY_INDENT), theme.title),
                Span::raw(piece),
            ])
        } else {
            Line::from(format!("{indent}{piece}"))
        });
    }
    for piece in wrap_words(summary, text_width) {
        lines.push(Line::from(Span::styled(
            format!("{indent}{piece}"),
            theme.dim,
        )));
    }
    ListItem::new(Text::from(lines))
}

/// Cells before an entry's title and summary: its key and two spaces.
const ENTRY_INDENT: usize = 3;
