//! `/` search in the real binary: an ARN found in a long guide, the matches highlighted, `n`
//! and `N` going forwards and back (wrapping), in English and then in Japanese.

use crate::support::pty as pty_support;

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use pty_support::{Session, squeeze};

const ROLE: &str = "arn:aws:iam::111122223333:role/eks-admin";

/// The status line's "match N of M", read back into numbers.
fn position(session: &Session, lang: Lang) -> (usize, usize) {
    let screen = session.screen();
    for count in 1..40 {
        for current in 1..=count {
            let said = tr!(lang, "search-found", current = current, count = count);
            if screen.lines().any(|l| squeeze(l) == squeeze(&said)) {
                return (current, count);
            }
        }
    }
    panic!("no match position on screen:\n{screen}");
}

#[test]
fn an_arn_is_found_in_a_long_guide_and_n_and_shift_n_move_between_matches() {
    let mut session = Session::start(
        "en_US.UTF-8",
        &[
            "--principal-arn",
            "arn:aws:sts::111122223333:assumed-role/eks-admin/alice",
            "--cluster",
            "prod",
        ],
    );
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3");
    session.wait_for(&tr!(Lang::En, "context-intro")[..12]);
    session.send(b"\r");
    session.wait_for(&format!("/ {}", tr!(Lang::En, "key-line-search")));
    // Typed in another case: Latin letters match whatever their case.
    session.send(b"/");
    session.wait_for(&tr!(Lang::En, "search-prompt"));
    session.send(ROLE.to_uppercase().as_bytes());
    session.wait_for(&ROLE.to_uppercase());
    session.send(b"\r");
    let first = session.wait_until("the first match", |s| {
        s.contains(&tr!(Lang::En, "search-found", current = 1, count = 2)[..6])
    });
    let (current, count) = position(&session, Lang::En);
    assert_eq!(current, 1, "{first}");
    assert!(count >= 2, "one match only:\n{first}");
    // Every match on screen is the ARN itself, whole.
    let lit = session.highlighted();
    assert!(!lit.is_empty(), "nothing highlighted:\n{first}");
    assert!(lit.iter().all(|run| run == ROLE), "{lit:?}\n{first}");

    let mut seen = vec![current];
    for _ in 1..count {
        session.send(b"n");
        let before = *seen.last().unwrap_or(&0);
        session.wait_until("the next match", |s| {
            !s.contains(&tr!(
                Lang::En,
                "search-found",
                current = before,
                count = count
            ))
        });
        let (next, total) = position(&session, Lang::En);
        assert_eq!(total, count);
        assert_eq!(next, before + 1);
        assert!(session.highlighted().iter().any(|run| run == ROLE));
        seen.push(next);
    }
    // n past the last wraps to the first; N goes back to the last.
    session.send(b"n");
    session.wait_for(&tr!(Lang::En, "search-found", current = 1, count = count));
    session.send(b"N");
    session.wait_for(&tr!(
        Lang::En,
        "search-found",
        current = count,
        count = count
    ));

    // In Japanese, the same search from the top says where it is in Japanese (a search starts
    // from the line at the top of the screen).
    session.send(b"l");
    session.wait_for(&tr!(Lang::Ja, "key-line-search"));
    session.send(b"g");
    session.send(b"/");
    session.wait_for(&tr!(Lang::Ja, "search-prompt"));
    session.send(ROLE.as_bytes());
    session.send(b"\r");
    session.wait_for(&tr!(Lang::Ja, "search-found", current = 1, count = count));
    assert!(session.highlighted().iter().any(|run| run == ROLE));
    // Nothing found is said, and n then has nothing to do.
    session.send(b"/");
    session.send("存在しない語".as_bytes());
    session.send(b"\r");
    session.wait_for(&tr!(Lang::Ja, "search-no-match", query = "存在しない語"));
    assert!(session.highlighted().is_empty());
    session.send(b"q");
    session.wait_exit();
    session.assert_restored();
}
