//! `eks-iam-tui explain`: reads an error message offline and prints the symptom, the values
//! read from it and the guide filled with them.

use std::io::{IsTerminal, Read};

use serde::Serialize;

use super::{EXIT_USAGE, ExplainArgs, GuideFormat};
use crate::guide::render::{self, JsonStep};
use crate::i18n::Lang;
use crate::report::{self, Redactor, ReportInput, Section};
use crate::tr;
use crate::triage::{self, Fields, Finding, MAX_INPUT_BYTES, Triage, TriageError};

/// Exit code when the text shows none of the six symptoms.
pub const EXIT_UNKNOWN: u8 = 1;

#[derive(Serialize)]
struct FindingJson {
    symptom: &'static str,
    confidence: f64,
    fields: Fields,
    steps: Vec<JsonStep>,
}

#[derive(Serialize)]
struct ExplainJson {
    schema: u32,
    symptom: &'static str,
    confidence: f64,
    fields: Fields,
    others: Vec<FindingJson>,
    steps: Vec<JsonStep>,
}

fn rounded(confidence: f64) -> f64 {
    (confidence * 100.0).round() / 100.0
}

/// A finding as JSON. Steps are filled from the real values (so that ARNs still parse) and
/// redacted afterwards with the same redactor as the fields.
fn finding_json(finding: &Finding, lang: Lang, redactor: &mut Option<Redactor>) -> FindingJson {
    let steps = render::to_json_steps(&report::steps_for(finding, lang));
    match redactor {
        Some(redactor) => FindingJson {
            symptom: finding.symptom_id(),
            confidence: rounded(finding.confidence),
            fields: report::redact_finding(redactor, finding).fields,
            steps: steps
                .into_iter()
                .map(|step| JsonStep {
                    id: step.id,
                    title: redactor.redact(&step.title),
                    text: redactor.redact(&step.text),
                    commands: step.commands.iter().map(|c| redactor.redact(c)).collect(),
                })
                .collect(),
        },
        None => FindingJson {
            symptom: finding.symptom_id(),
            confidence: rounded(finding.confidence),
            fields: finding.fields.clone(),
            steps,
        },
    }
}

/// Why the input could not be read; each is a usage error.
enum InputError {
    TooLong(usize),
    File { path: String, details: String },
    Stdin(String),
    None,
}

impl InputError {
    fn message(&self, lang: Lang) -> String {
        match self {
            InputError::TooLong(len) => tr!(
                lang,
                "explain-error-too-long",
                len = *len,
                max = MAX_INPUT_BYTES
            ),
            InputError::File { path, details } => tr!(
                lang,
                "explain-error-read-file",
                path = path.clone(),
                details = details.clone()
            ),
            InputError::Stdin(details) => {
                tr!(lang, "explain-error-stdin", details = details.clone())
            }
            InputError::None => tr!(lang, "explain-error-no-input"),
        }
    }
}

/// Reads at most one byte more than the limit, so an endless stream is refused, not drained.
fn read_bounded(reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn input_text(args: &ExplainArgs) -> Result<String, InputError> {
    let bytes = if let Some(text) = &args.error {
        text.clone().into_bytes()
    } else if let Some(path) = &args.error_file {
        let file = std::fs::File::open(path).map_err(|e| InputError::File {
            path: path.display().to_string(),
            details: e.to_string(),
        })?;
        read_bounded(file).map_err(|e| InputError::File {
            path: path.display().to_string(),
            details: e.to_string(),
        })?
    } else {
        let stdin = std::io::stdin();
        if stdin.is_terminal() {
            return Err(InputError::None);
        }
        read_bounded(stdin.lock()).map_err(|e| InputError::Stdin(e.to_string()))?
    };
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLong(bytes.len()));
    }
    // Logs copied from Windows tools are not always UTF-8; read what can be read.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}

/// Runs `explain`; returns the exit code.
pub fn run_explain(args: &ExplainArgs, lang: Lang) -> u8 {
    let text = match input_text(args) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{}", error.message(lang));
            return EXIT_USAGE;
        }
    };
    let (code, out) = match explain(&text, args.format, args.redact, lang) {
        Ok(done) => done,
        Err(TriageError::TooLong { len, .. }) => {
            eprintln!("{}", InputError::TooLong(len).message(lang));
            return EXIT_USAGE;
        }
    };
    print!("{out}");
    code
}

/// The output and exit code for `text`: the whole command without its I/O.
pub fn explain(
    text: &str,
    format: GuideFormat,
    redact: bool,
    lang: Lang,
) -> Result<(u8, String), TriageError> {
    let reading = triage::read(text)?;
    let code = if reading.lead.symptom.is_some() {
        0
    } else {
        EXIT_UNKNOWN
    };
    let mut redactor = redact.then(|| {
        let mut redactor = Redactor::new();
        redactor.learn(text);
        redactor
    });
    let out = match format {
        GuideFormat::Json => to_json(&reading, lang, &mut redactor),
        GuideFormat::Text => {
            let out = to_text(&reading, lang);
            match &mut redactor {
                Some(redactor) => redactor.redact(&out),
                None => out,
            }
        }
        GuideFormat::Markdown => report::markdown(&ReportInput {
            lang,
            pasted: text,
            triage: &reading,
            extra_sections: Vec::<Section>::new(),
            redact,
        }),
    };
    Ok((code, out))
}

fn to_json(reading: &Triage, lang: Lang, redactor: &mut Option<Redactor>) -> String {
    let lead = finding_json(&reading.lead, lang, redactor);
    let json = ExplainJson {
        schema: 1,
        symptom: lead.symptom,
        confidence: lead.confidence,
        fields: lead.fields,
        others: reading
            .others
            .iter()
            .map(|f| finding_json(f, lang, redactor))
            .collect(),
        steps: lead.steps,
    };
    // Serialising plain structs of strings and numbers cannot fail; an empty object keeps
    // the output parseable if it ever did.
    serde_json::to_string_pretty(&json).unwrap_or_else(|_| "{}".to_owned()) + "\n"
}

fn to_text(reading: &Triage, lang: Lang) -> String {
    let lead = &reading.lead;
    let mut out = format!(
        "{} ({})\n{}\n\n",
        report::symptom_title(lead.symptom, lang),
        lead.symptom_id(),
        tr!(
            lang,
            "triage-confidence",
            percent = report::confidence_percent(lead.confidence)
        )
    );
    for line in report::field_lines(&lead.fields, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    if !reading.others.is_empty() {
        out.push_str(&format!("{}\n", tr!(lang, "triage-others-heading")));
        for other in &reading.others {
            out.push_str(&format!("  - {}\n", report::other_summary(other, lang)));
        }
        out.push('\n');
    }
    match lead.symptom {
        Some(symptom) => {
            let steps = report::steps_for(lead, lang);
            out.push_str(&render::to_text(symptom, &steps, lang));
        }
        None => {
            out.push_str(&tr!(lang, "triage-unknown-hint"));
            out.push('\n');
        }
    }
    out
}
