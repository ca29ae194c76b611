use std::io::IsTerminal;
use std::process::ExitCode;

use eks_iam_tui::cli::{self, Command, Parsed};
use eks_iam_tui::guide::Field;
use eks_iam_tui::i18n::resolve_lang_from_env;
use eks_iam_tui::tr;
use eks_iam_tui::wizard::{Appearance, AwsEnvironment, Model};

fn main() -> ExitCode {
    let cli = match cli::parse(std::env::args_os().collect()) {
        Parsed::Run(cli) => cli,
        Parsed::Exit(code) => return ExitCode::from(code),
    };
    let lang = resolve_lang_from_env(cli.lang);
    // --debug and RUST_LOG log to standard error: not in the wizard, which owns the terminal.
    if cli.command.is_some() {
        eks_iam_tui::debug::init(cli.debug);
    }
    // Every command returns its exit code, or the output error that `main` reports: a closed
    // pipe quietly, anything else in one line in the person's language.
    let result = match &cli.command {
        Some(Command::Guide(args)) => cli::run_guide(&cli, args, lang),
        Some(Command::LintAwsAuth(args)) => cli::run_lint_aws_auth(&cli, args, lang),
        Some(Command::Diagnose(args)) => cli::run_diagnose(&cli, args, lang),
        Some(Command::Explain(args)) => cli::run_explain(args, &cli.context, lang),
        Some(Command::Token) => cli::run_token(&cli, lang),
        Some(Command::Collect(args)) => cli::run_collect(&cli, args, lang),
        Some(Command::Report(args)) => cli::run_report(args, lang),
        None => return run_wizard(&cli, lang),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => ExitCode::from(error.report(lang)),
    }
}

fn run_wizard(cli: &cli::Cli, lang: eks_iam_tui::i18n::Lang) -> ExitCode {
    if !std::io::stdout().is_terminal() || !std::io::stdin().is_terminal() {
        cli::say(&tr!(lang, "error-not-a-terminal"));
        return ExitCode::from(cli::EXIT_USAGE);
    }
    let env = |name: &str| std::env::var(name).ok();
    let mut aws = AwsEnvironment::from_env(env);
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
    let mut model = Model::new(lang, aws.clone(), appearance, (80, 24)).with_probe_timeouts(
        std::time::Duration::from_millis(cli.connect_timeout_ms),
        std::time::Duration::from_millis(cli.call_timeout_ms),
    );
    // The region the environment names is the best first guess for the region field.
    if let Some(region) = &aws.region {
        model = model.with_value(Field::Region, region);
    }
    for (field, value) in cli.context.values() {
        model = model.with_value(field, value);
    }
    // Reports go where EKS_IAM_TUI_REPORT_DIR says, else into the working directory.
    if let Some(dir) = std::env::var_os("EKS_IAM_TUI_REPORT_DIR").filter(|d| !d.is_empty()) {
        model.report.dir = dir.into();
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime,
        Err(error) => {
            eprintln!(
                "{}",
                tr!(lang, "error-terminal", details = error.to_string())
            );
            return ExitCode::FAILURE;
        }
    };
    let result = runtime.block_on(eks_iam_tui::terminal::run(model));
    // A check still waiting on a dead endpoint (or a name lookup on a blocking thread) must
    // not hold the exit: the terminal is already restored.
    runtime.shutdown_background();
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => {
            eprintln!(
                "{}",
                tr!(lang, "error-terminal", details = error.to_string())
            );
            ExitCode::FAILURE
        }
    }
}
