//! The AWS CLI's profile rules, the same for every part of the tool: `--profile`, else
//! `AWS_PROFILE`, else `AWS_DEFAULT_PROFILE` (which the AWS CLI also honours), else `default`.
//! With only `AWS_DEFAULT_PROFILE` naming a profile that has its own Region and keys, `token`
//! signs with that profile's keys for that Region, `diagnose` reports that profile and Region,
//! and the commands it prints name the profile.

use eks_iam_tui::aws::decode_token;
use serde_json::Value;

use crate::support::emulator::{ClientEnv, Emulator, diagnose, probe, run_tool};

const PROFILE_KEY: &str = "AKIAPROFILECUST00001";

fn env_with_default_profile(emu: &Emulator) -> ClientEnv {
    let mut env = emu.client_env();
    // Nothing in the environment itself: the profile alone says who and where.
    for name in [
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
        "AWS_REGION",
    ] {
        env.remove(name);
    }
    let dir = tempfile::tempdir().expect("temp dir").keep();
    let config = dir.join("config");
    let credentials = dir.join("credentials");
    std::fs::write(&config, "[profile cust]\nregion = eu-west-1\n").expect("config");
    std::fs::write(
        &credentials,
        format!(
            "[cust]\naws_access_key_id = {PROFILE_KEY}\naws_secret_access_key = profile-secret\n"
        ),
    )
    .expect("credentials");
    env.set("AWS_CONFIG_FILE", config.to_str().expect("path"));
    env.set(
        "AWS_SHARED_CREDENTIALS_FILE",
        credentials.to_str().expect("path"),
    );
    env.set("AWS_DEFAULT_PROFILE", "cust");
    env.secrets.push("profile-secret".into());
    env
}

#[test]
fn aws_default_profile_decides_token_diagnose_and_the_printed_commands_alike() {
    let emu = Emulator::start("kube/admin");
    let env = env_with_default_profile(&emu);

    let scope = token_scope(&env, &["token", "--cluster", "prod"]);
    assert!(scope.starts_with(&format!("{PROFILE_KEY}/")), "{scope}");
    assert!(scope.contains("/eu-west-1/sts/"), "{scope}");

    let (run, json) = diagnose(&env, "console-nodes", &["--cluster", "prod"]);
    assert_eq!(json["context"]["profile"], "cust", "{}", run.stderr);
    assert_eq!(json["context"]["region"], "eu-west-1", "{}", run.stderr);
    let commands = aws_commands(&json);
    assert!(!commands.is_empty());
    for command in &commands {
        assert!(command.contains("--profile cust"), "{command}");
    }
}

/// The scope of the token `token` prints: the access key id and Region it was signed with.
fn token_scope(env: &ClientEnv, args: &[&str]) -> String {
    let token = run_tool(env, args);
    assert_eq!(token.code, 0, "{}", token.stderr);
    let credential: Value = serde_json::from_str(&token.stdout).expect("ExecCredential");
    let decoded =
        decode_token(credential["status"]["token"].as_str().expect("token")).expect("a token");
    decoded
        .param("X-Amz-Credential")
        .expect("credential scope")
        .to_owned()
}

/// botocore: a profile named on the command line sets the environment's keys aside; one named
/// only by the environment does not. The tool follows the AWS CLI both ways.
#[test]
fn a_named_profile_sets_the_environments_keys_aside_and_aws_profile_does_not() {
    let emu = Emulator::start("kube/admin");
    let mut env = env_with_default_profile(&emu);
    env.remove("AWS_DEFAULT_PROFILE");
    env.set("AWS_ACCESS_KEY_ID", "AKIASHELLKEYS0000001");
    env.set("AWS_SECRET_ACCESS_KEY", "shell-secret");
    env.secrets.push("shell-secret".into());

    let named = token_scope(&env, &["token", "--cluster", "prod", "--profile", "cust"]);
    assert!(named.starts_with(&format!("{PROFILE_KEY}/")), "{named}");

    env.set("AWS_PROFILE", "cust");
    let from_environment = token_scope(&env, &["token", "--cluster", "prod"]);
    assert!(
        from_environment.starts_with("AKIASHELLKEYS0000001/"),
        "{from_environment}"
    );
    // The commands `diagnose` prints then carry no `--profile cust`: pasted into the same
    // shell, that would set the keys aside and act as someone else than the checks did.
    let (run, json) = diagnose(&env, "console-nodes", &["--cluster", "prod"]);
    let commands = aws_commands(&json);
    assert!(!commands.is_empty(), "{}", run.stderr);
    for command in &commands {
        assert!(!command.contains("--profile"), "{command}");
    }
}

