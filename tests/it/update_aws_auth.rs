//! The aws-auth screen's transitions, driven through `update` without a terminal: opening it
//! from the two guides that offer it, pasting, asking the run loop for a file, going back, and
//! switching language without losing anything.

use crate::support;

use std::path::PathBuf;

use crossterm::event::KeyCode;
use eks_iam_tui::aws_auth::{Code, ConfigMapError, ConfigMapSection};
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{
    AwsAuthFocus, Cmd, FileReadError, LoadError, Model, Msg, Screen, Source,
};
use support::{ctrl, filled_model, model, press, type_text, update};

/// kube-system/aws-auth with a path in a rolearn, as `kubectl get -o yaml` prints it.
const CONFIG_MAP: &str = include_str!("support/aws-auth-role-path.yaml");

fn symptom_key(symptom: Symptom) -> KeyCode {
    let index = Symptom::ALL
        .iter()
        .position(|s| *s == symptom)
        .expect("a symptom");
    KeyCode::Char(char::from(b'1' + index as u8))
}

/// From home to the guide of `symptom`, then `a`.
fn open_screen(mut m: Model, symptom: Symptom) -> Model {
    press(&mut m, symptom_key(symptom));
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Guide);
    press(&mut m, KeyCode::Char('a'));
    m
}

fn paste(m: &mut Model, text: &str) -> Vec<Cmd> {
    update(m, Msg::Paste(text.to_owned()))
}

#[test]
fn a_opens_the_screen_only_from_the_two_guides_that_offer_it() {
    for symptom in Symptom::ALL {
        let m = open_screen(model(Lang::En), symptom);
        let offered = matches!(symptom, Symptom::AwsAuthPath | Symptom::ConsoleNodes);
        let expected = if offered {
            Screen::AwsAuth
        } else {
            Screen::Guide
        };
        assert_eq!(m.screen, expected, "{symptom:?}");
    }
    let m = open_screen(model(Lang::En), Symptom::AwsAuthPath);
    assert_eq!(
        m.aws_auth.focus,
        AwsAuthFocus::Path,
        "nothing loaded yet: the path box has the keys"
    );
}

#[test]
fn a_pasted_config_map_is_linted_into_the_model() {
    let mut m = open_screen(filled_model(Lang::Ja), Symptom::AwsAuthPath);
    let cmds = paste(&mut m, CONFIG_MAP);
    assert!(cmds.is_empty(), "linting a paste needs no effect: {cmds:?}");
    let loaded = m.aws_auth.loaded.as_ref().expect("loaded");
    assert_eq!(loaded.source, Source::Paste { lines: 11 });
    let auth = m.aws_auth.auth().expect("a ConfigMap");
    let role_path = auth
        .findings
        .iter()
        .find(|f| f.code == Code::RolePath)
        .expect("the role path is found");
    assert_eq!(
        (role_path.section, role_path.index, role_path.line),
        (ConfigMapSection::MapRoles, Some(1), Some(8))
    );
    assert_eq!(
        role_path.suggestion.as_deref(),
        Some("arn:aws:iam::111122223333:role/eks-admin")
    );
    // The report is ready to be read: keys now scroll and copy.
    assert_eq!(m.aws_auth.focus, AwsAuthFocus::Report);
    assert_eq!(m.screen, Screen::AwsAuth);
}

