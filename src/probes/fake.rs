//! A fake of [`AwsApi`] for unit tests: answers from fixed values and records every call, so a
//! probe's logic (and the runner's skipping) is checked without HTTP.

use std::collections::BTreeMap;
use std::sync::Mutex;

use crate::aws::{
    AccessEntryInfo, AssociatedPolicy, AwsApi, AwsError, CallerIdentity, ClusterInfo, RoleInfo,
    SimulationResult, StsEndpoint,
};
use crate::kube::{
    AccessAnswer, AccessQuestion, ClockSkew, KubeApi, KubeError, KubeTarget, KubeUser,
};

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

#[cfg(test)]
mod tests {
    use std::sync::Arc;
    use std::time::Duration;

    use super::FakeApi;
    use crate::aws::{AwsError, CallerIdentity, ClusterInfo, RoleInfo};
    use crate::guide::{Context, Field, Symptom};
    use crate::probes::{
        FindingCode, Outcome, ProbeId, ProbeInput, ProbeReport, plan_for, run_all,
    };

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
            aws_auth: None,
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
                authentication_mode: Some(crate::aws_auth::AuthenticationMode::ApiAndConfigMap),
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
                .any(|f| f.code == FindingCode::AwsAuthRolePath)
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

    mod kubernetes {
        use std::collections::BTreeMap;
        use std::sync::Arc;

        use super::*;
        use crate::aws::AssociatedPolicy;
        use crate::kube::{ClockSkew, KubeError, KubeUser, Transport};
        use crate::probes::{Severity, failure_findings};

        fn cluster(mode: &str) -> ClusterInfo {
            ClusterInfo {
                name: "demo".into(),
                status: Some("ACTIVE".into()),
                version: Some("1.31".into()),
                authentication_mode: crate::aws_auth::AuthenticationMode::parse(mode),
                endpoint_public: Some(true),
                endpoint: Some("https://demo.example.invalid".into()),
                certificate_authority: Some("Q0E=".into()),
                ..Default::default()
            }
        }

        fn fake() -> FakeApi {
            FakeApi::new(Ok(caller()))
                .with_role(RoleInfo {
                    arn: ROLE.into(),
                    path: "/team/developers/".into(),
                    name: "eks-admin".into(),
                    trust_policy: None,
                })
                .with_cluster(cluster("API_AND_CONFIG_MAP"))
        }

        fn viewer() -> KubeUser {
            KubeUser {
                username: "eks-admin".into(),
                uid: Some("aws-iam-authenticator:111122223333:AROAEXAMPLE".into()),
                groups: vec!["system:authenticated".into()],
                extra: BTreeMap::from([("arn".into(), vec![SESSION.into()])]),
            }
        }

        fn run_for(
            symptom: Symptom,
            api: FakeApi,
            context: &[(Field, &str)],
        ) -> (Vec<ProbeReport>, Arc<FakeApi>) {
            let api = Arc::new(api);
            let mut input = input();
            input.symptom = symptom;
            for (field, value) in context {
                input.context.set(*field, *value);
            }
            let plan = plan_for(symptom).expect("plan");
            let runtime = tokio::runtime::Builder::new_current_thread()
                .enable_all()
                .build()
                .expect("runtime");
            let reports = runtime.block_on(run_all(api.clone(), Arc::new(input), &plan));
            (reports, api)
        }

        #[test]
        fn a_401_with_a_true_clock_is_not_mapped_and_names_both_arn_forms() {
            let (reports, _) = run_for(Symptom::AwsAuthPath, fake(), &[]);
            let identity = report(&reports, ProbeId::K8sIdentity);
            assert_eq!(identity.outcome, Outcome::Problem);
            assert_eq!(identity.evidence["status"], 401);
            let finding = &identity.findings[0];
            assert_eq!(finding.code, FindingCode::K8sNotMapped);
            assert!(
                finding.commands[0].contains(&format!("--principal-arn {ROLE}")),
                "{:?}",
                finding.commands
            );
            let detail = finding.detail(crate::i18n::Lang::En);
            assert!(
                detail.contains("arn:aws:iam::111122223333:role/eks-admin"),
                "{detail}"
            );
            assert!(detail.contains("has a path"), "{detail}");
            // Nothing more can be asked of a cluster that does not know the caller.
            assert!(matches!(
                report(&reports, ProbeId::AwsAuthLive).outcome,
                Outcome::Skipped(_)
            ));
        }

