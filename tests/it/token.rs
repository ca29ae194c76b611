//! The EKS bearer token: taken apart field by field for several regions and partitions, and
//! compared byte for byte with the token the AWS CLI's own code makes for the same credentials
//! and a pinned clock (PyPI `awscli`, pinned in `scripts/test`); and `eks-iam-tui token` as a
//! kubeconfig exec plugin would run it.

use crate::support::emulator;

use std::process::Command;
use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use eks_iam_tui::aws::eks_token::{
    CLUSTER_ID_HEADER, TOKEN_PREFIX, decode_token, exec_credential, make_token, rfc3339,
};
use emulator::{ClientEnv, run_tool};
use serde_json::Value;

const ACCESS_KEY: &str = "AKIDEXAMPLE";
const SECRET_KEY: &str = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY";
/// Characters a query string must escape: `+`, `/`, `=`.
const SESSION_TOKEN: &str = "IQoJb3JpZ2luX2VjEJr//////////wEaCXVzLXdlc3QtMiJH+MEUCIQD=";
/// 2023-11-14T22:13:20Z
const PINNED: u64 = 1_700_000_000;

fn pinned() -> SystemTime {
    SystemTime::UNIX_EPOCH + Duration::from_secs(PINNED)
}

fn credentials(session: bool) -> Credentials {
    Credentials::new(
        ACCESS_KEY,
        SECRET_KEY,
        session.then(|| SESSION_TOKEN.to_owned()),
        None,
        "test",
    )
}

/// (region, the STS host its partition uses)
const REGIONS: [(&str, &str); 9] = [
    ("us-east-1", "sts.us-east-1.amazonaws.com"),
    ("ap-northeast-1", "sts.ap-northeast-1.amazonaws.com"),
    ("cn-north-1", "sts.cn-north-1.amazonaws.com.cn"),
    ("cn-northwest-1", "sts.cn-northwest-1.amazonaws.com.cn"),
    ("us-gov-west-1", "sts.us-gov-west-1.amazonaws.com"),
    ("us-iso-east-1", "sts.us-iso-east-1.c2s.ic.gov"),
    ("us-isob-east-1", "sts.us-isob-east-1.sc2s.sgov.gov"),
    ("eu-isoe-west-1", "sts.eu-isoe-west-1.cloud.adc-e.uk"),
    ("us-isof-south-1", "sts.us-isof-south-1.csp.hci.ic.gov"),
];

/// The token of every partition passes the checks its own cluster's authenticator makes
/// before calling STS (host for the partition, parameters, signed header, date).
#[test]
fn every_partitions_token_passes_its_authenticators_preconditions() {
    use eks_iam_tui::aws::check_token;
    use eks_iam_tui::aws::endpoints::partition_of_region;
    for (region, _) in REGIONS {
        let token = make_token(&credentials(true), region, "prod", pinned()).unwrap();
        let partition = partition_of_region(region);
        assert!(
            check_token(&token.token, partition, pinned()).is_ok(),
            "{region} in {partition}: {:?}",
            check_token(&token.token, partition, pinned())
        );
        // ... and only there: a cluster of another partition refuses it.
        let other = if partition == "aws-cn" {
            "aws-iso"
        } else {
            "aws-cn"
        };
        assert!(
            check_token(&token.token, other, pinned()).is_err(),
            "{region}"
        );
        // Twenty minutes later it has expired.
        let later = pinned() + Duration::from_secs(20 * 60);
        assert!(check_token(&token.token, partition, later).is_err());
    }
}

#[test]
fn token_fields_for_each_partition() {
    for (region, host) in REGIONS {
        for session in [false, true] {
            let token = make_token(&credentials(session), region, "prod", pinned()).unwrap();
            assert!(token.token.starts_with(TOKEN_PREFIX));
            // base64url without padding: no `=`, `+` or `/` after the prefix.
            let body = &token.token[TOKEN_PREFIX.len()..];
            assert!(
                body.bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'),
                "{body}"
            );
            let decoded = decode_token(&token.token).unwrap();
            assert_eq!(decoded.url, token.presigned_url);
            assert_eq!(decoded.host, host, "{region}");
            assert_eq!(decoded.path, "/");
            assert_eq!(decoded.param("Action"), Some("GetCallerIdentity"));
            assert_eq!(decoded.param("Version"), Some("2011-06-15"));
            assert_eq!(decoded.param("X-Amz-Algorithm"), Some("AWS4-HMAC-SHA256"));
            assert_eq!(
                decoded.param("X-Amz-Credential"),
                Some(format!("{ACCESS_KEY}/20231114/{region}/sts/aws4_request").as_str())
            );
            assert_eq!(decoded.param("X-Amz-Date"), Some("20231114T221320Z"));
            assert_eq!(decoded.param("X-Amz-Expires"), Some("60"));
            assert_eq!(decoded.signed_headers(), ["host", CLUSTER_ID_HEADER]);
            assert_eq!(
                decoded.param("X-Amz-Security-Token"),
                session.then_some(SESSION_TOKEN)
            );
            let signature = decoded.param("X-Amz-Signature").unwrap();
            assert_eq!(signature.len(), 64);
            assert!(signature.bytes().all(|b| b.is_ascii_hexdigit()));
            // The secret key never travels.
            assert!(!decoded.url.contains(SECRET_KEY));
            assert!(!decoded.url.contains("wJalrXUtnFEMI"));
            assert_eq!(rfc3339(token.signed_at), "2023-11-14T22:13:20Z");
            assert_eq!(rfc3339(token.valid_until), "2023-11-14T22:28:20Z");
            assert_eq!(rfc3339(token.expiration), "2023-11-14T22:27:20Z");
        }
    }
}

