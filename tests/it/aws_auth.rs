//! The aws-auth linter: every finding in every input form, the authenticator's matching
//! semantics, the real-world corpus, the command line, and robustness on arbitrary input.

use crate::support::aws_auth_yaml;

use std::collections::BTreeSet;
use std::process::Command;

use eks_iam_tui::aws_auth::fix::FixContext;
use eks_iam_tui::aws_auth::report;
use eks_iam_tui::aws_auth::{
    self, AccessEntry, AuthenticationMode, Code, ConfigMapError, ConfigMapSection, InputForm,
    MatchOutcome, MissReason, Winner,
};
use eks_iam_tui::guide::Symptom;
use eks_iam_tui::i18n::{Lang, has_message};

const ACCT: &str = "111122223333";

/// The same data in the three forms people paste.
fn as_yaml(data: &[(&str, &str)]) -> String {
    aws_auth_yaml::config_map_yaml(data)
}

fn as_json(data: &[(&str, &str)]) -> String {
    let data: serde_json::Map<String, serde_json::Value> = data
        .iter()
        .map(|(k, v)| ((*k).to_owned(), serde_json::Value::String((*v).to_owned())))
        .collect();
    serde_json::to_string_pretty(&serde_json::json!({
        "apiVersion": "v1",
        "kind": "ConfigMap",
        "metadata": {"name": "aws-auth", "namespace": "kube-system"},
        "data": data,
    }))
    .expect("json")
}

fn as_describe(data: &[(&str, &str)]) -> String {
    let mut out = String::from(
        "Name:         aws-auth\nNamespace:    kube-system\nLabels:       <none>\nAnnotations:  <none>\n\nData\n====\n",
    );
    for (key, block) in data {
        out.push_str(&format!("{key}:\n----\n{block}\n\n"));
    }
    out.push_str("\nBinaryData\n====\n\nEvents:  <none>\n");
    out
}

