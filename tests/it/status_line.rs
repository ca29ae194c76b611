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