#[test]
fn enter_on_a_typed_path_asks_the_run_loop_to_read_it() {
    let mut m = open_screen(model(Lang::En), Symptom::ConsoleNodes);
    // Letters that are commands elsewhere are part of the path here.
    type_text(&mut m, "/tmp/aws-auth-lq?.yaml");
    assert_eq!(m.screen, Screen::AwsAuth);
    assert_eq!(m.lang, Lang::En);
    let cmds = press(&mut m, KeyCode::Enter);
    let path = PathBuf::from("/tmp/aws-auth-lq?.yaml");
    assert_eq!(cmds, vec![Cmd::ReadFile(path.clone())]);
    assert_eq!(m.aws_auth.pending.as_ref(), Some(&path));
    assert!(
        m.aws_auth.loaded.is_none(),
        "nothing is read by update itself"
    );

    // The answer for another path (an earlier request) is dropped.
    update(
        &mut m,
        Msg::FileRead {
            path: PathBuf::from("/tmp/old.yaml"),
            result: Ok(CONFIG_MAP.to_owned()),
        },
    );
    assert!(m.aws_auth.loaded.is_none());

    update(
        &mut m,
        Msg::FileRead {
            path: path.clone(),
            result: Ok(CONFIG_MAP.to_owned()),
        },
    );
    let loaded = m.aws_auth.loaded.as_ref().expect("loaded");
    assert_eq!(loaded.source, Source::File(path.clone()));
    assert!(m.aws_auth.pending.is_none());
    assert!(
        m.aws_auth
            .auth()
            .expect("linted")
            .findings
            .iter()
            .any(|f| f.code == Code::RolePath)
    );

    // r reads the same file again (after the customer edited it).
    let cmds = press(&mut m, KeyCode::Char('r'));
    assert_eq!(cmds, vec![Cmd::ReadFile(path)]);
}

#[test]
fn an_empty_path_asks_for_one_instead_of_reading() {
    let mut m = open_screen(model(Lang::En), Symptom::AwsAuthPath);
    type_text(&mut m, "   ");
    assert!(press(&mut m, KeyCode::Enter).is_empty());
    assert!(m.aws_auth.notice.is_some());
    assert!(m.aws_auth.pending.is_none());
}

#[test]
fn read_errors_and_what_is_not_a_config_map_are_kept_for_the_view() {
    let mut m = open_screen(model(Lang::En), Symptom::AwsAuthPath);
    type_text(&mut m, "missing.yaml");
    press(&mut m, KeyCode::Enter);
    update(
        &mut m,
        Msg::FileRead {
            path: PathBuf::from("missing.yaml"),
            result: Err(FileReadError::NotFound),
        },
    );
    let loaded = m.aws_auth.loaded.as_ref().expect("the attempt is kept");
    assert_eq!(
        loaded.outcome,
        Err(LoadError::Read(FileReadError::NotFound))
    );
    assert_eq!(
        m.aws_auth.focus,
        AwsAuthFocus::Path,
        "the path stays in reach to be corrected"
    );

    paste(&mut m, "kind: Pod\nmetadata:\n  name: web\n");
    let Some(Err(LoadError::Input { error, .. })) =
        m.aws_auth.loaded.as_ref().map(|l| l.outcome.clone())
    else {
        panic!("a Pod is not a ConfigMap: {:?}", m.aws_auth.loaded)
    };
    assert_eq!(error, ConfigMapError::OtherKind { kind: "Pod".into() });

    paste(&mut m, "data:\n  mapRoles: x\n   bad: [\n");
    let Some(Err(LoadError::Input { error, excerpt })) =
        m.aws_auth.loaded.as_ref().map(|l| l.outcome.clone())
    else {
        panic!("broken YAML: {:?}", m.aws_auth.loaded)
    };
    assert_eq!(error.line_col(), Some((3, 7)), "{error:?}");
    assert_eq!(
        excerpt.as_deref(),
        Some("   bad: ["),
        "the line the error points at is kept"
    );
}

#[test]
fn a_one_line_paste_into_the_path_box_is_a_path() {
    let mut m = open_screen(model(Lang::En), Symptom::AwsAuthPath);
    paste(&mut m, "/home/support/case-1234/aws-auth.yaml\n");
    assert_eq!(
        m.aws_auth.path.value(),
        "/home/support/case-1234/aws-auth.yaml"
    );
    assert!(m.aws_auth.loaded.is_none());
}

