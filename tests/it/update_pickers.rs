//! The profile, Region and kubeconfig-context pickers, without a terminal: they open from the
//! details and the check screen, list what the files and the environment offer, and a choice
//! reaches the next run, drops the results asked with the old one and shows in the status line.

use crate::support;
use crate::support::probe_reports;

use crossterm::event::KeyCode;
use eks_iam_tui::case::session::{Kept, SESSION_KIND, SESSION_SCHEMA, from_bytes};
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::kubeconfig::{EksContext, EksTarget, TargetSource};
use eks_iam_tui::tr;
use eks_iam_tui::wizard::{
    Cmd, Model, PickerKind, Screen, open_symptom, restore_session, session_snapshot,
};
use probe_reports::{SESSION_ARN, event};
use support::{draw, model, press, update};

fn eks_context(name: &str, cluster: &str, region: &str) -> EksContext {
    EksContext {
        context: name.into(),
        chosen_by_flag: true,
        cluster_entry: format!("arn:aws:eks:{region}:111122223333:cluster/{cluster}"),
        user_entry: name.into(),
        server: None,
        certificate_authority_data: None,
        target: EksTarget {
            cluster_name: Some((cluster.into(), TargetSource::ClusterArn)),
            region: Some((region.into(), TargetSource::ClusterArn)),
            account_id: None,
        },
        exec: None,
    }
}

/// The details of aws-auth-path, with two profiles in the files and two EKS contexts.
fn details() -> Model {
    let mut m = model(Lang::En);
    m.choices.profiles = vec!["customer-prod".into(), "default".into(), "support".into()];
    m.choices.contexts = vec![
        eks_context("prod-ctx", "prod", "us-west-2"),
        eks_context("dev-ctx", "dev", "eu-west-1"),
    ];
    open_symptom(&mut m, Symptom::AwsAuthPath);
    m
}

fn run_request(cmds: &[Cmd]) -> &eks_iam_tui::wizard::ProbeRequest {
    match cmds {
        [Cmd::RunProbes { request, .. }] => request,
        other => panic!("expected one run, got {other:?}"),
    }
}

fn status_row(m: &mut Model, size: (u16, u16)) -> String {
    let terminal = draw(m, size);
    let buffer = terminal.backend().buffer();
    let y = buffer.area.height - 2;
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

#[test]
fn the_profile_picker_lists_default_and_the_files_profiles_and_starts_on_the_one_in_use() {
    let mut m = details();
    press(&mut m, KeyCode::F(6));
    let picker = m.picker.clone().expect("F6 opens the profile picker");
    assert_eq!(picker.kind, PickerKind::Profile);
    assert_eq!(picker.choices, ["default", "customer-prod", "support"]);
    assert_eq!(picker.choices[picker.cursor], "support");
    // Esc changes nothing.
    press(&mut m, KeyCode::Esc);
    assert!(m.picker.is_none());
    assert_eq!(m.aws.profile.as_deref(), Some("support"));
    assert_eq!(m.screen, Screen::Context);
}

#[test]
fn a_picked_profile_signs_the_next_run_and_the_old_results_are_dropped() {
    let mut m = details();
    let first = press(&mut m, KeyCode::F(5));
    let generation = match first.as_slice() {
        [Cmd::RunProbes { generation, .. }] => *generation,
        other => panic!("{other:?}"),
    };
    update(&mut m, event(generation, probe_reports::identity()));
    assert!(!m.probes.reports.is_empty());
    // F6 on the check screen; up to the top (`default`), then down to `customer-prod`.
    press(&mut m, KeyCode::F(6));
    press(&mut m, KeyCode::Up);
    press(&mut m, KeyCode::Up);
    press(&mut m, KeyCode::Up);
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Enter);
    assert!(m.picker.is_none());
    assert_eq!(m.aws.profile.as_deref(), Some("customer-prod"));
    assert!(
        m.probes.reports.is_empty(),
        "results of the old profile stay"
    );
    assert!(!m.probes.started);
    // A late answer of the old run is dropped.
    update(&mut m, event(generation, probe_reports::identity()));
    assert!(m.probes.reports.is_empty());
    for lang in Lang::ALL {
        m.lang = lang;
        let screen = format!("{:?}", draw(&mut m, (100, 30)).backend().buffer());
        let footer = eks_iam_tui::tr!(lang, "probe-screen-footer-profile-changed");
        let start: String = footer.chars().take(12).collect();
        assert!(screen.contains(&start), "{lang:?}: no word of the change");
    }
    let again = press(&mut m, KeyCode::Char('r'));
    assert_eq!(
        run_request(&again).settings.profile.as_deref(),
        Some("customer-prod")
    );
    let status = status_row(&mut m, (100, 30));
    assert!(status.contains("customer-prod"), "{status}");
}

