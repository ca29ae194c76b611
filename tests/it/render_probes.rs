//! The probe screen drawn into a TestBackend and compared with its snapshots, in both languages
//! at 80x24 and 120x40: checks running, all done, one check's evidence, the AssumeRole
//! question, and the guide leading with the findings. The results are a fixed set, with fixed
//! durations, so every drawing is the same on every run.

use crate::support;
use crate::support::probe_reports;

use crossterm::event::KeyCode;
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use eks_iam_tui::wizard::{Appearance, Cmd, Model, Msg, open_symptom, update};
use probe_reports::{ROLE_ARN, event};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use support::{SIZES, assert_borders_intact, draw, filled_model, model, press};

fn snapshot(name: &str, model: &mut Model) {
    for size in SIZES {
        let terminal = draw(model, size);
        assert_borders_intact(terminal.backend().buffer(), model.appearance.ascii_borders);
        let text = terminal.backend().to_string();
        insta::assert_snapshot!(format!("{name}_{}x{}", size.0, size.1), text);
    }
}

/// The aws-auth-path details filled, F5 pressed: the run's generation.
fn started(lang: Lang) -> (Model, u64) {
    let mut m = model(lang)
        .with_value(Field::Cluster, "demo")
        .with_value(Field::Region, "us-west-2");
    open_symptom(&mut m, Symptom::AwsAuthPath);
    match press(&mut m, KeyCode::F(5)).as_slice() {
        [Cmd::RunProbes { generation, .. }] => {
            let generation = *generation;
            (m, generation)
        }
        other => panic!("no run: {other:?}"),
    }
}

fn done(lang: Lang) -> Model {
    let (mut m, generation) = started(lang);
    update(
        &mut m,
        Msg::ProbeRegion {
            generation,
            region: Some("us-west-2".into()),
        },
    );
    for report in probe_reports::all() {
        update(&mut m, event(generation, report));
    }
    m
}

#[test]
fn checks_running() {
    for lang in Lang::ALL {
        let (mut m, generation) = started(lang);
        update(&mut m, event(generation, probe_reports::identity()));
        update(&mut m, event(generation, probe_reports::role_path()));
        snapshot(&format!("probes_running_{}", lang.code()), &mut m);
    }
}

#[test]
fn checks_done() {
    for lang in Lang::ALL {
        snapshot(&format!("probes_done_{}", lang.code()), &mut done(lang));
    }
}

#[test]
fn evidence_of_the_role_path() {
    for lang in Lang::ALL {
        let mut m = done(lang);
        press(&mut m, KeyCode::Down);
        press(&mut m, KeyCode::Enter);
        snapshot(&format!("probes_evidence_{}", lang.code()), &mut m);
    }
}

/// The console-nodes case with the cluster's own answers, and the permission check opened.
#[test]
fn kubernetes_checks_and_their_evidence() {
    for lang in Lang::ALL {
        let mut m = model(lang)
            .with_value(Field::Cluster, "demo")
            .with_value(Field::Region, "us-west-2");
        open_symptom(&mut m, Symptom::ConsoleNodes);
        let generation = match press(&mut m, KeyCode::F(5)).as_slice() {
            [Cmd::RunProbes { generation, .. }] => *generation,
            other => panic!("no run: {other:?}"),
        };
        for report in probe_reports::kubernetes_console() {
            update(&mut m, event(generation, report));
        }
        for _ in 0..6 {
            press(&mut m, KeyCode::Down);
        }
        snapshot(&format!("probes_kube_done_{}", lang.code()), &mut m);
        press(&mut m, KeyCode::Enter);
        snapshot(&format!("probes_kube_evidence_{}", lang.code()), &mut m);
    }
}

#[test]
fn assume_role_question() {
    for lang in Lang::ALL {
        let mut m = filled_model(lang);
        open_symptom(&mut m, Symptom::CrossAccount);
        press(&mut m, KeyCode::F(5));
        snapshot(&format!("probes_assume_{}", lang.code()), &mut m);
    }
}

#[test]
fn guide_leads_with_the_findings() {
    for lang in Lang::ALL {
        let mut m = done(lang);
        press(&mut m, KeyCode::Char('g'));
        snapshot(&format!("probes_guide_{}", lang.code()), &mut m);
    }
}

#[test]
fn what_a_person_reads_on_the_screens() {
    // Independent of the snapshots: the words that matter are on screen.
    let mut m = done(Lang::En);
    let screen = squeeze_screen(&draw(&mut m, (120, 40)));
    assert!(screen.contains(&squeeze(ROLE_ARN)), "{screen}");
    assert!(screen.contains(&squeeze(&tr!(Lang::En, "diagnose-outcome-unknown"))));
    let mut m = filled_model(Lang::Ja);
    open_symptom(&mut m, Symptom::CrossAccount);
    press(&mut m, KeyCode::F(5));
    let screen = squeeze_screen(&draw(&mut m, (120, 40)));
    assert!(screen.contains(&squeeze(&tr!(Lang::Ja, "probe-prompt-title"))));
    assert!(screen.contains("role/eks-cluster-role"), "{screen}");
}

#[test]
fn ascii_borders_on_the_probe_screen() {
    let mut m = done(Lang::Ja);
    m.appearance = Appearance {
        color: false,
        ascii_borders: true,
    };
    for size in SIZES {
        let terminal = draw(&mut m, size);
        assert_borders_intact(terminal.backend().buffer(), true);
    }
}

/// Every cell's symbol, rows joined, without spaces and borders: what a person reads.
fn squeeze_screen(terminal: &Terminal<TestBackend>) -> String {
    let text: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|cell| cell.symbol())
        .collect();
    squeeze(&text).replace('│', "")
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}
