//! Every command the guide prints can be pasted into the customer's shell as is: each `aws` and
//! `eksctl` command carries the case's profile and each `kubectl` the case's context, and every
//! value reads back as the one word it was, whatever it holds. Checked the way a shell reads
//! the lines (shlex), over every symptom's guide in both languages.

use eks_iam_tui::guide::render::render_steps;
use eks_iam_tui::guide::{BlockKind, Context, Field, Symptom, guide_for};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::remediation::CommandScope;

use crate::support::emulator::{ClientEnv, run_tool};

const PROFILE: &str = "customer prod";
const KUBE_CONTEXT: &str = "arn:aws:eks:ap-northeast-1:111122223333:cluster/prod's";

/// Values a shell would split or expand, in the fields a person types.
fn hostile_context() -> Context {
    let mut context = Context::default();
    context.set(Field::Cluster, "prod");
    context.set(Field::Region, "ap-northeast-1");
    context.set(
        Field::PrincipalArn,
        "arn:aws:iam::111122223333:role/team dev/eks admin",
    );
    context.set(
        Field::TargetRoleArn,
        "arn:aws:iam::444455556666:role/$(touch x)",
    );
    context.set(Field::OtherAccountId, "444455556666");
    context.set(Field::ServiceAccount, "web apps/it's");
    context.set(Field::Action, "eks:DescribeCluster");
    context
}

/// One shell command: its words as the shell passes them to the program.
type Invocation = Vec<String>;

/// The commands of a shell block, the way a shell reads them: continuation lines joined,
/// pipelines and lists split, command substitutions read as commands of their own.
fn invocations(block: &str) -> Vec<Invocation> {
    let joined = block.replace("\\\n", " ");
    let mut found = Vec::new();
    for line in joined.lines() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        read_line(line, &mut found);
    }
    found
}

fn read_line(line: &str, found: &mut Vec<Invocation>) {
    let (outer, substitutions) = take_substitutions(line);
    for inner in substitutions {
        read_line(&inner, found);
    }
    let words = shlex::split(&outer).unwrap_or_else(|| panic!("a shell cannot read: {line}"));
    let mut current: Invocation = Vec::new();
    for word in words {
        if ["|", "&&", "||", ";"].contains(&word.as_str()) {
            found.push(std::mem::take(&mut current));
        } else {
            current.push(word);
        }
    }
    found.push(current);
}

/// `line` with each `$(…)` outside single quotes replaced by a plain word, and what they held.
fn take_substitutions(line: &str) -> (String, Vec<String>) {
    let chars: Vec<char> = line.chars().collect();
    let (mut outer, mut inners) = (String::new(), Vec::new());
    let (mut single, mut double) = (false, false);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '\\' && !single {
            outer.push(c);
            if let Some(next) = chars.get(i + 1) {
                outer.push(*next);
            }
            i += 2;
            continue;
        }
        if c == '\'' && !double {
            single = !single;
        } else if c == '"' && !single {
            double = !double;
        } else if c == '$' && !single && chars.get(i + 1) == Some(&'(') {
            let (mut depth, mut j, mut inner_single) = (1, i + 2, false);
            while j < chars.len() && depth > 0 {
                if chars[j] == '\\' && !inner_single {
                    j += 2;
                    continue;
                }
                match chars[j] {
                    '\'' => inner_single = !inner_single,
                    '(' if !inner_single => depth += 1,
                    ')' if !inner_single => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            inners.push(chars[i + 2..j.saturating_sub(1)].iter().collect());
            outer.push_str("SUBSTITUTION");
            i = j;
            continue;
        }
        outer.push(c);
        i += 1;
    }
    (outer, inners)
}

/// The program a command runs, past any `NAME=value` assignments.
fn program(invocation: &Invocation) -> Option<&str> {
    invocation
        .iter()
        .find(|w| {
            let assignment = w.split_once('=').is_some_and(|(name, _)| {
                !name.is_empty() && name.chars().all(|c| c.is_ascii_uppercase() || c == '_')
            });
            !assignment
        })
        .map(String::as_str)
}

fn value_of<'a>(invocation: &'a Invocation, option: &str) -> Option<&'a str> {
    invocation
        .iter()
        .position(|w| w == option)
        .and_then(|i| invocation.get(i + 1))
        .map(String::as_str)
}

