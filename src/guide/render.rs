//! A symptom's guide in one language with the person's values: the form the wizard draws and
//! the `guide` command prints.

use super::fill::{self, missing_marker};
use super::{BlockKind, Context, DERIVED_PLACEHOLDERS, Field, Segment, SegmentKind, SymptomGuide};
use crate::i18n::{self, Args, Lang};
use crate::remediation::CommandScope;
use crate::remediation::template::{self, QuoteState};

#[derive(Debug, Clone)]
pub struct RenderedStep {
    pub id: String,
    pub title: String,
    pub text: String,
    pub blocks: Vec<RenderedBlock>,
    pub links: Vec<RenderedLink>,
}

#[derive(Debug, Clone)]
pub struct RenderedBlock {
    pub kind: BlockKind,
    pub caption: Option<String>,
    pub segments: Vec<Segment>,
}

impl RenderedBlock {
    pub fn plain(&self) -> String {
        fill::to_plain(&self.segments)
    }
}

#[derive(Debug, Clone)]
pub struct RenderedLink {
    pub label: String,
    pub url: String,
}

/// The named values every step text can use: the fields and the derived values, with
/// `<name>` where a value is unknown.
fn placeholder_args(context: &Context) -> Args<'static> {
    let mut args = Args::new();
    let names = Field::ALL
        .iter()
        .map(|f| f.name())
        .chain(DERIVED_PLACEHOLDERS);
    for name in names {
        let value = context
            .resolve(name)
            .unwrap_or_else(|| missing_marker(name));
        args.insert(name, value);
    }
    args
}

/// The guide's steps with the person's values; the shell blocks' commands carry `scope`'s
/// profile and kubectl context and quote every value the shell would split.
pub fn render_steps(
    guide: &SymptomGuide,
    context: &Context,
    scope: &CommandScope,
    lang: Lang,
) -> Vec<RenderedStep> {
    let args = placeholder_args(context);
    guide
        .steps
        .iter()
        .map(|step| RenderedStep {
            id: step.id.clone(),
            title: i18n::message(lang, &step.title, Some(&args)),
            text: i18n::message(lang, &step.text, Some(&args)),
            blocks: step
                .blocks
                .iter()
                .map(|block| RenderedBlock {
                    kind: block.kind,
                    caption: block
                        .caption
                        .as_deref()
                        .map(|id| i18n::message(lang, id, Some(&args))),
                    segments: match block.kind {
                        BlockKind::Shell => {
                            shell_segments(block.template.trim_end(), context, scope)
                        }
                        _ => fill::fill_template(block.template.trim_end(), context),
                    },
                })
                .collect(),
            links: step
                .links
                .iter()
                .map(|link| RenderedLink {
                    label: i18n::message(lang, &link.label, None),
                    url: link.url_for(lang),
                })
                .collect(),
        })
        .collect()
}

/// A shell block filled: the scope's options added, values quoted where the template did not.
fn shell_segments(template: &str, context: &Context, scope: &CommandScope) -> Vec<Segment> {
    let template = template::with_scope(template, scope);
    let mut segments = fill::fill_with(&template, |name| match name {
        template::PROFILE_PLACEHOLDER => scope.profile.clone(),
        template::KUBE_CONTEXT_PLACEHOLDER => scope.kube_context.clone(),
        _ => context.resolve(name),
    });
    let mut quoting = QuoteState::default();
    for segment in &mut segments {
        match segment.kind {
            SegmentKind::Value => segment.text = quoting.write(&segment.text),
            SegmentKind::Literal | SegmentKind::Missing => quoting.read(&segment.text),
        }
    }
    segments
}

/// The commands of a step as one copyable text, blocks separated by a blank line.
pub fn step_commands(step: &RenderedStep) -> String {
    step.blocks
        .iter()
        .map(RenderedBlock::plain)
        .collect::<Vec<_>>()
        .join("\n\n")
}
