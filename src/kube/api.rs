//! The questions the probes put to a cluster's API server, behind a small trait of their own:
//! the real client ([`super::KubeClient`]) in the tool, a fake in unit tests. Every call is a
//! read, carries the EKS bearer token made on the AWS side, and fails with a [`KubeError`].

use std::collections::BTreeMap;
use std::future::Future;

use super::access::AccessQuestion;
use super::client::{AccessAnswer, KubeError, KubeTarget, KubeUser};

pub trait KubeApi: Send + Sync + 'static {
    /// `SelfSubjectReview`: who the cluster takes the caller for.
    fn who_am_i(
        &self,
        target: KubeTarget,
        token: String,
    ) -> impl Future<Output = Result<KubeUser, KubeError>> + Send;
    /// `SelfSubjectAccessReview`, one per question, in order.
    fn can_i(
        &self,
        target: KubeTarget,
        token: String,
        questions: Vec<AccessQuestion>,
    ) -> impl Future<Output = Result<Vec<AccessAnswer>, KubeError>> + Send;
    /// A ConfigMap as JSON text; `None` when there is none.
    fn config_map(
        &self,
        target: KubeTarget,
        token: String,
        namespace: String,
        name: String,
    ) -> impl Future<Output = Result<Option<String>, KubeError>> + Send;
    /// A service account's annotations; `None` when there is no such account.
    fn service_account(
        &self,
        target: KubeTarget,
        token: String,
        namespace: String,
        name: String,
    ) -> impl Future<Output = Result<Option<BTreeMap<String, String>>, KubeError>> + Send;
}
