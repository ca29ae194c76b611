//! `eks-iam-tui diagnose`: runs the symptom's live probes (read-only) and prints the
//! evidence, the findings and the guide's steps, for scripts and tickets.

use std::collections::BTreeMap;

use serde::Serialize;

use super::diagnose_error::{
    Pasted, Prepared, markdown_report, prepare, redact_json, redactor_for, text_opening,
};
use super::error::CliError;
use super::kubectl_context::{fill_from_kubectl, filled_note, kubectl_context};
use super::lint_aws_auth_command::read_aws_auth;
use super::output::{Form, say, write_stdout};
use super::{Cli, DiagnoseArgs, GuideFormat};
use crate::aws::printed_profile;
use crate::check_run::context_for_cluster;
use crate::check_run::{self, CheckRun, Limits};
use crate::guide::render::{self, RenderedStep};
use crate::guide::{self, Context, Field};
use crate::i18n::Lang;
use crate::kubeconfig::EksContext;
use crate::probes::{
    Finding, ProbeReport, collect_findings, enrich_context, exit_code, plan_for, run_all,
};
use crate::remediation::CommandScope;
use crate::report::{self, FindingJson, JsonStep, ProbeJson, TextForm};

#[derive(Serialize)]
struct DiagnoseJson {
    schema: u32,
    symptom: &'static str,
    /// Only with `--error`: what the message was read as.
    #[serde(skip_serializing_if = "Option::is_none")]
    triage: Option<super::diagnose_error::TriageJson>,
    context: BTreeMap<&'static str, Option<String>>,
    probes: Vec<ProbeJson>,
    findings: Vec<FindingJson>,
    steps: Vec<JsonStep>,
}

#[allow(clippy::too_many_arguments)]
fn to_json(
    profile: Option<&str>,
    prepared: &Prepared,
    context: &Context,
    reports: &[ProbeReport],
    findings: &[Finding],
    steps: &[RenderedStep],
    redact: bool,
    lang: Lang,
) -> Result<String, serde_json::Error> {
    let json = DiagnoseJson {
        schema: 1,
        symptom: prepared.symptom.id(),
        triage: prepared.pasted.as_ref().map(|p| p.json()),
        context: [
            ("cluster", context.get(Field::Cluster).map(str::to_owned)),
            ("region", context.get(Field::Region).map(str::to_owned)),
            ("profile", profile.map(str::to_owned)),
            (
                "principal_arn",
                prepared.context.get(Field::PrincipalArn).map(str::to_owned),
            ),
            (
                "target_role_arn",
                context.get(Field::TargetRoleArn).map(str::to_owned),
            ),
        ]
        .into_iter()
        .collect(),
        probes: report::probes_json(reports, lang),
        findings: report::findings_json(findings, lang),
        steps: report::to_json_steps(steps),
    };
    let mut value = serde_json::to_value(&json)?;
    if redact {
        let mut redactor = redactor_for(prepared.pasted.as_ref(), &value.to_string());
        redact_json(&mut value, &mut redactor);
    }
    serde_json::to_string_pretty(&value).map(|text| text + "\n")
}

/// What one run of the checks found: the input it started from, the Region the AWS
/// configuration resolved, every probe's report and the values the steps are filled with.
pub(crate) struct ChecksDone {
    pub prepared: Prepared,
    pub region: Option<String>,
    pub reports: Vec<ProbeReport>,
    /// The prepared values with what the probes learnt filled into the gaps.
    pub context: Context,
    /// The kubectl context that points at the case's cluster, for the printed commands.
    pub kube_context: Option<String>,
    /// kubectl's context and the values taken from it (for the case file).
    pub kubectl: Option<(EksContext, Vec<Field>)>,
}

/// Runs the probes and prints the result; returns the exit code (0 nothing wrong, 1 a
/// problem, 2 usage, 3 something could not be checked).
pub fn run_diagnose(cli: &Cli, args: &DiagnoseArgs, lang: Lang) -> Result<u8, CliError> {
    let done = run_checks(cli, args, lang)?;
    // The profile the checks used, by the AWS CLI's rules (a replayed case passes its own).
    let profile = printed_profile(cli.profile.as_deref());
    let out = render_run(&done, profile.as_deref(), args.format, args.redact, lang)?;
    let form = match args.format {
        GuideFormat::Json => Form::Exact,
        GuideFormat::Text | GuideFormat::Markdown => Form::Shown,
    };
    write_stdout(&out, form)?;
    Ok(exit_code(&done.reports))
}

