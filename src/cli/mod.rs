//! The command line: parsed with clap, worded from the Fluent files.

mod aws_profiles;
mod case_commands;
mod diagnose_command;
mod diagnose_error;
mod error;
mod error_input;
mod explain_command;
mod guide_command;
mod help_commands;
mod kubectl_context;
mod lint_aws_auth_command;
mod output;
mod shared_options;
mod token_command;
mod wizard_command;

use std::ffi::OsString;

use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::{ArgAction, Args, CommandFactory, FromArgMatches, Parser, Subcommand, ValueEnum};

use crate::guide::{Context, Field, Symptom};
use crate::i18n::{Lang, resolve_lang_from_env};
use crate::tr;

pub use case_commands::{CollectArgs, ReportArgs, run_collect, run_report};
pub use diagnose_command::run_diagnose;
pub use error::{AccessEntriesError, CliError, EXIT_FAILED};
pub use explain_command::{EXIT_UNKNOWN, explain, explain_with, run_explain};
pub use guide_command::run_guide;
pub use lint_aws_auth_command::{input_error_message, run_lint_aws_auth};
pub use output::{EXIT_CLOSED_PIPE, EXIT_OUTPUT_FAILED, Form, OutputError, say, write_stdout};
pub use token_command::run_token;
pub use wizard_command::run_wizard;
pub use wizard_command::{OpenArgs, run_open};

#[derive(Debug, Parser)]
#[command(
    name = "eks-iam-tui",
    disable_help_flag = true,
    disable_version_flag = true,
    disable_help_subcommand = true
)]
pub struct Cli {
    /// Language of everything the tool shows.
    #[arg(long, value_enum, value_name = "LANG")]
    pub lang: Option<Lang>,
    /// Draw borders with ASCII characters.
    #[arg(long)]
    pub ascii: bool,
    /// The AWS profile to use.
    #[arg(long, value_name = "PROFILE")]
    pub profile: Option<String>,
    /// The kubeconfig kubectl reads (else `KUBECONFIG`, else `~/.kube/config`).
    #[arg(long, value_name = "FILE")]
    pub kubeconfig: Option<std::path::PathBuf>,
    /// The kubeconfig context (else its current-context).
    #[arg(long = "context", id = "kube_context", value_name = "CONTEXT")]
    pub kube_context: Option<String>,
    /// How long a live check waits for a connection (the wizard's and `diagnose`'s).
    #[arg(long, default_value_t = 3000, value_name = "MS")]
    pub connect_timeout_ms: u64,
    /// How long one AWS call of a live check may take.
    #[arg(long, default_value_t = 10000, value_name = "MS")]
    pub call_timeout_ms: u64,
    /// One line per AWS and Kubernetes request on standard error, secrets redacted.
    #[arg(long)]
    pub debug: bool,
    /// Reopen the wizard's latest kept session (the wizard only).
    #[arg(long)]
    pub resume: bool,
    /// Keep nothing of this session in the state directory (also `EKS_IAM_TUI_NO_KEEP=1`).
    #[arg(long)]
    pub no_keep: bool,
    #[command(flatten)]
    pub context: ContextArgs,
    #[arg(short = 'h', long, action = ArgAction::Help)]
    pub help: Option<bool>,
    #[arg(short = 'V', long, action = ArgAction::Version)]
    pub version: Option<bool>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// Values that fill the guide; the wizard starts with them typed in.
#[derive(Debug, Clone, Default, Args)]
pub struct ContextArgs {
    // `--cluster-name` as `aws eks get-token` spells it.
    #[arg(long, value_name = "CLUSTER", alias = "cluster-name")]
    pub cluster: Option<String>,
    #[arg(long, value_name = "REGION")]
    pub region: Option<String>,
    #[arg(long, value_name = "ARN")]
    pub principal_arn: Option<String>,
    #[arg(long, value_name = "ACTION")]
    pub action: Option<String>,
    #[arg(long, value_name = "ARN")]
    pub target_role_arn: Option<String>,
    #[arg(long, value_name = "ACCOUNT_ID")]
    pub other_account_id: Option<String>,
    #[arg(long, value_name = "NAMESPACE/NAME")]
    pub service_account: Option<String>,
    #[arg(long, value_name = "QUESTION")]
    pub can_i: Option<String>,
}

impl ContextArgs {
    pub fn values(&self) -> Vec<(Field, &str)> {
        [
            (Field::Cluster, &self.cluster),
            (Field::Region, &self.region),
            (Field::PrincipalArn, &self.principal_arn),
            (Field::Action, &self.action),
            (Field::TargetRoleArn, &self.target_role_arn),
            (Field::OtherAccountId, &self.other_account_id),
            (Field::ServiceAccount, &self.service_account),
            (Field::CanI, &self.can_i),
        ]
        .into_iter()
        .filter_map(|(field, value)| value.as_deref().map(|v| (field, v)))
        .collect()
    }

