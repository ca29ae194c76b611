//! `eks-iam-tui guide <symptom>`: the wizard's guide, printed for a ticket.

use serde::Serialize;

use super::output::{Form, OutputError, say, write_stdout};
use super::{Cli, GuideArgs, GuideFormat};
use crate::guide::render::{self, JsonStep};
use crate::guide::{self, Field};
use crate::i18n::Lang;
use crate::tr;

#[derive(Serialize)]
struct GuideJson {
    schema: u32,
    symptom: &'static str,
    lang: Lang,
    context: std::collections::BTreeMap<&'static str, Option<String>>,
    steps: Vec<JsonStep>,
}

/// Prints the guide; returns the exit code.
pub fn run_guide(cli: &Cli, args: &GuideArgs, lang: Lang) -> Result<u8, OutputError> {
    let context = cli.context.to_context();
    cli.context.warn_about_values(lang);
    let guide = match guide::guide_for(args.symptom) {
        Ok(guide) => guide,
        Err(detail) => {
            say(&tr!(lang, "error-guide-data", details = detail));
            return Ok(1);
        }
    };
    let steps = render::render_steps(guide, &context, lang);
    let out = match args.format {
        GuideFormat::Text => render::to_text(args.symptom, &steps, lang),
        GuideFormat::Markdown => render::to_markdown(args.symptom, &steps, lang),
        GuideFormat::Json => {
            let json = GuideJson {
                schema: 1,
                symptom: args.symptom.id(),
                lang,
                context: Field::ALL
                    .iter()
                    .map(|f| (f.name(), context.get(*f).map(str::to_owned)))
                    .collect(),
                steps: render::to_json_steps(&steps),
            };
            match serde_json::to_string_pretty(&json) {
                Ok(text) => text + "\n",
                Err(error) => {
                    say(&tr!(lang, "error-guide-data", details = error.to_string()));
                    return Ok(1);
                }
            }
        }
    };
    let form = match args.format {
        GuideFormat::Json => Form::Exact,
        GuideFormat::Text | GuideFormat::Markdown => Form::Shown,
    };
    write_stdout(&out, form)?;
    Ok(0)
}