type Key = (Code, ConfigMapSection, Option<usize>);
/// (name, data keys and blocks, the finding expected).
type Case<'a> = (&'a str, Vec<(&'a str, String)>, Key);

fn keys(text: &str) -> BTreeSet<Key> {
    aws_auth::lint(text)
        .unwrap_or_else(|e| panic!("{e}\n{text}"))
        .findings
        .iter()
        .map(|f| (f.code, f.section, f.index))
        .collect()
}

const NODE: &str = "- rolearn: arn:aws:iam::111122223333:role/eks-node\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n    - system:bootstrappers\n    - system:nodes";

#[test]
fn every_finding_code_in_all_three_forms() {
    let cases: Vec<Case> = vec![
        (
            "role-path",
            vec![(
                "mapRoles",
                format!(
                    "{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/team/developers/eks-admin\n  username: admin\n  groups:\n    - devs"
                ),
            )],
            (Code::RolePath, ConfigMapSection::MapRoles, Some(2)),
        ),
        (
            "sso-role-path",
            vec![(
                "mapRoles",
                format!(
                    "- rolearn: arn:aws:iam::{ACCT}:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Dev_0123456789abcdef\n  username: dev\n  groups:\n    - devs"
                ),
            )],
            (Code::SsoRolePath, ConfigMapSection::MapRoles, Some(1)),
        ),
        (
            "assumed-role-arn",
            vec![(
                "mapRoles",
                format!(
                    "- rolearn: arn:aws:sts::{ACCT}:assumed-role/eks-admin/alice\n  username: admin\n  groups:\n    - devs"
                ),
            )],
            (Code::AssumedRoleArn, ConfigMapSection::MapRoles, Some(1)),
        ),
        (
            "invalid-arn",
            vec![(
                "mapUsers",
                "- userarn: arn:aws:iam::1234:user/alice\n  username: alice\n  groups:\n    - devs"
                    .to_owned(),
            )],
            (Code::InvalidArn, ConfigMapSection::MapUsers, Some(1)),
        ),
        (
            "not-a-string-block",
            vec![("mapRoles", "- rolearn: [unclosed\n  username: x".to_owned())],
            (Code::NotAStringBlock, ConfigMapSection::MapRoles, None),
        ),
        (
            "unknown-key",
            vec![("maproles", NODE.to_owned())],
            (Code::UnknownKey, ConfigMapSection::MapRoles, None),
        ),
        (
            "duplicate-arn",
            vec![(
                "mapRoles",
                format!(
                    "- rolearn: arn:aws:iam::{ACCT}:role/Dev\n  username: one\n- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: two"
                ),
            )],
            (Code::DuplicateArn, ConfigMapSection::MapRoles, Some(1)),
        ),
        (
            "system-masters",
            vec![(
                "mapUsers",
                format!(
                    "- userarn: arn:aws:iam::{ACCT}:user/alice\n  username: alice\n  groups:\n    - system:masters"
                ),
            )],
            (Code::SystemMasters, ConfigMapSection::MapUsers, Some(1)),
        ),
        (
            "username-template",
            vec![(
                "mapRoles",
                format!(
                    "- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: dev:{{{{sessionname}}}}\n  groups:\n    - devs"
                ),
            )],
            (Code::UsernameTemplate, ConfigMapSection::MapRoles, Some(1)),
        ),
        (
            "malformed-entry",
            vec![(
                "mapUsers",
                format!(
                    "- userarn: arn:aws:iam::{ACCT}:user/alice\n  username: alice\n  groups: system:masters"
                ),
            )],
            (Code::MalformedEntry, ConfigMapSection::MapUsers, Some(1)),
        ),
        (
            "map-accounts",
            vec![("mapAccounts", format!("- \"{ACCT}\""))],
            (Code::MapAccounts, ConfigMapSection::MapAccounts, Some(1)),
        ),
        (
            "wildcard-arn",
            vec![(
                "mapRoles",
                format!("{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/dev-*\n  username: dev"),
            )],
            (Code::WildcardArn, ConfigMapSection::MapRoles, Some(2)),
        ),
        (
            "unquoted-template",
            vec![(
                "mapRoles",
                format!(
                    "{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: {{{{SessionName}}}}\n  groups:\n    - devs"
                ),
            )],
            (Code::UnquotedTemplate, ConfigMapSection::MapRoles, Some(2)),
        ),
        (
            "hidden-characters",
            vec![(
                "mapRoles",
                format!("{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/dev\u{200b}\n  username: dev"),
            )],
            (Code::HiddenCharacters, ConfigMapSection::MapRoles, Some(2)),
        ),
    ];
    let mut seen = BTreeSet::new();
    for (name, data, expected) in &cases {
        let data: Vec<(&str, &str)> = data.iter().map(|(k, v)| (*k, v.as_str())).collect();
        for (form, text) in [
            ("yaml", as_yaml(&data)),
            ("json", as_json(&data)),
            ("describe", as_describe(&data)),
        ] {
            let found = keys(&text);
            assert!(
                found.contains(expected),
                "{name} in {form}: expected {expected:?}, found {found:?}\n{text}"
            );
        }
        seen.insert(expected.0);
    }
    // not-aws-auth needs another name; covered here so that no code goes untested.
    let other = as_yaml(&[("mapRoles", NODE)]).replace("name: aws-auth", "name: aws-auth-backup");
    assert!(keys(&other).iter().any(|k| k.0 == Code::NotAwsAuth));
    seen.insert(Code::NotAwsAuth);
    assert_eq!(
        seen,
        Code::ALL.into_iter().collect(),
        "a code without a test"
    );
}

#[test]
fn structure_instead_of_a_string_is_caught_in_yaml_and_json() {
    let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles:\n    - rolearn: arn:aws:iam::111122223333:role/team/eks-admin\n      username: admin\n";
    let found = keys(yaml);
    assert!(found.contains(&(Code::NotAStringBlock, ConfigMapSection::MapRoles, None)));
    // The entries inside are linted too, so adding the | is not the only surprise.
    assert!(found.contains(&(Code::RolePath, ConfigMapSection::MapRoles, Some(1))));
    let json = r#"{"kind":"ConfigMap","data":{"mapRoles":[{"rolearn":"arn:aws:iam::111122223333:role/x"}]}}"#;
    assert!(keys(json).contains(&(Code::NotAStringBlock, ConfigMapSection::MapRoles, None)));
}

#[test]
fn findings_carry_the_input_line_and_the_corrected_value() {
    let text = as_yaml(&[(
        "mapRoles",
        &format!(
            "{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/team/developers/eks-admin\n  username: admin"
        ),
    )]);
    let auth = aws_auth::lint(&text).expect("lints");
    let finding = auth
        .findings
        .iter()
        .find(|f| f.code == Code::RolePath)
        .expect("role-path");
    let line = finding.line.expect("a line");
    assert!(
        text.lines()
            .nth(line - 1)
            .expect("line")
            .contains("team/developers")
    );
    assert_eq!(
        finding.suggestion.as_deref(),
        Some("arn:aws:iam::111122223333:role/eks-admin")
    );
    assert_eq!(finding.field.as_deref(), Some("rolearn"));
}

#[test]
fn fragments_data_sections_and_entry_lists_are_read() {
    let fragment =
        format!("mapRoles: |\n  - rolearn: arn:aws:iam::{ACCT}:role/a/b\n    username: b\n");
    let auth = aws_auth::lint(&fragment).expect("fragment");
    assert_eq!(auth.form, InputForm::Fragment);
    assert!(auth.findings.iter().any(|f| f.code == Code::RolePath));
    let data = format!(
        "data:\n  mapUsers: |\n    - userarn: arn:aws:iam::{ACCT}:user/x\n      username: x\n"
    );
    assert_eq!(
        aws_auth::lint(&data).expect("data").form,
        InputForm::DataSection
    );
    let list = format!("- rolearn: arn:aws:iam::{ACCT}:role/x\n  username: x\n");
    assert_eq!(
        aws_auth::lint(&list).expect("list").form,
        InputForm::EntryList
    );
}

#[test]
fn what_is_not_a_config_map_is_a_clear_error_with_a_position() {
    assert!(matches!(
        aws_auth::lint("apiVersion: apps/v1\nkind: Deployment\n"),
        Err(ConfigMapError::OtherKind { kind }) if kind == "Deployment"
    ));
    let broken = aws_auth::lint("data:\n  mapRoles: [1, 2\n").expect_err("broken");
    assert!(matches!(broken, ConfigMapError::Yaml(_)));
    assert_eq!(
        broken.line_col().map(|(l, _)| l >= 2),
        Some(true),
        "{broken}"
    );
    let json = aws_auth::lint("{\"kind\": \"ConfigMap\",\n \"data\": }").expect_err("json");
    assert!(
        matches!(json, ConfigMapError::Json { line: 2, .. }),
        "{json}"
    );
    assert!(matches!(
        aws_auth::lint("just some words"),
        Err(ConfigMapError::NotAConfigMap { .. })
    ));
    assert!(matches!(aws_auth::lint("  \n"), Err(ConfigMapError::Empty)));
}

fn answer(data: &[(&str, &str)], principal: &str) -> MatchOutcome {
    let auth = aws_auth::lint(&as_yaml(data)).expect("lints");
    aws_auth::resolve(&auth, principal)
        .expect("principal")
        .outcome
}

#[test]
fn arn_matching_is_case_insensitive_after_canonicalisation() {
    let outcome = answer(
        &[(
            "mapRoles",
            &format!(
                "- rolearn: arn:aws:iam::{ACCT}:role/EKS-Admin\n  username: admin\n  groups:\n    - devs"
            ),
        )],
        &format!("arn:aws:sts::{ACCT}:assumed-role/eks-admin/bob"),
    );
    assert!(
        matches!(&outcome, MatchOutcome::Mapped { username, groups, .. } if username == "admin" && groups == &["devs"]),
        "{outcome:?}"
    );
}

#[test]
fn a_role_path_never_matches_and_the_meant_entry_is_named() {
    let outcome = answer(
        &[(
            "mapRoles",
            &format!(
                "{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/team/eks-admin\n  username: admin"
            ),
        )],
        &format!("arn:aws:sts::{ACCT}:assumed-role/eks-admin/bob"),
    );
    let MatchOutcome::NotMapped { near_misses } = outcome else {
        panic!("mapped: {outcome:?}")
    };
    assert_eq!(near_misses[0].index, 2);
    assert_eq!(near_misses[0].reason, MissReason::Path);
    assert_eq!(
        near_misses[0].suggestion.as_deref(),
        Some("arn:aws:iam::111122223333:role/eks-admin")
    );
}

/// Regression: a role given with its path (as IAM and the guide's example show it) matched
/// an entry written with the same path, though its sessions arrive without the path.
#[test]
fn a_role_given_with_its_path_is_answered_for_as_its_sessions() {
    let with_path = format!("arn:aws:iam::{ACCT}:role/team/developers/eks-admin");
    let entry = |arn: &str| format!("- rolearn: {arn}\n  username: admin");
    let MatchOutcome::NotMapped { near_misses } =
        answer(&[("mapRoles", &entry(&with_path))], &with_path)
    else {
        panic!("an entry with the path never lets the role in")
    };
    assert_eq!(near_misses[0].reason, MissReason::Path);
    let path_free = format!("arn:aws:iam::{ACCT}:role/eks-admin");
    assert!(matches!(
        answer(&[("mapRoles", &entry(&path_free))], &with_path),
        MatchOutcome::Mapped { index: 1, .. }
    ));
}

#[test]
fn user_arns_keep_their_path() {
    let data = [(
        "mapUsers",
        "- userarn: arn:aws:iam::111122223333:user/ops/alice\n  username: alice",
    )];
    assert!(matches!(
        answer(&data, "arn:aws:iam::111122223333:user/ops/alice"),
        MatchOutcome::Mapped { .. }
    ));
    let MatchOutcome::NotMapped { near_misses } =
        answer(&data, "arn:aws:iam::111122223333:user/alice")
    else {
        panic!("a user without the path must not match")
    };
    assert_eq!(near_misses[0].reason, MissReason::OtherPath);
}

#[test]
fn top_level_keys_are_exact() {
    let principal = format!("arn:aws:sts::{ACCT}:assumed-role/eks-node/i-0123456789abcdef0");
    let MatchOutcome::NotMapped { near_misses } = answer(&[("maproles", NODE)], &principal) else {
        panic!("maproles must be ignored")
    };
    assert_eq!(near_misses[0].reason, MissReason::SectionIgnored);
    assert!(matches!(
        answer(&[("mapRoles", NODE)], &principal),
        MatchOutcome::Mapped { username, .. } if username == "system:node:<private-dns-name-of-i-0123456789abcdef0>"
    ));
}

/// Regression: entries under an ignored `maproles` were labelled as `mapRoles` entries, and
/// a missing username inside the ignored block was reported as if `mapRoles` #1 lacked it.
#[test]
fn an_ignored_block_is_named_as_written_and_stays_quiet() {
    let text = as_yaml(&[
        (
            "mapRoles",
            &format!(
                "- rolearn: arn:aws:iam::{ACCT}:role/team/developers/eks-admin\n  username: eks-admin\n  groups:\n    - system:masters"
            ),
        ),
        (
            "maproles",
            &format!(
                "- rolearn: arn:aws:iam::{ACCT}:role/x\n- rolearn: arn:aws:iam::{ACCT}:role/ops/y"
            ),
        ),
    ]);
    let auth = aws_auth::lint(&text).expect("lints");
    // The unknown key leads, then its own block, then the block that is read.
    let first = &auth.findings[0];
    assert_eq!(
        (first.code, first.key.as_deref(), first.index),
        (Code::UnknownKey, Some("maproles"), None)
    );
    let ignored: Vec<_> = auth
        .findings
        .iter()
        .filter(|f| f.key.as_deref() == Some("maproles") && f.index.is_some())
        .map(|f| (f.code, f.index))
        .collect();
    // Entry 1 only lacks a username, a hint not worth a line while the block is ignored;
    // entry 2's path would still break it once the key is fixed.
    assert_eq!(ignored, vec![(Code::RolePath, Some(2))]);
    let read: Vec<_> = auth
        .findings
        .iter()
        .filter(|f| f.key.as_deref() == Some("mapRoles"))
        .map(|f| (f.code, f.index))
        .collect();
    assert_eq!(
        read,
        vec![(Code::RolePath, Some(1)), (Code::SystemMasters, Some(1))]
    );
    assert!(
        auth.findings[1..]
            .iter()
            .position(|f| f.key.as_deref() == Some("mapRoles"))
            > auth.findings[1..]
                .iter()
                .position(|f| f.key.as_deref() == Some("maproles"))
    );

    let ctx = FixContext::default();
    let principal = format!("arn:aws:sts::{ACCT}:assumed-role/y/bob");
    let report = report::build(auth, Some(&principal), None, &ctx).expect("report");
    for lang in [Lang::En, Lang::Ja] {
        let text = report::to_text(&report, &ctx, lang);
        let first_entry = report::entry_label("mapRoles", Some(1), lang);
        let ignored_entry = report::entry_label("maproles", Some(1), lang);
        let ignored_second = report::entry_label("maproles", Some(2), lang);
        // Findings: the ignored block's entry 2, never a "mapRoles #2" that does not exist.
        assert!(
            text.contains(&format!("role-path · {ignored_second} · rolearn")),
            "{text}"
        );
        assert!(
            !text.contains(&report::entry_label("mapRoles", Some(2), lang)),
            "{text}"
        );
        // The mapping list names the key as written.
        let mapping_line = text
            .lines()
            .find(|l| l.contains(":role/x "))
            .expect("role/x listed");
        assert!(
            mapping_line.trim_start().starts_with(&ignored_entry),
            "{mapping_line}"
        );
        assert!(
            !text.contains(&format!("malformed-entry · {first_entry}")),
            "{text}"
        );
        // The near miss and the fix name the ignored entry too.
        let miss = text
            .lines()
            .find(|l| l.trim_start().starts_with("- ") && l.contains(":role/ops/y"))
            .expect("near miss");
        assert!(miss.contains(&ignored_second), "{miss}");
    }
    // eksctl only edits mapRoles: nothing to delete for an entry under maproles.
    let fix = report
        .plan
        .entries
        .iter()
        .find(|e| e.key == "maproles")
        .expect("a fix for the ignored entry");
    assert_eq!(fix.index, Some(2));
    assert!(fix.eksctl.iter().all(|c| !c.contains("delete")));
    let json: serde_json::Value =
        serde_json::from_str(&report::to_json(&report, Lang::En).expect("json")).expect("parses");
    assert!(
        json["mappings"]
            .as_array()
            .expect("mappings")
            .iter()
            .any(|m| m["key"] == "maproles" && m["index"] == 1 && m["section"] == "mapRoles")
    );
}

#[test]
fn keys_inside_entries_are_case_insensitive() {
    let outcome = answer(
        &[(
            "mapRoles",
            &format!(
                "- RoleArn: arn:aws:iam::{ACCT}:role/dev\n  UserName: dev\n  GROUPS:\n    - devs"
            ),
        )],
        &format!("arn:aws:sts::{ACCT}:assumed-role/dev/s"),
    );
    assert!(matches!(outcome, MatchOutcome::Mapped { username, .. } if username == "dev"));
}

#[test]
fn invalid_entries_are_dropped_and_valid_ones_kept() {
    let block = format!(
        "- username: nobody\n  groups:\n    - devs\n- just a string\n- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: dev"
    );
    let auth = aws_auth::lint(&as_yaml(&[("mapRoles", &block)])).expect("lints");
    let dropped: Vec<_> = auth
        .findings
        .iter()
        .filter(|f| f.code == Code::MalformedEntry)
        .map(|f| f.index)
        .collect();
    assert_eq!(dropped, vec![Some(1), Some(2)]);
    let outcome = aws_auth::resolve(&auth, &format!("arn:aws:sts::{ACCT}:assumed-role/dev/s"))
        .expect("principal")
        .outcome;
    assert!(
        matches!(outcome, MatchOutcome::Mapped { index: 3, .. }),
        "{outcome:?}"
    );
}

#[test]
fn username_templates_are_expanded() {
    let outcome = answer(
        &[(
            "mapRoles",
            &format!(
                "- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: dev:{{{{AccountID}}}}:{{{{SessionName}}}}\n  groups:\n    - team-{{{{SessionNameRaw}}}}"
            ),
        )],
        &format!("arn:aws:sts::{ACCT}:assumed-role/dev/bob@example.com"),
    );
    let MatchOutcome::Mapped {
        username, groups, ..
    } = outcome
    else {
        panic!("{outcome:?}")
    };
    assert_eq!(username, "dev:111122223333:bob-example.com");
    assert_eq!(groups, vec!["team-bob@example.com"]);
}

#[test]
fn map_accounts_maps_with_no_groups() {
    let outcome = answer(
        &[("mapAccounts", "- 111122223333")],
        "arn:aws:iam::111122223333:user/carol",
    );
    assert_eq!(
        outcome,
        MatchOutcome::Account {
            account: ACCT.into(),
            username: "arn:aws:iam::111122223333:user/carol".into()
        }
    );
}

#[test]
fn the_last_duplicate_role_wins_and_roles_come_before_users() {
    let roles = format!(
        "- rolearn: arn:aws:iam::{ACCT}:role/Dev\n  username: first\n- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: second"
    );
    let outcome = answer(
        &[("mapRoles", &roles)],
        &format!("arn:aws:sts::{ACCT}:assumed-role/dev/s"),
    );
    assert!(matches!(outcome, MatchOutcome::Mapped { username, .. } if username == "second"));
    let auth = aws_auth::lint(&as_yaml(&[
        (
            "mapRoles",
            &format!("- rolearn: arn:aws:iam::{ACCT}:user/alice\n  username: from-roles"),
        ),
        (
            "mapUsers",
            &format!("- userarn: arn:aws:iam::{ACCT}:user/alice\n  username: from-users"),
        ),
    ]))
    .expect("lints");
    let outcome = aws_auth::resolve(&auth, &format!("arn:aws:iam::{ACCT}:user/alice"))
        .expect("principal")
        .outcome;
    assert!(matches!(
        outcome,
        MatchOutcome::Mapped {
            section: ConfigMapSection::MapRoles,
            ..
        }
    ));
    assert!(auth.findings.iter().any(|f| f.code == Code::DuplicateArn
        && f.section == ConfigMapSection::MapUsers
        && f.message(Lang::En).contains("mapRoles")));
}

#[test]
fn node_template_refuses_a_session_that_is_not_an_instance() {
    let outcome = answer(
        &[("mapRoles", NODE)],
        &format!("arn:aws:sts::{ACCT}:assumed-role/eks-node/alice"),
    );
    assert!(matches!(
        outcome,
        MatchOutcome::TemplateFails { index: 1, .. }
    ));
}

#[test]
fn access_entries_win_over_aws_auth_by_mode() {
    let auth = aws_auth::lint(&as_yaml(&[(
        "mapRoles",
        &format!("- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: dev"),
    )]))
    .expect("lints");
    let answer = aws_auth::resolve(&auth, &format!("arn:aws:sts::{ACCT}:assumed-role/dev/s"))
        .expect("principal");
    let entries = vec![AccessEntry {
        principal_arn: format!("arn:aws:iam::{ACCT}:role/team/dev"),
        entry_type: "STANDARD".into(),
        username: None,
        groups: vec![],
        policies: vec!["AmazonEKSViewPolicy".into()],
    }];
    let both = aws_auth::decide(Some(AuthenticationMode::ApiAndConfigMap), &entries, &answer);
    assert_eq!(both.winner, Winner::AccessEntry);
    assert!(both.aws_auth_overridden);
    let config_map = aws_auth::decide(Some(AuthenticationMode::ConfigMap), &entries, &answer);
    assert_eq!(config_map.winner, Winner::AwsAuth);
    let api = aws_auth::decide(Some(AuthenticationMode::Api), &[], &answer);
    assert_eq!(api.winner, Winner::Nobody);
}

#[test]
fn the_fix_is_filled_in() {
    let text = as_yaml(&[(
        "mapRoles",
        &format!(
            "- rolearn: arn:aws:iam::{ACCT}:role/team/developers/eks-admin\n  username: admin\n  groups:\n    - system:masters"
        ),
    )]);
    let auth = aws_auth::lint(&text).expect("lints");
    let ctx = FixContext {
        cluster: Some("prod".into()),
        region: Some("ap-northeast-1".into()),
        symptom: Some(Symptom::AwsAuthPath),
        mode: Some(AuthenticationMode::ConfigMap),
        profile: Some("customer prod".into()),
    };
    let report = report::build(auth, None, None, &ctx).expect("report");
    let fix = &report.plan.entries[0];
    assert!(
        fix.mapping_yaml
            .contains("rolearn: arn:aws:iam::111122223333:role/eks-admin\n")
    );
    assert!(fix.eksctl.iter().any(|c| c.starts_with("eksctl create iamidentitymapping --cluster prod --arn arn:aws:iam::111122223333:role/eks-admin")));
    // Every command names the case's Region and profile, the profile as one shell word.
    for command in fix
        .eksctl
        .iter()
        .chain(&fix.access_entry)
        .chain(&report.plan.mode_steps)
    {
        let words = shlex::split(command).expect("a shell reads it");
        let value = |option: &str| {
            words
                .iter()
                .position(|w| w == option)
                .and_then(|i| words.get(i + 1))
                .map(String::as_str)
        };
        assert_eq!(value("--profile"), Some("customer prod"), "{command}");
        if !command.starts_with("aws iam") {
            assert_eq!(value("--region"), Some("ap-northeast-1"), "{command}");
        }
    }
    assert!(
        fix.access_entry[0]
            .contains("--principal-arn arn:aws:iam::111122223333:role/team/developers/eks-admin")
    );
    assert!(
        fix.access_entry[1].contains("AmazonEKSClusterAdminPolicy --access-scope type=cluster")
    );
    assert!(
        report
            .plan
            .mode_steps
            .iter()
            .any(|s| s.contains("authenticationMode=API_AND_CONFIG_MAP"))
    );
    let corrected = report.plan.corrected_data.as_deref().expect("corrected");
    assert!(
        aws_auth::lint(corrected)
            .expect("corrected parses")
            .findings
            .iter()
            .all(|f| f.code != Code::RolePath)
    );
}

#[derive(serde::Deserialize)]
struct Corpus {
    case: Vec<CorpusCase>,
}

#[derive(serde::Deserialize)]
struct CorpusCase {
    file: String,
    source: String,
    expected: Vec<String>,
}

#[test]
fn real_world_corpus() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/aws_auth_corpus");
    let index: Corpus =
        toml::from_str(&std::fs::read_to_string(format!("{dir}/corpus.toml")).expect("index"))
            .expect("index parses");
    assert!(index.case.len() >= 5);
    for case in index.case {
        assert!(!case.source.is_empty());
        let text = std::fs::read_to_string(format!("{dir}/{}", case.file)).expect("case file");
        let found: BTreeSet<String> = aws_auth::lint(&text)
            .unwrap_or_else(|e| panic!("{}: {e}", case.file))
            .findings
            .iter()
            .map(|f| {
                let index = f.index.map(|i| i.to_string()).unwrap_or_else(|| "-".into());
                format!("{} {} {index}", f.code.id(), f.section.key())
            })
            .collect();
        let expected: BTreeSet<String> = case.expected.into_iter().collect();
        assert_eq!(found, expected, "{}", case.file);
    }
}