/// The typed values a shell would split or run stay whole words: the principal's name with its
/// space, the target role's name that looks like a command substitution.
fn assert_values_whole(block: &str) {
    let joined = block.replace("\\\n", " ");
    for line in joined.lines().filter(|l| !l.trim_start().starts_with('#')) {
        let words = shlex::split(line).unwrap_or_else(|| panic!("a shell cannot read: {line}"));
        for word in &words {
            if word.contains("touch") {
                assert!(word.contains("$(touch x)"), "split: {word:?} in {line}");
            }
            if word.contains("admin") && !word.contains("Admin") {
                assert!(word.contains("eks admin"), "split: {word:?} in {line}");
            }
        }
    }
}

#[test]
fn every_guide_command_carries_the_profile_and_context_and_reads_back_whole() {
    let scope = CommandScope {
        profile: Some(PROFILE.into()),
        region: Some("ap-northeast-1".into()),
        kube_context: Some(KUBE_CONTEXT.into()),
    };
    let context = hostile_context();
    let (mut aws, mut kubectl) = (0, 0);
    for lang in [Lang::En, Lang::Ja] {
        for symptom in Symptom::ALL {
            let guide = guide_for(symptom).expect("guide");
            for step in render_steps(guide, &context, &scope, lang) {
                for block in step.blocks.iter().filter(|b| b.kind == BlockKind::Shell) {
                    let text = block.plain();
                    assert_values_whole(&text);
                    for invocation in invocations(&text) {
                        match program(&invocation) {
                            Some("aws" | "eksctl") => {
                                aws += 1;
                                let profile = value_of(&invocation, "--profile");
                                // A few guide commands set up a profile of their own on purpose
                                // (`aws configure set … --profile eks-<cluster>`).
                                assert!(
                                    profile == Some(PROFILE)
                                        || profile.is_some_and(|p| p.starts_with("eks-")),
                                    "{symptom:?} {}: {invocation:?}\n{text}",
                                    step.id
                                );
                            }
                            Some("kubectl") => {
                                kubectl += 1;
                                assert_eq!(
                                    value_of(&invocation, "--context"),
                                    Some(KUBE_CONTEXT),
                                    "{symptom:?} {}: {invocation:?}\n{text}",
                                    step.id
                                );
                            }
                            _ => {}
                        }
                    }
                }
            }
        }
    }
    // The guides hold dozens of each: a parser that found none would prove nothing.
    assert!(
        aws > 50 && kubectl > 10,
        "aws/eksctl {aws}, kubectl {kubectl}"
    );
}

#[test]
fn without_a_profile_or_context_nothing_is_added() {
    let context = hostile_context();
    for symptom in Symptom::ALL {
        let guide = guide_for(symptom).expect("guide");
        for step in render_steps(guide, &context, &CommandScope::default(), Lang::En) {
            for block in step.blocks.iter().filter(|b| b.kind == BlockKind::Shell) {
                for invocation in invocations(&block.plain()) {
                    if program(&invocation) == Some("kubectl") {
                        assert_eq!(value_of(&invocation, "--context"), None, "{invocation:?}");
                    }
                    if let Some(profile) = value_of(&invocation, "--profile") {
                        assert!(profile.starts_with("eks-"), "{invocation:?}");
                    }
                }
            }
        }
    }
}

