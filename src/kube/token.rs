//! The EKS bearer token, made the way `aws eks get-token` makes it: a presigned STS
//! `GetCallerIdentity` GET URL whose signed headers include `x-k8s-aws-id: <cluster>`,
//! base64url-encoded without padding behind `k8s-aws-v1.`. The cluster's authenticator
//! executes the URL against STS to learn who is calling; the `x-k8s-aws-id` header binds the
//! token to one cluster.
//!
//! [`make_token`] is a pure function of the credentials, the region, the cluster and the clock,
//! so it can be compared byte for byte with the AWS CLI under a pinned clock.

use std::time::{Duration, SystemTime};

use aws_credential_types::Credentials;
use aws_sigv4::http_request::{
    SignableBody, SignableRequest, SignatureLocation, SigningSettings, sign,
};
use aws_sigv4::sign::v4;
use aws_smithy_runtime_api::client::identity::Identity;
use aws_smithy_types::date_time::{DateTime, Format};
use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use serde::Serialize;

use crate::arn::{dns_suffix, partition_of_region};

pub const TOKEN_PREFIX: &str = "k8s-aws-v1.";
/// The header that names the cluster; the authenticator refuses a token without it signed.
pub const CLUSTER_ID_HEADER: &str = "x-k8s-aws-id";
/// How long the presigned URL says it is valid, as the AWS CLI writes it. The authenticator
/// ignores it and accepts a token for 15 minutes from `X-Amz-Date`.
pub const PRESIGN_EXPIRES: Duration = Duration::from_secs(60);
/// How long the authenticator accepts a token, counted from its signing time.
pub const TOKEN_LIFETIME: Duration = Duration::from_secs(15 * 60);
/// The expiry the AWS CLI reports in its ExecCredential: a minute inside the authenticator's
/// window, so client-go fetches a new token before the old one is refused.
pub const REPORTED_LIFETIME: Duration = Duration::from_secs(14 * 60);
pub const EXEC_CREDENTIAL_API_VERSION: &str = "client.authentication.k8s.io/v1beta1";
const EXEC_CREDENTIAL_API_V1: &str = "client.authentication.k8s.io/v1";

/// The ExecCredential version to answer with: the one client-go asks for in
/// `KUBERNETES_EXEC_INFO` when it is `v1` or `v1beta1`, else `v1beta1`, as the AWS CLI does.
/// client-go refuses an answer in another version than the kubeconfig names.
pub fn exec_api_version(exec_info: Option<&str>) -> &'static str {
    let asked = exec_info
        .and_then(|text| serde_json::from_str::<serde_json::Value>(text).ok())
        .and_then(|info| info.get("apiVersion")?.as_str().map(str::to_owned));
    match asked.as_deref() {
        Some(EXEC_CREDENTIAL_API_V1) => EXEC_CREDENTIAL_API_V1,
        _ => EXEC_CREDENTIAL_API_VERSION,
    }
}

const QUERY: &str = "Action=GetCallerIdentity&Version=2011-06-15";

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenError {
    #[error("no cluster name to bind the token to")]
    NoCluster,
    #[error("not a region name: {0:?}")]
    BadRegion(String),
    #[error("signing failed: {0}")]
    Signing(String),
    #[error("not an EKS token: {0}")]
    NotAToken(&'static str),
}

/// A token and what it was made from (the URL is for tests and evidence, never printed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EksToken {
    pub token: String,
    pub presigned_url: String,
    pub signed_at: SystemTime,
    /// When the authenticator stops accepting the token: signing time + 15 minutes.
    pub valid_until: SystemTime,
    /// The `expirationTimestamp` of the ExecCredential: signing time + 14 minutes, as the AWS
    /// CLI writes it.
    pub expiration: SystemTime,
}

/// The regional STS host of `region`, in the region's partition.
pub fn sts_host(region: &str) -> String {
    format!("sts.{region}.{}", dns_suffix(partition_of_region(region)))
}