#[test]
fn every_message_the_linter_names_exists_in_both_languages() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/src/aws_auth");
    let mut ids = BTreeSet::new();
    for entry in std::fs::read_dir(dir).expect("dir") {
        let text = std::fs::read_to_string(entry.expect("entry").path()).expect("file");
        for piece in text.split('"').skip(1).step_by(2) {
            if piece.starts_with("aws-auth-") && !piece.contains(' ') {
                ids.insert(piece.to_owned());
            }
        }
    }
    assert!(ids.len() > 40, "{ids:?}");
    for lang in Lang::ALL {
        for id in &ids {
            assert!(has_message(lang, id), "{} lacks {id}", lang.code());
        }
    }
}

fn run(args: &[&str], stdin: &str) -> (i32, String, String) {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_eks-iam-tui"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("writes");
    let out = child.wait_with_output().expect("waits");
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn command_line_exit_codes_and_json() {
    let bad = as_yaml(&[(
        "mapRoles",
        &format!("- rolearn: arn:aws:iam::{ACCT}:role/team/eks-admin\n  username: admin"),
    )]);
    let (code, out, _) = run(
        &[
            "lint-aws-auth",
            "-",
            "--format",
            "json",
            "--principal-arn",
            &format!("arn:aws:sts::{ACCT}:assumed-role/eks-admin/bob"),
        ],
        &bad,
    );
    assert_eq!(code, 1);
    let json: serde_json::Value = serde_json::from_str(&out).expect("json");
    assert_eq!(json["schema"], 1);
    assert_eq!(json["findings"][0]["code"], "role-path");
    assert_eq!(json["findings"][0]["index"], 1);
    assert_eq!(json["mappings"][0]["section"], "mapRoles");
    assert_eq!(json["match"]["result"], "not-mapped");
    assert_eq!(json["match"]["near_misses"][0]["reason"], "path");

    let good = as_yaml(&[("mapRoles", NODE)]);
    let (code, out, _) = run(&["lint-aws-auth"], &good);
    assert_eq!(code, 0, "{out}");
    assert!(out.contains("No problems found"));

    let (code, _, err) = run(&["lint-aws-auth", "--lang", "ja"], "kind: Deployment\n");
    assert_eq!(code, 2);
    assert!(err.contains("ConfigMap ではなく Deployment"), "{err}");
    let (code, _, _) = run(&["lint-aws-auth", "/nonexistent/aws-auth.yaml"], "");
    assert_eq!(code, 2);
}

#[test]
fn japanese_report_names_the_finding_and_the_corrected_entry() {
    let bad = as_yaml(&[(
        "mapRoles",
        &format!("- rolearn: arn:aws:iam::{ACCT}:role/team/eks-admin\n  username: admin"),
    )]);
    let (code, out, _) = run(
        &["lint-aws-auth", "--lang", "ja", "--cluster", "prod"],
        &bad,
    );
    assert_eq!(code, 1);
    assert!(out.contains("パス /team/ が含まれています"), "{out}");
    assert!(
        out.contains("- rolearn: arn:aws:iam::111122223333:role/eks-admin"),
        "{out}"
    );
    assert!(
        out.contains("eksctl create iamidentitymapping --cluster prod"),
        "{out}"
    );
}

mod robustness {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(256))]

        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
            let text = String::from_utf8_lossy(&bytes);
            if let Ok(auth) = aws_auth::lint(&text) {
                let _ = aws_auth::resolve(&auth, "arn:aws:sts::111122223333:assumed-role/x/y");
                let _ = report::to_json(&report::build(auth, None, None, &FixContext::default()).expect("no principal"), Lang::Ja);
            }
        }

        #[test]
        fn arbitrary_yaml_blocks_never_panic(
            block in "[ \\-:a-zA-Z0-9{}\\[\\]|>\"'#&*!\\n]{0,400}",
            key in prop::sample::select(vec!["mapRoles", "mapUsers", "mapAccounts", "maproles", "other"]),
        ) {
            for text in [as_yaml(&[(key, &block)]), as_json(&[(key, &block)]), as_describe(&[(key, &block)])] {
                if let Ok(auth) = aws_auth::lint(&text) {
                    let _ = aws_auth::resolve(&auth, "arn:aws:iam::111122223333:user/x");
                    let ctx = FixContext::default();
                    let report = report::build(auth, Some("arn:aws:iam::111122223333:role/a/b"), Some(&[]), &ctx).expect("valid principal");
                    let _ = report::to_text(&report, &ctx, Lang::En);
                }
            }
        }
    }

    #[test]
    fn deep_nesting_and_huge_input_are_refused_not_crashed() {
        let deep = format!("data:\n  mapRoles: |\n    {}\n", "[".repeat(100_000));
        assert!(aws_auth::lint(&deep).is_ok());
        let huge = "a".repeat(3 * 1024 * 1024);
        assert!(matches!(
            aws_auth::lint(&huge),
            Err(ConfigMapError::TooLarge)
        ));
    }
}

