//! The probe screen's transitions, without a terminal: opening it starts a run, results land
//! as they come, a re-run drops late results of the old one, AssumeRole waits for a yes, and
//! keys keep working while checks run.

use crate::support;
use crate::support::probe_reports;

use crossterm::event::KeyCode;
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::probes::{ProbeId, plan_for};
use eks_iam_tui::wizard::{Cmd, Model, Msg, Screen, open_symptom, rendered_steps, screen_report};
use probe_reports::{AWS_AUTH_ARN, ROLE_ARN, event};
use std::time::Duration;
use support::{filled_model, key, model, press, update};

/// The details of aws-auth-path filled, then F5: returns the model and the run's generation.
fn started(symptom: Symptom) -> (Model, u64, Vec<Cmd>) {
    let mut m = model(Lang::En)
        .with_value(Field::Cluster, "demo")
        .with_value(Field::Region, "ap-northeast-1");
    open_symptom(&mut m, symptom);
    let cmds = press(&mut m, KeyCode::F(5));
    let generation = match cmds.as_slice() {
        [Cmd::RunProbes { generation, .. }] => *generation,
        other => panic!("expected one RunProbes, got {other:?}"),
    };
    (m, generation, cmds)
}

#[test]
fn f5_on_the_details_shows_the_plan_and_starts_it() {
    let (m, _, cmds) = started(Symptom::AwsAuthPath);
    assert_eq!(m.screen, Screen::Probes);
    let Cmd::RunProbes { request, .. } = &cmds[0] else {
        unreachable!()
    };
    let plan = plan_for(Symptom::AwsAuthPath).unwrap();
    assert_eq!(request.plan, plan);
    assert_eq!(m.probes.plan, plan);
    assert_eq!(request.context.get(Field::Cluster), Some("demo"));
    // The region of the details goes to the configuration; the profile the environment names
    // is left to it (named, it would set keys in the environment aside).
    assert_eq!(request.settings.region.as_deref(), Some("ap-northeast-1"));
    assert_eq!(request.settings.profile, None);
    assert!(!request.assume_confirmed);
    assert!(m.probes_running());
}

#[test]
fn the_time_limits_of_the_command_line_reach_the_run() {
    let mut m =
        model(Lang::En).with_probe_timeouts(Duration::from_millis(400), Duration::from_millis(800));
    open_symptom(&mut m, Symptom::AwsAuthPath);
    let cmds = press(&mut m, KeyCode::F(5));
    let Some(Cmd::RunProbes { request, .. }) = cmds.first() else {
        panic!("no run: {cmds:?}")
    };
    assert_eq!(request.settings.connect_timeout, Duration::from_millis(400));
    assert_eq!(request.settings.call_timeout, Duration::from_millis(800));
}

#[test]
fn results_land_one_by_one_and_the_run_ends_when_all_are_in() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    update(&mut m, event(generation, probe_reports::identity()));
    assert_eq!(m.probes.reports.len(), 1);
    assert!(m.probes_running());
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    assert_eq!(m.probes.reports.len(), probe_reports::all().len());
    assert!(!m.probes_running());
}

#[test]
fn the_spinner_turns_only_while_checks_run() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    update(&mut m, Msg::Tick);
    update(&mut m, Msg::Tick);
    assert_eq!(m.probes.spinner, 2);
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    update(&mut m, Msg::Tick);
    assert_eq!(
        m.probes.spinner, 2,
        "a tick after the run changed something"
    );
}

#[test]
fn r_reruns_and_late_results_of_the_earlier_run_are_dropped() {
    let (mut m, first, _) = started(Symptom::AwsAuthPath);
    update(&mut m, event(first, probe_reports::identity()));
    let cmds = press(&mut m, KeyCode::Char('r'));
    let second = match cmds.as_slice() {
        [Cmd::RunProbes { generation, .. }] => *generation,
        other => panic!("r did not start a run: {other:?}"),
    };
    assert!(second > first);
    assert!(m.probes.reports.is_empty(), "old results stayed on screen");
    // The old run's role-path answers late: nobody sees it.
    update(&mut m, event(first, probe_reports::role_path()));
    assert!(m.probes.reports.is_empty());
    update(&mut m, event(second, probe_reports::role_path()));
    assert!(m.probes.reports.contains_key(&ProbeId::RolePath));
}

