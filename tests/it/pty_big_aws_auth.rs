//! A 15,000-entry aws-auth ConfigMap (under the 2 MiB cap) and one of many aliases, read from
//! a file on the aws-auth screen of the real binary in a pseudo-terminal: the screen answers
//! keys, lists a bounded number of findings and counts the rest, and the program ends on
//! SIGTERM with the terminal restored. Times are printed for the report (`--nocapture`);
//! the only bound asserted is a generous one.

use crate::support::big_aws_auth;
use crate::support::pty as pty_support;

use std::time::{Duration, Instant};

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use pty_support::{Session, flat};

const END: &[u8] = b"\x1b[F";
const HOME: &[u8] = b"\x1b[H";
const PAGE_DOWN: &[u8] = b"\x1b[6~";

/// From home to the guide of `aws-auth-path`, then `a`, then the file's path and Enter.
fn load_file(session: &mut Session, path: &str) {
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3");
    session.wait_for(&tr!(Lang::En, "context-intro")[..12]);
    session.send(b"\r");
    session.wait_for(&format!("a {}", tr!(Lang::En, "key-line-open-aws-auth")));
    session.send(b"a");
    session.wait_for(&format!("Enter {}", tr!(Lang::En, "key-line-read-file")));
    session.send(path.as_bytes());
    session.send(b"\r");
}

/// Sends `key` and waits for the screen to change; returns how long that took.
fn timed_key(session: &mut Session, key: &[u8]) -> Duration {
    let before = session.screen();
    let started = Instant::now();
    session.send(key);
    // The first change on screen, read every 2 ms (no settling time added).
    while session.screen() == before {
        assert!(
            started.elapsed() < Duration::from_secs(20),
            "the key was not answered"
        );
        std::thread::sleep(Duration::from_millis(2));
    }
    let took = started.elapsed();
    session.wait_until("the screen to settle", |_| true);
    took
}

fn sigterm_and_wait(session: &mut Session) -> Duration {
    let started = Instant::now();
    let status = std::process::Command::new("kill")
        .args(["-TERM", &session.pid().to_string()])
        .status()
        .expect("kill");
    assert!(status.success());
    session.wait_exit();
    let took = started.elapsed();
    session.assert_restored();
    took
}

#[test]
fn a_15000_entry_map_stays_usable_and_ends_on_sigterm() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("aws-auth.yaml");
    let text = big_aws_auth::big_aws_auth(15_000);
    assert!(text.len() < 2 * 1024 * 1024, "{} bytes", text.len());
    std::fs::write(&path, &text).expect("write");
    let mut session = Session::start("en_US.UTF-8", &[]);
    load_file(&mut session, &path.display().to_string());
    let started = Instant::now();
    let loaded = session.wait_for(&tr!(Lang::En, "aws-auth-screen-findings-title"));
    let load_time = started.elapsed();
    assert!(flat(&loaded).contains("mapRoles"), "{loaded}");
    let mut times = Vec::new();
    for key in [PAGE_DOWN, PAGE_DOWN, b"j".as_slice(), END, HOME, PAGE_DOWN] {
        times.push(timed_key(&mut session, key));
    }
    times.sort();
    eprintln!(
        "measured: 15,000 entries ({} bytes): loaded and laid out in {:.2} s; frame after a key: median {:.0} ms, worst {:.0} ms",
        text.len(),
        load_time.as_secs_f64(),
        times[times.len() / 2].as_secs_f64() * 1000.0,
        times[times.len() - 1].as_secs_f64() * 1000.0
    );
    // Somewhere in the report the rest of the findings are counted, not listed.
    session.send(HOME);
    let mut counted = false;
    session.wait_until("the top of the report", |screen| {
        flat(screen).contains(&flat(&tr!(Lang::En, "aws-auth-screen-findings-title")))
    });
    for _ in 0..400 {
        if flat(&session.screen()).contains(&flat("more findings, not listed here")) {
            counted = true;
            break;
        }
        // One page at a time, each drawn before the next: a busy machine would otherwise
        // take several in one batch and page past the line looked for.
        timed_key(&mut session, PAGE_DOWN);
    }
    assert!(counted, "{}", session.screen());
    let took = sigterm_and_wait(&mut session);
    eprintln!(
        "measured: SIGTERM to exit: {:.0} ms",
        took.as_secs_f64() * 1000.0
    );
    assert!(took < Duration::from_secs(10));
}

/// While the map is analysed and laid out (off the run loop), keys are answered and SIGTERM
/// ends the program. Only usability and the exit are asserted; times are printed.
#[test]
fn keys_and_sigterm_are_answered_while_a_15000_entry_map_is_analysed() {
    const TAB: &[u8] = b"\t";
    const F1: &[u8] = b"\x1bOP";
    const ESC: &[u8] = b"\x1b";
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("aws-auth.yaml");
    std::fs::write(&path, big_aws_auth::big_aws_auth(15_000)).expect("write");
    let mut session = Session::start("en_US.UTF-8", &[]);
    load_file(&mut session, &path.display().to_string());
    let started = Instant::now();
    session.wait_for("Analysing");
    let mut times = Vec::new();
    // Tab moves the keys between the path and the report (the key line changes), F1 opens the
    // help and Esc closes it: each is drawn while the analysis goes on.
    let keys_before = session.screen();
    times.push(timed_key(&mut session, TAB));
    assert_ne!(session.screen(), keys_before);
    times.push(timed_key(&mut session, F1));
    session.wait_for(&tr!(Lang::En, "help-title"));
    times.push(timed_key(&mut session, ESC));
    let still_analysing = session.screen().contains("Analysing");
    let took = sigterm_and_wait(&mut session);
    eprintln!(
        "measured: while a 15,000-entry map was analysed: keys answered in {} ms; SIGTERM {:.1} s after Enter, {} analysis, exit after {:.0} ms",
        times
            .iter()
            .map(|t| format!("{:.0}", t.as_secs_f64() * 1000.0))
            .collect::<Vec<_>>()
            .join("/"),
        started.elapsed().as_secs_f64() - took.as_secs_f64(),
        if still_analysing {
            "during the"
        } else {
            "after the"
        },
        took.as_secs_f64() * 1000.0
    );
    assert!(took < Duration::from_secs(10));
}

/// 100,000 uses of one alias are one finding that counts the rest.
#[test]
fn a_map_of_many_aliases_reports_the_alias_once() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("aliases.yaml");
    let text = big_aws_auth::many_aliases(100_000);
    std::fs::write(&path, &text).expect("write");
    let mut session = Session::start("en_US.UTF-8", &[]);
    load_file(&mut session, &path.display().to_string());
    let started = Instant::now();
    session.wait_for(&tr!(Lang::En, "aws-auth-screen-findings-title"));
    let load_time = started.elapsed();
    session.wait_for("99999 more after it are the alias *node");
    // Tab moves the keys to the path box: the key line changes.
    let key = timed_key(&mut session, b"\t");
    eprintln!(
        "measured: 100,000 aliases ({} bytes): loaded in {:.2} s; Tab answered in {:.0} ms",
        text.len(),
        load_time.as_secs_f64(),
        key.as_secs_f64() * 1000.0
    );
    let took = sigterm_and_wait(&mut session);
    eprintln!(
        "measured: SIGTERM to exit: {:.0} ms",
        took.as_secs_f64() * 1000.0
    );
    assert!(took < Duration::from_secs(10));
}
