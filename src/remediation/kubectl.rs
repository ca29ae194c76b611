//! `kubectl …`.

use super::command::{CommandScope, ShellCommand};

/// `kubectl [--context C] WORDS…`: the context first, so it is seen before the verb acts.
pub fn kubectl(
    scope: &CommandScope,
    verb: &'static str,
    arguments: impl FnOnce(ShellCommand) -> ShellCommand,
) -> ShellCommand {
    let command = ShellCommand::new(["kubectl"]).option_if("--context", scope.kube_context.clone());
    arguments(command.flag(verb))
}
