//! Every real error message under `tests/corpus/` is read as expected: the symptom, all ten
//! fields (a field the entry does not list must come out null: nothing invented), and the
//! symptoms of the further errors in the same paste.

use std::collections::BTreeMap;
use std::path::PathBuf;

use eks_iam_tui::triage::{self, FIELD_NAMES};
use serde::Deserialize;

#[derive(Deserialize)]
struct Entry {
    source: String,
    format: String,
    symptom: String,
    text: String,
    #[serde(default)]
    others: Vec<String>,
    #[serde(default)]
    fields: BTreeMap<String, String>,
}

fn corpus() -> Vec<(String, Entry)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "toml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|path| {
            let text = std::fs::read_to_string(&path).expect("readable");
            let entry: Entry =
                toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, entry)
        })
        .collect()
}

/// What differs between the expectation and the reading, one line each.
fn differences(entry: &Entry) -> Vec<String> {
    let reading = match triage::read(&entry.text) {
        Ok(reading) => reading,
        Err(error) => return vec![format!("refused: {error}")],
    };
    let mut problems = Vec::new();
    if reading.lead.symptom_id() != entry.symptom {
        problems.push(format!(
            "symptom: expected {}, got {}",
            entry.symptom,
            reading.lead.symptom_id()
        ));
    }
    for name in FIELD_NAMES {
        let expected = entry.fields.get(name).cloned();
        let got = reading.lead.fields.get(name);
        if expected != got {
            problems.push(format!("{name}: expected {expected:?}, got {got:?}"));
        }
    }
    let others: Vec<&str> = reading.others.iter().map(|f| f.symptom_id()).collect();
    if others != entry.others {
        problems.push(format!(
            "others: expected {:?}, got {others:?}",
            entry.others
        ));
    }
    for name in entry.fields.keys() {
        if !FIELD_NAMES.contains(&name.as_str()) {
            problems.push(format!("unknown field {name} in the entry"));
        }
    }
    problems
}

#[test]
fn corpus_covers_every_symptom_and_many_formats() {
    let corpus = corpus();
    assert!(corpus.len() >= 40, "only {} messages", corpus.len());
    for symptom in [
        "access-denied",
        "console-nodes",
        "aws-auth-path",
        "pass-role",
        "cross-account",
        "sts-region",
        "unknown",
    ] {
        assert!(
            corpus.iter().any(|(_, e)| e.symptom == symptom),
            "no message for {symptom}"
        );
    }
    for (name, entry) in &corpus {
        assert!(
            entry.source.starts_with("http") || entry.source.contains("seed"),
            "{name}: source must be noted"
        );
        assert!(!entry.format.is_empty(), "{name}: format must be noted");
    }
}

#[test]
fn every_corpus_message_is_read_as_expected() {
    let corpus = corpus();
    let mut failures = Vec::new();
    for (name, entry) in &corpus {
        let problems = differences(entry);
        if !problems.is_empty() {
            failures.push(format!("{name}:\n    {}", problems.join("\n    ")));
        }
    }
    let passed = corpus.len() - failures.len();
    println!("triage corpus accuracy: {passed}/{}", corpus.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
