//! Opening a case file in the wizard: the values, the pasted error and the collected checks
//! take their places, and the check screen shows them marked as collected. Nothing here asks
//! AWS anything; only F5 starts a live run (`update/probes.rs`).

use tui_input::Input;

use crate::guide::Symptom;
use crate::wizard::model::case::{OpenedCase, RunOrigin};
use crate::wizard::model::error_message::ErrorPaste;
use crate::wizard::model::{Model, Screen};

/// Puts `case` on screen: the check screen with its results, the details it was collected
/// with, the pasted error and its reading.
pub fn open(model: &mut Model, case: OpenedCase) {
    for (field, value) in &case.values {
        model.inputs.insert(*field, Input::new(value.clone()));
    }
    if let Some((text, triage)) = &case.pasted {
        model.error_paste = ErrorPaste {
            text: text.clone(),
            reading: Some(Ok(triage.clone())),
            choice: None,
        };
    }
    model.symptom = Some(case.symptom);
    model.focus = 0;
    model.guide_step = 0;
    model.guide_top = 0;
    if let Some(index) = Symptom::ALL.iter().position(|s| *s == case.symptom) {
        model.home_cursor = index;
    }
    let context = model.context();
    let state = &mut model.probes;
    state.plan = case.reports.iter().map(|report| report.id).collect();
    state.plan_error = None;
    state.reports = case
        .reports
        .iter()
        .map(|report| (report.id, report.clone()))
        .collect();
    state.symptom = Some(case.symptom);
    state.context = Some(context);
    state.started = true;
    state.region = Some(case.region.clone());
    state.cursor = 0;
    state.evidence_open = false;
    state.evidence_top = 0;
    state.prompt = None;
    state.origin = RunOrigin::Collected;
    model.case = Some(case);
    model.screen = Screen::Probes;
}
