//! The aws-auth screen: the path row, the status row, then the report's lines. The report is
//! laid out once per load, width, language and case (see [`LayoutKey`]) by a job off the run
//! loop (`wizard/jobs.rs`) and kept in the model; `update` scrolls within it and the view copies
//! only the lines it shows.

use std::sync::Arc;

use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use unicode_width::UnicodeWidthStr;

use crate::aws_auth::fix::{FixContext, FixPlan};
use crate::aws_auth::report::{self, MAX_LISTED_FINDINGS, entry_label, severity_label};
use crate::aws_auth::{AwsAuth, ConfigMapError, LintFinding, Severity};
use crate::guide::Field;
use crate::i18n::Lang;
use crate::tr;
use crate::wizard::guide_layout::{wrap_code, wrap_words};
use crate::wizard::layout::geometry::{screen_inner, split_top};
use crate::wizard::model::Model;
use crate::wizard::model::aws_auth::{FileReadError, LayoutInputs, LayoutKey, LoadError, Source};
use crate::wizard::queries::aws_auth::build_report;
use crate::wizard::queries::probes::guide_context;
use crate::wizard::theme::Theme;

/// Header rows above the report: the path, the status row and a blank line.
const HEADER_ROWS: u16 = 3;

pub struct AwsAuthAreas {
    pub path: Rect,
    pub status: Rect,
    pub report: Rect,
}

pub fn areas(inner: Rect) -> AwsAuthAreas {
    let (path, below) = split_top(inner, 1);
    let (status, _) = split_top(below, 1);
    let (_, report) = split_top(inner, HEADER_ROWS);
    AwsAuthAreas {
        path,
        status,
        report,
    }
}

/// The width and height the report's lines are drawn in, for a terminal of `size`.
pub fn report_viewport(size: (u16, u16)) -> (u16, u16) {
    let report = areas(screen_inner(size)).report;
    (report.width, report.height)
}

fn layout_key(model: &Model, width: u16) -> LayoutKey {
    LayoutKey {
        loads: model.aws_auth.loads,
        width,
        lang: model.lang,
        appearance: model.appearance,
        symptom: model.symptom,
        context: model.context(),
        guide_context: guide_context(model),
        profile: model.aws.command_profile(),
    }
}

/// The layout the screen needs at the terminal's width, with what to lay it out from: `None`
/// when the model keeps that layout already or a job is making it.
pub fn wanted_layout(model: &Model) -> Option<(LayoutKey, LayoutInputs)> {
    let width = report_viewport(model.size).0;
    let key = layout_key(model, width);
    let state = &model.aws_auth;
    if state.layout.as_ref().is_some_and(|l| l.key == key)
        || state.laying_out.as_ref().is_some_and(|(_, k)| *k == key)
    {
        return None;
    }
    let inputs = inputs_for(model, &key);
    Some((key, inputs))
}

/// What the report is made from, at the terminal's width: for a job that words it.
pub fn layout_inputs(model: &Model) -> LayoutInputs {
    let key = layout_key(model, report_viewport(model.size).0);
    inputs_for(model, &key)
}

fn inputs_for(model: &Model, key: &LayoutKey) -> LayoutInputs {
    LayoutInputs {
        loaded: model.aws_auth.loaded.clone(),
        lang: key.lang,
        width: key.width,
        appearance: key.appearance,
        symptom: key.symptom,
        context: key.context.clone(),
        guide_context: key.guide_context.clone(),
        profile: key.profile.clone(),
    }
}

/// The report's lines as last laid out. While a new layout is being made (after a resize or a
/// language switch) the previous one stands in; before the first, there are none.
pub fn report_lines(model: &Model) -> Arc<Vec<Line<'static>>> {
    match &model.aws_auth.layout {
        Some(layout) => layout.lines.clone(),
        None => Arc::default(),
    }
}

/// How far down the report's top line may go at the terminal's size.
pub fn max_top(model: &Model) -> usize {
    let (_, height) = report_viewport(model.size);
    report_lines(model)
        .len()
        .saturating_sub(usize::from(height))
}

/// Lines on one screen.
pub fn page(size: (u16, u16)) -> usize {
    usize::from(report_viewport(size).1.max(1))
}

/// The lines on screen, from the report's top line.
pub fn visible(model: &Model, report: Rect) -> Vec<Line<'static>> {
    let lines = report_lines(model);
    let top = model.aws_auth.top.min(lines.len().saturating_sub(1));
    lines
        .iter()
        .skip(top)
        .take(usize::from(report.height))
        .cloned()
        .collect()
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

/// The screen's scrollable lines for a width in cells, laid out now (by a job: seconds for a
/// large map).
pub fn lay_out_report(inputs: &LayoutInputs, theme: &Theme) -> Vec<Line<'static>> {
    let lang = inputs.lang;
    let mut out = Lines {
        lines: Vec::new(),
        width: usize::from(inputs.width).max(20),
        theme,
    };
    let Some(loaded) = &inputs.loaded else {
        out.prose(&tr!(lang, "aws-auth-screen-intro"), 0, Style::new());
        out.blank();
        principal_line(inputs, &mut out);
        return out.lines;
    };
    match &loaded.outcome {
        Err(error) => load_error_lines(lang, &loaded.source, error, &mut out),
        Ok(auth) => {
            let screen = build_report(
                auth,
                &inputs.guide_context,
                inputs.symptom,
                inputs.profile.as_deref(),
                lang,
            );
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
                (None, None) => principal_line(inputs, &mut out),
            }
            fix_lines(&screen.report.plan, &screen.ctx, lang, &mut out);
        }
    }
    out.lines
}

fn principal_line(inputs: &LayoutInputs, out: &mut Lines) {
    let lang = inputs.lang;
    match inputs.context.get(Field::PrincipalArn) {
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
