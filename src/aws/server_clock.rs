//! AWS's clock, as the `Date` header of a response says it: a token signed by a clock that is
//! 15 minutes off is refused by STS and the authenticator alike.

use std::sync::{Arc, Mutex};
use std::time::SystemTime;

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::BeforeDeserializationInterceptorContextRef;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;

/// Keeps the `Date` header of the last response and the local time it arrived.
#[derive(Debug, Clone, Default)]
pub struct DateRecorder {
    seen: Arc<Mutex<Option<(SystemTime, String)>>>,
}

impl DateRecorder {
    pub fn last(&self) -> Option<(SystemTime, String)> {
        self.seen.lock().ok().and_then(|seen| seen.clone())
    }
}

impl Intercept for DateRecorder {
    fn name(&self) -> &'static str {
        "eks-iam-tui server clock"
    }

    fn read_after_transmit(
        &self,
        context: &BeforeDeserializationInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        _cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        if let Some(date) = context.response().headers().get("date")
            && let Ok(mut seen) = self.seen.lock()
        {
            *seen = Some((SystemTime::now(), date.to_owned()));
        }
        Ok(())
    }
}