#[test]
fn keys_work_while_checks_run() {
    let (mut m, _, _) = started(Symptom::AwsAuthPath);
    assert!(m.probes_running());
    press(&mut m, KeyCode::Char('l'));
    assert_eq!(m.lang, Lang::Ja);
    press(&mut m, KeyCode::Down);
    assert_eq!(m.probes.cursor, 1);
    // A check still running has no evidence to open.
    press(&mut m, KeyCode::Enter);
    assert!(!m.probes.evidence_open);
    press(&mut m, KeyCode::Char('g'));
    assert_eq!(m.screen, Screen::Guide);
    let cmds = press(&mut m, KeyCode::Char('q'));
    assert_eq!(cmds, vec![Cmd::Quit]);
}

#[test]
fn a_result_opens_into_its_evidence_which_scrolls() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Right);
    assert!(m.probes.evidence_open);
    press(&mut m, KeyCode::Down);
    press(&mut m, KeyCode::Down);
    assert_eq!(m.probes.evidence_top, 2);
    press(&mut m, KeyCode::Up);
    assert_eq!(m.probes.evidence_top, 1);
    for _ in 0..100 {
        press(&mut m, KeyCode::Down);
    }
    let lines = eks_iam_tui::wizard::evidence_lines(&probe_reports::role_path(), Lang::En);
    assert_eq!(
        m.probes.evidence_top,
        lines.len() - 1,
        "scrolled past the end"
    );
    press(&mut m, KeyCode::Esc);
    assert!(!m.probes.evidence_open);
    assert_eq!(
        m.screen,
        Screen::Probes,
        "Esc left the screen instead of the evidence"
    );
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Context);
}

#[test]
fn the_guide_leads_with_the_findings_filled_from_the_evidence() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    let plain = {
        let mut before = m.clone();
        before.probes = Default::default();
        rendered_steps(&before)
    };
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    press(&mut m, KeyCode::Char('g'));
    assert_eq!(m.screen, Screen::Guide);
    let steps = rendered_steps(&m);
    assert_eq!(steps[0].id, "finding-aws-auth-role-path");
    assert!(steps[0].text.contains(ROLE_ARN));
    assert!(steps[0].text.contains(AWS_AUTH_ARN));
    // The cluster could not be reached: said once, as a finding of its own.
    assert!(steps.iter().any(|s| s.id == "finding-endpoint-unreachable"));
    assert_eq!(steps.len(), plain.len() + 2);
    // c copies the fix of the first finding: the corrected aws-auth entry.
    let cmds = press(&mut m, KeyCode::Char('c'));
    match cmds.as_slice() {
        [Cmd::CopyToClipboard(text)] => assert!(text.contains(&format!("rolearn: {AWS_AUTH_ARN}"))),
        other => panic!("nothing copied: {other:?}"),
    }
    // The guide's own steps carry the real role ARN the checks learned.
    let own: String = steps[2..]
        .iter()
        .map(eks_iam_tui::guide::render::step_commands)
        .collect();
    assert!(own.contains(AWS_AUTH_ARN), "{own}");
}

#[test]
fn findings_of_another_symptom_do_not_lead_its_guide() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    open_symptom(&mut m, Symptom::PassRole);
    assert!(
        rendered_steps(&m)
            .iter()
            .all(|s| !s.id.starts_with("finding-"))
    );
}

