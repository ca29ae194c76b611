//! The EKS access commands several fixes print: an access entry for a principal, an access
//! policy associated with it, and eksctl's aws-auth mapping.

use super::aws_cli::aws_eks;
use super::command::{CommandScope, ShellCommand, Word};
use super::eksctl::eksctl;

/// The principal an access command names: its ARN, or the shell variable an earlier printed
/// command set (`ROLE_ARN=$(aws iam get-role …)`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PrincipalWord<'a> {
    Arn(&'a str),
    Variable(&'static str),
}

impl PrincipalWord<'_> {
    fn word(self) -> Word {
        match self {
            PrincipalWord::Arn(arn) => Word::Value(arn.to_owned()),
            PrincipalWord::Variable(expression) => Word::Expression(expression),
        }
    }
}

/// `aws eks create-access-entry`; groups and a username only when there are some.
pub fn create_access_entry(
    scope: &CommandScope,
    cluster: Option<&str>,
    principal: PrincipalWord,
    entry_type: &'static str,
    groups: &[String],
    username: Option<&str>,
) -> ShellCommand {
    aws_eks(scope, "create-access-entry")
        .with(|command| command.option_or("--cluster-name", cluster, "<cluster>"))
        .with(|command| {
            command
                .flag("--principal-arn")
                .word(principal.word())
                .option("--type", entry_type)
                .option_values("--kubernetes-groups", groups.iter().cloned())
                .option_if("--username", username)
        })
        .build()
}

/// `aws eks associate-access-policy` with the whole cluster as its scope.
pub fn associate_access_policy(
    scope: &CommandScope,
    cluster: Option<&str>,
    principal: PrincipalWord,
    policy_arn: &str,
) -> ShellCommand {
    aws_eks(scope, "associate-access-policy")
        .with(|command| command.option_or("--cluster-name", cluster, "<cluster>"))
        .with(|command| {
            command
                .flag("--principal-arn")
                .word(principal.word())
                .option("--policy-arn", policy_arn)
                .option("--access-scope", "type=cluster")
        })
        .build()
}

/// `eksctl create iamidentitymapping`: `groups` may hold a placeholder for the person to fill.
/// An unknown cluster is a placeholder too, so the command cannot run before it is filled.
pub fn create_identity_mapping(
    scope: &CommandScope,
    cluster: Option<&str>,
    arn: &str,
    username: Option<&str>,
    groups: impl IntoIterator<Item = Word>,
) -> ShellCommand {
    eksctl(scope, "create", "iamidentitymapping", |command| {
        let command = command
            .option_or("--cluster", cluster, "<cluster>")
            .option("--arn", arn)
            .option_if("--username", username);
        groups.into_iter().fold(command, |command, group| {
            command.flag("--group").word(group)
        })
    })
}

/// `eksctl delete iamidentitymapping` for an entry that maps the wrong ARN.
pub fn delete_identity_mapping(
    scope: &CommandScope,
    cluster: Option<&str>,
    arn: &str,
) -> ShellCommand {
    eksctl(scope, "delete", "iamidentitymapping", |command| {
        command
            .option_or("--cluster", cluster, "<cluster>")
            .option("--arn", arn)
    })
}
