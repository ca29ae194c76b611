//! Drawing the aws-auth screen. The report's lines are laid out here for both the view (to
//! draw) and the update (to know how far it scrolls), so the two never disagree.

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use unicode_width::UnicodeWidthStr;

use super::aws_auth_screen::{
    AwsAuthFocus, FileReadError, HEADER_ROWS, LoadError, ScreenNotice, Source, screen_report,
};
use super::cells::{skip_cells, truncate_to_width};
use super::guide_layout::{wrap_code, wrap_words};
use super::model::Model;
use super::theme::Theme;
use crate::aws_auth::fix::{FixContext, FixPlan};
use crate::aws_auth::report::{self, Report, entry_label, severity_label};
use crate::aws_auth::{AwsAuth, ConfigMapError, LintFinding, Severity};
use crate::guide::Field;
use crate::i18n::Lang;
use crate::tr;

/// The report and what it was built with.
pub struct ScreenReport {
    pub report: Report,
    pub ctx: FixContext,
    /// The principal of the details, when it is set but not an ARN the authenticator reads.
    pub principal_error: Option<String>,
}

pub fn build_report(model: &Model, auth: &AwsAuth) -> ScreenReport {
    // The details' principal, or the caller the identity check found when that was left blank.
    let context = super::probe_screen::guide_context(model);
    let ctx = FixContext {
        cluster: context.get(Field::Cluster).map(str::to_owned),
        region: context.get(Field::Region).map(str::to_owned),
        symptom: model.symptom,
        mode: None,
    };
    let principal = context.get(Field::PrincipalArn);
    match report::build(auth.clone(), principal, None, &ctx) {
        Ok(report) => ScreenReport {
            report,
            ctx,
            principal_error: None,
        },
        Err(error) => {
            let principal_error = Some(tr!(
                model.lang,
                "aws-auth-error-principal",
                arn = principal.unwrap_or_default(),
                details = error.to_string()
            ));
            // Without the principal the rest of the report still stands.
            let report = report::build(auth.clone(), None, None, &ctx).unwrap_or(Report {
                auth: auth.clone(),
                answer: None,
                decision: None,
                plan: FixPlan {
                    corrected_data: None,
                    entries: Vec::new(),
                    mode_steps: Vec::new(),
                },
            });
            ScreenReport {
                report,
                ctx,
                principal_error,
            }
        }
    }
}

pub fn title(model: &Model) -> String {
    let lang = model.lang;
    let symptom = model
        .symptom
        .map(|s| tr!(lang, &s.title_id()))
        .unwrap_or_default();
    tr!(lang, "aws-auth-screen-title", symptom = symptom)
}

/// Lines of text, wrapped to a width in cells.
struct Lines<'t> {
    lines: Vec<Line<'static>>,
    width: usize,
    theme: &'t Theme,
}

impl Lines<'_> {
    fn blank(&mut self) {
        self.lines.push(Line::default());
    }

    /// Prose, wrapped at words; every line of it indented by `indent` cells.
    fn prose(&mut self, text: &str, indent: usize, style: Style) {
        self.hanging(text, indent, indent, style);
    }

    /// Prose whose first line starts at `first` cells and the others at `rest` (a list item).
    fn hanging(&mut self, text: &str, first: usize, rest: usize, style: Style) {
        let width = self.width.saturating_sub(first.max(rest)).max(10);
        for (n, piece) in wrap_words(text, width).into_iter().enumerate() {
            let pad = " ".repeat(if n == 0 { first } else { rest });
            self.lines
                .push(Line::from(Span::styled(format!("{pad}{piece}"), style)));
        }
    }

    /// Code or YAML, cut by cells and never re-flowed, so it reads as it is copied.
    fn code(&mut self, text: &str, indent: usize) {
        let pad = " ".repeat(indent);
        for line in text.lines() {
            let pieces = vec![(line.to_owned(), self.theme.code)];
            for spans in wrap_code(&pieces, self.width.saturating_sub(indent).max(10)) {
                let mut row = vec![Span::raw(pad.clone())];
                row.extend(spans);
                self.lines.push(Line::from(row));
            }
        }
    }
}

