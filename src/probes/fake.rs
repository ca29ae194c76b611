//! A fake of [`AwsApi`] for unit tests: answers from fixed values and records every call, so a
//! probe's logic (and the runner's skipping) is checked without HTTP.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::aws::ClockSkew;
use crate::aws::{
    AccessEntryInfo, AssociatedPolicy, AwsApi, AwsError, CallerIdentity, ClusterInfo, RoleInfo,
    SimulationResult, StsEndpoint,
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
    pub calls: Mutex<Vec<String>>,
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
            calls: Mutex::new(Vec::new()),
        }
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
        _role_arn: String,
        _external_id: Option<String>,
    ) -> Result<Self, AwsError> {
        self.record("sts:AssumeRole");
        Err(AwsError::Refused {
            operation: "AssumeRole".into(),
        })
    }

    async fn clock_skew(&self) -> Result<Option<ClockSkew>, AwsError> {
        self.record("sts:GetCallerIdentity (clock)");
        Ok(self.skew)
    }

    async fn bearer_token(&self, _cluster: String) -> Result<String, AwsError> {
        Ok("k8s-aws-v1.fake".into())
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
