//! Talking to AWS: configuration from the standard chain, clients that can only read, and
//! errors that keep their codes.

mod api;
pub mod body_limit;
pub mod endpoints;
mod error;
mod guard;
mod request_log;
mod server_clock;
mod settings;

pub use api::{
    AccessEntryInfo, AssociatedPolicy, AwsApi, CallerIdentity, ClusterInfo, RoleInfo, SdkApi,
    SimulationDecision, SimulationResult, StsEndpoint,
};
pub use error::{AwsError, Denial, ErrorKind, classify, from_code, transport_error};
pub use guard::{ReadOnlyGuard, RefusedOperation, is_allowed};
pub use request_log::{RequestLog, TARGET as REQUEST_LOG_TARGET, endpoint_of};
pub use settings::{
    AwsSession, AwsSettings, GLOBAL_STS_ENDPOINT_VARIABLE, load_session, session_credentials,
};
