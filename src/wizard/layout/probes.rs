//! The check screen (`Screen::Probes`): the list of checks, one check's evidence (scrolled by
//! source line), and the AssumeRole question's popup.

use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};

use crate::i18n::Lang;
use crate::probes::{ProbeReport, evidence_text};
use crate::tr;
use crate::wizard::guide_layout::wrap_words;
use crate::wizard::layout::geometry::{centred, popup_inner, screen_inner, split_top};
use crate::wizard::model::Model;
use crate::wizard::queries::case::collected_kubeconfig;
use crate::wizard::theme::Theme;

/// Rows above the evidence: the check's title and a blank line.
const EVIDENCE_HEADER_ROWS: u16 = 2;

pub struct ListAreas {
    pub intro: Rect,
    pub settings: Rect,
    pub list: Rect,
    pub footer: Rect,
}

/// The check list's areas; the settings row grows by the collected kubeconfig's lines when an
/// opened case has them.
pub fn list_areas(model: &Model, inner: Rect) -> ListAreas {
    let kubeconfig_rows = u16::try_from(collected_kubeconfig(model).len()).unwrap_or(0);
    let [intro, settings, list, footer] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1 + kubeconfig_rows),
        Constraint::Min(1),
        // The footer's summary wraps to a second row rather than being cut.
        Constraint::Length(2),
    ])
    .areas(inner);
    ListAreas {
        intro,
        settings,
        list,
        footer,
    }
}

pub struct EvidenceAreas {
    pub head: Rect,
    pub body: Rect,
}

pub fn evidence_areas(inner: Rect) -> EvidenceAreas {
    let (head, body) = split_top(inner, EVIDENCE_HEADER_ROWS);
    EvidenceAreas { head, body }
}

/// How far PageUp and PageDown move the evidence at a terminal of `size`: a screen less one
/// line, so the line at the edge stays in view.
pub fn evidence_page(size: (u16, u16)) -> usize {
    let body = evidence_areas(screen_inner(size)).body;
    usize::from(body.height.saturating_sub(1).max(1))
}

pub use crate::report::outcome_label;

/// What the evidence view shows for a report, line by line, before wrapping.
pub fn evidence_lines(report: &ProbeReport, lang: Lang) -> Vec<String> {
    let mut lines = vec![
        tr!(
            lang,
            "probe-screen-evidence-outcome",
            outcome = outcome_label(&report.outcome, lang),
            ms = u64::try_from(report.duration.as_millis()).unwrap_or(u64::MAX)
        ),
        crate::wizard::queries::words::summary(report, lang),
        String::new(),
    ];
    if report.evidence.is_empty() {
        lines.push(tr!(lang, "probe-screen-evidence-none"));
    } else {
        let heading = if report.id.asks_the_cluster() {
            "probe-screen-evidence-heading-cluster"
        } else {
            "probe-screen-evidence-heading"
        };
        lines.push(tr!(lang, heading));
        for (key, value) in &report.evidence {
            lines.push(format!("  {key}: {}", evidence_text(value)));
        }
    }
    for finding in &report.findings {
        lines.push(String::new());
        lines.push(tr!(
            lang,
            "probe-screen-evidence-finding",
            title = finding.title(lang)
        ));
        lines.push(crate::wizard::queries::words::finding_detail(finding, lang));
    }
    lines
}

/// The evidence on screen: the source lines from `top`, each wrapped to the body's width.
/// Each source line is scrolled as a unit, so the view and `update` agree on positions.
pub fn visible_evidence(
    report: &ProbeReport,
    top: usize,
    lang: Lang,
    body: Rect,
) -> Vec<Line<'static>> {
    let width = usize::from(body.width);
    let mut lines: Vec<Line> = Vec::new();
    for source in evidence_lines(report, lang).into_iter().skip(top) {
        if source.is_empty() {
            lines.push(Line::default());
            continue;
        }
        for piece in wrap_words(&source, width) {
            lines.push(Line::from(piece));
        }
        if lines.len() >= usize::from(body.height) {
            break;
        }
    }
    lines.truncate(usize::from(body.height));
    lines
}

/// The AssumeRole question: where its popup goes, where its text goes inside, and the text.
pub struct PromptLayout {
    pub popup: Rect,
    pub inner: Rect,
    pub lines: Vec<Line<'static>>,
}

pub fn prompt(model: &Model, area: Rect, theme: &Theme) -> Option<PromptLayout> {
    let lang = model.lang;
    let prompt = model.probes.prompt.as_ref()?;
    let width = area.width.saturating_sub(4).min(72);
    let inner_width = usize::from(width.saturating_sub(4));
    let mut lines: Vec<Line> = Vec::new();
    let text = match &prompt.kubectl_context {
        None => tr!(lang, "probe-prompt-text", role = prompt.role_arn.clone()),
        Some(context) => tr!(
            lang,
            "probe-prompt-text-kubectl",
            role = prompt.role_arn.clone(),
            context = context.clone()
        ),
    };
    for piece in wrap_words(&text, inner_width) {
        lines.push(Line::from(piece));
    }
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        tr!(lang, "probe-prompt-question"),
        theme.title,
    )));
    let height = (u16::try_from(lines.len()).unwrap_or(u16::MAX) + 2).min(area.height);
    let popup = centred(area, (width, height));
    Some(PromptLayout {
        popup,
        inner: popup_inner(popup),
        lines,
    })
}