/// Every `aws` command of the steps and the findings' fixes.
fn aws_commands(json: &Value) -> Vec<String> {
    let steps = json["steps"].as_array().into_iter().flatten();
    let fixes = json["findings"]
        .as_array()
        .into_iter()
        .flatten()
        .map(|f| &f["fix"]);
    steps
        .chain(fixes)
        .flat_map(|s| s["commands"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c.as_str().map(str::to_owned))
        .filter(|c| c.starts_with("aws "))
        .collect()
}

/// A loopback container-credentials endpoint (`AWS_CONTAINER_CREDENTIALS_FULL_URI`) that hands
/// out `emu`'s caller's credentials to every request, for 30 s at most.
fn container_credentials(emu: &Emulator) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind loopback");
    let url = format!(
        "http://127.0.0.1:{}/creds",
        listener.local_addr().expect("addr").port()
    );
    let body = serde_json::json!({
        "AccessKeyId": emu.access_key_id,
        "SecretAccessKey": emu.secret_access_key,
        "Token": emu.session_token,
        "Expiration": "2099-01-01T00:00:00Z",
    })
    .to_string();
    listener.set_nonblocking(true).expect("nonblocking");
    std::thread::spawn(move || {
        let started = std::time::Instant::now();
        while started.elapsed() < std::time::Duration::from_secs(30) {
            let Ok((mut stream, _)) = listener.accept() else {
                std::thread::sleep(std::time::Duration::from_millis(10));
                continue;
            };
            let _ = stream.set_nonblocking(false);
            let _ = stream.set_read_timeout(Some(std::time::Duration::from_secs(2)));
            let mut request = [0u8; 4096];
            let _ = stream.read(&mut request);
            let _ = write!(
                stream,
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    url
}

/// A profile named on the command line that the files do not define stops there, as the AWS
/// CLI's ProfileNotFound does: the credential chain does not go on to another principal (here
/// the container's credentials).
#[test]
fn a_named_profile_that_is_not_defined_is_said_and_no_other_principal_stands_in() {
    let emu = Emulator::start("kube/admin");
    let mut env = env_with_default_profile(&emu);
    env.remove("AWS_DEFAULT_PROFILE");
    env.set(
        "AWS_CONTAINER_CREDENTIALS_FULL_URI",
        &container_credentials(&emu),
    );
    env.set("AWS_REGION", "us-west-2");

    // Without a profile named, the container's credentials are the chain's answer.
    let (run, json) = diagnose(&env, "access-denied", &["--cluster", "prod"]);
    let identity = probe(&json, "identity");
    assert_eq!(identity["outcome"], "ok", "{identity}\n{}", run.stderr);

    let (run, json) = diagnose(
        &env,
        "access-denied",
        &["--cluster", "prod", "--profile", "gone"],
    );
    let identity = probe(&json, "identity");
    assert_eq!(identity["outcome"], "unknown", "{identity}\n{}", run.stderr);
    assert_eq!(identity["error"], "profile-not-found", "{identity}");
    assert!(
        identity["summary"].to_string().contains("gone"),
        "{identity}"
    );
    // `token`, kubectl's plugin, stops the same way, in words.
    let token = run_tool(&env, &["token", "--cluster", "prod", "--profile", "gone"]);
    assert_ne!(token.code, 0);
    assert!(token.stdout.is_empty(), "{}", token.stdout);
    assert!(token.stderr.contains("gone"), "{}", token.stderr);
}