    /// Says on stderr which given values look wrong; they are still used as given, since a
    /// support engineer may know better than the check.
    pub fn warn_about_values(&self, lang: Lang) {
        for (field, value) in self.values() {
            if let Some(problem) = field.problem_with(value) {
                say(&tr!(
                    lang,
                    "cli-warning-field",
                    field = tr!(lang, &field.label_id()),
                    problem = tr!(lang, problem)
                ));
            }
        }
    }

    pub fn to_context(&self) -> Context {
        let mut context = Context::default();
        for (field, value) in self.values() {
            context.set(field, value);
        }
        context
    }
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print a symptom's guide.
    Guide(GuideArgs),
    /// Lint an aws-auth ConfigMap; answer for --principal-arn; print the fix.
    LintAwsAuth(LintAwsAuthArgs),
    /// Ask AWS, read-only, which cause of a symptom holds.
    Diagnose(DiagnoseArgs),
    /// Read an error message and explain it.
    Explain(ExplainArgs),
    /// Print an ExecCredential with the EKS bearer token (a kubeconfig exec plugin).
    Token,
    /// Run the checks and write them to a case file.
    Collect(CollectArgs),
    /// Show a case file as a report.
    Report(ReportArgs),
    /// Open a case file in the wizard, offline.
    Open(OpenArgs),
}

#[derive(Debug, Args)]
pub struct LintAwsAuthArgs {
    /// The ConfigMap (YAML, JSON or `kubectl describe` output); `-` or nothing for stdin.
    #[arg(id = "aws_auth_file", value_name = "FILE")]
    pub file: Option<std::path::PathBuf>,
    #[arg(id = "lint_format", short = 'o', long = "format", value_name = "FORMAT", value_enum, default_value_t = LintFormat::Text)]
    pub format: LintFormat,
    /// The cluster's authentication mode: CONFIG_MAP, API_AND_CONFIG_MAP or API.
    #[arg(
        id = "aws_auth_mode",
        long = "authentication-mode",
        value_name = "MODE"
    )]
    pub mode: Option<String>,
    /// A JSON file with the cluster's access entries.
    #[arg(
        id = "aws_auth_access_entries",
        long = "access-entries",
        value_name = "FILE"
    )]
    pub access_entries: Option<std::path::PathBuf>,
    #[arg(id = "aws_auth_symptom", long = "for", value_name = "SYMPTOM", value_parser = lint_symptom_parser(), default_value = Symptom::AwsAuthPath.id())]
    pub symptom: Symptom,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum LintFormat {
    Text,
    Json,
}

/// `lint-aws-auth --for` takes the two symptoms whose aws-auth fix differs.
fn lint_symptom_parser() -> impl clap::builder::TypedValueParser<Value = Symptom> {
    use clap::builder::TypedValueParser as _;
    clap::builder::PossibleValuesParser::new([
        Symptom::AwsAuthPath.id(),
        Symptom::ConsoleNodes.id(),
    ])
    .try_map(|id| Symptom::from_id(&id).ok_or("not a symptom"))
}