/// The new findings read the same in every input form and in both languages: the code and a
/// worded message (never a bare Fluent id) in the text report.
#[test]
fn new_findings_are_worded_in_both_languages_in_every_form() {
    let cases = [
        (
            Code::WildcardArn,
            format!("- rolearn: arn:aws:iam::{ACCT}:role/team/dev-*\n  username: dev"),
        ),
        (
            Code::UnquotedTemplate,
            format!(
                "{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: {{{{SessionName}}}}"
            ),
        ),
    ];
    for (code, block) in &cases {
        let data = [("mapRoles", block.as_str())];
        for (form, text) in [
            ("yaml", as_yaml(&data)),
            ("json", as_json(&data)),
            ("describe", as_describe(&data)),
        ] {
            let auth = aws_auth::lint(&text).expect("lints");
            let ctx = FixContext::default();
            let report = report::build(auth, None, None, &ctx).expect("report");
            for lang in [Lang::En, Lang::Ja] {
                let out = report::to_text(&report, &ctx, lang);
                assert!(out.contains(code.id()), "{form} {lang:?}:\n{out}");
                assert!(
                    !out.contains("aws-auth-finding-"),
                    "{form} {lang:?}:\n{out}"
                );
            }
        }
    }
}

mod authenticator_semantics {
    use super::*;