#[test]
fn choosing_the_profile_in_use_keeps_the_results() {
    let mut m = details();
    let cmds = press(&mut m, KeyCode::F(5));
    let Cmd::RunProbes { generation, .. } = &cmds[0] else {
        unreachable!()
    };
    update(&mut m, event(*generation, probe_reports::identity()));
    press(&mut m, KeyCode::F(6));
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.probes.reports.len(), 1);
}

#[test]
fn the_region_picker_offers_the_field_the_environment_and_the_eks_regions() {
    let mut m = details();
    m.inputs
        .insert(Field::Region, tui_input::Input::new("sa-east-1".into()));
    press(&mut m, KeyCode::F(7));
    let picker = m.picker.clone().expect("F7 opens the Region picker");
    assert_eq!(picker.choices[..2], ["sa-east-1", "ap-northeast-1"]);
    assert_eq!(picker.cursor, 0);
    assert!(picker.choices.iter().any(|r| r == "eu-west-1"));
    let unique: std::collections::BTreeSet<_> = picker.choices.iter().collect();
    assert_eq!(unique.len(), picker.choices.len(), "a Region listed twice");
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.context().get(Field::Region), Some("ap-northeast-1"));
    let cmds = press(&mut m, KeyCode::F(5));
    assert_eq!(
        run_request(&cmds).settings.region.as_deref(),
        Some("ap-northeast-1")
    );
}

#[test]
fn a_picked_context_fills_what_was_not_typed_and_reaches_the_checks() {
    let mut m = details();
    m.inputs.insert(Field::Region, tui_input::Input::default());
    press(&mut m, KeyCode::F(8));
    let picker = m.picker.clone().expect("F8 opens the context picker");
    assert_eq!(picker.choices, ["prod-ctx", "dev-ctx"]);
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.aws.kube_context.as_deref(), Some("dev-ctx"));
    assert_eq!(m.context().get(Field::Cluster), Some("dev"));
    assert_eq!(m.context().get(Field::Region), Some("eu-west-1"));
    // Another context replaces what the first one filled ...
    press(&mut m, KeyCode::F(8));
    press(&mut m, KeyCode::Up);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.context().get(Field::Cluster), Some("prod"));
    assert_eq!(m.context().get(Field::Region), Some("us-west-2"));
    // ... but not what the person typed.
    m.inputs
        .insert(Field::Cluster, tui_input::Input::new("typed".into()));
    press(&mut m, KeyCode::F(8));
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.context().get(Field::Cluster), Some("typed"));
    assert_eq!(m.context().get(Field::Region), Some("eu-west-1"));
    let cmds = press(&mut m, KeyCode::F(5));
    let request = run_request(&cmds);
    assert_eq!(
        request.kubectl.as_ref().map(|k| k.context.as_str()),
        Some("dev-ctx")
    );
    let status = status_row(&mut m, (100, 30));
    assert!(status.contains("dev-ctx"), "{status}");
}

