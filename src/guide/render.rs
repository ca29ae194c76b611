//! A symptom's guide in one language with the person's values: the form the wizard draws and
//! the `guide` command prints.

use super::fill::{self, missing_marker};
use super::{BlockKind, Context, DERIVED_PLACEHOLDERS, Field, Segment, SymptomGuide};
use crate::i18n::{self, Args, Lang};

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

pub fn render_steps(guide: &SymptomGuide, context: &Context, lang: Lang) -> Vec<RenderedStep> {
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
                    segments: fill::fill_template(block.template.trim_end(), context),
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

/// The commands of a step as one copyable text, blocks separated by a blank line.
pub fn step_commands(step: &RenderedStep) -> String {
    step.blocks
        .iter()
        .map(RenderedBlock::plain)
        .collect::<Vec<_>>()
        .join("\n\n")
}
