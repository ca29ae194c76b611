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

use super::endpoints;

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
const EXEC_CREDENTIAL_API_V1ALPHA1: &str = "client.authentication.k8s.io/v1alpha1";

/// What to tell standard error about `KUBERNETES_EXEC_INFO`, as the AWS CLI's `get-token`
/// does (`discover_api_version` in awscli/customizations/eks/get_token.py).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExecInfoWarning {
    /// Not JSON: answered in `v1beta1`.
    Malformed,
    /// A version the tool does not know: answered in `v1beta1`.
    Unrecognized,
    /// `v1alpha1`: answered in `v1alpha1` (old kubectl versions accept nothing else), which
    /// is deprecated.
    Deprecated,
}

/// The ExecCredential version to answer with, as the AWS CLI chooses it: the one client-go
/// asks for in `KUBERNETES_EXEC_INFO` when it is `v1`, `v1beta1` or the deprecated `v1alpha1`
/// (client-go refuses an answer in another version than the kubeconfig names), else `v1beta1`
/// with a warning; `v1beta1` without a word when the variable is unset or empty.
pub fn exec_api_version(exec_info: Option<&str>) -> (&'static str, Option<ExecInfoWarning>) {
    let Some(raw) = exec_info.filter(|text| !text.is_empty()) else {
        return (EXEC_CREDENTIAL_API_VERSION, None);
    };
    let Ok(info) = serde_json::from_str::<serde_json::Value>(raw) else {
        return (
            EXEC_CREDENTIAL_API_VERSION,
            Some(ExecInfoWarning::Malformed),
        );
    };
    match info.get("apiVersion").and_then(|v| v.as_str()) {
        Some(EXEC_CREDENTIAL_API_V1) => (EXEC_CREDENTIAL_API_V1, None),
        Some(EXEC_CREDENTIAL_API_VERSION) => (EXEC_CREDENTIAL_API_VERSION, None),
        Some(EXEC_CREDENTIAL_API_V1ALPHA1) => (
            EXEC_CREDENTIAL_API_V1ALPHA1,
            Some(ExecInfoWarning::Deprecated),
        ),
        _ => (
            EXEC_CREDENTIAL_API_VERSION,
            Some(ExecInfoWarning::Unrecognized),
        ),
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

/// The regional STS host of `region`, in the region's partition, as the SDK's endpoint rules
/// resolve it (botocore and the AWS CLI resolve the same host). `None` for a name that is no
/// Region.
pub fn sts_host(region: &str) -> Option<String> {
    endpoints::sts_host(region, false, false)
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
    let host = sts_host(region).ok_or_else(|| TokenError::BadRegion(region.to_owned()))?;
    let base = format!("https://{host}/?{QUERY}");
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

/// The authenticator's size limit on a token (`maxTokenLenBytes` in pkg/token/token.go).
pub const MAX_TOKEN_BYTES: usize = 4 * 1024;

/// Why aws-iam-authenticator refuses a token before it ever calls STS (the checks at the top
/// of `tokenVerifier.Verify` in pkg/token/token.go, in that order).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TokenRejection {
    #[error("token is too large")]
    TooLarge,
    #[error("token is missing the k8s-aws-v1. prefix")]
    Prefix,
    #[error("token is not base64url")]
    Base64,
    #[error("not a URL: {0}")]
    Url(&'static str),
    #[error("unexpected scheme {0:?}")]
    Scheme(String),
    #[error("unexpected host {0:?} for partition {1}")]
    Host(String, String),
    #[error("unexpected path")]
    Path,
    #[error("malformed query parameter")]
    MalformedQuery,
    #[error("query parameter {0:?} is not allowed")]
    NotAllowed(String),
    #[error("query parameter with several values")]
    SeveralValues,
    #[error("duplicate query parameter {0:?}")]
    Duplicate(String),
    #[error("unexpected action")]
    Action,
    #[error("the x-k8s-aws-id header is not signed")]
    ClusterHeaderNotSigned,
    #[error("invalid X-Amz-Expires")]
    Expires,
    #[error("X-Amz-Date is missing")]
    NoDate,
    #[error("X-Amz-Date does not parse")]
    BadDate,
    #[error("X-Amz-Date is more than 15 minutes ago")]
    Expired,
}

/// The query parameters the authenticator allows (`parameterWhitelist`), lower-cased.
const ALLOWED_PARAMETERS: [&str; 9] = [
    "action",
    "version",
    "x-amz-algorithm",
    "x-amz-credential",
    "x-amz-date",
    "x-amz-expires",
    "x-amz-security-token",
    "x-amz-signature",
    "x-amz-signedheaders",
];

/// The STS DNS suffixes the authenticator accepts for a partition (`GetSTSPartitionDomain`
/// and `GetSTSDualStackPartitionDomain` in pkg/endpoints/partitions.go).
fn partition_domains(partition: &str) -> &'static [&'static str] {
    match partition {
        "aws" | "aws-us-gov" => &["amazonaws.com", "api.aws"],
        "aws-cn" => &["amazonaws.com.cn", "api.amazonwebservices.com.cn"],
        "aws-iso" => &["c2s.ic.gov"],
        "aws-iso-b" => &["sc2s.sgov.gov"],
        "aws-iso-e" => &["cloud.adc-e.uk"],
        "aws-iso-f" => &["csp.hci.ic.gov"],
        _ => &[],
    }
}

/// Whether the authenticator of a cluster in `partition` accepts `host` in a token's URL
/// (`tokenVerifier.verifyHost`): the global endpoint only in `aws`; otherwise
/// `sts[-fips].<region>.<a domain of the partition>` whose Region resolves, by the SDK's rules,
/// to exactly that host, or is the Region the authenticator itself runs in.
pub fn host_accepted(partition: &str, host: &str, server_region: Option<&str>) -> bool {
    if host == "sts.amazonaws.com" {
        return partition == "aws";
    }
    let (fips, rest) = if let Some(rest) = host.strip_prefix("sts-fips.") {
        (true, rest)
    } else if let Some(rest) = host.strip_prefix("sts.") {
        (false, rest)
    } else {
        return false;
    };
    let Some((region, domain)) = rest.split_once('.') else {
        return false;
    };
    let domains = partition_domains(partition);
    if !domains.contains(&domain) {
        return false;
    }
    if server_region == Some(region) {
        return true;
    }
    let dual_stack = domain.starts_with("api.");
    endpoints::sts_host(region, fips, dual_stack).as_deref() == Some(host)
}

/// Go's `url.ParseQuery`: `&`-separated pairs, percent-decoded (`+` is a space); a bad escape
/// or a `;` is an error.
fn parse_query(query: &str) -> Result<Vec<(String, String)>, TokenRejection> {
    let decode = |text: &str| -> Result<String, TokenRejection> {
        let bytes = text.as_bytes();
        let mut out = Vec::with_capacity(bytes.len());
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'%' => {
                    let hex = bytes
                        .get(i + 1..i + 3)
                        .and_then(|h| std::str::from_utf8(h).ok())
                        .and_then(|h| u8::from_str_radix(h, 16).ok())
                        .ok_or(TokenRejection::MalformedQuery)?;
                    out.push(hex);
                    i += 3;
                }
                b'+' => {
                    out.push(b' ');
                    i += 1;
                }
                other => {
                    out.push(other);
                    i += 1;
                }
            }
        }
        Ok(String::from_utf8_lossy(&out).into_owned())
    };
    let mut pairs = Vec::new();
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        if pair.contains(';') {
            return Err(TokenRejection::MalformedQuery);
        }
        let (name, value) = pair.split_once('=').unwrap_or((pair, ""));
        pairs.push((decode(name)?, decode(value)?));
    }
    Ok(pairs)
}

