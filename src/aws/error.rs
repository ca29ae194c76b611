//! What went wrong talking to AWS, as typed values that keep the error code. Every SDK error
//! becomes one of these in exactly one place, [`classify`].

use std::error::Error as StdError;

use aws_credential_types::provider::error::CredentialsError;
use aws_smithy_runtime_api::client::orchestrator::HttpResponse;
use aws_smithy_runtime_api::client::result::SdkError;
use aws_smithy_types::error::metadata::ProvideErrorMetadata;
use serde::{Deserialize, Serialize};

use super::guard::RefusedOperation;
use crate::i18n::Lang;
use crate::net::body_limit::{MAX_RESPONSE_BYTES, is_too_large};
use crate::tr;

/// An `AccessDenied` message taken apart: `User: P is not authorized to perform: A on
/// resource: R because ...`. Any piece AWS did not say is `None`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Denial {
    pub principal: Option<String>,
    pub action: Option<String>,
    pub resource: Option<String>,
    pub reason: Option<String>,
}

impl Denial {
    /// Reads the message AWS sends; lines broken inside an ARN are joined first.
    pub fn parse(message: &str) -> Denial {
        let mut text: String = message.split_whitespace().collect::<Vec<_>>().join(" ");
        // A break just before a colon is a wrapped ARN (`arn:aws:iam::1111` / `:user/x`).
        text = text.replace(" :", ":");
        let after = |marker: &str| text.find(marker).map(|i| &text[i + marker.len()..]);
        let word = |s: Option<&str>| {
            s.and_then(|s| s.split_whitespace().next())
                .map(|w| w.trim_end_matches(['.', ',']).to_owned())
        };
        let principal = word(after("User: "));
        let action = word(after("not authorized to perform: "));
        let resource = word(after("on resource: "));
        let reason = ["because ", "with an explicit deny"].iter().find_map(|m| {
            text.find(m)
                .map(|i| text[i..].trim_end_matches('.').to_owned())
        });
        Denial {
            principal,
            action,
            resource,
            reason,
        }
    }
}

/// Why AWS could not answer a check's question (the cluster's side is
/// `probes::ClusterError`). Each variant's kebab-case name is its stable kind (`kind` in
/// JSON, the `aws-error-<kind>` and `aws-advice-<kind>` Fluent ids); [`ErrorKind`] lists them.
#[derive(
    Debug, Clone, PartialEq, Eq, thiserror::Error, Serialize, Deserialize, strum::EnumDiscriminants,
)]
#[serde(tag = "kind", rename_all = "kebab-case")]
#[strum_discriminants(
    name(ErrorKind),
    derive(strum::IntoStaticStr, strum::EnumIter),
    strum(serialize_all = "kebab-case")
)]
pub enum AwsError {
    #[error("no AWS region is configured")]
    NoRegion,
    #[error("no AWS credentials were found")]
    NoCredentials { detail: String },
    #[error("the profile {profile} is not defined")]
    ProfileNotFound { profile: String },
    #[error("the credentials have expired")]
    ExpiredToken { code: String },
    #[error("the credentials are not valid ({code})")]
    InvalidCredentials { code: String },
    #[error("access denied")]
    AccessDenied(Denial),
    #[error("cluster {name} not found")]
    ClusterNotFound { name: String },
    #[error("not found ({code})")]
    NotFound { code: String, message: String },
    #[error("throttled ({code})")]
    Throttled { code: String },
    #[error("server error (HTTP {status})")]
    ServerError { status: u16 },
    #[error("signature rejected: {message}")]
    SignatureMismatch { message: String },
    #[error("timed out")]
    Timeout,
    #[error("connection refused")]
    ConnectionRefused,
    #[error("name resolution failed")]
    Dns,
    #[error("network error: {detail}")]
    Network { detail: String },
    #[error("the response could not be read (HTTP {status})")]
    Unparseable { status: u16 },
    #[error("refused by the read-only guard: {operation}")]
    Refused { operation: String },
    #[error("{code}: {message}")]
    Unexpected { code: String, message: String },
    #[error("the local clock is {seconds} s off AWS's")]
    ClockSkew { seconds: i64 },
    #[error("the response was larger than {limit_mib} MiB")]
    ResponseTooLarge { limit_mib: usize },
}

