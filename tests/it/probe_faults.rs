//! More cases of the live checks through the real binary: failures injected (an expired
//! session token, answered by the emulator as AWS does; a name that cannot be resolved, rejected
//! by the local resolver itself so no query leaves the machine), each ending in words, never a
//! hang; and the STS endpoint setting read from the selected profile.

use crate::support::emulator;

use emulator::{ClientEnv, Emulator, diagnose, finding_codes, probe};

#[test]
fn an_expired_token_is_could_not_check_with_its_cause() {
    let emu = Emulator::start("faults/expired-token");
    let env = emu.client_env();
    let (run, json) = diagnose(&env, "aws-auth-path", &["--cluster", "demo"]);
    assert_eq!(run.code, 3, "{}", run.stdout);
    assert_eq!(probe(&json, "identity")["outcome"], "unknown");
    assert_eq!(probe(&json, "identity")["error"], "expired-token");
    assert_eq!(probe(&json, "cluster")["error"], "expired-token");
    // What needed the identity ends at once, saying why.
    assert_eq!(probe(&json, "role-path")["outcome"], "skipped");
    assert!(finding_codes(&json).contains(&"credentials-expired".to_owned()));
}

#[test]
fn an_expired_token_is_worded_in_japanese() {
    let emu = Emulator::start("faults/expired-token");
    let env = emu.client_env();
    let (_, json) = diagnose(
        &env,
        "aws-auth-path",
        &["--cluster", "demo", "--lang", "ja"],
    );
    let summary = probe(&json, "identity")["summary"]
        .as_str()
        .unwrap_or_default();
    assert!(
        summary.contains("ExpiredToken") && summary.chars().any(|c| c as u32 > 0x3000),
        "{summary}"
    );
}

#[test]
fn an_unresolvable_endpoint_is_a_dns_failure() {
    // A label longer than DNS allows: the resolver refuses it before sending anything.
    let host = format!("{}.invalid", "a".repeat(64));
    let mut env = ClientEnv::isolated();
    env.set("AWS_ENDPOINT_URL", &format!("http://{host}:9"));
    env.set("AWS_REGION", "us-west-2");
    env.set("AWS_ACCESS_KEY_ID", "AKIATESTTESTTEST0001");
    env.set("AWS_SECRET_ACCESS_KEY", "test-secret-never-shown");
    env.secrets = vec!["test-secret-never-shown".into()];
    let (run, json) = diagnose(
        &env,
        "aws-auth-path",
        &["--cluster", "demo", "--call-timeout-ms", "3000"],
    );
    assert_eq!(run.code, 3);
    assert_eq!(probe(&json, "identity")["error"], "dns");
    assert_eq!(probe(&json, "cluster")["error"], "dns");
    assert!(finding_codes(&json).contains(&"endpoint-unreachable".to_owned()));
}

#[test]
fn the_profiles_sts_regional_endpoints_is_reported() {
    let emu = Emulator::start("sts-region");
    let mut env = emu.client_env();
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        "[default]\nsts_regional_endpoints = regional\n\n[profile pods]\nsts_regional_endpoints = legacy\n",
    )
    .expect("write config");
    env.set("AWS_CONFIG_FILE", &config.display().to_string());
    let (_, json) = diagnose(
        &env,
        "sts-region",
        &["--cluster", "prod", "--profile", "pods"],
    );
    let evidence = &probe(&json, "sts-endpoints")["evidence"];
    assert_eq!(evidence["sts_regional_endpoints_profile"], "legacy");
    // The environment's setting is reported beside it, as it is.
    assert_eq!(evidence["sts_regional_endpoints"], "regional");
    let (_, json) = diagnose(&env, "sts-region", &["--cluster", "prod"]);
    assert_eq!(
        probe(&json, "sts-endpoints")["evidence"]["sts_regional_endpoints_profile"],
        "regional"
    );
}

#[test]
fn credentials_from_a_role_arn_profile_are_said_in_the_identity_evidence() {
    let emu = Emulator::start("healthy");
    let mut env = emu.client_env();
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    let credentials = dir.path().join("credentials");
    let role = "arn:aws:iam::123456789012:role/chained-admin";
    std::fs::write(
        &config,
        format!("[profile chained]\nrole_arn = {role}\nsource_profile = base\n"),
    )
    .expect("write config");
    std::fs::write(
        &credentials,
        format!(
            "[base]\naws_access_key_id = {}\naws_secret_access_key = {}\n",
            emu.access_key_id, emu.secret_access_key
        ),
    )
    .expect("write credentials");
    env.set("AWS_CONFIG_FILE", &config.display().to_string());
    env.set(
        "AWS_SHARED_CREDENTIALS_FILE",
        &credentials.display().to_string(),
    );
    for name in [
        "AWS_ACCESS_KEY_ID",
        "AWS_SECRET_ACCESS_KEY",
        "AWS_SESSION_TOKEN",
    ] {
        env.remove(name);
    }
    for (lang, words) in [
        ("en", "sts:AssumeRole"),
        ("ja", "sts:AssumeRole を呼び出しました"),
    ] {
        let (_, json) = diagnose(
            &env,
            "aws-auth-path",
            &["--cluster", "demo", "--profile", "chained", "--lang", lang],
        );
        let identity = probe(&json, "identity");
        assert_eq!(identity["outcome"], "ok", "{json:#}");
        assert_eq!(
            identity["evidence"]["credentials_via_role_profile"],
            format!("chained: {role}"),
            "{json:#}"
        );
        let summary = identity["summary"].as_str().unwrap_or_default();
        assert!(
            summary.contains(words) && summary.contains(role),
            "{summary}"
        );
    }
    // Keys in the environment come first: then no AssumeRole happened, and none is said.
    let (_, json) = diagnose(&emu.client_env(), "aws-auth-path", &["--cluster", "demo"]);
    assert!(
        probe(&json, "identity")["evidence"]["credentials_via_role_profile"].is_null(),
        "{json:#}"
    );
}
