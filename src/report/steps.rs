//! A guide's steps as output: plain text for a terminal, Markdown for a ticket (alone or inside
//! a report), and the JSON contract's `steps` array.

use serde::Serialize;

use super::fence_for;
use crate::guide::Symptom;
use crate::guide::render::{RenderedBlock, RenderedStep};
use crate::i18n::{self, Lang};

/// Plain text for a terminal or a ticket.
pub fn to_text(symptom: Symptom, steps: &[RenderedStep], lang: Lang) -> String {
    let mut out = String::new();
    let title = i18n::message(lang, &symptom.title_id(), None);
    out.push_str(&title);
    out.push('\n');
    out.push_str(&"=".repeat(unicode_width::UnicodeWidthStr::width(title.as_str())));
    out.push_str("\n\n");
    out.push_str(&i18n::message(lang, &symptom.summary_id(), None));
    out.push_str("\n\n");
    for (index, step) in steps.iter().enumerate() {
        out.push_str(&format!("{}. {}\n\n", index + 1, step.title));
        for line in step.text.lines() {
            out.push_str("   ");
            out.push_str(line);
            out.push('\n');
        }
        for block in &step.blocks {
            out.push('\n');
            if let Some(caption) = &block.caption {
                out.push_str(&format!("   {caption}\n"));
            }
            for line in block.plain().lines() {
                out.push_str("     ");
                out.push_str(line);
                out.push('\n');
            }
        }
        if !step.links.is_empty() {
            out.push('\n');
        }
        for link in &step.links {
            out.push_str(&format!("   -> {}: {}\n", link.label, link.url));
        }
        out.push('\n');
    }
    out
}

/// The guide as Markdown for a support ticket: its title, its summary and the steps.
pub fn to_markdown(symptom: Symptom, steps: &[RenderedStep], lang: Lang) -> String {
    format!(
        "# {}\n\n{}\n\n{}",
        i18n::message(lang, &symptom.title_id(), None),
        i18n::message(lang, &symptom.summary_id(), None),
        steps_markdown(steps, "##")
    )
}

/// The steps as Markdown, each under a heading of the given level; every command in a fence
/// longer than any run of backticks inside it.
pub fn steps_markdown(steps: &[RenderedStep], heading: &str) -> String {
    let mut out = String::new();
    for (index, step) in steps.iter().enumerate() {
        out.push_str(&format!(
            "{heading} {}. {}\n\n{}\n\n",
            index + 1,
            step.title,
            step.text.trim_end()
        ));
        for block in &step.blocks {
            if let Some(caption) = &block.caption {
                out.push_str(&format!("{caption}\n\n"));
            }
            let plain = block.plain();
            let fence = fence_for(&plain);
            out.push_str(&format!(
                "{fence}{}\n{plain}\n{fence}\n\n",
                block.kind.fence()
            ));
        }
        for link in &step.links {
            out.push_str(&format!("- [{}]({})\n", link.label, link.url));
        }
        if !step.links.is_empty() {
            out.push('\n');
        }
    }
    out
}

/// Steps as the JSON contract's `steps` array.
#[derive(Debug, Serialize)]
pub struct JsonStep {
    pub id: String,
    pub title: String,
    pub text: String,
    pub commands: Vec<String>,
}

pub fn to_json_steps(steps: &[RenderedStep]) -> Vec<JsonStep> {
    steps
        .iter()
        .map(|step| JsonStep {
            id: step.id.clone(),
            title: step.title.clone(),
            text: step.text.clone(),
            commands: step.blocks.iter().map(RenderedBlock::plain).collect(),
        })
        .collect()
}
