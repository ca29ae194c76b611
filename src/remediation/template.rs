//! The guide's shell blocks are data (`assets/guide/*.toml`): command templates with
//! `{{placeholders}}`. Two things make them as safe to paste as the builders' commands: every
//! `aws` and `eksctl` command gets the case's profile and every `kubectl` the case's context
//! (as `{{profile}}` and `{{kube_context}}`, filled like any value), and every value filled
//! outside quotes is shell-quoted ([`QuoteState`]).

use super::command::{CommandScope, shell_quote};

/// The placeholder the profile is filled through.
pub const PROFILE_PLACEHOLDER: &str = "profile";
/// The placeholder the kubectl context is filled through.
pub const KUBE_CONTEXT_PLACEHOLDER: &str = "kube_context";

/// `template` with `--profile {{profile}}` after each `aws <service> <operation>` and
/// `eksctl <verb> <noun>` that names no profile of its own, and `--context {{kube_context}}`
/// after each `kubectl`, for the parts of the scope that are known.
pub fn with_scope(template: &str, scope: &CommandScope) -> String {
    let commands = commands_of(template);
    let mut out = String::with_capacity(template.len() + 64);
    let mut copied = 0;
    for command in commands {
        let insertion = match command.program {
            "aws" | "eksctl" if scope.profile.is_some() && !command.names_profile => {
                format!(" --profile {{{{{PROFILE_PLACEHOLDER}}}}}")
            }
            "kubectl" if scope.kube_context.is_some() && !command.names_context => {
                format!(" --context {{{{{KUBE_CONTEXT_PLACEHOLDER}}}}}")
            }
            _ => continue,
        };
        out.push_str(&template[copied..command.insert_at]);
        out.push_str(&insertion);
        copied = command.insert_at;
    }
    out.push_str(&template[copied..]);
    out
}

#[derive(Debug)]
struct Command<'a> {
    program: &'a str,
    /// Where the scope's option goes: after the program's own words.
    insert_at: usize,
    names_profile: bool,
    names_context: bool,
}

/// The `aws`, `eksctl` and `kubectl` commands of a shell text, where each starts a command:
/// at a line's start, after `$(`, `|`, `&&`, `||` or `;`.
fn commands_of(text: &str) -> Vec<Command<'_>> {
    const OPERATORS: [&str; 5] = ["$(", "&&", "||", "|", ";"];
    let mut found = Vec::new();
    let mut at_command_start = true;
    let mut index = 0;
    while let Some(c) = text[index..].chars().next() {
        let rest = &text[index..];
        if rest.starts_with("\\\n") {
            // A line ending in `\` continues the same command.
            index += 2;
            continue;
        }
        if c == '\n' {
            at_command_start = true;
            index += 1;
            continue;
        }
        if let Some(operator) = OPERATORS.iter().find(|op| rest.starts_with(**op)) {
            index += operator.len();
            at_command_start = true;
            continue;
        }
        if c.is_whitespace() || "\"'()".contains(c) {
            index += c.len_utf8();
            continue;
        }
        let word_end = rest
            .find(|c: char| c.is_whitespace() || "\"'()|;".contains(c))
            .unwrap_or(rest.len())
            .min(rest.find("$(").filter(|at| *at > 0).unwrap_or(rest.len()));
        let word = &rest[..word_end];
        if at_command_start
            && let Some(program) = ["aws", "eksctl", "kubectl"]
                .into_iter()
                .find(|p| *p == word)
        {
            let own_words = if program == "kubectl" { 0 } else { 2 };
            let body = command_text(rest);
            let names = |option: &str| {
                body.split_whitespace()
                    .any(|w| w == option || w.starts_with(&format!("{option}=")))
            };
            found.push(Command {
                program,
                insert_at: index + end_of_words(rest, 1 + own_words),
                names_profile: names("--profile"),
                names_context: names("--context"),
            });
        }
        at_command_start = false;
        index += word_end.max(c.len_utf8());
    }
    found
}

/// The text of the command starting at `text`'s start, through its continuation lines, up to
/// where another command starts.
fn command_text(text: &str) -> &str {
    let mut end = 0;
    for line in text.split_inclusive('\n') {
        end += line.len();
        if !line.trim_end().ends_with('\\') {
            break;
        }
    }
    let command = &text[..end];
    let stop = ["|", "&&", ";", ")"]
        .iter()
        .filter_map(|operator| command.find(operator))
        .min()
        .unwrap_or(command.len());
    &command[..stop]
}

/// The byte offset just after the first `count` words of `text` (or where the line ends).
fn end_of_words(text: &str, count: usize) -> usize {
    let mut offset = 0;
    for _ in 0..count {
        let rest = &text[offset..];
        let start = rest.len() - rest.trim_start_matches([' ', '\t']).len();
        let rest = &rest[start..];
        if rest.is_empty() || rest.starts_with(['\n', '\\']) {
            return offset;
        }
        let word = rest
            .find(|c: char| c.is_whitespace() || c == ')')
            .unwrap_or(rest.len());
        offset += start + word;
    }
    offset
}

