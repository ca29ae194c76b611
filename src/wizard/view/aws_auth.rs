//! Drawing the aws-auth screen: the path being typed, the status row, and the report's lines
//! as the layout laid them out.

use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use crate::aws_auth::report;
use crate::i18n::Lang;
use crate::tr;
use crate::wizard::cells::{skip_cells, truncate_to_width};
use crate::wizard::layout::aws_auth::{AwsAuthAreas, areas, visible};
use crate::wizard::model::Model;
use crate::wizard::model::aws_auth::{AwsAuthFocus, ScreenNotice, Source};
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::highlight_matches;

pub fn title(model: &Model) -> String {
    let lang = model.lang;
    let symptom = model
        .symptom
        .map(|s| tr!(lang, &s.title_id()))
        .unwrap_or_default();
    tr!(lang, "aws-auth-screen-title", symptom = symptom)
}

pub fn draw(model: &Model, frame: &mut Frame, inner: Rect, theme: &Theme) {
    let lang = model.lang;
    let AwsAuthAreas {
        path: path_row,
        status: status_row,
        report: body,
    } = areas(inner);
    draw_path(model, frame, path_row, theme);
    let (text, style) = status(model, lang, theme);
    let text = truncate_to_width(&text, usize::from(status_row.width));
    frame.render_widget(Paragraph::new(Span::styled(text, style)), status_row);
    // Laid out once per load, width and language; a frame copies only what it shows.
    frame.render_widget(
        Paragraph::new(highlight_matches(model, visible(model, body), theme)),
        body,
    );
}

fn draw_path(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let state = &model.aws_auth;
    let focused = state.focus == AwsAuthFocus::Path;
    let label = format!(
        "{} {} ",
        if focused { theme.marker } else { " " },
        tr!(model.lang, "aws-auth-screen-path-label")
    );
    let label_width = u16::try_from(label.width()).unwrap_or(u16::MAX);
    let label_style = if focused { theme.title } else { Style::new() };
    frame.render_widget(Paragraph::new(Span::styled(label, label_style)), area);
    let input_area = Rect {
        x: area.x.saturating_add(label_width),
        width: area.width.saturating_sub(label_width),
        ..area
    };
    let width = usize::from(input_area.width.saturating_sub(1));
    let scroll = state.path.visual_scroll(width);
    let cursor = state.path.visual_cursor();
    let value = state.path.value();
    let shown = if value.is_empty() && !focused {
        Span::styled(tr!(model.lang, "field-empty"), theme.dim)
    } else {
        let visible = skip_cells(value, scroll);
        let style = if focused { theme.selected } else { theme.code };
        // The highlighted box spans the whole input, so the person sees where to type.
        let pad = width.saturating_sub(visible.width()) + 1;
        Span::styled(format!("{visible}{}", " ".repeat(pad)), style)
    };
    frame.render_widget(Paragraph::new(Line::from(shown)), input_area);
    if focused && !model.help_open {
        let offset = u16::try_from(cursor.saturating_sub(scroll)).unwrap_or(0);
        frame.set_cursor_position(Position::new(
            input_area
                .x
                .saturating_add(offset)
                .min(input_area.right().saturating_sub(1)),
            input_area.y,
        ));
    }
}

fn status(model: &Model, lang: Lang, theme: &Theme) -> (String, Style) {
    let state = &model.aws_auth;
    if let Some(notice) = state.notice {
        let text = match notice {
            ScreenNotice::CopiedFix { bytes } => {
                tr!(lang, "aws-auth-screen-copied-fix", bytes = bytes)
            }
            ScreenNotice::CopiedReport { bytes } => {
                tr!(lang, "aws-auth-screen-copied-report", bytes = bytes)
            }
            ScreenNotice::NothingToCopy => tr!(lang, "aws-auth-screen-nothing-to-copy"),
            ScreenNotice::PathMissing => tr!(lang, "aws-auth-screen-path-missing"),
        };
        let style = if notice == ScreenNotice::PathMissing {
            theme.error
        } else {
            theme.notice
        };
        return (format!("  {text}"), style);
    }
    if state.copying.is_some() {
        let text = tr!(lang, "aws-auth-screen-copying");
        return (format!("  {text}"), theme.dim);
    }
    if let Some(path) = &state.pending {
        let text = tr!(
            lang,
            "aws-auth-screen-reading",
            path = path.display().to_string()
        );
        return (format!("  {text}"), theme.dim);
    }
    // Until the report is laid out anew (a new map, width or language), the lines below are
    // the previous layout's: say so rather than let them pass for the answer.
    let source = state.analysing.as_ref().map(|a| &a.source).or_else(|| {
        let loaded = state.loaded.as_ref()?;
        state.laying_out.is_some().then_some(&loaded.source)
    });
    if let Some(source) = source {
        let text = tr!(
            lang,
            "aws-auth-screen-analysing",
            source = source_text(source, lang)
        );
        return (format!("  {text}"), theme.dim);
    }
    match &state.loaded {
        Some(loaded) => {
            let source = source_text(&loaded.source, lang);
            match &loaded.outcome {
                Ok(auth) => {
                    let form = tr!(lang, report::form_id(auth.form));
                    let text = tr!(lang, "aws-auth-screen-loaded", source = source, form = form);
                    (format!("  {text}"), theme.dim)
                }
                Err(_) => {
                    let text = tr!(lang, "aws-auth-screen-not-loaded", source = source);
                    (format!("  {text}"), theme.error)
                }
            }
        }
        None => (
            format!("  {}", tr!(lang, "aws-auth-screen-hint")),
            theme.dim,
        ),
    }
}

fn source_text(source: &Source, lang: Lang) -> String {
    match source {
        Source::Paste { lines } => tr!(lang, "aws-auth-screen-source-paste", lines = *lines),
        Source::File(path) => tr!(
            lang,
            "aws-auth-screen-source-file",
            path = path.display().to_string()
        ),
        Source::Cluster(cluster) => {
            tr!(
                lang,
                "aws-auth-screen-source-cluster",
                cluster = cluster.clone()
            )
        }
    }
}
