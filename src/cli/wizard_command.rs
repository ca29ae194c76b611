//! No command: the wizard, started with what the command line and the environment say.

use std::io::IsTerminal;

use super::Cli;
use super::error::CliError;
use super::kubectl_context::{fill_from_kubectl, kubectl_context};
use crate::check_run::{self, Limits};
use crate::guide::Field;
use crate::i18n::Lang;
use crate::wizard::{Appearance, AwsEnvironment, Model};

/// Runs the wizard in the terminal until the person quits; returns the exit code.
pub fn run_wizard(cli: &Cli, lang: Lang) -> Result<u8, CliError> {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        return Err(CliError::NotATerminal);
    }
    let env = |name: &str| std::env::var(name).ok();
    let mut aws = AwsEnvironment::from_env(env);
    // What the command line leaves empty, kubectl's context fills (before the environment's
    // Region, which is only a guess about where the cluster is).
    let mut given = cli.context.to_context();
    aws.kubectl = kubectl_context(cli)?;
    if let Some(kubectl) = &aws.kubectl
        && !fill_from_kubectl(&mut given, kubectl).is_empty()
    {
        aws.kube_context = Some(kubectl.context.clone());
        if cli.context.region.is_none() {
            aws.region = given.get(Field::Region).map(str::to_owned);
        }
    }
    if let Some(profile) = &cli.profile {
        aws.profile = Some(profile.clone());
    }
    if let Some(region) = &cli.context.region {
        aws.region = Some(region.clone());
    }
    let appearance = Appearance {
        color: std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()),
        ascii_borders: cli.ascii,
    };
    let limits = Limits::from_millis(cli.connect_timeout_ms, cli.call_timeout_ms);
    let mut model = Model::new(lang, aws.clone(), appearance, (80, 24))
        .with_probe_timeouts(limits.connect, limits.call);
    // The region the environment names is the best first guess for the region field.
    if let Some(region) = &aws.region {
        model = model.with_value(Field::Region, region);
    }
    for field in Field::ALL {
        if let Some(value) = given.get(field) {
            model = model.with_value(field, value);
        }
    }
    // Reports go where EKS_IAM_TUI_REPORT_DIR says, else into the working directory.
    if let Some(dir) = std::env::var_os("EKS_IAM_TUI_REPORT_DIR").filter(|d| !d.is_empty()) {
        model.report.dir = dir.into();
    }
    let runtime = check_run::runtime().map_err(CliError::Terminal)?;
    let result = runtime.block_on(crate::terminal::run(model));
    // A check still waiting on a dead endpoint (or a name lookup on a blocking thread) must
    // not hold the exit: the terminal is already restored.
    runtime.shutdown_background();
    result.map_err(CliError::Terminal)
}