impl AwsError {
    /// A stable machine id (used in JSON and as the Fluent id suffix).
    pub fn kind(&self) -> &'static str {
        ErrorKind::from(self).id()
    }

    /// The cause and what to do about it, in the person's language.
    pub fn describe(&self, lang: Lang) -> String {
        let id = format!("aws-error-{}", self.kind());
        let cause = match self {
            AwsError::NoCredentials { .. } | AwsError::NoRegion | AwsError::Timeout => {
                tr!(lang, &id)
            }
            AwsError::ConnectionRefused | AwsError::Dns => tr!(lang, &id),
            AwsError::ExpiredToken { code } | AwsError::InvalidCredentials { code } => {
                tr!(lang, &id, code = code.clone())
            }
            AwsError::Throttled { code } => tr!(lang, &id, code = code.clone()),
            AwsError::AccessDenied(denial) => tr!(
                lang,
                &id,
                principal = denial.principal.clone().unwrap_or_else(|| "?".into()),
                action = denial.action.clone().unwrap_or_else(|| "?".into()),
                resource = denial.resource.clone().unwrap_or_else(|| "?".into()),
                reason = denial.reason.clone().unwrap_or_default(),
                has_reason = if denial.reason.is_some() { "yes" } else { "no" }
            ),
            AwsError::ClusterNotFound { name } => tr!(lang, &id, name = name.clone()),
            AwsError::ProfileNotFound { profile } => tr!(lang, &id, profile = profile.clone()),
            AwsError::NotFound { code, message } | AwsError::Unexpected { code, message } => {
                tr!(lang, &id, code = code.clone(), message = message.clone())
            }
            AwsError::ServerError { status } | AwsError::Unparseable { status } => {
                tr!(lang, &id, status = status.to_string())
            }
            AwsError::SignatureMismatch { message } => {
                tr!(lang, &id, message = message.clone())
            }
            AwsError::Network { detail } => tr!(lang, &id, detail = detail.clone()),
            AwsError::Refused { operation } => tr!(lang, &id, operation = operation.clone()),
            AwsError::ResponseTooLarge { limit_mib } => {
                tr!(lang, &id, limit = limit_mib.to_string())
            }
            AwsError::ClockSkew { seconds } => tr!(
                lang,
                &id,
                minutes = (seconds.unsigned_abs() / 60).to_string(),
                direction = if *seconds > 0 { "ahead" } else { "behind" }
            ),
        };
        let advice = tr!(lang, &format!("aws-advice-{}", self.kind()));
        tr!(
            lang,
            "aws-error-with-advice",
            cause = cause,
            advice = advice
        )
    }

    /// A body cut off at the limit.
    pub fn too_large() -> AwsError {
        AwsError::ResponseTooLarge {
            limit_mib: MAX_RESPONSE_BYTES / (1024 * 1024),
        }
    }
}

impl ErrorKind {
    /// The stable id, e.g. `no-region`.
    pub fn id(self) -> &'static str {
        self.into()
    }
}

/// Turns any SDK error into an [`AwsError`]: the service's error code when there is one,
/// otherwise the cause found by walking the error's sources.
pub fn classify<E>(error: &SdkError<E, HttpResponse>) -> AwsError
where
    E: ProvideErrorMetadata + StdError + 'static,
{
    // A body cut off at the limit may surface as a response, dispatch or service error.
    if is_too_large(error) {
        return AwsError::too_large();
    }
    match error {
        SdkError::ServiceError(context) => {
            let status = raw_status(context.raw());
            from_code(context.err().code(), context.err().message(), status)
        }
        SdkError::TimeoutError(_) => AwsError::Timeout,
        SdkError::DispatchFailure(failure) => {
            if failure.is_timeout() {
                return AwsError::Timeout;
            }
            from_sources(error)
        }
        SdkError::ResponseError(context) => match raw_status(context.raw()) {
            429 => throttled_bare(),
            status => AwsError::Unparseable { status },
        },
        _ => from_sources(error),
    }
}

fn raw_status(raw: &HttpResponse) -> u16 {
    raw.status().as_u16()
}

/// HTTP 429 Too Many Requests without an error code (a proxy, a gateway, an endpoint that
/// says no more than the status): throttled all the same.
fn throttled_bare() -> AwsError {
    AwsError::Throttled {
        code: "HTTP 429".to_owned(),
    }
}

