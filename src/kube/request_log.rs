//! `--debug` for the Kubernetes side: one line per request to the cluster's API server, as
//! `kubectl -v=6` prints it (method, path, status, time), from a tower layer on kube's client.
//! The bearer token travels in a header, and headers are never logged.

use std::future::Future;
use std::pin::Pin;
use std::task::{Context, Poll};
use std::time::Instant;

use http::{Request, Response};
use tower_layer::Layer;
use tower_service::Service;

use crate::net::{REQUEST_LOG_TARGET, endpoint_of};

/// Logs each request of the service it wraps; `endpoint` is the API server's URL.
#[derive(Debug, Clone)]
pub struct KubeRequestLog {
    endpoint: String,
}

impl KubeRequestLog {
    pub fn new(endpoint: &str) -> Self {
        KubeRequestLog {
            endpoint: endpoint_of(endpoint).trim_end_matches('/').to_owned(),
        }
    }
}

impl<S> Layer<S> for KubeRequestLog {
    type Service = Logged<S>;

    fn layer(&self, inner: S) -> Self::Service {
        Logged {
            inner,
            endpoint: self.endpoint.clone(),
        }
    }
}

#[derive(Debug, Clone)]
pub struct Logged<S> {
    inner: S,
    endpoint: String,
}

type BoxFuture<T> = Pin<Box<dyn Future<Output = T> + Send>>;

impl<S, ReqBody, ResBody> Service<Request<ReqBody>> for Logged<S>
where
    S: Service<Request<ReqBody>, Response = Response<ResBody>>,
    S::Future: Send + 'static,
    S::Error: std::fmt::Display,
{
    type Response = S::Response;
    type Error = S::Error;
    type Future = BoxFuture<Result<S::Response, S::Error>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), Self::Error>> {
        self.inner.poll_ready(cx)
    }

    fn call(&mut self, request: Request<ReqBody>) -> Self::Future {
        let enabled = tracing::enabled!(target: REQUEST_LOG_TARGET, tracing::Level::DEBUG);
        let method = request.method().clone();
        // Only the path: a query string can hold nothing secret here, but the AWS side keeps
        // none either, so neither does this one.
        let path = request.uri().path().to_owned();
        let endpoint = self.endpoint.clone();
        let started = Instant::now();
        let future = self.inner.call(request);
        Box::pin(async move {
            let result = future.await;
            if enabled {
                let time = started.elapsed().as_millis();
                match &result {
                    Ok(response) => tracing::debug!(
                        target: REQUEST_LOG_TARGET,
                        "kubernetes {method} {path} status={status} time_ms={time} {endpoint}",
                        status = response.status().as_u16(),
                    ),
                    Err(error) => tracing::debug!(
                        target: REQUEST_LOG_TARGET,
                        "kubernetes {method} {path} status=none time_ms={time} {endpoint} error={error:?}",
                        error = error.to_string(),
                    ),
                }
            }
            result
        })
    }
}
