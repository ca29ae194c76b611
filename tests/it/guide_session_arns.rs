//! No printed command hands AWS a session ARN where IAM or EKS wants the role: the guide of
//! every symptom, in both languages, given a session ARN (plain, IAM Identity Center, with a
//! multi-part role, a federated user) as `--principal-arn` and as `--target-role-arn`, and the
//! aws-auth fix for a principal given as a session.

use crate::support::emulator;

use emulator::{ClientEnv, run_tool, run_tool_with_stdin};
use serde_json::Value;

const SYMPTOMS: [&str; 6] = [
    "access-denied",
    "console-nodes",
    "aws-auth-path",
    "pass-role",
    "cross-account",
    "sts-region",
];

const SESSION: &str = "arn:aws:sts::111122223333:assumed-role/eks-admin/alice@example.com";
const SSO_SESSION: &str =
    "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/bob";
const FEDERATED: &str = "arn:aws:sts::111122223333:federated-user/carol";

fn guide(symptom: &str, lang: &str, principal: &str, target: &str) -> Value {
    let env = ClientEnv::isolated();
    let run = run_tool(
        &env,
        &[
            "guide",
            symptom,
            "--format",
            "json",
            "--lang",
            lang,
            "--cluster",
            "prod",
            "--region",
            "ap-northeast-1",
            "--principal-arn",
            principal,
            "--target-role-arn",
            target,
            "--other-account-id",
            "444455556666",
        ],
    );
    assert_eq!(run.code, 0, "{symptom}: {}", run.stderr);
    run.json()
}

fn commands(json: &Value) -> Vec<String> {
    json["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .flat_map(|step| step["commands"].as_array().cloned().unwrap_or_default())
        .filter_map(|c| c.as_str().map(str::to_owned))
        .collect()
}

#[test]
fn no_guide_command_passes_a_session_arn() {
    let mut checked = 0;
    for symptom in SYMPTOMS {
        for lang in ["en", "ja"] {
            for principal in [SESSION, SSO_SESSION, FEDERATED] {
                let json = guide(symptom, lang, principal, SESSION);
                for command in commands(&json) {
                    assert!(
                        !command.contains(":sts::"),
                        "{symptom} ({lang}, {principal}) prints a session ARN:\n{command}"
                    );
                    checked += 1;
                }
            }
        }
    }
    assert!(checked > 100, "only {checked} commands looked at");
}

/// Where the role is wanted, the guide names it: the session's role without a path (and says
/// the role may have one, with the command that shows it), an IAM Identity Center role under
/// its known path.
#[test]
fn the_role_stands_where_the_session_was() {
    let json = guide("console-nodes", "en", SESSION, SESSION);
    let all = commands(&json).join("\n");
    assert!(
        all.contains("--principal-arn arn:aws:iam::111122223333:role/eks-admin"),
        "{all}"
    );
    let step = json["steps"]
        .as_array()
        .expect("steps")
        .iter()
        .find(|s| s["id"] == "access-entry")
        .expect("access-entry step");
    let text = step["text"].as_str().expect("text");
    assert!(
        text.contains("aws iam get-role --role-name eks-admin"),
        "{text}"
    );
    let sso = guide("pass-role", "ja", SSO_SESSION, SESSION);
    let all = commands(&sso).join("\n");
    assert!(
        all.contains(
            "--policy-source-arn arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/AWSReservedSSO_Admin_0123456789abcdef"
        ),
        "{all}"
    );
    // A role given with its path keeps it, and no note is needed.
    let with_path = "arn:aws:iam::111122223333:role/team/eks-admin";
    let json = guide("pass-role", "en", with_path, SESSION);
    assert!(
        commands(&json)
            .join("\n")
            .contains(&format!("--policy-source-arn {with_path}"))
    );
    // The target role given as a session is named as the role in the policies and commands.
    let all = commands(&guide("cross-account", "en", SESSION, SESSION)).join("\n");
    assert!(
        all.contains("arn:aws:iam::111122223333:role/eks-admin"),
        "{all}"
    );
}

#[test]
fn the_aws_auth_fix_never_names_a_session() {
    let config_map = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n    - rolearn: arn:aws:sts::111122223333:assumed-role/eks-admin/alice\n      username: admin\n      groups:\n        - system:masters\n";
    for principal in [SESSION, SSO_SESSION, FEDERATED] {
        for lang in ["en", "ja"] {
            let run = run_tool_with_stdin(
                &ClientEnv::isolated(),
                &[
                    "lint-aws-auth",
                    "-",
                    "--format",
                    "json",
                    "--lang",
                    lang,
                    "--principal-arn",
                    principal,
                ],
                Some(config_map),
            );
            let json = run.json();
            for entry in json["fix"]["entries"].as_array().expect("entries") {
                for command in entry["eksctl"]
                    .as_array()
                    .into_iter()
                    .chain(entry["access_entry"].as_array())
                    .flatten()
                    .filter_map(Value::as_str)
                {
                    // Deleting the wrong mapping names it as written; everything else the role.
                    if command.starts_with("eksctl delete iamidentitymapping") {
                        continue;
                    }
                    assert!(
                        !command.contains(":assumed-role/"),
                        "{principal}: {command}"
                    );
                    if command.starts_with("aws eks") {
                        assert!(!command.contains(":sts::"), "{principal}: {command}");
                    }
                }
                // A federated user is mapped by its own ARN (the authenticator's canonical form
                // of it); a session never is.
                let yaml = entry["mapping_yaml"].as_str().unwrap_or_default();
                assert!(!yaml.contains(":assumed-role/"), "{principal}: {yaml}");
            }
        }
    }
}
