//! Kubernetes `SelfSubjectReview` with the caller's EKS token: the username, groups and ARN
//! the cluster sees. A 401 means no access entry and no aws-auth entry mapped the caller
//! (or the token's time was refused, which the clocks tell apart).

use serde_json::Value;

use super::kube_session::{AskedAs, BearerToken, KubeSession, bearer_token, could_not_ask, target};
use super::kubeconfig_check::{checks_identity, kubectl_for};
use super::runner::Deps;
use super::{
    Finding, FindingCode, Outcome, ProbeBody, ProbeData, ProbeId, ProbeInput, ResolvedPrincipal,
    Severity, Text,
};
use crate::arn::Principal;
use crate::aws::{AwsApi, AwsError, CallerIdentity, ClusterInfo, CredentialSource, StsEndpoint};
use crate::aws_auth::{self, AuthenticationMode};
use crate::guide::{Field, Symptom};
use crate::kube::{KubeError, KubeTarget};
use crate::kubeconfig::{EksContext, KubectlSigner, kubectl_signer};
use crate::remediation::{
    PrincipalWord, Word, associate_access_policy, create_access_entry, create_identity_mapping,
};

/// The access policy a fix grants: what the console needs to list everything, nodes
/// included, or, for other symptoms, the same read-only view.
const VIEW_POLICY: &str = "AmazonEKSAdminViewPolicy";

pub async fn run<A: AwsApi>(api: &A, input: &ProbeInput, deps: &Deps) -> ProbeBody {
    let (Some(ProbeData::Identity(identity)), Some(ProbeData::Cluster(cluster))) = (
        deps.get(&ProbeId::Identity).map(|r| &r.data),
        deps.get(&ProbeId::Cluster).map(|r| &r.data),
    ) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-principal"));
    };
    let Some(target) = target(cluster) else {
        return ProbeBody::skipped(
            Text::new("probe-skip-no-endpoint").arg("cluster", cluster.name.clone()),
        );
    };
    let Ok(caller) = Principal::parse(&identity.arn) else {
        return ProbeBody::skipped(Text::new("probe-skip-no-principal"));
    };
    let question = Question {
        input,
        cluster,
        target,
    };
    let signer = kubectl_for(input).and_then(|kubectl| {
        let checks = checks_identity(input, Some(identity.arn.clone()));
        kubectl_signer(kubectl, &checks).map(|signer| (kubectl, signer))
    });
    let (body, asked) = match signer {
        Some((kubectl, signer)) => {
            as_kubectl(api, &question, identity, &caller, kubectl, signer).await
        }
        None => as_checks(api, &question, &caller).await,
    };
    // The token speaks for whoever was asked; the details may name someone else.
    let Some(asked) = asked else {
        return body;
    };
    let subject = input
        .context
        .get(Field::PrincipalArn)
        .and_then(|arn| Principal::parse(arn).ok())
        .filter(|s| !s.aws_auth_arn().eq_ignore_ascii_case(&asked.aws_auth_arn));
    match subject {
        None => body,
        Some(subject) => body
            .evidence("subject_arn", subject.arn.to_string())
            .finding(
                Finding::new(FindingCode::K8sAskedAsCaller, Severity::Info)
                    .arg("caller", asked.iam_arn.clone())
                    .arg("subject", subject.arn.to_string()),
            ),
    }
}

/// What every question to the cluster shares: the case, the cluster and its API server.
struct Question<'a> {
    input: &'a ProbeInput,
    cluster: &'a ClusterInfo,
    target: KubeTarget,
}

/// The cluster asked as the checks' own identity, with the principal it was asked as.
async fn as_checks<A: AwsApi>(
    api: &A,
    question: &Question<'_>,
    caller: &Principal,
) -> (ProbeBody, Option<ResolvedPrincipal>) {
    let (principal, path_known) = resolve_caller(api, caller).await;
    let body = ask(api, question, &principal, path_known, AskedAs::Checks).await;
    (body, Some(principal))
}

/// The findings that say how to map a principal: on the checks' identity they are no answer
/// for kubectl, which signs as another.
fn is_mapping_advice(finding: &Finding) -> bool {
    matches!(
        finding.code,
        FindingCode::K8sNotMapped
            | FindingCode::K8sAwsAuthNearMiss
            | FindingCode::K8sAwsAuthNotUsed
    )
}

