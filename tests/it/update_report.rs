//! The wizard's report: `w` (Ctrl-S on the paste screen, where `w` types) asks the run loop
//! to write the session's Markdown report, `r` (Ctrl-R there) switches redaction, and the
//! answer is said on screen; driven through `update` only.

use crate::support;

use std::collections::BTreeMap;
use std::path::PathBuf;
use std::time::Duration;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::probes::{Outcome, ProbeData, ProbeId, ProbeReport, Text};
use eks_iam_tui::tr;
use eks_iam_tui::wizard::{
    Cmd, Msg, Notice, ReportNotice, ReportWriteError, Screen, session_report, update,
};
use support::{model, press, type_text};

const ACCESS_DENIED: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:sts::111122223333:assumed-role/eks-admin/alice@example.com\nis not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2:111122223333:cluster/my-cluster";

fn pasted(lang: Lang) -> eks_iam_tui::wizard::Model {
    let mut m = model(lang);
    m.report.dir = PathBuf::from("/reports");
    press(&mut m, KeyCode::Char('e'));
    update(&mut m, Msg::Paste(ACCESS_DENIED.to_owned()));
    m
}

fn ctrl(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL)
}

/// The report `w` (Ctrl-S on the paste screen) asks for, and where.
fn write(m: &mut eks_iam_tui::wizard::Model) -> (PathBuf, String) {
    // The paste screen is a text box: `w` types there, Ctrl-S writes.
    let cmds = if m.screen == Screen::ErrorMessage {
        update(m, Msg::Key(ctrl('s')))
    } else {
        press(m, KeyCode::Char('w'))
    };
    match cmds.as_slice() {
        [Cmd::WriteReport { path, contents }] => (path.clone(), contents.clone()),
        other => panic!("expected one WriteReport, got {other:?}"),
    }
}

#[test]
fn w_on_the_paste_screen_asks_for_the_messages_report() {
    for lang in [Lang::En, Lang::Ja] {
        let mut m = pasted(lang);
        let (path, report) = write(&mut m);
        assert_eq!(path, PathBuf::from("/reports/eks-iam-tui-report.md"));
        assert!(report.starts_with(&format!("# {}", tr!(lang, "report-title"))));
        assert!(report.contains(&format!("## {}", tr!(lang, "report-heading-error"))));
        assert!(report.contains("alice@example.com\nis not authorized"));
        assert!(report.contains("(`access-denied`)"));
        assert!(report.contains("| `my-cluster` |"));
        assert!(report.contains(&format!("## {}", tr!(lang, "report-heading-steps"))));
        assert!(
            report.contains("--name my-cluster --region us-west-2"),
            "{report}"
        );
        // Nothing is written by update itself; the screen stays.
        assert_eq!(m.screen, Screen::ErrorMessage);
        assert!(m.notice.is_none());
    }
}

#[test]
fn r_toggles_redaction_and_the_report_follows() {
    let mut m = pasted(Lang::En);
    assert!(!m.report.redact);
    update(&mut m, Msg::Key(ctrl('r')));
    assert!(m.report.redact);
    assert_eq!(
        m.notice,
        Some(Notice::Report(ReportNotice::Redaction(true)))
    );
    let (_, report) = write(&mut m);
    for secret in ["111122223333", "alice@example.com"] {
        assert!(!report.contains(secret), "{secret} survived:\n{report}");
    }
    assert!(report.contains("arn:aws:sts::ACCOUNT_1:assumed-role/eks-admin/SESSION_1"));
    assert!(report.contains(&tr!(Lang::En, "report-redacted-note")));
    update(&mut m, Msg::Key(ctrl('r')));
    assert!(!m.report.redact);
    let (_, report) = write(&mut m);
    assert!(report.contains("111122223333"));
}

#[test]
fn the_run_loops_answer_is_said_with_the_path() {
    let mut m = pasted(Lang::Ja);
    update(&mut m, Msg::Key(ctrl('r')));
    let path = PathBuf::from("/reports/eks-iam-tui-report-2.md");
    update(&mut m, Msg::ReportWritten(Ok(path.clone())));
    let notice = m.notice.clone().expect("a notice");
    assert_eq!(
        notice,
        Notice::Report(ReportNotice::Written {
            path: path.clone(),
            redacted: true
        })
    );
    let Notice::Report(report_notice) = notice else {
        unreachable!()
    };
    let text = report_notice.text(Lang::Ja);
    assert!(text.contains("/reports/eks-iam-tui-report-2.md"), "{text}");
    assert!(text.contains("マスク"), "{text}");

    let error = ReportWriteError {
        path: PathBuf::from("/read-only/eks-iam-tui-report.md"),
        details: "Permission denied (os error 13)".to_owned(),
    };
    update(&mut m, Msg::ReportWritten(Err(error.clone())));
    let Some(Notice::Report(failed)) = m.notice.clone() else {
        panic!("no notice")
    };
    assert_eq!(failed, ReportNotice::Failed(error));
    let text = failed.text(Lang::En);
    assert!(
        text.contains("/read-only/eks-iam-tui-report.md") && text.contains("Permission denied")
    );
    // The next key clears it, as every notice.
    press(&mut m, KeyCode::Down);
    assert!(m.notice.is_none());
}

