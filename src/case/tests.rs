//! The case file: round trip, redaction and hostile files.

use std::collections::BTreeMap;
use std::time::Duration;

use serde_json::{Value, json};

use super::load::{LoadError, from_bytes, from_path};
use super::write::to_json;
use super::*;
use crate::aws::{AwsError, Denial};
use crate::guide::Context;
use crate::probes::{Finding, Outcome, ProbeData, ProbeId, ProbeReport, Text};
use crate::report::probe_sections;

const ACCOUNT: &str = "111122223333";
const SESSION: &str = "alice@example.com";
const KEY: &str = "AKIAIOSFODNN7EXAMPLE";
const EKS_HOST: &str = "ABCDEF0123456789.gr7.us-west-2.eks.amazonaws.com";
const CALLER: &str = "arn:aws:sts::111122223333:assumed-role/Admin/alice@example.com";

fn report(id: ProbeId, outcome: Outcome, summary: Text) -> ProbeReport {
    ProbeReport {
        id,
        outcome,
        summary,
        evidence: BTreeMap::new(),
        findings: Vec::new(),
        duration: Duration::from_millis(7),
        data: ProbeData::None,
    }
}

/// One report of each outcome, naming the scenario's account, session, key and endpoint.
fn reports() -> Vec<ProbeReport> {
    let mut identity = report(
        ProbeId::Identity,
        Outcome::Ok,
        Text::new("probe-summary-unknown"),
    );
    identity.evidence.insert("arn", json!(CALLER));
    identity.evidence.insert("access_key_id", json!(KEY));
    let mut cluster = report(
        ProbeId::Cluster,
        Outcome::Problem,
        Text::new("probe-summary-unknown"),
    );
    cluster
        .evidence
        .insert("endpoint", json!(format!("https://{EKS_HOST}")));
    cluster.evidence.insert("endpoint_public", json!(true));
    cluster.findings.push(
        Finding::new(
            crate::probes::FindingCode::ConsolePermissionsMissing,
            Severity::Error,
        )
        .arg("principal", CALLER)
        .count("count", 3)
        .command(format!(
            "aws iam get-role --role-name Admin # {ACCOUNT} on https://{EKS_HOST}"
        )),
    );
    let denied = report(
        ProbeId::RolePath,
        Outcome::Unknown(
            AwsError::AccessDenied(Denial {
                principal: Some(CALLER.to_owned()),
                action: Some("iam:GetRole".to_owned()),
                resource: Some(format!("arn:aws:iam::{ACCOUNT}:role/Admin")),
                reason: None,
            })
            .into(),
        ),
        Text::new("probe-summary-unknown"),
    );
    let skipped = report(
        ProbeId::K8sIdentity,
        Outcome::Skipped(Text::new("probe-skip-no-endpoint").arg("cluster", "demo")),
        Text::new("probe-summary-skipped"),
    );
    vec![identity, cluster, denied, skipped]
}

fn case() -> CaseFile {
    let mut flags = Context::default();
    flags.set(Field::Cluster, "demo");
    let mut used = flags.clone();
    used.set(Field::Region, "us-west-2");
    used.set(Field::PrincipalArn, CALLER);
    let reports = reports();
    CaseFile::from_run(&Collected {
        symptom: Symptom::ConsoleNodes,
        flags: &flags,
        prepared: &flags,
        used: &used,
        pasted: None,
        profile: Some("support"),
        region: Some("us-west-2"),
        reports: &reports,
        lang: Lang::Ja,
        collected_at: "2026-12-03T12:53:48Z".to_owned(),
        kubeconfig: None,
    })
}

fn rendered(reports: &[ProbeReport], lang: Lang) -> String {
    probe_sections(reports, lang)
        .into_iter()
        .map(|s| format!("{}\n{}", s.title, s.markdown))
        .collect()
}

#[test]
fn a_case_reads_back_and_renders_as_the_run_did_in_both_languages() {
    let case = case();
    let text = to_json(&case).expect("json");
    assert!(text.contains("\"schema\": 1"), "{text}");
    assert!(text.contains("\"kind\": \"eks-iam-tui-case\""));
    // Language-neutral: ids and values, no sentence of either language.
    assert!(text.contains("\"probe-skip-no-endpoint\""));
    let reason = Text::new("probe-skip-no-endpoint").arg("cluster", "demo");
    assert!(!text.contains(&reason.render(Lang::En)), "{text}");
    assert!(!text.contains(&reason.render(Lang::Ja)), "{text}");
    let (loaded, replayed) = from_bytes(text.as_bytes()).expect("loads");
    assert_eq!(loaded, case);
    for lang in Lang::ALL {
        assert_eq!(
            rendered(&replayed.reports, lang),
            rendered(&reports(), lang),
            "{lang:?}"
        );
    }
    assert_eq!(replayed.used.get(Field::Region), Some("us-west-2"));
    assert_eq!(replayed.prepared.get(Field::Region), None);
    let sources: Vec<(Field, Source)> = case
        .inputs
        .context
        .iter()
        .map(|v| (v.field, v.source))
        .collect();
    assert_eq!(
        sources,
        [
            (Field::Cluster, Source::Flag),
            (Field::Region, Source::Environment),
            (Field::PrincipalArn, Source::Check)
        ]
    );
}