    fn session(role: &str) -> String {
        format!("arn:aws:sts::{ACCT}:assumed-role/{role}/alice")
    }

    #[test]
    fn a_wildcard_entry_never_maps_and_is_named_as_the_reason() {
        let data = [(
            "mapRoles",
            format!("- rolearn: arn:aws:iam::{ACCT}:role/dev-*\n  username: dev"),
        )];
        let data: Vec<(&str, &str)> = data.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let MatchOutcome::NotMapped { near_misses } = answer(&data, &session("dev-team")) else {
            panic!("a pattern must not map a real caller")
        };
        assert_eq!(near_misses[0].reason, MissReason::Wildcard);
        // Literally the same text does match: `*` is just a character there.
        assert!(matches!(
            answer(&data, &session("dev-*")),
            MatchOutcome::Mapped { .. }
        ));
    }

    #[test]
    fn an_unquoted_template_drops_the_whole_section_node_roles_included() {
        let block = format!(
            "{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: {{{{SessionName}}}}"
        );
        let text = as_yaml(&[("mapRoles", &block)]);
        let auth = aws_auth::lint(&text).expect("lints");
        let finding = auth
            .findings
            .iter()
            .find(|f| f.code == Code::UnquotedTemplate)
            .expect("unquoted-template");
        assert_eq!(finding.index, Some(2));
        assert_eq!(
            finding.suggestion.as_deref(),
            Some("username: \"{{SessionName}}\"")
        );
        for principal in [session("eks-node"), session("dev")] {
            let outcome = aws_auth::resolve(&auth, &principal).expect("arn").outcome;
            assert!(
                matches!(outcome, MatchOutcome::NotMapped { .. }),
                "{principal}: {outcome:?}"
            );
        }
        // Single braces stay a value of the wrong type: only that entry loses its username.
        let single =
            format!("{NODE}\n- rolearn: arn:aws:iam::{ACCT}:role/dev\n  username: {{SessionName}}");
        let outcome = answer(&[("mapRoles", &single)], &session("dev"));
        assert!(
            matches!(outcome, MatchOutcome::Mapped { .. }),
            "{outcome:?}"
        );
    }

