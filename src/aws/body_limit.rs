//! The AWS side of the response limit ([`crate::net::body_limit`]): the SDK's default HTTPS
//! client (the same hyper 1 client over rustls with aws-lc that aws-config builds) wrapped so
//! that the SDK clients, the credential providers and instance metadata all read through it.

use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::HttpRequest;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_runtime_api::shared::IntoShared;
use aws_smithy_types::body::SdkBody;
use std::path::{Path, PathBuf};

use crate::net::body_limit::limited;

/// The largest CA bundle read: a bundle of every public CA is ~250 KB.
const MAX_CA_BUNDLE_BYTES: u64 = 4 * 1024 * 1024;

/// The certificates of the bundle at `path`, which the AWS CLI trusts instead of its own. A
/// bundle that cannot be read trusts nothing, so every call fails as the CLI's would, rather
/// than quietly trusting what the person meant to replace.
fn ca_bundle(path: &Path) -> aws_smithy_http_client::tls::TrustStore {
    use aws_smithy_http_client::tls::TrustStore;
    use std::io::Read;
    let mut pem = Vec::new();
    let read = std::fs::File::open(path)
        .and_then(|file| file.take(MAX_CA_BUNDLE_BYTES).read_to_end(&mut pem));
    let store = TrustStore::empty().with_native_roots(false);
    match read {
        Ok(_) => store.with_pem_certificate(pem),
        Err(_) => store,
    }
}

/// The TLS settings for a CA bundle, read once per bundle and process: every session (each F5
/// in the wizard) builds two clients, and a bundle does not change under a running process.
fn trust_for(path: &Path) -> Option<aws_smithy_http_client::tls::TlsContext> {
    use aws_smithy_http_client::tls::TlsContext;
    type Cache = std::collections::BTreeMap<PathBuf, Option<TlsContext>>;
    static TRUST: std::sync::Mutex<Cache> = std::sync::Mutex::new(Cache::new());
    let make = || {
        TlsContext::builder()
            .with_trust_store(ca_bundle(path))
            .build()
            .ok()
    };
    match TRUST.lock() {
        Ok(mut cache) => cache.entry(path.to_owned()).or_insert_with(make).clone(),
        // A poisoned cache only costs a second read.
        Err(_) => make(),
    }
}

/// The SDK's default HTTPS client with every response body limited, trusting the certificates
/// of `ca_bundle` instead of the system's when one is named (`AWS_CA_BUNDLE` or the profile's
/// `ca_bundle`, as the AWS CLI reads them).
pub fn http_client(ca_bundle: Option<&Path>) -> SharedHttpClient {
    use aws_smithy_http_client::proxy::ProxyConfig;
    use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
    use aws_smithy_http_client::{Builder, ConnectorBuilder};
    let trust = ca_bundle.and_then(trust_for);
    // As aws-smithy-runtime's own default: rustls with aws-lc, proxies from the environment,
    // and the CA bundle the AWS CLI would use.
    let inner = Builder::new().build_with_connector_fn(move |settings, components| {
        let mut builder =
            ConnectorBuilder::default().tls_provider(tls::Provider::Rustls(CryptoMode::AwsLc));
        if let Some(trust) = &trust {
            builder = builder.tls_context(trust.clone());
        }
        builder.set_connector_settings(settings.cloned());
        if let Some(components) = components {
            builder.set_sleep_impl(components.sleep_impl());
        }
        builder.set_proxy_config(Some(ProxyConfig::from_env()));
        builder.build()
    });
    BoundedClient { inner }.into_shared()
}

#[derive(Debug)]
struct BoundedClient {
    inner: SharedHttpClient,
}

impl HttpClient for BoundedClient {
    fn http_connector(
        &self,
        settings: &HttpConnectorSettings,
        components: &RuntimeComponents,
    ) -> SharedHttpConnector {
        BoundedConnector {
            inner: self.inner.http_connector(settings, components),
        }
        .into_shared()
    }

    fn connector_metadata(
        &self,
    ) -> Option<aws_smithy_runtime_api::client::connector_metadata::ConnectorMetadata> {
        self.inner.connector_metadata()
    }
}

#[derive(Debug)]
struct BoundedConnector {
    inner: SharedHttpConnector,
}

impl HttpConnector for BoundedConnector {
    fn call(&self, request: HttpRequest) -> HttpConnectorFuture {
        let call = self.inner.call(request);
        HttpConnectorFuture::new(async move {
            let response = call.await?;
            Ok(response.map(|body| SdkBody::from_body_1_x(limited(body))))
        })
    }
}
