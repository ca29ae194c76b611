//! Fuzzing the readers of outside text and the sanitiser at every exit, with a fixed, small
//! case budget: decoding never panics and counts the bytes given; what the sanitiser lets
//! through holds no hidden character; both are stable when applied twice.

use eks_iam_tui::read_input::{self, TextEncoding};
use eks_iam_tui::safe_text::{has_hidden, visible, visible_line};
use proptest::prelude::*;

/// Byte soup that often looks like the real thing: BOMs, Shift_JIS lead bytes, escapes.
fn bytes() -> impl Strategy<Value = Vec<u8>> {
    let pieces = prop_oneof![
        Just(vec![0xef, 0xbb, 0xbf]),
        Just(vec![0xff, 0xfe]),
        Just(vec![0xfe, 0xff]),
        Just(vec![0x82, 0xa0]),
        Just(vec![0x83, 0x41]),
        Just(b"\x1b]52;c;".to_vec()),
        Just("\u{202e}\u{200b}".as_bytes().to_vec()),
        Just(b"AccessDenied ".to_vec()),
        prop::collection::vec(any::<u8>(), 0..16),
    ];
    prop::collection::vec(pieces, 0..24).prop_map(|v| v.concat())
}

/// Text with the characters the sanitiser is about, among any others.
fn text() -> impl Strategy<Value = String> {
    let pieces = prop_oneof![
        Just("\x1b[2J".to_owned()),
        Just("\u{9b}".to_owned()),
        Just("\u{202e}".to_owned()),
        Just("\u{2066}".to_owned()),
        Just("\u{feff}".to_owned()),
        Just("\r\n".to_owned()),
        Just("\r".to_owned()),
        Just("\t".to_owned()),
        Just("\\x1b".to_owned()),
        any::<String>(),
    ];
    prop::collection::vec(pieces, 0..16).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    #[test]
    fn decoding_counts_the_bytes_given(input in bytes()) {
        let decoded = read_input::decode(&input);
        prop_assert_eq!(decoded.given_bytes, input.len());
        if decoded.encoding == TextEncoding::Utf8 {
            let plain = input.strip_prefix(&[0xef, 0xbb, 0xbf][..]).unwrap_or(&input);
            prop_assert_eq!(decoded.text.as_bytes(), plain);
        }
        // At most three bytes of UTF-8 for every byte given: what triage's bound relies on.
        prop_assert!(decoded.text.len() <= 3 * input.len().max(1));
    }

    #[test]
    fn bounded_reading_never_takes_more_than_one_byte_past_the_limit(
        input in bytes(),
        max in 0usize..64,
    ) {
        let read = read_input::read_bounded(&input[..], max).expect("a slice reads");
        prop_assert!(read.len() <= max + 1);
        prop_assert_eq!(&read[..], &input[..read.len()]);
    }

    #[test]
    fn nothing_hidden_gets_through(input in text()) {
        let line = visible_line(&input);
        prop_assert!(!has_hidden(&line), "{:?}", line);
        let shown = visible(&input);
        prop_assert!(
            shown.chars().all(|c| !has_hidden(&c.to_string()) || c == '\n' || c == '\t'),
            "{:?}", shown
        );
        let twice = visible(&shown).into_owned();
        prop_assert_eq!(twice.as_str(), shown.as_ref());
        let twice = visible_line(&line).into_owned();
        prop_assert_eq!(twice.as_str(), line.as_ref());
        if !has_hidden(&input) {
            prop_assert_eq!(line.as_ref(), input.as_str());
        }
    }

    #[test]
    fn decoded_text_is_shown_safely(input in bytes()) {
        let decoded = read_input::decode(&input);
        prop_assert!(!has_hidden(&visible_line(&decoded.text)));
    }
}
