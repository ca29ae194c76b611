//! The help lists exactly the keys each screen answers to. Every screen (and mode) is put in a
//! state where its keys can do something, then every key of a fixed alphabet is pressed on a
//! copy: a key that changes the model or asks for an effect must be one the key table lists
//! there, and every key the table lists must do something in at least one of the states. The
//! help popup, drawn, must show each listed key and its words.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use crate::support;
use crate::support::aws_auth_yaml::config_map_yaml;
use crate::support::emulator::repo;
use crate::support::probe_reports::{self, event};
// The aws-auth screen analyses and lays out in jobs; this update runs them as the loop does.
use crate::support::update;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use eks_iam_tui::case::load;
use eks_iam_tui::case::session::{
    Kept, RECENT, SESSION_KIND, SESSION_SCHEMA, Session, SessionScreen,
};
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use eks_iam_tui::wizard::keys::{Chord, Keymap, action_for, bindings_in_force, chord_label};
use eks_iam_tui::wizard::{Cmd, Model, Msg, OpenedCase, Screen, open_case, open_symptom};
use support::{draw, filled_model, model, press, type_text};

/// Every key the test presses: printable ASCII, two non-ASCII characters, Ctrl and Alt with
/// each letter, AltGr, and the named keys.
fn alphabet() -> Vec<KeyEvent> {
    let mut keys: Vec<KeyEvent> = (' '..='~')
        .chain(['é', '日'])
        .map(|c| KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE))
        .collect();
    for c in 'a'..='z' {
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL));
        keys.push(KeyEvent::new(KeyCode::Char(c), KeyModifiers::ALT));
    }
    let named = [
        KeyCode::Up,
        KeyCode::Down,
        KeyCode::Left,
        KeyCode::Right,
        KeyCode::Enter,
        KeyCode::Esc,
        KeyCode::Tab,
        KeyCode::Backspace,
        KeyCode::Delete,
        KeyCode::Insert,
        KeyCode::Home,
        KeyCode::End,
        KeyCode::PageUp,
        KeyCode::PageDown,
    ];
    keys.extend(named.map(|c| KeyEvent::new(c, KeyModifiers::NONE)));
    keys.push(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
    // AltGr (Ctrl and Alt together) types `@` on many European keyboards.
    keys.push(KeyEvent::new(
        KeyCode::Char('@'),
        KeyModifiers::CONTROL | KeyModifiers::ALT,
    ));
    keys.extend((1..=12).map(|n| KeyEvent::new(KeyCode::F(n), KeyModifiers::NONE)));
    keys
}

const LONG_MAP: &[(&str, &str)] = &[(
    "mapRoles",
    "- rolearn: arn:aws:iam::111122223333:role/team/developers/eks-admin\n  username: admin\n  groups:\n  - system:masters\n- rolearn: arn:aws:iam::111122223333:role/eks-node\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n  - system:bootstrappers\n  - system:nodes\n- rolearn: arn:aws:iam::111122223333:role/a/b/c\n  username: c\n",
)];

fn settled(mut m: Model) -> Model {
    m.notice = None;
    m.aws_auth.notice = None;
    let (width, height) = m.size;
    update(&mut m, Msg::Resize(width, height));
    m
}

fn guide_of(symptom: Symptom) -> Model {
    let mut m = filled_model(Lang::En);
    update(&mut m, Msg::Resize(80, 24));
    open_symptom(&mut m, symptom);
    press(&mut m, KeyCode::Enter);
    assert_eq!(m.screen, Screen::Guide);
    m
}

