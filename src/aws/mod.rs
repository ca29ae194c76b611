//! Talking to AWS: configuration from the standard chain, clients that can only read, errors
//! that keep their codes, and the EKS bearer token (a presigned STS URL) the cluster is asked
//! with.

mod api;
pub mod body_limit;
mod clock_skew;
mod credential_source;
pub mod eks_token;
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
pub use clock_skew::ClockSkew;
pub use credential_source::{CredentialSource, ShellSigning, printed_profile};
pub use eks_token::{
    DecodedToken, EksToken, ExecInfoWarning, TokenError, TokenRejection, check_token, decode_token,
    exec_api_version, exec_credential, make_token, sts_host,
};
pub use error::{AwsError, Denial, ErrorKind, classify, from_code, transport_error};
pub use guard::{ReadOnlyGuard, RefusedOperation, is_allowed};
pub use request_log::RequestLog;
pub use settings::{
    AwsSession, AwsSettings, GLOBAL_STS_ENDPOINT_VARIABLE, effective_profile, load_session,
    session_credentials,
};
pub(crate) use settings::{profile_value, profile_value_in};