    #[test]
    fn a_list_instead_of_a_string_cannot_be_the_live_config_map() {
        let text = format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles:\n    - rolearn: arn:aws:iam::{ACCT}:role/dev\n      username: dev\n  mapUsers: |\n    - userarn: arn:aws:iam::{ACCT}:user/alice\n      username: alice\n"
        );
        let auth = aws_auth::lint(&text).expect("lints");
        assert!(!auth.live());
        for principal in [session("dev"), format!("arn:aws:iam::{ACCT}:user/alice")] {
            let outcome = aws_auth::resolve(&auth, &principal).expect("arn").outcome;
            assert_eq!(
                outcome,
                MatchOutcome::NotLive {
                    keys: vec!["mapRoles".into()]
                },
                "{principal}"
            );
        }
        let ctx = FixContext::default();
        let report = report::build(auth, Some(&session("dev")), None, &ctx).expect("report");
        let en = report::to_text(&report, &ctx, Lang::En);
        assert!(
            en.contains("cannot be the ConfigMap the cluster reads"),
            "{en}"
        );
        assert!(!en.contains("Yes, through"), "{en}");
        let json: serde_json::Value =
            serde_json::from_str(&report::to_json(&report, Lang::Ja).expect("json"))
                .expect("parses");
        assert_eq!(json["match"]["result"], "not-live");
    }

    #[test]
    fn entries_the_authenticator_drops() {
        let cases = [
            (
                "rolearn and sso",
                format!(
                    "- rolearn: arn:aws:iam::{ACCT}:role/dev\n  sso:\n    permissionSetName: Dev\n    accountID: \"{ACCT}\"\n  username: dev"
                ),
                Code::MalformedEntry,
            ),
            (
                "unknown partition",
                format!(
                    "- sso:\n    permissionSetName: Dev\n    accountID: \"{ACCT}\"\n    partition: aws-nk\n  username: dev"
                ),
                Code::InvalidArn,
            ),
            (
                "account not 12 digits",
                "- sso:\n    permissionSetName: Dev\n    accountID: \"1234\"\n  username: dev"
                    .to_owned(),
                Code::InvalidArn,
            ),
            (
                "wildcard in the permission set",
                format!(
                    "- sso:\n    permissionSetName: Dev*\n    accountID: \"{ACCT}\"\n  username: dev"
                ),
                Code::WildcardArn,
            ),
        ];
        let sso_session =
            format!("arn:aws:sts::{ACCT}:assumed-role/AWSReservedSSO_Dev_0123456789abcdef/bob");
        for (name, block, code) in cases {
            let auth = aws_auth::lint(&as_yaml(&[("mapRoles", &block)])).expect("lints");
            assert!(
                auth.findings
                    .iter()
                    .any(|f| f.code == code && f.severity == aws_auth::Severity::Error),
                "{name}: {:?}",
                auth.findings
            );
            assert!(auth.entries.iter().all(|e| !e.effective()), "{name}");
            for principal in [session("dev"), sso_session.clone()] {
                let outcome = aws_auth::resolve(&auth, &principal).expect("arn").outcome;
                assert!(
                    !matches!(outcome, MatchOutcome::Mapped { .. }),
                    "{name}: {outcome:?}"
                );
            }
        }
        // A valid matcher maps the permission set's sessions, whatever the suffix and case.
        let valid = format!(
            "- sso:\n    permissionSetName: Dev\n    accountID: \"{ACCT}\"\n  username: sso-dev\n  groups:\n    - devs"
        );
        assert!(matches!(
            answer(&[("mapRoles", &valid)], &sso_session),
            MatchOutcome::Mapped { username, .. } if username == "sso-dev"
        ));
    }

    #[test]
    fn empty_sections_are_skipped_without_an_error() {
        for empty in ["\"\"", "''", "``"] {
            let auth = aws_auth::lint(&as_yaml(&[
                ("mapUsers", empty),
                ("mapAccounts", empty),
                ("mapRoles", NODE),
            ]))
            .expect("lints");
            assert!(!auth.has_errors(), "{empty}: {:?}", auth.findings);
            let outcome = aws_auth::resolve(
                &auth,
                &format!("arn:aws:sts::{ACCT}:assumed-role/eks-node/i-0123456789abcdef0"),
            )
            .expect("arn")
            .outcome;
            assert!(matches!(outcome, MatchOutcome::Mapped { .. }), "{empty}");
        }
    }

    #[test]
    fn sessions_with_more_than_one_slash_canonicalise_as_the_authenticator_does() {
        let data = [(
            "mapRoles",
            format!("- rolearn: arn:aws:iam::{ACCT}:role/Org/Team/Admin\n  username: admin"),
        )];
        let data: Vec<(&str, &str)> = data.iter().map(|(k, v)| (*k, v.as_str())).collect();
        let auth = aws_auth::lint(&as_yaml(&data)).expect("lints");
        let answer = aws_auth::resolve(
            &auth,
            &format!("arn:aws:sts::{ACCT}:assumed-role/Org/Team/Admin/Session"),
        )
        .expect("arn");
        assert_eq!(
            answer.canonical_arn,
            format!("arn:aws:iam::{ACCT}:role/Org/Team/Admin")
        );
        assert!(matches!(answer.outcome, MatchOutcome::Mapped { .. }));
    }

    fn codes(block: &str) -> BTreeSet<Code> {
        aws_auth::lint(&as_yaml(&[("mapRoles", block)]))
            .expect("lints")
            .findings
            .iter()
            .filter(|f| f.index == Some(1))
            .map(|f| f.code)
            .collect()
    }

    #[test]
    fn a_masked_account_does_not_hide_the_real_problem() {
        for account in [
            "XXXXXXXXXXXX",
            "************",
            "<account-id>",
            "12345678901",
        ] {
            let path = codes(&format!(
                "- rolearn: arn:aws:iam::{account}:role/team/eks-admin\n  username: a"
            ));
            assert!(
                path.contains(&Code::InvalidArn) && path.contains(&Code::RolePath),
                "{account}: {path:?}"
            );
            let session = codes(&format!(
                "- rolearn: arn:aws:sts::{account}:assumed-role/eks-admin/alice\n  username: a"
            ));
            assert!(
                session.contains(&Code::InvalidArn) && session.contains(&Code::AssumedRoleArn),
                "{account}: {session:?}"
            );
            let sso = codes(&format!(
                "- rolearn: arn:aws:iam::{account}:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Dev_0123456789abcdef\n  username: a"
            ));
            assert!(sso.contains(&Code::SsoRolePath), "{account}: {sso:?}");
            let wildcard = codes(&format!(
                "- rolearn: arn:aws:iam::{account}:role/dev-*\n  username: a"
            ));
            assert!(
                wildcard.contains(&Code::WildcardArn),
                "{account}: {wildcard:?}"
            );
        }
        let both = codes(&format!(
            "- rolearn: arn:aws:iam::{ACCT}:role/team/dev-*\n  username: a"
        ));
        assert!(
            both.contains(&Code::RolePath) && both.contains(&Code::WildcardArn),
            "{both:?}"
        );
    }

    #[test]
    fn keys_outside_data_are_errors_and_map_nothing() {
        let text = format!(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\nmapRoles: |\n  - rolearn: arn:aws:iam::{ACCT}:role/dev\n    username: dev\nmapUsers: |\n  - userarn: arn:aws:iam::{ACCT}:user/alice\n    username: alice\n"
        );
        let auth = aws_auth::lint(&text).expect("lints");
        let outside: Vec<_> = auth
            .findings
            .iter()
            .filter(|f| f.code == Code::UnknownKey && f.severity == aws_auth::Severity::Error)
            .map(|f| (f.section, f.suggestion.clone()))
            .collect();
        assert_eq!(
            outside,
            vec![
                (
                    ConfigMapSection::MapRoles,
                    Some("data:\n  mapRoles: |".to_owned())
                ),
                (
                    ConfigMapSection::MapUsers,
                    Some("data:\n  mapUsers: |".to_owned())
                ),
            ]
        );
        for principal in [session("dev"), format!("arn:aws:iam::{ACCT}:user/alice")] {
            let outcome = aws_auth::resolve(&auth, &principal).expect("arn").outcome;
            assert!(
                matches!(outcome, MatchOutcome::NotMapped { .. }),
                "{outcome:?}"
            );
        }
        // The same without `kind` and `data`: still a ConfigMap document.
        let loose = text
            .replace("kind: ConfigMap\n", "")
            .replace("\ndata:\n", "\n");
        let auth = aws_auth::lint(&loose).expect("lints");
        assert!(auth.has_errors(), "{:?}", auth.findings);
        let (code, out, _) = run(&["lint-aws-auth"], &text);
        assert_eq!(code, 1);
        assert!(!out.contains("No problems found"), "{out}");
    }
}