/// Where a shell is in its quoting, read through a template's literal text, so a value filled
/// next is quoted only where the template did not already quote it.
#[derive(Debug, Default)]
pub struct QuoteState {
    /// Open contexts, innermost last: `'`, `"` or `(` for a `$(` command substitution.
    open: Vec<char>,
}

impl QuoteState {
    pub fn read(&mut self, literal: &str) {
        let mut chars = literal.chars().peekable();
        while let Some(c) = chars.next() {
            match (self.open.last(), c) {
                (Some('\''), '\'') => {
                    self.open.pop();
                }
                (Some('\''), _) => {}
                (_, '\\') => {
                    chars.next();
                }
                (Some('"'), '"') => {
                    self.open.pop();
                }
                (_, '$') if chars.peek() == Some(&'(') => {
                    chars.next();
                    self.open.push('(');
                }
                (Some('('), ')') => {
                    self.open.pop();
                }
                (Some('"'), _) => {}
                (_, '\'') => self.open.push('\''),
                (_, '"') => self.open.push('"'),
                _ => {}
            }
        }
    }

    /// `value` as it must be written here: quoted outside quotes; inside the template's own
    /// quotes, with only what would end them (or expand, in double quotes) escaped.
    pub fn write(&self, value: &str) -> String {
        match self.open.last() {
            None | Some('(') => shell_quote(value),
            Some('\'') => value.replace('\'', "'\\''"),
            Some(_) => value
                .chars()
                .flat_map(|c| match c {
                    '"' | '$' | '`' | '\\' => vec!['\\', c],
                    c => vec![c],
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn scope(profile: Option<&str>, context: Option<&str>) -> CommandScope {
        CommandScope {
            profile: profile.map(str::to_owned),
            region: None,
            kube_context: context.map(str::to_owned),
        }
    }

    #[test]
    fn the_profile_follows_the_operation_and_the_context_follows_kubectl() {
        let both = scope(Some("p"), Some("c"));
        assert_eq!(
            with_scope("aws iam put-role-policy \\\n  --role-name x", &both),
            "aws iam put-role-policy --profile {{profile}} \\\n  --role-name x"
        );
        assert_eq!(
            with_scope("kubectl get pods | head -n 1", &both),
            "kubectl --context {{kube_context}} get pods | head -n 1"
        );
        assert_eq!(
            with_scope("ROLE_ARN=\"$(aws iam get-role --role-name x)\"", &both),
            "ROLE_ARN=\"$(aws iam get-role --profile {{profile}} --role-name x)\""
        );
        assert_eq!(
            with_scope(
                "eksctl create iamidentitymapping --cluster c \\\n  --arn a",
                &both
            ),
            "eksctl create iamidentitymapping --profile {{profile}} --cluster c \\\n  --arn a"
        );
        assert_eq!(
            with_scope(
                "kubectl rollout restart $(kubectl get deployments -o name)",
                &both
            ),
            "kubectl --context {{kube_context}} rollout restart $(kubectl --context {{kube_context}} get deployments -o name)"
        );
        assert_eq!(
            with_scope("aws sts get-caller-identity", &both),
            "aws sts get-caller-identity --profile {{profile}}"
        );
    }

    #[test]
    fn a_command_naming_its_own_profile_keeps_it_and_nothing_unknown_is_added() {
        let template = "aws configure set role_arn r --profile eks-prod";
        assert_eq!(with_scope(template, &scope(Some("p"), None)), template);
        let template = "aws eks list-clusters\nkubectl get nodes";
        assert_eq!(with_scope(template, &CommandScope::default()), template);
        // Words that only look like a program are left alone.
        let template = "echo aws eks list-clusters";
        assert_eq!(with_scope(template, &scope(Some("p"), None)), template);
    }

    #[test]
    fn values_are_quoted_only_outside_the_templates_own_quotes() {
        let mut state = QuoteState::default();
        state.read("aws iam get-role --role-name ");
        assert_eq!(state.write("my role"), "'my role'");
        let mut state = QuoteState::default();
        state.read("kubectl get sa -o jsonpath='{.items[?(@.name==\"");
        assert_eq!(state.write("my sa"), "my sa");
        let mut state = QuoteState::default();
        state.read("ROLE=\"$(aws iam get-role --role-name ");
        assert_eq!(state.write("it's"), "'it'\\''s'");
        state.read(")\" && echo \"");
        assert_eq!(state.write("a b"), "a b");
        assert_eq!(state.write("$HOME \"x\""), "\\$HOME \\\"x\\\"");
        let mut state = QuoteState::default();
        state.read("-o jsonpath='{.items[?(@.name==\"");
        assert_eq!(state.write("it's"), "it'\\''s");
    }
}
