//! The Kubernetes side of EKS access: the bearer token `aws eks get-token` makes, so the tool
//! can ask the cluster itself who the caller is and what it may do.

pub mod access;
mod api;
pub mod client;
pub mod clock;
pub mod request_log;
pub mod token;

pub use access::AccessQuestion;
pub use api::KubeApi;
pub use client::{
    AccessAnswer, KubeClient, KubeError, KubeLimits, KubeTarget, KubeUser, Transport,
};
pub use clock::ClockSkew;
pub use token::{
    DecodedToken, EksToken, ExecInfoWarning, TokenError, TokenRejection, check_token, decode_token,
    exec_api_version, exec_credential, make_token, sts_host,
};