fn valid_region(region: &str) -> bool {
    !region.is_empty()
        && region.len() <= 32
        && region
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// Percent-encodes a query value as botocore does (`quote(value, safe='-_.~')`).
fn encode_query_value(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for byte in value.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// Makes the token for `cluster` with `credentials`, signed for `region` at `now`.
pub fn make_token(
    credentials: &Credentials,
    region: &str,
    cluster: &str,
    now: SystemTime,
) -> Result<EksToken, TokenError> {
    let cluster = cluster.trim();
    if cluster.is_empty() {
        return Err(TokenError::NoCluster);
    }
    if !valid_region(region) {
        return Err(TokenError::BadRegion(region.to_owned()));
    }
    // SigV4 counts in whole seconds; dropping the fraction keeps the URL and the expiry in step.
    let seconds = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map_err(|_| TokenError::Signing("clock before 1970".into()))?
        .as_secs();
    let signed_at = SystemTime::UNIX_EPOCH + Duration::from_secs(seconds);
    let base = format!("https://{}/?{QUERY}", sts_host(region));
    let mut settings = SigningSettings::default();
    settings.signature_location = SignatureLocation::QueryParams;
    settings.expires_in = Some(PRESIGN_EXPIRES);
    let identity: Identity = credentials.clone().into();
    let params = v4::SigningParams::builder()
        .identity(&identity)
        .region(region)
        .name("sts")
        .time(signed_at)
        .settings(settings)
        .build()
        .map_err(|e| TokenError::Signing(e.to_string()))?
        .into();
    let request = SignableRequest::new(
        "GET",
        &base,
        std::iter::once((CLUSTER_ID_HEADER, cluster)),
        // botocore's SigV4QueryAuth (unlike S3's) hashes the empty body of the GET.
        SignableBody::Bytes(&[]),
    )
    .map_err(|e| TokenError::Signing(e.to_string()))?;
    let (instructions, _signature) = sign(request, &params)
        .map_err(|e| TokenError::Signing(e.to_string()))?
        .into_parts();
    let signed: Vec<(&str, String)> = instructions
        .params()
        .iter()
        .map(|(name, value)| (*name, value.to_string()))
        .collect();
    let value = |name: &str| {
        signed
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| v.clone())
    };
    // botocore's order: the operation's own parameters, then the auth parameters in the order
    // SigV4QueryAuth adds them, the security token last before the signature.
    let mut url = base;
    for name in [
        "X-Amz-Algorithm",
        "X-Amz-Credential",
        "X-Amz-Date",
        "X-Amz-Expires",
        "X-Amz-SignedHeaders",
        "X-Amz-Security-Token",
        "X-Amz-Signature",
    ] {
        if let Some(value) = value(name) {
            url.push('&');
            url.push_str(name);
            url.push('=');
            url.push_str(&encode_query_value(&value));
        }
    }
    if value("X-Amz-Signature").is_none() {
        return Err(TokenError::Signing("no signature".into()));
    }
    Ok(EksToken {
        token: format!("{TOKEN_PREFIX}{}", URL_SAFE_NO_PAD.encode(url.as_bytes())),
        presigned_url: url,
        signed_at,
        valid_until: signed_at + TOKEN_LIFETIME,
        expiration: signed_at + REPORTED_LIFETIME,
    })
}

/// `2024-05-01T12:34:56Z`, as Kubernetes and the AWS CLI write timestamps.
pub fn rfc3339(time: SystemTime) -> String {
    let seconds = time
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    DateTime::from_secs(i64::try_from(seconds).unwrap_or(i64::MAX))
        .fmt(Format::DateTime)
        .unwrap_or_default()
}

#[derive(Serialize)]
struct ExecCredential<'a> {
    kind: &'static str,
    #[serde(rename = "apiVersion")]
    api_version: &'static str,
    spec: serde_json::Map<String, serde_json::Value>,
    status: ExecStatus<'a>,
}

#[derive(Serialize)]
struct ExecStatus<'a> {
    #[serde(rename = "expirationTimestamp")]
    expiration_timestamp: String,
    token: &'a str,
}

