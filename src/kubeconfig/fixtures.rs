//! The kubeconfig shapes in `tests/kubeconfig/` (see its README for where each comes from),
//! read as the checks will read them.

use std::path::PathBuf;

use super::*;

/// A context named `prod-admin` for `cluster` (us-west-2, account 111122223333) as
/// `aws eks update-kubeconfig` writes it, its plugin `aws eks get-token` with `--role-arn` and
/// `--profile` when given; the server is `https://<cluster>.example.invalid`, the CA `Q0E=`.
pub(crate) fn aws_cli_context(
    cluster: &str,
    role: Option<&str>,
    profile: Option<&str>,
) -> EksContext {
    EksContext {
        context: "prod-admin".into(),
        chosen_by_flag: false,
        cluster_entry: format!("arn:aws:eks:us-west-2:111122223333:cluster/{cluster}"),
        user_entry: "u".into(),
        server: Some(format!("https://{cluster}.example.invalid")),
        certificate_authority_data: Some("Q0E=".into()),
        target: EksTarget {
            cluster_name: Some((cluster.into(), TargetSource::ExecArguments)),
            region: Some(("us-west-2".into(), TargetSource::ExecArguments)),
            account_id: None,
        },
        exec: Some(ExecPlugin {
            command: "aws".into(),
            args: Vec::new(),
            tool: ExecTool::AwsCli,
            api_version: ExecApiVersion::V1Beta1,
            api_version_text: Some("client.authentication.k8s.io/v1beta1".into()),
            cluster_name: Some(cluster.into()),
            region: Some("us-west-2".into()),
            role_arn: role.map(Into::into),
            profile: profile.map(Into::into),
            profile_on_command_line: profile.is_some(),
            env: Vec::new(),
            found: Some("/usr/bin/aws".into()),
        }),
    }
}

fn fixture(name: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/kubeconfig")
        .join(name)
}

fn current(files: KubeconfigFiles) -> EksContext {
    let loaded = load_kubeconfig(files).unwrap();
    describe_context(&loaded, None, None).unwrap()
}

fn value(field: &Option<(String, TargetSource)>) -> Option<&str> {
    field.as_ref().map(|(value, _)| value.as_str())
}

struct Expected {
    file: &'static str,
    tool: ExecTool,
    api_version: ExecApiVersion,
    cluster: &'static str,
    region: &'static str,
    account: Option<&'static str>,
    role_arn: Option<&'static str>,
    profile: Option<&'static str>,
}

#[test]
fn every_tools_shape_reads_as_the_cluster_region_and_identity_it_names() {
    let table = [
        Expected {
            file: "aws-cli-v1.yaml",
            tool: ExecTool::AwsCli,
            api_version: ExecApiVersion::V1Alpha1,
            cluster: "prod",
            region: "us-west-2",
            account: Some("111122223333"),
            role_arn: Some("arn:aws:iam::111122223333:role/EksAdmins"),
            profile: Some("customer-prod"),
        },
        Expected {
            file: "aws-cli-v2.yaml",
            tool: ExecTool::AwsCli,
            api_version: ExecApiVersion::V1Beta1,
            cluster: "dev",
            region: "eu-west-1",
            account: Some("444455556666"),
            role_arn: Some("arn:aws:iam::444455556666:role/Developers"),
            profile: None,
        },
        Expected {
            file: "eksctl-authenticator.yaml",
            tool: ExecTool::AwsIamAuthenticator,
            api_version: ExecApiVersion::V1Beta1,
            cluster: "test",
            region: "us-east-1",
            account: None,
            role_arn: None,
            profile: None,
        },
        Expected {
            file: "eksctl-aws-cli.yaml",
            tool: ExecTool::AwsCli,
            api_version: ExecApiVersion::V1,
            cluster: "stage",
            region: "ap-northeast-1",
            account: None,
            role_arn: None,
            profile: Some("ops"),
        },
    ];
    for expected in table {
        let context = current(KubeconfigFiles::Flag(fixture(expected.file)));
        let exec = context.exec.clone().unwrap();
        let file = expected.file;
        assert_eq!(exec.tool, expected.tool, "{file}");
        assert_eq!(exec.api_version, expected.api_version, "{file}");
        assert_eq!(
            value(&context.target.cluster_name),
            Some(expected.cluster),
            "{file}"
        );
        assert_eq!(
            value(&context.target.region),
            Some(expected.region),
            "{file}"
        );
        assert_eq!(
            value(&context.target.account_id),
            expected.account,
            "{file}"
        );
        assert_eq!(exec.role_arn.as_deref(), expected.role_arn, "{file}");
        assert_eq!(exec.profile.as_deref(), expected.profile, "{file}");
        assert!(context.server.is_some() && context.certificate_authority_data.is_some());
    }
}

#[test]
fn two_files_merge_as_kubectl_merges_them() {
    let both = KubeconfigFiles::Variable(vec![fixture("first.yaml"), fixture("second.yaml")]);
    let loaded = load_kubeconfig(both.clone()).unwrap();
    // The first file's current-context, its `shared` context and its cluster entry win.
    let context = describe_context(&loaded, None, None).unwrap();
    assert_eq!(context.context, "shared");
    assert_eq!(value(&context.target.cluster_name), Some("prod"));
    assert_eq!(
        context.server.as_deref(),
        Some("https://0123456789ABCDEF0123456789ABCDEF.gr7.us-west-2.eks.amazonaws.com")
    );
    // A context only the second file has is still there, with its own user.
    let sydney = describe_context(&loaded, Some("only-in-second"), None).unwrap();
    assert_eq!(value(&sydney.target.cluster_name), Some("sydney"));
    assert_eq!(value(&sydney.target.region), Some("ap-southeast-2"));
    let exec = sydney.exec.unwrap();
    assert_eq!(exec.api_version, ExecApiVersion::V1);
    assert_eq!(exec.profile.as_deref(), Some("sydney-ops"));

    // The other order: the second file's choices win instead.
    let reversed = KubeconfigFiles::Variable(vec![fixture("second.yaml"), fixture("first.yaml")]);
    let context = current(reversed);
    assert_eq!(context.context, "only-in-second");
}