/// The screen's scrollable lines for a width in cells.
pub fn report_lines(model: &Model, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let lang = model.lang;
    let mut out = Lines {
        lines: Vec::new(),
        width: usize::from(width).max(20),
        theme,
    };
    let state = &model.aws_auth;
    let Some(loaded) = &state.loaded else {
        out.prose(&tr!(lang, "aws-auth-screen-intro"), 0, Style::new());
        out.blank();
        principal_line(model, &mut out);
        return out.lines;
    };
    match &loaded.outcome {
        Err(error) => load_error_lines(lang, &loaded.source, error, &mut out),
        Ok(auth) => {
            let Some(screen) = screen_report(model) else {
                return out.lines;
            };
            out.prose(&summary(auth, lang), 0, theme.title);
            out.blank();
            findings_lines(auth, lang, &mut out);
            out.blank();
            match (&screen.report.answer, &screen.principal_error) {
                (_, Some(error)) => out.prose(error, 0, theme.error),
                (Some(answer), None) => {
                    let text = report::answer_text(answer, screen.report.decision.as_ref(), lang);
                    for (n, line) in text.lines().enumerate() {
                        let indent = line.len() - line.trim_start().len();
                        let style = if n == 0 { theme.title } else { Style::new() };
                        // A near miss is a list item: its wrapped lines line up after "- ".
                        let rest = if line.trim_start().starts_with("- ") {
                            indent + 2
                        } else {
                            indent
                        };
                        out.hanging(line.trim_start(), indent, rest, style);
                    }
                }
                (None, None) => principal_line(model, &mut out),
            }
            fix_lines(&screen.report.plan, &screen.ctx, lang, &mut out);
        }
    }
    out.lines
}

fn principal_line(model: &Model, out: &mut Lines) {
    let lang = model.lang;
    match model.context().get(Field::PrincipalArn) {
        Some(arn) => out.prose(
            &tr!(lang, "aws-auth-screen-answering-for", arn = arn),
            0,
            out.theme.dim,
        ),
        None => out.prose(&tr!(lang, "aws-auth-screen-no-principal"), 0, out.theme.dim),
    }
}

fn summary(auth: &AwsAuth, lang: Lang) -> String {
    let count = |severity| {
        auth.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
            .to_string()
    };
    tr!(
        lang,
        "aws-auth-screen-summary",
        errors = count(Severity::Error),
        warnings = count(Severity::Warning),
        infos = count(Severity::Info)
    )
}

/// Findings grouped by the entry they are about, each group under the entry's label, ARN and
/// input line.
fn findings_lines(auth: &AwsAuth, lang: Lang, out: &mut Lines) {
    let theme = out.theme;
    out.prose(&tr!(lang, "aws-auth-screen-findings-title"), 0, theme.title);
    if auth.findings.is_empty() {
        out.prose(&tr!(lang, "aws-auth-no-findings"), 2, Style::new());
        return;
    }
    let mut previous: Option<(Option<&str>, Option<usize>)> = None;
    for finding in auth.findings.iter().take(MAX_LISTED_FINDINGS) {
        let group = (finding.key.as_deref(), finding.index);
        if previous != Some(group) {
            if previous.is_some() {
                out.blank();
            }
            out.prose(&entry_heading(auth, finding, lang), 0, theme.value);
            previous = Some(group);
        }
        let severity_style = match finding.severity {
            Severity::Error => theme.error,
            Severity::Warning => theme.title,
            Severity::Info => theme.dim,
        };
        let mut head = format!(
            "[{}] {}",
            severity_label(finding.severity, lang),
            finding.code.id()
        );
        let label = entry_label(finding.key_label(), finding.index, lang);
        if let Some(field) = finding.field.as_ref().filter(|f| **f != label) {
            head.push_str(&format!(" · {field}"));
        }
        out.prose(&head, 2, severity_style);
        out.prose(&finding.message(lang), 4, Style::new());
        if let Some(suggestion) = &finding.suggestion {
            out.prose(&tr!(lang, "aws-auth-suggested"), 4, theme.dim);
            out.code(suggestion, 6);
        }
    }
    let more = auth.findings.len().saturating_sub(MAX_LISTED_FINDINGS);
    if more > 0 {
        out.blank();
        out.prose(
            &tr!(lang, "aws-auth-screen-findings-more", count = more),
            2,
            theme.dim,
        );
    }
}

/// The findings the screen lists one by one; the rest are counted (the summary above has
/// them all, and `C` copies the whole report).
pub const MAX_LISTED_FINDINGS: usize = 200;

fn entry_heading(auth: &AwsAuth, finding: &LintFinding, lang: Lang) -> String {
    let mut heading = entry_label(finding.key_label(), finding.index, lang);
    let entry = finding.index.and_then(|index| {
        auth.entries
            .iter()
            .find(|e| Some(e.key.as_str()) == finding.key.as_deref() && e.index == index)
    });
    if let Some(arn) = entry.and_then(|e| e.arn.as_deref()) {
        heading.push_str(&format!(" · {arn}"));
    }
    if let Some(line) = entry.and_then(|e| e.line).or(finding.line) {
        heading.push_str(&format!(
            " · {}",
            tr!(lang, "aws-auth-line", line = line.to_string())
        ));
    }
    heading
}