fn aws_auth_loaded(from_file: bool) -> Model {
    let mut m = guide_of(Symptom::AwsAuthPath);
    press(&mut m, KeyCode::Char('a'));
    assert_eq!(m.screen, Screen::AwsAuth);
    let yaml = config_map_yaml(LONG_MAP);
    if from_file {
        type_text(&mut m, "/tmp/aws-auth.yaml");
        press(&mut m, KeyCode::Enter);
        update(
            &mut m,
            Msg::FileRead {
                path: PathBuf::from("/tmp/aws-auth.yaml"),
                result: Ok(yaml),
            },
        );
    } else {
        update(&mut m, Msg::Paste(yaml));
    }
    assert!(m.aws_auth.loaded.is_some());
    press(&mut m, KeyCode::PageDown);
    press(&mut m, KeyCode::Down);
    m
}

fn checks(symptom: Symptom) -> Model {
    let mut m = filled_model(Lang::En);
    update(&mut m, Msg::Resize(80, 24));
    open_symptom(&mut m, symptom);
    let cmds = press(&mut m, KeyCode::F(5));
    if m.probes.prompt.is_some() {
        return m;
    }
    let Some(Cmd::RunProbes { generation, .. }) = cmds.first() else {
        panic!("no run: {cmds:?}");
    };
    for report in probe_reports::all() {
        update(&mut m, event(*generation, report));
    }
    m
}

fn search(m: &mut Model, query: &str) {
    press(m, KeyCode::Char('/'));
    type_text(m, query);
    press(m, KeyCode::Enter);
    assert!(m.search.count > 1, "{query:?} found {}", m.search.count);
}

/// One state per screen and mode, plus those where a conditional key applies.
fn states() -> Vec<(&'static str, Model)> {
    let mut states = Vec::new();

    let mut home = model(Lang::En);
    update(&mut home, Msg::Resize(80, 24));
    press(&mut home, KeyCode::Down);
    press(&mut home, KeyCode::Down);
    states.push(("home", home));

    let mut home_with_kept = model(Lang::En);
    update(&mut home_with_kept, Msg::Resize(80, 24));
    home_with_kept.session.recent = kept_sessions(RECENT);
    states.push(("home with kept sessions", home_with_kept.clone()));

    let mut recent = home_with_kept;
    press(&mut recent, KeyCode::Char('r'));
    assert!(recent.session.recent_open);
    press(&mut recent, KeyCode::Down);
    states.push(("recent cases", recent));

    let mut help = guide_of(Symptom::ConsoleNodes);
    update(&mut help, Msg::Resize(60, 16));
    press(&mut help, KeyCode::F(1));
    press(&mut help, KeyCode::Down);
    states.push(("help", help));

    let mut query = guide_of(Symptom::ConsoleNodes);
    press(&mut query, KeyCode::Char('/'));
    type_text(&mut query, "ro");
    states.push(("search line", query));

    let mut pasted = model(Lang::En);
    press(&mut pasted, KeyCode::Char('e'));
    update(
        &mut pasted,
        Msg::Paste("error: You must be logged in to the server (Unauthorized)".to_owned()),
    );
    states.push(("error message", pasted));

    let mut details = filled_model(Lang::En);
    open_symptom(&mut details, Symptom::AccessDenied);
    press(&mut details, KeyCode::Left);
    press(&mut details, KeyCode::Left);
    states.push(("details", details));

    let mut picker = filled_model(Lang::En);
    open_symptom(&mut picker, Symptom::AccessDenied);
    press(&mut picker, KeyCode::F(7));
    press(&mut picker, KeyCode::Down);
    assert!(picker.picker.is_some());
    states.push(("Region picker", picker));

    let mut guide = guide_of(Symptom::ConsoleNodes);
    press(&mut guide, KeyCode::Down);
    press(&mut guide, KeyCode::Down);
    states.push(("guide", guide));

    let mut guide_search = guide_of(Symptom::ConsoleNodes);
    search(&mut guide_search, "aws");
    states.push(("guide after a search", guide_search));

    let mut path = aws_auth_loaded(false);
    press(&mut path, KeyCode::Char('o'));
    type_text(&mut path, "abcd");
    press(&mut path, KeyCode::Left);
    states.push(("aws-auth path", path));

    states.push(("aws-auth report", aws_auth_loaded(true)));

    let mut report_search = aws_auth_loaded(true);
    search(&mut report_search, "role");
    states.push(("aws-auth report after a search", report_search));

    let mut list = checks(Symptom::AwsAuthPath);
    press(&mut list, KeyCode::Down);
    states.push(("checks", list));

    // A profile picked after a run drops its results: F5 (and r) run again.
    let mut picked = checks(Symptom::AwsAuthPath);
    press(&mut picked, KeyCode::F(6));
    press(&mut picked, KeyCode::Up);
    press(&mut picked, KeyCode::Enter);
    assert!(!picked.probes.started);
    states.push(("checks after a profile was picked", picked));

    let question = checks(Symptom::CrossAccount);
    assert!(question.probes.prompt.is_some());
    states.push(("AssumeRole question", question.clone()));

    let mut answered = question;
    press(&mut answered, KeyCode::Char('y'));
    states.push(("checks with AssumeRole", answered));

    let case = opened_case();
    assert_eq!(case.screen, Screen::Probes);
    states.push(("checks of an opened case", case));

    let mut save = checks(Symptom::AwsAuthPath);
    press(&mut save, KeyCode::Char('s'));
    assert!(save.session.save.is_some());
    // The cursor inside the path, so every key that moves or deletes has something to do.
    press(&mut save, KeyCode::Left);
    states.push(("save prompt", save));

    let mut quitting = model(Lang::En);
    quitting.session.keeping_off = true;
    press(&mut quitting, KeyCode::Char('e'));
    update(
        &mut quitting,
        Msg::Paste("error: You must be logged in".to_owned()),
    );
    press(&mut quitting, KeyCode::Esc);
    press(&mut quitting, KeyCode::Char('q'));
    assert!(quitting.session.quit_asked);
    states.push(("quit without keeping", quitting));

    let mut evidence = checks(Symptom::AwsAuthPath);
    press(&mut evidence, KeyCode::Enter);
    assert!(evidence.probes.evidence_open);
    press(&mut evidence, KeyCode::Down);
    states.push(("evidence", evidence.clone()));

    let mut evidence_search = evidence;
    search(&mut evidence_search, "arn");
    states.push(("evidence after a search", evidence_search));

    states
        .into_iter()
        .map(|(name, m)| (name, settled(m)))
        .collect()
}

