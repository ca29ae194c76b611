//! Asking the cluster itself, the way `kubectl` does: the EKS bearer token, the API server
//! verified against the cluster CA from `DescribeCluster`, and only reads (the two review
//! endpoints create nothing; they answer about the caller).

use std::collections::BTreeMap;
use std::time::Duration;

use k8s_openapi::api::authentication::v1::SelfSubjectReview;
use k8s_openapi::api::authorization::v1::{
    ResourceAttributes, SelfSubjectAccessReview, SelfSubjectAccessReviewSpec,
};
use k8s_openapi::api::core::v1::{ConfigMap, ServiceAccount};
use kube::api::{Api, PostParams};
use rustls::pki_types::CertificateDer;
use rustls::pki_types::pem::PemObject;
use serde::Serialize;

use super::access::AccessQuestion;
use super::request_log::KubeRequestLog;

/// Where the cluster's API server is and how to trust it, as `DescribeCluster` says.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KubeTarget {
    pub cluster: String,
    pub endpoint: String,
    /// `certificateAuthority.data`: base64 of the PEM bundle.
    pub certificate_authority: String,
}

/// Who Kubernetes says the caller is (`SelfSubjectReview`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct KubeUser {
    pub username: String,
    pub uid: Option<String>,
    pub groups: Vec<String>,
    /// `arn`, `canonicalArn`, `sessionName`, `accessKeyId`, as the authenticator sets them.
    pub extra: BTreeMap<String, Vec<String>>,
}

impl KubeUser {
    pub fn extra_value(&self, key: &str) -> Option<&str> {
        self.extra
            .get(key)
            .and_then(|v| v.first())
            .map(String::as_str)
    }
}

/// Kubernetes' answer to one `SelfSubjectAccessReview`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccessAnswer {
    pub question: AccessQuestion,
    pub allowed: bool,
    /// Whether an authorizer denied it outright (rather than none allowing it).
    pub denied: bool,
    /// The reason Kubernetes gives (often empty when nothing allowed it).
    pub reason: String,
    pub evaluation_error: Option<String>,
}

/// How a Kubernetes call ended when it did not answer what was asked. Nothing here is about
/// AWS: the bearer token is made before the call, by whoever holds the credentials, and the
/// probes say what a failure means for the cluster they asked.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KubeError {
    /// 401: the token was not accepted, which on EKS means the principal is not mapped
    /// (or the token is stale: the probes compare clocks before saying which).
    #[error("the token was not accepted (401)")]
    Unauthorized,
    /// 403, with Kubernetes' message.
    #[error("forbidden: {message}")]
    Forbidden { message: String },
    /// Any other status the API server answered with.
    #[error("Kubernetes answered {code} {reason}: {message}")]
    Status {
        code: u16,
        reason: String,
        message: String,
    },
    /// `DescribeCluster` named no endpoint that is a URL.
    #[error("the cluster {cluster} names no usable API endpoint")]
    NoEndpoint { cluster: String },
    /// The API server's certificate is not the cluster CA's (or the CA is not readable).
    #[error("the API server's certificate is not the cluster CA's: {detail}")]
    Untrusted { detail: String },
    #[error("the answer could not be read (HTTP {status})")]
    Unparseable { status: u16 },
    /// The answer was cut off at the body limit.
    #[error("the answer was larger than the limit")]
    TooLarge,
    /// The API server could not be reached, or did not answer in time.
    #[error("the API server did not answer: {0:?}")]
    Unreachable(Transport),
}

/// Why the API server could not be reached.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Transport {
    Timeout,
    ConnectionRefused,
    Dns,
    Network { detail: String },
}

/// A client for one cluster, authenticated with one token.
pub struct KubeClient {
    client: kube::Client,
}

/// The limits of one Kubernetes call; the probe's own budget bounds the whole probe.
#[derive(Debug, Clone, Copy)]
pub struct KubeLimits {
    pub connect: Duration,
    pub call: Duration,
}

