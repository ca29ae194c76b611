//! The command line as a person meets it: help, "did you mean", completions, the man page,
//! `--version`, `-o`, and `--debug` against the emulator. The real binary, both languages.

use crate::support::emulator;

use std::process::{Command, Output, Stdio};

use eks_iam_tui::cli::{Parsed, localized_command, parse};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;

const BIN: &str = env!("CARGO_BIN_EXE_eks-iam-tui");

/// The tool with `args` in language `lang`, nothing of the developer's environment leaking in.
fn run(lang: Lang, args: &[&str]) -> Output {
    let locale = match lang {
        Lang::En => "en_US.UTF-8",
        Lang::Ja => "ja_JP.UTF-8",
    };
    Command::new(BIN)
        .args(args)
        .env_clear()
        .env("LANG", locale)
        .env("PATH", std::env::var_os("PATH").unwrap_or_default())
        .stdin(Stdio::null())
        .output()
        .expect("run eks-iam-tui")
}

fn stdout(output: &Output) -> String {
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every command name the parser knows.
fn commands() -> Vec<String> {
    localized_command(Lang::En)
        .get_subcommands()
        .map(|c| c.get_name().to_owned())
        .collect()
}

fn has(program: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {program}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

#[test]
fn help_diagnose_is_diagnose_help_in_both_languages() {
    for lang in Lang::ALL {
        for command in commands() {
            let by_flag = run(lang, &[&command, "--help"]);
            let by_command = run(lang, &["help", &command]);
            assert_eq!(by_flag.status.code(), Some(0), "{command} --help");
            assert_eq!(by_command.status.code(), Some(0), "help {command}");
            assert_eq!(stdout(&by_command), stdout(&by_flag), "help {command}");
            assert!(!stdout(&by_flag).is_empty());
        }
        assert_eq!(
            stdout(&run(lang, &["help"])),
            stdout(&run(lang, &["--help"]))
        );
    }
    let help = stdout(&run(Lang::Ja, &["help", "diagnose"]));
    assert!(
        help.contains(&tr!(Lang::Ja, "cli-diagnose-about")),
        "{help}"
    );
}

#[test]
fn typos_get_a_did_you_mean_in_the_chosen_language() {
    for lang in Lang::ALL {
        let did_you_mean = |word: &str| tr!(lang, "cli-error-did-you-mean", suggestion = word);
        let output = run(lang, &["diagnos", "--symptom", "console-nodes"]);
        assert_eq!(output.status.code(), Some(2));
        let text = stderr(&output);
        assert!(text.contains(&did_you_mean("diagnose")), "{text}");
        assert!(
            text.contains(&tr!(lang, "cli-error-unknown-command", command = "diagnos")),
            "{text}"
        );

        let output = run(
            lang,
            &[
                "diagnose",
                "--symptom",
                "console-nodes",
                "--cluster-nme",
                "x",
            ],
        );
        assert_eq!(output.status.code(), Some(2));
        let text = stderr(&output);
        // `--cluster-name` is `--cluster` as `aws eks get-token` spells it: either is right.
        assert!(
            text.contains(&did_you_mean("--cluster"))
                || text.contains(&did_you_mean("--cluster-name")),
            "{text}"
        );

        // A value: `--format jsn`.
        let output = run(lang, &["guide", "pass-role", "--format", "jsn"]);
        assert_eq!(output.status.code(), Some(2));
        assert!(
            stderr(&output).contains(&did_you_mean("json")),
            "{}",
            stderr(&output)
        );
    }
}

#[test]
fn each_command_shows_only_the_options_it_takes_own_ones_first() {
    let help = stdout(&run(Lang::En, &["token", "--help"]));
    for absent in [
        "--ascii",
        "--can-i",
        "--principal-arn",
        "--connect-timeout-ms",
    ] {
        assert!(
            !help.contains(absent),
            "token --help shows {absent}:\n{help}"
        );
    }
    for present in ["--cluster", "--region", "--profile", "--debug", "--lang"] {
        assert!(
            help.contains(present),
            "token --help lacks {present}:\n{help}"
        );
    }
    // diagnose: its own options, then the shared ones, then the case's values, then examples.
    let help = stdout(&run(Lang::En, &["diagnose", "--help"]));
    let at = |needle: &str| {
        help.find(needle)
            .unwrap_or_else(|| panic!("{needle} missing:\n{help}"))
    };
    assert!(at("--symptom") < at(&tr!(Lang::En, "cli-heading-shared")));
    assert!(at(&tr!(Lang::En, "cli-heading-shared")) < at("--profile"));
    assert!(at("--profile") < at(&tr!(Lang::En, "cli-heading-case")));
    assert!(at(&tr!(Lang::En, "cli-heading-case")) < at("--cluster"));
    assert!(at("--cluster") < at(&tr!(Lang::En, "cli-heading-examples")));
    // An option that does not apply is refused, before or after the command.
    for args in [
        &["token", "--ascii", "--cluster", "x"][..],
        &["--ascii", "token", "--cluster", "x"][..],
    ] {
        for lang in Lang::ALL {
            let output = run(lang, args);
            assert_eq!(output.status.code(), Some(2), "{args:?}");
            // Said as an option of another command, not as an unknown one.
            let said = tr!(
                lang,
                "cli-error-not-for-command",
                arg = "--ascii",
                command = "token"
            );
            assert!(stderr(&output).contains(&said), "{}", stderr(&output));
        }
    }
}

#[test]
fn value_names_are_readable_and_every_help_ends_with_examples_that_parse() {
    let internal = regex::Regex::new(r"<[a-z]+_[a-z_]+>").expect("regex");
    for lang in Lang::ALL {
        let mut pages = vec![(String::new(), stdout(&run(lang, &["--help"])))];
        for command in commands() {
            let page = stdout(&run(lang, &[&command, "--help"]));
            pages.push((command, page));
        }
        for (command, page) in pages {
            assert!(!internal.is_match(&page), "{command}: {page}");
            let heading = format!("{}:\n", tr!(lang, "cli-heading-examples"));
            let (_, examples) = page
                .split_once(&heading)
                .unwrap_or_else(|| panic!("{command} --help has no examples:\n{page}"));
            let mut count = 0;
            for line in examples.lines().filter(|l| !l.trim().is_empty()) {
                // `kubectl ... | eks-iam-tui lint-aws-auth`: the tool's part.
                let line = line
                    .split('|')
                    .map(str::trim)
                    .find(|part| part.starts_with("eks-iam-tui"))
                    .unwrap_or(line);
                let words: Vec<&str> = line.split_whitespace().collect();
                assert_eq!(words.first(), Some(&"eks-iam-tui"), "{command}: {line}");
                let words: Vec<&str> = words
                    .into_iter()
                    .take_while(|w| !w.starts_with('>'))
                    .collect();
                if let Err(error) = localized_command(lang).try_get_matches_from(&words) {
                    panic!("{command}: the example {line:?} does not parse: {error}");
                }
                count += 1;
            }
            assert!(count > 0, "{command}");
        }
    }
}

#[test]
fn shared_options_after_the_command_win_and_o_is_format() {
    let args = |list: &[&str]| list.iter().map(Into::into).collect::<Vec<_>>();
    let Parsed::Run(cli) = parse(args(&[
        "eks-iam-tui",
        "--cluster",
        "before",
        "diagnose",
        "--symptom",
        "console-nodes",
        "--cluster",
        "after",
        "--connect-timeout-ms",
        "5",
        "--debug",
    ])) else {
        panic!("parses");
    };
    assert_eq!(cli.context.cluster.as_deref(), Some("after"));
    assert_eq!(cli.connect_timeout_ms, 5);
    assert_eq!(cli.call_timeout_ms, 10000);
    assert!(cli.debug);
    let Parsed::Run(cli) = parse(args(&[
        "eks-iam-tui",
        "--cluster",
        "before",
        "guide",
        "pass-role",
    ])) else {
        panic!("parses");
    };
    assert_eq!(cli.context.cluster.as_deref(), Some("before"));

    let output = run(Lang::En, &["guide", "pass-role", "-o", "json"]);
    assert_eq!(output.status.code(), Some(0));
    let json: serde_json::Value = serde_json::from_slice(&output.stdout).expect("-o json is JSON");
    assert_eq!(json["symptom"], "pass-role");
}

#[test]
fn version_names_the_commit_when_built_from_a_checkout() {
    let output = run(Lang::En, &["--version"]);
    assert_eq!(output.status.code(), Some(0));
    let version = stdout(&output);
    assert!(version.contains(env!("CARGO_PKG_VERSION")), "{version}");
    let head = Command::new("git")
        .args([
            "-C",
            env!("CARGO_MANIFEST_DIR"),
            "rev-parse",
            "--short=12",
            "HEAD",
        ])
        .output();
    match head {
        Ok(head) if head.status.success() => {
            let commit = String::from_utf8_lossy(&head.stdout).trim().to_owned();
            assert!(
                version.contains(&format!("({commit})")),
                "{version} vs {commit}"
            );
        }
        _ => eprintln!("not a git checkout here: the commit in --version is not checked"),
    }
}

#[test]
fn bash_completions_parse_and_load() {
    let dir = tempfile::tempdir().expect("temp dir");
    let output = run(Lang::En, &["completions", "bash"]);
    assert_eq!(output.status.code(), Some(0));
    let script = dir.path().join("eks-iam-tui.bash");
    std::fs::write(&script, &output.stdout).expect("write");
    let status = Command::new("bash")
        .arg("-n")
        .arg(&script)
        .status()
        .expect("bash");
    assert!(status.success(), "bash -n refused the completions");
    let loaded = Command::new("bash")
        .arg("-c")
        .arg(format!(
            "source '{}' && complete -p eks-iam-tui",
            script.display()
        ))
        .output()
        .expect("bash");
    assert!(loaded.status.success(), "{}", stderr(&loaded));
    assert!(
        stdout(&loaded).contains("eks-iam-tui"),
        "{}",
        stdout(&loaded)
    );
    let text = stdout(&output);
    for command in commands() {
        assert!(text.contains(&command), "bash completions lack {command}");
    }
}

#[test]
fn other_shells_get_completions_that_name_every_command() {
    for (shell, checker) in [
        ("zsh", Some("zsh")),
        ("fish", Some("fish")),
        ("powershell", None),
    ] {
        let output = run(Lang::En, &["completions", shell]);
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let text = stdout(&output);
        for command in commands() {
            assert!(
                text.contains(&command),
                "{shell} completions lack {command}"
            );
        }
        match checker {
            Some(program) if has(program) => {
                let dir = tempfile::tempdir().expect("temp dir");
                let file = dir.path().join("completions");
                std::fs::write(&file, &output.stdout).expect("write");
                let status = Command::new(program)
                    .arg("-n")
                    .arg(&file)
                    .status()
                    .expect("shell");
                assert!(status.success(), "{program} -n refused the completions");
            }
            _ => eprintln!("{shell}: no {shell} here to parse the script with"),
        }
    }
    assert_eq!(
        run(Lang::En, &["completions", "tcsh"]).status.code(),
        Some(2)
    );
}

/// The man page as text: groff where it is installed, else the roff source itself.
fn render(roff: &[u8]) -> String {
    if !has("groff") {
        eprintln!("no groff here: checking the roff source instead of a rendering");
        return String::from_utf8_lossy(roff).into_owned();
    }
    let mut child = Command::new("groff")
        .args(["-man", "-Tutf8", "-ww"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("groff");
    {
        use std::io::Write;
        let mut input = child.stdin.take().expect("stdin");
        input.write_all(roff).expect("write roff");
    }
    let output = child.wait_with_output().expect("groff");
    assert!(output.status.success());
    assert!(output.stderr.is_empty(), "groff warns: {}", stderr(&output));
    // Bold and underline come as backspace overstrikes.
    let text = stdout(&output);
    let mut plain = String::new();
    for c in text.chars() {
        if c == '\u{8}' {
            plain.pop();
        } else {
            plain.push(c);
        }
    }
    plain
}

#[test]
fn the_man_page_renders_and_names_every_command() {
    let output = run(Lang::En, &["man"]);
    assert_eq!(output.status.code(), Some(0));
    let page = render(&output.stdout);
    assert!(page.contains("eks-iam-tui"), "{page}");
    for command in commands() {
        assert!(
            page.contains(&command),
            "the man page lacks {command}:\n{page}"
        );
    }
    let output = run(Lang::En, &["man", "diagnose"]);
    assert_eq!(output.status.code(), Some(0));
    let page = render(&output.stdout);
    for option in ["--symptom", "--cluster", "--debug"] {
        assert!(
            page.contains(option),
            "man diagnose lacks {option}:\n{page}"
        );
    }
    assert!(!page.contains("--ascii"), "{page}");
    let output = run(Lang::En, &["man", "no-such-command"]);
    assert_eq!(output.status.code(), Some(2));
}

/// `--debug diagnose` logs each request, and no secret; the same with the SDK's own trace logs.
#[test]
fn debug_shows_each_request_and_no_secret() {
    let emu = emulator::Emulator::start("kube/admin");
    let mut env = emu.client_env();
    assert!(
        emu.session_token.is_some(),
        "the scenario's caller has a session token to keep out of the log"
    );
    let run = emulator::run_tool(
        &env,
        &[
            "--debug",
            "diagnose",
            "--symptom",
            "console-nodes",
            "--cluster",
            "prod",
            "--format",
            "json",
        ],
    );
    let log = &run.stderr;
    let line = |needle: &str| {
        log.lines()
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no {needle} line in:\n{log}"))
            .to_owned()
    };
    let identity = line("GetCallerIdentity");
    assert!(identity.contains("status=200"), "{identity}");
    assert!(identity.contains("attempt=1"), "{identity}");
    assert!(identity.contains(&emu.endpoint), "{identity}");
    assert!(line("DescribeCluster").contains("status=200"));
    assert!(line("selfsubjectreviews").contains("kubernetes POST"));
    // JSON on stdout is untouched by the log.
    run.json();
    assert_no_signature_or_token(log);

    // The SDK's and kube's own logs at trace level pass through the same redaction.
    env.set(
        "RUST_LOG",
        "aws_sigv4=trace,aws_smithy_runtime=trace,aws_smithy_runtime_api=trace,kube_client=trace,hyper_util=debug",
    );
    let run = emulator::run_tool(
        &env,
        &[
            "diagnose",
            "--symptom",
            "console-nodes",
            "--cluster",
            "prod",
            "--format",
            "json",
        ],
    );
    assert!(run.stderr.lines().count() > 20, "{}", run.stderr);
    assert_no_signature_or_token(&run.stderr);
}

fn assert_no_signature_or_token(log: &str) {
    let signature = regex::Regex::new(r"(?i)signature\W{0,3}[0-9a-f]{64}").expect("regex");
    assert!(!signature.is_match(log), "a signature in the log:\n{log}");
    let token = regex::Regex::new(r"k8s-aws-v1\.[A-Za-z0-9_-]{20,}").expect("regex");
    assert!(!token.is_match(log), "a bearer token in the log:\n{log}");
    // `run_tool` has already checked the secret key and the session token.
}