#[test]
fn the_token_is_bound_to_its_cluster_and_its_time() {
    let a = make_token(&credentials(false), "us-west-2", "prod", pinned()).unwrap();
    let b = make_token(&credentials(false), "us-west-2", "staging", pinned()).unwrap();
    let later = make_token(
        &credentials(false),
        "us-west-2",
        "prod",
        pinned() + Duration::from_secs(1),
    )
    .unwrap();
    let signature = |t: &eks_iam_tui::aws::EksToken| {
        decode_token(&t.token)
            .unwrap()
            .param("X-Amz-Signature")
            .unwrap()
            .to_owned()
    };
    // The cluster name is signed, not sent: changing it changes only the signature.
    assert_ne!(signature(&a), signature(&b));
    assert_ne!(signature(&a), signature(&later));
    assert!(!a.presigned_url.contains("prod"));
    // Sub-second parts of the clock do not leak into the URL or the expiry.
    let fraction = make_token(
        &credentials(false),
        "us-west-2",
        "prod",
        pinned() + Duration::from_millis(999),
    )
    .unwrap();
    assert_eq!(fraction, a);
}

#[test]
fn bad_inputs_are_refused() {
    assert!(make_token(&credentials(false), "us-west-2", "  ", pinned()).is_err());
    assert!(make_token(&credentials(false), "", "prod", pinned()).is_err());
    assert!(make_token(&credentials(false), "us-west-2/../x", "prod", pinned()).is_err());
    assert!(decode_token("k8s-aws-v2.abc").is_err());
    assert!(decode_token("k8s-aws-v1.!!!").is_err());
    // http, not https
    let plain = base64_url("http://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity");
    assert!(decode_token(&format!("{TOKEN_PREFIX}{plain}")).is_err());
}

fn base64_url(text: &str) -> String {
    use base64::Engine;
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(text)
}

#[test]
fn exec_credential_has_the_client_go_shape() {
    let token = make_token(&credentials(true), "us-west-2", "prod", pinned()).unwrap();
    let json: Value = serde_json::from_str(&exec_credential(
        &token,
        eks_iam_tui::aws::eks_token::EXEC_CREDENTIAL_API_VERSION,
    ))
    .unwrap();
    assert_eq!(json["kind"], "ExecCredential");
    assert_eq!(json["apiVersion"], "client.authentication.k8s.io/v1beta1");
    assert_eq!(json["spec"], serde_json::json!({}));
    assert_eq!(json["status"]["token"], token.token.as_str());
    assert_eq!(
        json["status"]["expirationTimestamp"],
        "2023-11-14T22:27:20Z"
    );
    assert!(!json.to_string().contains(SECRET_KEY));
}

