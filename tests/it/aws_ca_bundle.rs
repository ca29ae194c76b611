//! `AWS_CA_BUNDLE` is honoured for the AWS calls as the AWS CLI honours it: the bundle's
//! certificates are the ones trusted. An HTTPS endpoint whose certificate only the loopback
//! Kubernetes front's CA signed is refused without the bundle and reached with it; a bundle that
//! cannot be read trusts nothing.

use base64::Engine;

use crate::support::emulator::{Emulator, diagnose, probe};

fn identity_error(env: &crate::support::emulator::ClientEnv) -> String {
    let (run, json) = diagnose(env, "access-denied", &["--cluster", "prod"]);
    let identity = probe(&json, "identity");
    assert_eq!(identity["outcome"], "unknown", "{identity}\n{}", run.stderr);
    format!("{} {}", identity["error"], identity["summary"])
}

/// The loopback Kubernetes front's HTTPS endpoint, which is not AWS and answers nothing AWS
/// would, and its CA written as a bundle in `dir`.
fn front_and_its_ca(emu: &Emulator, dir: &std::path::Path) -> (String, std::path::PathBuf) {
    let front = emu.kubernetes["prod"]["endpoint"]
        .as_str()
        .expect("endpoint")
        .to_owned();
    let ca = base64::engine::general_purpose::STANDARD
        .decode(emu.kubernetes["prod"]["ca_data"].as_str().expect("ca"))
        .expect("base64 CA");
    let bundle = dir.join("bundle.pem");
    std::fs::write(&bundle, &ca).expect("bundle");
    (front, bundle)
}

#[test]
fn the_ca_bundle_decides_which_https_endpoint_is_trusted() {
    let emu = Emulator::start("kube/admin");
    let dir = tempfile::tempdir().expect("temp dir");
    let (front, bundle) = front_and_its_ca(&emu, dir.path());

    // The AWS calls go to an HTTPS endpoint that is not AWS and answers nothing AWS would.
    let mut env = emu.client_env();
    env.set("AWS_ENDPOINT_URL", &front);
    let untrusted = identity_error(&env);

    env.set("AWS_CA_BUNDLE", bundle.to_str().expect("path"));
    let trusted = identity_error(&env);
    eprintln!("measured: without the bundle: {untrusted}\nwith it: {trusted}");
    assert_ne!(untrusted, trusted);
    // With the bundle the TLS handshake passed: the endpoint's own answer is what failed.
    assert!(
        !trusted.contains("network") && !trusted.contains("certificate"),
        "{trusted}"
    );

    // A bundle that is not there trusts nothing: the same refusal as an unknown CA.
    env.set(
        "AWS_CA_BUNDLE",
        dir.path().join("missing.pem").to_str().expect("path"),
    );
    assert_eq!(identity_error(&env), untrusted);
}

/// The selected profile's `ca_bundle` is trusted as `AWS_CA_BUNDLE` is, and the variable wins
/// over it (the AWS CLI's order: `--ca-bundle`, `AWS_CA_BUNDLE`, the profile's `ca_bundle`).
#[test]
fn the_profiles_ca_bundle_is_trusted_and_the_variable_wins_over_it() {
    let emu = Emulator::start("kube/admin");
    let dir = tempfile::tempdir().expect("temp dir");
    let (front, bundle) = front_and_its_ca(&emu, dir.path());
    let config = dir.path().join("config");

    let mut env = emu.client_env();
    env.set("AWS_ENDPOINT_URL", &front);
    env.set("AWS_CONFIG_FILE", config.to_str().expect("path"));
    std::fs::write(&config, "[default]\n").expect("config");
    let untrusted = identity_error(&env);

    std::fs::write(
        &config,
        format!("[default]\nca_bundle = {}\n", bundle.display()),
    )
    .expect("config");
    let trusted = identity_error(&env);
    assert_ne!(untrusted, trusted);
    assert!(
        !trusted.contains("network") && !trusted.contains("certificate"),
        "{trusted}"
    );

    // AWS_CA_BUNDLE naming a bundle that is not there wins over the profile's good one.
    env.set(
        "AWS_CA_BUNDLE",
        dir.path().join("missing.pem").to_str().expect("path"),
    );
    assert_eq!(identity_error(&env), untrusted);
}
