//! Drawing the model. Pure: reads the model, writes the frame, nothing else.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{Block, Borders, Clear, List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use super::aws_auth_screen;
use super::aws_auth_view;
use super::cells::{skip_cells, truncate_to_width};
use super::guide_layout::{layout_guide, wrap_words};
use super::model::{Model, Notice, Screen};
use super::theme::Theme;
use super::update::rendered_steps;
use crate::guide::{Field, Symptom};
use crate::i18n::Lang;
use crate::tr;

/// The smallest terminal the layout fits in.
pub const MIN_SIZE: (u16, u16) = (60, 16);

/// Rows taken by the header, the status line and the key line, and the body's borders.
const CHROME_ROWS: u16 = 3;
const BORDER: u16 = 1;
/// Rows above the guide's steps: the symptom title and a blank line.
const GUIDE_HEADER_ROWS: u16 = 2;

/// The width and height the guide's lines are drawn in, for a terminal of `size`.
pub fn guide_viewport(size: (u16, u16)) -> (u16, u16) {
    let width = size.0.saturating_sub(2 * BORDER + 2);
    let height = size
        .1
        .saturating_sub(CHROME_ROWS + 2 * BORDER + GUIDE_HEADER_ROWS);
    (width, height)
}

pub fn view(model: &Model, frame: &mut Frame) {
    let area = frame.area();
    let theme = Theme::new(model.appearance);
    if area.width < MIN_SIZE.0 || area.height < MIN_SIZE.1 {
        draw_too_small(model, frame, area);
        return;
    }
    let [header, body, status, keys] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    draw_header(model, frame, header, &theme);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(Span::styled(
            format!(" {} ", screen_title(model)),
            theme.title,
        ));
    let inner = block.inner(body).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, body);
    match model.screen {
        Screen::Home => draw_home(model, frame, inner, &theme),
        Screen::ErrorMessage => super::error_message::draw(model, frame, inner, &theme),
        Screen::Context => draw_context(model, frame, inner, &theme),
        Screen::Guide => draw_guide(model, frame, inner, &theme),
        Screen::AwsAuth => aws_auth_view::draw(model, frame, inner, &theme),
        Screen::Probes => super::probe_view::draw(model, frame, inner, &theme),
    }
    draw_status(model, frame, status, &theme);
    draw_keys(model, frame, keys, &theme);
    if model.help_open {
        // Inside the frame, so the popup never covers the frame's own border.
        draw_help(model, frame, inner, &theme);
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
        (Screen::AwsAuth, _) => aws_auth_view::title(model),
        (Screen::Probes, Some(s)) => super::probe_view::title(model, s),
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

fn draw_home(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let [intro, list_area] =
        Layout::vertical([Constraint::Length(2), Constraint::Min(1)]).areas(area);
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
    let list = List::new(items)
        .highlight_style(theme.selected)
        .highlight_symbol(Line::from(format!("{} ", theme.marker)));
    let mut state = ListState::default().with_selected(Some(model.home_cursor));
    frame.render_stateful_widget(list, list_area, &mut state);
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

fn draw_context(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let fields = model.fields();
    let mut constraints = vec![Constraint::Length(2)];
    constraints.extend(fields.iter().map(|_| Constraint::Length(3)));
    constraints.push(Constraint::Min(0));
    let rows = Layout::vertical(constraints).split(area);
    let intro_lines: Vec<Line> = wrap_words(&tr!(lang, "context-intro"), usize::from(area.width))
        .into_iter()
        .take(2)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(intro_lines), rows[0]);
    for (index, field) in fields.iter().enumerate() {
        let focused = index == model.focus;
        draw_field(model, frame, rows[index + 1], *field, focused, theme);
    }
}

fn draw_field(
    model: &Model,
    frame: &mut Frame,
    area: Rect,
    field: Field,
    focused: bool,
    theme: &Theme,
) {
    let lang = model.lang;
    let [label_row, input_row, hint_row] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    let label_style = if focused { theme.title } else { Style::new() };
    let marker = if focused { theme.marker } else { " " };
    frame.render_widget(
        Paragraph::new(Line::from(vec![
            Span::styled(format!("{marker} "), label_style),
            Span::styled(tr!(lang, &field.label_id()), label_style),
        ])),
        label_row,
    );
    let value = model
        .inputs
        .get(&field)
        .map(|i| i.value().to_owned())
        .unwrap_or_default();
    let input_area = Rect {
        x: input_row.x + 2,
        width: input_row.width.saturating_sub(2),
        ..input_row
    };
    let width = usize::from(input_area.width.saturating_sub(1));
    let (scroll, cursor) = model
        .inputs
        .get(&field)
        .map(|i| (i.visual_scroll(width), i.visual_cursor()))
        .unwrap_or((0, 0));
    let visible = skip_cells(&value, scroll);
    let style = if focused { theme.selected } else { theme.code };
    let shown = if value.is_empty() && !focused {
        Span::styled(tr!(lang, "field-empty"), theme.dim)
    } else {
        Span::styled(visible, style)
    };
    frame.render_widget(Paragraph::new(Line::from(shown)), input_area);
    if focused && !model.help_open {
        let x = input_area.x + u16::try_from(cursor.saturating_sub(scroll)).unwrap_or(0);
        frame.set_cursor_position(Position::new(
            x.min(input_area.right().saturating_sub(1)),
            input_area.y,
        ));
    }
    let hint = match field.problem_with(&value) {
        Some(problem) => Span::styled(format!("  ! {}", tr!(lang, problem)), theme.error),
        None => Span::styled(format!("  {}", tr!(lang, &field.hint_id())), theme.dim),
    };
    let hint_text = truncate_to_width(&hint.content, usize::from(hint_row.width));
    frame.render_widget(
        Paragraph::new(Span::styled(hint_text, hint.style)),
        hint_row,
    );
}

fn draw_guide(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let steps = rendered_steps(model);
    let [head, body] =
        Layout::vertical([Constraint::Length(GUIDE_HEADER_ROWS), Constraint::Min(1)]).areas(area);
    let position = tr!(
        lang,
        "guide-position",
        step = model.guide_step + 1,
        total = steps.len()
    );
    let summary = model
        .symptom
        .map(|s| tr!(lang, &s.summary_id()))
        .unwrap_or_default();
    let badge = super::session_report::badge(model, theme);
    let summary = truncate_to_width(
        &summary,
        usize::from(head.width).saturating_sub(position.width() + badge.width() + 5),
    );
    let mut spans = vec![
        Span::styled(position, theme.title),
        Span::raw("  "),
        Span::styled(summary, theme.dim),
    ];
    // The report's keys and redaction state, at the right end of the row.
    let used: usize = spans.iter().map(|s| s.width()).sum();
    let gap = usize::from(head.width).saturating_sub(used + badge.width());
    spans.push(Span::raw(" ".repeat(gap)));
    spans.extend(badge.spans);
    frame.render_widget(Paragraph::new(Line::from(spans)), head);
    let layout = layout_guide(&steps, body.width, model.guide_step, theme);
    let top = model.guide_top.min(layout.lines.len().saturating_sub(1));
    let visible: Vec<Line> = layout
        .lines
        .into_iter()
        .skip(top)
        .take(usize::from(body.height))
        .collect();
    frame.render_widget(Paragraph::new(visible), body);
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
        "keys-help"
    } else {
        match model.screen {
            Screen::Home => "keys-home",
            Screen::ErrorMessage => "triage-keys-error-message",
            Screen::Context => super::probe_view::CONTEXT_KEYS_ID,
            Screen::Guide if aws_auth_screen::offered(model.symptom) => "keys-guide-aws-auth",
            Screen::Guide => "keys-guide",
            Screen::AwsAuth => aws_auth_screen::keys_id(model),
            Screen::Probes => super::probe_view::keys_id(model),
        }
    };
    let text = truncate_to_width(
        &format!(" {}", tr!(model.lang, id)),
        usize::from(area.width),
    );
    frame.render_widget(Paragraph::new(Span::styled(text, theme.header)), area);
}