#[test]
fn the_guide_command_prints_the_profile_it_was_given() {
    let env = ClientEnv::isolated();
    let run = run_tool(
        &env,
        &[
            "guide",
            "console-nodes",
            "--format",
            "json",
            "--profile",
            PROFILE,
            "--cluster",
            "prod",
            "--region",
            "ap-northeast-1",
        ],
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    let update_kubeconfig = json["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .flat_map(|s| s["commands"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c.as_str().map(str::to_owned))
        .find(|c| c.contains("update-kubeconfig"))
        .expect("update-kubeconfig");
    let words = invocations(&update_kubeconfig).remove(0);
    assert_eq!(value_of(&words, "--profile"), Some(PROFILE), "{words:?}");
    assert_eq!(value_of(&words, "--name"), Some("prod"), "{words:?}");
}

/// The console's message for a principal without access to the cluster's Kubernetes objects.
const CONSOLE_NODES: &str = "Your current IAM principal doesn't have access to Kubernetes objects on this cluster. This might be due to the current principal not having an IAM access entry with permissions to access the cluster.";

/// The commands `explain` prints for the console's message, read as a shell reads them, and
/// its text output.
fn explain_commands(env: &ClientEnv, flags: &[&str]) -> (Vec<Invocation>, String) {
    let mut args = vec!["explain", "--error", CONSOLE_NODES, "--format", "json"];
    args.extend_from_slice(flags);
    let run = run_tool(env, &args);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json = run.json();
    assert_eq!(json["symptom"], "console-nodes");
    let commands = json["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .flat_map(|s| s["commands"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c.as_str().map(str::to_owned))
        .flat_map(|block| invocations(&block))
        .collect();
    let mut args = vec!["explain", "--error", CONSOLE_NODES];
    args.extend_from_slice(flags);
    let text = run_tool(env, &args);
    assert_eq!(text.code, 0, "{}", text.stderr);
    (commands, text.stdout)
}

/// The `aws` and `eksctl` commands, each with the profile it names.
fn profiles_named(commands: &[Invocation]) -> Vec<(String, Option<String>)> {
    commands
        .iter()
        .filter(|c| matches!(program(c), Some("aws" | "eksctl")))
        .map(|c| (c.join(" "), value_of(c, "--profile").map(str::to_owned)))
        .collect()
}

#[test]
fn explain_prints_every_command_with_the_profile_region_and_context_given() {
    let env = ClientEnv::isolated();
    let (commands, text) = explain_commands(
        &env,
        &[
            "--profile",
            PROFILE,
            "--region",
            "eu-west-1",
            "--context",
            "prod ctx",
        ],
    );
    let named = profiles_named(&commands);
    assert!(named.len() >= 5, "{named:?}");
    for (command, profile) in &named {
        assert_eq!(profile.as_deref(), Some(PROFILE), "{command}");
    }
    // Every EKS command, aws's and eksctl's, names the Region.
    let regional: Vec<&Invocation> = commands
        .iter()
        .filter(|c| {
            program(c) == Some("eksctl")
                || (program(c) == Some("aws") && c.get(1).is_some_and(|s| s == "eks"))
        })
        .collect();
    assert!(regional.len() >= 5, "{regional:?}");
    for command in regional {
        assert_eq!(
            value_of(command, "--region"),
            Some("eu-west-1"),
            "{command:?}"
        );
    }
    let kubectl: Vec<&Invocation> = commands
        .iter()
        .filter(|c| program(c) == Some("kubectl"))
        .collect();
    assert!(!kubectl.is_empty());
    for command in kubectl {
        assert_eq!(
            value_of(command, "--context"),
            Some("prod ctx"),
            "{command:?}"
        );
    }
    // As printed for a person: quoted for the shell.
    let printed: Vec<&str> = text
        .lines()
        .map(str::trim_start)
        .filter(|l| l.starts_with("aws ") || l.starts_with("eksctl "))
        .collect();
    assert!(printed.len() >= 5, "{text}");
    for line in printed {
        assert!(line.contains("--profile 'customer prod'"), "{line}");
    }
}

/// Environment variables set for one run.
type Vars<'a> = &'a [(&'a str, &'a str)];

/// Without `--profile`, the commands name the profile the AWS CLI would use: AWS_PROFILE, else
/// AWS_DEFAULT_PROFILE; with neither, none; none either while keys in the environment sign
/// (`--profile` would set them aside). `--profile` wins over all of them.
#[test]
fn explain_names_the_profile_the_aws_cli_would_use() {
    let cases: [(Vars, &[&str], Option<&str>); 5] = [
        (&[("AWS_PROFILE", "from-shell")], &[], Some("from-shell")),
        (
            &[("AWS_DEFAULT_PROFILE", "cli-default")],
            &[],
            Some("cli-default"),
        ),
        (&[], &[], None),
        (
            &[
                ("AWS_PROFILE", "from-shell"),
                ("AWS_ACCESS_KEY_ID", "AKIAIOSFODNN7EXAMPLE"),
                ("AWS_SECRET_ACCESS_KEY", "not-a-real-secret"),
            ],
            &[],
            None,
        ),
        (
            &[
                ("AWS_PROFILE", "from-shell"),
                ("AWS_DEFAULT_PROFILE", "cli-default"),
            ],
            &["--profile", "given"],
            Some("given"),
        ),
    ];
    for (vars, flags, expected) in cases {
        let mut env = ClientEnv::isolated();
        for (key, value) in vars {
            env.set(key, value);
        }
        let (commands, _) = explain_commands(&env, flags);
        let named = profiles_named(&commands);
        assert!(!named.is_empty());
        for (command, profile) in named {
            assert_eq!(
                profile.as_deref(),
                expected,
                "{vars:?} {flags:?}: {command}"
            );
        }
    }
}
