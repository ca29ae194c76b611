//! One run of the live checks, set up the same way for the wizard and for every command: the
//! AWS settings with their time limits, the runtime the checks run on, and the input the
//! probes start from once the session is loaded.

use std::sync::Arc;
use std::time::Duration;

use crate::aws::{AwsSession, AwsSettings, SdkApi, ShellSigning, load_session};
use crate::aws_auth::AwsAuth;
use crate::guide::{Context, Field, Symptom};
use crate::kubeconfig::EksContext;
use crate::probes::{ProbeInput, probe_budget};
use crate::remediation::CommandScope;

/// The shortest time limit a check is given: zero would fail every call before it starts.
const MIN_LIMIT: Duration = Duration::from_millis(1);

/// How long a check waits for a connection and for one call, as `--connect-timeout-ms` and
/// `--call-timeout-ms` say, never below [`MIN_LIMIT`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub connect: Duration,
    pub call: Duration,
}

impl Limits {
    pub fn new(connect: Duration, call: Duration) -> Limits {
        Limits {
            connect: connect.max(MIN_LIMIT),
            call: call.max(MIN_LIMIT),
        }
    }

    pub fn from_millis(connect_ms: u64, call_ms: u64) -> Limits {
        Limits::new(
            Duration::from_millis(connect_ms),
            Duration::from_millis(call_ms),
        )
    }

    /// The AWS settings for a run with these limits.
    pub fn settings(self, profile: Option<String>, region: Option<String>) -> AwsSettings {
        AwsSettings {
            profile,
            region,
            connect_timeout: self.connect,
            call_timeout: self.call,
        }
    }
}

/// The runtime checks (and the wizard's run loop) run on: two workers, which is all a few
/// network calls at a time need. Whoever drops it calls `shutdown_background`, so that a
/// check still waiting on a dead endpoint never holds the exit.
pub fn runtime() -> std::io::Result<tokio::runtime::Runtime> {
    tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
}

/// What a run of the checks is asked to do, before the AWS session is loaded.
#[derive(Debug, Clone)]
pub struct CheckRun {
    pub symptom: Symptom,
    pub context: Context,
    pub settings: AwsSettings,
    /// The person said yes to `sts:AssumeRole` into the target role.
    pub assume_confirmed: bool,
    /// An aws-auth the person gave, to explain a 401 with.
    pub aws_auth: Option<AwsAuth>,
    /// kubectl's context, when the kubeconfig has one for an EKS cluster.
    pub kubectl: Option<EksContext>,
}

impl CheckRun {
    /// The longest one check may take in all.
    pub fn budget(&self) -> Duration {
        probe_budget(&self.settings)
    }

    /// The AWS configuration through the standard chain, with this run's settings.
    pub async fn load_session(&self) -> AwsSession {
        load_session(&self.settings).await
    }

    /// The clients and the input the probes start from, once the session is loaded.
    pub fn start(self, session: &AwsSession) -> (Arc<SdkApi>, Arc<ProbeInput>) {
        let api = Arc::new(SdkApi::new(session, self.assume_confirmed));
        let probe_budget = self.budget();
        let named = self.settings.profile.as_deref();
        let signing = ShellSigning::from_environment(named);
        let commands = CommandScope {
            profile: signing.printed_profile(named),
            region: session.region.clone(),
            kube_context: self
                .kubectl
                .as_ref()
                .and_then(|kubectl| context_for_cluster(kubectl, self.context.get(Field::Cluster))),
        };
        let input = ProbeInput {
            symptom: self.symptom,
            probe_budget,
            context: self.context,
            region: session.region.clone(),
            assume_confirmed: self.assume_confirmed,
            aws_auth: self.aws_auth,
            commands,
            kubectl: self.kubectl,
            signing,
        };
        (api, Arc::new(input))
    }
}

/// The context's name when it points at `cluster`: printed kubectl commands name it only then,
/// as they would otherwise act on another cluster.
pub fn context_for_cluster(kubectl: &EksContext, cluster: Option<&str>) -> Option<String> {
    let points_at = kubectl
        .target
        .cluster_name
        .as_ref()
        .map(|(name, _)| name.as_str());
    (cluster.is_some() && points_at == cluster).then(|| kubectl.context.clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zero_limit_becomes_the_minimum() {
        let limits = Limits::from_millis(0, 2500);
        assert_eq!(limits.connect, MIN_LIMIT);
        assert_eq!(limits.call, Duration::from_millis(2500));
        let settings = limits.settings(Some("p".into()), None);
        assert_eq!(settings.connect_timeout, MIN_LIMIT);
        assert_eq!(settings.profile.as_deref(), Some("p"));
    }
}