#[test]
fn esc_goes_back_to_the_guide_and_a_comes_back_to_the_same_report() {
    let mut m = open_screen(filled_model(Lang::En), Symptom::AwsAuthPath);
    paste(&mut m, CONFIG_MAP);
    press(&mut m, KeyCode::Char('j'));
    let before = m.aws_auth.auth().cloned();
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Guide);
    press(&mut m, KeyCode::Char('a'));
    assert_eq!(m.screen, Screen::AwsAuth);
    assert_eq!(m.aws_auth.auth().cloned(), before);
    assert_eq!(m.aws_auth.focus, AwsAuthFocus::Report);
    // Esc from the path box goes back too.
    press(&mut m, KeyCode::Tab);
    assert_eq!(m.aws_auth.focus, AwsAuthFocus::Path);
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::Guide);
}

#[test]
fn switching_language_keeps_the_report_the_path_and_the_details() {
    let mut m = open_screen(filled_model(Lang::En), Symptom::AwsAuthPath);
    type_text(&mut m, "/tmp/a.yaml");
    // While typing, l is a letter and F2 switches.
    type_text(&mut m, "l");
    assert_eq!(m.lang, Lang::En);
    update(&mut m, support::key(KeyCode::F(2)));
    assert_eq!(m.lang, Lang::Ja);
    assert_eq!(m.aws_auth.path.value(), "/tmp/a.yaml".to_owned() + "l");
    paste(&mut m, CONFIG_MAP);
    let findings = m.aws_auth.auth().expect("loaded").findings.clone();
    press(&mut m, KeyCode::Char('l'));
    assert_eq!(m.lang, Lang::En);
    assert_eq!(m.screen, Screen::AwsAuth);
    assert_eq!(m.aws_auth.auth().expect("still loaded").findings, findings);
    assert_eq!(m.aws_auth.path.value(), "/tmp/a.yamll");
    assert_eq!(
        m.context().get(Field::PrincipalArn),
        Some("arn:aws:iam::111122223333:role/team/developers/eks-admin")
    );
}

#[test]
fn c_copies_the_fix_and_shift_c_the_whole_report() {
    let mut m = open_screen(filled_model(Lang::Ja), Symptom::AwsAuthPath);
    assert!(
        press(&mut m, KeyCode::Tab).is_empty(),
        "Tab moves to the (empty) report"
    );
    assert!(
        press(&mut m, KeyCode::Char('c')).is_empty(),
        "nothing to copy yet"
    );
    paste(&mut m, CONFIG_MAP);
    let cmds = press(&mut m, KeyCode::Char('c'));
    let [Cmd::CopyToClipboard(fix)] = cmds.as_slice() else {
        panic!("c copies: {cmds:?}")
    };
    assert!(
        fix.contains("- rolearn: arn:aws:iam::111122223333:role/eks-admin"),
        "{fix}"
    );
    assert!(fix.contains("eksctl create iamidentitymapping --cluster my-cluster --arn arn:aws:iam::111122223333:role/eks-admin"), "{fix}");
    assert!(
        fix.contains("--region ap-northeast-1 --profile support"),
        "{fix}"
    );
    assert!(
        fix.contains("修正"),
        "copied in the person's language: {fix}"
    );
    let cmds = press(&mut m, KeyCode::Char('C'));
    let [Cmd::CopyToClipboard(all)] = cmds.as_slice() else {
        panic!("C copies: {cmds:?}")
    };
    assert!(
        all.contains("role-path") && all.contains(fix.trim()),
        "{all}"
    );
}

