//! Fuzzing the readers of outside text and the sanitiser at every exit, with a fixed, small
//! case budget: decoding never panics and counts the bytes given; what the sanitiser lets
//! through holds no hidden character; both are stable when applied twice.

use eks_iam_tui::i18n::Lang;
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

/// A string value as it may come in a file: plain, empty, hidden characters, quotes, a number.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        Just(String::new()),
        Just("\\u001b]52;c;eA==\\u0007".to_owned()),
        Just("\u{202e}\u{200b}".to_owned()),
        Just("arn:aws:iam::111122223333:role/team/eks-admin".to_owned()),
        Just("aws".to_owned()),
        Just("./bin/aws".to_owned()),
        Just("client.authentication.k8s.io/v1beta1".to_owned()),
        "[a-z0-9:/._-]{0,24}",
        any::<String>(),
    ]
}

/// Case-file JSON: the right kind and schema often, any keys and values of the file's shape,
/// nesting, numbers out of range, and sometimes plain garbage bytes.
fn case_json() -> impl Strategy<Value = Vec<u8>> {
    let keys = prop_oneof![
        Just("kind"),
        Just("schema"),
        Just("tool"),
        Just("context"),
        Just("symptom"),
        Just("checks"),
        Just("findings"),
        Just("region"),
        Just("redacted"),
        Just("version"),
        Just("id"),
        Just("status"),
        Just("evidence"),
    ];
    let scalar = prop_oneof![
        Just("\"eks-iam-tui-case\"".to_owned()),
        Just("1".to_owned()),
        Just("18446744073709551616".to_owned()),
        Just("-1".to_owned()),
        Just("null".to_owned()),
        Just("true".to_owned()),
        value().prop_map(|v| serde_json::Value::String(v).to_string()),
    ];
    let leaf = (keys.clone(), scalar).prop_map(|(k, v)| format!("\"{k}\":{v}"));
    let object =
        prop::collection::vec(leaf, 0..8).prop_map(|fields| format!("{{{}}}", fields.join(",")));
    let nested = (keys, object.clone(), 0usize..4).prop_map(|(k, inner, depth)| {
        let mut value = inner;
        for _ in 0..depth {
            value = format!("[{value}]");
        }
        format!("\"{k}\":{value}")
    });
    let document =
        (any::<bool>(), prop::collection::vec(nested, 0..6)).prop_map(|(known, fields)| {
            let mut all = Vec::new();
            if known {
                all.push("\"kind\":\"eks-iam-tui-case\",\"schema\":1".to_owned());
            }
            all.extend(fields);
            format!("{{{}}}", all.join(",")).into_bytes()
        });
    prop_oneof![4 => document, 1 => bytes()]
}

/// A kubeconfig's YAML: its sections with names, servers, exec plugins and contexts made of
/// the values above, sometimes broken by a stray line.
fn kubeconfig_yaml() -> impl Strategy<Value = String> {
    let quoted = || value().prop_map(|v| serde_json::Value::String(v).to_string());
    let cluster = (quoted(), quoted())
        .prop_map(|(name, server)| format!("- name: {name}\n  cluster:\n    server: {server}\n"));
    let user = (quoted(), quoted(), quoted(), prop::collection::vec(quoted(), 0..6), quoted())
        .prop_map(|(name, api, command, args, env)| {
            format!(
                "- name: {name}\n  user:\n    exec:\n      apiVersion: {api}\n      command: {command}\n      args: [{}]\n      env:\n      - name: AWS_PROFILE\n        value: {env}\n",
                args.join(", ")
            )
        });
    let context = (quoted(), quoted(), quoted()).prop_map(|(name, cluster, user)| {
        format!("- name: {name}\n  context:\n    cluster: {cluster}\n    user: {user}\n")
    });
    (
        prop::collection::vec(cluster, 0..3),
        prop::collection::vec(user, 0..3),
        prop::collection::vec(context, 0..3),
        quoted(),
        prop_oneof![3 => Just(String::new()), 1 => value()],
    )
        .prop_map(|(clusters, users, contexts, current, stray)| {
            format!(
                "apiVersion: v1\nkind: Config\ncurrent-context: {current}\nclusters:\n{}users:\n{}contexts:\n{}{stray}\n",
                clusters.concat(),
                users.concat(),
                contexts.concat()
            )
        })
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: 256,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The case-file reader answers anything with a case or a reason in both languages.
    #[test]
    fn case_files_are_read_or_refused_in_words(input in case_json()) {
        match eks_iam_tui::case::load::from_bytes(&input) {
            Ok(_) => {}
            Err(error) => {
                for lang in [Lang::En, Lang::Ja] {
                    let words = error.message(std::path::Path::new("case.json"), lang);
                    prop_assert!(!words.trim().is_empty());
                }
            }
        }
    }
}

proptest! {
    // Each case writes a file: fewer of them.
    #![proptest_config(ProptestConfig {
        cases: 64,
        failure_persistence: None,
        ..ProptestConfig::default()
    })]

    /// The kubeconfig reader, and what is read from it (the context, the exec plugin), answer
    /// anything with a configuration or a reason in both languages.
    #[test]
    fn kubeconfigs_are_read_or_refused_in_words(yaml in kubeconfig_yaml()) {
        use eks_iam_tui::kubeconfig::{KubeconfigFiles, describe_context, load_kubeconfig, read_exec_plugin};
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("config");
        std::fs::write(&path, &yaml).expect("write");
        let words = |error: &eks_iam_tui::kubeconfig::KubeconfigError| {
            [Lang::En, Lang::Ja].map(|lang| error.words(lang))
        };
        match load_kubeconfig(KubeconfigFiles::Flag(path)) {
            Err(error) => prop_assert!(words(&error).iter().all(|w| !w.trim().is_empty())),
            Ok(loaded) => {
                for named in &loaded.config.auth_infos {
                    if let Some(exec) = named.auth_info.as_ref().and_then(|i| i.exec.as_ref()) {
                        let _ = read_exec_plugin(exec, None);
                    }
                }
                if let Err(error) = describe_context(&loaded, None, None) {
                    prop_assert!(words(&error).iter().all(|w| !w.trim().is_empty()));
                }
            }
        }
    }
}