#[test]
fn reopening_with_the_same_details_keeps_the_results_and_changed_details_run_again() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    press(&mut m, KeyCode::Char('g'));
    assert!(press(&mut m, KeyCode::Char('p')).is_empty());
    assert_eq!(m.screen, Screen::Probes);
    assert_eq!(m.probes.reports.len(), probe_reports::all().len());
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Context);
    press(&mut m, KeyCode::Char('x'));
    let cmds = press(&mut m, KeyCode::F(5));
    assert!(matches!(cmds.as_slice(), [Cmd::RunProbes { .. }]));
    assert!(m.probes.reports.is_empty());
}

#[test]
fn assume_role_waits_for_a_yes_naming_the_role() {
    let mut m = filled_model(Lang::En);
    open_symptom(&mut m, Symptom::CrossAccount);
    let cmds = press(&mut m, KeyCode::F(5));
    assert!(
        cmds.is_empty(),
        "checks started before the question was answered"
    );
    let prompt = m.probes.prompt.clone().expect("a question");
    assert_eq!(
        prompt.role_arn,
        "arn:aws:iam::111122223333:role/eks-cluster-role"
    );
    assert!(!m.probes_running());
    // Keys other than y/n do not answer it; language still switches.
    assert!(press(&mut m, KeyCode::Char('r')).is_empty());
    press(&mut m, KeyCode::F(2));
    assert!(m.probes.prompt.is_some());
    let cmds = press(&mut m, KeyCode::Char('y'));
    match cmds.as_slice() {
        [Cmd::RunProbes { request, .. }] => assert!(request.assume_confirmed),
        other => panic!("y did not start a run: {other:?}"),
    }
    // Asked once per role: a re-run keeps the answer.
    match press(&mut m, KeyCode::Char('r')).as_slice() {
        [Cmd::RunProbes { request, .. }] => assert!(request.assume_confirmed),
        other => panic!("r did not run: {other:?}"),
    }
    // a asks again; n runs without AssumeRole.
    assert!(press(&mut m, KeyCode::Char('a')).is_empty());
    assert!(m.probes.prompt.is_some());
    match press(&mut m, KeyCode::Char('n')).as_slice() {
        [Cmd::RunProbes { request, .. }] => assert!(!request.assume_confirmed),
        other => panic!("n did not run: {other:?}"),
    }
}

#[test]
fn without_a_target_role_nothing_is_asked() {
    let mut m = model(Lang::En);
    open_symptom(&mut m, Symptom::CrossAccount);
    let cmds = press(&mut m, KeyCode::F(5));
    assert!(m.probes.prompt.is_none());
    match cmds.as_slice() {
        [Cmd::RunProbes { request, .. }] => assert!(!request.assume_confirmed),
        other => panic!("no run: {other:?}"),
    }
}

#[test]
fn typing_on_the_details_is_unchanged() {
    let mut m = model(Lang::En);
    open_symptom(&mut m, Symptom::AwsAuthPath);
    // r, g, p and a are letters to type on the details screen, not probe keys.
    for ch in ['r', 'g', 'p', 'a'] {
        assert!(update(&mut m, key(KeyCode::Char(ch))).is_empty());
    }
    assert_eq!(m.screen, Screen::Context);
    let field = m.focused_field().expect("a focused field");
    assert_eq!(m.context().get(field), Some("rgpa"));
}

#[test]
fn results_for_other_details_do_not_lead_the_guide() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Context);
    press(&mut m, KeyCode::Char('2'));
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Guide);
    assert!(
        rendered_steps(&m)
            .iter()
            .all(|s| !s.id.starts_with("finding-"))
    );
    // Typed back as it was, the results apply again.
    press(&mut m, KeyCode::Esc);
    press(&mut m, KeyCode::Backspace);
    press(&mut m, KeyCode::Enter);
    assert_eq!(rendered_steps(&m)[0].id, "finding-aws-auth-role-path");
}

#[test]
fn the_session_report_carries_the_checks_evidence() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    press(&mut m, KeyCode::Char('g'));
    let cmds = press(&mut m, KeyCode::Char('w'));
    match cmds.as_slice() {
        [Cmd::WriteReport { contents, .. }] => {
            // The checks' own section: each check by its id, with its evidence.
            assert!(contents.contains("(`role-path`)"), "{contents}");
            assert!(contents.contains("(`cluster`)"), "{contents}");
            assert!(contents.contains(ROLE_ARN), "{contents}");
        }
        other => panic!("no report: {other:?}"),
    }
}