/// The wizard opened on a case file: the check screen with the collected results.
fn opened_case() -> Model {
    let path = repo().join("tests/cases/aws-auth-path-redacted.json");
    let (case, replayed) = load::from_path(&path).expect("the fixture loads");
    let mut m = model(Lang::En);
    update(&mut m, Msg::Resize(80, 24));
    open_case(&mut m, OpenedCase::new(path, &case, replayed));
    m
}

/// `count` kept sessions, each on the details of a symptom with its own cluster name, as the
/// home screen's list of recent cases offers them.
fn kept_sessions(count: usize) -> Vec<Kept> {
    (0..count)
        .map(|n| Kept {
            path: PathBuf::from(format!("/tmp/state/eks-iam-tui/session-{n}.json")),
            session: Session {
                schema: SESSION_SCHEMA,
                kind: SESSION_KIND.to_owned(),
                saved_at: format!("2026-12-03T12:00:0{n}Z"),
                lang: Lang::En,
                screen: SessionScreen::Context,
                symptom: Some(Symptom::AwsAuthPath),
                values: BTreeMap::from([(Field::Cluster, format!("cluster-{n}"))]),
                focus: 0,
                guide_step: 0,
                home_cursor: 0,
                pasted: String::new(),
                case: None,
                case_path: None,
                live: None,
                profile: None,
                kube_context: None,
            },
        })
        .collect()
}

/// Whether pressing `key` on a copy of `m` changes anything or asks for an effect.
fn does_something(m: &Model, key: KeyEvent) -> bool {
    let mut copy = m.clone();
    let cmds = update(&mut copy, Msg::Key(key));
    !cmds.is_empty() || format!("{copy:?}") != format!("{m:?}")
}