#[test]
fn keys_that_type_in_the_path_box_command_in_the_report() {
    let mut m = open_screen(filled_model(Lang::En), Symptom::AwsAuthPath);
    type_text(&mut m, "q");
    assert!(!m.quit);
    type_text(&mut m, "?");
    assert!(!m.help_open);
    paste(&mut m, CONFIG_MAP);
    press(&mut m, KeyCode::Char('?'));
    assert!(m.help_open);
    press(&mut m, KeyCode::Esc);
    assert!(!m.help_open);
    assert_eq!(m.screen, Screen::AwsAuth);
    assert_eq!(press(&mut m, KeyCode::Char('q')), vec![Cmd::Quit]);
    let mut m = open_screen(model(Lang::En), Symptom::AwsAuthPath);
    assert_eq!(update(&mut m, ctrl('c')), vec![Cmd::Quit]);
}

#[test]
fn the_report_scrolls_within_its_length_at_any_size() {
    let mut m = open_screen(filled_model(Lang::Ja), Symptom::AwsAuthPath);
    update(&mut m, Msg::Resize(80, 24));
    paste(&mut m, CONFIG_MAP);
    press(&mut m, KeyCode::Char('j'));
    assert_eq!(m.aws_auth.top, 1);
    press(&mut m, KeyCode::Char('k'));
    press(&mut m, KeyCode::Char('k'));
    assert_eq!(m.aws_auth.top, 0);
    press(&mut m, KeyCode::End);
    let bottom = m.aws_auth.top;
    assert!(
        bottom > 10,
        "a filled-in fix is longer than a screen: {bottom}"
    );
    press(&mut m, KeyCode::PageDown);
    assert_eq!(m.aws_auth.top, bottom, "no scrolling past the end");
    // A taller terminal shows more, so the last line comes up sooner.
    update(&mut m, Msg::Resize(120, 40));
    assert!(m.aws_auth.top < bottom);
    press(&mut m, KeyCode::Home);
    assert_eq!(m.aws_auth.top, 0);
}

/// The jobs the screen asked for, in order.
fn jobs(cmds: Vec<Cmd>) -> Vec<eks_iam_tui::wizard::AwsAuthJob> {
    cmds.into_iter()
        .filter_map(|cmd| match cmd {
            Cmd::AwsAuth(job) => Some(*job),
            _ => None,
        })
        .collect()
}

#[test]
fn a_map_is_analysed_by_a_job_while_keys_are_answered_and_a_stale_result_is_dropped() {
    use eks_iam_tui::wizard::{AwsAuthJob, run_aws_auth_job, update as raw_update};
    let mut m = open_screen(filled_model(Lang::En), Symptom::AwsAuthPath);
    // The first paste's job is left waiting; a second paste replaces it.
    let first = jobs(raw_update(&mut m, Msg::Paste(CONFIG_MAP.to_owned())));
    let [first @ AwsAuthJob::Analyse { .. }] = first.as_slice() else {
        panic!("a paste asks for one analysis: {first:?}")
    };
    assert!(m.aws_auth.loaded.is_none(), "update does not lint");
    assert!(m.aws_auth.analysing.is_some());
    let status = support::draw(&mut m, (80, 24)).backend().to_string();
    assert!(status.contains("Analysing the pasted text"), "{status}");
    // Keys are answered meanwhile: scrolling, help, going back and coming again.
    press(&mut m, KeyCode::PageDown);
    press(&mut m, KeyCode::F(1));
    press(&mut m, KeyCode::Esc);
    assert_eq!(m.screen, Screen::AwsAuth);
    let other = CONFIG_MAP.replace("eks-admin", "other-admin");
    let second = jobs(raw_update(&mut m, Msg::Paste(other)));
    let [second @ AwsAuthJob::Analyse { .. }] = second.as_slice() else {
        panic!("{second:?}")
    };
    // The first result comes back last and is dropped: the screen waits for the second.
    let second_answer = run_aws_auth_job(second.clone());
    let first_answer = run_aws_auth_job(first.clone());
    update(&mut m, first_answer);
    assert!(
        m.aws_auth.loaded.is_none(),
        "the replaced paste's result is stale"
    );
    update(&mut m, second_answer);
    let auth = m.aws_auth.auth().expect("the second paste is loaded");
    assert!(
        auth.entries
            .iter()
            .any(|e| e.arn.as_deref().is_some_and(|a| a.contains("other-admin")))
    );
    assert!(m.aws_auth.analysing.is_none());
    let text = support::draw(&mut m, (80, 24)).backend().to_string();
    assert!(!text.contains("Analysing"), "{text}");
    // q still quits while a job runs.
    raw_update(&mut m, Msg::Paste(CONFIG_MAP.to_owned()));
    assert_eq!(raw_update(&mut m, key_q()), vec![Cmd::Quit]);
}