#[test]
fn the_aws_auth_screen_answers_for_the_probed_caller_when_the_details_leave_it_blank() {
    const CONFIG_MAP: &str = "data:\n  mapRoles: |\n    - rolearn: arn:aws:iam::111122223333:role/team/developers/eks-admin\n      username: eks-admin\n";
    let open_and_paste = |m: &mut Model| {
        press(m, KeyCode::Char('g'));
        press(m, KeyCode::Char('a'));
        update(m, Msg::Paste(CONFIG_MAP.into()));
        screen_report(m).and_then(|r| r.report.answer)
    };
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    assert_eq!(m.context().get(Field::PrincipalArn), None);
    let mut without_results = m.clone();
    assert_eq!(
        open_and_paste(&mut without_results),
        None,
        "nobody to answer for yet"
    );
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    let answer = open_and_paste(&mut m).expect("an answer for the caller the checks found");
    assert_eq!(answer.canonical_arn, AWS_AUTH_ARN);
}

#[test]
fn the_aws_auth_screen_opens_on_the_map_the_checks_read_from_the_cluster() {
    let (mut m, generation, _) = started(Symptom::AwsAuthPath);
    let map = format!(
        r#"{{"apiVersion":"v1","kind":"ConfigMap","metadata":{{"name":"aws-auth","namespace":"kube-system"}},"data":{{"mapRoles":"- rolearn: {ROLE_ARN}\n  username: admin\n  groups:\n    - system:masters\n"}}}}"#
    );
    let mut live = probe_reports::identity();
    live.id = ProbeId::AwsAuthLive;
    live.data = eks_iam_tui::probes::ProbeData::AwsAuthMap(map);
    update(&mut m, event(generation, live));
    press(&mut m, KeyCode::Char('g'));
    press(&mut m, KeyCode::Char('a'));
    assert_eq!(m.screen, Screen::AwsAuth);
    let loaded = m.aws_auth.loaded.as_ref().expect("the live map is loaded");
    assert_eq!(
        loaded.source,
        eks_iam_tui::wizard::Source::Cluster("demo".into())
    );
    let auth = m.aws_auth.auth().expect("it parses");
    assert!(
        auth.findings.iter().any(|f| f.code.id() == "role-path"),
        "{:?}",
        auth.findings
    );
    // The same map goes with the next run, to explain a 401 with.
    press(&mut m, KeyCode::Esc);
    press(&mut m, KeyCode::Char('p'));
    assert_eq!(m.screen, Screen::Probes);
    let cmds = press(&mut m, KeyCode::Char('r'));
    let Some(Cmd::RunProbes { request, .. }) = cmds.first() else {
        panic!("r did not run again: {cmds:?}")
    };
    assert!(request.aws_auth.is_some());
}

/// kubectl's context for `my-cluster`, whose `aws eks get-token` assumes `role`.
fn kubectl_assuming(role: &str) -> eks_iam_tui::kubeconfig::EksContext {
    use eks_iam_tui::kubeconfig::{
        EksContext, EksTarget, ExecApiVersion, ExecPlugin, ExecTool, TargetSource,
    };
    EksContext {
        context: "prod-admin".into(),
        chosen_by_flag: false,
        cluster_entry: "arn:aws:eks:ap-northeast-1:111122223333:cluster/my-cluster".into(),
        user_entry: "prod-admin".into(),
        server: None,
        certificate_authority_data: None,
        target: EksTarget {
            cluster_name: Some(("my-cluster".into(), TargetSource::ExecArguments)),
            region: Some(("ap-northeast-1".into(), TargetSource::ExecArguments)),
            account_id: None,
        },
        exec: Some(ExecPlugin {
            command: "aws".into(),
            args: Vec::new(),
            tool: ExecTool::AwsCli,
            api_version: ExecApiVersion::V1Beta1,
            api_version_text: None,
            cluster_name: Some("my-cluster".into()),
            region: Some("ap-northeast-1".into()),
            role_arn: Some(role.into()),
            profile: None,
            profile_on_command_line: false,
            env: Vec::new(),
            found: None,
        }),
    }
}