/// The proxy the environment names for `endpoint`, chosen as the AWS calls choose theirs (the
/// SDK's client uses hyper-util's matcher): `HTTPS_PROXY`/`https_proxy`, else
/// `ALL_PROXY`/`all_proxy`, skipped when `NO_PROXY`/`no_proxy` covers the cluster's host. kube's
/// own loader would match `NO_PROXY` against the proxy's host instead, so it is not used.
pub fn proxy_for(endpoint: &http::Uri) -> Option<http::Uri> {
    let intercept = hyper_util::client::proxy::matcher::Matcher::from_env().intercept(endpoint)?;
    let proxy = intercept.uri().clone();
    // kube reads the proxy's credentials from the URL's user info, which the matcher keeps apart.
    let Some((user, password)) = intercept.raw_auth() else {
        return Some(proxy);
    };
    let authority = proxy.authority()?;
    let with_auth = format!("{user}:{password}@{authority}");
    let mut parts = proxy.clone().into_parts();
    parts.authority = with_auth.parse().ok();
    Some(http::Uri::from_parts(parts).unwrap_or(proxy))
}

/// Reads the certificates of a base64-encoded PEM bundle, as DER.
pub fn ca_certificates(certificate_authority: &str) -> Result<Vec<Vec<u8>>, KubeError> {
    use base64::Engine;
    let untrusted = |detail: &str| KubeError::Untrusted {
        detail: detail.to_owned(),
    };
    let pem = base64::engine::general_purpose::STANDARD
        .decode(certificate_authority.trim())
        .map_err(|_| untrusted("certificateAuthority.data is not base64"))?;
    let certificates: Vec<Vec<u8>> = CertificateDer::pem_slice_iter(&pem)
        .filter_map(Result::ok)
        .map(|der| der.to_vec())
        .collect();
    if certificates.is_empty() {
        return Err(untrusted("certificateAuthority.data holds no certificate"));
    }
    Ok(certificates)
}

impl KubeClient {
    pub fn new(target: &KubeTarget, token: &str, limits: KubeLimits) -> Result<Self, KubeError> {
        // The SDK and kube both build rustls with aws-lc-rs; with more than one provider
        // compiled in, rustls wants the process to name one. A second call is a no-op.
        let _ = rustls::crypto::aws_lc_rs::default_provider().install_default();
        let url: http::Uri = target.endpoint.parse().map_err(|_| KubeError::NoEndpoint {
            cluster: target.cluster.clone(),
        })?;
        let mut config = kube::Config::new(url.clone());
        config.proxy_url = proxy_for(&url);
        config.root_cert = Some(ca_certificates(&target.certificate_authority)?);
        config.auth_info.token = Some(token.to_owned().into());
        config.connect_timeout = Some(limits.connect);
        config.read_timeout = Some(limits.call);
        config.write_timeout = Some(limits.call);
        config.reset_reader_on_write = true;
        // One attempt: the probe says what happened rather than hiding it behind retries.
        config.default_retry = false;
        // Every answer read through the body limit: a server that never stops sending ends as
        // `response-too-large`, not as memory taken.
        let client = kube::client::ClientBuilder::try_from(config)
            .map_err(|e| classify(&e))?
            .with_layer(&super::body_limit::kube_layer())
            .with_layer(&KubeRequestLog::new(&target.endpoint))
            .build();
        Ok(KubeClient { client })
    }

    pub async fn who_am_i(&self) -> Result<KubeUser, KubeError> {
        let api: Api<SelfSubjectReview> = Api::all(self.client.clone());
        let review = api
            .create(&PostParams::default(), &SelfSubjectReview::default())
            .await
            .map_err(|e| classify(&e))?;
        let info = review
            .status
            .and_then(|s| s.user_info)
            .ok_or(KubeError::Unparseable { status: 201 })?;
        Ok(KubeUser {
            username: info.username.unwrap_or_default(),
            uid: info.uid,
            groups: info.groups.unwrap_or_default(),
            extra: info.extra.unwrap_or_default(),
        })
    }

    pub async fn can_i(&self, question: &AccessQuestion) -> Result<AccessAnswer, KubeError> {
        let api: Api<SelfSubjectAccessReview> = Api::all(self.client.clone());
        let review = SelfSubjectAccessReview {
            spec: SelfSubjectAccessReviewSpec {
                resource_attributes: Some(ResourceAttributes {
                    verb: Some(question.verb.clone()),
                    resource: Some(question.resource.clone()),
                    group: Some(question.group.clone()),
                    namespace: question.namespace.clone(),
                    ..ResourceAttributes::default()
                }),
                ..SelfSubjectAccessReviewSpec::default()
            },
            ..SelfSubjectAccessReview::default()
        };
        let answer = api
            .create(&PostParams::default(), &review)
            .await
            .map_err(|e| classify(&e))?;
        let status = answer
            .status
            .ok_or(KubeError::Unparseable { status: 201 })?;
        Ok(AccessAnswer {
            question: question.clone(),
            allowed: status.allowed,
            denied: status.denied.unwrap_or(false),
            reason: status.reason.unwrap_or_default(),
            evaluation_error: status.evaluation_error.filter(|e| !e.is_empty()),
        })
    }

