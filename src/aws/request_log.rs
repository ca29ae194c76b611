//! `--debug`: one line per AWS request attempt, as `aws --debug` users look for it: service,
//! operation, attempt, HTTP status, time on the wire and endpoint. Only those: no header, no
//! query string and no body is logged, so no signature, session token or key can be in it.
//! Without a subscriber (no `--debug`, no `RUST_LOG`) the events cost nothing.

use std::time::Instant;

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::{
    BeforeTransmitInterceptorContextRef, FinalizerInterceptorContextRef,
};
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_runtime_api::client::retries::RequestAttempts;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::{ConfigBag, Storable, StoreReplace};

use crate::net::{REQUEST_LOG_TARGET as TARGET, endpoint_of};

/// When and where the attempt went: the request itself is gone once it is sent.
#[derive(Debug, Clone)]
struct Sent {
    at: Instant,
    method: String,
    endpoint: String,
}

impl Storable for Sent {
    type Storer = StoreReplace<Self>;
}

/// The interceptor every SDK client carries beside the read-only guard.
#[derive(Debug, Clone, Copy, Default)]
pub struct RequestLog;

impl Intercept for RequestLog {
    fn name(&self) -> &'static str {
        "eks-iam-tui request log"
    }

    fn read_before_transmit(
        &self,
        context: &BeforeTransmitInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        let request = context.request();
        cfg.interceptor_state().store_put(Sent {
            at: Instant::now(),
            method: request.method().to_owned(),
            endpoint: endpoint_of(request.uri()).to_owned(),
        });
        Ok(())
    }

    fn read_after_attempt(
        &self,
        context: &FinalizerInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        if !tracing::enabled!(target: TARGET, tracing::Level::DEBUG) {
            return Ok(());
        }
        let (service, operation) = cfg
            .load::<Metadata>()
            .map(|m| (m.service().to_owned(), m.name().to_owned()))
            .unwrap_or_default();
        let attempt = cfg.load::<RequestAttempts>().map_or(1, |a| a.attempts());
        let sent = cfg.load::<Sent>();
        let millis = sent.map(|sent| sent.at.elapsed().as_millis());
        let (method, endpoint) = sent
            .map(|sent| (sent.method.clone(), sent.endpoint.clone()))
            .unwrap_or_default();
        match context.response() {
            Some(response) => tracing::debug!(
                target: TARGET,
                "aws {service} {operation} attempt={attempt} status={status} time_ms={time} {method} {endpoint}",
                status = response.status().as_u16(),
                time = millis.map_or_else(|| "-".to_owned(), |m| m.to_string()),
            ),
            None => {
                let error = match context.output_or_error() {
                    Some(Err(error)) => error.to_string(),
                    _ => "no response".to_owned(),
                };
                tracing::debug!(
                    target: TARGET,
                    "aws {service} {operation} attempt={attempt} status=none time_ms={time} {method} {endpoint} error={error:?}",
                    time = millis.map_or_else(|| "-".to_owned(), |m| m.to_string()),
                )
            }
        }
        Ok(())
    }
}
