//! Drawing the guide: the step position, the summary and the report's badge on the head row,
//! then the steps' lines as the layout laid them out.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::guide::{GuideAreas, areas, lines, visible};
use crate::wizard::model::Model;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::{badge, highlight_matches};

pub fn draw(model: &Model, frame: &mut Frame, inner: Rect, theme: &Theme) {
    let lang = model.lang;
    let GuideAreas { head, steps: body } = areas(inner);
    let layout = lines(model, body.width);
    let position = tr!(
        lang,
        "guide-position",
        step = model.guide_step + 1,
        total = layout.step_starts.len()
    );
    let summary = model
        .symptom
        .map(|s| tr!(lang, &s.summary_id()))
        .unwrap_or_default();
    let badge = badge(model, theme);
    // The summary (the home screen's description) goes beside the position where it fits,
    // else on the row below it (which is otherwise blank), wrapped at words.
    let room = usize::from(head.width).saturating_sub(position.width() + badge.width() + 5);
    let (beside, below) = if summary.width() <= room {
        (summary, None)
    } else {
        let below = wrap_words(&summary, usize::from(head.width))
            .into_iter()
            .next()
            .unwrap_or_default();
        (String::new(), Some(below))
    };
    let mut spans = vec![
        Span::styled(position, theme.title),
        Span::raw("  "),
        Span::styled(beside, theme.dim),
    ];
    // The report's keys and redaction state, at the right end of the row.
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let gap = usize::from(head.width).saturating_sub(used + badge.width());
    spans.push(Span::raw(" ".repeat(gap)));
    spans.extend(badge.spans);
    let mut head_lines = vec![Line::from(spans)];
    head_lines.extend(below.map(|text| Line::from(Span::styled(text, theme.dim))));
    frame.render_widget(Paragraph::new(head_lines), head);
    frame.render_widget(
        Paragraph::new(highlight_matches(
            model,
            visible(layout, model.guide_top, body.height),
            theme,
        )),
        body,
    );
}