        #[test]
        fn the_cluster_is_asked_as_the_caller_even_when_the_case_names_another_principal() {
            let other = "arn:aws:iam::111122223333:role/ops/customer-role";
            let api = fake().with_role(RoleInfo {
                arn: other.into(),
                path: "/ops/".into(),
                name: "customer-role".into(),
                trust_policy: None,
            });
            let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[(Field::PrincipalArn, other)]);
            let identity = report(&reports, ProbeId::K8sIdentity);
            assert_eq!(identity.evidence["arn"], ROLE, "the 401 is the caller's");
            assert_eq!(identity.evidence["subject_arn"], other);
            let codes: Vec<_> = identity.findings.iter().map(|f| f.code).collect();
            assert_eq!(
                codes,
                [FindingCode::K8sNotMapped, FindingCode::K8sAskedAsCaller]
            );
            assert!(identity.findings[0].commands[0].contains(ROLE));
        }

        #[test]
        fn a_401_from_a_skewed_clock_is_said_as_the_clock() {
            let mut api = fake();
            api.skew = Some(ClockSkew { seconds: -20 * 60 });
            let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
            let identity = report(&reports, ProbeId::K8sIdentity);
            assert_eq!(
                identity.outcome,
                Outcome::Unknown(AwsError::ClockSkew { seconds: -1200 })
            );
            let findings = failure_findings(&reports);
            let clock = findings
                .iter()
                .find(|f| f.code == FindingCode::ClockSkew)
                .expect("clock finding");
            assert!(
                clock
                    .detail(crate::i18n::Lang::En)
                    .contains("20 minutes behind")
            );
            assert!(clock.detail(crate::i18n::Lang::Ja).contains("20 分遅れて"));
        }

        #[test]
        fn a_private_endpoint_that_does_not_answer_is_said_as_private() {
            let mut private = cluster("API");
            private.endpoint_public = Some(false);
            let mut api = fake().with_cluster(private);
            api.kube_user = Err(KubeError::Unreachable(Transport::Timeout));
            let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
            assert_eq!(
                report(&reports, ProbeId::K8sIdentity).outcome,
                Outcome::Unknown(AwsError::KubernetesPrivateEndpoint {
                    cluster: "demo".into()
                })
            );
            // The same failure on a public endpoint is said as the endpoint not answering.
            let mut api = fake();
            api.kube_user = Err(KubeError::Unreachable(Transport::Timeout));
            let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
            assert_eq!(
                report(&reports, ProbeId::K8sIdentity).outcome,
                Outcome::Unknown(AwsError::KubernetesUnreachable {
                    cluster: "demo".into()
                })
            );
        }

        #[test]
        fn without_an_endpoint_the_cluster_is_not_called() {
            let mut creating = cluster("API");
            creating.endpoint = None;
            let (reports, api) = run_for(Symptom::ConsoleNodes, fake().with_cluster(creating), &[]);
            assert!(matches!(
                report(&reports, ProbeId::K8sIdentity).outcome,
                Outcome::Skipped(_)
            ));
            assert!(
                !api.calls().iter().any(|c| c.starts_with("k8s:")),
                "{:?}",
                api.calls()
            );
        }

        #[test]
        fn nodes_refused_under_the_view_policy_alone_is_named() {
            let mut api = fake();
            api.kube_user = Ok(viewer());
            api.policies = Ok(vec![AssociatedPolicy {
                policy_arn: "arn:aws:eks::aws:cluster-access-policy/AmazonEKSViewPolicy".into(),
                scope: "cluster".into(),
                namespaces: Vec::new(),
            }]);
            for allowed in [
                "list namespaces",
                "list pods",
                "list events",
                "list deployments.apps",
                "list daemonsets.apps",
                "list statefulsets.apps",
                "list jobs.batch",
            ] {
                api.kube_allowed.insert(allowed.into(), true);
            }
            let (reports, _) = run_for(
                Symptom::ConsoleNodes,
                api,
                &[(Field::CanI, "get secrets -n web")],
            );
            let permissions = report(&reports, ProbeId::K8sPermissions);
            assert_eq!(permissions.outcome, Outcome::Problem);
            let codes: Vec<_> = permissions.findings.iter().map(|f| f.code).collect();
            assert_eq!(
                codes,
                [
                    FindingCode::K8sViewPolicyNoNodes,
                    FindingCode::K8sAccessDenied
                ]
            );
            assert!(permissions.findings[0].commands[0].contains("AmazonEKSAdminViewPolicy"));
            let checks = permissions.evidence["checks"].as_array().expect("checks");
            assert_eq!(checks.len(), 9, "the console's eight and the person's own");
            assert_eq!(checks[8]["check"], "get secrets -n web");
            assert_eq!(checks[8]["allowed"], false);
        }