/// Reads the input and runs the symptom's probes, read-only (`diagnose` and `collect`).
pub(crate) fn run_checks(
    cli: &Cli,
    args: &DiagnoseArgs,
    lang: Lang,
) -> Result<ChecksDone, CliError> {
    cli.context.warn_about_values(lang);
    let mut prepared = prepare(cli, args)?;
    // What the person left empty, kubectl's context fills (the message's values came first).
    let mut from_kubectl = None;
    if let Some(kubectl) = kubectl_context(cli)? {
        let filled = fill_from_kubectl(&mut prepared.context, &kubectl);
        if let Some(note) = filled_note(&kubectl, &filled, lang) {
            say(&note);
        }
        from_kubectl = Some((kubectl, filled));
    }
    let kubectl = from_kubectl.as_ref().map(|(kubectl, _)| kubectl.clone());
    // kubectl commands name the context only when it points at the case's cluster.
    let kube_context = kubectl
        .as_ref()
        .and_then(|k| context_for_cluster(k, prepared.context.get(Field::Cluster)));
    let symptom = prepared.symptom;
    guide::guide_for(symptom).map_err(|e| CliError::GuideData(e.into()))?;
    let plan = plan_for(symptom).map_err(|e| CliError::GuideData(e.to_string()))?;
    // A map that cannot be read is said before any call, like any other bad input.
    let aws_auth = match &args.aws_auth {
        Some(path) => Some(read_aws_auth(Some(path))?),
        None => None,
    };
    let limits = Limits::from_millis(cli.connect_timeout_ms, cli.call_timeout_ms);
    let run = CheckRun {
        symptom,
        context: prepared.context.clone(),
        // The Region the message names is the one the error happened in.
        settings: limits.settings(
            cli.profile.clone(),
            prepared.context.get(Field::Region).map(str::to_owned),
        ),
        assume_confirmed: args.assume,
        aws_auth,
        kubectl,
    };
    let runtime = check_run::runtime().map_err(CliError::Terminal)?;
    let (region, reports) = runtime.block_on(async {
        let session = run.load_session().await;
        let (api, input) = run.start(&session);
        let reports = run_all(api, input, &plan).await;
        (session.region, reports)
    });
    // Dropping the runtime must not wait on anything a probe left behind.
    runtime.shutdown_background();
    let context = enrich_context(&prepared.context, region.as_deref(), &reports);
    Ok(ChecksDone {
        prepared,
        region,
        reports,
        context,
        kube_context,
        kubectl: from_kubectl,
    })
}

/// The checks' result as `diagnose` prints it, in `lang` (`diagnose` and `report`); `profile`
/// is the one the checks used, which the printed commands name.
pub(crate) fn render_run(
    done: &ChecksDone,
    profile: Option<&str>,
    format: GuideFormat,
    redact: bool,
    lang: Lang,
) -> Result<String, CliError> {
    let ChecksDone {
        prepared,
        reports,
        context,
        ..
    } = done;
    let symptom = prepared.symptom;
    let guide = guide::guide_for(symptom).map_err(|e| CliError::GuideData(e.into()))?;
    let findings = collect_findings(reports);
    let scope = CommandScope {
        profile: profile.map(str::to_owned),
        region: context.get(Field::Region).map(str::to_owned),
        kube_context: done.kube_context.clone(),
    };
    let steps = render::render_steps(guide, context, &scope, lang);
    Ok(match (format, &prepared.pasted) {
        (GuideFormat::Text, pasted) => {
            let opening = pasted
                .as_ref()
                .map(|p| text_opening(p, lang))
                .unwrap_or_default();
            let out = opening
                + &report::checks_text(
                    reports,
                    &findings,
                    report::to_text(symptom, &steps, lang),
                    lang,
                    TextForm::Plain,
                );
            redacted_if(redact, prepared.pasted.as_ref(), out)
        }
        (GuideFormat::Markdown, Some(pasted)) => {
            markdown_report(pasted, context, reports, steps, redact, lang)
        }
        (GuideFormat::Markdown, None) => redacted_if(
            redact,
            None,
            report::checks_text(
                reports,
                &findings,
                report::to_markdown(symptom, &steps, lang),
                lang,
                TextForm::Markdown,
            ),
        ),
        (GuideFormat::Json, _) => to_json(
            profile, prepared, context, reports, &findings, &steps, redact, lang,
        )
        .map_err(CliError::Json)?,
    })
}

fn redacted_if(redact: bool, pasted: Option<&Pasted>, out: String) -> String {
    if redact {
        redactor_for(pasted, &out).redact(&out)
    } else {
        out
    }
}
