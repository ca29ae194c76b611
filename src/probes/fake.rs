//! A fake of [`AwsApi`] for unit tests: answers from fixed values and records every call, so a
//! probe's logic (and the runner's skipping) is checked without HTTP.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use crate::aws::ClockSkew;
use crate::aws::{
    AccessEntryInfo, AssociatedPolicy, AwsApi, AwsError, CallerIdentity, ClusterInfo,
    CredentialSource, RoleInfo, SimulationResult, StsEndpoint,
};
use crate::kube::{AccessAnswer, AccessQuestion, KubeApi, KubeError, KubeTarget, KubeUser};

#[derive(Debug)]
pub struct FakeApi {
    pub identity: Result<CallerIdentity, AwsError>,
    pub roles: BTreeMap<String, RoleInfo>,
    pub cluster: Result<ClusterInfo, AwsError>,
    pub access_entries: Vec<String>,
    pub policies: Result<Vec<AssociatedPolicy>, AwsError>,
    pub skew: Option<ClockSkew>,
    pub kube_user: Result<KubeUser, KubeError>,
    /// `kubectl auth can-i` form -> allowed; anything not listed is not allowed.
    pub kube_allowed: BTreeMap<String, bool>,
    pub config_map: Result<Option<String>, KubeError>,
    pub service_account: Result<Option<BTreeMap<String, String>>, KubeError>,
    /// Who other credentials are, by [`FakeApi::signer_key`] or role ARN: `signing_as` and
    /// `assume_role` answer as them; anything not listed is refused.
    pub others: BTreeMap<String, OtherIdentity>,
    /// Shared with the fakes made by `signing_as` and `assume_role`: one record of every call.
    pub calls: Arc<Mutex<Vec<String>>>,
    /// The token's mark, so a test sees whose token the cluster was asked with.
    pub token: String,
    /// Profile -> the `role_arn` its config names.
    pub profile_roles: BTreeMap<String, String>,
}

/// Another identity the fake can act as.
#[derive(Debug, Clone)]
pub struct OtherIdentity {
    pub identity: CallerIdentity,
    pub kube_user: Result<KubeUser, KubeError>,
}

impl FakeApi {
    pub fn new(identity: Result<CallerIdentity, AwsError>) -> FakeApi {
        FakeApi {
            identity,
            roles: BTreeMap::new(),
            cluster: Err(AwsError::ClusterNotFound {
                name: "demo".into(),
            }),
            access_entries: Vec::new(),
            policies: Ok(Vec::new()),
            skew: Some(ClockSkew { seconds: 0 }),
            kube_user: Err(KubeError::Unauthorized),
            kube_allowed: BTreeMap::new(),
            config_map: Ok(None),
            service_account: Ok(None),
            others: BTreeMap::new(),
            calls: Arc::new(Mutex::new(Vec::new())),
            token: "k8s-aws-v1.fake".into(),
            profile_roles: BTreeMap::new(),
        }
    }

    /// The key of `others` for credentials of this machine.
    pub fn signer_key(credentials: &CredentialSource) -> String {
        match credentials {
            CredentialSource::EnvironmentKeys => "environment-keys".into(),
            CredentialSource::Profile(name) => format!("profile:{name}"),
        }
    }

    pub fn with_other(mut self, key: &str, other: OtherIdentity) -> FakeApi {
        self.others.insert(key.to_owned(), other);
        self
    }

    /// The fake as `key`: the same cluster and roles, the other's identity and cluster user.
    fn acting_as(&self, key: &str, refused: &str) -> Result<FakeApi, AwsError> {
        let other = self.others.get(key).ok_or_else(|| AwsError::Refused {
            operation: refused.into(),
        })?;
        Ok(FakeApi {
            identity: Ok(other.identity.clone()),
            roles: self.roles.clone(),
            cluster: self.cluster.clone(),
            access_entries: self.access_entries.clone(),
            policies: self.policies.clone(),
            skew: self.skew,
            kube_user: other.kube_user.clone(),
            kube_allowed: self.kube_allowed.clone(),
            config_map: self.config_map.clone(),
            service_account: self.service_account.clone(),
            others: BTreeMap::new(),
            calls: Arc::clone(&self.calls),
            token: format!("k8s-aws-v1.fake-as-{key}"),
            profile_roles: self.profile_roles.clone(),
        })
    }

    pub fn with_role(mut self, role: RoleInfo) -> FakeApi {
        self.roles.insert(role.name.clone(), role);
        self
    }

    pub fn with_cluster(mut self, cluster: ClusterInfo) -> FakeApi {
        self.cluster = Ok(cluster);
        self
    }

    fn record(&self, call: &str) {
        if let Ok(mut calls) = self.calls.lock() {
            calls.push(call.to_owned());
        }
    }

