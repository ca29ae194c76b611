//! The six symptoms of the EKS User Guide page "Troubleshooting IAM".

use clap::ValueEnum;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Symptom {
    AccessDenied,
    ConsoleNodes,
    AwsAuthPath,
    PassRole,
    CrossAccount,
    StsRegion,
}

impl Symptom {
    /// In the order the wizard lists them.
    pub const ALL: [Symptom; 6] = [
        Symptom::AccessDenied,
        Symptom::ConsoleNodes,
        Symptom::AwsAuthPath,
        Symptom::PassRole,
        Symptom::CrossAccount,
        Symptom::StsRegion,
    ];

    /// The stable id used on the command line, in assets and in JSON.
    pub fn id(self) -> &'static str {
        match self {
            Symptom::AccessDenied => "access-denied",
            Symptom::ConsoleNodes => "console-nodes",
            Symptom::AwsAuthPath => "aws-auth-path",
            Symptom::PassRole => "pass-role",
            Symptom::CrossAccount => "cross-account",
            Symptom::StsRegion => "sts-region",
        }
    }

    pub fn from_id(id: &str) -> Option<Symptom> {
        Symptom::ALL.into_iter().find(|s| s.id() == id)
    }

    pub fn title_id(self) -> String {
        format!("symptom-{}-title", self.id())
    }

    pub fn summary_id(self) -> String {
        format!("symptom-{}-summary", self.id())
    }
}
