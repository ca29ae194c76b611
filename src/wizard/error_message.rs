//! The "I have an error message" screen: the person pastes the error (bracketed paste), the
//! screen shows the symptom, the confidence and every value read from it as soon as it
//! arrives, and Enter opens that symptom with its fields filled in, ready to correct.
//!
//! Values are corrected on the next (details) screen, not here, by design: that screen
//! already edits exactly the values the steps use, checks each as it is typed, and keeps
//! what the person typed across symptoms; a second set of editors here would be a second
//! copy of the same values to keep in step. The values read here that the steps do not use
//! (kind, operation, error code, reason) are readings of the message, not settings, so
//! there is nothing to correct in them. The symptom itself can be corrected here: `1`-`6`
//! open another symptom with the same values. The screen says all this in its hint line.

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
        KeyCode::Char('w') => return super::session_report::write(model, &[]),
        KeyCode::Char('r') => super::session_report::toggle_redact(model),
        KeyCode::Enter | KeyCode::Char('1'..='6') => {
            let lead = match &model.error_paste.reading {
                Some(Ok(reading)) => reading.lead.clone(),
                _ => return vec![],
            };
            // A digit opens that symptom instead of the recognised one.
            let chosen = match key.code {
                KeyCode::Char(c @ '1'..='6') => crate::guide::Symptom::ALL
                    .get(usize::from(c as u8 - b'1'))
                    .copied(),
                _ => lead.symptom,
            };
            let Some(symptom) = chosen else {
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
    // A small terminal gives the pasted text fewer lines, so the reading and the hint fit.
    let pasted_rows = if area.height < 20 { 4 } else { 6 };
    let rows = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(pasted_rows),
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
        // Line breaks as terminals paste them (CR) count as line breaks here too.
        let text = crate::safe_text::visible(&paste.text);
        let lines: Vec<&str> = text.lines().collect();
        let skip = lines.len().saturating_sub(inner_height);
        lines[skip..]
            .iter()
            .map(|l| Line::from(truncate_to_width(l, width.saturating_sub(2))))
            .collect()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(tr!(lang, "error-message-pasted-title"))
        // The report's keys and whether it is redacted, on the box's lower edge.
        .title_bottom(super::session_report::badge(model, theme).right_aligned());
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
            // The hint comes first: it says how to go on, and where values are corrected.
            let hint = if lead.symptom.is_some() {
                tr!(lang, "error-message-enter")
            } else {
                tr!(lang, "triage-unknown-hint")
            };
            for line in wrap_words(&hint, width) {
                lines.push(Line::styled(line, theme.dim));
            }
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
        }
    }
    frame.render_widget(Paragraph::new(lines), rows[2]);
}
