//! Lines that are not an AWS, eksctl or kubectl command: this tool's own commands and the
//! shell's `export`.

use super::command::{ShellCommand, shell_quote};

/// `eks-iam-tui <subcommand> …`: it reads files only, so it carries no profile or context.
pub fn eks_iam_tui(
    subcommand: &'static str,
    arguments: impl FnOnce(ShellCommand) -> ShellCommand,
) -> ShellCommand {
    arguments(ShellCommand::new(["eks-iam-tui", subcommand]))
}

/// `export NAME=value`, the value quoted as the shell needs.
pub fn export(variable: &'static str, value: &str) -> String {
    format!("export {variable}={}", shell_quote(value))
}
