use serde_json::json;

use super::*;

fn scope(profile: Option<&str>, region: Option<&str>, context: Option<&str>) -> CommandScope {
    CommandScope {
        profile: profile.map(str::to_owned),
        region: region.map(str::to_owned),
        kube_context: context.map(str::to_owned),
    }
}

/// What a POSIX shell would pass to the program: the printed line read back by shlex.
fn argv(command: &ShellCommand) -> Vec<String> {
    shlex::split(&command.to_string()).expect("a line a shell can read")
}

const HOSTILE: [&str; 6] = [
    "customer prod",
    "it's",
    "$(touch /tmp/x)",
    "a\"b",
    "back\\slash",
    "*",
];

#[test]
fn every_value_reads_back_as_one_word_whatever_it_holds() {
    for value in HOSTILE {
        let command = aws_eks(
            &scope(Some(value), Some("us-west-2"), None),
            "describe-cluster",
        )
        .option("--name", value)
        .build();
        assert_eq!(
            argv(&command),
            [
                "aws",
                "eks",
                "describe-cluster",
                "--name",
                value,
                "--region",
                "us-west-2",
                "--profile",
                value
            ],
            "{command}"
        );
    }
}

#[test]
fn aws_commands_carry_profile_and_region_iam_only_the_profile() {
    let scope = scope(Some("customer-prod"), Some("eu-west-1"), Some("ctx"));
    let eks = aws_eks(&scope, "create-access-entry")
        .option("--cluster-name", "prod")
        .option("--principal-arn", "arn:aws:iam::111122223333:role/Admin")
        .build();
    assert_eq!(
        eks.to_string(),
        "aws eks create-access-entry --cluster-name prod --principal-arn arn:aws:iam::111122223333:role/Admin --region eu-west-1 --profile customer-prod"
    );
    let iam = aws_iam(&scope, "get-role")
        .option("--role-name", "Admin")
        .build();
    assert_eq!(
        iam.to_string(),
        "aws iam get-role --role-name Admin --profile customer-prod"
    );
    let none = aws_eks(&CommandScope::default(), "list-clusters").build();
    assert_eq!(none.to_string(), "aws eks list-clusters");
}

#[test]
fn json_documents_are_one_quoted_word() {
    let document = json!({"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "iam:PassRole", "Resource": "arn:aws:iam::1:role/it's"}]});
    let command = IamEntity::Role.put_policy(
        &scope(None, Some("us-east-1"), None),
        "Ops",
        "pass",
        &document,
    );
    let words = argv(&command);
    assert_eq!(&words[..3], ["aws", "iam", "put-role-policy"]);
    let parsed: serde_json::Value = serde_json::from_str(&words[8]).unwrap();
    assert_eq!(parsed, document);
    assert!(!words.contains(&"--region".to_owned()), "{command}");
}

#[test]
fn eksctl_and_kubectl_carry_their_own_scope() {
    let scope = scope(
        Some("p"),
        Some("us-west-2"),
        Some("arn:aws:eks:us-west-2:111122223333:cluster/prod"),
    );
    let mapping = eksctl(&scope, "create", "iamidentitymapping", |c| {
        c.option("--cluster", "prod")
            .option("--arn", "arn:aws:iam::111122223333:role/Admin")
            .option_or("--group", None::<String>, "<group>")
    });
    assert!(mapping.has_placeholder());
    assert_eq!(
        mapping.to_string(),
        "eksctl create iamidentitymapping --cluster prod --arn arn:aws:iam::111122223333:role/Admin --group <group> --region us-west-2 --profile p"
    );
    let can_i = kubectl(&scope, "auth", |c| c.value("can-i").flag("--list"));
    assert_eq!(
        argv(&can_i),
        [
            "kubectl",
            "--context",
            "arn:aws:eks:us-west-2:111122223333:cluster/prod",
            "auth",
            "can-i",
            "--list"
        ]
    );
    let plain = kubectl(&CommandScope::default(), "get", |c| c.value("nodes"));
    assert_eq!(plain.to_string(), "kubectl get nodes");
}

#[test]
fn output_kept_in_a_variable() {
    let command = aws_iam(&CommandScope::default(), "get-role")
        .option("--role-name", "team role")
        .option("--query", "Role.Arn")
        .option("--output", "text")
        .build()
        .assign_to("ROLE_ARN");
    assert_eq!(
        command.to_string(),
        "ROLE_ARN=$(aws iam get-role --role-name 'team role' --query Role.Arn --output text)"
    );
}