/// The fix as `report::fix_text` words it, with the commands and YAML set apart as code.
fn fix_lines(plan: &FixPlan, ctx: &FixContext, lang: Lang, out: &mut Lines) {
    if plan.corrected_data.is_none() && plan.entries.is_empty() {
        return;
    }
    let theme = out.theme;
    out.blank();
    out.prose(&tr!(lang, "aws-auth-fix-title"), 0, theme.title);
    out.prose(&tr!(lang, "aws-auth-fix-printed-only"), 0, theme.dim);
    if let Some(data) = &plan.corrected_data {
        out.blank();
        out.prose(&tr!(lang, "aws-auth-fix-corrected-data"), 2, Style::new());
        out.code(data, 4);
    }
    for entry in &plan.entries {
        let title = report::fix_entry_title(entry, lang);
        out.blank();
        out.prose(&title, 2, theme.value);
        out.prose(&tr!(lang, "aws-auth-fix-mapping"), 4, Style::new());
        out.code(&entry.mapping_yaml, 6);
        out.prose(&tr!(lang, "aws-auth-fix-eksctl"), 4, Style::new());
        out.code(&entry.eksctl.join("\n"), 6);
        if !entry.access_entry.is_empty() {
            out.prose(&tr!(lang, "aws-auth-fix-access-entry"), 4, Style::new());
            out.code(&entry.access_entry.join("\n"), 6);
        }
    }
    if !plan.mode_steps.is_empty() {
        let id = if ctx.mode.is_none() {
            "aws-auth-fix-mode-unknown"
        } else {
            "aws-auth-fix-mode-config-map"
        };
        out.blank();
        out.prose(&tr!(lang, id), 2, Style::new());
        out.code(&plan.mode_steps.join("\n"), 6);
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

pub fn read_error_message(path: &str, error: &FileReadError, lang: Lang) -> String {
    match error {
        FileReadError::NotFound => tr!(lang, "aws-auth-screen-error-not-found", path = path),
        FileReadError::PermissionDenied => {
            tr!(lang, "aws-auth-screen-error-permission", path = path)
        }
        FileReadError::NotAFile => tr!(lang, "aws-auth-screen-error-not-a-file", path = path),
        FileReadError::TooLarge { .. } => tr!(
            lang,
            "aws-auth-screen-error-too-large",
            path = path,
            details = error.words(lang)
        ),
        FileReadError::TimedOut => tr!(lang, "aws-auth-screen-error-timed-out", path = path),
        FileReadError::NoInput | FileReadError::Other(_) => tr!(
            lang,
            "aws-auth-error-read-file",
            path = path,
            details = error.words(lang)
        ),
    }
}

fn load_error_lines(lang: Lang, source: &Source, error: &LoadError, out: &mut Lines) {
    let theme = out.theme;
    let message = match (error, source) {
        (LoadError::Read(error), Source::File(path)) => {
            read_error_message(&path.display().to_string(), error, lang)
        }
        (LoadError::Read(error), Source::Paste { .. } | Source::Cluster(_)) => {
            read_error_message("-", error, lang)
        }
        (LoadError::Input { error, .. }, _) => report::input_error_message(error, lang),
    };
    out.prose(&message, 0, theme.error);
    if let LoadError::Input {
        error,
        excerpt: Some(excerpt),
    } = error
    {
        // The line the error points at, with a caret under the column.
        if let Some((line, column)) = error.line_col() {
            out.blank();
            let number = format!("{line:>4} | ");
            out.lines.push(Line::from(vec![
                Span::styled(number.clone(), theme.dim),
                Span::styled(excerpt.clone(), theme.code),
            ]));
            let before: String = excerpt.chars().take(column.saturating_sub(1)).collect();
            let caret_at = number.width() + before.width();
            if caret_at < out.width {
                out.lines.push(Line::from(Span::styled(
                    format!("{}^", " ".repeat(caret_at)),
                    theme.error,
                )));
            }
        }
    }
    out.blank();
    let hint = match error {
        LoadError::Input {
            error: ConfigMapError::Empty,
            ..
        } => None,
        _ => Some(tr!(lang, "aws-auth-screen-accepted")),
    };
    if let Some(hint) = hint {
        out.prose(&hint, 0, theme.dim);
    }
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let state = &model.aws_auth;
    let [path_row, status_row, _gap, body] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(HEADER_ROWS - 2),
        Constraint::Min(1),
    ])
    .areas(area);
    draw_path(model, frame, path_row, theme);
    let (text, style) = status(model, lang, theme);
    let text = truncate_to_width(&text, usize::from(status_row.width));
    frame.render_widget(Paragraph::new(Span::styled(text, style)), status_row);
    // Laid out once per load, width and language; a frame copies only what it shows.
    let lines = super::aws_auth_screen::report_lines(model, body.width);
    let top = state.top.min(lines.len().saturating_sub(1));
    let visible: Vec<Line> = lines
        .iter()
        .skip(top)
        .take(usize::from(body.height))
        .cloned()
        .collect();
    frame.render_widget(Paragraph::new(visible), body);
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
    if let Some(path) = &state.pending {
        let text = tr!(
            lang,
            "aws-auth-screen-reading",
            path = path.display().to_string()
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