/// The cluster asked as kubectl's exec plugin would sign: its profile simply used, its role
/// assumed only after the person's yes (as for cross-account). What kubectl presents decides
/// what kubectl may do, so that is the answer that explains its 401.
async fn as_kubectl<A: AwsApi>(
    api: &A,
    question: &Question<'_>,
    identity: &CallerIdentity,
    caller: &Principal,
    kubectl: &EksContext,
    signer: KubectlSigner,
) -> (ProbeBody, Option<ResolvedPrincipal>) {
    let plugin_words = signer.role_arn.clone().unwrap_or_else(|| {
        signer
            .credentials
            .as_ref()
            .map(CredentialSource::words)
            .unwrap_or_default()
    });
    // A profile with `role_arn` assumes it while its credentials load: a call that needs the
    // same yes as the exec's own role.
    let profile_role = match &signer.credentials {
        Some(CredentialSource::Profile(name)) => api.profile_role(name.clone()).await,
        _ => None,
    };
    if let Some(role) = signer
        .role_arn
        .clone()
        .or(profile_role)
        .filter(|_| !question.input.assume_confirmed)
    {
        // Without the yes, the cluster is asked as the checks, the answer says whose it is, and
        // no mapping is offered for a principal kubectl does not present.
        let (mut body, asked) = as_checks(api, question, caller).await;
        body.findings.retain(|finding| !is_mapping_advice(finding));
        let body = body
            .evidence("kubectl_signer", signer_evidence(&signer))
            .finding(
                Finding::new(FindingCode::K8sKubectlRoleNotAssumed, Severity::Warning)
                    .arg("role", role)
                    .arg("context", kubectl.context.clone())
                    .arg("caller", identity.arn.clone()),
            );
        return (body, asked);
    }
    let not_signed = |error: AwsError| {
        let body = ProbeBody::unknown(error)
            .evidence("asked_as", "kubectl")
            .evidence("kubectl_signer", signer_evidence(&signer))
            .finding(
                Finding::new(FindingCode::K8sKubectlCannotSign, Severity::Warning)
                    .arg("kubectl", plugin_words.clone())
                    .arg("context", kubectl.context.clone()),
            );
        (body, None)
    };
    let signed = match sign_as(api, &signer).await {
        Ok(signed) => signed,
        Err(error) => return not_signed(error),
    };
    let who = match signed.caller_identity(StsEndpoint::Configured).await {
        Ok(who) => who,
        Err(error) => return not_signed(error),
    };
    let Ok(kubectl_caller) = Principal::parse(&who.arn) else {
        return not_signed(AwsError::Unparseable { status: 200 });
    };
    if kubectl_caller.login_arn() == caller.login_arn() {
        // Configured differently, the same principal in the end: the checks' answer is kubectl's.
        let (body, asked) = as_checks(api, question, caller).await;
        return (body.evidence("kubectl_arn", who.arn), asked);
    }
    // The role is read in its own account: the checks' identity where that is theirs.
    let (principal, path_known) = if who.account == identity.account {
        resolve_caller(api, &kubectl_caller).await
    } else {
        resolve_caller(&signed, &kubectl_caller).await
    };
    let body = ask(&signed, question, &principal, path_known, AskedAs::Kubectl)
        .await
        .evidence("kubectl_signer", signer_evidence(&signer))
        .evidence("kubectl_arn", who.arn.clone())
        .evidence("checks_arn", identity.arn.clone())
        .finding(
            // The role, not this tool's session of it: kubectl's session has another name.
            Finding::new(FindingCode::K8sAskedAsKubectl, Severity::Info)
                .arg("kubectl", principal.iam_arn.clone())
                .arg("context", kubectl.context.clone())
                .arg("checks", identity.arn.clone()),
        );
    (body, Some(principal))
}

/// The AWS calls signed as kubectl's plugin: its own credentials, then its role.
async fn sign_as<A: AwsApi>(api: &A, signer: &KubectlSigner) -> Result<A, AwsError> {
    let role = signer.role_arn.clone();
    match (signer.credentials.clone(), role) {
        (Some(credentials), Some(role)) => {
            api.signing_as(credentials)
                .await?
                .assume_role(role, None)
                .await
        }
        (Some(credentials), None) => api.signing_as(credentials).await,
        (None, Some(role)) => api.assume_role(role, None).await,
        // Not a signer kubectl_signer makes; said as no credentials rather than a panic.
        (None, None) => Err(AwsError::NoCredentials {
            detail: "no credentials named for kubectl".into(),
        }),
    }
}

fn signer_evidence(signer: &KubectlSigner) -> Value {
    serde_json::to_value(signer).unwrap_or(Value::Null)
}

