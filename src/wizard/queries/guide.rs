//! The guide's steps for the case on screen.

use crate::check_run::context_for_cluster;
use crate::guide::{self, Context, Field, render};
use crate::remediation::CommandScope;
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
            .map(|g| {
                let context = guide_context(model);
                let scope = command_scope(model, &context);
                render::render_steps(g, &context, &scope, model.lang)
            })
            .unwrap_or_default(),
    );
    steps
}

/// Who and where the printed commands act as: the wizard's profile, the case's Region, and the
/// kubectl context the case was filled from while the case is still about its cluster.
pub fn command_scope(model: &Model, context: &Context) -> CommandScope {
    let cluster = context.get(Field::Cluster);
    CommandScope {
        profile: model.aws.command_profile(),
        region: context.get(Field::Region).map(str::to_owned),
        kube_context: model
            .aws
            .kubectl
            .as_ref()
            .and_then(|kubectl| context_for_cluster(kubectl, cluster)),
    }
}
