//! Drawing the model, one file per screen: each takes the rectangles and the laid-out lines
//! from `layout/` and puts them in the frame. Pure: reads the model, writes the frame, nothing
//! else; no geometry is decided here.

mod aws_auth;
mod context;
mod error_message;
mod guide;
mod help;
mod home;
mod probes;
mod save;
pub mod widgets;

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use crate::i18n::Lang;
use crate::tr;
use crate::wizard::cells::truncate_to_width;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::geometry::{FrameAreas, MIN_SIZE, frame_areas, too_small};
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
    save::draw(model, frame, inner, &theme);
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
            };
            Line::from(Span::styled(format!(" {text}"), theme.notice))
        }
        None => {
            let unset = tr!(lang, "status-not-set");
            let text = tr!(
                lang,
                "status-line",
                language = tr!(lang, language_name_id(lang)),
                profile = model
                    .aws
                    .profile
                    .clone()
                    .unwrap_or_else(|| tr!(lang, "status-default-profile")),
                region = model.aws.region.clone().unwrap_or(unset)
            );
            // An opened case says first where its results came from, on every screen.
            let text = match &model.case {
                Some(case) => tr!(
                    lang,
                    "case-status",
                    at = case.collected_at.clone(),
                    version = case.version.clone(),
                    language = tr!(
                        lang,
                        match case.lang {
                            Lang::En => "case-language-en",
                            Lang::Ja => "case-language-ja",
                        }
                    ),
                    status = text
                ),
                None => text,
            };
            let text = match &model.aws.kube_context {
                Some(context) => tr!(
                    lang,
                    "status-line-kubectl",
                    status = text,
                    context = context.clone()
                ),
                None => text,
            };
            Line::from(Span::styled(format!(" {text}"), theme.dim))
        }
    };
    let text = truncate_to_width(&line.to_string(), usize::from(area.width));
    let style = line.spans.first().map(|s| s.style).unwrap_or_default();
    frame.render_widget(Paragraph::new(Span::styled(text, style)), area);
}

fn language_name_id(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "language-name-en",
        Lang::Ja => "language-name-ja",
    }
}

fn draw_keys(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let id = if model.help_open {
        help::KEYS_ID
    } else if model.session.save.is_some() {
        save::KEYS_ID
    } else {
        match model.screen {
            Screen::Home => home::keys_id(model),
            Screen::ErrorMessage => error_message::KEYS_ID,
            Screen::Context => context::KEYS_ID,
            Screen::Guide => guide::keys_id(model),
            Screen::AwsAuth => aws_auth::keys_id(model),
            Screen::Probes => probes::keys_id(model),
        }
    };
    let text = truncate_to_width(
        &format!(" {}", tr!(model.lang, id)),
        usize::from(area.width),
    );
    frame.render_widget(Paragraph::new(Span::styled(text, theme.header)), area);
}
