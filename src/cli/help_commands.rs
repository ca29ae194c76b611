//! The commands about the command line itself: `help [COMMAND]`, `completions SHELL` and
//! `man [COMMAND]`. They print from the same localized clap command the parser uses, so what
//! they say is what is accepted.

use clap::{Arg, ArgAction, ArgMatches};
use clap_complete::Shell;

use crate::i18n::Lang;
use crate::tr;

use super::output::{Form, OutputError, say, write_stdout};

pub const HELP: &str = "help";
pub const COMPLETIONS: &str = "completions";
pub const MAN: &str = "man";

/// The three commands, as clap builds them (worded later, with the others).
pub fn commands() -> [clap::Command; 3] {
    [
        clap::Command::new(HELP).arg(
            Arg::new("help_command")
                .value_name("COMMAND")
                .action(ArgAction::Append),
        ),
        clap::Command::new(COMPLETIONS).arg(
            Arg::new("shell")
                .value_name("SHELL")
                .required(true)
                .value_parser(clap::value_parser!(Shell)),
        ),
        clap::Command::new(MAN).arg(Arg::new("man_command").value_name("COMMAND")),
    ]
}

/// The command names `help` was given (`help lint-aws-auth` → `["lint-aws-auth"]`).
pub fn help_path(matches: &ArgMatches) -> Vec<String> {
    matches
        .get_many::<String>("help_command")
        .map(|v| v.cloned().collect())
        .unwrap_or_default()
}

/// Writes `bytes` to standard output as every command does: a closed pipe ends quietly, any
/// other write error in one line in `lang`.
fn print(lang: Lang, bytes: &[u8]) -> u8 {
    match write_stdout(&String::from_utf8_lossy(bytes), Form::Exact) {
        Ok(()) => 0,
        Err(error) => error.report(lang),
    }
}

/// `completions SHELL`: the completion script for bash, zsh, fish or PowerShell.
pub fn run_completions(lang: Lang, mut command: clap::Command, matches: &ArgMatches) -> u8 {
    let Some(shell) = matches.get_one::<Shell>("shell").copied() else {
        return super::EXIT_USAGE;
    };
    let name = command.get_name().to_owned();
    let mut script = Vec::new();
    clap_complete::generate(shell, &mut command, name, &mut script);
    print(lang, &script)
}

/// Why no man page was made.
#[derive(Debug, thiserror::Error)]
pub enum ManPageError {
    #[error("no command {0}")]
    UnknownCommand(String),
    #[error("the man page could not be written: {0}")]
    Render(#[from] std::io::Error),
}

/// The man page (roff) of the whole tool, or of one command.
pub fn man_page(command: clap::Command, sub: Option<&str>) -> Result<Vec<u8>, ManPageError> {
    let name = command.get_name().to_owned();
    let version = command.get_version().map(str::to_owned);
    let mut command = command;
    command.build();
    let page = match sub {
        None => command,
        Some(sub) => {
            let Some(found) = command.find_subcommand(sub) else {
                return Err(ManPageError::UnknownCommand(sub.to_owned()));
            };
            let mut found = found.clone().name(format!("{name}-{sub}"));
            if let Some(version) = version {
                found = found.version(version);
            }
            found
        }
    };
    let mut roff = Vec::new();
    clap_mangen::Man::new(page)
        .manual("eks-iam-tui")
        .render(&mut roff)?;
    Ok(roff)
}

/// `man [COMMAND]`: prints the man page; `man | man -l -` reads it.
pub fn run_man(lang: Lang, command: clap::Command, matches: &ArgMatches) -> u8 {
    let sub = matches.get_one::<String>("man_command").map(String::as_str);
    match man_page(command, sub) {
        Ok(roff) => print(lang, &roff),
        Err(ManPageError::Render(error)) => OutputError::Write(error).report(lang),
        Err(ManPageError::UnknownCommand(unknown)) => {
            say(&format!(
                "{}\n{}",
                tr!(lang, "cli-error-unknown-command", command = unknown),
                tr!(lang, "cli-error-see-help")
            ));
            super::EXIT_USAGE
        }
    }
}
