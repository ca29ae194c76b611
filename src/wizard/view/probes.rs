//! Drawing the check screen (`Screen::Probes`): the plan with each check's state, a check's
//! evidence, and the AssumeRole question.

use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span, Text};
use ratatui::widgets::{List, ListItem, ListState, Paragraph};
use unicode_width::UnicodeWidthStr;

use crate::guide::Symptom;
use crate::probes::{Outcome, ProbeId};
use crate::tr;
use crate::wizard::cells::truncate_to_width;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::probes::{
    EvidenceAreas, ListAreas, evidence_areas, list_areas, outcome_label, prompt as layout_prompt,
    visible_evidence,
};
use crate::wizard::layout::status::region_text;
use crate::wizard::model::Model;
use crate::wizard::queries::case::{collected_kubeconfig, showing_collected};
use crate::wizard::queries::probes::current_findings;
use crate::wizard::theme::Theme;
use crate::wizard::view::widgets::{highlight_matches, popup};

const SPINNER: [&str; 10] = ["⠋", "⠙", "⠹", "⠸", "⠼", "⠴", "⠦", "⠧", "⠇", "⠏"];
const SPINNER_ASCII: [&str; 4] = ["|", "/", "-", "\\"];

pub fn title(model: &Model, symptom: Symptom) -> String {
    tr!(
        model.lang,
        if showing_collected(model) {
            "case-probe-title-collected"
        } else {
            "probe-screen-title"
        },
        symptom = tr!(model.lang, &symptom.title_id())
    )
}

fn glyph(model: &Model, id: ProbeId) -> &'static str {
    let ascii = model.appearance.ascii_borders;
    let state = &model.probes;
    match state.reports.get(&id).map(|r| &r.outcome) {
        Some(Outcome::Ok) => {
            if ascii {
                "+"
            } else {
                "✓"
            }
        }
        Some(Outcome::Problem) => {
            if ascii {
                "x"
            } else {
                "✗"
            }
        }
        Some(Outcome::Unknown(_)) => "?",
        Some(Outcome::Skipped(_)) => "-",
        None if !state.started => ".",
        None if ascii => SPINNER_ASCII[state.spinner % SPINNER_ASCII.len()],
        None => SPINNER[state.spinner % SPINNER.len()],
    }
}

pub fn draw(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    if let Some(error) = &model.probes.plan_error {
        let text = tr!(lang, "error-guide-data", details = error.clone());
        let lines: Vec<Line> = wrap_words(&text, usize::from(area.width))
            .into_iter()
            .map(|l| Line::from(Span::styled(l, theme.error)))
            .collect();
        frame.render_widget(Paragraph::new(lines), area);
        return;
    }
    if model.probes.evidence_open {
        draw_evidence(model, frame, area, theme);
    } else {
        draw_list(model, frame, area, theme);
    }
    if model.probes.prompt.is_some() {
        draw_prompt(model, frame, area, theme);
    }
}

/// The profile, Region and time limits of the run; without the time limits where the whole
/// does not fit in `width` cells (the profile and Region matter more).
fn settings_line(model: &Model, width: usize) -> String {
    let lang = model.lang;
    let state = &model.probes;
    if let Some(case) = &model.case
        && showing_collected(model)
    {
        let line = tr!(
            lang,
            "case-probe-settings-collected",
            profile = case
                .profile
                .clone()
                .unwrap_or_else(|| tr!(lang, "status-default-profile")),
            region = case
                .region
                .clone()
                .unwrap_or_else(|| tr!(lang, "status-not-set"))
        );
        return truncate_to_width(&line, width);
    }
    let profile = model.aws.credentials_words(lang);
    // Beside an opened case, the run is said to be the person's own.
    let live = |settings: String| {
        if model.case.is_some() {
            tr!(lang, "case-probe-settings-live", settings = settings)
        } else {
            settings
        }
    };
    let full = live(tr!(
        lang,
        "probe-screen-settings",
        profile = profile.clone(),
        region = region_text(model),
        connect = format_seconds(state.connect_timeout),
        call = format_seconds(state.call_timeout)
    ));
    if full.width() <= width {
        return full;
    }
    truncate_to_width(
        &live(tr!(
            lang,
            "probe-screen-settings-short",
            profile = profile,
            region = region_text(model)
        )),
        width,
    )
}

fn language_id(lang: crate::i18n::Lang) -> &'static str {
    match lang {
        crate::i18n::Lang::En => "case-language-en",
        crate::i18n::Lang::Ja => "case-language-ja",
    }
}

/// Beside a live run: what the case collected for the same check.
fn collected_label(model: &Model, id: ProbeId) -> Option<String> {
    let case = model.case.as_ref().filter(|_| !showing_collected(model))?;
    let lang = model.lang;
    let label = match case.reports.iter().find(|report| report.id == id) {
        Some(report) => outcome_label(&report.outcome, lang),
        None => tr!(lang, "case-probe-not-collected"),
    };
    Some(tr!(lang, "case-probe-collected-label", outcome = label))
}

fn format_seconds(duration: std::time::Duration) -> String {
    let ms = duration.as_millis();
    if ms.is_multiple_of(1000) {
        format!("{} s", ms / 1000)
    } else {
        format!("{ms} ms")
    }
}

