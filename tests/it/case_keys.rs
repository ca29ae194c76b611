//! The case keys, driven through `update` without a terminal: `s` saves the case (redacted by
//! default), `C` copies the whole report or says it is too large, F5 on an opened case is a
//! live run kept beside the collected one, and a session's snapshot brings the same state back.

use std::path::PathBuf;

use crossterm::event::KeyCode;
use eks_iam_tui::case::session::Kept;
use eks_iam_tui::case::{KubeconfigSummary, ReadValue, load};
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::kubeconfig::{EksContext, KubeconfigFiles, describe_context, load_kubeconfig};
use eks_iam_tui::tr;
use eks_iam_tui::wizard::{
    Cmd, Ending, Model, Msg, Notice, OpenedCase, ReportNotice, RunOrigin, Screen, open_case,
    open_symptom, restore_session, session_snapshot, update,
};

use crate::support::emulator::repo;
use crate::support::{ctrl, draw, model, press, type_text};

fn fixture() -> PathBuf {
    repo().join("tests/cases/aws-auth-path-redacted.json")
}

fn opened(lang: Lang) -> Model {
    let path = fixture();
    let (case, replayed) = load::from_path(&path).expect("the fixture loads");
    let mut m = model(lang);
    open_case(&mut m, OpenedCase::new(path, &case, replayed));
    m
}

#[test]
fn s_saves_the_opened_case_redacted_unless_switched_off() {
    let mut m = opened(Lang::En);
    assert_eq!(m.screen, Screen::Probes);
    press(&mut m, KeyCode::Char('s'));
    assert!(m.session.save.is_some());
    // Keys type into the path while the prompt is open: `q` does not quit.
    let typed = press(&mut m, KeyCode::Char('q'));
    assert!(typed.is_empty() && !m.quit);
    press(&mut m, KeyCode::Backspace);
    let commands = press(&mut m, KeyCode::Enter);
    let (case, _) = load::from_path(&fixture()).expect("the fixture loads");
    match commands.as_slice() {
        [
            Cmd::SaveCase {
                path,
                case: saved,
                redact,
            },
        ] => {
            assert!(
                path.ends_with("eks-iam-tui-case-aws-auth-path.json"),
                "{path:?}"
            );
            assert_eq!(**saved, case, "the opened case is saved as it was read");
            assert!(*redact);
        }
        other => panic!("{other:?}"),
    }
    assert!(m.session.save.is_none());
    // Ctrl-R switches redaction off; Esc saves nothing.
    press(&mut m, KeyCode::Char('s'));
    update(&mut m, ctrl('r'));
    match press(&mut m, KeyCode::Enter).as_slice() {
        [Cmd::SaveCase { redact, .. }] => assert!(!*redact),
        other => panic!("{other:?}"),
    }
    press(&mut m, KeyCode::Char('s'));
    assert!(press(&mut m, KeyCode::Esc).is_empty());
    assert!(m.session.save.is_none());
}

#[test]
fn s_saves_what_was_typed_as_typed() {
    let mut m = model(Lang::En);
    open_symptom(&mut m, Symptom::AwsAuthPath);
    let cluster = m
        .fields()
        .iter()
        .position(|f| *f == Field::Cluster)
        .expect("a cluster field");
    m.focus = cluster;
    type_text(&mut m, "typed-cluster");
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Guide);
    press(&mut m, KeyCode::Char('s'));
    let commands = press(&mut m, KeyCode::Enter);
    let [Cmd::SaveCase { case, .. }] = commands.as_slice() else {
        panic!("{commands:?}");
    };
    let value = case
        .inputs
        .context
        .iter()
        .find(|v| v.field == Field::Cluster)
        .expect("the cluster is in the case");
    assert_eq!(value.value, "typed-cluster");
    assert_eq!(
        serde_json::to_value(value.source).expect("json"),
        serde_json::json!("typed")
    );
}