fn chord_keys(chord: Chord, alphabet: &[KeyEvent]) -> Vec<KeyEvent> {
    alphabet
        .iter()
        .filter(|k| chord.matches(k))
        .copied()
        .collect()
}

#[test]
fn every_key_a_screen_answers_to_is_listed_and_every_listed_key_answers() {
    let alphabet = alphabet();
    // (keymap, action, chord) -> whether one of its keys did something somewhere.
    let mut answered: BTreeMap<(String, String, String), bool> = BTreeMap::new();
    let mut seen_keymaps = BTreeSet::new();
    let mut unlisted = Vec::new();
    for (name, m) in states() {
        let keymap = Keymap::current(&m);
        seen_keymaps.insert(format!("{keymap:?}"));
        for binding in bindings_in_force(keymap, &m) {
            for chord in binding.chords {
                let keys = chord_keys(*chord, &alphabet);
                assert!(!keys.is_empty(), "{chord:?} has no key in the alphabet");
                // A key family (letters, digits) answers when every one of its keys does;
                // a single key when it does.
                let all = keys
                    .iter()
                    .all(|k| action_for(&m, k) == Some(binding.action) && does_something(&m, *k));
                let entry = answered
                    .entry((
                        format!("{keymap:?}"),
                        format!("{:?}", binding.action),
                        format!("{chord:?}"),
                    ))
                    .or_default();
                *entry |= all;
            }
        }
        let mut acting = 0;
        for key in &alphabet {
            let acts = does_something(&m, *key);
            acting += usize::from(acts);
            if action_for(&m, key).is_none() && acts {
                unlisted.push(format!("{name}: {key:?}"));
            }
        }
        eprintln!(
            "measured: {name}: {} help rows, {acting} of {} keys act",
            bindings_in_force(keymap, &m).len(),
            alphabet.len()
        );
    }
    assert!(
        unlisted.is_empty(),
        "keys that act but are not in the table: {unlisted:#?}"
    );
    let silent: Vec<_> = answered
        .iter()
        .filter(|(_, did)| !**did)
        .map(|(k, _)| k)
        .collect();
    assert!(
        silent.is_empty(),
        "listed keys that did nothing in any state: {silent:#?}"
    );
    // Every table was tried, with every row of it.
    for keymap in <Keymap as strum::IntoEnumIterator>::iter() {
        assert!(
            seen_keymaps.contains(&format!("{keymap:?}")),
            "no state for {keymap:?}"
        );
        for binding in keymap.bindings() {
            for chord in binding.chords {
                let key = (
                    format!("{keymap:?}"),
                    format!("{:?}", binding.action),
                    format!("{chord:?}"),
                );
                assert!(
                    answered.contains_key(&key),
                    "{key:?} never applied in any state"
                );
            }
        }
    }
}

/// The help drawn over each state lists every key in force and what it does, in both
/// languages (scrolled where it does not fit).
#[test]
fn the_help_shows_every_key_of_the_screen_under_it() {
    for lang in [Lang::En, Lang::Ja] {
        for (name, mut m) in states() {
            if m.help_open {
                continue;
            }
            m.lang = lang;
            let keymap = Keymap::current(&m);
            let expected: Vec<(Vec<String>, String)> = bindings_in_force(keymap, &m)
                .into_iter()
                .map(|b| {
                    (
                        b.chords.iter().map(|c| chord_label(*c, lang)).collect(),
                        tr!(lang, &b.action.help_id()),
                    )
                })
                .collect();
            m.help_open = true;
            let mut shown = String::new();
            for top in 0..60 {
                m.help_top = top;
                let terminal = draw(&mut m, (80, 24));
                shown.push_str(&screen_text(terminal.backend().buffer()));
            }
            let shown = squeeze(&shown);
            for (keys, words) in expected {
                for key in keys {
                    assert!(shown.contains(&squeeze(&key)), "{lang:?} {name}: {key}");
                }
                // The words may wrap: compare their first few characters.
                let start: String = words.chars().take(8).collect();
                assert!(shown.contains(&squeeze(&start)), "{lang:?} {name}: {words}");
            }
        }
    }
}