/// The AWS CLI's token for the same inputs, made by its own classes under a pinned clock.
fn cli_token(region: &str, cluster: &str, session: bool) -> Value {
    let home = ClientEnv::isolated();
    let python = emulator::venv_python();
    let mut command = Command::new(python);
    command
        .arg(emulator::repo().join("tests/support/cli_token.py"))
        .args(["--access-key-id", ACCESS_KEY])
        .args(["--secret-access-key", SECRET_KEY])
        .args(["--region", region, "--cluster", cluster])
        .args(["--time", &PINNED.to_string()])
        .env_clear()
        .envs(home.vars());
    if session {
        command.args(["--session-token", SESSION_TOKEN]);
    }
    let output = command.output().expect("run tests/support/cli_token.py");
    assert!(
        output.status.success(),
        "cli_token.py failed (is awscli installed? scripts/test installs it): {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).unwrap()
}

#[test]
fn byte_for_byte_the_token_of_the_aws_cli() {
    for (region, _) in REGIONS {
        for (cluster, session) in [("prod", false), ("team-a_cluster.1", true)] {
            let cli = cli_token(region, cluster, session);
            assert_eq!(cli["awscli"], "1.42.0", "the pinned CLI");
            let ours = make_token(&credentials(session), region, cluster, pinned()).unwrap();
            assert_eq!(ours.presigned_url, cli["url"].as_str().unwrap(), "{region}");
            assert_eq!(ours.token, cli["token"].as_str().unwrap(), "{region}");
            assert_eq!(
                rfc3339(ours.expiration),
                cli["expiration"].as_str().unwrap()
            );
        }
    }
}

#[test]
fn token_command_prints_an_exec_credential_and_no_other_secret() {
    let mut env = ClientEnv::isolated();
    env.set("AWS_REGION", "eu-west-1");
    env.set("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    env.set("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    env.set("AWS_SESSION_TOKEN", SESSION_TOKEN);
    // run_tool checks the secret key appears nowhere; the session token is inside the token
    // (base64url-encoded), as in every EKS token, and nowhere else.
    env.secrets = vec![SECRET_KEY.to_owned(), SESSION_TOKEN.to_owned()];
    let run = run_tool(&env, &["token", "--cluster", "prod"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["apiVersion"], "client.authentication.k8s.io/v1beta1");
    let token = json["status"]["token"].as_str().unwrap();
    let decoded = decode_token(token).unwrap();
    assert_eq!(decoded.host, "sts.eu-west-1.amazonaws.com");
    assert!(
        decoded
            .param("X-Amz-Credential")
            .unwrap()
            .starts_with("AKIDEXAMPLE/")
    );
    assert_eq!(decoded.param("X-Amz-Security-Token"), Some(SESSION_TOKEN));
    // --region wins over the environment.
    let run = run_tool(
        &env,
        &["token", "--cluster", "prod", "--region", "cn-north-1"],
    );
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let decoded = decode_token(json["status"]["token"].as_str().unwrap()).unwrap();
    assert_eq!(decoded.host, "sts.cn-north-1.amazonaws.com.cn");
    // A kubeconfig that names the v1 API gets a v1 answer, as client-go requires.
    env.set(
        "KUBERNETES_EXEC_INFO",
        r#"{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}"#,
    );
    let run = run_tool(&env, &["token", "--cluster", "prod"]);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(json["apiVersion"], "client.authentication.k8s.io/v1");
}

#[test]
fn token_command_errors_are_worded() {
    let mut env = ClientEnv::isolated();
    env.set("AWS_ACCESS_KEY_ID", ACCESS_KEY);
    env.set("AWS_SECRET_ACCESS_KEY", SECRET_KEY);
    env.secrets = vec![SECRET_KEY.to_owned()];
    let run = run_tool(&env, &["token"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--cluster"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
    // No region: said, never a silent default.
    let run = run_tool(&env, &["token", "--cluster", "prod"]);
    assert_eq!(run.code, 1);
    assert!(run.stdout.is_empty());
    assert!(
        run.stderr.to_lowercase().contains("region"),
        "{}",
        run.stderr
    );
    // No credentials, in Japanese.
    let mut env = ClientEnv::isolated();
    env.set("AWS_REGION", "us-west-2");
    let run = run_tool(&env, &["token", "--cluster", "prod", "--lang", "ja"]);
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("トークンを作成できませんでした"),
        "{}",
        run.stderr
    );
}

/// Sends the token's presigned URL as the EKS authenticator does: a GET with the `Host` of the
/// URL and the cluster header, here to the emulator's STS on loopback.
fn execute_presigned(front: &str, url: &str, cluster: &str) -> (u16, String) {
    use std::io::{Read, Write};
    let rest = url.strip_prefix("https://").unwrap();
    let (host, path) = rest.split_at(rest.find('/').unwrap());
    let address = front.trim_start_matches("http://");
    let mut stream = std::net::TcpStream::connect(address).unwrap();
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: {host}\r\n{CLUSTER_ID_HEADER}: {cluster}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    let status = response
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    (status, response)
}

#[test]
fn the_emulators_sts_accepts_the_token_only_for_its_cluster() {
    let emu = emulator::Emulator::start("healthy");
    let env = emu.client_env();
    let run = run_tool(&env, &["token", "--cluster", "demo"]);
    assert_eq!(run.code, 0, "{}", run.stderr);
    let json: Value = serde_json::from_str(&run.stdout).unwrap();
    let decoded = decode_token(json["status"]["token"].as_str().unwrap()).unwrap();
    // The signature is checked by the emulator with its own SigV4 code, then the caller named.
    let (status, body) = execute_presigned(&emu.endpoint, &decoded.url, "demo");
    assert_eq!(status, 200, "{body}");
    assert!(
        body.contains("<Arn>arn:aws:sts::123456789012:assumed-role/eks-admin/alice</Arn>"),
        "{body}"
    );
    // The same URL presented for another cluster no longer matches its signature.
    let (status, body) = execute_presigned(&emu.endpoint, &decoded.url, "other");
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("SignatureDoesNotMatch"), "{body}");
    // A token signed 20 minutes ago is refused, as a skewed clock's would be.
    let old = make_token(
        &Credentials::new(
            &emu.access_key_id,
            &emu.secret_access_key,
            emu.session_token.clone(),
            None,
            "test",
        ),
        &emu.region,
        "demo",
        SystemTime::now() - Duration::from_secs(20 * 60),
    )
    .unwrap();
    let (status, body) = execute_presigned(&emu.endpoint, &old.presigned_url, "demo");
    assert_eq!(status, 403, "{body}");
    assert!(body.contains("expired"), "{body}");
}
