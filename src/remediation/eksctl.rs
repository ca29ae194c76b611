//! `eksctl …`.

use super::command::{CommandScope, ShellCommand};

/// `eksctl VERB NOUN … [--region R] [--profile P]`: eksctl takes both options itself.
pub fn eksctl(
    scope: &CommandScope,
    verb: &'static str,
    noun: &'static str,
    arguments: impl FnOnce(ShellCommand) -> ShellCommand,
) -> ShellCommand {
    arguments(ShellCommand::new(["eksctl", verb, noun]))
        .option_if("--region", scope.region.clone())
        .option_if("--profile", scope.profile.clone())
}