#[test]
fn keys_type_into_the_field_but_not_while_a_picker_is_open() {
    let mut m = details();
    let before = m.context();
    press(&mut m, KeyCode::F(6));
    press(&mut m, KeyCode::Char('x'));
    update(&mut m, eks_iam_tui::wizard::Msg::Paste("pasted".into()));
    assert_eq!(m.context(), before);
}

#[test]
fn the_status_line_names_the_caller_once_the_identity_check_answered() {
    for lang in Lang::ALL {
        let mut m = details();
        m.lang = lang;
        let cmds = press(&mut m, KeyCode::F(5));
        let Cmd::RunProbes { generation, .. } = &cmds[0] else {
            unreachable!()
        };
        let generation = *generation;
        assert!(!status_row(&mut m, (120, 30)).contains(SESSION_ARN));
        update(&mut m, event(generation, probe_reports::identity()));
        let wide = status_row(&mut m, (160, 30));
        assert!(wide.contains(SESSION_ARN), "{lang:?}: {wide}");
        assert!(wide.contains("support"), "{lang:?}: {wide}");
        // At 80 cells the ARN keeps at least its session name, marked as cut; the profile and
        // the Region stay whole.
        let narrow = status_row(&mut m, (80, 24));
        assert!(narrow.contains("/alice"), "{lang:?}: {narrow}");
        assert!(narrow.contains("ap-northeast-1"), "{lang:?}: {narrow}");
        assert!(narrow.contains("…"), "{lang:?}: {narrow}");
        assert!(
            narrow.contains("support"),
            "{lang:?}: the profile was cut: {narrow}"
        );
    }
}

/// The check screen and the findings' steps speak of the pickers and the Region field, never
/// of `--profile` or `--region` (the reports and the command line keep the flags).
#[test]
fn the_check_screen_speaks_of_pickers_not_flags() {
    use eks_iam_tui::aws::AwsError;
    use eks_iam_tui::probes::{Outcome, ProbeId};
    for lang in Lang::ALL {
        let mut m = details();
        m.lang = lang;
        let cmds = press(&mut m, KeyCode::F(5));
        let Cmd::RunProbes { generation, .. } = &cmds[0] else {
            unreachable!()
        };
        let generation = *generation;
        let mut no_credentials = probe_reports::identity();
        no_credentials.outcome = Outcome::Unknown(
            AwsError::NoCredentials {
                detail: "no providers".into(),
            }
            .into(),
        );
        let mut no_region = probe_reports::cluster_timed_out();
        no_region.outcome = Outcome::Unknown(AwsError::NoRegion.into());
        assert_eq!(no_region.id, ProbeId::Cluster);
        update(&mut m, event(generation, no_credentials.clone()));
        update(&mut m, event(generation, no_region));

        let terminal = draw(&mut m, (400, 30));
        let screen: String = format!("{:?}", terminal.backend().buffer());
        let squeezed: String = screen.split_whitespace().collect();
        for flag in ["--profile", "--region"] {
            assert!(
                !screen.contains(flag),
                "{lang:?}: {flag} on the check screen"
            );
        }
        for id in [
            "aws-advice-no-credentials-wizard",
            "aws-advice-no-region-wizard",
        ] {
            let said: String = tr!(lang, id).split_whitespace().collect();
            assert!(squeezed.contains(&said), "{lang:?}: {id} not shown");
        }
        // The CLI keeps its flags.
        let cli = eks_iam_tui::probes::probe_summary(&no_credentials, lang);
        assert!(cli.contains("--profile"), "{cli}");

        let findings: Vec<_> = eks_iam_tui::wizard::rendered_steps(&m)
            .into_iter()
            .filter(|step| step.id.starts_with("finding-"))
            .collect();
        assert!(
            findings
                .iter()
                .any(|s| s.id == "finding-credentials-missing"),
            "{lang:?}: {:?}",
            findings.iter().map(|s| &s.id).collect::<Vec<_>>()
        );
        assert!(findings.iter().any(|s| s.id == "finding-region-missing"));
        for step in &findings {
            for flag in ["--profile", "--region"] {
                assert!(!step.text.contains(flag), "{lang:?}: {}", step.text);
            }
        }
        let fix = tr!(lang, "finding-credentials-missing-fix-wizard");
        assert!(findings.iter().any(|s| s.text.contains(&fix)), "{lang:?}");
    }
}

