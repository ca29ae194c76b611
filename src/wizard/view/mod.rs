//! Drawing the model, one file per screen: each takes the rectangles and the laid-out lines
//! from `layout/` and puts them in the frame. Pure: reads the model, writes the frame, nothing
//! else; no geometry is decided here.

mod aws_auth;
mod context;
mod error_message;
mod guide;
mod help;
mod home;
mod picker;
mod probes;
mod quit;
mod save;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::safe_text::visible_line;
use crate::tr;
use unicode_width::UnicodeWidthStr;

use crate::wizard::cells::{tail_to_width, truncate_to_width};
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::geometry::{FrameAreas, MIN_SIZE, frame_areas, too_small};
use crate::wizard::layout::key_line::key_line;
use crate::wizard::layout::status::status_text;
use crate::wizard::model::{Model, Notice, Screen};
use crate::wizard::theme::Theme;

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::new(model.appearance);
    if too_small(area) {
        draw_too_small(model, frame, area);
        return;
    }
    let FrameAreas {
        header,
        body,
        inner,
        status,
        keys,
    } = frame_areas(area);
    draw_header(model, frame, header, &theme);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(Span::styled(
            format!(" {} ", screen_title(model)),
            theme.title,
        ));
    frame.render_widget(block, body);
    match model.screen {
        Screen::Home => home::draw(model, frame, inner, &theme),
        Screen::ErrorMessage => error_message::draw(model, frame, inner, &theme),
        Screen::Context => context::draw(model, frame, inner, &theme),
        Screen::Guide => guide::draw(model, frame, inner, &theme),
        Screen::AwsAuth => aws_auth::draw(model, frame, inner, &theme),
        Screen::Probes => probes::draw(model, frame, inner, &theme),
    }
    // The quit question over everything, the save prompt over a picker.
    picker::draw(model, frame, inner, &theme);
    save::draw(model, frame, inner, &theme);
    quit::draw(model, frame, inner, &theme);
    draw_status(model, frame, status, &theme);
    draw_keys(model, frame, keys, &theme);
    if model.help_open {
        // Inside the frame, so the popup never covers the frame's own border.
        help::draw(model, frame, inner, &theme);
    }
}

fn screen_title(model: &Model) -> String {
    let lang = model.lang;
    match (model.screen, model.symptom) {
        (Screen::Home, _) => tr!(lang, "home-title"),
        (Screen::ErrorMessage, _) => tr!(lang, "error-message-title"),
        (Screen::Context, Some(s)) => {
            tr!(lang, "context-title", symptom = tr!(lang, &s.title_id()))
        }
        (Screen::Guide, Some(s)) => tr!(lang, "guide-title", symptom = tr!(lang, &s.title_id())),
        (Screen::AwsAuth, _) => aws_auth::title(model),
        (Screen::Probes, Some(s)) => probes::title(model, s),
        (_, None) => tr!(lang, "home-title"),
    }
}

fn draw_too_small(model: &Model, frame: &mut Frame, area: Rect) {
    let text = tr!(
        model.lang,
        "too-small",
        min_width = MIN_SIZE.0,
        min_height = MIN_SIZE.1,
        width = area.width,
        height = area.height
    );
    let lines: Vec<Line> = wrap_words(&text, usize::from(area.width.max(1)))
        .into_iter()
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(lines), area);
}

fn draw_header(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let text = format!(" {} ", tr!(model.lang, "app-header"));
    frame.render_widget(Paragraph::new(text).style(theme.header), area);
}

fn draw_status(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    if model.search.editing && !model.help_open {
        draw_query(model, frame, area, theme);
        return;
    }
    let line = match &model.notice {
        Some(notice) => {
            let text = match notice {
                Notice::Copied { step, bytes } => {
                    tr!(lang, "notice-copied", step = *step, bytes = *bytes)
                }
                Notice::NothingToCopy => tr!(lang, "notice-nothing-to-copy"),
                Notice::LanguageSwitched => tr!(lang, "notice-language-switched"),
                Notice::Report(notice) => notice.text(lang),
                Notice::CaseSaved {
                    path,
                    counts: Some(counts),
                } => tr!(
                    lang,
                    "case-saved-redacted",
                    path = path.display().to_string(),
                    accounts = counts.accounts,
                    sessions = counts.sessions,
                    keys = counts.access_keys,
                    endpoints = counts.endpoints
                ),
                Notice::CaseSaved { path, counts: None } => {
                    tr!(lang, "case-saved", path = path.display().to_string())
                }
                Notice::CaseSaveFailed(error) => tr!(
                    lang,
                    "case-write-failed",
                    path = error.path.display().to_string(),
                    details = error.details.clone()
                ),
                Notice::NothingToResume(dir) => tr!(
                    lang,
                    "session-nothing-to-resume",
                    dir = dir.display().to_string()
                ),
                Notice::KeptContextGone {
                    context,
                    now: Some(now),
                } => tr!(
                    lang,
                    "session-context-gone",
                    context = visible_line(context).into_owned(),
                    now = visible_line(now).into_owned()
                ),
                Notice::KeptContextGone { context, now: None } => tr!(
                    lang,
                    "session-context-gone-none",
                    context = visible_line(context).into_owned()
                ),
                Notice::SearchFound { current, count } => {
                    tr!(lang, "search-found", current = *current, count = *count)
                }
                Notice::SearchNoMatch { query } => {
                    tr!(lang, "search-no-match", query = query.clone())
                }
            };
            Line::from(Span::styled(format!(" {text}"), theme.notice))
        }
        None => Line::from(Span::styled(
            format!(
                " {}",
                status_text(model, usize::from(area.width).saturating_sub(1))
            ),
            theme.dim,
        )),
    };
    let text = truncate_to_width(&line.to_string(), usize::from(area.width));
    let style = line.spans.first().map(|s| s.style).unwrap_or_default();
    frame.render_widget(Paragraph::new(Span::styled(text, style)), area);
}

/// The `/` query line, with the cursor after what is typed (the end of it stays in view).
fn draw_query(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let prompt = tr!(model.lang, "search-prompt");
    let query = crate::safe_text::visible_line(&model.search.query);
    let room = usize::from(area.width).saturating_sub(prompt.width() + 3);
    let shown = tail_to_width(&query, room);
    let text = format!(" {prompt} /{shown}");
    let cursor_x = area
        .x
        .saturating_add(u16::try_from(text.width()).unwrap_or(u16::MAX));
    frame.render_widget(Paragraph::new(Span::styled(text, theme.notice)), area);
    frame.set_cursor_position((cursor_x.min(area.right().saturating_sub(1)), area.y));
}

fn draw_keys(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let width = usize::from(area.width);
    let keys = key_line(model, width.saturating_sub(1));
    let text = truncate_to_width(&format!(" {keys}"), width);
    frame.render_widget(Paragraph::new(Span::styled(text, theme.header)), area);
}
