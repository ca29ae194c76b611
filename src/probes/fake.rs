//! A fake of [`AwsApi`] for unit tests: answers from fixed values and records every call, so a
//! probe's logic (and the runner's skipping) is checked without HTTP.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::aws::{
    AccessEntryInfo, AssociatedPolicy, AwsApi, AwsError, CallerIdentity, ClusterInfo, RoleInfo,
    SimulationResult, StsEndpoint,
};

#[derive(Debug)]
pub struct FakeApi {
    pub identity: Result<CallerIdentity, AwsError>,
    pub roles: BTreeMap<String, RoleInfo>,
    pub cluster: Result<ClusterInfo, AwsError>,
    pub access_entries: Vec<String>,
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
                decision: "allowed".into(),
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
        Ok(Vec::new())
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

    fn sts_override(&self) -> Option<String> {
        None
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::FakeApi;
    use crate::aws::{AwsError, CallerIdentity, ClusterInfo, RoleInfo};
    use crate::guide::{Context, Field, Symptom};
    use crate::probes::{Outcome, ProbeId, ProbeInput, ProbeReport, plan_for, run_all};

    const SESSION: &str = "arn:aws:sts::111122223333:assumed-role/eks-admin/alice";
    const ROLE: &str = "arn:aws:iam::111122223333:role/team/developers/eks-admin";

    fn input() -> ProbeInput {
        let mut context = Context::default();
        context.set(Field::Cluster, "demo");
        ProbeInput {
            symptom: Symptom::AwsAuthPath,
            context,
            region: Some("us-west-2".into()),
            assume_confirmed: false,
            probe_budget: Duration::from_secs(5),
        }
    }

    fn run(api: FakeApi) -> (Vec<ProbeReport>, Arc<FakeApi>) {
        let api = Arc::new(api);
        let plan = plan_for(Symptom::AwsAuthPath).expect("plan");
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("runtime");
        let reports = runtime.block_on(run_all(api.clone(), Arc::new(input()), &plan));
        (reports, api)
    }

    fn report(reports: &[ProbeReport], id: ProbeId) -> &ProbeReport {
        reports.iter().find(|r| r.id == id).expect("a report")
    }

    fn caller() -> CallerIdentity {
        CallerIdentity {
            arn: SESSION.into(),
            account: "111122223333".into(),
        }
    }

    #[test]
    fn a_role_with_a_path_is_found_and_written_without_it_for_aws_auth() {
        let api = FakeApi::new(Ok(caller()))
            .with_role(RoleInfo {
                arn: ROLE.into(),
                path: "/team/developers/".into(),
                name: "eks-admin".into(),
                trust_policy: None,
            })
            .with_cluster(ClusterInfo {
                name: "demo".into(),
                status: Some("ACTIVE".into()),
                authentication_mode: Some("API_AND_CONFIG_MAP".into()),
                ..Default::default()
            });
        let (reports, _) = run(api);
        let role_path = report(&reports, ProbeId::RolePath);
        assert_eq!(role_path.outcome, Outcome::Problem);
        assert_eq!(role_path.evidence["role_arn"], ROLE);
        assert_eq!(
            role_path.evidence["aws_auth_arn"],
            "arn:aws:iam::111122223333:role/eks-admin"
        );
        assert!(
            role_path
                .findings
                .iter()
                .any(|f| f.code == "aws-auth-role-path")
        );
        // No entry in the (empty) list: the access-entry check says so for the full ARN.
        let entries = report(&reports, ProbeId::AccessEntries);
        assert_eq!(entries.outcome, Outcome::Problem);
        assert_eq!(entries.evidence["has_entry"], false);
    }

    #[test]
    fn when_identity_cannot_answer_its_dependants_are_skipped_without_calling_aws() {
        let (reports, api) = run(FakeApi::new(Err(AwsError::Timeout)));
        assert_eq!(
            report(&reports, ProbeId::Identity).outcome,
            Outcome::Unknown(AwsError::Timeout)
        );
        assert!(matches!(
            report(&reports, ProbeId::RolePath).outcome,
            Outcome::Skipped(_)
        ));
        assert!(matches!(
            report(&reports, ProbeId::AccessEntries).outcome,
            Outcome::Skipped(_)
        ));
        let calls = api.calls();
        assert!(!calls.contains(&"iam:GetRole".to_owned()), "{calls:?}");
        assert!(!calls.iter().any(|c| c.contains("AccessEntr")), "{calls:?}");
    }
}
