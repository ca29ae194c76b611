//! How much a finding matters: the same three levels for the probes' findings and the
//! aws-auth linter's.

use serde::{Deserialize, Serialize};

/// Ordered most severe first, so sorting puts errors on top.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    Deserialize,
    strum::IntoStaticStr,
)]
#[serde(into = "&'static str", rename_all = "lowercase")]
#[strum(serialize_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

impl Severity {
    /// `error`, `warning` or `info`: in JSON and in printed findings.
    pub fn id(self) -> &'static str {
        self.into()
    }
}
