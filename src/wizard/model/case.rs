//! A case opened from a file (`eks-iam-tui open FILE`): who collected it, when, with which
//! version and in which language, and the checks as they were collected. The check screen
//! shows these until the person asks for a live run of their own (F5); the collected ones are
//! then kept beside it.

use std::path::PathBuf;

use crate::case::{CaseFile, Replayed};
use crate::guide::{Field, Symptom};
use crate::i18n::Lang;
use crate::probes::ProbeReport;
use crate::triage::Triage;

/// Where the results on the check screen came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RunOrigin {
    /// A run of this wizard, with the credentials of the person at the keyboard.
    #[default]
    Live,
    /// Read from a case file: what the checks saw where and when the case was collected.
    Collected,
}

/// A case file the wizard was opened on.
#[derive(Debug, Clone, PartialEq)]
pub struct OpenedCase {
    pub path: PathBuf,
    /// The file as read, kept whole so that a kept session can open it again.
    pub file: CaseFile,
    /// RFC 3339, UTC, as the file says.
    pub collected_at: String,
    /// The version that collected it, with its commit when it had one.
    pub version: String,
    /// The language of the person who collected it.
    pub lang: Lang,
    pub redacted: bool,
    /// The symptom the case is about.
    pub symptom: Symptom,
    /// The checks as collected, in the order they were reported.
    pub reports: Vec<ProbeReport>,
    /// The Region the collecting run resolved.
    pub region: Option<String>,
    /// The AWS profile the collecting run was given, if any.
    pub profile: Option<String>,
    /// The values the checks started from (what was given or read from the pasted error).
    pub values: Vec<(Field, String)>,
    /// The pasted error and how it was read, when there was one.
    pub pasted: Option<(String, Triage)>,
}

impl OpenedCase {
    pub fn new(path: PathBuf, case: &CaseFile, replayed: Replayed) -> OpenedCase {
        let version = match &case.tool.commit {
            Some(commit) => format!("{} ({commit})", case.tool.version),
            None => case.tool.version.clone(),
        };
        let mut values: Vec<(Field, String)> = Field::ALL
            .into_iter()
            .filter_map(|field| {
                replayed
                    .prepared
                    .get(field)
                    .map(|value| (field, value.to_owned()))
            })
            .collect();
        // The Region the customer's run used, so a live run asks about the same one.
        if !values.iter().any(|(field, _)| *field == Field::Region)
            && let Some(region) = &replayed.region
        {
            values.push((Field::Region, region.clone()));
        }
        OpenedCase {
            path,
            file: case.clone(),
            collected_at: case.collected_at.clone(),
            version,
            lang: case.lang,
            redacted: case.redacted,
            symptom: replayed.symptom,
            reports: replayed.reports,
            region: replayed.region,
            profile: case.inputs.profile.clone(),
            values,
            pasted: replayed.pasted,
        }
    }
}
