//! `eks-iam-tui explain`: the JSON contract in both languages, the exit codes, refusal of
//! over-long input, and redacted reports that leak nothing.

use std::io::Write;
use std::process::{Command, Output, Stdio};

use eks_iam_tui::cli::{GuideFormat, explain};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::report::{self, ReportInput, Section};
use eks_iam_tui::triage::{self, FIELD_NAMES, MAX_INPUT_BYTES};
use serde_json::Value;

const WRAPPED_ACCESS_DENIED: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:iam::111122223333\n:user/user_name\nis not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2\n:111122223333\n:cluster/my-cluster";

const CROSS_ACCOUNT: &str = "botocore.exceptions.ClientError: An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::123456789012:assumed-role/ci-runner/build-4711 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::210987654321:role/eks-deployer";

const PASS_ROLE: &str = "│ Error: creating EKS Cluster (prod): operation error EKS: CreateCluster, https response error StatusCode: 403, RequestID: 1, api error AccessDeniedException: User: arn:aws:sts::111122223333:assumed-role/terraform/alice@example.com is not authorized to perform: iam:PassRole on resource: arn:aws:iam::111122223333:role/eks-cluster-role because no identity-based policy allows the iam:PassRole action";

fn json(text: &str, lang: Lang) -> Value {
    let (_, out) = explain(text, GuideFormat::Json, false, lang).expect("accepted");
    // The contract's order, as printed.
    let order: Vec<usize> = [
        "\"schema\": 1",
        "\"symptom\"",
        "\"confidence\"",
        "\"fields\"",
        "\"others\"",
    ]
    .iter()
    .map(|key| out.find(key).expect("key printed"))
    .collect();
    assert!(order.windows(2).all(|w| w[0] < w[1]), "{out}");
    serde_json::from_str(&out).expect("valid JSON")
}

#[test]
fn json_follows_the_contract_in_both_languages() {
    for (text, symptom) in [
        (WRAPPED_ACCESS_DENIED, "access-denied"),
        (CROSS_ACCOUNT, "cross-account"),
        (PASS_ROLE, "pass-role"),
    ] {
        let en = json(text, Lang::En);
        let ja = json(text, Lang::Ja);
        for doc in [&en, &ja] {
            let keys: std::collections::BTreeSet<&str> = doc
                .as_object()
                .expect("object")
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(
                keys,
                [
                    "schema",
                    "symptom",
                    "confidence",
                    "alternatives",
                    "related",
                    "related_advice",
                    "fields",
                    "others",
                    "steps"
                ]
                .into()
            );
            assert_eq!(doc["schema"], 1);
            assert_eq!(doc["symptom"], symptom);
            let fields: std::collections::BTreeSet<&str> = doc["fields"]
                .as_object()
                .expect("fields")
                .keys()
                .map(String::as_str)
                .collect();
            assert_eq!(fields, FIELD_NAMES.into());
            let confidence = doc["confidence"].as_f64().expect("number");
            assert!((0.5..=1.0).contains(&confidence));
            let steps = doc["steps"].as_array().expect("steps");
            assert!(!steps.is_empty());
            for step in steps {
                for key in ["id", "title", "text", "commands"] {
                    assert!(step.get(key).is_some(), "step lacks {key}");
                }
            }
        }
        // The same values, the steps in each language.
        assert_eq!(en["fields"], ja["fields"]);
        assert_ne!(en["steps"][0]["title"], ja["steps"][0]["title"]);
    }
}

#[test]
fn steps_are_filled_with_what_the_message_said() {
    let doc = json(WRAPPED_ACCESS_DENIED, Lang::En);
    assert_eq!(
        doc["fields"]["principal_arn"],
        "arn:aws:iam::111122223333:user/user_name"
    );
    assert_eq!(doc["fields"]["region"], "us-west-2");
    assert_eq!(doc["fields"]["deny_reason"], Value::Null);
    let commands = doc["steps"].to_string();
    assert!(commands.contains("--user-name user_name"), "{commands}");
    assert!(commands.contains("describe-cluster --name my-cluster --region us-west-2"));

    let doc = json(CROSS_ACCOUNT, Lang::Ja);
    let steps = doc["steps"].to_string();
    // The role to assume and the other account come from the message.
    assert!(steps.contains("arn:aws:iam::210987654321:role/eks-deployer"));
    assert!(steps.contains("123456789012"));

    let doc = json(PASS_ROLE, Lang::En);
    assert_eq!(doc["fields"]["cluster"], "prod");
    assert_eq!(doc["fields"]["operation"], "CreateCluster");
    assert_eq!(doc["fields"]["deny_reason"], "no-allow-identity");
    assert!(doc["steps"].to_string().contains("eks-cluster-role"));
}

