//! The top-level options that several commands share, and which command takes which.
//!
//! They are defined once, on [`Cli`] (the wizard takes them all), and each command gets a copy of
//! only those that mean something to it, under their own headings after the command's own
//! options: `token --help` lists no `--ascii`. Given after the command, a shared option's value
//! is read from the command's matches into the same [`Cli`] fields the commands already use.

use clap::ArgMatches;
use clap::parser::ValueSource;

use super::Cli;
use crate::i18n::Lang;

/// The values of a case (the guide's fields), as `Cli`'s clap ids.
pub const CASE_VALUES: [&str; 8] = [
    "cluster",
    "region",
    "principal_arn",
    "action",
    "target_role_arn",
    "other_account_id",
    "service_account",
    "can_i",
];

/// The other top-level options.
pub const GENERAL_OPTIONS: [&str; 10] = [
    "lang",
    "ascii",
    "profile",
    "kubeconfig",
    "kube_context",
    "connect_timeout_ms",
    "call_timeout_ms",
    "debug",
    "resume",
    "no_keep",
];

/// Which top-level options `command` takes (by clap id), in the order its help lists them.
pub fn shared_with(command: &str) -> &'static [&'static str] {
    match command {
        "guide" => &[
            "lang",
            "profile",
            "cluster",
            "region",
            "principal_arn",
            "action",
            "target_role_arn",
            "other_account_id",
            "service_account",
            "can_i",
        ],
        "explain" => &[
            "lang",
            "profile",
            "kube_context",
            "cluster",
            "region",
            "principal_arn",
            "action",
            "target_role_arn",
            "other_account_id",
            "service_account",
            "can_i",
        ],
        "lint-aws-auth" => &["lang", "profile", "cluster", "region", "principal_arn"],
        "diagnose" | "collect" => &[
            "lang",
            "profile",
            "kubeconfig",
            "kube_context",
            "connect_timeout_ms",
            "call_timeout_ms",
            "debug",
            "cluster",
            "region",
            "principal_arn",
            "action",
            "target_role_arn",
            "other_account_id",
            "service_account",
            "can_i",
        ],
        "token" => &["lang", "profile", "debug", "cluster", "region"],
        "open" => &[
            "lang",
            "ascii",
            "profile",
            "connect_timeout_ms",
            "call_timeout_ms",
            "no_keep",
        ],
        _ => &["lang"],
    }
}

/// The Fluent id of what a shared option means to `command`, where that differs from what it
/// means to the wizard: `explain` reads no kubeconfig and asks nothing, its commands name them.
pub fn help_id(command: &str, id: &str) -> Option<&'static str> {
    match (command, id) {
        ("explain", "profile") => Some("cli-arg-explain-profile"),
        ("explain", "kube_context") => Some("cli-arg-explain-kube-context"),
        _ => None,
    }
}

/// Whether `id` is one of the case values (shown under their own heading).
pub fn is_case_value(id: &str) -> bool {
    CASE_VALUES.contains(&id)
}

fn given(matches: &ArgMatches, id: &str) -> bool {
    matches.try_contains_id(id).unwrap_or(false)
        && matches.value_source(id) == Some(ValueSource::CommandLine)
}

/// Reads the shared options given after `command` into `cli`; they win over the same option
/// given before the command.
pub fn take_shared(cli: &mut Cli, command: &str, matches: &ArgMatches) {
    for &id in shared_with(command) {
        if !given(matches, id) {
            continue;
        }
        let text = || matches.get_one::<String>(id).cloned();
        match id {
            "lang" => cli.lang = matches.get_one::<Lang>(id).copied(),
            "ascii" => cli.ascii = matches.get_flag(id),
            "debug" => cli.debug = matches.get_flag(id),
            "no_keep" => cli.no_keep = matches.get_flag(id),
            "profile" => cli.profile = text(),
            "kubeconfig" => cli.kubeconfig = matches.get_one::<std::path::PathBuf>(id).cloned(),
            "kube_context" => cli.kube_context = text(),
            "connect_timeout_ms" => {
                if let Some(ms) = matches.get_one::<u64>(id) {
                    cli.connect_timeout_ms = *ms;
                }
            }
            "call_timeout_ms" => {
                if let Some(ms) = matches.get_one::<u64>(id) {
                    cli.call_timeout_ms = *ms;
                }
            }
            "cluster" => cli.context.cluster = text(),
            "region" => cli.context.region = text(),
            "principal_arn" => cli.context.principal_arn = text(),
            "action" => cli.context.action = text(),
            "target_role_arn" => cli.context.target_role_arn = text(),
            "other_account_id" => cli.context.other_account_id = text(),
            "service_account" => cli.context.service_account = text(),
            "can_i" => cli.context.can_i = text(),
            // A shared option listed above but not read here would be dropped without a word.
            _ => debug_assert!(false, "shared option {id} is not read into Cli"),
        }
    }
}

/// A top-level option given before `command` that `command` does not take, as its long name.
pub fn misplaced(root: &clap::Command, matches: &ArgMatches, command: &str) -> Option<String> {
    let shared = shared_with(command);
    GENERAL_OPTIONS
        .iter()
        .chain(CASE_VALUES.iter())
        .filter(|id| !shared.contains(id))
        .find(|id| given(matches, id))
        .and_then(|id| {
            root.get_arguments()
                .find(|a| a.get_id() == *id)
                .and_then(|a| a.get_long())
                .map(|long| format!("--{long}"))
        })
}