#[derive(Debug, Args)]
pub struct DiagnoseArgs {
    /// Optional with --error: the symptom is then the one the message shows.
    #[arg(long, value_name = "SYMPTOM", value_enum, required_unless_present_any = ["diagnose_error", "diagnose_error_file"])]
    pub symptom: Option<Symptom>,
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = GuideFormat::Text)]
    pub format: GuideFormat,
    #[arg(long)]
    pub assume: bool,
    /// The error message to triage first (`-` reads standard input).
    #[arg(
        id = "diagnose_error",
        long = "error",
        value_name = "TEXT",
        conflicts_with = "diagnose_error_file"
    )]
    pub error: Option<String>,
    #[arg(id = "diagnose_error_file", long = "error-file", value_name = "FILE")]
    pub error_file: Option<std::path::PathBuf>,
    #[arg(id = "diagnose_redact", long = "redact")]
    pub redact: bool,
    /// An aws-auth ConfigMap (a file, or `-`) to explain a Kubernetes 401 with.
    #[arg(id = "diagnose_aws_auth", long = "aws-auth", value_name = "FILE")]
    pub aws_auth: Option<std::path::PathBuf>,
}

#[derive(Debug, Args)]
pub struct ExplainArgs {
    #[arg(long, value_name = "TEXT", conflicts_with = "error_file")]
    pub error: Option<String>,
    #[arg(long, value_name = "FILE")]
    pub error_file: Option<std::path::PathBuf>,
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = GuideFormat::Text)]
    pub format: GuideFormat,
    #[arg(long)]
    pub redact: bool,
}