#[test]
fn alternatives_and_related_in_both_languages() {
    // A bare 401 has several causes: under 0.7, with the other readings worth a look.
    for lang in [Lang::En, Lang::Ja] {
        let doc = json(
            "Error: getting nodegroup's kubernetes version: failed to list nodes: Unauthorized",
            lang,
        );
        assert_eq!(doc["symptom"], "aws-auth-path");
        assert_eq!(doc["fields"]["error_code"], "Unauthorized");
        let confidence = doc["confidence"].as_f64().expect("number");
        assert!(confidence < 0.7, "{confidence}");
        let alternatives = doc["alternatives"].as_array().expect("alternatives");
        assert!(!alternatives.is_empty());
        let mut previous = confidence;
        for alternative in alternatives {
            let symptom = alternative["symptom"].as_str().expect("symptom");
            assert_ne!(symptom, "aws-auth-path");
            assert!(
                eks_iam_tui::guide::Symptom::from_id(symptom).is_some(),
                "{symptom}"
            );
            let c = alternative["confidence"].as_f64().expect("confidence");
            assert!(c > 0.0 && c <= previous, "best first: {alternatives:?}");
            previous = c;
        }
        assert_eq!(doc["related"], Value::Null);
        assert_eq!(doc["related_advice"], Value::Null);

        // A clear reading has no alternatives.
        let doc = json(WRAPPED_ACCESS_DENIED, lang);
        assert_eq!(doc["alternatives"], serde_json::json!([]));

        // Next to the six: symptom unknown, related named, said in the chosen language.
        let doc = json(
            "Error: error configuring Terraform AWS Provider: error validating provider credentials: error calling sts:GetCallerIdentity: SignatureDoesNotMatch: Signature not yet current: 20210112T194419Z is still later than 20210112T072625Z (20210112T071125Z + 15 min.)\n        status code: 403, request id: 374a9d87-2bb7-4cbe-bb01-3b1a9cc7b20b",
            lang,
        );
        assert_eq!(doc["symptom"], "unknown");
        assert_eq!(doc["related"], "clock-skew");
        assert_eq!(doc["fields"]["error_code"], "SignatureDoesNotMatch");
        assert_eq!(doc["fields"]["operation"], "GetCallerIdentity");
        assert_eq!(doc["fields"]["action"], "sts:GetCallerIdentity");
        assert_eq!(
            doc["related_advice"]["summary"],
            eks_iam_tui::tr!(lang, "triage-related-clock-skew")
        );
        assert_eq!(
            doc["related_advice"]["what_to_do"],
            eks_iam_tui::tr!(lang, "triage-related-clock-skew-todo")
        );
    }
    // Every problem next to the six has its sentence and what-to-do in both languages.
    for related in triage::Related::ALL {
        let (en, en_todo) = related.advice(Lang::En);
        let (ja, ja_todo) = related.advice(Lang::Ja);
        assert!(!en.is_empty() && !en_todo.is_empty() && !ja.is_empty() && !ja_todo.is_empty());
        assert_ne!(en, ja);
        assert_ne!(en_todo, ja_todo);
    }
}

#[test]
fn related_keeps_the_unknown_exit_code() {
    let out = run(&["explain", "--format", "json"], b"Unable to locate credentials. You can configure credentials by running \"aws configure\".");
    assert_eq!(out.status.code(), Some(1));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(doc["symptom"], "unknown");
    assert_eq!(doc["related"], "credentials-missing");
    let out = run(
        &["explain", "--lang", "ja"],
        b"error: exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\"",
    );
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        text.contains(&eks_iam_tui::tr!(
            Lang::Ja,
            "triage-related-exec-plugin-api-version"
        )),
        "{text}"
    );
}