    pub fn calls(&self) -> Vec<String> {
        self.calls.lock().map(|c| c.clone()).unwrap_or_default()
    }
}

impl AwsApi for FakeApi {
    async fn caller_identity(&self, _endpoint: StsEndpoint) -> Result<CallerIdentity, AwsError> {
        self.record("sts:GetCallerIdentity");
        self.identity.clone()
    }

    async fn get_role(&self, name: String) -> Result<RoleInfo, AwsError> {
        self.record("iam:GetRole");
        self.roles
            .get(&name)
            .cloned()
            .ok_or_else(|| AwsError::NotFound {
                code: "NoSuchEntity".into(),
                message: format!("The role with name {name} cannot be found."),
            })
    }

    async fn describe_cluster(&self, _name: String) -> Result<ClusterInfo, AwsError> {
        self.record("eks:DescribeCluster");
        self.cluster.clone()
    }

    async fn list_clusters(&self) -> Result<Vec<String>, AwsError> {
        self.record("eks:ListClusters");
        Ok(Vec::new())
    }

    async fn simulate(
        &self,
        _policy_source_arn: String,
        actions: Vec<String>,
        _resource: Option<String>,
        _context: Vec<(String, String)>,
    ) -> Result<Vec<SimulationResult>, AwsError> {
        self.record("iam:SimulatePrincipalPolicy");
        Ok(actions
            .into_iter()
            .map(|action| SimulationResult {
                action,
                decision: crate::aws::SimulationDecision::Allowed,
                missing_context: Vec::new(),
            })
            .collect())
    }

    async fn list_access_entries(&self, _cluster: String) -> Result<Vec<String>, AwsError> {
        self.record("eks:ListAccessEntries");
        Ok(self.access_entries.clone())
    }

    async fn describe_access_entry(
        &self,
        _cluster: String,
        principal_arn: String,
    ) -> Result<AccessEntryInfo, AwsError> {
        self.record("eks:DescribeAccessEntry");
        Ok(AccessEntryInfo {
            principal_arn,
            kind: Some("STANDARD".into()),
            ..Default::default()
        })
    }

    async fn list_associated_policies(
        &self,
        _cluster: String,
        _principal_arn: String,
    ) -> Result<Vec<AssociatedPolicy>, AwsError> {
        self.record("eks:ListAssociatedAccessPolicies");
        self.policies.clone()
    }

    async fn assume_role(
        &self,
        role_arn: String,
        _external_id: Option<String>,
    ) -> Result<Self, AwsError> {
        self.record("sts:AssumeRole");
        self.acting_as(&role_arn, "AssumeRole")
    }

    async fn signing_as(&self, credentials: CredentialSource) -> Result<Self, AwsError> {
        let key = FakeApi::signer_key(&credentials);
        self.record(&format!("credentials:{key}"));
        self.acting_as(&key, "credentials")
    }

    async fn profile_role(&self, profile: String) -> Option<String> {
        self.profile_roles.get(&profile).cloned()
    }

    async fn clock_skew(&self) -> Result<Option<ClockSkew>, AwsError> {
        self.record("sts:GetCallerIdentity (clock)");
        Ok(self.skew)
    }

    async fn bearer_token(&self, _cluster: String) -> Result<String, AwsError> {
        Ok(self.token.clone())
    }

    fn sts_override(&self) -> Option<String> {
        None
    }
}

impl KubeApi for FakeApi {
    async fn who_am_i(&self, _target: KubeTarget, _token: String) -> Result<KubeUser, KubeError> {
        self.record("k8s:SelfSubjectReview");
        self.kube_user.clone()
    }

    async fn can_i(
        &self,
        _target: KubeTarget,
        _token: String,
        questions: Vec<AccessQuestion>,
    ) -> Result<Vec<AccessAnswer>, KubeError> {
        self.record("k8s:SelfSubjectAccessReview");
        Ok(questions
            .into_iter()
            .map(|question| AccessAnswer {
                allowed: self
                    .kube_allowed
                    .get(&question.display())
                    .copied()
                    .unwrap_or(false),
                question,
                denied: false,
                reason: String::new(),
                evaluation_error: None,
            })
            .collect())
    }

    async fn config_map(
        &self,
        _target: KubeTarget,
        _token: String,
        _namespace: String,
        _name: String,
    ) -> Result<Option<String>, KubeError> {
        self.record("k8s:get configmaps");
        self.config_map.clone()
    }

    async fn service_account(
        &self,
        _target: KubeTarget,
        _token: String,
        _namespace: String,
        _name: String,
    ) -> Result<Option<BTreeMap<String, String>>, KubeError> {
        self.record("k8s:get serviceaccounts");
        self.service_account.clone()
    }
}
