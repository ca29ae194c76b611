//! `aws eks …` and `aws iam …`.

use serde_json::Value;

use super::command::{CommandScope, ShellCommand};

/// `aws eks OPERATION … [--region R] [--profile P]`.
pub fn aws_eks(scope: &CommandScope, operation: &'static str) -> AwsCommand {
    AwsCommand {
        command: ShellCommand::new(["aws", "eks", operation]),
        scope: scope.clone(),
        regional: true,
    }
}

/// `aws iam OPERATION … [--profile P]`: IAM is global, so no Region is added.
pub fn aws_iam(scope: &CommandScope, operation: &'static str) -> AwsCommand {
    AwsCommand {
        command: ShellCommand::new(["aws", "iam", operation]),
        scope: scope.clone(),
        regional: false,
    }
}

/// An AWS CLI command being built; [`AwsCommand::build`] adds the scope's options last, where
/// a person reading it expects them.
#[derive(Debug, Clone)]
pub struct AwsCommand {
    command: ShellCommand,
    scope: CommandScope,
    regional: bool,
}

impl AwsCommand {
    pub fn with(mut self, change: impl FnOnce(ShellCommand) -> ShellCommand) -> Self {
        self.command = change(self.command);
        self
    }

    pub fn option(self, name: &'static str, value: impl Into<String>) -> Self {
        self.with(|command| command.option(name, value))
    }

    /// A JSON document as one shell word (`--policy-document '{…}'`).
    pub fn json_option(self, name: &'static str, document: &Value) -> Self {
        self.option(name, document.to_string())
    }

    pub fn build(self) -> ShellCommand {
        let region = self.regional.then_some(self.scope.region).flatten();
        self.command
            .option_if("--region", region)
            .option_if("--profile", self.scope.profile)
    }
}

/// The IAM entity a policy is put on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IamEntity {
    User,
    Role,
}

impl IamEntity {
    /// The IAM user or role a principal ARN stands for (a session: its role), with its name;
    /// `None` for a federated user or the root, which take no inline policy.
    pub fn of_arn(arn: &str) -> Option<(IamEntity, String)> {
        let principal = crate::arn::Principal::parse(arn).ok()?;
        let entity = match principal.iam_entity()? {
            "user" => IamEntity::User,
            _ => IamEntity::Role,
        };
        Some((entity, principal.name))
    }

    /// `put-user-policy` / `put-role-policy` and their `--user-name` / `--role-name`.
    pub fn put_policy(
        self,
        scope: &CommandScope,
        name: &str,
        policy_name: &str,
        document: &Value,
    ) -> ShellCommand {
        let (operation, option) = match self {
            IamEntity::User => ("put-user-policy", "--user-name"),
            IamEntity::Role => ("put-role-policy", "--role-name"),
        };
        aws_iam(scope, operation)
            .option(option, name)
            .option("--policy-name", policy_name)
            .json_option("--policy-document", document)
            .build()
    }
}

/// `aws iam update-assume-role-policy`: it replaces the whole trust policy, so `document` must
/// be the role's current policy with the change in it, never the change alone.
pub fn update_assume_role_policy(
    scope: &CommandScope,
    role_name: &str,
    document: &Value,
) -> ShellCommand {
    aws_iam(scope, "update-assume-role-policy")
        .option("--role-name", role_name)
        .json_option("--policy-document", document)
        .build()
}