/// The ExecCredential a kubeconfig `exec` plugin prints, with the field order of the AWS CLI.
pub fn exec_credential(token: &EksToken, api_version: &'static str) -> String {
    let credential = ExecCredential {
        kind: "ExecCredential",
        api_version,
        spec: serde_json::Map::new(),
        status: ExecStatus {
            expiration_timestamp: rfc3339(token.expiration),
            token: &token.token,
        },
    };
    serde_json::to_string(&credential).unwrap_or_default()
}

/// The presigned URL inside a token, taken apart (what the authenticator reads first).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodedToken {
    pub url: String,
    pub host: String,
    pub path: String,
    /// Query parameters in URL order, percent-decoded.
    pub query: Vec<(String, String)>,
}

impl DecodedToken {
    pub fn param(&self, name: &str) -> Option<&str> {
        self.query
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    /// The signed header names (`X-Amz-SignedHeaders`, split on `;`).
    pub fn signed_headers(&self) -> Vec<&str> {
        self.param("X-Amz-SignedHeaders")
            .map(|h| h.split(';').collect())
            .unwrap_or_default()
    }
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (bytes[i], hex) {
            (b'%', Some(byte)) => {
                out.push(byte);
                i += 3;
            }
            (other, _) => {
                out.push(other);
                i += 1;
            }
        }
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// Reads a token back into its URL; refuses anything that is not `k8s-aws-v1.` + base64url of
/// an https URL.
pub fn decode_token(token: &str) -> Result<DecodedToken, TokenError> {
    let encoded = token
        .strip_prefix(TOKEN_PREFIX)
        .ok_or(TokenError::NotAToken("prefix"))?;
    let bytes = URL_SAFE_NO_PAD
        .decode(encoded.trim_end_matches('='))
        .map_err(|_| TokenError::NotAToken("base64url"))?;
    let url = String::from_utf8(bytes).map_err(|_| TokenError::NotAToken("utf-8"))?;
    let rest = url
        .strip_prefix("https://")
        .ok_or(TokenError::NotAToken("https"))?;
    let (authority, path_and_query) = rest.split_at(rest.find('/').unwrap_or(rest.len()));
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    let query = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .map(|pair| {
            let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
            (percent_decode(name), percent_decode(value))
        })
        .collect();
    Ok(DecodedToken {
        host: authority.to_owned(),
        path: path.to_owned(),
        query,
        url: url.clone(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_values_are_escaped_as_botocore_does_and_read_back() {
        let value = "AKID/20231114/us-west-2/sts/aws4_request host;x-k8s-aws-id +=~";
        let encoded = encode_query_value(value);
        assert_eq!(
            encoded,
            "AKID%2F20231114%2Fus-west-2%2Fsts%2Faws4_request%20host%3Bx-k8s-aws-id%20%2B%3D~"
        );
        assert_eq!(percent_decode(&encoded), value);
        // A stray `%` is kept as it is rather than misread.
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz"), "%zz");
    }

    #[test]
    fn the_exec_credential_version_follows_what_client_go_asks() {
        let v1 = r#"{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/v1","spec":{"interactive":false}}"#;
        assert_eq!(
            exec_api_version(Some(v1)),
            "client.authentication.k8s.io/v1"
        );
        let beta = r#"{"apiVersion":"client.authentication.k8s.io/v1beta1"}"#;
        assert_eq!(exec_api_version(Some(beta)), EXEC_CREDENTIAL_API_VERSION);
        for other in [
            None,
            Some(""),
            Some("{not json"),
            Some(r#"{"apiVersion":"v9"}"#),
        ] {
            assert_eq!(exec_api_version(other), EXEC_CREDENTIAL_API_VERSION);
        }
    }

    #[test]
    fn sts_hosts_follow_the_partition() {
        assert_eq!(sts_host("eu-west-1"), "sts.eu-west-1.amazonaws.com");
        assert_eq!(sts_host("cn-north-1"), "sts.cn-north-1.amazonaws.com.cn");
        assert_eq!(sts_host("us-gov-east-1"), "sts.us-gov-east-1.amazonaws.com");
    }
}