/// A bordered box of `size` cells centred in `area`, cleared and titled; returns the area
/// inside it (one cell of padding left and right) for the caller's lines.
pub(super) fn draw_popup(
    frame: &mut Frame,
    area: Rect,
    (width, height): (u16, u16),
    title: &str,
    theme: &Theme,
) -> Rect {
    let popup = Rect {
        x: area.x + area.width.saturating_sub(width) / 2,
        y: area.y + area.height.saturating_sub(height) / 2,
        width: width.min(area.width),
        height: height.min(area.height),
    };
    frame.render_widget(Clear, popup);
    // A wide character just left of the box would be drawn over its left border (the
    // terminal gives it two cells): blank it, so no character is shown cut in half.
    if popup.x > 0 {
        let buffer = frame.buffer_mut();
        for y in popup.top()..popup.bottom() {
            if let Some(cell) = buffer.cell_mut((popup.x - 1, y))
                && cell.symbol().width() > 1
            {
                cell.set_symbol(" ");
            }
        }
    }
    let block = Block::default()
        .borders(Borders::ALL)
        .border_set(theme.border)
        .title(Span::styled(format!(" {title} "), theme.title));
    let inner = block.inner(popup).inner(ratatui::layout::Margin::new(1, 0));
    frame.render_widget(block, popup);
    inner
}

fn draw_help(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let width = area.width.saturating_sub(4).min(76);
    let height = area.height.min(22);
    let inner = draw_popup(
        frame,
        area,
        (width, height),
        &tr!(lang, "help-title"),
        theme,
    );
    let mut rows = vec![
        ("help-key-move", "help-move"),
        ("help-key-enter", "help-enter"),
        ("help-key-back", "help-back"),
        ("help-key-tab", "help-tab"),
        ("help-key-copy", "help-copy"),
        ("help-key-page", "help-page"),
        ("help-key-aws-auth", "help-aws-auth"),
        ("help-key-lang", "help-lang"),
        ("help-key-help", "help-help"),
        ("help-key-quit", "help-quit"),
    ];
    // The error-message screen is a text box: its command keys are said where they apply.
    if model.screen == Screen::ErrorMessage {
        rows.insert(0, ("help-key-error-box", "help-error-box"));
    }
    let key_width = rows
        .iter()
        .map(|(k, _)| tr!(lang, k).width())
        .max()
        .unwrap_or(0);
    let mut lines: Vec<Line> = Vec::new();
    for (key_id, text_id) in rows {
        let key = tr!(lang, key_id);
        let pad = " ".repeat(key_width.saturating_sub(key.width()) + 2);
        let text_width = usize::from(inner.width).saturating_sub(key_width + 2);
        for (n, piece) in wrap_words(&tr!(lang, text_id), text_width)
            .into_iter()
            .enumerate()
        {
            if n == 0 {
                lines.push(Line::from(vec![
                    Span::styled(key.clone(), theme.title),
                    Span::raw(pad.clone()),
                    Span::raw(piece),
                ]));
            } else {
                lines.push(Line::from(format!("{}{piece}", " ".repeat(key_width + 2))));
            }
        }
    }
    lines.push(Line::default());
    for piece in wrap_words(&tr!(lang, "help-footer"), usize::from(inner.width)) {
        lines.push(Line::from(Span::styled(piece, theme.dim)));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
