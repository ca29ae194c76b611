//! The AWS calls the probes make, behind a small trait: the real SDK clients here, a fake in
//! unit tests. Each method returns plain values, or an [`AwsError`] made by [`classify`].

use std::collections::BTreeMap;
use std::future::Future;
use std::time::{Duration, SystemTime};

use aws_config::{Region, SdkConfig};
use aws_credential_types::Credentials;
use aws_credential_types::provider::SharedCredentialsProvider;

use super::clock_skew::ClockSkew;
use super::credential_source::CredentialSource;
use super::eks_token::make_token;
use super::error::{AwsError, classify};
use super::guard::ReadOnlyGuard;
use super::request_log::RequestLog;
use super::server_clock::DateRecorder;
use super::settings::{
    AwsSession, AwsSettings, GLOBAL_STS_ENDPOINT_VARIABLE, endpoint_override, load_session,
    profile_value, session_credentials,
};
use crate::aws_auth::AuthenticationMode;
use crate::kube::{
    AccessAnswer, AccessQuestion, KubeApi, KubeClient, KubeError, KubeLimits, KubeTarget, KubeUser,
};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CallerIdentity {
    pub arn: String,
    pub account: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleInfo {
    pub arn: String,
    pub path: String,
    pub name: String,
    /// The trust policy, already URL-decoded.
    pub trust_policy: Option<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ClusterInfo {
    pub name: String,
    pub arn: Option<String>,
    pub status: Option<String>,
    pub version: Option<String>,
    pub platform_version: Option<String>,
    pub endpoint_public: Option<bool>,
    pub endpoint_private: Option<bool>,
    /// `None` when AWS does not say (older clusters, some emulators).
    pub authentication_mode: Option<AuthenticationMode>,
    pub health_issues: Vec<String>,
    /// The Kubernetes API server's URL, for the Kubernetes probes.
    pub endpoint: Option<String>,
    /// The cluster CA (base64 of PEM, as `certificateAuthority.data`): the Kubernetes probes
    /// verify the API server against it. Kept out of the evidence: it is long and not telling.
    pub certificate_authority: Option<String>,
}

/// What IAM's policy simulator decided for one action; the id is IAM's own word.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::IntoStaticStr)]
#[strum(serialize_all = "camelCase")]
pub enum SimulationDecision {
    Allowed,
    ImplicitDeny,
    ExplicitDeny,
}

impl SimulationDecision {
    /// `allowed`, `implicitDeny` or `explicitDeny`, as IAM says it.
    pub fn id(self) -> &'static str {
        self.into()
    }

    /// A decision the SDK does not know is no allow: taken as IAM's default deny.
    fn from_sdk(decision: &aws_sdk_iam::types::PolicyEvaluationDecisionType) -> Self {
        use aws_sdk_iam::types::PolicyEvaluationDecisionType as Sdk;
        match decision {
            Sdk::Allowed => SimulationDecision::Allowed,
            Sdk::ExplicitDeny => SimulationDecision::ExplicitDeny,
            _ => SimulationDecision::ImplicitDeny,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SimulationResult {
    pub action: String,
    pub decision: SimulationDecision,
    pub missing_context: Vec<String>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AccessEntryInfo {
    pub principal_arn: String,
    pub kind: Option<String>,
    pub username: Option<String>,
    pub groups: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AssociatedPolicy {
    pub policy_arn: String,
    /// `cluster` or `namespace`.
    pub scope: String,
    pub namespaces: Vec<String>,
}

/// Which STS endpoint a `GetCallerIdentity` goes to, and the region it is signed for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StsEndpoint {
    /// The configured (normally regional) endpoint.
    Configured,
    /// The global endpoint, signed for `signing_region`.
    Global { signing_region: String },
}

/// The calls the probes make. Every one is a read. The probes also ask the cluster, through
/// the [`KubeApi`] every implementation provides beside these.
pub trait AwsApi: KubeApi + Send + Sync + Sized + 'static {
    fn caller_identity(
        &self,
        endpoint: StsEndpoint,
    ) -> impl Future<Output = Result<CallerIdentity, AwsError>> + Send;
    fn get_role(&self, name: String) -> impl Future<Output = Result<RoleInfo, AwsError>> + Send;
    fn describe_cluster(
        &self,
        name: String,
    ) -> impl Future<Output = Result<ClusterInfo, AwsError>> + Send;
    fn list_clusters(&self) -> impl Future<Output = Result<Vec<String>, AwsError>> + Send;
    fn simulate(
        &self,
        policy_source_arn: String,
        actions: Vec<String>,
        resource: Option<String>,
        context: Vec<(String, String)>,
    ) -> impl Future<Output = Result<Vec<SimulationResult>, AwsError>> + Send;
    fn list_access_entries(
        &self,
        cluster: String,
    ) -> impl Future<Output = Result<Vec<String>, AwsError>> + Send;
    fn describe_access_entry(
        &self,
        cluster: String,
        principal_arn: String,
    ) -> impl Future<Output = Result<AccessEntryInfo, AwsError>> + Send;
    fn list_associated_policies(
        &self,
        cluster: String,
        principal_arn: String,
    ) -> impl Future<Output = Result<Vec<AssociatedPolicy>, AwsError>> + Send;
    /// `sts:AssumeRole`; the result acts with the role's credentials. Only called after the
    /// person confirmed, and the guard refuses it otherwise.
    fn assume_role(
        &self,
        role_arn: String,
        external_id: Option<String>,
    ) -> impl Future<Output = Result<Self, AwsError>> + Send;
    /// The same calls signed with other credentials of this machine: what kubectl's exec
    /// plugin signs with, when that is not what the checks use. A profile is simply used; no
    /// role is assumed here.
    fn signing_as(
        &self,
        credentials: CredentialSource,
    ) -> impl Future<Output = Result<Self, AwsError>> + Send;
    /// The `role_arn` of a profile of the config files, when it has one: loading that
    /// profile's credentials calls `sts:AssumeRole`.
    fn profile_role(&self, profile: String) -> impl Future<Output = Option<String>> + Send;
    /// How far the local clock is from AWS's (`GetCallerIdentity`'s `Date` header); `None`
    /// when the answer carried no readable date.
    fn clock_skew(&self) -> impl Future<Output = Result<Option<ClockSkew>, AwsError>> + Send;
    /// An EKS bearer token for `cluster`, made just now from the session's credentials (the
    /// same chain every AWS call here signs with), for the Kubernetes calls.
    fn bearer_token(
        &self,
        cluster: String,
    ) -> impl Future<Output = Result<String, AwsError>> + Send;
    /// Whether an endpoint override (an emulator, a VPC endpoint) is in effect for STS.
    fn sts_override(&self) -> Option<String>;
    /// The profile named with `--profile`, if any (the environment's is read by the caller).
    fn profile_name(&self) -> Option<String> {
        None
    }
}

/// The real clients, each with the read-only guard.
#[derive(Debug, Clone)]
pub struct SdkApi {
    config: SdkConfig,
    region: Option<String>,
    assume_role_confirmed: bool,
    profile: Option<String>,
    /// A named profile the config files do not define (see [`AwsSession::missing_profile`]).
    missing_profile: Option<String>,
    kube_limits: KubeLimits,
    sts: aws_sdk_sts::Client,
    iam: aws_sdk_iam::Client,
    eks: aws_sdk_eks::Client,
}

impl SdkApi {
    pub fn new(session: &AwsSession, assume_role_confirmed: bool) -> SdkApi {
        let mut api = SdkApi::from_config(
            session.config.clone(),
            session.region.clone(),
            assume_role_confirmed,
        );
        api.profile = session.settings.profile.clone();
        api.missing_profile = session.missing_profile.clone();
        api.kube_limits = KubeLimits {
            connect: session.settings.connect_timeout,
            call: session.settings.call_timeout,
        };
        api
    }

    fn from_config(config: SdkConfig, region: Option<String>, confirmed: bool) -> SdkApi {
        let guard = ReadOnlyGuard::new(confirmed);
        let sts = aws_sdk_sts::Client::from_conf(
            aws_sdk_sts::config::Builder::from(&config)
                .interceptor(guard)
                .interceptor(RequestLog)
                .build(),
        );
        let iam = aws_sdk_iam::Client::from_conf(
            aws_sdk_iam::config::Builder::from(&config)
                .interceptor(guard)
                .interceptor(RequestLog)
                .build(),
        );
        let eks = aws_sdk_eks::Client::from_conf(
            aws_sdk_eks::config::Builder::from(&config)
                .interceptor(guard)
                .interceptor(RequestLog)
                .build(),
        );
        SdkApi {
            config,
            region,
            assume_role_confirmed: confirmed,
            profile: None,
            missing_profile: None,
            kube_limits: KubeLimits {
                connect: Duration::from_secs(3),
                call: Duration::from_secs(10),
            },
            sts,
            iam,
            eks,
        }
    }

    /// The EKS client, guarded; public so a test can prove a write never leaves.
    pub fn eks(&self) -> &aws_sdk_eks::Client {
        &self.eks
    }

    pub fn iam(&self) -> &aws_sdk_iam::Client {
        &self.iam
    }

    pub fn sts(&self) -> &aws_sdk_sts::Client {
        &self.sts
    }

    /// What every call needs first: the profile named exists, and a Region is known.
    fn need_region(&self) -> Result<(), AwsError> {
        if let Some(profile) = &self.missing_profile {
            return Err(AwsError::ProfileNotFound {
                profile: profile.clone(),
            });
        }
        match self.region {
            Some(_) => Ok(()),
            None => Err(AwsError::NoRegion),
        }
    }

    /// The STS client, guarded, keeping AWS's `Date` header in `recorder`.
    fn sts_recording_date(&self, recorder: &DateRecorder) -> aws_sdk_sts::Client {
        aws_sdk_sts::Client::from_conf(
            aws_sdk_sts::config::Builder::from(&self.config)
                .interceptor(ReadOnlyGuard::new(self.assume_role_confirmed))
                .interceptor(RequestLog)
                .interceptor(recorder.clone())
                .build(),
        )
    }
}

/// How far the local clock was from AWS's at the last answer the recorder saw.
fn skew_of(recorder: &DateRecorder) -> Option<ClockSkew> {
    let (received, date) = recorder.last()?;
    ClockSkew::from_date_header(received, &date)
}

/// Decodes `%XX` sequences as IAM's `GetRole` sends the trust policy, the way the AWS CLI does
/// (botocore's `decode_quoted_jsondoc`, `urllib.parse.unquote`): a `+` is a plus sign, which IAM
/// names (`my+role`) may hold, not a space.
pub fn url_decode(text: &str) -> String {
    percent_encoding::percent_decode_str(text)
        .decode_utf8_lossy()
        .into_owned()
}

impl AwsApi for SdkApi {
    async fn caller_identity(&self, endpoint: StsEndpoint) -> Result<CallerIdentity, AwsError> {
        self.need_region()?;
        let recorder = DateRecorder::default();
        let client = match endpoint {
            // AWS's Date header comes along: a refused signature may be a clock that is off.
            StsEndpoint::Configured => self.sts_recording_date(&recorder),
            StsEndpoint::Global { signing_region } => {
                let url = std::env::var(GLOBAL_STS_ENDPOINT_VARIABLE)
                    .ok()
                    .filter(|v| !v.trim().is_empty())
                    .unwrap_or_else(|| "https://sts.amazonaws.com".to_owned());
                aws_sdk_sts::Client::from_conf(
                    aws_sdk_sts::config::Builder::from(&self.config)
                        .region(Region::new(signing_region))
                        .endpoint_url(url)
                        .interceptor(ReadOnlyGuard::new(self.assume_role_confirmed))
                        .interceptor(RequestLog)
                        .build(),
                )
            }
        };
        let out =
            client
                .get_caller_identity()
                .send()
                .await
                .map_err(|e| match skew_of(&recorder) {
                    Some(skew) if skew.refuses_tokens() => AwsError::ClockSkew {
                        seconds: skew.seconds,
                    },
                    _ => classify(&e),
                })?;
        Ok(CallerIdentity {
            arn: out.arn().unwrap_or_default().to_owned(),
            account: out.account().unwrap_or_default().to_owned(),
        })
    }

    async fn get_role(&self, name: String) -> Result<RoleInfo, AwsError> {
        self.need_region()?;
        let out = self
            .iam
            .get_role()
            .role_name(name)
            .send()
            .await
            .map_err(|e| classify(&e))?;
        let role = out.role().ok_or(AwsError::Unparseable { status: 200 })?;
        Ok(RoleInfo {
            arn: role.arn().to_owned(),
            path: role.path().to_owned(),
            name: role.role_name().to_owned(),
            trust_policy: role.assume_role_policy_document().map(url_decode),
        })
    }

    async fn describe_cluster(&self, name: String) -> Result<ClusterInfo, AwsError> {
        self.need_region()?;
        let out = self
            .eks
            .describe_cluster()
            .name(&name)
            .send()
            .await
            .map_err(|e| match classify(&e) {
                AwsError::NotFound { .. } => AwsError::ClusterNotFound { name: name.clone() },
                other => other,
            })?;
        let cluster = out.cluster().ok_or(AwsError::Unparseable { status: 200 })?;
        let vpc = cluster.resources_vpc_config();
        Ok(ClusterInfo {
            name: cluster.name().unwrap_or(&name).to_owned(),
            arn: cluster.arn().map(str::to_owned),
            status: cluster.status().map(|s| s.as_str().to_owned()),
            version: cluster.version().map(str::to_owned),
            platform_version: cluster.platform_version().map(str::to_owned),
            endpoint_public: vpc.map(|v| v.endpoint_public_access()),
            endpoint_private: vpc.map(|v| v.endpoint_private_access()),
            authentication_mode: cluster
                .access_config()
                .and_then(|a| a.authentication_mode())
                .and_then(|m| AuthenticationMode::parse(m.as_str())),
            health_issues: cluster
                .health()
                .map(|h| {
                    h.issues()
                        .iter()
                        .filter_map(|i| i.code().map(|c| c.as_str().to_owned()))
                        .collect()
                })
                .unwrap_or_default(),
            endpoint: cluster.endpoint().map(str::to_owned),
            certificate_authority: cluster
                .certificate_authority()
                .and_then(|c| c.data())
                .map(str::to_owned),
        })
    }

    async fn list_clusters(&self) -> Result<Vec<String>, AwsError> {
        self.need_region()?;
        let out = self
            .eks
            .list_clusters()
            .max_results(100)
            .send()
            .await
            .map_err(|e| classify(&e))?;
        Ok(out.clusters().to_vec())
    }

    async fn simulate(
        &self,
        policy_source_arn: String,
        actions: Vec<String>,
        resource: Option<String>,
        context: Vec<(String, String)>,
    ) -> Result<Vec<SimulationResult>, AwsError> {
        self.need_region()?;
        let mut request = self
            .iam
            .simulate_principal_policy()
            .policy_source_arn(policy_source_arn)
            .set_action_names(Some(actions))
            .set_resource_arns(resource.map(|r| vec![r]));
        for (key, value) in context {
            let entry = aws_sdk_iam::types::ContextEntry::builder()
                .context_key_name(key)
                .context_key_values(value)
                .context_key_type(aws_sdk_iam::types::ContextKeyTypeEnum::String)
                .build();
            request = request.context_entries(entry);
        }
        let out = request.send().await.map_err(|e| classify(&e))?;
        Ok(out
            .evaluation_results()
            .iter()
            .map(|r| SimulationResult {
                action: r.eval_action_name().to_owned(),
                decision: SimulationDecision::from_sdk(r.eval_decision()),
                missing_context: r.missing_context_values().to_vec(),
            })
            .collect())
    }

    async fn list_access_entries(&self, cluster: String) -> Result<Vec<String>, AwsError> {
        self.need_region()?;
        let mut entries = Vec::new();
        let mut token: Option<String> = None;
        // Bounded: a cluster has at most a few thousand entries, 100 a page.
        for _ in 0..50 {
            let out = self
                .eks
                .list_access_entries()
                .cluster_name(&cluster)
                .set_next_token(token.take())
                .send()
                .await
                .map_err(|e| classify(&e))?;
            entries.extend(out.access_entries().iter().cloned());
            match out.next_token() {
                Some(next) if !next.is_empty() => token = Some(next.to_owned()),
                _ => break,
            }
        }
        Ok(entries)
    }

    async fn describe_access_entry(
        &self,
        cluster: String,
        principal_arn: String,
    ) -> Result<AccessEntryInfo, AwsError> {
        self.need_region()?;
        let out = self
            .eks
            .describe_access_entry()
            .cluster_name(cluster)
            .principal_arn(&principal_arn)
            .send()
            .await
            .map_err(|e| classify(&e))?;
        let entry = out.access_entry();
        Ok(AccessEntryInfo {
            principal_arn: entry
                .and_then(|e| e.principal_arn())
                .unwrap_or(&principal_arn)
                .to_owned(),
            kind: entry.and_then(|e| e.r#type()).map(str::to_owned),
            username: entry.and_then(|e| e.username()).map(str::to_owned),
            groups: entry
                .map(|e| e.kubernetes_groups().to_vec())
                .unwrap_or_default(),
        })
    }

    async fn list_associated_policies(
        &self,
        cluster: String,
        principal_arn: String,
    ) -> Result<Vec<AssociatedPolicy>, AwsError> {
        self.need_region()?;
        let out = self
            .eks
            .list_associated_access_policies()
            .cluster_name(cluster)
            .principal_arn(principal_arn)
            .send()
            .await
            .map_err(|e| classify(&e))?;
        Ok(out
            .associated_access_policies()
            .iter()
            .map(|p| AssociatedPolicy {
                policy_arn: p.policy_arn().unwrap_or_default().to_owned(),
                scope: p
                    .access_scope()
                    .and_then(|s| s.r#type())
                    .map(|t| t.as_str().to_owned())
                    .unwrap_or_default(),
                namespaces: p
                    .access_scope()
                    .map(|s| s.namespaces().to_vec())
                    .unwrap_or_default(),
            })
            .collect())
    }

    async fn assume_role(
        &self,
        role_arn: String,
        external_id: Option<String>,
    ) -> Result<SdkApi, AwsError> {
        self.need_region()?;
        let out = self
            .sts
            .assume_role()
            .role_arn(role_arn)
            .role_session_name("eks-iam-tui")
            .set_external_id(external_id)
            .duration_seconds(900)
            .send()
            .await
            .map_err(|e| classify(&e))?;
        let creds = out
            .credentials()
            .ok_or(AwsError::Unparseable { status: 200 })?;
        let credentials = Credentials::new(
            creds.access_key_id(),
            creds.secret_access_key(),
            Some(creds.session_token().to_owned()),
            None,
            "eks-iam-tui-assume-role",
        );
        let config = self
            .config
            .to_builder()
            .credentials_provider(SharedCredentialsProvider::new(credentials))
            .build();
        let mut assumed =
            SdkApi::from_config(config, self.region.clone(), self.assume_role_confirmed);
        // The person's time limits hold for what the role is asked too.
        assumed.kube_limits = self.kube_limits;
        Ok(assumed)
    }

    async fn signing_as(&self, credentials: CredentialSource) -> Result<SdkApi, AwsError> {
        self.need_region()?;
        let profile = match credentials {
            CredentialSource::Profile(name) => Some(name),
            // No profile named: the chain starts with the environment's keys.
            CredentialSource::EnvironmentKeys => None,
        };
        let settings = AwsSettings {
            profile,
            region: self.region.clone(),
            connect_timeout: self.kube_limits.connect,
            call_timeout: self.kube_limits.call,
        };
        Ok(SdkApi::new(
            &load_session(&settings).await,
            self.assume_role_confirmed,
        ))
    }

    async fn profile_role(&self, profile: String) -> Option<String> {
        profile_value(Some(profile), "role_arn").await
    }

    async fn clock_skew(&self) -> Result<Option<ClockSkew>, AwsError> {
        self.need_region()?;
        let recorder = DateRecorder::default();
        let client = self.sts_recording_date(&recorder);
        // A refused or denied call still carries AWS's date; only a missing answer has none.
        let result = client.get_caller_identity().send().await;
        match (recorder.last(), result) {
            (Some(_), _) => Ok(skew_of(&recorder)),
            (None, Err(error)) => Err(classify(&error)),
            (None, Ok(_)) => Ok(None),
        }
    }

    async fn bearer_token(&self, cluster: String) -> Result<String, AwsError> {
        self.need_region()?;
        let region = self.region.clone().ok_or(AwsError::NoRegion)?;
        let limit = self.kube_limits.connect + self.kube_limits.call;
        let credentials = session_credentials(&self.config, limit).await?;
        let token =
            make_token(&credentials, &region, &cluster, SystemTime::now()).map_err(|e| {
                AwsError::NoCredentials {
                    detail: e.to_string(),
                }
            })?;
        Ok(token.token)
    }

    fn sts_override(&self) -> Option<String> {
        endpoint_override("STS").or_else(|| self.config.endpoint_url().map(str::to_owned))
    }

    fn profile_name(&self) -> Option<String> {
        self.profile.clone()
    }
}

/// The cluster's API server asked with the session's limits; the token comes from
/// [`AwsApi::bearer_token`].
impl KubeApi for SdkApi {
    async fn who_am_i(&self, target: KubeTarget, token: String) -> Result<KubeUser, KubeError> {
        KubeClient::new(&target, &token, self.kube_limits)?
            .who_am_i()
            .await
    }

    async fn can_i(
        &self,
        target: KubeTarget,
        token: String,
        questions: Vec<AccessQuestion>,
    ) -> Result<Vec<AccessAnswer>, KubeError> {
        let client = KubeClient::new(&target, &token, self.kube_limits)?;
        let answers = futures_util::future::join_all(questions.iter().map(|q| client.can_i(q)));
        answers.await.into_iter().collect()
    }

    async fn config_map(
        &self,
        target: KubeTarget,
        token: String,
        namespace: String,
        name: String,
    ) -> Result<Option<String>, KubeError> {
        KubeClient::new(&target, &token, self.kube_limits)?
            .config_map_json(&namespace, &name)
            .await
    }

    async fn service_account(
        &self,
        target: KubeTarget,
        token: String,
        namespace: String,
        name: String,
    ) -> Result<Option<BTreeMap<String, String>>, KubeError> {
        KubeClient::new(&target, &token, self.kube_limits)?
            .service_account_annotations(&namespace, &name)
            .await
    }
}

#[cfg(test)]
mod tests {
    use super::url_decode;

    #[test]
    fn trust_policy_is_decoded() {
        assert_eq!(
            url_decode("%7B%22Version%22%3A%222012-10-17%22%7D"),
            "{\"Version\":\"2012-10-17\"}"
        );
        assert_eq!(url_decode("100%"), "100%");
        assert_eq!(url_decode("a%zzb"), "a%zzb");
        // As botocore's unquote: a plus is a plus (IAM names allow it), `%20` is the space.
        assert_eq!(
            url_decode("arn%3Aaws%3Aiam%3A%3A111122223333%3Arole%2Fmy+role%20x"),
            "arn:aws:iam::111122223333:role/my+role x"
        );
    }
}
