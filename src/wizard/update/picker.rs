//! The profile, Region and kubeconfig-context pickers: open one on the details or the check
//! screen, move, choose or close. A choice that changes what the checks would use drops this
//! wizard's results: they were asked with the old one, and a new run is needed.

use tui_input::Input;

use crate::guide::Field;
use crate::wizard::keys::Action;
use crate::wizard::model::Model;
use crate::wizard::model::picker::{Picker, PickerKind};
use crate::wizard::msg::Cmd;
use crate::wizard::queries::case::showing_collected;
use crate::wizard::queries::picker::{choices, current};

/// Opens a picker with the cursor on the choice in use.
pub fn open(model: &mut Model, kind: PickerKind) {
    let choices = choices(model, kind);
    let in_use = current(model, kind);
    let cursor = choices
        .iter()
        .position(|choice| Some(choice) == in_use.as_ref())
        .unwrap_or(0);
    model.picker = Some(Picker {
        kind,
        choices,
        cursor,
    });
}

pub fn act(model: &mut Model, action: Action) -> Vec<Cmd> {
    let Some(picker) = model.picker.as_mut() else {
        return vec![];
    };
    let last = picker.choices.len().saturating_sub(1);
    match action {
        Action::Up => picker.cursor = picker.cursor.saturating_sub(1),
        Action::Down => picker.cursor = (picker.cursor + 1).min(last),
        Action::ClosePicker => model.picker = None,
        Action::ChoosePicked => {
            let kind = picker.kind;
            let chosen = picker.choices.get(picker.cursor).cloned();
            model.picker = None;
            if let Some(chosen) = chosen {
                choose(model, kind, &chosen);
            }
        }
        _ => {}
    }
    vec![]
}

/// Puts the choice in use; drops the results when it changed anything.
pub fn choose(model: &mut Model, kind: PickerKind, chosen: &str) {
    // Picking the profile AWS_PROFILE already names still changes who signs when keys are in
    // the environment: named, it sets them aside.
    let names_it =
        kind == PickerKind::Profile && !model.aws.profile_named && model.aws.environment_keys;
    if current(model, kind).as_deref() == Some(chosen) && !names_it {
        return;
    }
    match kind {
        PickerKind::Profile => {
            // `default` names the default profile even when AWS_PROFILE names another.
            model.aws.profile = Some(chosen.to_owned());
            model.aws.profile_named = true;
        }
        PickerKind::Region => set_field(model, Field::Region, chosen),
        PickerKind::Context => {
            let Some(context) = model
                .choices
                .contexts
                .iter()
                .find(|context| context.context == chosen)
                .cloned()
            else {
                return;
            };
            // The cluster and Region the old context filled (or nobody typed) follow the new
            // context; what the person typed stays.
            let before = model.aws.kubectl.as_ref().map(|old| old.target.clone());
            for (field, old, new) in [
                (
                    Field::Cluster,
                    before.as_ref().and_then(|t| t.cluster_name.clone()),
                    context.target.cluster_name.clone(),
                ),
                (
                    Field::Region,
                    before.as_ref().and_then(|t| t.region.clone()),
                    context.target.region.clone(),
                ),
            ] {
                let typed = model
                    .context()
                    .get(field)
                    .unwrap_or_default()
                    .trim()
                    .to_owned();
                let untyped = typed.is_empty() || old.is_some_and(|(old, _)| old == typed);
                if untyped && let Some((value, _)) = new {
                    set_field(model, field, &value);
                }
            }
            model.aws.kube_context = Some(context.context.clone());
            model.aws.kubectl = Some(context);
        }
    }
    drop_results(model, kind);
}

fn set_field(model: &mut Model, field: Field, value: &str) {
    model.inputs.insert(field, Input::new(value.to_owned()));
}

/// This wizard's results were asked with what just changed: none of them stays on screen.
/// An opened case's collected results stay (they are the case's, whoever looks at them).
fn drop_results(model: &mut Model, kind: PickerKind) {
    if showing_collected(model) {
        return;
    }
    let state = &mut model.probes;
    if !state.started && state.reports.is_empty() {
        return;
    }
    state.generation += 1;
    state.started = false;
    state.reports.clear();
    state.region = None;
    state.evidence_open = false;
    state.evidence_top = 0;
    state.prompt = None;
    state.changed_by = Some(kind);
}
