//! The "I have an error message" screen's state: what has been pasted or typed, what it was
//! read as, and which reading Enter opens.

use crate::guide::Symptom;
use crate::triage::{Triage, TriageError};

/// What has been pasted or typed so far, what it was read as, and which reading Enter opens.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ErrorPaste {
    pub text: String,
    pub reading: Option<Result<Triage, TriageError>>,
    /// The index in [`choices`] that Enter opens; `None` until ↑↓ is pressed, which means
    /// the recognised symptom.
    pub choice: Option<usize>,
}

/// The readings Enter can open, best first: the recognised symptom, its alternatives, then
/// the other symptoms, each once.
pub fn choices(paste: &ErrorPaste) -> Vec<Symptom> {
    let mut out: Vec<Symptom> = Vec::with_capacity(Symptom::ALL.len());
    if let Some(Ok(reading)) = &paste.reading {
        out.extend(reading.lead.symptom);
        out.extend(reading.lead.alternatives.iter().map(|a| a.symptom));
    }
    for symptom in Symptom::ALL {
        if !out.contains(&symptom) {
            out.push(symptom);
        }
    }
    out
}

/// The reading Enter opens now, if any.
pub fn chosen(paste: &ErrorPaste) -> Option<Symptom> {
    match paste.choice {
        Some(index) => choices(paste).get(index).copied(),
        None => match &paste.reading {
            Some(Ok(reading)) => reading.lead.symptom,
            _ => None,
        },
    }
}