#[test]
fn nothing_pasted_and_no_symptom_is_nothing_to_report() {
    let mut m = model(Lang::En);
    press(&mut m, KeyCode::Char('e'));
    assert!(update(&mut m, Msg::Key(ctrl('s'))).is_empty());
    assert_eq!(
        m.notice,
        Some(Notice::Report(ReportNotice::NothingToReport))
    );
}

#[test]
fn past_the_paste_screen_the_report_has_the_corrected_values() {
    let mut m = pasted(Lang::En);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Context);
    assert_eq!(m.symptom, Some(Symptom::AccessDenied));
    // The message named the wrong cluster: the person corrects it here.
    let cluster_index = m
        .fields()
        .iter()
        .position(|f| *f == Field::Cluster)
        .expect("access-denied asks for the cluster");
    for _ in 0..cluster_index {
        press(&mut m, KeyCode::Tab);
    }
    for _ in 0.."my-cluster".len() {
        press(&mut m, KeyCode::Backspace);
    }
    type_text(&mut m, "prod");
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Guide);
    let (_, report) = write(&mut m);
    // The message as pasted, the values as used.
    assert!(report.contains("cluster/my-cluster"));
    assert!(report.contains(&format!("## {}", tr!(Lang::En, "report-heading-context"))));
    assert!(report.contains("| `prod` |"));
    assert!(
        report.contains("--name prod --region us-west-2"),
        "{report}"
    );
    assert!(!report.contains("--name my-cluster"));
}

#[test]
fn another_reading_chosen_on_the_paste_screen_opens_with_the_values() {
    let mut m = pasted(Lang::En);
    // Digits type in the box; ↑↓ choose the reading Enter opens.
    for _ in 0..6 {
        if eks_iam_tui::wizard::error_message::chosen(&m.error_paste) == Some(Symptom::ConsoleNodes)
        {
            break;
        }
        press(&mut m, KeyCode::Down);
    }
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Context);
    assert_eq!(m.symptom, Some(Symptom::ConsoleNodes));
    assert_eq!(m.context().get(Field::Cluster), Some("my-cluster"));
    press(&mut m, KeyCode::Enter);
    let (_, report) = write(&mut m);
    // The symptom worked on is said, beside the one the message shows.
    assert!(report.contains(&format!(
        "## {}",
        tr!(Lang::En, "report-heading-chosen-symptom")
    )));
    assert!(report.contains("(`console-nodes`)"));
    assert!(report.contains("(`access-denied`)"));
}

#[test]
fn a_symptom_picked_without_a_message_still_reports() {
    let mut m = model(Lang::En).with_value(Field::Cluster, "prod");
    press(&mut m, KeyCode::Char('3'));
    press(&mut m, KeyCode::Enter);
    let (_, report) = write(&mut m);
    assert!(!report.contains(&tr!(Lang::En, "report-heading-error")));
    assert!(report.contains("(`aws-auth-path`)"));
    assert!(report.contains("| `prod` |"));
}

#[test]
fn probe_evidence_is_reported_and_redacted_with_the_rest() {
    let mut m = pasted(Lang::En);
    m.report.redact = true;
    let probe = ProbeReport {
        id: ProbeId::Identity,
        outcome: Outcome::Ok,
        summary: Text::new("probe-identity-ok")
            .arg(
                "arn",
                "arn:aws:sts::444455556666:assumed-role/ops/ops-session-1700000000",
            )
            .arg("kind", "assumed-role"),
        evidence: BTreeMap::from([
            ("account", serde_json::json!("444455556666")),
            (
                "arn",
                serde_json::json!(
                    "arn:aws:sts::444455556666:assumed-role/ops/ops-session-1700000000"
                ),
            ),
        ]),
        findings: Vec::new(),
        duration: Duration::from_millis(12),
        data: ProbeData::None,
    };
    let report = session_report(&m, &[probe]).expect("a report");
    assert!(report.contains(&format!("## {}", tr!(Lang::En, "diagnose-heading-probes"))));
    assert!(report.contains("`identity`"));
    assert!(report.contains("| `account` |"));
    for secret in ["444455556666", "ops-session-1700000000", "111122223333"] {
        assert!(!report.contains(secret), "{secret} survived:\n{report}");
    }
    // The message's account came first, the probe's second: stable, distinct placeholders.
    assert!(report.contains("| `account` | ACCOUNT_2 |"), "{report}");
}
