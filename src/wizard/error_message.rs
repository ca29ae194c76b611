//! The "I have an error message" screen: a text box. The person pastes the error (bracketed
//! paste) or types it; the screen shows the symptom, the confidence, the other readings worth
//! a look and every value read from it as soon as it arrives, and Enter opens the chosen
//! reading with its fields filled in, ready to correct.
//!
//! While the box has focus every printable key types, `q`, `w`, `r`, `l`, `e` and digits
//! included: a message such as `Request q...` must not quit the wizard and lose what was
//! pasted. Commands use keys that cannot be text: Enter (open the chosen reading), Esc
//! (back), ↑↓ (choose among the readings: the recognised one, the alternatives, then the
//! other symptoms), Backspace (delete the last character), Ctrl-U (clear), Ctrl-S (write the
//! report), Ctrl-R (switch redaction), and the global F1, F2 and Ctrl-C.
//!
//! Values are corrected on the next (details) screen, not here, by design: that screen
//! already edits exactly the values the steps use, checks each as it is typed, and keeps
//! what the person typed across symptoms; a second set of editors here would be a second
//! copy of the same values to keep in step. The values read here that the steps do not use
//! (kind, operation, error code, reason) are readings of the message, not settings, so
//! there is nothing to correct in them. The screen says all this in its hint line.

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
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
use crate::guide::Symptom;
use crate::report;
use crate::tr;
use crate::triage::{self, Triage, TriageError};

/// What has been pasted or typed so far, what it was read as, and which reading Enter opens.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorPaste {
    pub text: String,
    pub reading: Option<Result<Triage, TriageError>>,
    /// The index in [`choices`] that Enter opens; `None` until ↑↓ is pressed, which means
    /// the recognised symptom.
    pub choice: Option<usize>,
}

/// The readings Enter can open, best first: the recognised symptom, its alternatives, then
/// the other symptoms, each once.
pub fn choices(paste: &ErrorPaste) -> Vec<Symptom> {
    let mut out: Vec<Symptom> = Vec::with_capacity(Symptom::ALL.len());
    if let Some(Ok(reading)) = &paste.reading {
        out.extend(reading.lead.symptom);
        out.extend(reading.lead.alternatives.iter().map(|a| a.symptom));
    }
    for symptom in Symptom::ALL {
        if !out.contains(&symptom) {
            out.push(symptom);
        }
    }
    out
}

/// The reading Enter opens now, if any.
pub fn chosen(paste: &ErrorPaste) -> Option<Symptom> {
    match paste.choice {
        Some(index) => choices(paste).get(index).copied(),
        None => match &paste.reading {
            Some(Ok(reading)) => reading.lead.symptom,
            _ => None,
        },
    }
}

fn reread(paste: &mut ErrorPaste) {
    paste.choice = None;
    paste.reading = if paste.text.is_empty() {
        None
    } else {
        Some(triage::read(&paste.text))
    };
}

/// A paste adds to what is there (terminals may split a long paste), then everything is
/// read again. Every kind of line break (CR, CR LF, NEL) is kept as LF, so the box shows the
/// lines the terminal sent.
pub fn paste(model: &mut Model, text: &str) {
    let paste = &mut model.error_paste;
    if !paste.text.is_empty() && !paste.text.ends_with('\n') {
        paste.text.push('\n');
    }
    // Refused input is kept whole so that the message can say how long it was; the reader
    // refuses it again without cutting anything.
    paste.text.push_str(&triage::line_breaks(text));
    reread(paste);
}

/// Whether a key is text for the box: a printable character without Ctrl or Alt.
fn is_text(key: &KeyEvent) -> bool {
    matches!(key.code, KeyCode::Char(_))
        && !key
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

pub fn key(model: &mut Model, key: KeyEvent) -> Vec<Cmd> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    match key.code {
        KeyCode::Char(c) if is_text(&key) => {
            let paste = &mut model.error_paste;
            paste.text.push(c);
            reread(paste);
        }
        KeyCode::Char('s') | KeyCode::Char('S') if ctrl => {
            return super::session_report::write(model, &[]);
        }
        KeyCode::Char('r') | KeyCode::Char('R') if ctrl => {
            super::session_report::toggle_redact(model);
        }
        KeyCode::Char('u') | KeyCode::Char('U') if ctrl => {
            model.error_paste = ErrorPaste::default();
        }
        KeyCode::Esc => {
            model.home_cursor = 0;
            model.screen = Screen::Home;
        }
        KeyCode::Backspace => {
            let paste = &mut model.error_paste;
            paste.text.pop();
            reread(paste);
        }
        KeyCode::Delete => model.error_paste = ErrorPaste::default(),
        KeyCode::Up | KeyCode::Down => {
            let paste = &mut model.error_paste;
            let count = choices(paste).len();
            let current = paste.choice.unwrap_or(0);
            paste.choice = Some(if key.code == KeyCode::Down {
                match paste.choice {
                    None if chosen(paste).is_none() => 0,
                    _ => (current + 1) % count,
                }
            } else {
                (current + count - 1) % count
            });
        }
        KeyCode::Enter => {
            let Some(symptom) = chosen(&model.error_paste) else {
                return vec![];
            };
            // Only what the message said is filled in; what the person typed before stays
            // for the other fields.
            if let Some(Ok(reading)) = &model.error_paste.reading {
                let context = reading.lead.context();
                for field in crate::guide::Field::ALL {
                    if let Some(value) = context.get(field) {
                        model.inputs.insert(field, Input::new(value.to_owned()));
                    }
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

    // The text, its last lines (a long paste scrolls out at the top), with a cursor mark at
    // the end since it is a text box.
    let inner_height = usize::from(rows[1].height.saturating_sub(2));
    let inner_width = width.saturating_sub(2);
    let pasted: Vec<Line> = if paste.text.is_empty() {
        vec![Line::styled(tr!(lang, "error-message-empty"), theme.dim)]
    } else {
        // Hidden characters are shown as escapes; line breaks were made LF when the text came in.
        let text = crate::safe_text::visible(&paste.text);
        let lines: Vec<&str> = text.split('\n').collect();
        let skip = lines.len().saturating_sub(inner_height);
        let last = lines.len().saturating_sub(1);
        lines[skip..]
            .iter()
            .enumerate()
            .map(|(n, l)| {
                if skip + n == last {
                    // The end of the text, where typing goes, stays in view.
                    let shown = tail_to_width(l, inner_width.saturating_sub(1));
                    Line::from(format!("{shown}▏"))
                } else {
                    Line::from(truncate_to_width(l, inner_width))
                }
            })
            .collect()
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(tr!(lang, "error-message-pasted-title"))
        // The report's keys and whether it is redacted, on the box's lower edge.
        .title_bottom(badge(model, theme).right_aligned());
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

/// The report's keys on this screen (Ctrl-S, Ctrl-R: `w` and `r` type here) and whether it
/// is redacted.
fn badge(model: &Model, theme: &Theme) -> Line<'static> {
    super::session_report::badge_worded(model, theme, "report-badge-typing")
}

/// The end of `text` that fits in `width` cells (what was typed last stays visible).
fn tail_to_width(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out: Vec<char> = Vec::new();
    let mut used = 0;
    for c in text.chars().rev() {
        let w = c.width().unwrap_or(0);
        if used + w > width {
            break;
        }
        used += w;
        out.push(c);
    }
    out.into_iter().rev().collect()
}
