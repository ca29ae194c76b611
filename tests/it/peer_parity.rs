//! The peers' own test tables, ported row by row: what aws-iam-authenticator and the AWS CLI
//! assert about ARNs, aws-auth mappings, tokens and `get-token`, asked of this project instead.
//! Every row names the repository, the file and the test it comes from. A table reports how
//! many of its rows agree before it fails, so a disagreement is counted, not just found.
//!
//! Sources (read from the public repositories):
//! - AUTH = kubernetes-sigs/aws-iam-authenticator
//! - CLI = aws/aws-cli

use crate::support::aws_auth_yaml;

use crate::support::emulator;

use std::time::SystemTime;

use base64::Engine;
use eks_iam_tui::arn::Principal;
use eks_iam_tui::aws::eks_token::{TOKEN_PREFIX, check_token};
use eks_iam_tui::aws_auth::fix::FixContext;
use eks_iam_tui::aws_auth::{self, report};
use eks_iam_tui::i18n::Lang;
use emulator::{ClientEnv, run_tool};
use serde_json::Value;

/// Runs a table: each row gives its source and whether the project agrees (with the
/// disagreement described). Prints the count, then fails on any disagreement.
fn table(name: &str, rows: Vec<(String, Result<(), String>)>) {
    let total = rows.len();
    let failures: Vec<String> = rows
        .into_iter()
        .filter_map(|(source, result)| result.err().map(|why| format!("{source}: {why}")))
        .collect();
    println!(
        "PARITY {name}: {} of {total} rows agree",
        total - failures.len()
    );
    assert!(
        failures.is_empty(),
        "{name}: {} of {total} rows disagree:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

fn check(ok: bool, why: impl FnOnce() -> String) -> Result<(), String> {
    if ok { Ok(()) } else { Err(why()) }
}

// ---------------------------------------------------------------------------------------------
// ARN canonicalisation: AUTH pkg/arn/arn_test.go TestUserARN (table `arnTests`), and
// AUTH pkg/token/token_test.go TestVerifyCanonicalARN.

#[test]
fn arn_canonicalisation_table() {
    const ARN_TEST: &str = "AUTH pkg/arn/arn_test.go TestUserARN";
    let rows: Vec<(&str, &str, Option<&str>)> = vec![
        (ARN_TEST, "NOT AN ARN", None),
        (
            ARN_TEST,
            "arn:aws:iam::123456789012:user/Alice",
            Some("arn:aws:iam::123456789012:user/Alice"),
        ),
        (
            ARN_TEST,
            "arn:aws:iam::123456789012:role/Users",
            Some("arn:aws:iam::123456789012:role/Users"),
        ),
        (
            ARN_TEST,
            "arn:aws:sts::123456789012:assumed-role/Admin/Session",
            Some("arn:aws:iam::123456789012:role/Admin"),
        ),
        (
            ARN_TEST,
            "arn:aws:sts::123456789012:federated-user/Bob",
            Some("arn:aws:sts::123456789012:federated-user/Bob"),
        ),
        (
            ARN_TEST,
            "arn:aws:iam::123456789012:root",
            Some("arn:aws:iam::123456789012:root"),
        ),
        (
            ARN_TEST,
            "arn:aws:sts::123456789012:assumed-role/Org/Team/Admin/Session",
            Some("arn:aws:iam::123456789012:role/Org/Team/Admin"),
        ),
        (
            "AUTH pkg/token/token_test.go TestVerifyCanonicalARN",
            "arn:aws:sts::123456789012:assumed-role/Alice/extra",
            Some("arn:aws:iam::123456789012:role/Alice"),
        ),
    ];
    let rows = rows
        .into_iter()
        .map(|(source, input, expected)| {
            let actual = Principal::parse(input).ok().map(|p| p.canonical_arn());
            (
                format!("{source} {input:?}"),
                check(actual.as_deref() == expected, || {
                    format!("expected {expected:?}, got {actual:?}")
                }),
            )
        })
        .collect();
    table("arn canonicalisation", rows);
}

/// The partitions `checkPartition` accepts (AUTH pkg/arn/arn.go `checkPartition`, list in
/// AUTH pkg/endpoints/partitions.go `PARTITIONS`), and one it refuses (the invalid partition
/// of AUTH pkg/config/mapper_test.go TestSSORoleMapping).
#[test]
fn arn_partition_table() {
    let source = "AUTH pkg/arn/arn.go checkPartition + pkg/endpoints/partitions.go PARTITIONS";
    let mut rows = Vec::new();
    for partition in [
        "aws",
        "aws-cn",
        "aws-us-gov",
        "aws-iso",
        "aws-iso-b",
        "aws-iso-e",
        "aws-iso-f",
    ] {
        let arn = format!("arn:{partition}:iam::123456789012:user/Chris");
        let actual = Principal::parse(&arn).ok().map(|p| p.canonical_arn());
        rows.push((
            format!("{source} {arn}"),
            check(actual.as_deref() == Some(arn.as_str()), || {
                format!("refused: {actual:?}")
            }),
        ));
    }
    let bad = "arn:aws-nk:iam::123456789012:user/Chris";
    rows.push((
        format!("{source} {bad}"),
        check(Principal::parse(bad).is_err(), || "accepted".into()),
    ));
    table("arn partitions", rows);
}

// ---------------------------------------------------------------------------------------------
// aws-auth mapping: AUTH pkg/config/mapper_test.go, pkg/mapper/configmap/configmap_test.go,
// pkg/mapper/configmap/yaml_test.go (with its YAML fixtures in pkg/mapper/configmap/yaml/).

fn config_map(data: &[(&str, &str)]) -> String {
    aws_auth_yaml::config_map_yaml(data)
}

/// What the authenticator's `Map` would return for an already canonical ARN: the entry's
/// username and groups, or `None` (not found). `Err` when the text cannot be the live map.
fn lookup(text: &str, canonical: &str) -> Result<Option<(String, Vec<String>)>, String> {
    let auth = aws_auth::lint(text).map_err(|e| format!("not read: {e}"))?;
    if !auth.live() {
        return Err("cannot be the live ConfigMap".into());
    }
    Ok(aws_auth::resolve::lookup(&auth, canonical)
        .map(|e| (e.username.clone().unwrap_or_default(), e.groups.clone())))
}

/// The `mapAccounts` ids the authenticator would allow.
fn accounts(text: &str) -> Vec<String> {
    let Ok(auth) = aws_auth::lint(text) else {
        return Vec::new();
    };
    if !auth.live() {
        return Vec::new();
    }
    auth.accounts
        .iter()
        .filter(|a| a.read)
        .map(|a| a.id.clone())
        .collect()
}

/// The answer to "does it map me?" as `lint-aws-auth --format json` gives it.
fn answer(text: &str, principal: &str) -> Value {
    let auth = aws_auth::lint(text).expect("lints");
    let report = report::build(auth, Some(principal), None, &FixContext::default()).expect("arn");
    let json: Value =
        serde_json::from_str(&report::to_json(&report, Lang::En).expect("json")).expect("parses");
    json["match"].clone()
}

type Expect = Option<(&'static str, &'static [&'static str])>;

fn mapped(
    source: &str,
    text: &str,
    canonical: &str,
    expected: Expect,
) -> (String, Result<(), String>) {
    let actual = lookup(text, canonical);
    let want = expected.map(|(u, g)| {
        (
            u.to_owned(),
            g.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>(),
        )
    });
    (
        format!("{source} {canonical}"),
        check(actual.as_ref() == Ok(&want), || {
            format!("expected {want:?}, got {actual:?}")
        }),
    )
}

fn dropped(source: &str, text: &str) -> (String, Result<(), String>) {
    let result = aws_auth::lint(text)
        .map_err(|e| e.to_string())
        .and_then(|auth| {
            let kept: Vec<usize> = auth
                .entries
                .iter()
                .filter(|e| e.effective())
                .map(|e| e.index)
                .collect();
            let has_error = auth
                .findings
                .iter()
                .any(|f| f.severity == aws_auth::Severity::Error);
            check(kept.is_empty() && has_error, || {
                format!("kept entries {kept:?}, error finding: {has_error}")
            })
        });
    (format!("{source} (entry dropped)"), result)
}

const SSO_VIEW: &str = "- sso:\n    permissionSetName: ViewOnlyAccess\n    accountID: \"012345678912\"\n  username: admin\n  groups:\n    - system:masters";

#[test]
fn mapper_table() {
    let src = "AUTH pkg/config/mapper_test.go";
    let sso = config_map(&[("mapRoles", SSO_VIEW)]);
    let sso_with = |partition: &str, account: &str, set: &str| {
        config_map(&[(
            "mapRoles",
            &format!(
                "- sso:\n    permissionSetName: \"{set}\"\n    accountID: \"{account}\"\n    partition: {partition}\n  username: admin"
            ),
        )])
    };
    let kube_admin = config_map(&[(
        "mapRoles",
        "- rolearn: arn:aws:iam::012345678912:role/KubeAdmin\n  username: admin\n  groups:\n    - system:masters",
    )]);
    let shanice = config_map(&[(
        "mapUsers",
        "- userarn: arn:aws:iam::012345678912:user/Shanice\n  username: Shanice\n  groups:\n    - system:masters",
    )]);
    let rows = vec![
        mapped(
            &format!("{src} TestSSORoleMapping"),
            &sso,
            "arn:aws:iam::012345678912:role/awsreservedsso_viewonlyaccess_abcdefg",
            Some(("admin", &["system:masters"])),
        ),
        mapped(
            &format!("{src} TestSSORoleMapping"),
            &sso,
            "arn:aws:iam::012345678912:role/awsreservedsso_billing_hijklmn",
            None,
        ),
        dropped(
            &format!("{src} TestSSORoleMapping invalid partition aws-nk"),
            &sso_with("aws-nk", "012345678912", "ViewOnlyAccess"),
        ),
        dropped(
            &format!("{src} TestSSORoleMapping account too short"),
            &sso_with("aws", "0123456789", "ViewOnlyAccess"),
        ),
        dropped(
            &format!("{src} TestSSORoleMapping permission set with *"),
            &sso_with("aws", "012345678912", "ViewOnlyAccess*"),
        ),
        mapped(
            &format!("{src} TestRoleARNMapping"),
            &kube_admin,
            "arn:aws:iam::012345678912:role/KubeAdmin",
            Some(("admin", &["system:masters"])),
        ),
        mapped(
            &format!("{src} TestRoleARNMapping"),
            &kube_admin,
            "arn:aws:iam::012345678912:role/notKubeAdmin",
            None,
        ),
        dropped(
            &format!("{src} TestRoleARNMapping empty rolearn and no sso"),
            &config_map(&[("mapRoles", "- rolearn: \"\"\n  username: admin")]),
        ),
        mapped(
            &format!("{src} TestUserARNMapping"),
            &shanice,
            "arn:aws:iam::012345678912:user/shanice",
            Some(("Shanice", &["system:masters"])),
        ),
        mapped(
            &format!("{src} TestUserARNMapping"),
            &shanice,
            "arn:aws:iam::012345678912:user/notShanice",
            None,
        ),
        dropped(
            &format!("{src} TestUserARNMapping empty userarn"),
            &config_map(&[("mapUsers", "- userarn: \"\"\n  username: x")]),
        ),
        // `Validate` refuses rolearn together with sso (AUTH pkg/config/mapper.go Validate).
        dropped(
            "AUTH pkg/config/mapper.go RoleMapping.Validate (rolearn and sso)",
            &config_map(&[(
                "mapRoles",
                "- rolearn: arn:aws:iam::012345678912:role/KubeAdmin\n  sso:\n    permissionSetName: ViewOnlyAccess\n    accountID: \"012345678912\"\n  username: admin",
            )]),
        ),
        // `Matches` for a rolearn is case-insensitive equality: `*` is a literal character.
        mapped(
            "AUTH pkg/config/mapper.go RoleMapping.Matches (rolearn equality)",
            &config_map(&[(
                "mapRoles",
                "- rolearn: arn:aws:iam::012345678912:role/comp*\n  username: computer",
            )]),
            "arn:aws:iam::012345678912:role/computer",
            None,
        ),
    ];
    table("mapper (pkg/config)", rows);
}

#[test]
fn configmap_store_table() {
    let src = "AUTH pkg/mapper/configmap/configmap_test.go";
    // makeStore(): the users, roles and accounts of the store, written as a ConfigMap.
    let store = format!(
        "{}  mapAccounts: |\n    - \"123\"\n",
        config_map(&[
            (
                "mapUsers",
                "- userarn: arn:aws:iam::012345678912:user/matt\n  username: matlan\n  groups:\n    - system:master\n    - dev",
            ),
            (
                "mapRoles",
                "- sso:\n    permissionSetName: ViewOnlyAccess\n    accountID: \"012345678912\"\n  username: television\n  groups:\n    - system:nodes\n- rolearn: arn:aws:iam::012345678912:role/computer\n  username: computer\n  groups:\n    - system:nodes",
            ),
        ])
    );
    let mut rows = vec![
        mapped(
            &format!("{src} TestUserMapping"),
            &store,
            "arn:aws:iam::012345678912:user/matt",
            Some(("matlan", &["system:master", "dev"])),
        ),
        mapped(&format!("{src} TestUserMapping"), &store, "nic", None),
        mapped(
            &format!("{src} TestRoleMapping"),
            &store,
            "arn:aws:iam::012345678912:role/computer",
            Some(("computer", &["system:nodes"])),
        ),
        mapped(&format!("{src} TestRoleMapping"), &store, "borg", None),
        mapped(
            &format!("{src} TestSSORoleMapping"),
            &store,
            "arn:aws:iam::012345678912:role/awsreservedsso_viewonlyaccess_123123123",
            Some(("television", &["system:nodes"])),
        ),
    ];
    let allowed = accounts(&store);
    rows.push((
        format!("{src} TestAWSAccount 123 allowed, 345 not"),
        check(
            allowed.contains(&"123".to_owned()) && !allowed.contains(&"345".to_owned()),
            || format!("{allowed:?}"),
        ),
    ));

    // TestLoadConfigMap: the first ConfigMap, then the update.
    let first = format!(
        "{}  mapAccounts: |\n    - 123\n    - 345\n",
        config_map(&[
            (
                "mapUsers",
                "-\n  userarn: \"arn:iam:matlan\"\n  username: matlan\n  groups:\n    - loadedfromconfigmap\n    - \"system:master\"\n-\n  groups:\n    - \"system:master\"\n  userarn: \"arn:aws:iam::012345678912:user/NIC\"\n  username: nic",
            ),
            (
                "mapRoles",
                "- rolearn: \"arn:iam:123:role/me\"\n  username: \"{{Session}}\"\n  groups:\n    - system:nodes",
            ),
        ])
    );
    let update = format!(
        "{}  mapAccounts: |\n    - 567\n",
        config_map(&[
            (
                "mapUsers",
                "-\n  groups:\n    - \"system:master\"\n    - \"test\"\n  userarn: \"arn:aws:iam::012345678912:user/NIC\"\n  username: nic\n- userarn: \"arn:iam:beswar\"\n  username: beswar\n  groups:\n    - \"system:master\"\n- userarn: \"arn:iam:nogroups\"\n  username: nogroups",
            ),
            (
                "mapRoles",
                "- rolearn: \"arn:iam:123:role/me\"\n  username: \"{{Session}}\"\n  groups:\n    - system:nodes\n- rolearn: \"arn:iam:123:role/you\"\n  username: \"test\"\n  groups:\n    - system:nodes",
            ),
        ])
    );
    let src = "AUTH pkg/mapper/configmap/configmap_test.go TestLoadConfigMap";
    let first_accounts = accounts(&first);
    rows.push((
        format!("{src} accounts 123 and 345 allowed"),
        check(
            first_accounts.contains(&"123".to_owned())
                && first_accounts.contains(&"345".to_owned()),
            || format!("{first_accounts:?}"),
        ),
    ));
    rows.push(mapped(
        src,
        &first,
        "arn:aws:iam::012345678912:user/NIC",
        Some(("nic", &["system:master"])),
    ));
    rows.push(mapped(
        &format!("{src} (entry with a malformed ARN is kept)"),
        &first,
        "arn:iam:matlan",
        Some(("matlan", &["loadedfromconfigmap", "system:master"])),
    ));
    let updated_accounts = accounts(&update);
    rows.push((
        format!("{src} after update: 345 gone, 567 allowed"),
        check(
            !updated_accounts.contains(&"345".to_owned())
                && updated_accounts.contains(&"567".to_owned()),
            || format!("{updated_accounts:?}"),
        ),
    ));
    rows.push(mapped(
        &format!("{src} after update"),
        &update,
        "arn:aws:iam::012345678912:user/NIC",
        Some(("nic", &["system:master", "test"])),
    ));
    rows.push(mapped(
        &format!("{src} after update"),
        &update,
        "arn:iam:beswar",
        Some(("beswar", &["system:master"])),
    ));
    rows.push(mapped(
        &format!("{src} after update"),
        &update,
        "arn:iam:matlan",
        None,
    ));
    rows.push(mapped(
        &format!("{src} after update (rolearn kept as written)"),
        &update,
        "arn:iam:123:role/you",
        Some(("test", &["system:nodes"])),
    ));

    // TestParseMap: a node role, an SSO matcher in aws-cn, two users; everything kept.
    let parse_map = config_map(&[
        (
            "mapRoles",
            "- rolearn: arn:aws:iam::123456789101:role/test-NodeInstanceRole-1VWRHZ3GKZ1T4\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n  - system:bootstrappers\n  - system:nodes\n- sso:\n    permissionSetName: ViewOnlyAccess\n    accountID: \"012345678912\"\n    partition: aws-cn\n  username: user1\n  groups:\n  - system:basic-users",
        ),
        (
            "mapUsers",
            "- userarn: arn:aws:iam::123456789101:user/Hello\n  username: Hello\n  groups:\n  - system:masters\n- userarn: arn:aws:iam::123456789101:user/World\n  username: World\n  groups:\n  - system:masters",
        ),
    ]);
    let kept = aws_auth::lint(&parse_map)
        .map(|auth| auth.entries.iter().filter(|e| e.effective()).count())
        .unwrap_or(0);
    rows.push((
        "AUTH pkg/mapper/configmap/configmap_test.go TestParseMap (4 mappings kept)".into(),
        check(kept == 4, || format!("{kept} kept")),
    ));
    table("configmap store", rows);
}

const NODE_ARN: &str =
    "arn:aws:iam::555555555555:role/devel-worker-nodes-NodeInstanceRole-74RF4UBDUKL6";
const ADMIN_ARN: &str = "arn:aws:iam::555555555555:user/admin";

/// The fixtures of AUTH pkg/mapper/configmap/yaml/ (aws-auth.yaml and its variants), written
/// out from their content; the three not stored in the index are rebuilt from the comments of
/// yaml_test.go TestConfigMap that say what each changes.
fn fixture(name: &str) -> String {
    let (roles_key, users_key, accounts_key) = match name {
        "aws-auth-lower-case-top-keys.yaml" => ("maproles", "mapusers", "mapaccounts"),
        "aws-auth-crazy-case-top-keys.yaml" => ("MaPrOlEs", "MaPuSeRs", "MaPaCcOuNtS"),
        _ => ("mapRoles", "mapUsers", "mapAccounts"),
    };
    let (role_key, user_key, name_key, groups_key) = match name {
        "aws-auth-crazy-case-keys.yaml" => ("rOlEaRn", "uSeRaRn", "UsErNaMe", "gRoUpS"),
        "aws-auth-open-source-case-keys.yaml" => ("roleARN", "userARN", "username", "groups"),
        _ => ("rolearn", "userarn", "username", "groups"),
    };
    let bar = if name == "aws-auth-missing-bar.yaml" {
        ""
    } else {
        " |"
    };
    let second_group_indent = if name == "aws-auth-space-out-of-place.yaml" {
        "         "
    } else {
        "        "
    };
    format!(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  {roles_key}:{bar}\n    - {role_key}: {NODE_ARN}\n      {name_key}: system:node:{{{{EC2PrivateDNSName}}}}\n      {groups_key}:\n        - system:bootstrappers\n{second_group_indent}- system:nodes\n  {users_key}: |\n    - {user_key}: {ADMIN_ARN}\n      {name_key}: admin\n      {groups_key}:\n        - system:masters\n  {accounts_key}: |\n    - 555555555555\n"
    )
}

#[test]
fn yaml_fixture_table() {
    let src = "AUTH pkg/mapper/configmap/yaml_test.go TestConfigMap";
    let node: Expect = Some((
        "system:node:{{EC2PrivateDNSName}}",
        &["system:bootstrappers", "system:nodes"],
    ));
    let admin: Expect = Some(("admin", &["system:masters"]));
    let mut rows = Vec::new();
    // (fixture, node role, admin user, account allowed, the ConfigMap is accepted at all)
    let cases: Vec<(&str, Expect, Expect, bool, bool)> = vec![
        ("aws-auth.yaml", node, admin, true, true),
        ("aws-auth-crazy-case-keys.yaml", node, admin, true, true),
        (
            "aws-auth-open-source-case-keys.yaml",
            node,
            admin,
            true,
            true,
        ),
        ("aws-auth-lower-case-top-keys.yaml", None, None, false, true),
        ("aws-auth-crazy-case-top-keys.yaml", None, None, false, true),
        (
            "aws-auth-space-out-of-place.yaml",
            Some((
                "system:node:{{EC2PrivateDNSName}}",
                &["system:bootstrappers - system:nodes"],
            )),
            admin,
            true,
            true,
        ),
        ("aws-auth-missing-bar.yaml", None, None, false, false),
    ];
    for (name, node, admin, account, accepted) in cases {
        let text = fixture(name);
        let source = format!("{src} {name}");
        if accepted {
            rows.push(mapped(&source, &text, &NODE_ARN.to_lowercase(), node));
            rows.push(mapped(&source, &text, &ADMIN_ARN.to_lowercase(), admin));
            let allowed = accounts(&text).contains(&"555555555555".to_owned());
            rows.push((
                format!("{source} account"),
                check(allowed == account, || format!("allowed: {allowed}")),
            ));
        } else {
            // "create fails": the Kubernetes API refuses the object, so nothing in it is live,
            // and "does it map me?" must say so rather than answer from the parts that parse.
            for principal in [
                "arn:aws:sts::555555555555:assumed-role/devel-worker-nodes-NodeInstanceRole-74RF4UBDUKL6/i-0123456789abcdef0",
                ADMIN_ARN,
            ] {
                let result = answer(&text, principal);
                rows.push((
                    format!("{source} refused by the API: {principal}"),
                    check(result["result"] == "not-live", || format!("{result}")),
                ));
            }
        }
    }
    table("yaml fixtures", rows);
}

// ---------------------------------------------------------------------------------------------
// Token verification preconditions: AUTH pkg/token/token_test.go
// TestVerifyTokenPreSTSValidations. The authenticator refuses these before it calls STS.

fn to_token(url: &str) -> String {
    format!(
        "{TOKEN_PREFIX}{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(url)
    )
}

#[test]
fn token_precondition_table() {
    let src = "AUTH pkg/token/token_test.go TestVerifyTokenPreSTSValidations";
    let now = SystemTime::now();
    let stamp = eks_iam_tui::aws::eks_token::rfc3339(now)
        .replace(['-', ':'], "")
        .to_string();
    let date = stamp.as_str();
    // (partition, token, accepted)
    let cases: Vec<(&str, String, bool)> = vec![
        ("aws", "a".repeat(4 * 1024 + 1), false),
        ("aws", "k8s-aws-v2.asdfasdfa".into(), false),
        ("aws", "k8s-aws-v1.decodingerror".into(), false),
        ("aws", to_token(":ab:cd.af:/asda"), false),
        ("aws", to_token("http://"), false),
        ("aws", to_token("https://google.com"), false),
        (
            "aws-cn",
            to_token("https://sts.cn-north-1.amazonaws.com.cn/abc"),
            false,
        ),
        ("aws", to_token("https://sts.amazonaws.com/abc"), false),
        (
            "aws",
            to_token("https://sts.amazonaws.com/?NoInWhiteList=abc"),
            false,
        ),
        (
            "aws",
            to_token("https://sts.amazonaws.com/?action=get&action=post"),
            false,
        ),
        (
            "aws",
            to_token("https://sts.amazonaws.com/?action=NotGetCallerIdenity"),
            false,
        ),
        (
            "aws",
            to_token(
                "https://sts.amazonaws.com/?action=GetCallerIdentity&x-amz-signedheaders=abc%3bx-k8s-aws-i%3bdef",
            ),
            false,
        ),
        (
            "aws",
            to_token(&format!(
                "https://sts.amazonaws.com/?action=GetCallerIdentity&x-amz-signedheaders=x-k8s-aws-id&x-amz-date={date}&x-amz-expires=9999999"
            )),
            false,
        ),
        (
            "aws",
            to_token(
                "https://sts.amazonaws.com/?action=GetCallerIdentity&x-amz-signedheaders=x-k8s-aws-id&x-amz-date=xxxxxxx&x-amz-expires=60",
            ),
            false,
        ),
        (
            "aws",
            to_token(
                "https://sts.amazonaws.com/?action=GetCallerIdentity&x-amz-signedheaders=x-k8s-aws-id&x-amz-date=19900422T010203Z&x-amz-expires=60",
            ),
            false,
        ),
        (
            "aws",
            to_token(&format!(
                "https://sts.sa-east-1.amazonaws.com/?action=GetCallerIdentity&x-amz-signedheaders=x-k8s-aws-id&x-amz-date={date}&x-amz-expires=60%gh"
            )),
            false,
        ),
        (
            "aws",
            to_token(&format!(
                "https://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=ASIAAAAAAAAAAAAAAAAA%2F20220601%2Fus-west-2%2Fsts%2Faws4_request&X-Amz-Date={date}&X-Amz-Expires=900&X-Amz-Security-Token=XXXXXXXXXXXXX&X-Amz-SignedHeaders=host%3Bx-k8s-aws-id&x-amz-credential=eve&X-Amz-Signature=999999999999999999"
            )),
            false,
        ),
    ];
    let mut cases = cases;
    for region in [
        "us-east-2",
        "ap-northeast-2",
        "ca-central-1",
        "eu-west-1",
        "sa-east-1",
    ] {
        cases.push((
            "aws",
            to_token(&format!("https://sts.{region}.amazonaws.com/?action=GetCallerIdentity&x-amz-signedheaders=x-k8s-aws-id&x-amz-date={date}&x-amz-expires=60")),
            true,
        ));
    }
    let rows = cases
        .into_iter()
        .map(|(partition, token, accepted)| {
            let shown: String = token.chars().take(60).collect();
            let result = check_token(&token, partition, now);
            (
                format!("{src} {partition} {shown}"),
                check(result.is_ok() == accepted, || format!("got {result:?}")),
            )
        })
        .collect();
    table("token preconditions", rows);
}

// ---------------------------------------------------------------------------------------------
// `get-token`: CLI tests/functional/eks/test_get_token.py TestGetTokenCommand, run against the
// real binary with credentials in the environment (nothing is called: the token is signed
// locally).

fn token_env(vars: &[(&str, &str)]) -> ClientEnv {
    let mut env = ClientEnv::isolated();
    env.set("AWS_ACCESS_KEY_ID", "ABCDEFGHIJKLMNOPQRST");
    env.set("AWS_SECRET_ACCESS_KEY", "TSRQPONMLKJUHGFEDCBA");
    env.secrets = vec!["TSRQPONMLKJUHGFEDCBA".to_owned()];
    for (key, value) in vars {
        env.set(key, value);
    }
    env
}

fn url_of(stdout: &str) -> Option<(Value, String)> {
    let json: Value = serde_json::from_str(stdout).ok()?;
    let token = json["status"]["token"].as_str()?.to_owned();
    let decoded = eks_iam_tui::aws::decode_token(&token).ok()?;
    Some((json, decoded.url))
}

fn exec_info(version: &str) -> String {
    format!(
        r#"{{"kind":"ExecCredential","apiVersion":"client.authentication.k8s.io/{version}","spec":{{"interactive":true}}}}"#
    )
}

#[test]
fn get_token_table() {
    let src = "CLI tests/functional/eks/test_get_token.py TestGetTokenCommand";
    let mut rows = Vec::new();
    let env = token_env(&[("AWS_REGION", "us-west-2")]);
    let run = run_tool(&env, &["token", "--cluster", "MyCluster"]);
    let parsed = url_of(&run.stdout);
    rows.push((
        format!("{src} test_get_token"),
        check(
            parsed.as_ref().is_some_and(|(json, _)| {
                json["kind"] == "ExecCredential"
                    && json["apiVersion"] == "client.authentication.k8s.io/v1beta1"
                    && json["spec"] == serde_json::json!({})
                    && json["status"]["expirationTimestamp"].is_string()
            }),
            || run.stdout.clone(),
        ),
    ));
    rows.push((
        format!("{src} test_url_with_region"),
        check(
            parsed.as_ref().is_some_and(|(_, url)| {
                url.starts_with("https://sts.us-west-2.amazonaws.com/?")
                    && url.contains("X-Amz-Credential=ABCDEFGHIJKLMNOPQRST%2F")
                    && url.contains("%2Fus-west-2%2Fsts%2Faws4_request")
                    && url.contains("x-k8s-aws-id")
                    && !url.contains("X-Amz-Security-Token")
            }),
            || format!("{parsed:?}"),
        ),
    ));
    let with_session = token_env(&[
        ("AWS_REGION", "us-west-2"),
        ("AWS_SESSION_TOKEN", "TOKENTOKENTOKENTOKEN"),
    ]);
    let run = run_tool(&with_session, &["token", "--cluster", "MyCluster"]);
    let parsed = url_of(&run.stdout);
    rows.push((
        format!("{src} test_url_with_arn (session credentials)"),
        check(
            parsed
                .as_ref()
                .is_some_and(|(_, url)| url.contains("X-Amz-Security-Token=TOKENTOKENTOKENTOKEN")),
            || format!("{parsed:?}"),
        ),
    ));
    let cn = token_env(&[("AWS_REGION", "cn-north-1")]);
    let run = run_tool(&cn, &["token", "--cluster", "MyCluster"]);
    let parsed = url_of(&run.stdout);
    rows.push((
        format!("{src} test_url_different_partition"),
        check(
            parsed.as_ref().is_some_and(|(_, url)| {
                url.starts_with("https://sts.cn-north-1.amazonaws.com.cn/?")
                    && url.contains("%2Fcn-north-1%2Fsts%2Faws4_request")
            }),
            || format!("{parsed:?}"),
        ),
    ));
    let padded = (0..20).any(|_| {
        let run = run_tool(&env, &["token", "--cluster", "MyCluster"]);
        url_of(&run.stdout).is_none_or(|(json, _)| {
            json["status"]["token"]
                .as_str()
                .unwrap_or("=")
                .contains('=')
        })
    });
    rows.push((
        format!("{src} test_token_has_no_padding"),
        check(!padded, || "a token had padding".into()),
    ));
    // (row, KUBERNETES_EXEC_INFO, the version answered, something on stderr)
    let discovery: Vec<(&str, Option<String>, &str, bool)> = vec![
        (
            "test_api_version_discovery_deprecated",
            Some(exec_info("v1alpha1")),
            "v1alpha1",
            true,
        ),
        (
            "test_api_version_discovery_malformed",
            Some(format!("{{{}", exec_info("v1alpha1"))),
            "v1beta1",
            true,
        ),
        ("test_api_version_discovery_empty", None, "v1beta1", false),
        (
            "test_api_version_discovery_v1",
            Some(exec_info("v1")),
            "v1",
            false,
        ),
        (
            "test_api_version_discovery_v1beta1",
            Some(exec_info("v1beta1")),
            "v1beta1",
            false,
        ),
        (
            "test_api_version_discovery_unknown",
            Some(exec_info("v2")),
            "v1beta1",
            true,
        ),
    ];
    for (name, info, version, warns) in discovery {
        let mut env = token_env(&[("AWS_REGION", "us-west-2")]);
        if let Some(info) = &info {
            env.set("KUBERNETES_EXEC_INFO", info);
        }
        let run = run_tool(&env, &["token", "--cluster", "MyCluster"]);
        let json: Value = serde_json::from_str(&run.stdout).unwrap_or_default();
        let wanted = format!("client.authentication.k8s.io/{version}");
        let warned = !run.stderr.trim().is_empty();
        rows.push((
            format!("{src} {name}"),
            check(
                json["apiVersion"] == wanted.as_str() && warned == warns,
                || format!("apiVersion {}, stderr {:?}", json["apiVersion"], run.stderr),
            ),
        ));
    }
    table("get-token", rows);
}

/// The deprecation warning names the version and says how to update, in both languages, as
/// the AWS CLI's does (`DEPRECATION_MSG_TPL` in awscli/customizations/eks/get_token.py).
#[test]
fn the_v1alpha1_warning_is_worded_in_both_languages() {
    for (lang, words) in [("en", "update-kubeconfig"), ("ja", "update-kubeconfig")] {
        let info = exec_info("v1alpha1");
        let env = token_env(&[("AWS_REGION", "us-west-2"), ("KUBERNETES_EXEC_INFO", &info)]);
        let run = run_tool(&env, &["token", "--cluster", "MyCluster", "--lang", lang]);
        assert_eq!(run.code, 0, "{}", run.stderr);
        assert!(
            run.stderr.contains("client.authentication.k8s.io/v1alpha1"),
            "{}",
            run.stderr
        );
        assert!(run.stderr.contains(words), "{}", run.stderr);
        let json: Value =
            serde_json::from_str(&run.stdout).expect("stdout is the credential alone");
        assert_eq!(json["apiVersion"], "client.authentication.k8s.io/v1alpha1");
    }
}
