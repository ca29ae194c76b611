//! `eks-iam-tui diagnose`: runs the symptom's live probes (read-only) and prints the
//! evidence, the findings and the guide's steps, for scripts and tickets.

use std::collections::BTreeMap;
use std::sync::Arc;
use std::time::Duration;

use serde::Serialize;
use serde_json::Value;

use super::diagnose_error::{
    Pasted, Prepared, markdown_report, prepare, redact_json, redactor_for, text_opening,
};
use super::lint_aws_auth_command::read_input;
use super::output::{Form, OutputError, say, write_stdout};
use super::{Cli, DiagnoseArgs, EXIT_USAGE, GuideFormat};
use crate::aws::{AwsSettings, SdkApi, load_session};
use crate::aws_auth;
use crate::guide::render::{self, JsonStep, RenderedStep};
use crate::guide::{self, Context, Field};
use crate::i18n::Lang;
use crate::probes::{
    Finding, Outcome, ProbeInput, ProbeReport, collect_findings, enrich_context, evidence_text,
    exit_code, none_answered, plan_for, probe_budget, probe_summary, run_all,
};
use crate::tr;

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

#[derive(Serialize)]
struct ProbeJson {
    id: &'static str,
    outcome: &'static str,
    summary: String,
    duration_ms: u128,
    evidence: BTreeMap<&'static str, Value>,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<&'static str>,
}

#[derive(Serialize)]
struct FindingJson {
    code: &'static str,
    severity: crate::probes::Severity,
    title: String,
    detail: String,
    fix: FixJson,
}

#[derive(Serialize)]
struct FixJson {
    text: String,
    commands: Vec<String>,
}

fn outcome_label(outcome: &Outcome, lang: Lang) -> String {
    tr!(lang, &format!("diagnose-outcome-{}", outcome.id()))
}

fn to_text(
    reports: &[ProbeReport],
    findings: &[Finding],
    steps_text: String,
    lang: Lang,
    markdown: bool,
) -> String {
    let mut out = String::new();
    let heading = |title: String| {
        if markdown {
            format!("## {title}\n\n")
        } else {
            let width = unicode_width::UnicodeWidthStr::width(title.as_str());
            format!("{title}\n{}\n\n", "-".repeat(width))
        }
    };
    out.push_str(&heading(tr!(lang, "diagnose-heading-findings")));
    if none_answered(reports) {
        out.push_str(&tr!(lang, "diagnose-none-answered"));
        out.push_str("\n\n");
    } else if findings.is_empty() {
        out.push_str(&tr!(lang, "diagnose-no-findings"));
        out.push_str("\n\n");
    }
    for finding in findings {
        let marker = if markdown { "- " } else { "* " };
        out.push_str(&format!(
            "{marker}[{}] {} ({})\n  {}\n  {}: {}\n",
            finding.code,
            finding.title(lang),
            serde_json::to_value(finding.severity)
                .ok()
                .as_ref()
                .map(evidence_text)
                .unwrap_or_default(),
            finding.detail(lang),
            tr!(lang, "diagnose-fix"),
            finding.fix(lang)
        ));
        for command in &finding.commands {
            if markdown {
                out.push_str(&format!(
                    "\n  ```sh\n  {}\n  ```\n",
                    command.replace('\n', "\n  ")
                ));
            } else {
                for line in command.lines() {
                    out.push_str(&format!("    {line}\n"));
                }
            }
        }
        out.push('\n');
    }
    out.push_str(&heading(tr!(lang, "diagnose-heading-probes")));
    for report in reports {
        out.push_str(&format!(
            "{}[{}] {} ({} ms): {}\n",
            if markdown { "- " } else { "" },
            outcome_label(&report.outcome, lang),
            tr!(lang, &report.id.title_id()),
            report.duration.as_millis(),
            probe_summary(report, lang)
        ));
        for (key, value) in &report.evidence {
            out.push_str(&format!("    {key}: {}\n", evidence_text(value)));
        }
    }
    out.push('\n');
    out.push_str(&heading(tr!(lang, "diagnose-heading-steps")));
    out.push_str(&steps_text);
    out
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
        probes: reports
            .iter()
            .map(|r| ProbeJson {
                id: r.id.id(),
                outcome: r.outcome.id(),
                summary: probe_summary(r, lang),
                duration_ms: r.duration.as_millis(),
                evidence: r.evidence.clone(),
                error: match &r.outcome {
                    Outcome::Unknown(error) => Some(error.kind()),
                    _ => None,
                },
            })
            .collect(),
        findings: findings
            .iter()
            .map(|f| FindingJson {
                code: f.code,
                severity: f.severity,
                title: f.title(lang),
                detail: f.detail(lang),
                fix: FixJson {
                    text: f.fix(lang),
                    commands: f.commands.clone(),
                },
            })
            .collect(),
        steps: render::to_json_steps(steps),
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
pub(crate) struct CheckRun {
    pub prepared: Prepared,
    pub region: Option<String>,
    pub reports: Vec<ProbeReport>,
    /// The prepared values with what the probes learnt filled into the gaps.
    pub context: Context,
}

/// Runs the probes and prints the result; returns the exit code (0 nothing wrong, 1 a
/// problem, 2 usage, 3 something could not be checked).
pub fn run_diagnose(cli: &Cli, args: &DiagnoseArgs, lang: Lang) -> Result<u8, OutputError> {
    let run = match run_checks(cli, args, lang) {
        Ok(run) => run,
        Err(code) => return Ok(code),
    };
    let out = match render_run(&run, cli.profile.as_deref(), args.format, args.redact, lang) {
        Ok(out) => out,
        Err(code) => return Ok(code),
    };
    let form = match args.format {
        GuideFormat::Json => Form::Exact,
        GuideFormat::Text | GuideFormat::Markdown => Form::Shown,
    };
    write_stdout(&out, form)?;
    Ok(exit_code(&run.reports))
}

/// Reads the input and runs the symptom's probes, read-only. `Err` carries the exit code
/// after the reason has been printed.
pub(crate) fn run_checks(cli: &Cli, args: &DiagnoseArgs, lang: Lang) -> Result<CheckRun, u8> {
    cli.context.warn_about_values(lang);
    let prepared = prepare(cli, args, lang)?;
    let symptom = prepared.symptom;
    if let Err(detail) = guide::guide_for(symptom) {
        say(&tr!(lang, "error-guide-data", details = detail));
        return Err(1);
    }
    let plan = match plan_for(symptom) {
        Ok(plan) => plan,
        Err(error) => {
            say(&tr!(lang, "error-guide-data", details = error.to_string()));
            return Err(1);
        }
    };
    // A map that cannot be read is said before any call, like any other bad input.
    let aws_auth = match &args.aws_auth {
        Some(path) => match read_input(Some(path), lang).and_then(|text| {
            aws_auth::lint(&text).map_err(|e| aws_auth::report::input_error_message(&e, lang))
        }) {
            Ok(auth) => Some(auth),
            Err(message) => {
                say(&message);
                return Err(EXIT_USAGE);
            }
        },
        None => None,
    };
    let settings = AwsSettings {
        profile: cli.profile.clone(),
        // The Region the message names is the one the error happened in.
        region: prepared.context.get(Field::Region).map(str::to_owned),
        connect_timeout: Duration::from_millis(cli.connect_timeout_ms.max(1)),
        call_timeout: Duration::from_millis(cli.call_timeout_ms.max(1)),
    };
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            say(&tr!(lang, "error-terminal", details = error.to_string()));
            return Err(1);
        }
    };
    let context = prepared.context.clone();
    let (region, reports) = runtime.block_on(async {
        let session = load_session(&settings).await;
        let input = ProbeInput {
            symptom,
            context: context.clone(),
            region: session.region.clone(),
            assume_confirmed: args.assume,
            probe_budget: probe_budget(&settings),
            aws_auth,
        };
        let api = Arc::new(SdkApi::new(&session, args.assume));
        let reports = run_all(api, Arc::new(input), &plan).await;
        (session.region, reports)
    });
    // Dropping the runtime must not wait on anything a probe left behind.
    runtime.shutdown_background();
    let context = enrich_context(&context, region.as_deref(), &reports);
    Ok(CheckRun {
        prepared,
        region,
        reports,
        context,
    })
}