#[derive(Debug, Args)]
pub struct GuideArgs {
    #[arg(value_name = "SYMPTOM", value_enum)]
    pub symptom: Symptom,
    #[arg(short = 'o', long, value_name = "FORMAT", value_enum, default_value_t = GuideFormat::Text)]
    pub format: GuideFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum GuideFormat {
    Text,
    Markdown,
    Json,
}

/// The exit code for a usage error, as for every command of the tool.
pub const EXIT_USAGE: u8 = 2;

/// What parsing ended in.
pub enum Parsed {
    Run(Box<Cli>),
    /// Help or version was printed, or the arguments were wrong (already reported).
    Exit(u8),
}

/// `--lang` as written on the command line, before full parsing, so that help and errors are
/// already in the right language.
pub fn lang_from_raw_args(args: &[OsString]) -> Option<Lang> {
    let mut iter = args.iter().filter_map(|a| a.to_str());
    while let Some(arg) = iter.next() {
        let value = match arg.strip_prefix("--lang") {
            Some("") => iter.next(),
            Some(rest) => rest.strip_prefix('='),
            None => None,
        };
        if let Some(lang) = value.and_then(|v| Lang::from_str(v, true).ok()) {
            return Some(lang);
        }
    }
    None
}

/// The version, with the git commit it was built from when it was built from a checkout.
pub fn version() -> String {
    match option_env!("EKS_IAM_TUI_GIT_COMMIT").filter(|c| !c.is_empty()) {
        Some(commit) => format!("{} ({commit})", env!("CARGO_PKG_VERSION")),
        None => env!("CARGO_PKG_VERSION").to_owned(),
    }
}

/// The clap command with every help text taken from the Fluent files of `lang`: each command
/// lists its own options first, then the shared options and the case's values it takes, then
/// examples.
pub fn localized_command(lang: Lang) -> clap::Command {
    let heading = tr!(lang, "cli-heading-options");
    let template = format!(
        "{{about}}\n\n{}: {{usage}}\n\n{{all-args}}{{after-help}}",
        tr!(lang, "cli-heading-usage")
    );
    let command = Cli::command()
        .version(version())
        .subcommands(help_commands::commands());
    let root = localize(command, lang, &heading, &template, "");
    let shared_heading = tr!(lang, "cli-heading-shared");
    let case_heading = tr!(lang, "cli-heading-case");
    let top: Vec<clap::Arg> = root.get_arguments().cloned().collect();
    let mut root = root;
    for id in shared_options::CASE_VALUES {
        let case_heading = case_heading.clone();
        root = root.mut_arg(id, move |a| a.help_heading(case_heading));
    }
    let names: Vec<String> = root
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for name in names {
        let mut extra: Vec<clap::Arg> = top
            .iter()
            .filter(|a| a.get_id() == "help")
            .cloned()
            .collect();
        for id in shared_options::shared_with(&name) {
            if let Some(arg) = top.iter().find(|a| a.get_id() == *id) {
                let heading = if shared_options::is_case_value(id) {
                    case_heading.clone()
                } else {
                    shared_heading.clone()
                };
                let arg = arg.clone().help_heading(heading);
                extra.push(match shared_options::help_id(&name, id) {
                    Some(help) => arg.help(tr!(lang, help)),
                    None => arg,
                });
            }
        }
        root = root.mut_subcommand(name, |s| s.args(extra));
    }
    root.subcommand_help_heading(tr!(lang, "cli-heading-commands"))
        .after_help(format!(
            "{}\n\n{}",
            tr!(lang, "cli-after-help"),
            examples(lang, "cli-examples")
        ))
}

/// The examples at the end of a command's help.
fn examples(lang: Lang, id: &str) -> String {
    let lines: Vec<String> = tr!(lang, id)
        .lines()
        .map(|line| format!("  {line}"))
        .collect();
    format!(
        "{}:\n{}",
        tr!(lang, "cli-heading-examples"),
        lines.join("\n")
    )
}

fn localize(
    command: clap::Command,
    lang: Lang,
    heading: &str,
    template: &str,
    prefix: &str,
) -> clap::Command {
    let name = command.get_name().to_owned();
    let scope = if prefix.is_empty() {
        String::new()
    } else {
        format!("{name}-")
    };
    let about = tr!(lang, &format!("cli-{scope}about"));
    let ids: Vec<String> = command
        .get_arguments()
        .map(|a| a.get_id().to_string())
        .collect();
    let mut command = command
        .about(about)
        .help_template(template.to_owned())
        .next_help_heading(heading.to_owned());
    if !prefix.is_empty() {
        command = command.after_help(examples(lang, &format!("cli-{scope}examples")));
    }
    let arguments_heading = tr!(lang, "cli-heading-arguments");
    for id in ids {
        let help = tr!(lang, &format!("cli-arg-{}", id.replace('_', "-")));
        let heading = heading.to_owned();
        let arguments_heading = arguments_heading.clone();
        // clap's own notes ("possible values", "default") are English; our help says them.
        command = command.mut_arg(id, move |arg| {
            let heading = if arg.is_positional() {
                arguments_heading
            } else {
                heading
            };
            let arg = arg.help(help).help_heading(heading);
            if arg.get_action().takes_values() {
                arg.hide_possible_values(true).hide_default_value(true)
            } else {
                arg
            }
        });
    }
    let subcommands: Vec<String> = command
        .get_subcommands()
        .map(|s| s.get_name().to_owned())
        .collect();
    for sub in subcommands {
        command = command.mut_subcommand(sub, |s| localize(s, lang, heading, template, &name));
    }
    command
}

/// Parses the command line; help, version, completions, the man page and errors are printed
/// here in `lang`.
pub fn parse(args: Vec<OsString>) -> Parsed {
    let lang = resolve_lang_from_env(lang_from_raw_args(&args));
    parse_in(lang, args)
}

fn parse_in(lang: Lang, args: Vec<OsString>) -> Parsed {
    let command = localized_command(lang);
    let matches = match command.clone().try_get_matches_from(&args) {
        Ok(matches) => matches,
        Err(error) => {
            if let Some((option, name)) = misplaced_after_command(&command, &args, &error) {
                return not_for_command(lang, &option, &name);
            }
            return report(lang, &error);
        }
    };
    match matches.subcommand() {
        // `help diagnose` is `diagnose --help`, word for word.
        Some((help_commands::HELP, sub)) => {
            let mut again: Vec<OsString> = args.iter().take(1).cloned().collect();
            again.extend(
                help_commands::help_path(sub)
                    .into_iter()
                    .map(OsString::from),
            );
            again.push("--help".into());
            return parse_in(lang, again);
        }
        Some((help_commands::COMPLETIONS, sub)) => {
            return Parsed::Exit(help_commands::run_completions(lang, command, sub));
        }
        Some((help_commands::MAN, sub)) => {
            return Parsed::Exit(help_commands::run_man(lang, command, sub));
        }
        Some((name, _)) => {
            if let Some(option) = shared_options::misplaced(&command, &matches, name) {
                return not_for_command(lang, &option, name);
            }
        }
        None => {}
    }
    let mut cli = match Cli::from_arg_matches(&matches) {
        Ok(cli) => cli,
        Err(error) => return report(lang, &error),
    };
    if let Some((name, sub)) = matches.subcommand() {
        shared_options::take_shared(&mut cli, name, sub);
    }
    Parsed::Run(Box::new(cli))
}

fn report(lang: Lang, error: &clap::Error) -> Parsed {
    match error.kind() {
        ErrorKind::DisplayHelp | ErrorKind::DisplayVersion => {
            // Written like any output: `--help | head` and `--help > /dev/full` end in words.
            match write_stdout(&error.render().to_string(), Form::Exact) {
                Ok(()) => Parsed::Exit(0),
                Err(error) => Parsed::Exit(error.report(lang)),
            }
        }
        _ => {
            say(&usage_error_message(lang, error));
            Parsed::Exit(EXIT_USAGE)
        }
    }
}

/// `--ascii` given to `token`, which does not take it: said, and a usage error.
fn not_for_command(lang: Lang, option: &str, command: &str) -> Parsed {
    say(&format!(
        "{}\n{}",
        tr!(
            lang,
            "cli-error-not-for-command",
            arg = option.to_owned(),
            command = command.to_owned()
        ),
        tr!(lang, "cli-error-see-help")
    ));
    Parsed::Exit(EXIT_USAGE)
}

/// `token --ascii`: one of the tool's own options after a command that does not take it.
/// Returns the option and the command, to be said as `--ascii token` is.
fn misplaced_after_command(
    command: &clap::Command,
    args: &[OsString],
    error: &clap::Error,
) -> Option<(String, String)> {
    if error.kind() != ErrorKind::UnknownArgument {
        return None;
    }
    let Some(ContextValue::String(arg)) = error.get(ContextKind::InvalidArg) else {
        return None;
    };
    let name = arg.strip_prefix("--")?;
    let name = name.split('=').next().unwrap_or(name);
    let top_level = command
        .get_arguments()
        .any(|option| option.get_long() == Some(name));
    let subcommand = args.iter().skip(1).find_map(|word| {
        let word = word.to_str()?;
        command
            .get_subcommands()
            .any(|sub| sub.get_name() == word)
            .then(|| word.to_owned())
    })?;
    top_level.then(|| (arg.clone(), subcommand))
}

/// clap's own wording is English only: say the same thing in the person's language.
fn usage_error_message(lang: Lang, error: &clap::Error) -> String {
    let context = |kind| match error.get(kind) {
        Some(ContextValue::String(s)) => s.clone(),
        Some(ContextValue::Strings(v)) => v.join(", "),
        Some(other) => other.to_string(),
        None => String::new(),
    };
    let arg = context(ContextKind::InvalidArg);
    let value = context(ContextKind::InvalidValue);
    let valid = context(ContextKind::ValidValue);
    let body = match error.kind() {
        ErrorKind::InvalidValue => {
            tr!(
                lang,
                "cli-error-invalid-value",
                arg = arg,
                value = value,
                valid = valid
            )
        }
        ErrorKind::UnknownArgument => tr!(lang, "cli-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => {
            tr!(
                lang,
                "cli-error-unknown-command",
                command = context(ContextKind::InvalidSubcommand)
            )
        }
        ErrorKind::MissingRequiredArgument | ErrorKind::MissingSubcommand => {
            tr!(lang, "cli-error-missing", arg = arg)
        }
        ErrorKind::ArgumentConflict => tr!(lang, "cli-error-conflict", arg = arg),
        ErrorKind::TooManyValues => {
            tr!(lang, "cli-error-too-many", arg = arg)
        }
        _ => tr!(lang, "cli-error-other"),
    };
    // clap's "did you mean", said in the person's language.
    let suggestion = [
        ContextKind::SuggestedSubcommand,
        ContextKind::SuggestedArg,
        ContextKind::SuggestedValue,
    ]
    .into_iter()
    .map(context)
    .find(|s| !s.is_empty());
    match suggestion {
        Some(suggestion) => format!(
            "{}\n{}\n{}",
            body,
            tr!(lang, "cli-error-did-you-mean", suggestion = suggestion),
            tr!(lang, "cli-error-see-help")
        ),
        None => format!("{}\n{}", body, tr!(lang, "cli-error-see-help")),
    }
}