/// `20060102T150405Z` → seconds since the epoch.
fn parse_amz_date(text: &str) -> Option<u64> {
    let digits = |range: std::ops::Range<usize>| -> Option<i64> {
        let part = text.get(range)?;
        part.bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| part.parse().ok())?
    };
    if text.len() != 16 || text.as_bytes().get(8) != Some(&b'T') || !text.ends_with('Z') {
        return None;
    }
    let (year, month, day) = (digits(0..4)?, digits(4..6)?, digits(6..8)?);
    let (hour, minute, second) = (digits(9..11)?, digits(11..13)?, digits(13..15)?);
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) || hour > 23 || minute > 59 {
        return None;
    }
    let date = DateTime::from_str(
        &format!("{year:04}-{month:02}-{day:02}T{hour:02}:{minute:02}:{second:02}Z"),
        Format::DateTime,
    )
    .ok()?;
    u64::try_from(date.secs()).ok()
}

/// Checks a token the way the cluster's aws-iam-authenticator does before it sends the URL to
/// STS (pkg/token/token.go `Verify`), for a cluster in `partition` at `now`. What STS itself
/// then checks (the signature, the credentials) is not judged here.
pub fn check_token(
    token: &str,
    partition: &str,
    now: SystemTime,
) -> Result<DecodedToken, TokenRejection> {
    if token.len() > MAX_TOKEN_BYTES {
        return Err(TokenRejection::TooLarge);
    }
    let encoded = token
        .strip_prefix(TOKEN_PREFIX)
        .ok_or(TokenRejection::Prefix)?;
    let bytes = URL_SAFE_NO_PAD
        .decode(encoded)
        .map_err(|_| TokenRejection::Base64)?;
    let url = String::from_utf8(bytes).map_err(|_| TokenRejection::Base64)?;
    let (scheme, rest) = url
        .split_once("://")
        .ok_or(TokenRejection::Url("missing protocol scheme"))?;
    let scheme_ok = scheme.starts_with(|c: char| c.is_ascii_alphabetic())
        && scheme
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c));
    if !scheme_ok {
        return Err(TokenRejection::Url("missing protocol scheme"));
    }
    if scheme != "https" {
        return Err(TokenRejection::Scheme(scheme.to_owned()));
    }
    let (authority, path_and_query) = rest.split_at(rest.find(['/', '?']).unwrap_or(rest.len()));
    let (path, query) = path_and_query
        .split_once('?')
        .unwrap_or((path_and_query, ""));
    if !host_accepted(partition, authority, None) {
        return Err(TokenRejection::Host(
            authority.to_owned(),
            partition.to_owned(),
        ));
    }
    if path != "/" {
        return Err(TokenRejection::Path);
    }
    let pairs = parse_query(query)?;
    let mut lower: Vec<(String, String)> = Vec::new();
    for (name, value) in &pairs {
        let key = name.to_ascii_lowercase();
        if !ALLOWED_PARAMETERS.contains(&key.as_str()) {
            return Err(TokenRejection::NotAllowed(name.clone()));
        }
        if pairs.iter().filter(|(n, _)| n == name).count() != 1 {
            return Err(TokenRejection::SeveralValues);
        }
        if lower.iter().any(|(k, _)| *k == key) {
            return Err(TokenRejection::Duplicate(name.clone()));
        }
        lower.push((key, value.clone()));
    }
    let get = |key: &str| {
        lower
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    };
    if get("action") != Some("GetCallerIdentity") {
        return Err(TokenRejection::Action);
    }
    let signed = get("x-amz-signedheaders").unwrap_or_default();
    if !signed
        .split(';')
        .any(|h| h.eq_ignore_ascii_case(CLUSTER_ID_HEADER))
    {
        return Err(TokenRejection::ClusterHeaderNotSigned);
    }
    match get("x-amz-expires").and_then(|e| e.parse::<i64>().ok()) {
        Some(expires) if (0..=900).contains(&expires) => {}
        _ => return Err(TokenRejection::Expires),
    }
    let date = get("x-amz-date")
        .filter(|d| !d.is_empty())
        .ok_or(TokenRejection::NoDate)?;
    let signed_at = parse_amz_date(date).ok_or(TokenRejection::BadDate)?;
    let now = now
        .duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or_default();
    if now > signed_at + TOKEN_LIFETIME.as_secs() {
        return Err(TokenRejection::Expired);
    }
    decode_token(token).map_err(|_| TokenRejection::Url("not a token URL"))
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
            ("client.authentication.k8s.io/v1", None)
        );
        let beta = r#"{"apiVersion":"client.authentication.k8s.io/v1beta1"}"#;
        assert_eq!(
            exec_api_version(Some(beta)),
            (EXEC_CREDENTIAL_API_VERSION, None)
        );
        let alpha = r#"{"apiVersion":"client.authentication.k8s.io/v1alpha1"}"#;
        assert_eq!(
            exec_api_version(Some(alpha)),
            (
                "client.authentication.k8s.io/v1alpha1",
                Some(ExecInfoWarning::Deprecated)
            )
        );
        for (other, warning) in [
            (None, None),
            (Some(""), None),
            (Some("{not json"), Some(ExecInfoWarning::Malformed)),
            (
                Some(r#"{"apiVersion":"v9"}"#),
                Some(ExecInfoWarning::Unrecognized),
            ),
            (Some("[]"), Some(ExecInfoWarning::Unrecognized)),
        ] {
            assert_eq!(
                exec_api_version(other),
                (EXEC_CREDENTIAL_API_VERSION, warning)
            );
        }
    }

    #[test]
    fn sts_hosts_follow_the_partition() {
        for (region, host) in [
            ("eu-west-1", "sts.eu-west-1.amazonaws.com"),
            ("cn-north-1", "sts.cn-north-1.amazonaws.com.cn"),
            ("us-gov-east-1", "sts.us-gov-east-1.amazonaws.com"),
            ("eu-isoe-west-1", "sts.eu-isoe-west-1.cloud.adc-e.uk"),
            ("us-isof-south-1", "sts.us-isof-south-1.csp.hci.ic.gov"),
        ] {
            assert_eq!(sts_host(region).as_deref(), Some(host));
        }
    }
}