    /// The ConfigMap as JSON text (what `kubectl get -o json` prints), or `None` when absent.
    pub async fn config_map_json(
        &self,
        namespace: &str,
        name: &str,
    ) -> Result<Option<String>, KubeError> {
        let api: Api<ConfigMap> = Api::namespaced(self.client.clone(), namespace);
        let map = api.get_opt(name).await.map_err(|e| classify(&e))?;
        map.map(|m| {
            serde_json::to_string_pretty(&m).map_err(|_| KubeError::Unparseable { status: 200 })
        })
        .transpose()
    }

    /// The service account's annotations, or `None` when it does not exist.
    pub async fn service_account_annotations(
        &self,
        namespace: &str,
        name: &str,
    ) -> Result<Option<BTreeMap<String, String>>, KubeError> {
        let api: Api<ServiceAccount> = Api::namespaced(self.client.clone(), namespace);
        let account = api.get_opt(name).await.map_err(|e| classify(&e))?;
        Ok(account.map(|a| a.metadata.annotations.unwrap_or_default()))
    }
}

/// A failed Kubernetes call: the API server's own status (401 and 403 kept apart), an
/// untrusted certificate, or why it could not be reached.
fn classify(error: &kube::Error) -> KubeError {
    match error {
        kube::Error::Api(status) if status.code == 401 => return KubeError::Unauthorized,
        kube::Error::Api(status) if status.code == 403 => {
            return KubeError::Forbidden {
                message: status.message.clone(),
            };
        }
        kube::Error::Api(status) => {
            return KubeError::Status {
                code: status.code,
                reason: status.reason.clone(),
                message: status.message.clone(),
            };
        }
        kube::Error::SerdeError(_) => return KubeError::Unparseable { status: 200 },
        _ => {}
    }
    if crate::net::body_limit::is_too_large(error) {
        return KubeError::TooLarge;
    }
    let mut source: Option<&(dyn std::error::Error + 'static)> = Some(error);
    // Error chains are short; the bound guards against a cycle in a hand-written source().
    for _ in 0..32 {
        let Some(current) = source else { break };
        if let Some(tls) = current.downcast_ref::<rustls::Error>() {
            return KubeError::Untrusted {
                detail: tls.to_string(),
            };
        }
        // An io::Error's source() skips the error it wraps, which is where rustls puts its own
        // (inside another io::Error, as the connector wraps it).
        let wrapped = current
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .map(|inner| inner as &(dyn std::error::Error + 'static));
        source = wrapped.or_else(|| current.source());
    }
    KubeError::Unreachable(transport(error))
}

/// Why the connection failed (refused, timed out, no such name), from the chain of causes.
fn transport(error: &(dyn std::error::Error + 'static)) -> Transport {
    let mut source = Some(error);
    let mut last = String::new();
    for _ in 0..32 {
        let Some(current) = source else { break };
        if let Some(io) = current.downcast_ref::<std::io::Error>() {
            match io.kind() {
                std::io::ErrorKind::ConnectionRefused => return Transport::ConnectionRefused,
                std::io::ErrorKind::TimedOut => return Transport::Timeout,
                _ => {}
            }
        }
        let text = current.to_string();
        let lower = text.to_ascii_lowercase();
        if lower.contains("dns error") || lower.contains("failed to lookup address") {
            return Transport::Dns;
        }
        if lower.contains("connection refused") {
            return Transport::ConnectionRefused;
        }
        if lower.contains("timed out") || lower.contains("timeout") {
            return Transport::Timeout;
        }
        last = text;
        source = current.source();
    }
    Transport::Network { detail: last }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ca_bundle_must_hold_a_certificate() {
        use base64::Engine;
        let encode = |s: &str| base64::engine::general_purpose::STANDARD.encode(s);
        assert!(matches!(
            ca_certificates("not base64!"),
            Err(KubeError::Untrusted { .. })
        ));
        assert!(matches!(
            ca_certificates(&encode("no pem here")),
            Err(KubeError::Untrusted { .. })
        ));
        let pem = "-----BEGIN CERTIFICATE-----\nAAECAw==\n-----END CERTIFICATE-----\n";
        assert_eq!(
            ca_certificates(&encode(pem)).unwrap(),
            vec![vec![0, 1, 2, 3]]
        );
    }
}
