//! A case with the customer's values replaced by stable placeholders (`ACCOUNT_1`,
//! `SESSION_1`, `ACCESS_KEY_1`, `ENDPOINT_1`): the same value gets the same placeholder
//! everywhere in the file, and the mapping is never written.

use serde_json::Value;

use super::CaseFile;
use crate::report::{RedactionCounts, Redactor};

/// Why a case could not be redacted: its own document did not convert (a bug, not input).
#[derive(Debug, thiserror::Error)]
#[error("the case could not be redacted: {0}")]
pub struct RedactError(#[from] serde_json::Error);

/// The parts of a case that hold the customer's values.
const PARTS: [&str; 4] = ["inputs", "triage", "checks", "kubeconfig"];

/// The case redacted, and how many distinct values of each kind were replaced.
pub fn redact(case: &CaseFile) -> Result<(CaseFile, RedactionCounts), RedactError> {
    let mut document = serde_json::to_value(case)?;
    let mut redactor = Redactor::new();
    // Everything is learnt before anything is replaced, so a session name or an endpoint
    // that one check saw is also caught where the pasted error or another check names it.
    for check in &case.checks {
        if let Some(Value::String(endpoint)) = check.evidence.get("endpoint") {
            redactor.learn_endpoint(endpoint);
        }
    }
    if let Some(server) = case.kubeconfig.as_ref().and_then(|k| k.server.as_ref()) {
        redactor.learn_endpoint(server);
    }
    for part in PARTS {
        if let Some(value) = document.get(part) {
            redactor.learn(&value.to_string());
        }
    }
    if let Some(text) = &case.inputs.pasted_error {
        redactor.learn(text);
    }
    for part in PARTS {
        if let Some(value) = document.get_mut(part) {
            redactor.redact_value(value);
        }
    }
    let mut redacted: CaseFile = serde_json::from_value(document)?;
    redacted.redacted = true;
    Ok((redacted, redactor.counts()))
}
