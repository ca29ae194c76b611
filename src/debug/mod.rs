//! `--debug` and `RUST_LOG`: a tracing subscriber on standard error. `--debug` shows one line
//! per AWS and Kubernetes request (see `aws::RequestLog` and `kube::request_log`); `RUST_LOG`
//! (`target=level,...`, e.g. `RUST_LOG=aws_smithy_runtime=debug`) shows whatever the SDK and
//! kube log as well. Every line passes through [`redact`] on its way out: signatures, session
//! tokens, secret keys, `Authorization` headers and bearer tokens never reach the terminal,
//! whatever a dependency chose to log.

use std::borrow::Cow;
use std::io::{self, Write};
use std::sync::{LazyLock, OnceLock};

use regex::Regex;
use tracing::Level;
use tracing_subscriber::filter::Targets;
use tracing_subscriber::fmt::MakeWriter;

use crate::net::REQUEST_LOG_TARGET;

const REDACTED: &str = "<redacted>";

/// Values that must never be printed, taken from the environment when logging starts.
static SECRETS: OnceLock<Vec<String>> = OnceLock::new();

/// Patterns whose value part (the last group) is replaced. Case-insensitive; they cover query
/// strings (`X-Amz-Signature=...`), headers as `Debug` prints them (`"authorization": "..."`),
/// canonical requests (`x-amz-security-token:...`) and key/value logs.
static PATTERNS: LazyLock<Vec<Regex>> = LazyLock::new(|| {
    [
        // An Authorization header's whole value (SigV4 credential scope and signature, or a
        // bearer token).
        r#"(?i)(authorization"?\s*[:=]\s*"?)[^"\r\n]+"#,
        r#"(?i)(x-amz-signature"?\s*[:=]\s*"?)[^&\s"',}]+"#,
        r#"(?i)(signature"?\s*[:=]\s*"?)[0-9a-f]{16,}"#,
        r#"(?i)(x-amz-security-token"?\s*[:=]\s*"?)[^&\s"',}]+"#,
        r#"(?i)((?:aws_)?(?:secret_?access_?key|session_?token)"?\s*[:=]\s*"?)[^&\s"',}]+"#,
        r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+",
        r"(k8s-aws-v1\.)[A-Za-z0-9_-]+",
    ]
    .iter()
    .filter_map(|pattern| Regex::new(pattern).ok())
    .collect()
});

/// `text` with every secret it holds replaced by `<redacted>`.
pub fn redact(text: &str) -> Cow<'_, str> {
    let mut out = Cow::Borrowed(text);
    for pattern in PATTERNS.iter() {
        if pattern.is_match(&out) {
            let replaced = pattern
                .replace_all(&out, |caps: &regex::Captures<'_>| {
                    format!("{}{REDACTED}", caps.get(1).map_or("", |m| m.as_str()))
                })
                .into_owned();
            out = Cow::Owned(replaced);
        }
    }
    for secret in SECRETS.get().into_iter().flatten() {
        if out.contains(secret.as_str()) {
            out = Cow::Owned(out.replace(secret.as_str(), REDACTED));
        }
    }
    out
}

/// Standard error, through [`redact`]. The formatter writes each event in one piece, so a
/// pattern is never split across two writes.
#[derive(Debug, Clone, Copy, Default)]
pub struct RedactingStderr;

impl Write for RedactingStderr {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let text = String::from_utf8_lossy(buf);
        io::stderr().lock().write_all(redact(&text).as_bytes())?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        io::stderr().flush()
    }
}

impl<'a> MakeWriter<'a> for RedactingStderr {
    type Writer = RedactingStderr;

    fn make_writer(&'a self) -> Self::Writer {
        RedactingStderr
    }
}

/// What to show: `RUST_LOG` as given (an unreadable one is ignored), else warnings; `--debug`
/// adds the request lines to either.
pub fn filter(debug: bool, rust_log: Option<&str>) -> Option<Targets> {
    let from_env = rust_log
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .and_then(|v| v.parse::<Targets>().ok());
    if !debug && from_env.is_none() {
        return None;
    }
    let targets = from_env.unwrap_or_else(|| Targets::new().with_default(Level::WARN));
    Some(if debug {
        targets.with_target(REQUEST_LOG_TARGET, Level::DEBUG)
    } else {
        targets
    })
}

