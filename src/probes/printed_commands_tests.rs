//! The checks' fixes, read as a shell reads them: every `aws` and `eksctl` command carries the
//! case's profile and every `kubectl` the case's context, each as one word however it is
//! spelled, over the scenarios that reach each fix builder.

use std::collections::BTreeSet;

use super::scenario::*;
use crate::remediation::CommandScope;

const PROFILE: &str = "customer prod";
const CONTEXT: &str = "team's cluster";

fn scoped_input(symptom: Symptom, context: &[(Field, &str)]) -> ProbeInput {
    let mut input = input();
    input.symptom = symptom;
    for (field, value) in context {
        input.context.set(*field, *value);
    }
    input.commands = CommandScope {
        profile: Some(PROFILE.into()),
        region: Some("us-west-2".into()),
        kube_context: Some(CONTEXT.into()),
    };
    input
}

fn commands_of(symptom: Symptom, api: FakeApi, context: &[(Field, &str)]) -> Vec<String> {
    let plan = plan_for(symptom).expect("plan");
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let input = Arc::new(scoped_input(symptom, context));
    let reports = runtime.block_on(run_all(Arc::new(api), input, &plan));
    reports
        .iter()
        .flat_map(|r| r.findings.iter())
        .flat_map(|f| f.commands.clone())
        .collect()
}

fn trust(service: &str) -> Option<String> {
    Some(format!(
        r#"{{"Version":"2012-10-17","Statement":[{{"Effect":"Allow","Principal":{{"Service":"{service}"}},"Action":"sts:AssumeRole"}}]}}"#
    ))
}

/// A symptom, what AWS and the cluster answer, and the values the person typed.
type Scenario<'a> = (Symptom, FakeApi, Vec<(Field, &'a str)>);

#[test]
fn every_fix_carries_the_scope_and_reads_back_whole() {
    let target = "arn:aws:iam::111122223333:role/node role";
    let target_role = RoleInfo {
        arn: target.into(),
        path: "/".into(),
        name: "node role".into(),
        trust_policy: trust("ec2.amazonaws.com"),
    };
    let mut denied_nodes = fake();
    denied_nodes.kube_user = Ok(viewer());
    denied_nodes.policies = Err(AwsError::NotFound {
        code: "ResourceNotFoundException".into(),
        message: "not found".into(),
    });
    let scenarios: Vec<Scenario> = vec![
        (Symptom::ConsoleNodes, fake(), vec![]),
        (Symptom::ConsoleNodes, denied_nodes, vec![]),
        (
            Symptom::AwsAuthPath,
            fake().with_cluster(cluster("CONFIG_MAP")),
            vec![],
        ),
        (Symptom::AccessDenied, FakeApi::new(Ok(caller())), vec![]),
        (
            Symptom::PassRole,
            fake().with_role(target_role.clone()),
            vec![(Field::TargetRoleArn, target)],
        ),
        (
            Symptom::CrossAccount,
            fake().with_role(target_role),
            vec![
                (Field::TargetRoleArn, target),
                (Field::OtherAccountId, "444455556666"),
            ],
        ),
    ];
    let mut seen = BTreeSet::new();
    for (symptom, api, context) in scenarios {
        for command in commands_of(symptom, api, &context) {
            // Comment lines after a command are notes for the person, not shell words.
            let line = command.lines().next().unwrap_or_default();
            let words = shlex::split(line).unwrap_or_else(|| panic!("unreadable: {line}"));
            let value = |option: &str| {
                words
                    .iter()
                    .position(|w| w == option)
                    .and_then(|i| words.get(i + 1))
                    .map(String::as_str)
            };
            match words.first().map(String::as_str) {
                Some("aws" | "eksctl") => {
                    assert_eq!(value("--profile"), Some(PROFILE), "{line}");
                    seen.insert(words[..3].join(" "));
                }
                Some("kubectl") => {
                    assert_eq!(value("--context"), Some(CONTEXT), "{line}");
                    seen.insert(words[..4].join(" "));
                }
                _ => {}
            }
        }
    }
    // Every kind of fix the scenarios reach was read: a scenario that stopped producing one
    // would otherwise let the test pass on nothing.
    for expected in [
        "aws eks create-access-entry",
        "aws eks associate-access-policy",
        "aws eks update-cluster-config",
        "aws eks list-clusters",
        "aws iam update-assume-role-policy",
        "eksctl create iamidentitymapping",
    ] {
        assert!(seen.contains(expected), "{expected} not reached: {seen:?}");
    }
    assert!(
        seen.iter().any(|s| s.starts_with("kubectl --context")),
        "{seen:?}"
    );
}