#[test]
fn further_errors_are_listed_with_the_same_shape() {
    let text = format!("{CROSS_ACCOUNT}\n\n{PASS_ROLE}");
    let doc = json(&text, Lang::En);
    assert_eq!(doc["symptom"], "cross-account");
    let others = doc["others"].as_array().expect("others");
    assert_eq!(others.len(), 1);
    assert_eq!(others[0]["symptom"], "pass-role");
    assert!(others[0].get("others").is_none());
    for key in ["confidence", "fields", "steps"] {
        assert!(others[0].get(key).is_some());
    }
}

fn run(args: &[&str], stdin: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_eks-iam-tui"))
        .args(args)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("binary runs");
    if let Some(mut input) = child.stdin.take() {
        // The tool may stop reading once it has enough; a closed pipe is fine.
        let _ = input.write_all(stdin);
    }
    child.wait_with_output().expect("finishes")
}

#[test]
fn exit_codes_say_recognised_unknown_or_usage() {
    let recognised = run(&["explain", "--error", PASS_ROLE], b"");
    assert_eq!(recognised.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&recognised.stdout).contains("iam:PassRole"));

    let from_stdin = run(&["explain", "--format", "json"], CROSS_ACCOUNT.as_bytes());
    assert_eq!(from_stdin.status.code(), Some(0));

    let unknown = run(&["explain", "--error", "Unable to locate credentials"], b"");
    assert_eq!(unknown.status.code(), Some(1));

    let both = run(
        &["explain", "--error", "x", "--error-file", "/nonexistent"],
        b"",
    );
    assert_eq!(both.status.code(), Some(2));

    let missing = run(
        &[
            "explain",
            "--lang",
            "ja",
            "--error-file",
            "/nonexistent/error.txt",
        ],
        b"",
    );
    assert_eq!(missing.status.code(), Some(2));
    let message = String::from_utf8_lossy(&missing.stderr);
    assert!(message.contains("/nonexistent/error.txt"));
    assert!(message.contains("読み取れませんでした"), "{message}");
}

#[test]
fn over_long_input_is_refused_in_the_persons_language() {
    let long = vec![b'a'; MAX_INPUT_BYTES + 1];
    let refused = run(&["explain"], &long);
    assert_eq!(refused.status.code(), Some(2));
    assert!(
        refused.stdout.is_empty(),
        "nothing printed as if it were read"
    );
    let message = String::from_utf8_lossy(&refused.stderr);
    assert!(message.contains(&MAX_INPUT_BYTES.to_string()), "{message}");

    let refused = run(&["explain", "--lang", "ja"], &long);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("バイト"));

    // Exactly the limit is still read.
    let mut at_limit = PASS_ROLE.as_bytes().to_vec();
    at_limit.resize(MAX_INPUT_BYTES, b' ');
    assert_eq!(run(&["explain"], &at_limit).status.code(), Some(0));
}

const SECRETS: &str = "An error occurred (AccessDenied) when calling the AssumeRole operation: User: arn:aws:sts::111122223333:assumed-role/ci-runner/build-4711 is not authorized to perform: sts:AssumeRole on resource: arn:aws:iam::444455556666:role/eks-deployer\nUserId: AROA3XFRBF23EXAMPLE:build-4711, keys AKIAIOSFODNN7EXAMPLE and ASIAY34FZKBOKMUTVV7A, session build-4711 again";

#[test]
fn redacted_report_leaks_no_account_session_or_key() {
    let reading = triage::read(SECRETS).expect("accepted");
    for lang in [Lang::En, Lang::Ja] {
        let markdown = report::markdown(&ReportInput {
            lang,
            pasted: SECRETS,
            triage: &reading,
            steps: None,
            extra_sections: vec![Section {
                title: "Probe".to_owned(),
                markdown:
                    "GetCallerIdentity: arn:aws:sts::111122223333:assumed-role/ci-runner/build-4711"
                        .to_owned(),
            }],
            redact: true,
        });
        for secret in [
            "111122223333",
            "444455556666",
            "build-4711",
            "AKIAIOSFODNN7EXAMPLE",
            "ASIAY34FZKBOKMUTVV7A",
        ] {
            assert!(!markdown.contains(secret), "{secret} survived:\n{markdown}");
        }
        // Consistent: the principal's account is ACCOUNT_1 in the pasted text, in the
        // fields, in the extra section and in the filled commands.
        assert!(markdown.contains("arn:aws:sts::ACCOUNT_1:assumed-role/ci-runner/SESSION_1"));
        assert!(markdown.contains("arn:aws:iam::ACCOUNT_2:role/eks-deployer"));
        assert!(markdown.contains("ACCESS_KEY_1") && markdown.contains("ACCESS_KEY_2"));
        let heading = format!("## {}", eks_iam_tui::tr!(lang, "report-heading-steps"));
        let steps = &markdown[markdown.find(&heading).expect("steps section")..];
        // The role to assume is filled into the commands, redacted the same way.
        assert!(
            steps.contains("arn:aws:iam::ACCOUNT_2:role/eks-deployer"),
            "{steps}"
        );
        assert!(steps.contains("arn:aws:iam::ACCOUNT_1:root"));
        assert!(
            !steps.contains("ACCOUNT_3"),
            "a new placeholder for a known value"
        );
        assert!(!steps.contains("<target_role_arn>"));
    }
}