#[test]
fn redaction_leaves_no_value_of_the_scenario_and_keeps_placeholders_stable() {
    let (redacted, counts) = redact::redact(&case()).expect("redacts");
    assert!(redacted.redacted);
    let text = to_json(&redacted).expect("json");
    for secret in [ACCOUNT, SESSION, KEY, EKS_HOST] {
        assert!(!text.contains(secret), "{secret} survived:\n{text}");
    }
    assert_eq!(counts.accounts, 1);
    assert_eq!(counts.sessions, 1);
    assert_eq!(counts.access_keys, 1);
    assert_eq!(counts.endpoints, 1);
    let caller = "arn:aws:sts::ACCOUNT_1:assumed-role/Admin/SESSION_1";
    // The same caller in the values, the evidence, a finding and an error alike.
    assert!(redacted.inputs.context.iter().any(|v| v.value == caller));
    assert!(text.matches(caller).count() >= 4, "{text}");
    assert!(text.contains("https://ENDPOINT_1\""));
    assert!(text.contains("# ACCOUNT_1 on https://ENDPOINT_1"));
    // A redacted case still reads and renders.
    let (_, replayed) = from_bytes(text.as_bytes()).expect("loads");
    assert!(rendered(&replayed.reports, Lang::En).contains("SESSION_1"));
}

fn document() -> Value {
    serde_json::to_value(case()).expect("value")
}

fn load(document: &Value) -> Result<(CaseFile, Replayed), LoadError> {
    from_bytes(document.to_string().as_bytes())
}

#[test]
fn newer_older_and_foreign_files_are_refused_clearly() {
    let mut newer = document();
    newer["schema"] = json!(2);
    newer["tool"]["version"] = json!("9.0.0");
    let error = load(&newer).expect_err("newer");
    assert!(
        matches!(error, LoadError::TooNew { found: 2, .. }),
        "{error:?}"
    );
    let words = error.message(std::path::Path::new("case.json"), Lang::En);
    assert!(
        words.contains("9.0.0") && words.contains("newer"),
        "{words}"
    );
    assert!(
        !error
            .message(std::path::Path::new("case.json"), Lang::Ja)
            .is_empty()
    );

    let mut older = document();
    older["schema"] = json!(0);
    assert_eq!(load(&older).err(), Some(LoadError::TooOld { found: 0 }));

    let mut foreign = document();
    foreign["kind"] = json!("\u{1b}]52;c;evil\u{7}");
    let error = load(&foreign).expect_err("foreign");
    assert!(matches!(error, LoadError::NotACase(_)), "{error:?}");
    // Shown through the sanitiser, the escape is inert.
    let shown =
        crate::safe_text::visible(&error.message(std::path::Path::new("x"), Lang::En)).into_owned();
    assert!(!shown.contains('\u{1b}'), "{shown}");

    assert!(matches!(
        from_bytes(b"not json"),
        Err(LoadError::NotJson(_))
    ));
}

#[test]
fn wrong_types_are_refused_with_serde_s_words() {
    for (pointer, value) in [
        ("/schema", json!("1")),
        ("/checks", json!("all of them")),
        ("/checks/0/duration_ms", json!(-1)),
        ("/inputs/symptom", json!("world-peace")),
        ("/checks/1/findings/0/severity", json!(7)),
    ] {
        let mut doc = document();
        *doc.pointer_mut(pointer).expect(pointer) = value;
        let error = load(&doc).expect_err(pointer);
        assert!(
            matches!(error, LoadError::Invalid(_)),
            "{pointer}: {error:?}"
        );
    }
}

#[test]
fn deep_nesting_and_huge_files_are_refused_without_a_crash() {
    let deep = "[".repeat(100_000);
    assert!(matches!(
        from_bytes(deep.as_bytes()),
        Err(LoadError::NotJson(_))
    ));
    let mut doc = document();
    let mut nested = json!("x");
    for _ in 0..100 {
        nested = json!([nested]);
    }
    doc["checks"][0]["evidence"]["nested"] = nested;
    // Within the parser's depth bound, evidence may be nested; it still loads.
    assert!(load(&doc).is_ok());

    let dir = std::env::temp_dir().join(format!("case-huge-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("dir");
    let path = dir.join("huge.json");
    let file = std::fs::File::create(&path).expect("create");
    file.set_len(100 * 1024 * 1024).expect("sparse 100 MB");
    let error = from_path(&path).expect_err("too large");
    assert!(matches!(error, LoadError::Read(_)), "{error:?}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn unknown_ids_are_shown_with_their_values_and_unknown_checks_refused() {
    let mut doc = document();
    doc["checks"][0]["summary"] =
        json!({"id": "probe-from-the-future", "args": {"n": 2, "who": "x"}});
    doc["checks"][1]["findings"][0]["code"] = json!("quantum-drift");
    doc["checks"][2]["outcome"]["error"] = json!({"kind": "time-travel", "year": 3000});
    let (_, replayed) = load(&doc).expect("loads");
    for lang in Lang::ALL {
        let shown = rendered(&replayed.reports, lang);
        assert!(shown.contains("probe-from-the-future"), "{shown}");
        assert!(shown.contains("n=2, who=x"), "{shown}");
        assert!(shown.contains("quantum-drift"), "{shown}");
        assert!(shown.contains("time-travel"), "{shown}");
        assert!(shown.contains("3000"), "{shown}");
    }

    let mut doc = document();
    doc["checks"][0]["id"] = json!("telepathy");
    let error = load(&doc).expect_err("unknown check");
    assert!(matches!(error, LoadError::UnknownCheck { .. }), "{error:?}");
}

#[test]
fn escape_sequences_in_values_reach_the_reader_inert() {
    let mut doc = document();
    doc["checks"][0]["evidence"]["arn"] = json!("\u{1b}[2J\u{1b}]0;pwned\u{7}");
    doc["checks"][3]["outcome"]["reason"]["args"]["cluster"] = json!("demo\u{9b}31m");
    let (_, replayed) = load(&doc).expect("loads");
    let shown = crate::safe_text::visible(&rendered(&replayed.reports, Lang::En)).into_owned();
    assert!(
        !shown.contains('\u{1b}') && !shown.contains('\u{9b}'),
        "{shown}"
    );
}
