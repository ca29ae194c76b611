//! Drawing the "I have an error message" screen: the box with the pasted text (its last lines,
//! with a cursor mark), then its reading: the symptom, the confidence, the other readings worth
//! a look, the one Enter opens and every value read from the message.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::report;
use crate::tr;
use crate::triage::TriageError;
use crate::wizard::cells::truncate_to_width;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::error_message::areas;
use crate::wizard::model::Model;
use crate::wizard::model::error_message::chosen;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::badge_worded;

pub fn draw(model: &Model, frame: &mut Frame, inner: Rect, theme: &Theme) {
    let lang = model.lang;
    let width = usize::from(inner.width);
    let paste = &model.error_paste;
    let areas = areas(inner);
    let intro: Vec<Line> = wrap_words(&tr!(lang, "error-message-intro"), width)
        .into_iter()
        .take(2)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(intro), areas.intro);

    // The text, its last lines (a long paste scrolls out at the top), with a cursor mark at
    // the end since it is a text box.
    let inner_height = usize::from(areas.pasted.height.saturating_sub(2));
    let inner_width = width.saturating_sub(2);
    let pasted: Vec<Line> = if paste.text.is_empty() {
        vec![Line::styled(tr!(lang, "error-message-empty"), theme.dim)]
    } else {
        // Hidden characters are shown as escapes; line breaks were made LF when the text came in.
        let text = crate::safe_text::visible(&paste.text);
        // Every line wraps at words (a long token is cut with ↩, never lost); the last row
        // keeps a cell for the cursor mark.
        let mut rows: Vec<String> = text
            .split('\n')
            .flat_map(|line| {
                let pieces = wrap_words(line, inner_width.saturating_sub(1).max(1));
                if pieces.is_empty() {
                    vec![String::new()]
                } else {
                    pieces
                }
            })
            .collect();
        if let Some(last) = rows.last_mut() {
            last.push('▏');
        }
        let skip = rows.len().saturating_sub(inner_height);
        rows.into_iter().skip(skip).map(Line::from).collect()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(tr!(lang, "error-message-pasted-title"))
        // The report's keys and whether it is redacted, on the box's lower edge.
        .title_bottom(badge(model, theme).right_aligned());
    frame.render_widget(Paragraph::new(pasted).block(block), areas.pasted);

    let mut lines: Vec<Line> = Vec::new();
    match &paste.reading {
        None => {}
        Some(Err(TriageError::TooLong { len, max })) => {
            for line in wrap_words(
                &tr!(lang, "explain-error-too-long", len = *len, max = *max),
                width,
            ) {
                lines.push(Line::styled(line, theme.error));
            }
        }
        Some(Ok(reading)) => {
            let lead = &reading.lead;
            lines.push(Line::from(vec![
                Span::styled(report::symptom_title(lead.symptom, lang), theme.title),
                Span::raw(format!(
                    " ({}) · {}",
                    lead.symptom_id(),
                    tr!(
                        lang,
                        "triage-confidence",
                        percent = report::confidence_percent(lead.confidence)
                    )
                )),
            ]));
            if !lead.alternatives.is_empty() {
                let readings = lead
                    .alternatives
                    .iter()
                    .map(|a| {
                        format!(
                            "{} {}%",
                            a.symptom.id(),
                            report::confidence_percent(a.confidence)
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(" · ");
                lines.push(Line::styled(
                    truncate_to_width(
                        &format!("{}: {readings}", tr!(lang, "triage-alternatives-heading")),
                        width,
                    ),
                    theme.dim,
                ));
            }
            // The reading Enter opens, chosen with ↑↓.
            if let Some(symptom) = chosen(paste) {
                lines.push(Line::from(vec![
                    Span::raw("▸ "),
                    Span::styled(
                        truncate_to_width(
                            &tr!(
                                lang,
                                "error-message-choice",
                                title = report::symptom_title(Some(symptom), lang),
                                id = symptom.id()
                            ),
                            width.saturating_sub(2),
                        ),
                        theme.title,
                    ),
                ]));
            }
            // The hint comes first: it says how to go on, and where values are corrected.
            let hint = if chosen(paste).is_some() {
                tr!(lang, "error-message-enter")
            } else {
                tr!(lang, "triage-unknown-hint")
            };
            for line in wrap_words(&hint, width) {
                lines.push(Line::styled(line, theme.dim));
            }
            if let Some(related) = lead.related {
                let (summary, todo) = related.advice(lang);
                lines.push(Line::styled(
                    tr!(lang, "triage-related-heading", id = related.id()),
                    theme.title,
                ));
                for line in wrap_words(&summary, width) {
                    lines.push(Line::from(line));
                }
                for line in wrap_words(&tr!(lang, "triage-related-todo", todo = todo), width) {
                    lines.push(Line::from(line));
                }
            }
            for line in report::field_lines(&lead.fields, lang) {
                lines.extend(field_rows(&line, width).into_iter().map(Line::from));
            }
            if !reading.others.is_empty() {
                lines.push(Line::from(truncate_to_width(
                    &format!(
                        "{}: {}",
                        tr!(lang, "triage-others-heading"),
                        reading
                            .others
                            .iter()
                            .map(|o| o.symptom_id())
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                    width,
                )));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), areas.reading);
}

/// A "label   value" row, its value wrapped under itself where the row is too long (an ARN is
/// never cut), or on rows of its own when the label leaves too little room for its longest word.
fn field_rows(line: &str, width: usize) -> Vec<String> {
    if line.width() <= width {
        return vec![line.to_owned()];
    }
    let Some(gap) = line.find("  ") else {
        return wrap_words(line, width);
    };
    let label = &line[..gap];
    let value = line[gap..].trim_start();
    let column = line.width() - value.width();
    let longest = value
        .split_whitespace()
        .map(|w| w.width())
        .max()
        .unwrap_or(0);
    let indent = if column * 2 > width || longest > width.saturating_sub(column) {
        2
    } else {
        column
    };
    let mut rows = Vec::new();
    let pieces = wrap_words(value, width.saturating_sub(indent).max(10));
    if indent == column {
        for (n, piece) in pieces.into_iter().enumerate() {
            let head = if n == 0 {
                line[..line.len() - value.len()].to_owned()
            } else {
                " ".repeat(indent)
            };
            rows.push(format!("{head}{piece}"));
        }
    } else {
        rows.push(label.to_owned());
        rows.extend(
            pieces
                .into_iter()
                .map(|p| format!("{}{p}", " ".repeat(indent))),
        );
    }
    rows
}

/// The report's keys on this screen (Ctrl-S, Ctrl-R: `w` and `r` type here) and whether it
/// is redacted.
fn badge(model: &Model, theme: &Theme) -> Line<'static> {
    badge_worded(model, theme, "report-badge-typing")
}