/// The caller in IAM form, its role read for the path (an access entry needs it, aws-auth must
/// not have it); `false` when the path could not be read (no `iam:GetRole`), and the ARN
/// without it stands in.
async fn resolve_caller<A: AwsApi>(api: &A, caller: &Principal) -> (ResolvedPrincipal, bool) {
    let aws_auth_arn = caller.aws_auth_arn();
    let (iam_arn, path_known) = if caller.is_role() {
        match api.get_role(caller.name.clone()).await {
            Ok(role) => (role.arn, true),
            // Without iam:GetRole: the role's ARN as far as the session shows it (an IAM
            // Identity Center role under its known path), marked as not checked.
            Err(_) => (
                caller
                    .iam_arn()
                    .map(|iam| iam.arn)
                    .unwrap_or_else(|| aws_auth_arn.clone()),
                false,
            ),
        }
    } else {
        (caller.arn.to_string(), true)
    };
    (
        ResolvedPrincipal {
            iam_arn,
            aws_auth_arn,
            kind: caller.kind.clone(),
            account: caller.arn.account.clone(),
            partition: caller.arn.partition.clone(),
        },
        path_known,
    )
}

async fn ask<A: AwsApi>(
    api: &A,
    question: &Question<'_>,
    principal: &ResolvedPrincipal,
    path_known: bool,
    asked_as: AskedAs,
) -> ProbeBody {
    let Question {
        input,
        cluster,
        target,
    } = question;
    let target = target.clone();
    let token = match bearer_token(api, cluster).await {
        Ok(token) => token,
        Err(body) => return body.evidence("asked_as", asked_as.id()),
    };
    let body = match api.who_am_i(target.clone(), token.clone()).await {
        Ok(user) => {
            let arn = user.extra_value("arn").map(str::to_owned);
            let mut body = ProbeBody::new(
                Outcome::Ok,
                Text::new("probe-k8s-identity-ok")
                    .arg("username", user.username.clone())
                    .arg("groups", user.groups.join(", ")),
            )
            .evidence("status", 201)
            .evidence("username", user.username.clone())
            .evidence("uid", user.uid.clone())
            .evidence("groups", user.groups.clone())
            .evidence("arn", arn)
            .evidence(
                "canonical_arn",
                user.extra_value("canonicalArn").map(str::to_owned),
            )
            .evidence(
                "session_name",
                user.extra_value("sessionName").map(str::to_owned),
            );
            if user.groups.iter().any(|g| g == "system:masters") {
                body = body.finding(
                    Finding::new(FindingCode::K8sSystemMasters, Severity::Info)
                        .arg("username", user.username.clone()),
                );
            }
            body.data = ProbeData::Kubernetes(Box::new(KubeSession {
                target,
                user,
                principal: principal.clone(),
                cluster: (*cluster).clone(),
                token: BearerToken::new(token),
            }));
            body
        }
        Err(KubeError::Unauthorized) => {
            // A token whose signing time is 15 minutes off is refused exactly like an unmapped
            // caller; only AWS's clock can say which it was.
            if let Ok(Some(skew)) = api.clock_skew().await
                && skew.refuses_tokens()
            {
                return ProbeBody::unknown(AwsError::ClockSkew {
                    seconds: skew.seconds,
                });
            }
            not_mapped(input, principal, path_known, cluster)
        }
        Err(error) => could_not_ask(cluster, error),
    };
    body.evidence("asked_as", asked_as.id())
}

