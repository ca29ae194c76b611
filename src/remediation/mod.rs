//! Every command the tool prints for a person to run, built from typed parts: each value is
//! shell-quoted, and each command carries the case's AWS profile and Region (`aws`, `eksctl`)
//! or kubectl context (`kubectl`) whenever they are known, so that it can be pasted into the
//! customer's shell as is and act on the same account, Region and cluster the checks looked at.
//!
//! The tool never runs these: it only reads. They are printed for a person to run.

mod aws_cli;
mod command;
mod eksctl;
mod kubectl;

pub use aws_cli::{IamEntity, aws_eks, aws_iam};
pub use command::{CommandScope, ShellCommand, Word, shell_quote};
pub use eksctl::eksctl;
pub use kubectl::kubectl;

#[cfg(test)]
mod tests;