/// A run as `diagnose` prints it: in `format` and `lang`, redacted when asked. `Err` carries
/// the exit code after the reason has been printed.
pub(crate) fn render_run(
    run: &CheckRun,
    profile: Option<&str>,
    format: GuideFormat,
    redact: bool,
    lang: Lang,
) -> Result<String, u8> {
    let CheckRun {
        prepared,
        reports,
        context,
        ..
    } = run;
    let symptom = prepared.symptom;
    let guide = match guide::guide_for(symptom) {
        Ok(guide) => guide,
        Err(detail) => {
            say(&tr!(lang, "error-guide-data", details = detail));
            return Err(1);
        }
    };
    let findings = collect_findings(reports);
    let steps = render::render_steps(guide, context, lang);
    let out = match (format, &prepared.pasted) {
        (GuideFormat::Text, pasted) => {
            let opening = pasted
                .as_ref()
                .map(|p| text_opening(p, lang))
                .unwrap_or_default();
            let out = opening
                + &to_text(
                    reports,
                    &findings,
                    render::to_text(symptom, &steps, lang),
                    lang,
                    false,
                );
            redacted_if(redact, prepared.pasted.as_ref(), out)
        }
        (GuideFormat::Markdown, Some(pasted)) => {
            markdown_report(pasted, context, reports, steps, redact, lang)
        }
        (GuideFormat::Markdown, None) => redacted_if(
            redact,
            None,
            to_text(
                reports,
                &findings,
                render::to_markdown(symptom, &steps, lang),
                lang,
                true,
            ),
        ),
        (GuideFormat::Json, _) => {
            match to_json(
                profile, prepared, context, reports, &findings, &steps, redact, lang,
            ) {
                Ok(text) => text,
                Err(error) => {
                    say(&tr!(lang, "error-guide-data", details = error.to_string()));
                    return Err(1);
                }
            }
        }
    };
    Ok(out)
}

fn redacted_if(redact: bool, pasted: Option<&Pasted>, out: String) -> String {
    if redact {
        redactor_for(pasted, &out).redact(&out)
    } else {
        out
    }
}