/// Starts logging to standard error when `--debug` or `RUST_LOG` asks for it. Not for the
/// wizard, which owns the terminal.
pub fn init(debug: bool) {
    let rust_log = std::env::var("RUST_LOG").ok();
    let Some(filter) = filter(debug, rust_log.as_deref()) else {
        return;
    };
    let secrets = ["AWS_SECRET_ACCESS_KEY", "AWS_SESSION_TOKEN"]
        .into_iter()
        .filter_map(|name| std::env::var(name).ok())
        .map(|v| v.trim().to_owned())
        .filter(|v| v.len() >= 8)
        .collect();
    let _ = SECRETS.set(secrets);
    use tracing_subscriber::Layer as _;
    use tracing_subscriber::layer::SubscriberExt as _;
    use tracing_subscriber::util::SubscriberInitExt as _;
    let format = tracing_subscriber::fmt::layer()
        .with_writer(RedactingStderr)
        .with_ansi(false);
    let _ = tracing_subscriber::registry()
        .with(format.with_filter(filter))
        .try_init();
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_tokens_and_keys_are_redacted() {
        let cases = [
            (
                "GET https://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity&X-Amz-Credential=AKIAEXAMPLE%2F20240101&X-Amz-Security-Token=FwoGZXIvYXdzEXAMPLE&X-Amz-Signature=0123456789abcdef0123456789abcdef",
                ["FwoGZXIvYXdzEXAMPLE", "0123456789abcdef0123456789abcdef"],
            ),
            (
                r#"headers: {"authorization": "AWS4-HMAC-SHA256 Credential=AKIA/20240101/us-west-2/sts/aws4_request, SignedHeaders=host, Signature=fedcba9876543210fedcba9876543210", "x-amz-security-token": "IQoJb3JpZ2luEXAMPLE"}"#,
                ["fedcba9876543210fedcba9876543210", "IQoJb3JpZ2luEXAMPLE"],
            ),
            (
                "canonical_request=POST\n/\n\nhost:sts.amazonaws.com\nx-amz-security-token:IQoJb3JpZ2luTOKEN\n",
                ["IQoJb3JpZ2luTOKEN", "IQoJb3JpZ2luTOKEN"],
            ),
            (
                "Authorization: Bearer k8s-aws-v1.aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8",
                ["aHR0cHM6Ly9zdHMuYW1hem9uYXdzLmNvbS8", "Bearer k8s"],
            ),
            (
                "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY session_token=abcdefgh123",
                ["wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY", "abcdefgh123"],
            ),
        ];
        for (line, secrets) in cases {
            let clean = redact(line);
            for secret in secrets {
                assert!(!clean.contains(secret), "{secret} left in {clean}");
            }
            assert!(clean.contains(REDACTED), "{clean}");
        }
    }

    #[test]
    fn a_request_line_is_left_as_it_is() {
        let line =
            "aws STS GetCallerIdentity attempt=1 status=200 time_ms=3 POST http://127.0.0.1:5000/";
        assert_eq!(redact(line), line);
    }

    #[test]
    fn debug_and_rust_log_choose_the_filter() {
        assert!(filter(false, None).is_none());
        assert!(filter(false, Some("  ")).is_none());
        let debug = filter(true, None).expect("--debug logs");
        assert!(debug.would_enable(REQUEST_LOG_TARGET, &Level::DEBUG));
        assert!(!debug.would_enable("aws_smithy_runtime", &Level::DEBUG));
        let env = filter(false, Some("aws_smithy_runtime=trace")).expect("RUST_LOG logs");
        assert!(env.would_enable("aws_smithy_runtime::client", &Level::TRACE));
        assert!(!env.would_enable(REQUEST_LOG_TARGET, &Level::DEBUG));
        let both = filter(true, Some("aws_smithy_runtime=trace")).expect("both");
        assert!(both.would_enable(REQUEST_LOG_TARGET, &Level::DEBUG));
    }
}
