//! The reader never panics, reads the longest input it accepts (adversarial text included),
//! and refuses anything longer instead of cutting it.

use eks_iam_tui::triage::{self, MAX_INPUT_BYTES, TriageError};
use proptest::prelude::*;

/// Fragments the patterns look for, so that random text often comes close to matching.
const FRAGMENTS: [&str; 24] = [
    "User: ",
    "arn:aws:iam::111122223333:user/",
    "arn:aws:sts::",
    ":assumed-role/",
    "is not authorized to perform: ",
    "eks:DescribeCluster",
    " on resource: ",
    "An error occurred (",
    ") when calling the ",
    " operation: ",
    "operation error EKS: ",
    "api error ",
    "Credential should be scoped to a valid region",
    "You must be logged in to the server (",
    "nodes is forbidden: User \"",
    "\" cannot list resource \"",
    "with an explicit deny in a ",
    "because no ",
    "\\n",
    "\\\"",
    "\n",
    "│ ",
    "現在のユーザーまたはロール",
    "\\\n",
];

fn fragments() -> impl Strategy<Value = String> {
    prop::collection::vec(
        prop_oneof![
            prop::sample::select(FRAGMENTS.to_vec()).prop_map(str::to_owned),
            any::<String>(),
        ],
        0..40,
    )
    .prop_map(|parts| parts.concat())
}

proptest! {
    #[test]
    fn arbitrary_text_never_panics(text in any::<String>()) {
        let _ = triage::read(&text);
    }

    #[test]
    fn near_misses_never_panic_and_fields_come_from_the_text(text in fragments()) {
        if let Ok(reading) = triage::read(&text) {
            // Nothing invented: an extracted account id appears in the text as written.
            if let Some(account) = &reading.lead.fields.account_id {
                prop_assert!(text.contains(account.as_str()));
            }
            prop_assert!((0.0..=1.0).contains(&reading.lead.confidence));
        }
    }
}

fn repeat_to(unit: &str, len: usize) -> String {
    let mut text = unit.repeat(len / unit.len() + 1);
    let mut end = len;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

#[test]
fn the_longest_accepted_input_is_read_even_when_adversarial() {
    let adversarial = [
        // Starts of every pattern, never completed.
        "User: arn:aws:iam::111122223333:user/a is not authorized to perform ",
        "An error occurred (X) when calling the ",
        "arn:",
        "a",
        "\\",
        "ー",
        // One error, over and over: the others are capped, the lead is still right.
        "User: arn:aws:iam::111122223333:user/a is not authorized to perform: eks:ListClusters\n",
    ];
    for unit in adversarial {
        let text = repeat_to(unit, MAX_INPUT_BYTES);
        assert!(text.len() <= MAX_INPUT_BYTES);
        let reading = triage::read(&text).expect("accepted");
        assert!(reading.others.len() <= triage::MAX_OTHERS);
    }
    let text = repeat_to(
        "User: arn:aws:iam::111122223333:user/a is not authorized to perform: eks:ListClusters\n",
        MAX_INPUT_BYTES,
    );
    let reading = triage::read(&text).expect("accepted");
    assert_eq!(reading.lead.symptom_id(), "access-denied");
    assert_eq!(
        reading.lead.fields.action.as_deref(),
        Some("eks:ListClusters")
    );
}

#[test]
fn one_byte_too_many_is_refused_not_cut() {
    let text = "a".repeat(MAX_INPUT_BYTES + 1);
    assert_eq!(
        triage::read(&text),
        Err(TriageError::TooLong {
            len: MAX_INPUT_BYTES + 1,
            max: MAX_INPUT_BYTES
        })
    );
}

/// The texts of the whole corpus (both splits).
fn corpus_texts() -> Vec<String> {
    #[derive(serde::Deserialize)]
    struct Entry {
        text: String,
    }
    let root = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut texts = Vec::new();
    for split in ["dev", "validation"] {
        let mut files: Vec<_> = std::fs::read_dir(root.join(split))
            .expect("corpus split")
            .map(|e| e.expect("entry").path())
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        files.sort();
        for path in files {
            let entry: Entry =
                toml::from_str(&std::fs::read_to_string(&path).expect("readable")).expect("toml");
            texts.push(entry.text);
        }
    }
    texts
}

static CORPUS: std::sync::LazyLock<Vec<String>> = std::sync::LazyLock::new(corpus_texts);

/// The line breaks a paste may arrive with: LF, CR LF, CR (xterm, VTE, iTerm2, kitty), NEL.
const BREAKS: [&str; 4] = ["\n", "\r\n", "\r", "\u{85}"];

#[test]
fn every_corpus_message_reads_the_same_with_each_kind_of_line_break() {
    assert!(CORPUS.len() >= 200);
    let mut wrapped = 0;
    for text in CORPUS.iter() {
        wrapped += usize::from(text.contains('\n'));
        let lf = triage::read(text).expect("accepted");
        for kind in &BREAKS[1..] {
            let variant = text.replace('\n', kind);
            assert_eq!(
                triage::read(&variant).expect("accepted"),
                lf,
                "{kind:?} breaks read differently:\n{text}"
            );
        }
    }
    assert!(wrapped >= 50, "only {wrapped} multi-line messages");
}

proptest! {
    /// Mixed line breaks in one paste (a terminal's CR inside a CI log's LF) read the same.
    #[test]
    fn mixed_line_breaks_read_as_lf(
        index in 0usize..10_000,
        kinds in prop::collection::vec(0usize..BREAKS.len(), 64),
    ) {
        let text = &CORPUS[index % CORPUS.len()];
        let mut variant = String::with_capacity(text.len() + 16);
        for (n, piece) in text.split('\n').enumerate() {
            if n > 0 {
                variant.push_str(BREAKS[kinds[(n - 1) % kinds.len()]]);
            }
            variant.push_str(piece);
        }
        prop_assert_eq!(
            triage::read(&variant).expect("accepted"),
            triage::read(text).expect("accepted")
        );
    }
}
