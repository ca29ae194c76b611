use std::process::ExitCode;

use eks_iam_tui::cli::{self, Command, Parsed};
use eks_iam_tui::i18n::resolve_lang_from_env;

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
    // Every command returns its exit code, or the error that `main` has said (in one line in
    // the person's language; nothing for a closed pipe) and turns into its exit code.
    let result = match &cli.command {
        Some(Command::Guide(args)) => cli::run_guide(&cli, args, lang),
        Some(Command::LintAwsAuth(args)) => cli::run_lint_aws_auth(&cli, args, lang),
        Some(Command::Diagnose(args)) => cli::run_diagnose(&cli, args, lang),
        Some(Command::Explain(args)) => cli::run_explain(&cli, args, lang),
        Some(Command::Token) => cli::run_token(&cli, lang),
        Some(Command::Collect(args)) => cli::run_collect(&cli, args, lang),
        Some(Command::Report(args)) => cli::run_report(args, lang),
        Some(Command::Open(args)) => cli::run_open(&cli, args, lang),
        None => cli::run_wizard(&cli, lang),
    };
    match result {
        Ok(code) => ExitCode::from(code),
        Err(error) => ExitCode::from(error.report(lang)),
    }
}