#[test]
fn c_copies_the_whole_report_or_says_it_is_too_large() {
    let mut m = opened(Lang::En);
    press(&mut m, KeyCode::Char('g'));
    let commands = press(&mut m, KeyCode::Char('C'));
    match commands.as_slice() {
        [Cmd::CopyToClipboard(text)] => {
            assert!(text.contains("ACCOUNT_1"), "{text}");
            assert!(
                text.contains("role/team/developers/eks-admin"),
                "the checks' evidence is in the report:\n{text}"
            );
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(
        m.notice,
        Some(Notice::Report(ReportNotice::Copied { .. }))
    ));
    // A value of 80,000 characters makes a report no terminal takes whole over OSC 52.
    let mut big = model(Lang::En).with_value(Field::Cluster, &"c".repeat(80_000));
    open_symptom(&mut big, Symptom::AwsAuthPath);
    press(&mut big, KeyCode::Enter);
    assert_eq!(big.screen, Screen::Guide);
    assert!(press(&mut big, KeyCode::Char('C')).is_empty());
    match &big.notice {
        Some(Notice::Report(ReportNotice::TooLargeToCopy { bytes, limit })) => {
            assert!(bytes > limit, "{bytes} {limit}");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn an_opened_case_asks_nothing_until_f5_and_keeps_the_collected_results_beside() {
    let mut m = opened(Lang::En);
    assert_eq!(m.probes.origin, RunOrigin::Collected);
    let collected = m.probes.reports.len();
    // Moving around, re-running with `r`, the AssumeRole key, the details and back: no run.
    for code in [
        KeyCode::Char('r'),
        KeyCode::Char('a'),
        KeyCode::Char('g'),
        KeyCode::Char('p'),
        KeyCode::Esc,
        KeyCode::Enter,
        KeyCode::Esc,
    ] {
        let commands = press(&mut m, code);
        assert!(
            !commands.iter().any(|c| matches!(c, Cmd::RunProbes { .. })),
            "{code:?} started a run"
        );
    }
    assert_eq!(m.probes.reports.len(), collected);
    let commands = press(&mut m, KeyCode::F(5));
    assert!(
        matches!(commands.as_slice(), [Cmd::RunProbes { .. }]),
        "{commands:?}"
    );
    assert_eq!(m.screen, Screen::Probes);
    assert_eq!(m.probes.origin, RunOrigin::Live);
    assert!(m.probes.reports.is_empty(), "the live run starts empty");
    let case = m.case.as_ref().expect("the case stays open");
    assert_eq!(case.reports.len(), collected, "the collected results stay");
}

#[test]
fn a_snapshot_brings_the_same_case_back() {
    let mut m = opened(Lang::Ja);
    press(&mut m, KeyCode::Char('g'));
    press(&mut m, KeyCode::Down);
    let session = session_snapshot(&m, "2026-12-03T12:00:00Z").expect("worth keeping");
    let kept = Kept {
        path: PathBuf::from("/nonexistent/session.json"),
        session,
    };
    let mut again = model(Lang::Ja);
    restore_session(&mut again, &kept);
    assert_eq!(again.screen, Screen::Guide);
    assert_eq!(again.guide_step, m.guide_step);
    assert_eq!(again.context(), m.context());
    assert_eq!(again.error_paste.text, m.error_paste.text);
    assert_eq!(again.probes.reports, m.probes.reports);
    assert_eq!(again.probes.origin, RunOrigin::Collected);
    assert_eq!(
        again.case.as_ref().map(|c| &c.path),
        m.case.as_ref().map(|c| &c.path)
    );
    // Nothing typed, nothing to keep.
    assert!(session_snapshot(&model(Lang::En), "2026-12-03T12:00:00Z").is_none());
}

/// A wizard whose keeping is switched off, with an error pasted (something to lose).
fn not_keeping_with_a_paste(lang: Lang) -> Model {
    let mut m = model(lang);
    m.session.keeping_off = true;
    press(&mut m, KeyCode::Char('e'));
    update(
        &mut m,
        Msg::Paste("error: You must be logged in to the server".to_owned()),
    );
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Home);
    m
}

#[test]
fn with_keeping_off_q_asks_before_losing_anything_and_only_then() {
    // Keeping on: q quits at once, as always.
    let mut kept = model(Lang::En);
    press(&mut kept, KeyCode::Char('e'));
    update(&mut kept, Msg::Paste("error: denied".to_owned()));
    press(&mut kept, KeyCode::Esc);
    assert!(matches!(
        press(&mut kept, KeyCode::Char('q')).as_slice(),
        [Cmd::Quit]
    ));
    // Keeping off with nothing typed: nothing to lose, nothing asked.
    let mut empty = model(Lang::En);
    empty.session.keeping_off = true;
    assert!(matches!(
        press(&mut empty, KeyCode::Char('q')).as_slice(),
        [Cmd::Quit]
    ));

    let mut m = not_keeping_with_a_paste(Lang::En);
    assert!(press(&mut m, KeyCode::Char('q')).is_empty());
    assert!(m.session.quit_asked && !m.quit);
    // n stays (a paste is not typed into the question); the next q asks again, and y quits.
    update(&mut m, Msg::Paste("more".to_owned()));
    assert!(press(&mut m, KeyCode::Char('n')).is_empty());
    assert!(!m.session.quit_asked && !m.quit);
    assert!(
        m.error_paste.text.ends_with("server"),
        "{:?}",
        m.error_paste.text
    );
    press(&mut m, KeyCode::Char('q'));
    assert!(press(&mut m, KeyCode::Esc).is_empty());
    assert!(!m.session.quit_asked);
    press(&mut m, KeyCode::Char('q'));
    assert!(matches!(
        press(&mut m, KeyCode::Char('y')).as_slice(),
        [Cmd::Quit]
    ));
    assert!(m.quit);
    assert_eq!(m.ending, Ending::Quit);

    // Ctrl-C asks too (on a screen that types, it is the only way out); Ctrl-C again quits,
    // as an interrupt.
    let mut typing = not_keeping_with_a_paste(Lang::En);
    press(&mut typing, KeyCode::Char('e'));
    assert!(update(&mut typing, ctrl('c')).is_empty());
    assert!(typing.session.quit_asked);
    assert!(matches!(
        update(&mut typing, ctrl('c')).as_slice(),
        [Cmd::Quit]
    ));
    assert_eq!(typing.ending, Ending::Interrupted);
}

/// The question is drawn over the screen, in both languages, and its key line says y and n.
#[test]
fn the_question_before_quitting_without_keeping_is_shown_in_both_languages() {
    for lang in [Lang::En, Lang::Ja] {
        let mut m = not_keeping_with_a_paste(lang);
        press(&mut m, KeyCode::Char('q'));
        for size in [(80, 24), (60, 16)] {
            let terminal = draw(&mut m, size);
            let text: String = terminal
                .backend()
                .buffer()
                .content()
                .iter()
                .map(|cell| cell.symbol())
                .filter(|s| !s.trim().is_empty())
                .collect();
            for id in [
                "session-quit-title",
                "key-line-confirm-quit",
                "key-line-stay-in-wizard",
            ] {
                let words: String = tr!(lang, id).split_whitespace().collect();
                assert!(
                    text.contains(&words),
                    "{lang:?} {size:?} lacks {id}: {text}"
                );
            }
            let question: String = tr!(lang, "session-quit-question")
                .chars()
                .filter(|c| !c.is_whitespace())
                .take(12)
                .collect();
            assert!(text.contains(&question), "{lang:?} {size:?}: {text}");
        }
    }
}

/// kubectl's context as the wizard reads it at start-up, from a kubeconfig that
/// `aws eks update-kubeconfig --role-arn` wrote (cluster `dev` in eu-west-1).
fn kubectl_context() -> EksContext {
    let files = KubeconfigFiles::Flag(repo().join("tests/kubeconfig/aws-cli-v2.yaml"));
    let loaded = load_kubeconfig(files).expect("the kubeconfig loads");
    describe_context(&loaded, None, None).expect("its context")
}

/// A wizard started as `run_wizard` starts it when kubectl's context filled the cluster and
/// the Region.
fn started_from_kubectl() -> Model {
    let mut m = model(Lang::En);
    m.aws.kubectl = Some(kubectl_context());
    m.aws.kubectl_filled = vec![Field::Cluster, Field::Region];
    let mut m = m
        .with_value(Field::Cluster, "dev")
        .with_value(Field::Region, "eu-west-1");
    m.session.start = m.context();
    m
}

fn saved_case(m: &mut Model) -> eks_iam_tui::case::CaseFile {
    press(m, KeyCode::Char('s'));
    let commands = press(m, KeyCode::Enter);
    match commands.as_slice() {
        [Cmd::SaveCase { case, .. }] => (**case).clone(),
        other => panic!("{other:?}"),
    }
}

fn source_of(case: &eks_iam_tui::case::CaseFile, field: Field) -> serde_json::Value {
    let value = case
        .inputs
        .context
        .iter()
        .find(|v| v.field == field)
        .expect("the value is in the case");
    serde_json::to_value(value.source).expect("json")
}

#[test]
fn s_saves_kubectls_context_with_the_case_and_says_which_values_came_from_it() {
    let mut m = started_from_kubectl();
    open_symptom(&mut m, Symptom::AwsAuthPath);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Guide);
    let case = saved_case(&mut m);
    let summary = case.kubeconfig.as_ref().expect("the kubeconfig summary");
    assert_eq!(summary.context, "dev");
    assert_eq!(
        summary.cluster_name.as_ref().map(|v| v.value.as_str()),
        Some("dev")
    );
    let exec = summary.exec.as_ref().expect("its exec plugin");
    assert_eq!(
        exec.role_arn.as_deref(),
        Some("arn:aws:iam::444455556666:role/Developers")
    );
    assert_eq!(source_of(&case, Field::Cluster), "kubeconfig");
    assert_eq!(source_of(&case, Field::Region), "kubeconfig");

    // A cluster typed over kubectl's is typed; the summary still says what kubectl named.
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Context);
    m.focus = m
        .fields()
        .iter()
        .position(|f| *f == Field::Cluster)
        .expect("a cluster field");
    update(&mut m, ctrl('u'));
    type_text(&mut m, "prod");
    press(&mut m, KeyCode::Enter);
    let case = saved_case(&mut m);
    assert_eq!(source_of(&case, Field::Cluster), "typed");
    assert_eq!(source_of(&case, Field::Region), "kubeconfig");
    assert!(case.kubeconfig.is_some());

    // Without kubectl's context, no summary.
    let mut plain = model(Lang::En).with_value(Field::Cluster, "dev");
    open_symptom(&mut plain, Symptom::AwsAuthPath);
    press(&mut plain, KeyCode::Enter);
    assert!(saved_case(&mut plain).kubeconfig.is_none());
}

/// An opened case's kubeconfig summary is on the check screen under the profile and Region,
/// in both languages; a case without one shows none.
#[test]
fn an_opened_cases_kubeconfig_summary_is_on_the_check_screen() {
    let path = fixture();
    let (mut case, replayed) = load::from_path(&path).expect("the fixture loads");
    assert!(case.kubeconfig.is_none());
    let plain = case.clone();
    case.kubeconfig = Some(KubeconfigSummary {
        context: "customer-ctx".to_owned(),
        chosen_by_flag: false,
        cluster_entry: "arn:aws:eks:us-west-2:ACCOUNT_1:cluster/demo".to_owned(),
        user_entry: "arn:aws:eks:us-west-2:ACCOUNT_1:cluster/demo".to_owned(),
        server: Some("ENDPOINT_1".to_owned()),
        cluster_name: Some(ReadValue {
            value: "demo".to_owned(),
            read_from: "cluster-arn".to_owned(),
        }),
        region: None,
        account_id: None,
        exec: None,
    });
    let screen_text = |m: &mut Model, size: (u16, u16)| -> String {
        let terminal = draw(m, size);
        terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|cell| cell.symbol())
            .filter(|s| !s.trim().is_empty())
            .collect()
    };
    for lang in [Lang::En, Lang::Ja] {
        let line: String = tr!(
            lang,
            "case-probe-kubeconfig",
            context = "customer-ctx",
            cluster = "demo",
            region = tr!(lang, "status-not-set"),
            account = tr!(lang, "status-not-set")
        )
        .chars()
        .filter(|c| !c.is_whitespace())
        .take(30)
        .collect();
        let mut m = model(lang);
        open_case(
            &mut m,
            OpenedCase::new(path.clone(), &case, replayed.clone()),
        );
        assert_eq!(m.screen, Screen::Probes);
        for size in [(80, 24), (60, 16)] {
            let text = screen_text(&mut m, size);
            assert!(
                text.contains(&line),
                "{lang:?} {size:?} lacks {line}: {text}"
            );
        }
        let mut without = model(lang);
        open_case(
            &mut without,
            OpenedCase::new(path.clone(), &plain, replayed.clone()),
        );
        let text = screen_text(&mut without, (80, 24));
        assert!(!text.contains(&line), "{lang:?}: {text}");
    }
}