fn not_mapped(
    input: &ProbeInput,
    principal: &ResolvedPrincipal,
    path_known: bool,
    cluster: &ClusterInfo,
) -> ProbeBody {
    let name = cluster.name.clone();
    let mode = cluster
        .authentication_mode
        .unwrap_or(AuthenticationMode::ConfigMap);
    let iam_arn = principal.iam_arn.clone();
    let aws_auth_arn = principal.aws_auth_arn.clone();
    let policy = format!(
        "arn:{}:eks::aws:cluster-access-policy/{VIEW_POLICY}",
        principal.partition
    );
    let mut finding = Finding::new(FindingCode::K8sNotMapped, Severity::Error)
        .arg("principal", iam_arn.clone())
        .arg("aws_auth_arn", aws_auth_arn.clone())
        .arg("cluster", name.clone())
        .arg("mode", mode.id())
        .arg(
            "path",
            if !path_known {
                "unknown"
            } else if iam_arn == aws_auth_arn {
                "none"
            } else {
                "some"
            },
        );
    let scope = &input.commands;
    if mode != AuthenticationMode::ConfigMap && principal.is_iam_principal() {
        let arn = PrincipalWord::Arn(&iam_arn);
        finding = finding
            .command(
                create_access_entry(scope, Some(&name), arn, "STANDARD", &[], None).to_string(),
            )
            .command(associate_access_policy(scope, Some(&name), arn, &policy).to_string());
    } else if principal.is_iam_principal() {
        let group = if input.symptom == Symptom::ConsoleNodes {
            Word::Value("eks-console-dashboard-full-access-group".into())
        } else {
            Word::Placeholder("<group>")
        };
        let username = aws_auth_arn.rsplit('/').next().filter(|u| !u.is_empty());
        finding = finding.command(
            create_identity_mapping(scope, Some(&name), &aws_auth_arn, username, [group])
                .to_string(),
        );
    }
    let mut body = ProbeBody::new(
        Outcome::Problem,
        Text::new("probe-k8s-identity-unauthorized")
            .arg("principal", iam_arn.clone())
            .arg("cluster", name),
    )
    .evidence("status", 401)
    .evidence("username", Value::Null)
    .evidence("groups", Value::Array(Vec::new()))
    .evidence("arn", iam_arn)
    .evidence("aws_auth_arn", aws_auth_arn)
    .evidence("authentication_mode", mode.id())
    .finding(finding);
    if let Some(auth) = &input.aws_auth
        && let Ok(answer) = aws_auth::resolve(auth, &principal.iam_arn)
    {
        body = body.evidence(
            "aws_auth_answer",
            serde_json::to_value(&answer).unwrap_or(Value::Null),
        );
        if let Some(finding) = what_the_given_map_says(&answer, mode) {
            body = body.finding(finding);
        }
    }
    body
}

/// Joins the 401 with the aws-auth the person gave: the entry that was meant for the caller and
/// why it misses, or, when the map does match, that the cluster is not reading it.
fn what_the_given_map_says(
    answer: &aws_auth::MatchAnswer,
    mode: AuthenticationMode,
) -> Option<Finding> {
    match &answer.outcome {
        aws_auth::MatchOutcome::NotMapped { near_misses } => {
            let miss = near_misses.first()?;
            let reason = serde_json::to_value(miss.reason)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            Some(
                Finding::new(FindingCode::K8sAwsAuthNearMiss, Severity::Error)
                    .arg("key", miss.key.clone())
                    .arg("index", miss.index.to_string())
                    .arg("entry_arn", miss.entry_arn.clone())
                    .arg("reason", reason)
                    .arg(
                        "suggestion",
                        miss.suggestion.clone().unwrap_or_else(|| "-".into()),
                    ),
            )
        }
        aws_auth::MatchOutcome::Mapped { section, index, .. } => Some(
            Finding::new(FindingCode::K8sAwsAuthNotUsed, Severity::Warning)
                .arg("key", section.key())
                .arg("index", index.to_string())
                .arg("mode", mode.id()),
        ),
        _ => None,
    }
}

#[cfg(test)]
mod scenario_tests {
    use crate::aws::CredentialSource;
    use crate::probes::ProbeData;
    use crate::probes::fake::OtherIdentity;
    use crate::probes::scenario::*;

    const READONLY_ROLE: &str = "arn:aws:iam::111122223333:role/eks-readonly";
    const READONLY_SESSION: &str =
        "arn:aws:sts::111122223333:assumed-role/eks-readonly/eks-iam-tui";
    const CUST_USER: &str = "arn:aws:iam::111122223333:user/cust-operator";

    /// The shell's identity is mapped (`viewer`); kubectl's role is not, and its profile's
    /// user is mapped as `cust-operator`.
    fn mapped_shell_unmapped_kubectl() -> FakeApi {
        let mut api = fake()
            .with_role(RoleInfo {
                arn: READONLY_ROLE.into(),
                path: "/".into(),
                name: "eks-readonly".into(),
                trust_policy: None,
            })
            .with_other(
                READONLY_ROLE,
                OtherIdentity {
                    identity: CallerIdentity {
                        arn: READONLY_SESSION.into(),
                        account: "111122223333".into(),
                    },
                    kube_user: Err(KubeError::Unauthorized),
                },
            )
            .with_other(
                &FakeApi::signer_key(&CredentialSource::Profile("cust".into())),
                OtherIdentity {
                    identity: CallerIdentity {
                        arn: CUST_USER.into(),
                        account: "111122223333".into(),
                    },
                    kube_user: Ok(KubeUser {
                        username: "cust-operator".into(),
                        uid: None,
                        groups: vec!["system:authenticated".into()],
                        extra: BTreeMap::new(),
                    }),
                },
            );
        api.kube_user = Ok(viewer());
        api
    }