#[test]
fn kubectls_exec_role_is_asked_about_before_the_kubernetes_checks_assume_it() {
    let role = "arn:aws:iam::111122223333:role/eks-readonly";
    for lang in [Lang::En, Lang::Ja] {
        let mut m = filled_model(lang);
        m.aws.kubectl = Some(kubectl_assuming(role));
        open_symptom(&mut m, Symptom::AwsAuthPath);
        assert!(
            press(&mut m, KeyCode::F(5)).is_empty(),
            "ran before the yes"
        );
        let prompt = m.probes.prompt.clone().expect("a question");
        assert_eq!(prompt.role_arn, role);
        assert_eq!(prompt.kubectl_context.as_deref(), Some("prod-admin"));
        // The question says whose role it is and why, in the person's language.
        let terminal = support::draw(&mut m, (100, 30));
        let screen: String = terminal
            .backend()
            .buffer()
            .content()
            .iter()
            .map(|cell| cell.symbol())
            .collect();
        let compact: String = screen.split_whitespace().collect();
        assert!(compact.contains("prod-admin"), "{screen}");
        let why = match lang {
            Lang::En => "kubectl'scontext",
            Lang::Ja => "kubectlのコンテキスト",
        };
        assert!(compact.contains(why), "{screen}");
        match press(&mut m, KeyCode::Char('y')).as_slice() {
            [Cmd::RunProbes { request, .. }] => assert!(request.assume_confirmed),
            other => panic!("y did not start a run: {other:?}"),
        }
    }
    // A context for another cluster assumes nothing for this one, and the console is not
    // kubectl: nothing is asked.
    for (cluster, symptom) in [
        ("other", Symptom::AwsAuthPath),
        ("my-cluster", Symptom::ConsoleNodes),
    ] {
        let mut m = filled_model(Lang::En).with_value(Field::Cluster, cluster);
        m.aws.kubectl = Some(kubectl_assuming(role));
        open_symptom(&mut m, symptom);
        assert!(matches!(
            press(&mut m, KeyCode::F(5)).as_slice(),
            [Cmd::RunProbes { .. }]
        ));
        assert!(m.probes.prompt.is_none(), "{cluster} {symptom:?}");
    }
}

#[test]
fn a_kubectl_profile_that_assumes_a_role_is_asked_about_by_its_role() {
    let role = "arn:aws:iam::111122223333:role/eks-readonly";
    let profile_kubectl = || {
        let mut kubectl = kubectl_assuming(role);
        if let Some(exec) = kubectl.exec.as_mut() {
            exec.role_arn = None;
            exec.profile = Some("cust".into());
            exec.profile_on_command_line = true;
        }
        kubectl
    };
    let mut m = filled_model(Lang::En);
    m.aws.kubectl = Some(profile_kubectl());
    m.choices.profile_roles.insert("cust".into(), role.into());
    open_symptom(&mut m, Symptom::AwsAuthPath);
    assert!(
        press(&mut m, KeyCode::F(5)).is_empty(),
        "ran before the yes"
    );
    assert_eq!(
        m.probes.prompt.as_ref().map(|p| p.role_arn.as_str()),
        Some(role)
    );
    // A profile that assumes nothing is simply used: nothing to ask.
    let mut m = filled_model(Lang::En);
    m.aws.kubectl = Some(profile_kubectl());
    open_symptom(&mut m, Symptom::AwsAuthPath);
    assert!(matches!(
        press(&mut m, KeyCode::F(5)).as_slice(),
        [Cmd::RunProbes { .. }]
    ));
    assert!(m.probes.prompt.is_none());
}