/// A cross-account check skipped for want of a yes says which key gives it in the wizard.
#[test]
fn a_skipped_assume_role_names_the_key_not_the_flag() {
    use eks_iam_tui::probes::{Outcome, ProbeReport, Text};
    let report = ProbeReport {
        outcome: Outcome::Skipped(Text::new("probe-skip-cross-account-confirm")),
        ..probe_reports::identity()
    };
    for lang in Lang::ALL {
        let mut m = details();
        m.lang = lang;
        let cmds = press(&mut m, KeyCode::F(5));
        let Cmd::RunProbes { generation, .. } = &cmds[0] else {
            unreachable!()
        };
        update(&mut m, event(*generation, report.clone()));
        let screen = format!("{:?}", draw(&mut m, (400, 30)).backend().buffer());
        assert!(!screen.contains("--assume"), "{lang:?}");
        let said: String = tr!(lang, "probe-skip-cross-account-confirm-wizard")
            .split_whitespace()
            .collect();
        let squeezed: String = screen.split_whitespace().collect();
        assert!(squeezed.contains(&said), "{lang:?}");
        assert!(eks_iam_tui::probes::probe_summary(&report, lang).contains("--assume"));
    }
}

fn squeezed(text: &str) -> String {
    text.split_whitespace().collect()
}

/// Picks a profile, a Region and a context on the details screen, by key, as a person does.
fn picked(m: &mut Model) {
    for (key, choice) in [
        (KeyCode::F(6), "customer-prod"),
        (KeyCode::F(7), "eu-central-1"),
        (KeyCode::F(8), "dev-ctx"),
    ] {
        press(m, key);
        let picker = m.picker.clone().expect("a picker opens");
        let at = picker
            .choices
            .iter()
            .position(|c| c == choice)
            .unwrap_or_else(|| panic!("{choice} not offered: {:?}", picker.choices));
        // From the top, down to the choice.
        for _ in 0..picker.choices.len() {
            press(m, KeyCode::Up);
        }
        for _ in 0..at {
            press(m, KeyCode::Down);
        }
        press(m, KeyCode::Enter);
    }
}

/// What a new wizard in another shell would bring back: the session as kept on disk, read
/// back from its bytes.
fn kept(m: &Model) -> Kept {
    let session = session_snapshot(m, "2026-12-03T12:00:00Z").expect("worth keeping");
    let bytes = session.to_json().expect("json");
    Kept {
        path: "/tmp/state/eks-iam-tui/session-x.json".into(),
        session: from_bytes(bytes.as_bytes()).expect("reads back"),
    }
}

/// A wizard started in a shell whose AWS_PROFILE names another profile, kubectl on another
/// context.
fn another_shell(contexts: Vec<EksContext>) -> Model {
    let mut m = model(Lang::En);
    m.aws.profile = Some("support".into());
    m.choices.profiles = vec!["customer-prod".into(), "default".into(), "support".into()];
    m.choices.contexts = contexts;
    if let Some(first) = m.choices.contexts.first().cloned() {
        m.aws.kubectl = Some(first);
    }
    m
}