fn draw_list(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let state = &model.probes;
    let ListAreas {
        intro,
        settings,
        list: list_area,
        footer,
    } = list_areas(model, area);
    let width = usize::from(area.width);
    let intro_text = match &model.case {
        Some(case) if showing_collected(model) => tr!(
            lang,
            "case-probe-intro-collected",
            at = case.collected_at.clone(),
            version = case.version.clone(),
            language = tr!(lang, language_id(case.lang))
        ),
        _ => tr!(lang, "probe-screen-intro"),
    };
    let intro_lines: Vec<Line> = wrap_words(&intro_text, width)
        .into_iter()
        .take(2)
        .map(Line::from)
        .collect();
    frame.render_widget(Paragraph::new(intro_lines), intro);
    let settings_lines: Vec<Line> = std::iter::once(settings_line(model, width))
        .chain(
            collected_kubeconfig(model)
                .iter()
                .map(|line| truncate_to_width(line, width)),
        )
        .map(|line| Line::from(Span::styled(line, theme.dim)))
        .collect();
    frame.render_widget(Paragraph::new(settings_lines), settings);
    let items: Vec<ListItem> = state
        .plan
        .iter()
        .map(|id| {
            let title = tr!(lang, &id.title_id());
            let (label, detail) = match state.reports.get(id) {
                Some(report) => (
                    outcome_label(&report.outcome, lang),
                    crate::wizard::queries::words::summary(report, lang),
                ),
                None if !state.started => (tr!(lang, "probe-screen-pending"), String::new()),
                None => {
                    let waiting: Vec<String> = id
                        .needs()
                        .iter()
                        .filter(|need| !state.reports.contains_key(*need))
                        .map(|need| tr!(lang, &need.title_id()))
                        .collect();
                    let detail = if waiting.is_empty() {
                        String::new()
                    } else {
                        tr!(
                            lang,
                            "probe-screen-waiting-for",
                            probes = waiting
                                .into_iter()
                                .reduce(|first, second| tr!(
                                    lang,
                                    "probe-screen-list-pair",
                                    first = first,
                                    second = second
                                ))
                                .unwrap_or_default()
                        )
                    };
                    (tr!(lang, "probe-screen-running"), detail)
                }
            };
            let label_style = match state.reports.get(id).map(|r| &r.outcome) {
                Some(Outcome::Problem) | Some(Outcome::Unknown(_)) => theme.error,
                _ => theme.dim,
            };
            let mut head = vec![
                Span::styled(format!("{} ", glyph(model, *id)), theme.title),
                Span::raw(title),
                Span::raw("  "),
                Span::styled(format!("[{label}]"), label_style),
            ];
            if let Some(collected) = collected_label(model, *id) {
                head.push(Span::styled(format!("  {collected}"), theme.dim));
            }
            // The summary wraps under the title: a check's answer is never cut.
            let mut lines = vec![Line::from(head)];
            for piece in wrap_words(&detail, width.saturating_sub(6).max(10)) {
                lines.push(Line::from(Span::styled(format!("    {piece}"), theme.dim)));
            }
            if lines.len() == 1 {
                lines.push(Line::default());
            }
            ListItem::new(Text::from(lines))
        })
        .collect();
    let list = List::new(items)
        .highlight_style(theme.selected)
        .highlight_symbol(Line::from(format!("{} ", theme.marker)));
    let mut list_state = ListState::default().with_selected(Some(state.cursor));
    frame.render_stateful_widget(list, list_area, &mut list_state);
    let done = state.reports.len();
    let total = state.plan.len();
    let footer_text = if showing_collected(model) {
        tr!(
            lang,
            "case-probe-footer-collected",
            findings = current_findings(model).len()
        )
    } else if let (false, Some(kind)) = (state.started, state.changed_by) {
        tr!(lang, changed_footer_id(kind))
    } else if !state.started {
        tr!(lang, "probe-screen-footer-not-started")
    } else if state.running() {
        tr!(
            lang,
            "probe-screen-footer-running",
            done = done,
            total = total
        )
    } else {
        let findings = current_findings(model).len();
        if crate::probes::none_answered(state.reports.values()) {
            tr!(
                lang,
                "probe-screen-footer-none-answered",
                findings = findings
            )
        } else {
            tr!(lang, "probe-screen-footer-done", findings = findings)
        }
    };
    let footer_lines: Vec<Line> = wrap_words(&footer_text, width)
        .into_iter()
        .take(usize::from(footer.height))
        .map(|piece| Line::from(Span::styled(piece, theme.title)))
        .collect();
    frame.render_widget(Paragraph::new(footer_lines), footer);
}

fn draw_evidence(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let lang = model.lang;
    let state = &model.probes;
    let Some(id) = state.plan.get(state.cursor) else {
        return;
    };
    let Some(report) = state.reports.get(id) else {
        return;
    };
    let EvidenceAreas { head, body } = evidence_areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            tr!(
                lang,
                if showing_collected(model) {
                    "case-probe-evidence-title"
                } else {
                    "probe-screen-evidence-title"
                },
                probe = tr!(lang, &id.title_id())
            ),
            theme.title,
        )),
        head,
    );
    frame.render_widget(
        Paragraph::new(highlight_matches(
            model,
            visible_evidence(report, state.evidence_top, lang, body),
            theme,
        )),
        body,
    );
}

fn draw_prompt(model: &Model, frame: &mut Frame, area: Rect, theme: &Theme) {
    let Some(prompt) = layout_prompt(model, area, theme) else {
        return;
    };
    popup(
        frame,
        prompt.popup,
        &tr!(model.lang, "probe-prompt-title"),
        theme,
    );
    frame.render_widget(Paragraph::new(prompt.lines), prompt.inner);
}

/// The footer once a picker changed what the checks use and their results were dropped.
fn changed_footer_id(kind: crate::wizard::model::picker::PickerKind) -> &'static str {
    use crate::wizard::model::picker::PickerKind;
    match kind {
        PickerKind::Profile => "probe-screen-footer-profile-changed",
        PickerKind::Region => "probe-screen-footer-region-changed",
        PickerKind::Context => "probe-screen-footer-context-changed",
    }
}