    fn run_as_kubectl(
        api: FakeApi,
        role: Option<&str>,
        profile: Option<&str>,
        assume_confirmed: bool,
    ) -> (Vec<ProbeReport>, Arc<FakeApi>) {
        run_symptom_as_kubectl(Symptom::AwsAuthPath, api, role, profile, assume_confirmed)
    }

    fn run_symptom_as_kubectl(
        symptom: Symptom,
        api: FakeApi,
        role: Option<&str>,
        profile: Option<&str>,
        assume_confirmed: bool,
    ) -> (Vec<ProbeReport>, Arc<FakeApi>) {
        let mut input = input();
        input.symptom = symptom;
        input.kubectl = Some(kubectl_context(role, profile));
        input.assume_confirmed = assume_confirmed;
        run_input(Arc::new(api), input)
    }

    fn codes(report: &ProbeReport) -> Vec<FindingCode> {
        report.findings.iter().map(|f| f.code).collect()
    }

    #[test]
    fn kubectls_role_is_asked_once_allowed_and_the_fix_names_it() {
        let (reports, api) = run_as_kubectl(
            mapped_shell_unmapped_kubectl(),
            Some(READONLY_ROLE),
            None,
            true,
        );
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert_eq!(identity.outcome, Outcome::Problem, "{identity:?}");
        assert_eq!(identity.evidence["asked_as"], "kubectl");
        assert_eq!(identity.evidence["kubectl_arn"], READONLY_SESSION);
        assert_eq!(identity.evidence["checks_arn"], SESSION);
        assert_eq!(
            codes(identity),
            [FindingCode::K8sNotMapped, FindingCode::K8sAskedAsKubectl]
        );
        // The fix maps kubectl's role, not the shell's identity the cluster already knows.
        let fix = identity.findings[0].commands.join("\n");
        assert!(fix.contains(READONLY_ROLE), "{fix}");
        assert!(!fix.contains("eks-admin"), "{fix}");
        let said = identity.findings[1].detail(crate::i18n::Lang::Ja);
        assert!(
            said.contains(READONLY_ROLE) && said.contains("prod-admin"),
            "{said}"
        );
        assert!(api.calls().contains(&"sts:AssumeRole".to_owned()));
    }

    #[test]
    fn without_the_yes_the_role_is_not_assumed_and_the_answer_says_whose_it_is() {
        let (reports, api) = run_as_kubectl(
            mapped_shell_unmapped_kubectl(),
            Some(READONLY_ROLE),
            None,
            false,
        );
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert_eq!(identity.outcome, Outcome::Ok, "{identity:?}");
        assert_eq!(identity.evidence["asked_as"], "checks");
        assert_eq!(codes(identity), [FindingCode::K8sKubectlRoleNotAssumed]);
        assert!(
            identity.findings[0]
                .detail(crate::i18n::Lang::En)
                .contains(READONLY_ROLE)
        );
        assert!(!api.calls().contains(&"sts:AssumeRole".to_owned()));
    }

    #[test]
    fn kubectls_profile_is_simply_used_and_the_later_checks_ask_as_it_too() {
        let (reports, api) =
            run_as_kubectl(mapped_shell_unmapped_kubectl(), None, Some("cust"), false);
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert_eq!(identity.outcome, Outcome::Ok, "{identity:?}");
        assert_eq!(identity.evidence["username"], "cust-operator");
        assert_eq!(identity.evidence["kubectl_arn"], CUST_USER);
        assert_eq!(codes(identity), [FindingCode::K8sAskedAsKubectl]);
        let ProbeData::Kubernetes(session) = &identity.data else {
            panic!("no session: {identity:?}");
        };
        assert_eq!(session.token.text(), "k8s-aws-v1.fake-as-profile:cust");
        // The later Kubernetes check asks with that session rather than being skipped.
        assert!(!matches!(
            report(&reports, ProbeId::AwsAuthLive).outcome,
            Outcome::Skipped(_)
        ));
        assert!(api.calls().contains(&"credentials:profile:cust".to_owned()));
        assert!(!api.calls().contains(&"sts:AssumeRole".to_owned()));
    }

