//! The Kubernetes side of the response limit ([`crate::net::body_limit`]): a tower layer on
//! kube's service.

use crate::net::body_limit::{BoxError, limited};

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