fn screen_text(buffer: &ratatui::buffer::Buffer) -> String {
    let mut text = String::new();
    for y in 0..buffer.area.height {
        for x in 0..buffer.area.width {
            text.push_str(buffer[(x, y)].symbol());
        }
        text.push('\n');
    }
    text
}

fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The key line names how to get help and how to quit on every screen, at the smallest size
/// and in both languages.
#[test]
fn the_key_line_always_says_help_and_quit() {
    for lang in [Lang::En, Lang::Ja] {
        for (name, mut m) in states() {
            m.lang = lang;
            for size in [(60, 16), (80, 24)] {
                let terminal = draw(&mut m, size);
                let buffer = terminal.backend().buffer();
                let last = screen_text(buffer)
                    .lines()
                    .last()
                    .map(squeeze)
                    .unwrap_or_default();
                for id in ["key-line-toggle-help", "key-line-quit"] {
                    let word = squeeze(&tr!(lang, id));
                    assert!(
                        last.contains(&word),
                        "{lang:?} {name} {size:?}: {last} lacks {word}"
                    );
                }
            }
        }
    }
}

/// `p` means one thing wherever it is bound: open the check screen (the profile picker is F6).
#[test]
fn p_means_one_thing_everywhere() {
    use eks_iam_tui::wizard::keys::Action;
    use strum::IntoEnumIterator;
    let p = Chord::Key(KeyCode::Char('p'));
    let meanings: BTreeSet<&'static str> = Keymap::iter()
        .flat_map(|keymap| keymap.bindings())
        .filter(|b| b.chords.contains(&p))
        .map(|b| <&'static str>::from(b.action))
        .collect();
    assert_eq!(meanings, BTreeSet::from([<&str>::from(Action::RunChecks)]));
}

/// The pickers are one item on the key line of the details and the check screen where it has
/// room; at 80×24, where the key line is full, each screen names them in its own body.
#[test]
fn the_pickers_can_be_found_at_every_size() {
    for lang in [Lang::En, Lang::Ja] {
        let mut details = filled_model(lang);
        open_symptom(&mut details, Symptom::AccessDenied);
        assert_eq!(details.screen, Screen::Context);
        let mut checks = details.clone();
        press(&mut checks, KeyCode::F(5));
        assert_eq!(checks.screen, Screen::Probes);
        let item = squeeze(&format!(
            "F6–F8 {}/{}/{}",
            tr!(lang, "key-line-pick-profile"),
            tr!(lang, "key-line-pick-region"),
            tr!(lang, "key-line-pick-context")
        ));
        for (name, m) in [("details", &mut details), ("checks", &mut checks)] {
            let wide = screen_text(draw(m, (160, 30)).backend().buffer());
            let key_line = wide.lines().last().map(squeeze).unwrap_or_default();
            assert!(key_line.contains(&item), "{lang:?} {name}: {key_line}");
            let small = screen_text(draw(m, (80, 24)).backend().buffer());
            let lines: Vec<&str> = small.lines().collect();
            let body: String = squeeze(&lines[..lines.len() - 2].join(""))
                .chars()
                .filter(|c| *c != '│')
                .collect();
            assert!(
                !squeeze(lines[lines.len() - 1]).contains("F6"),
                "the pickers fit on the full key line at 80: the test needs another size"
            );
            match name {
                "details" => assert!(
                    body.contains(&squeeze(&tr!(lang, "context-pickers"))),
                    "{lang:?}: {small}"
                ),
                _ => assert!(
                    body.contains("(F6):") && body.contains("(F7):"),
                    "{lang:?}: {small}"
                ),
            }
        }
    }
}