/// An ARN, username or group holding a zero-width, bidirectional or control character is
/// flagged (an ARN as an error: it never matches), with the value as it looks suggested; the
/// characters are shown as escapes in both languages.
#[test]
fn hidden_characters_in_an_entry_are_flagged() {
    let yaml = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n    - rolearn: \"arn:aws:iam::111122223333:role/dev\\e]0;x\\a\"\n      username: \"adm\u{202e}in\"\n      groups: [\"dev\u{200b}s\", ok]\n    - rolearn: arn:aws:iam::111122223333:role/plain\n      username: plain\n";
    let auth = aws_auth::lint(yaml).expect("a ConfigMap");
    let hidden: Vec<_> = auth
        .findings
        .iter()
        .filter(|f| f.code == Code::HiddenCharacters)
        .map(|f| {
            (
                f.index,
                f.field.as_deref(),
                f.severity,
                f.suggestion.as_deref(),
            )
        })
        .collect();
    assert_eq!(
        hidden,
        vec![
            (
                Some(1),
                Some("rolearn"),
                eks_iam_tui::aws_auth::Severity::Error,
                Some("arn:aws:iam::111122223333:role/dev]0;x")
            ),
            (
                Some(1),
                Some("username"),
                eks_iam_tui::aws_auth::Severity::Warning,
                Some("admin")
            ),
            (
                Some(1),
                Some("groups"),
                eks_iam_tui::aws_auth::Severity::Warning,
                Some("devs")
            ),
        ]
    );
    for lang in [Lang::En, Lang::Ja] {
        let finding = auth
            .findings
            .iter()
            .find(|f| f.code == Code::HiddenCharacters && f.field.as_deref() == Some("username"))
            .expect("the username");
        let shown = eks_iam_tui::safe_text::visible(&finding.message(lang)).into_owned();
        assert!(shown.contains("adm\\u{202e}in"), "{shown}");
    }
}

