//! The Kubernetes side of EKS access: asking the cluster itself who the caller is and what it
//! may do, with a bearer token the AWS side makes (`aws::eks_token`). Nothing here knows AWS.

pub mod access;
mod api;
mod body_limit;
pub mod client;
pub mod request_log;

pub use access::AccessQuestion;
pub use api::KubeApi;
pub use client::{
    AccessAnswer, KubeClient, KubeError, KubeLimits, KubeTarget, KubeUser, Transport,
};
