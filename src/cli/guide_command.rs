//! `eks-iam-tui guide <symptom>`: the wizard's guide, printed for a ticket.

use serde::Serialize;

use super::error::CliError;
use super::output::{Form, write_stdout};
use super::{Cli, GuideArgs, GuideFormat};
use crate::aws::printed_profile;
use crate::guide::{self, Field, render};
use crate::i18n::Lang;
use crate::remediation::CommandScope;
use crate::report::{self, JsonStep};

#[derive(Serialize)]
struct GuideJson {
    schema: u32,
    symptom: &'static str,
    lang: Lang,
    context: std::collections::BTreeMap<&'static str, Option<String>>,
    steps: Vec<JsonStep>,
}

/// Prints the guide; returns the exit code.
pub fn run_guide(cli: &Cli, args: &GuideArgs, lang: Lang) -> Result<u8, CliError> {
    let context = cli.context.to_context();
    cli.context.warn_about_values(lang);
    let guide = guide::guide_for(args.symptom).map_err(|e| CliError::GuideData(e.into()))?;
    let scope = CommandScope {
        profile: printed_profile(cli.profile.as_deref()),
        region: context.get(Field::Region).map(str::to_owned),
        kube_context: None,
    };
    let steps = render::render_steps(guide, &context, &scope, lang);
    let out = match args.format {
        GuideFormat::Text => report::to_text(args.symptom, &steps, lang),
        GuideFormat::Markdown => report::to_markdown(args.symptom, &steps, lang),
        GuideFormat::Json => {
            let json = GuideJson {
                schema: 1,
                symptom: args.symptom.id(),
                lang,
                context: Field::ALL
                    .iter()
                    .map(|f| (f.name(), context.get(*f).map(str::to_owned)))
                    .collect(),
                steps: report::to_json_steps(&steps),
            };
            serde_json::to_string_pretty(&json).map_err(CliError::Json)? + "\n"
        }
    };
    let form = match args.format {
        GuideFormat::Json => Form::Exact,
        GuideFormat::Text | GuideFormat::Markdown => Form::Shown,
    };
    write_stdout(&out, form)?;
    Ok(0)
}