    #[test]
    fn the_console_is_not_kubectl_so_console_nodes_asks_as_the_checks() {
        let (reports, api) = run_symptom_as_kubectl(
            Symptom::ConsoleNodes,
            mapped_shell_unmapped_kubectl(),
            Some(READONLY_ROLE),
            None,
            true,
        );
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert_eq!(identity.outcome, Outcome::Ok, "{identity:?}");
        assert_eq!(identity.evidence["asked_as"], "checks");
        assert_eq!(codes(identity), []);
        assert!(!api.calls().contains(&"sts:AssumeRole".to_owned()));
    }

    #[test]
    fn a_kubectl_profile_that_assumes_a_role_waits_for_the_yes_too() {
        let mut api = mapped_shell_unmapped_kubectl();
        api.kube_user = Err(KubeError::Unauthorized);
        api.profile_roles
            .insert("cust".into(), READONLY_ROLE.into());
        let (reports, api) = run_as_kubectl(api, None, Some("cust"), false);
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert_eq!(identity.evidence["asked_as"], "checks", "{identity:?}");
        assert!(!api.calls().iter().any(|c| c.starts_with("credentials:")));
        // The shell's identity is not mapped either, but mapping it would not help kubectl:
        // no mapping is offered, only why the answer is the shell's.
        assert_eq!(codes(identity), [FindingCode::K8sKubectlRoleNotAssumed]);
        assert!(
            identity.findings[0]
                .detail(crate::i18n::Lang::En)
                .contains(READONLY_ROLE)
        );
    }

    #[test]
    fn the_principal_of_the_case_is_compared_with_kubectls_when_kubectl_was_asked() {
        let mut input = input();
        input.kubectl = Some(kubectl_context(None, Some("cust")));
        input.context.set(Field::PrincipalArn, ROLE);
        let (reports, _) = run_input(Arc::new(mapped_shell_unmapped_kubectl()), input);
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert_eq!(identity.evidence["asked_as"], "kubectl");
        let asked_as_caller = identity
            .findings
            .iter()
            .find(|f| f.code == FindingCode::K8sAskedAsCaller)
            .expect("the case's principal is not the one asked");
        assert!(
            asked_as_caller
                .detail(crate::i18n::Lang::En)
                .contains(CUST_USER)
        );
    }

    #[test]
    fn credentials_kubectl_cannot_get_here_are_said_and_nothing_is_asked_as_the_shell() {
        let (reports, _) =
            run_as_kubectl(mapped_shell_unmapped_kubectl(), None, Some("gone"), false);
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert!(
            matches!(identity.outcome, Outcome::Unknown(_)),
            "{identity:?}"
        );
        assert_eq!(codes(identity), [FindingCode::K8sKubectlCannotSign]);
        assert!(
            identity.findings[0]
                .detail(crate::i18n::Lang::En)
                .contains("[profile gone]")
        );
    }

    #[test]
    fn a_profile_that_turns_out_to_be_the_same_principal_is_the_checks_answer() {
        let api = mapped_shell_unmapped_kubectl().with_other(
            &FakeApi::signer_key(&CredentialSource::Profile("same".into())),
            OtherIdentity {
                identity: caller(),
                kube_user: Err(KubeError::Unauthorized),
            },
        );
        let (reports, _) = run_as_kubectl(api, None, Some("same"), false);
        let identity = report(&reports, ProbeId::K8sIdentity);
        assert_eq!(identity.outcome, Outcome::Ok, "{identity:?}");
        assert_eq!(identity.evidence["asked_as"], "checks");
        assert_eq!(identity.evidence["kubectl_arn"], SESSION);
        assert_eq!(codes(identity), []);
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
            Outcome::Unknown(AwsError::ClockSkew { seconds: -1200 }.into())
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
        api.kube_user = Err(KubeError::Unreachable(crate::kube::Transport::Timeout));
        let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
        assert_eq!(
            report(&reports, ProbeId::K8sIdentity).outcome,
            Outcome::Unknown(CouldNotCheck::Cluster(
                ClusterError::KubernetesPrivateEndpoint {
                    cluster: "demo".into()
                }
            ))
        );
        // The same failure on a public endpoint is said as the endpoint not answering.
        let mut api = fake();
        api.kube_user = Err(KubeError::Unreachable(crate::kube::Transport::Timeout));
        let (reports, _) = run_for(Symptom::AwsAuthPath, api, &[]);
        assert_eq!(
            report(&reports, ProbeId::K8sIdentity).outcome,
            Outcome::Unknown(CouldNotCheck::Cluster(
                ClusterError::KubernetesUnreachable {
                    cluster: "demo".into()
                }
            ))
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
}
