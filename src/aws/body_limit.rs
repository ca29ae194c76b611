//! Every answer the tool reads is small: a caller identity, a cluster, a role, a page of access
//! entries, a ConfigMap of at most a few hundred kilobytes. A body past [`MAX_RESPONSE_BYTES`]
//! (or one that never ends) is cut off there and the call ends as [`ResponseTooLarge`], so
//! memory stays bounded whatever a server, a proxy or an emulator sends.
//!
//! The AWS side wraps the SDK's default HTTPS client (the same hyper 1 client over rustls with
//! aws-lc that aws-config builds), so the SDK clients, the credential providers and instance
//! metadata all read through the limit. The Kubernetes side is a tower layer on kube's service.

use std::error::Error as StdError;

use aws_smithy_runtime_api::client::http::{
    HttpClient, HttpConnector, HttpConnectorFuture, HttpConnectorSettings, SharedHttpClient,
    SharedHttpConnector,
};
use aws_smithy_runtime_api::client::orchestrator::HttpRequest;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_runtime_api::shared::IntoShared;
use aws_smithy_types::body::SdkBody;
use http_body_util::{LengthLimitError, Limited};

/// The largest response body read: 4 MiB, far above any answer the checks need (a full page
/// of access entries is a few kilobytes; the largest ConfigMap is 1 MiB).
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// A response body went past [`MAX_RESPONSE_BYTES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the response was larger than {limit} bytes and was not read further")]
pub struct ResponseTooLarge {
    pub limit: usize,
}

/// `body`, cut off with [`ResponseTooLarge`] past the limit.
fn limited<B>(body: B) -> impl http_body::Body<Data = B::Data, Error = BoxError>
where
    B: http_body::Body,
    B::Error: Into<BoxError>,
{
    http_body_util::BodyExt::map_err(Limited::new(body, MAX_RESPONSE_BYTES), |error| {
        if error.is::<LengthLimitError>() {
            Box::new(ResponseTooLarge {
                limit: MAX_RESPONSE_BYTES,
            }) as BoxError
        } else {
            error
        }
    })
}

type BoxError = Box<dyn StdError + Send + Sync>;

/// Whether `error`, or any error it wraps, is a [`ResponseTooLarge`].
pub fn is_too_large(error: &(dyn StdError + 'static)) -> bool {
    let mut current = Some(error);
    // Error chains are short; the bound guards against a cycle in a hand-written source().
    for _ in 0..32 {
        let Some(err) = current else { return false };
        if err.is::<ResponseTooLarge>() || err.is::<LengthLimitError>() {
            return true;
        }
        // An io::Error's source() skips the error it wraps.
        let wrapped = err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .map(|inner| inner as &(dyn StdError + 'static));
        current = wrapped.or_else(|| err.source());
    }
    false
}

/// The SDK's default HTTPS client with every response body limited.
pub fn http_client() -> SharedHttpClient {
    use aws_smithy_http_client::proxy::ProxyConfig;
    use aws_smithy_http_client::tls::{self, rustls_provider::CryptoMode};
    use aws_smithy_http_client::{Builder, ConnectorBuilder};
    // As aws-smithy-runtime's own default: rustls with aws-lc, proxies from the environment.
    let inner = Builder::new().build_with_connector_fn(|settings, components| {
        let mut builder =
            ConnectorBuilder::default().tls_provider(tls::Provider::Rustls(CryptoMode::AwsLc));
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

/// kube's response body with the limit on it.
pub struct LimitedBody(
    std::pin::Pin<Box<dyn http_body::Body<Data = bytes::Bytes, Error = BoxError> + Send>>,
);

impl http_body::Body for LimitedBody {
    type Data = bytes::Bytes;
    type Error = BoxError;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<http_body::Frame<Self::Data>, Self::Error>>> {
        self.0.as_mut().poll_frame(cx)
    }

    fn size_hint(&self) -> http_body::SizeHint {
        self.0.size_hint()
    }
}

/// The body kube's own service answers with.
type KubeBody = Box<dyn http_body::Body<Data = bytes::Bytes, Error = BoxError> + Send + Unpin>;
type KubeResponse = http::Response<KubeBody>;

fn limit_kube_response(response: KubeResponse) -> http::Response<LimitedBody> {
    response.map(|body| LimitedBody(Box::pin(limited(body))))
}

/// The tower layer for kube's client: every response body limited.
pub fn kube_layer() -> tower::util::MapResponseLayer<fn(KubeResponse) -> http::Response<LimitedBody>>
{
    tower::util::MapResponseLayer::new(limit_kube_response as fn(_) -> _)
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    #[tokio::test]
    async fn a_body_past_the_limit_ends_in_response_too_large() {
        let small = http_body_util::Full::new(bytes::Bytes::from(vec![b'x'; 1024]));
        let read = limited(small).collect().await.map(|b| b.to_bytes().len());
        assert_eq!(read.ok(), Some(1024));
        let big = http_body_util::Full::new(bytes::Bytes::from(vec![b'x'; MAX_RESPONSE_BYTES + 1]));
        let error = limited(big)
            .collect()
            .await
            .err()
            .map(|e| is_too_large(&*e));
        assert_eq!(error, Some(true));
    }
}
