//! The guide's steps for the case on screen.

use crate::guide::{self, render};
use crate::wizard::model::Model;
use crate::wizard::queries::probes::{finding_steps, guide_context};

/// The chosen symptom's steps in the current language with the current context; what the
/// live checks found comes first, and what they learned fills the steps' gaps.
pub fn rendered_steps(model: &Model) -> Vec<render::RenderedStep> {
    let mut steps = finding_steps(model);
    steps.extend(
        model
            .symptom
            .and_then(|s| guide::guide_for(s).ok())
            .map(|g| render::render_steps(g, &guide_context(model), model.lang))
            .unwrap_or_default(),
    );
    steps
}
