//! The "I have an error message" screen: the person pastes the error (bracketed paste), the
//! screen shows the symptom, the confidence and every value read from it as soon as it
//! arrives, and Enter opens that symptom with its fields filled in, ready to correct.

use crossterm::event::{KeyCode, KeyEvent};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use tui_input::Input;

use super::cells::truncate_to_width;
use super::guide_layout::wrap_words;
use super::model::{Model, Screen};
use super::theme::Theme;
use super::update::{Cmd, open_symptom};
use crate::report;
use crate::tr;
use crate::triage::{self, Triage, TriageError};

/// What has been pasted so far and what it was read as.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorPaste {
    pub text: String,
    pub reading: Option<Result<Triage, TriageError>>,
}

/// A paste adds to what is there (terminals may split a long paste), then everything is
/// read again.
pub fn paste(model: &mut Model, text: &str) {
    let paste = &mut model.error_paste;
    if !paste.text.is_empty() && !paste.text.ends_with('\n') {
        paste.text.push('\n');
    }
    // Refused input is kept whole so that the message can say how long it was; the reader
    // refuses it again without cutting anything.
    paste.text.push_str(text);
    paste.reading = Some(triage::read(&paste.text));
}

pub fn key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    match key.code {
        KeyCode::Esc | KeyCode::Left => {
            model.home_cursor = 0;
            model.screen = Screen::Home;
        }
        KeyCode::Backspace | KeyCode::Delete => model.error_paste = ErrorPaste::default(),
        KeyCode::Enter => {
            let lead = match &model.error_paste.reading {
                Some(Ok(reading)) => reading.lead.clone(),
                _ => return vec![],
            };
            let Some(symptom) = lead.symptom else {
                return vec![];
            };
            // Only what the message said is filled in; what the person typed before stays
            // for the other fields.
            let context = lead.context();
            for field in crate::guide::Field::ALL {
                if let Some(value) = context.get(field) {
                    model.inputs.insert(field, Input::new(value.to_owned()));
                }
            }
            open_symptom(model, symptom);
        }
        _ => {}
    }
    vec![]
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let width = usize::from(area.width);
    let paste = &model.error_paste;
    let rows = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(6),
        Constraint::Min(0),
    ])
    .split(area);
    let intro: Vec<Line> = wrap_words(&tr!(lang, "error-message-intro"), width)
        .into_iter()
        .take(2)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(intro), rows[0]);

    // The pasted text, its last lines (a long paste scrolls out at the top).
    let inner_height = usize::from(rows[1].height.saturating_sub(2));
    let pasted: Vec<Line> = if paste.text.is_empty() {
        vec![Line::styled(tr!(lang, "error-message-empty"), theme.dim)]
    } else {
        let lines: Vec<&str> = paste.text.lines().collect();
        let skip = lines.len().saturating_sub(inner_height);
        lines[skip..]
            .iter()
            .map(|l| Line::from(truncate_to_width(l, width.saturating_sub(2))))
            .collect()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(tr!(lang, "error-message-pasted-title"));
    frame.render_widget(Paragraph::new(pasted).block(block), rows[1]);

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
            for line in report::field_lines(&lead.fields, lang) {
                lines.push(Line::from(truncate_to_width(&line, width)));
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
            let hint = if lead.symptom.is_some() {
                tr!(lang, "error-message-enter")
            } else {
                tr!(lang, "triage-unknown-hint")
            };
            for line in wrap_words(&hint, width) {
                lines.push(Line::styled(line, theme.dim));
            }
        }
    }
    frame.render_widget(Paragraph::new(lines), rows[2]);
}
