//! The guide's keys: choose a step, page through, copy a step's commands, write the report,
//! and open the checks or the aws-auth screen.

use crate::guide::{self, render};
use crate::wizard::keys::Action;
use crate::wizard::layout::guide::{guide_viewport, positions};
use crate::wizard::model::{Model, Notice, Screen};
use crate::wizard::msg::Cmd;
use crate::wizard::queries::guide::rendered_steps;
use crate::wizard::queries::probes::current_reports;
use crate::wizard::update::{aws_auth, probes, report, save, search};

pub fn act(model: &mut Model, action: Action) -> Vec<Cmd> {
    let Some(symptom) = model.symptom else {
        model.screen = Screen::Home;
        return vec![];
    };
    let step_count = guide::guide_for(symptom)
        .map(|g| g.steps.len())
        .unwrap_or(0);
    let page = usize::from(guide_viewport(model.size).1.max(1));
    match action {
        Action::Back => model.screen = Screen::Context,
        Action::NextStep if step_count > 0 => {
            model.guide_step = (model.guide_step + 1).min(step_count - 1);
            scroll_to_step(model);
        }
        Action::PreviousStep => {
            model.guide_step = model.guide_step.saturating_sub(1);
            scroll_to_step(model);
        }
        Action::Top => {
            model.guide_step = 0;
            scroll_to_step(model);
        }
        Action::Bottom if step_count > 0 => {
            model.guide_step = step_count - 1;
            scroll_to_step(model);
        }
        Action::PageDown => scroll_by(model, page as isize),
        Action::PageUp => scroll_by(model, -(page as isize)),
        Action::CopyStep => return copy_step(model),
        Action::WriteReport => {
            // The report carries the live checks' evidence when they were run for this case.
            let probes = current_reports(model);
            return report::write(model, &probes);
        }
        Action::ToggleRedaction => report::toggle_redact(model),
        Action::SaveCase => save::open_save(model),
        Action::CopyWholeReport => {
            let probes = current_reports(model);
            return report::copy_all(model, &probes);
        }
        Action::OpenAwsAuth => return aws_auth::open(model),
        Action::RunChecks => return probes::open(model),
        Action::LiveRun => return probes::live(model),
        Action::Search => search::start(model),
        Action::NextMatch => search::jump(model, true),
        Action::PreviousMatch => search::jump(model, false),
        _ => {}
    }
    vec![]
}

fn copy_step(model: &mut Model) -> Vec<Cmd> {
    let steps = rendered_steps(model);
    match steps.get(model.guide_step) {
        Some(step) if !step.blocks.is_empty() => {
            let text = render::step_commands(step);
            model.notice = Some(Notice::Copied {
                step: model.guide_step + 1,
                bytes: text.len(),
            });
            vec![Cmd::CopyToClipboard(text)]
        }
        _ => {
            model.notice = Some(Notice::NothingToCopy);
            vec![]
        }
    }
}

/// Brings the chosen step's first line to the top, as far as the guide scrolls.
pub fn scroll_to_step(model: &mut Model) {
    let positions = positions(model);
    let start = positions
        .step_starts
        .get(model.guide_step)
        .copied()
        .unwrap_or(0);
    model.guide_top = start.min(positions.max_top);
}

fn scroll_by(model: &mut Model, delta: isize) {
    let positions = positions(model);
    model.guide_top = model
        .guide_top
        .saturating_add_signed(delta)
        .min(positions.max_top);
    // The chosen step follows the page: the last step that starts on or above the top line.
    model.guide_step = positions
        .step_starts
        .iter()
        .rposition(|start| *start <= model.guide_top)
        .unwrap_or(0);
}

/// Keeps the chosen step in view after the size, the language or the steps changed.
pub fn clamp_scroll(model: &mut Model) {
    if model.screen == Screen::Guide {
        scroll_to_step(model);
    }
}