#[test]
fn what_was_picked_survives_the_session() {
    let mut m = details();
    picked(&mut m);
    assert_eq!(m.aws.profile.as_deref(), Some("customer-prod"));
    let kept = kept(&m);

    let mut resumed = another_shell(vec![
        eks_context("prod-ctx", "prod", "us-west-2"),
        eks_context("dev-ctx", "dev", "eu-west-1"),
    ]);
    restore_session(&mut resumed, &kept);
    assert_eq!(resumed.screen, Screen::Context);
    assert_eq!(resumed.notice, None);
    let status = status_row(&mut resumed, (120, 30));
    assert!(status.contains("customer-prod"), "{status}");
    assert!(status.contains("eu-central-1"), "{status}");
    assert!(status.contains("dev-ctx"), "{status}");
    // The next run signs as the profile picked, in its Region, with kubectl's picked context.
    let cmds = press(&mut resumed, KeyCode::F(5));
    let request = run_request(&cmds);
    assert_eq!(request.settings.profile.as_deref(), Some("customer-prod"));
    assert_eq!(request.settings.region.as_deref(), Some("eu-central-1"));
    assert_eq!(
        request.kubectl.as_ref().map(|k| k.context.as_str()),
        Some("dev-ctx")
    );
}

#[test]
fn a_kept_context_no_longer_in_the_kubeconfig_is_said_in_words() {
    let mut m = details();
    picked(&mut m);
    let kept = kept(&m);
    for lang in Lang::ALL {
        let mut resumed = another_shell(vec![eks_context("prod-ctx", "prod", "us-west-2")]);
        resumed.lang = lang;
        restore_session(&mut resumed, &kept);
        // kubectl's context stays the one the kubeconfig names now, and the person is told.
        assert_eq!(
            resumed.aws.kubectl.as_ref().map(|k| k.context.as_str()),
            Some("prod-ctx")
        );
        let status = status_row(&mut resumed, (400, 30));
        let said = tr!(
            lang,
            "session-context-gone",
            context = "dev-ctx",
            now = "prod-ctx"
        );
        assert!(
            squeezed(&status).contains(&squeezed(&said)),
            "{lang:?}: {status}"
        );

        let mut none = another_shell(vec![]);
        none.lang = lang;
        restore_session(&mut none, &kept);
        let status = status_row(&mut none, (400, 30));
        let said = tr!(lang, "session-context-gone-none", context = "dev-ctx");
        assert!(
            squeezed(&status).contains(&squeezed(&said)),
            "{lang:?}: {status}"
        );
    }
}

/// A session kept before the profile and the context were kept still opens, and the wizard
/// keeps the profile it started with.
#[test]
fn an_older_session_without_them_resumes_with_the_profile_of_this_shell() {
    let older = format!(
        r#"{{"schema":{SESSION_SCHEMA},"kind":"{SESSION_KIND}","saved_at":"2026-12-01T09:00:00Z","lang":"en","screen":"context","symptom":"aws-auth-path","values":{{"cluster":"old-cluster"}}}}"#
    );
    let kept = Kept {
        path: "/tmp/state/eks-iam-tui/session-old.json".into(),
        session: from_bytes(older.as_bytes()).expect("an older session reads"),
    };
    let mut resumed = another_shell(vec![eks_context("prod-ctx", "prod", "us-west-2")]);
    restore_session(&mut resumed, &kept);
    assert_eq!(resumed.screen, Screen::Context);
    assert_eq!(resumed.context().get(Field::Cluster), Some("old-cluster"));
    assert_eq!(resumed.aws.profile.as_deref(), Some("support"));
    assert_eq!(
        resumed.aws.kubectl.as_ref().map(|k| k.context.as_str()),
        Some("prod-ctx")
    );
    assert_eq!(resumed.notice, None);
}

/// A profile the environment chose (AWS_PROFILE) is not kept: the resuming shell's
/// environment chooses again, as it would for the AWS CLI.
#[test]
fn a_profile_from_the_environment_is_not_kept() {
    let mut m = details();
    assert!(!m.aws.profile_named);
    m.inputs
        .insert(Field::Cluster, tui_input::Input::new("typed".into()));
    assert_eq!(kept(&m).session.profile, None);
    // Picked, it is named: kept.
    press(&mut m, KeyCode::F(6));
    press(&mut m, KeyCode::Up);
    press(&mut m, KeyCode::Enter);
    assert_eq!(kept(&m).session.profile.as_deref(), Some("customer-prod"));
}
