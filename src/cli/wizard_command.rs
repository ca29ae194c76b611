//! No command: the wizard, started with what the command line and the environment say.
//! `open FILE`: the wizard on a case file, offline until the person presses F5.

use std::io::IsTerminal;
use std::path::PathBuf;

use clap::Args;

use super::Cli;
use super::aws_profiles::profile_files;
use super::error::CliError;
use super::kubectl_context::{fill_from_kubectl, kubectl_context, kubectl_contexts};
use super::output::say;
use crate::case::load;
use crate::case::session::{
    KEPT_SESSIONS, NO_KEEP_ENV, RECENT, keeping_switched_off, new_file_name, prune, recent,
    state_dir,
};
use crate::case::write::now_rfc3339;
use crate::check_run::{self, Limits};
use crate::guide::Field;
use crate::i18n::Lang;
use crate::i18n::io_error_words;
use crate::tr;
use crate::wizard::{
    Appearance, AwsEnvironment, Model, Notice, OpenedCase, open_case, restore_session,
};

#[derive(Debug, Args)]
pub struct OpenArgs {
    #[arg(id = "open_file", value_name = "FILE")]
    pub file: PathBuf,
}

fn require_terminal() -> Result<(), CliError> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::NotATerminal);
    }
    Ok(())
}

/// The wizard's model before any value is filled in: language, what the environment says
/// about AWS, appearance, time limits and where reports go.
fn base_model(cli: &Cli, lang: Lang, mut aws: AwsEnvironment) -> Model {
    if let Some(profile) = &cli.profile {
        aws.profile = Some(profile.clone());
        aws.profile_named = true;
    }
    if let Some(region) = &cli.context.region {
        aws.region = Some(region.clone());
    }
    let appearance = Appearance {
        color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        ascii_borders: cli.ascii,
    };
    let limits = Limits::from_millis(cli.connect_timeout_ms, cli.call_timeout_ms);
    let mut model = Model::new(lang, aws, appearance, (80, 24))
        .with_probe_timeouts(limits.connect, limits.call);
    // Reports go where EKS_IAM_TUI_REPORT_DIR says, else into the working directory.
    if let Some(dir) = std::env::var_os("EKS_IAM_TUI_REPORT_DIR").filter(|d| !d.is_empty()) {
        model.report.dir = dir.into();
    }
    model
}

/// Where this session will be kept, and the kept sessions to offer; `resume` (`--resume`)
/// reopens the latest. What the wizard started with is not worth keeping by itself.
fn prepare_session(cli: &Cli, model: &mut Model, resume: bool) {
    model.session.start = model.context();
    model.session.keeping_off =
        keeping_switched_off(cli.no_keep, std::env::var(NO_KEEP_ENV).ok().as_deref());
    let Some(dir) = state_dir(|name| std::env::var(name).ok()) else {
        return;
    };
    // With keeping off, kept sessions are still offered (reading them writes nothing), and
    // none is removed.
    if !model.session.keeping_off {
        prune(&dir, KEPT_SESSIONS);
        model.session.file = Some(dir.join(new_file_name(&now_rfc3339(), std::process::id())));
    }
    model.session.recent = recent(&dir, RECENT);
    if resume {
        match model.session.recent.first().cloned() {
            Some(kept) => {
                let started = model.aws.clone();
                restore_session(model, &kept);
                // What this command line names wins over what the kept session used.
                if cli.profile.is_some() {
                    model.aws.profile = started.profile;
                    model.aws.profile_named = started.profile_named;
                }
                if cli.kube_context.is_some() {
                    model.aws.kube_context = started.kube_context;
                    model.aws.kubectl = started.kubectl;
                    model.notice = None;
                }
            }
            None => model.notice = Some(Notice::NothingToResume(dir)),
        }
    }
}

fn run_model(model: Model, lang: Lang) -> Result<u8, CliError> {
    let runtime = check_run::runtime().map_err(CliError::Terminal)?;
    let result = runtime.block_on(crate::terminal::run(model));
    // A check still waiting on a dead endpoint (or a name lookup on a blocking thread) must
    // not hold the exit: the terminal is already restored.
    runtime.shutdown_background();
    let ended = result.map_err(CliError::Terminal)?;
    if let Some((path, error)) = &ended.keep_failed {
        say(&tr!(
            lang,
            "session-keep-failed",
            path = path.display().to_string(),
            details = io_error_words(error, lang)
        ));
    } else if let Some(path) = &ended.kept {
        say(&tr!(
            lang,
            "session-kept",
            path = path.display().to_string()
        ));
    }
    Ok(ended.code)
}

/// Runs the wizard in the terminal until the person quits; returns the exit code.
pub fn run_wizard(cli: &Cli, lang: Lang) -> Result<u8, CliError> {
    require_terminal()?;
    let env = |name: &str| std::env::var(name).ok();
    let mut aws = AwsEnvironment::from_env(env);
    // What the command line leaves empty, kubectl's context fills (before the environment's
    // Region, which is only a guess about where the cluster is).
    let mut given = cli.context.to_context();
    aws.kubectl = kubectl_context(cli)?;
    if let Some(kubectl) = &aws.kubectl {
        aws.kubectl_filled = fill_from_kubectl(&mut given, kubectl);
    }
    if let Some(kubectl) = &aws.kubectl
        && !aws.kubectl_filled.is_empty()
    {
        aws.kube_context = Some(kubectl.context.clone());
        if cli.context.region.is_none() {
            aws.region = given.get(Field::Region).map(str::to_owned);
        }
    }
    let mut model = base_model(cli, lang, aws);
    let profiles = profile_files();
    model.choices.profiles = profiles.names;
    model.choices.profile_roles = profiles.roles;
    model.choices.contexts = kubectl_contexts(cli);
    // The region the environment names is the best first guess for the region field.
    if let Some(region) = model.aws.region.clone() {
        model = model.with_value(Field::Region, &region);
    }
    for field in Field::ALL {
        if let Some(value) = given.get(field) {
            model = model.with_value(field, value);
        }
    }
    prepare_session(cli, &mut model, cli.resume);
    run_model(model, lang)
}

/// Opens the wizard on a case file; 2 (in words) when the file is refused. The values come
/// from the case, not from the kubeconfig or the environment: nothing is read or asked
/// beyond the file until F5.
pub fn run_open(cli: &Cli, args: &OpenArgs, lang: Lang) -> Result<u8, CliError> {
    let (case, replayed) = load::from_path(&args.file).map_err(|error| CliError::CaseLoad {
        path: args.file.clone(),
        error,
    })?;
    require_terminal()?;
    let env = |name: &str| std::env::var(name).ok();
    let mut model = base_model(cli, lang, AwsEnvironment::from_env(env));
    let path = std::path::absolute(&args.file).unwrap_or_else(|_| args.file.clone());
    // The case is what opens: a kept session is not resumed over it.
    prepare_session(cli, &mut model, false);
    open_case(&mut model, OpenedCase::new(path, &case, replayed));
    run_model(model, lang)
}