/// Maps an AWS error code (and message) to a typed error.
pub fn from_code(code: Option<&str>, message: Option<&str>, status: u16) -> AwsError {
    let message = message.unwrap_or_default().to_owned();
    let Some(code) = code else {
        return if status == 429 {
            throttled_bare()
        } else if status >= 500 {
            AwsError::ServerError { status }
        } else {
            AwsError::Unparseable { status }
        };
    };
    match code {
        "ExpiredToken" | "ExpiredTokenException" | "RequestExpired" | "TokenRefreshRequired" => {
            AwsError::ExpiredToken { code: code.into() }
        }
        "InvalidClientTokenId"
        | "UnrecognizedClientException"
        | "InvalidToken"
        | "InvalidAccessKeyId"
        | "IncompleteSignature" => AwsError::InvalidCredentials { code: code.into() },
        "AccessDenied"
        | "AccessDeniedException"
        | "UnauthorizedOperation"
        | "UnauthorizedException" => AwsError::AccessDenied(Denial::parse(&message)),
        "Throttling"
        | "ThrottlingException"
        | "TooManyRequestsException"
        | "RequestLimitExceeded"
        | "RequestThrottled"
        | "SlowDown" => AwsError::Throttled { code: code.into() },
        "SignatureDoesNotMatch" => AwsError::SignatureMismatch { message },
        "ResourceNotFoundException" | "NoSuchEntity" | "NotFoundException" => AwsError::NotFound {
            code: code.into(),
            message,
        },
        _ if status >= 500 => AwsError::ServerError { status },
        _ => AwsError::Unexpected {
            code: code.into(),
            message,
        },
    }
}

/// Why a connection failed (refused, timed out, no such name...), for any error that wraps
/// the transport's: the Kubernetes client's too.
pub fn transport_error(error: &(dyn StdError + 'static)) -> AwsError {
    from_sources(error)
}

/// Looks through the chain of causes for something we can name.
fn from_sources(error: &(dyn StdError + 'static)) -> AwsError {
    let mut current: Option<&(dyn StdError + 'static)> = Some(error);
    let mut last = String::new();
    // Error chains are short; the bound guards against a cycle in a hand-written source().
    for _ in 0..32 {
        let Some(err) = current else { break };
        if is_too_large(err) {
            return AwsError::too_large();
        }
        if let Some(refused) = err.downcast_ref::<RefusedOperation>() {
            return AwsError::Refused {
                operation: refused.operation.clone(),
            };
        }
        if let Some(credentials) = err.downcast_ref::<CredentialsError>() {
            return match credentials {
                CredentialsError::ProviderTimedOut(_) => AwsError::Timeout,
                _ => AwsError::NoCredentials {
                    detail: credentials.to_string(),
                },
            };
        }
        if let Some(io) = err.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => return AwsError::ConnectionRefused,
                std::io::ErrorKind::TimedOut => return AwsError::Timeout,
                _ => {}
            }
        }
        let text = err.to_string();
        let lower = text.to_ascii_lowercase();
        if lower.contains("dns error") || lower.contains("failed to lookup address") {
            return AwsError::Dns;
        }
        if lower.contains("connection refused") {
            return AwsError::ConnectionRefused;
        }
        if lower.contains("no credentials") || lower.contains("failed to load credentials") {
            return AwsError::NoCredentials { detail: text };
        }
        if lower.contains("region") && lower.contains("missing") {
            return AwsError::NoRegion;
        }
        if lower.contains("timed out") || lower.contains("timeout") {
            return AwsError::Timeout;
        }
        last = text;
        current = err.source();
    }
    AwsError::Network { detail: last }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn denial_is_taken_apart_even_when_wrapped() {
        let denial = Denial::parse(
            "User: arn:aws:iam::111122223333\n:user/user_name is not authorized to perform: \
             eks:DescribeCluster on resource: arn:aws:eks:us-west-2:111122223333:cluster/demo \
             because no identity-based policy allows the eks:DescribeCluster action",
        );
        assert_eq!(
            denial.principal.as_deref(),
            Some("arn:aws:iam::111122223333:user/user_name")
        );
        assert_eq!(denial.action.as_deref(), Some("eks:DescribeCluster"));
        assert_eq!(
            denial.resource.as_deref(),
            Some("arn:aws:eks:us-west-2:111122223333:cluster/demo")
        );
        assert!(denial.reason.unwrap().contains("no identity-based policy"));
        let plain = Denial::parse(
            "User: arn:aws:sts::1:assumed-role/a/b is not authorized to perform: sts:AssumeRole \
             on resource: arn:aws:iam::2:role/x with an explicit deny in a service control policy",
        );
        assert_eq!(
            plain.principal.as_deref(),
            Some("arn:aws:sts::1:assumed-role/a/b")
        );
        assert!(plain.reason.unwrap().contains("service control policy"));
    }

    #[test]
    fn codes_map_to_kinds() {
        assert_eq!(
            from_code(Some("ThrottlingException"), None, 400).kind(),
            "throttled"
        );
        assert_eq!(from_code(None, None, 429).kind(), "throttled");
        assert_eq!(
            from_code(Some("ExpiredToken"), None, 403).kind(),
            "expired-token"
        );
        assert_eq!(from_code(None, None, 503).kind(), "server-error");
        assert_eq!(from_code(None, None, 200).kind(), "unparseable");
        assert_eq!(
            from_code(Some("Weird"), Some("x"), 400).kind(),
            "unexpected"
        );
    }
}
