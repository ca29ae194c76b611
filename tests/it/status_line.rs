//! The status line and the check screen say the same Region; a long kubectl context is not cut
//! silently; the check screen counts findings in the language's plural forms.

use crate::support;

use crossterm::event::KeyCode;
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use eks_iam_tui::wizard::{AwsEnvironment, Cmd, Model, Msg, open_symptom, update};
use support::{draw, model, press};

/// The rows of the drawing as text, without the spaces a wide character leaves.
fn rows(m: &mut Model, size: (u16, u16)) -> Vec<String> {
    let terminal = draw(m, size);
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect()
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The environment says one Region, the run resolves another (a profile's): the status line
/// and the check screen's settings both say the one the checks use.
#[test]
fn the_status_line_and_the_check_screen_say_the_same_region() {
    for lang in Lang::ALL {
        let mut m = model(lang).with_value(Field::Cluster, "demo");
        assert_eq!(m.aws.region.as_deref(), Some("ap-northeast-1"));
        open_symptom(&mut m, Symptom::AwsAuthPath);
        let Some(Cmd::RunProbes { generation, .. }) = press(&mut m, KeyCode::F(5)).first().cloned()
        else {
            panic!("no run");
        };
        update(
            &mut m,
            Msg::ProbeRegion {
                generation,
                region: Some("eu-west-3".into()),
            },
        );
        let screen = rows(&mut m, (100, 30));
        let status = &screen[screen.len() - 2];
        let settings: Vec<&String> = screen
            .iter()
            .filter(|r| r.contains("eu-west-3") || r.contains("ap-northeast-1"))
            .collect();
        assert!(status.contains("eu-west-3"), "{lang:?}: {status}");
        assert!(
            settings.iter().all(|r| !r.contains("ap-northeast-1")),
            "{lang:?}: another Region on screen: {settings:?}"
        );
        assert_eq!(settings.len(), 2, "{lang:?}: {settings:?}");

        // A Region typed in the details is the one both say, before and after a run.
        let mut typed = model(lang)
            .with_value(Field::Cluster, "demo")
            .with_value(Field::Region, "sa-east-1");
        open_symptom(&mut typed, Symptom::AwsAuthPath);
        let screen = rows(&mut typed, (100, 30));
        assert!(screen[screen.len() - 2].contains("sa-east-1"), "{screen:?}");
    }
}

#[test]
fn a_long_kubectl_context_keeps_its_end_and_says_it_was_cut() {
    let context =
        "arn:aws:eks:ap-northeast-1:111122223333:cluster/production-payments-cluster-tokyo";
    for lang in Lang::ALL {
        for size in [(60, 16), (80, 24), (120, 40)] {
            let mut m = Model::new(
                lang,
                AwsEnvironment {
                    profile: Some("support-engineering-readonly".into()),
                    region: Some("ap-northeast-1".into()),
                    kube_context: Some(context.into()),
                    kubectl: None,
                    kubectl_filled: Vec::new(),
                    ..Default::default()
                },
                Default::default(),
                size,
            );
            let screen = rows(&mut m, size);
            let status = screen[screen.len() - 2].trim_end().to_owned();
            // The cluster's name, at the ARN's end, is always there.
            assert!(
                status.contains("production-payments-cluster-tokyo"),
                "{lang:?} {size:?}: {status}"
            );
            if !squeeze(&status).contains(context) {
                assert!(
                    status.contains('…'),
                    "{lang:?} {size:?}: cut silently: {status}"
                );
            }
        }
    }
}

#[test]
fn findings_are_counted_in_the_language_s_plural_forms() {
    let one = tr!(Lang::En, "probe-screen-footer-done", findings = 1);
    assert!(one.contains("1 finding."), "{one}");
    let two = tr!(Lang::En, "probe-screen-footer-done", findings = 2);
    assert!(two.contains("2 findings."), "{two}");
    let none = tr!(Lang::En, "probe-screen-footer-done", findings = 0);
    assert!(none.contains("no findings"), "{none}");
    let ja = tr!(Lang::Ja, "probe-screen-footer-done", findings = 1);
    assert!(ja.contains("1 件"), "{ja}");
    // A skipped check names the check it waited for by its title, not its id.
    for lang in Lang::ALL {
        let said = tr!(lang, "probe-skip-dependency", probe = "role-path");
        assert!(said.contains(&tr!(lang, "probe-role-path-title")), "{said}");
        assert!(!said.contains("role-path"), "{said}");
    }
}

/// Keys in the environment with `AWS_PROFILE` naming a profile: the keys sign (the AWS CLI's
/// rule), so the status line says so, the run names no profile and the guide's commands carry
/// no `--profile`; a profile picked here is named, and then it signs.
#[test]
fn keys_in_the_environment_are_said_until_a_profile_is_picked() {
    let environment = |name: &str| match name {
        "AWS_PROFILE" => Some("cust".to_owned()),
        "AWS_ACCESS_KEY_ID" => Some("AKIAEXAMPLEKEY000001".to_owned()),
        "AWS_SECRET_ACCESS_KEY" => Some("secret".to_owned()),
        _ => None,
    };
    for lang in Lang::ALL {
        let mut m = Model::new(
            lang,
            AwsEnvironment::from_env(environment),
            Default::default(),
            (100, 30),
        )
        .with_value(Field::Cluster, "demo")
        .with_value(Field::Region, "us-west-2");
        m.choices.profiles = vec!["cust".into(), "default".into()];
        open_symptom(&mut m, Symptom::ConsoleNodes);
        let keys = squeeze(&tr!(lang, "status-environment-keys"));
        let status = squeeze(&rows(&mut m, (100, 30))[28]);
        assert!(status.contains(&keys), "{status}");
        let commands = eks_iam_tui::wizard::rendered_steps(&m)
            .iter()
            .flat_map(|step| step.blocks.iter().map(|b| b.plain()))
            .collect::<Vec<_>>();
        assert!(commands.iter().any(|c| c.contains("aws ")), "{commands:?}");
        assert!(
            commands.iter().all(|c| !c.contains("--profile")),
            "{commands:?}"
        );
        match press(&mut m, KeyCode::F(5)).as_slice() {
            [Cmd::RunProbes { request, .. }] => assert_eq!(request.settings.profile, None),
            other => panic!("no run: {other:?}"),
        }
        // Picking `cust` names it: the checks and the commands use it.
        press(&mut m, KeyCode::Esc);
        press(&mut m, KeyCode::F(6));
        press(&mut m, KeyCode::Enter);
        assert_eq!(m.aws.named_profile().as_deref(), Some("cust"));
        let status = squeeze(&rows(&mut m, (100, 30))[28]);
        assert!(
            !status.contains(&keys) && status.contains("cust"),
            "{status}"
        );
        match press(&mut m, KeyCode::F(5)).as_slice() {
            [Cmd::RunProbes { request, .. }] => {
                assert_eq!(request.settings.profile.as_deref(), Some("cust"))
            }
            other => panic!("no run: {other:?}"),
        }
    }
}