/// Output grows with the map, never with how it repeats itself: each alias is one finding
/// (counting its other uses), and the text lists at most `MAX_LISTED_FINDINGS` findings and
/// counts the rest, while the summary and the JSON keep every one.
#[test]
fn aliases_are_reported_once_and_text_findings_are_capped() {
    use crate::support::big_aws_auth;
    let ctx = FixContext::default();
    let aliases = aws_auth::lint(&big_aws_auth::many_aliases(5_000)).expect("a ConfigMap");
    let alias_findings: Vec<_> = aliases
        .findings
        .iter()
        .filter(|f| f.code == Code::MalformedEntry)
        .collect();
    assert_eq!(alias_findings.len(), 1, "{alias_findings:?}");
    for (lang, words) in [
        (Lang::En, "4999 more after it are the alias *node"),
        (Lang::Ja, "その後の 4999 件のエントリ"),
    ] {
        let message = alias_findings[0].message(lang);
        assert!(message.contains(words), "{message}");
    }

    let auth = aws_auth::lint(&big_aws_auth::big_aws_auth(2_000)).expect("a ConfigMap");
    let total = auth.findings.len();
    assert!(total > report::MAX_LISTED_FINDINGS + 100, "{total}");
    let built = report::build(auth, None, None, &ctx).expect("report");
    for lang in [Lang::En, Lang::Ja] {
        let text = report::to_text(&built, &ctx, lang);
        let listed = text
            .lines()
            .filter(|l| l.starts_with('[') && l.contains(" · mapRoles"))
            .count();
        assert_eq!(listed, report::MAX_LISTED_FINDINGS, "{lang:?}");
        let more = (total - report::MAX_LISTED_FINDINGS).to_string();
        assert!(
            text.lines()
                .any(|l| l.starts_with('…') && l.contains(&more)),
            "{lang:?}: the rest are counted"
        );
    }
    let json: serde_json::Value =
        serde_json::from_str(&report::to_json(&built, Lang::En).expect("json")).expect("parses");
    assert_eq!(json["findings"].as_array().map(Vec::len), Some(total));
}

/// A Shift_JIS ConfigMap just under 2 MiB decodes to more than 2 MiB of UTF-8 (a kana is two
/// bytes there, three here): the limit counts the bytes given, so it is read, in the command
/// line and in the library; one byte over the limit as given is refused.
#[test]
fn a_shift_jis_config_map_near_the_limit_is_counted_as_given() {
    let limit = aws_auth::input::MAX_INPUT_BYTES;
    let mut text = as_yaml(&[(
        "mapRoles",
        &format!("- rolearn: arn:aws:iam::{ACCT}:role/team/eks-admin\n  username: admin"),
    )]);
    // A comment of kana, as a Japanese editor may leave, fills the file to the limit.
    let line = format!("# {}\n", "ノードロールの対応付け".repeat(8));
    let line_bytes = encoding_rs::SHIFT_JIS.encode(&line).0.len();
    let header = encoding_rs::SHIFT_JIS.encode(&text).0.len();
    for _ in 0..(limit - header) / line_bytes {
        text.push_str(&line);
    }
    let (given, _, unmappable) = encoding_rs::SHIFT_JIS.encode(&text);
    assert!(!unmappable);
    assert!(
        given.len() <= limit && text.len() > limit,
        "{} {}",
        given.len(),
        text.len()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("aws-auth-sjis.yaml");
    std::fs::write(&path, &given).expect("write");
    let (code, out, err) = run(
        &[
            "lint-aws-auth",
            &path.display().to_string(),
            "--format",
            "json",
        ],
        "",
    );
    assert_eq!(code, 1, "{err}");
    assert!(out.contains("role-path"), "{out}{err}");
    assert!(aws_auth::lint_given(&text, given.len()).is_ok());
    assert!(matches!(
        aws_auth::lint_given(&text, limit + 1),
        Err(ConfigMapError::TooLarge)
    ));
}