fn key_q() -> Msg {
    support::key(KeyCode::Char('q'))
}

#[test]
fn a_layout_for_a_size_no_longer_wanted_is_dropped() {
    use eks_iam_tui::wizard::{AwsAuthJob, run_aws_auth_job, update as raw_update};
    let mut m = open_screen(filled_model(Lang::En), Symptom::AwsAuthPath);
    paste(&mut m, CONFIG_MAP);
    let narrow = jobs(raw_update(&mut m, Msg::Resize(60, 20)));
    let [narrow @ AwsAuthJob::LayOut { .. }] = narrow.as_slice() else {
        panic!("a resize asks for a layout: {narrow:?}")
    };
    // The same size again asks for nothing more: that layout is already on its way.
    assert!(jobs(raw_update(&mut m, Msg::Resize(60, 20))).is_empty());
    let wide = jobs(raw_update(&mut m, Msg::Resize(120, 40)));
    let [wide @ AwsAuthJob::LayOut { .. }] = wide.as_slice() else {
        panic!("{wide:?}")
    };
    let before = m
        .aws_auth
        .layout
        .clone()
        .expect("the first layout stays meanwhile");
    update(&mut m, run_aws_auth_job(narrow.clone()));
    assert_eq!(
        m.aws_auth.layout.as_ref(),
        Some(&before),
        "60 columns is stale"
    );
    update(&mut m, run_aws_auth_job(wide.clone()));
    let layout = m.aws_auth.layout.as_ref().expect("laid out");
    assert!(layout.key.width > 100, "{}", layout.key.width);
    // That layout is the one 120 columns want: nothing more is asked for.
    assert!(jobs(raw_update(&mut m, Msg::Resize(120, 40))).is_empty());
}

#[test]
fn a_copy_is_worded_by_a_job_and_a_later_copy_replaces_it() {
    use eks_iam_tui::wizard::{AwsAuthJob, run_aws_auth_job, update as raw_update};
    let mut m = open_screen(filled_model(Lang::En), Symptom::AwsAuthPath);
    paste(&mut m, CONFIG_MAP);
    let whole = jobs(raw_update(&mut m, support::key(KeyCode::Char('C'))));
    let [whole @ AwsAuthJob::Copy { .. }] = whole.as_slice() else {
        panic!("C asks for a copy job: {whole:?}")
    };
    let text = support::draw(&mut m, (80, 24)).backend().to_string();
    assert!(text.contains("Preparing the text to copy"), "{text}");
    let fix = jobs(raw_update(&mut m, support::key(KeyCode::Char('c'))));
    let [fix @ AwsAuthJob::Copy { .. }] = fix.as_slice() else {
        panic!("{fix:?}")
    };
    assert!(
        update(&mut m, run_aws_auth_job(whole.clone())).is_empty(),
        "the whole report was asked for first, then the fix: the first answer is stale"
    );
    let cmds = update(&mut m, run_aws_auth_job(fix.clone()));
    let [Cmd::CopyToClipboard(copied)] = cmds.as_slice() else {
        panic!("{cmds:?}")
    };
    assert!(
        copied.contains("eksctl create iamidentitymapping"),
        "{copied}"
    );
    assert!(
        !copied.contains("role-path"),
        "the fix alone, not the report"
    );
}
