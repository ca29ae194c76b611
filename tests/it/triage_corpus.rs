//! Every real error message under `tests/corpus/` is read as expected: the symptom, all ten
//! fields (a field the entry does not list must come out null: nothing invented), `related`
//! and the symptoms of the further errors in the same paste.
//!
//! The corpus has two splits. `dev/` is what the rules were written from: every entry must
//! be read exactly. `validation/` was gathered and labelled from the messages' meaning before
//! the rules were changed, by a fixed rule (the n-th newly gathered message went there when
//! n % 5 is 2 or 4), and is not read while writing rules: it measures how the reader
//! generalises, so it is held to the goal (symptom 95 in 100, fields 90 in 100) and
//! its misses are printed, not fixed one by one.
//!
//! `cargo test --test it triage_corpus -- --nocapture` prints the accuracy of each split.

use std::collections::BTreeMap;
use std::path::PathBuf;

use eks_iam_tui::triage::{self, FIELD_NAMES};
use serde::Deserialize;

#[derive(Deserialize)]
struct Entry {
    source: String,
    format: String,
    symptom: String,
    #[serde(default)]
    related: Option<String>,
    text: String,
    #[serde(default)]
    others: Vec<String>,
    #[serde(default)]
    fields: BTreeMap<String, String>,
}

fn split(name: &str) -> Vec<(String, Entry)> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/corpus")
        .join(name);
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

/// How one message was read against its expectation.
#[derive(Default)]
struct Check {
    symptom: bool,
    fields: bool,
    related: bool,
    others: bool,
    problems: Vec<String>,
}

impl Check {
    fn all(&self) -> bool {
        self.symptom && self.fields && self.related && self.others
    }
}

fn check(entry: &Entry) -> Check {
    let reading = match triage::read(&entry.text) {
        Ok(reading) => reading,
        Err(error) => {
            return Check {
                problems: vec![format!("refused: {error}")],
                ..Check::default()
            };
        }
    };
    let mut check = Check {
        symptom: true,
        fields: true,
        related: true,
        others: true,
        problems: Vec::new(),
    };
    if reading.lead.symptom_id() != entry.symptom {
        check.symptom = false;
        check.problems.push(format!(
            "symptom: expected {}, got {}",
            entry.symptom,
            reading.lead.symptom_id()
        ));
    }
    for name in FIELD_NAMES {
        let expected = entry.fields.get(name).cloned();
        let got = reading.lead.fields.get(name);
        if expected != got {
            check.fields = false;
            check
                .problems
                .push(format!("{name}: expected {expected:?}, got {got:?}"));
        }
    }
    for name in entry.fields.keys() {
        if !FIELD_NAMES.contains(&name.as_str()) {
            check.fields = false;
            check
                .problems
                .push(format!("unknown field {name} in the entry"));
        }
    }
    let related = reading.lead.related_id();
    if related != entry.related.as_deref() {
        check.related = false;
        check.problems.push(format!(
            "related: expected {:?}, got {related:?}",
            entry.related
        ));
    }
    let others: Vec<&str> = reading.others.iter().map(|f| f.symptom_id()).collect();
    if others != entry.others {
        check.others = false;
        check.problems.push(format!(
            "others: expected {:?}, got {others:?}",
            entry.others
        ));
    }
    check
}

struct Score {
    total: usize,
    symptom: usize,
    fields: usize,
    related: usize,
    all: usize,
    failures: Vec<String>,
}

impl Score {
    fn percent(part: usize, total: usize) -> f64 {
        if total == 0 {
            0.0
        } else {
            part as f64 * 100.0 / total as f64
        }
    }
}

fn score(name: &str) -> Score {
    let corpus = split(name);
    let mut score = Score {
        total: corpus.len(),
        symptom: 0,
        fields: 0,
        related: 0,
        all: 0,
        failures: Vec::new(),
    };
    for (file, entry) in &corpus {
        let check = check(entry);
        score.symptom += usize::from(check.symptom);
        score.fields += usize::from(check.fields);
        score.related += usize::from(check.related);
        score.all += usize::from(check.all());
        if !check.all() {
            score.failures.push(format!(
                "{file} ({}):\n    {}",
                entry.format,
                check.problems.join("\n    ")
            ));
        }
    }
    println!(
        "triage corpus {name}: {} messages; symptom {}/{} ({:.1}%), fields {}/{} ({:.1}%), related {}/{} ({:.1}%), everything {}/{} ({:.1}%)",
        score.total,
        score.symptom,
        score.total,
        Score::percent(score.symptom, score.total),
        score.fields,
        score.total,
        Score::percent(score.fields, score.total),
        score.related,
        score.total,
        Score::percent(score.related, score.total),
        score.all,
        score.total,
        Score::percent(score.all, score.total),
    );
    score
}

#[test]
fn corpus_covers_every_class_and_is_sourced() {
    let dev = split("dev");
    let validation = split("validation");
    assert!(validation.len() >= 60, "validation: {}", validation.len());
    let all: Vec<&(String, Entry)> = dev.iter().chain(&validation).collect();
    assert!(all.len() >= 200, "only {} messages", all.len());
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
            all.iter().any(|(_, e)| e.symptom == symptom),
            "no message for {symptom}"
        );
    }
    for related in [
        "exec-plugin-api-version",
        "exec-plugin-failed",
        "credentials-expired",
        "credentials-invalid",
        "credentials-missing",
        "clock-skew",
        "authentication-mode",
    ] {
        assert!(
            all.iter()
                .any(|(_, e)| e.related.as_deref() == Some(related)),
            "no message for {related}"
        );
    }
    let unknown_or_related = all
        .iter()
        .filter(|(_, e)| e.symptom == "unknown" || e.related.is_some())
        .count();
    assert!(unknown_or_related >= 25, "{unknown_or_related}");
    let japanese = all
        .iter()
        .filter(|(_, e)| e.text.chars().any(|c| matches!(c as u32, 0x3040..=0x30FF)))
        .count();
    assert!(japanese >= 20, "only {japanese} Japanese messages");
    for (name, entry) in &all {
        assert!(
            entry.source.starts_with("http") || entry.source.contains("seed"),
            "{name}: source must be noted"
        );
        assert!(!entry.format.is_empty(), "{name}: format must be noted");
        if let Some(related) = &entry.related {
            assert_eq!(
                entry.symptom, "unknown",
                "{name}: related is named only when the symptom is unknown ({related})"
            );
        }
    }
}

#[test]
fn every_dev_message_is_read_as_expected() {
    let score = score("dev");
    assert!(score.failures.is_empty(), "{}", score.failures.join("\n"));
}

/// The goal on text the rules were not written from. Misses are printed so that the
/// closing note can say which kinds of text are still read wrongly.
#[test]
fn validation_split_meets_the_goal() {
    let score = score("validation");
    for failure in &score.failures {
        println!("validation miss: {failure}");
    }
    let symptom = Score::percent(score.symptom, score.total);
    let fields = Score::percent(score.fields, score.total);
    assert!(symptom >= 95.0, "symptom accuracy {symptom:.1}% < 95%");
    assert!(fields >= 90.0, "field accuracy {fields:.1}% < 90%");
}
