//! `eks-iam-tui collect`: runs the checks as `diagnose` does and writes one case file.
//! `eks-iam-tui report FILE`: shows a case file as `diagnose` would have shown the run, in
//! the reader's language, without asking AWS anything.

use std::path::{Path, PathBuf};

use clap::Args;

use super::diagnose_command::{ChecksDone, render_run, run_checks};
use super::diagnose_error::{Pasted, Prepared};
use super::error::CliError;
use super::output::{Form, say, write_stdout};
use super::{Cli, DiagnoseArgs, GuideFormat};
use crate::aws::printed_profile;
use crate::case::words::{SummaryPlace, kubeconfig_lines};
use crate::case::write::{default_name, now_rfc3339, to_json, write_new};
use crate::case::{CaseFile, Collected, load, redact};
use crate::guide::Symptom;
use crate::i18n::Lang;
use crate::probes::exit_code;
use crate::tr;

#[derive(Debug, Args)]
pub struct CollectArgs {
    #[arg(long, value_name = "SYMPTOM", value_enum, required_unless_present_any = ["diagnose_error", "diagnose_error_file"])]
    pub symptom: Option<Symptom>,
    #[arg(long)]
    pub assume: bool,
    #[arg(
        id = "diagnose_error",
        long = "error",
        value_name = "TEXT",
        conflicts_with = "diagnose_error_file"
    )]
    pub error: Option<String>,
    #[arg(id = "diagnose_error_file", long = "error-file", value_name = "FILE")]
    pub error_file: Option<PathBuf>,
    #[arg(id = "diagnose_aws_auth", long = "aws-auth", value_name = "FILE")]
    pub aws_auth: Option<PathBuf>,
    #[arg(id = "collect_out", long = "out", value_name = "FILE")]
    pub out: Option<PathBuf>,
    #[arg(id = "collect_no_redact", long = "no-redact")]
    pub no_redact: bool,
}

#[derive(Debug, Args)]
pub struct ReportArgs {
    #[arg(id = "case_file", value_name = "FILE")]
    pub file: PathBuf,
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = GuideFormat::Text)]
    pub format: GuideFormat,
}

/// Runs the checks and writes the case; the exit code is `diagnose`'s (0 nothing wrong, 1 a
/// problem, 2 usage, 3 something could not be checked), or 1 when the file was not written.
pub fn run_collect(cli: &Cli, args: &CollectArgs, lang: Lang) -> Result<u8, CliError> {
    let diagnose = DiagnoseArgs {
        symptom: args.symptom,
        format: GuideFormat::Json,
        assume: args.assume,
        error: args.error.clone(),
        error_file: args.error_file.clone(),
        redact: !args.no_redact,
        aws_auth: args.aws_auth.clone(),
    };
    let collected_at = now_rfc3339();
    let run = run_checks(cli, &diagnose, lang)?;
    let flags = cli.context.to_context();
    let case = CaseFile::from_run(&Collected {
        symptom: run.prepared.symptom,
        flags: &flags,
        prepared: &run.prepared.context,
        used: &run.context,
        pasted: run
            .prepared
            .pasted
            .as_ref()
            .map(|p| (p.text.as_str(), &p.triage)),
        profile: printed_profile(cli.profile.as_deref()).as_deref(),
        region: run.region.as_deref(),
        reports: &run.reports,
        lang,
        collected_at: collected_at.clone(),
        kubeconfig: run
            .kubectl
            .as_ref()
            .map(|(context, filled)| (context, filled.as_slice())),
    });
    let (case, counts) = if args.no_redact {
        (case, None)
    } else {
        match redact::redact(&case) {
            Ok((case, counts)) => (case, Some(counts)),
            Err(error) => return Err(CliError::CaseBuild(error.to_string())),
        }
    };
    let text = to_json(&case).map_err(|error| CliError::CaseBuild(error.to_string()))?;
    let path = args
        .out
        .clone()
        .unwrap_or_else(|| PathBuf::from(default_name(run.prepared.symptom, &collected_at)));
    let written = write_new(&path, &text).map_err(|error| CliError::CaseWrite {
        path: path.clone(),
        error,
    })?;
    say(&tr!(
        lang,
        "case-written",
        path = written.display().to_string()
    ));
    match counts {
        Some(counts) => say(&tr!(
            lang,
            "case-redacted",
            accounts = counts.accounts,
            sessions = counts.sessions,
            keys = counts.access_keys,
            endpoints = counts.endpoints
        )),
        None => say(&tr!(lang, "case-not-redacted")),
    }
    Ok(exit_code(&run.reports))
}

/// The header a replayed report opens with: when, by which version, in which language.
fn collected_header(case: &CaseFile, path: &Path, format: GuideFormat, lang: Lang) -> String {
    let version = match &case.tool.commit {
        Some(commit) => format!("{} ({commit})", case.tool.version),
        None => case.tool.version.clone(),
    };
    let language = match case.lang {
        Lang::En => tr!(lang, "case-language-en"),
        Lang::Ja => tr!(lang, "case-language-ja"),
    };
    let mut lines = vec![tr!(
        lang,
        "case-report-collected",
        at = case.collected_at.clone(),
        version = version,
        language = language,
        path = path.display().to_string()
    )];
    if case.redacted {
        lines.push(tr!(lang, "case-report-redacted"));
    }
    if let Some(kubeconfig) = &case.kubeconfig {
        lines.extend(kubeconfig_lines(kubeconfig, SummaryPlace::Report, lang));
    }
    match format {
        GuideFormat::Markdown => {
            lines.iter().map(|l| format!("> {l}\n")).collect::<String>() + "\n"
        }
        _ => lines.join("\n") + "\n\n",
    }
}

/// Shows the case file as `diagnose` shows a run; 2 when the file is refused.
pub fn run_report(args: &ReportArgs, lang: Lang) -> Result<u8, CliError> {
    let (case, replayed) = load::from_path(&args.file).map_err(|error| CliError::CaseLoad {
        path: args.file.clone(),
        error,
    })?;
    let run = ChecksDone {
        prepared: Prepared {
            symptom: replayed.symptom,
            context: replayed.prepared,
            pasted: replayed
                .pasted
                .map(|(text, triage)| Pasted { text, triage }),
        },
        region: replayed.region,
        reports: replayed.reports,
        context: replayed.used,
        kube_context: None,
        kubectl: None,
    };
    // The values are shown as the file holds them: already redacted, or kept on purpose.
    let body = render_run(
        &run,
        case.inputs.profile.as_deref(),
        args.format,
        false,
        lang,
    )?;
    let (out, form) = match args.format {
        // JSON stays one document, exactly as diagnose writes it.
        GuideFormat::Json => (body, Form::Exact),
        format => (
            collected_header(&case, &args.file, format, lang) + &body,
            Form::Shown,
        ),
    };
    write_stdout(&out, form)?;
    Ok(exit_code(&run.reports))
}
