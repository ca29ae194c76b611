//! Every command the tool prints for a person to run, built from typed parts: each value is
//! shell-quoted, and each command carries the case's AWS profile and Region (`aws`, `eksctl`)
//! or kubectl context (`kubectl`) whenever they are known, so that it can be pasted into the
//! customer's shell as is and act on the same account, Region and cluster the checks looked at.
//!
//! The tool never runs these: it only reads. They are printed for a person to run.

mod aws_cli;
mod command;
mod eks_access;
mod eksctl;
mod kubectl;
pub mod template;
mod tool;

pub use aws_cli::{AwsCommand, IamEntity, aws_eks, aws_iam, update_assume_role_policy};
pub use command::{CommandScope, ShellCommand, Word, shell_quote};
pub use eks_access::{
    PrincipalWord, associate_access_policy, create_access_entry, create_identity_mapping,
    delete_identity_mapping,
};
pub use eksctl::eksctl;
pub use kubectl::kubectl;
pub use tool::{eks_iam_tui, export};

#[cfg(test)]
mod tests;