        #[test]
        fn nodes_refused_without_an_access_entry_create_one_that_keeps_the_groups() {
            let mut api = fake();
            let mut user = viewer();
            user.groups
                .push("eks-console-dashboard-full-access-group".into());
            api.kube_user = Ok(user);
            api.policies = Err(AwsError::NotFound {
                code: "ResourceNotFoundException".into(),
                message: "The specified principalArn could not be found.".into(),
            });
            let (reports, _) = run_for(Symptom::ConsoleNodes, api, &[]);
            let permissions = report(&reports, ProbeId::K8sPermissions);
            let finding = &permissions.findings[0];
            assert_eq!(finding.code, FindingCode::K8sNodesDenied);
            assert_eq!(permissions.evidence["access_entry"], "missing");
            assert!(
                finding.commands[0].starts_with("aws eks create-access-entry")
                    && finding.commands[0]
                        .ends_with("--kubernetes-groups eks-console-dashboard-full-access-group"),
                "{:?}",
                finding.commands
            );
            assert!(finding.commands[1].starts_with("aws eks associate-access-policy"));
            assert!(
                finding
                    .detail(crate::i18n::Lang::En)
                    .contains("no access entry"),
                "{}",
                finding.detail(crate::i18n::Lang::En)
            );
        }

        #[test]
        fn an_unreadable_aws_auth_offers_the_file_route() {
            let mut api = fake();
            api.kube_user = Ok(viewer());
            api.config_map = Err(KubeError::Forbidden {
                message: "configmaps \"aws-auth\" is forbidden".into(),
            });
            let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
            let live = report(&reports, ProbeId::AwsAuthLive);
            assert!(matches!(
                live.outcome,
                Outcome::Unknown(AwsError::KubernetesForbidden { .. })
            ));
            let finding = failure_findings(&reports)
                .into_iter()
                .find(|f| f.code == FindingCode::KubernetesForbidden)
                .expect("finding");
            assert_eq!(finding.severity, Severity::Info);
            assert!(finding.fix(crate::i18n::Lang::En).contains("lint-aws-auth"));
        }

        #[test]
        fn a_live_aws_auth_with_a_path_is_linted() {
            let mut api = fake();
            api.kube_user = Ok(viewer());
            api.config_map = Ok(Some(format!(
                r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"aws-auth","namespace":"kube-system"}},"data":{{"mapRoles":"- rolearn: {ROLE}\n  username: admin\n  groups:\n    - system:masters\n"}}}}"#
            )));
            let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
            let live = report(&reports, ProbeId::AwsAuthLive);
            assert_eq!(live.outcome, Outcome::Problem);
            assert_eq!(live.findings[0].code, FindingCode::AwsAuthLiveProblems);
            let lint = live.evidence["findings"].to_string();
            assert!(lint.contains("role-path"), "{lint}");
            assert_eq!(live.evidence["caller"]["result"], "not-mapped");
        }

        #[test]
        fn a_service_account_on_a_current_cluster_gets_the_regional_setting() {
            let mut api = fake();
            api.kube_user = Ok(viewer());
            api.service_account = Ok(Some(BTreeMap::from([(
                "eks.amazonaws.com/role-arn".to_owned(),
                "arn:aws:iam::111122223333:role/payments".to_owned(),
            )])));
            let (reports, _) = run_for(
                Symptom::StsRegion,
                api,
                &[(Field::ServiceAccount, "payments/api")],
            );
            let pod = report(&reports, ProbeId::StsRegionPod);
            assert_eq!(pod.outcome, Outcome::Ok);
            assert_eq!(
                pod.evidence["pod_environment"]["AWS_STS_REGIONAL_ENDPOINTS"],
                "regional"
            );
            assert_eq!(pod.findings[0].code, FindingCode::PodStsRegionalInjected);
            assert!(pod.findings[0].commands[0].contains("sts-regional-endpoints=false"));
            // Without a service account there is nothing to read.
            let mut api = fake();
            api.kube_user = Ok(viewer());
            let (reports, calls) = run_for(Symptom::StsRegion, api, &[]);
            assert!(matches!(
                report(&reports, ProbeId::StsRegionPod).outcome,
                Outcome::Skipped(_)
            ));
            assert!(
                !calls
                    .calls()
                    .contains(&"k8s:get serviceaccounts".to_owned())
            );
        }
    }
}