#[test]
fn redact_flag_applies_to_every_format() {
    for format in ["json", "text", "markdown"] {
        let out = run(
            &[
                "explain", "--redact", "--format", format, "--error", SECRETS,
            ],
            b"",
        );
        assert_eq!(out.status.code(), Some(0));
        let stdout = String::from_utf8_lossy(&out.stdout);
        for secret in ["111122223333", "444455556666", "build-4711"] {
            assert!(!stdout.contains(secret), "{format}: {secret} survived");
        }
    }
}

#[test]
fn unredacted_markdown_report_carries_the_error_fields_and_steps() {
    let reading = triage::read(PASS_ROLE).expect("accepted");
    let markdown = report::markdown(&ReportInput {
        lang: Lang::Ja,
        pasted: PASS_ROLE,
        triage: &reading,
        extra_sections: Vec::new(),
        redact: false,
        steps: None,
    });
    assert!(markdown.starts_with("# EKS IAM トラブルシューティングレポート"));
    assert!(markdown.contains("```text\n│ Error: creating EKS Cluster (prod)"));
    assert!(
        markdown.contains("| リソース ARN | `arn:aws:iam::111122223333:role/eks-cluster-role` |")
    );
    assert!(markdown.contains("## 手順"));
    assert!(markdown.contains("```sh\n"));
}

#[test]
fn global_values_override_what_the_message_says() {
    let out = run(
        &[
            "explain",
            "--error",
            WRAPPED_ACCESS_DENIED,
            "--format",
            "json",
            "--cluster",
            "prod",
            "--region",
            "ap-northeast-1",
            "--principal-arn",
            "arn:aws:sts::444455556666:assumed-role/eks-admin/bob",
        ],
        b"",
    );
    assert_eq!(out.status.code(), Some(0));
    let doc: Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let fields = &doc["fields"];
    assert_eq!(fields["cluster"], "prod");
    assert_eq!(fields["region"], "ap-northeast-1");
    assert_eq!(
        fields["principal_arn"],
        "arn:aws:sts::444455556666:assumed-role/eks-admin/bob"
    );
    // The kind and the account follow the principal given, never the message's.
    assert_eq!(fields["principal_kind"], "assumed-role");
    assert_eq!(fields["account_id"], "444455556666");
    // What was not given still comes from the message.
    assert_eq!(fields["action"], "eks:DescribeCluster");
    let steps = doc["steps"].to_string();
    assert!(
        steps.contains("describe-cluster --name prod --region ap-northeast-1"),
        "{steps}"
    );
    assert!(!steps.contains("my-cluster"), "{steps}");
    assert!(!steps.contains("user_name"), "{steps}");

    // The text output and the report follow the same values.
    let text = run(
        &[
            "explain",
            "--error",
            WRAPPED_ACCESS_DENIED,
            "--cluster",
            "prod",
        ],
        b"",
    );
    let text = String::from_utf8_lossy(&text.stdout);
    assert!(text.contains("--name prod"), "{text}");
    let markdown = run(
        &[
            "explain",
            "--error",
            WRAPPED_ACCESS_DENIED,
            "--format",
            "markdown",
            "--region",
            "eu-west-1",
        ],
        b"",
    );
    let markdown = String::from_utf8_lossy(&markdown.stdout);
    assert!(markdown.contains("| `eu-west-1` |"), "{markdown}");
    assert!(markdown.contains("--region eu-west-1"), "{markdown}");
}
