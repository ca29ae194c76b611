//! The structure of `assets/guide/<symptom>.toml`.

use std::sync::LazyLock;

use serde::Deserialize;

use super::{Field, Symptom};
use crate::i18n::Lang;

/// One symptom's guide: which context fields it asks for and the steps to take.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SymptomGuide {
    pub symptom: Symptom,
    /// The fields the context screen asks for, in order.
    pub fields: Vec<Field>,
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Step {
    /// Stable within the symptom; used in JSON output.
    pub id: String,
    /// Fluent message id of the step's title.
    pub title: String,
    /// Fluent message id of the step's explanation. It may use any placeholder as a variable.
    pub text: String,
    #[serde(default)]
    pub blocks: Vec<Block>,
    #[serde(default)]
    pub links: Vec<Link>,
}

/// A command or document the person copies. Templates use `{{placeholder}}`.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Block {
    pub kind: BlockKind,
    /// Fluent message id of a line shown above the block.
    #[serde(default)]
    pub caption: Option<String>,
    pub template: String,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockKind {
    Shell,
    Json,
    Yaml,
}

impl BlockKind {
    /// The Markdown code fence language.
    pub fn fence(self) -> &'static str {
        match self {
            BlockKind::Shell => "sh",
            BlockKind::Json => "json",
            BlockKind::Yaml => "yaml",
        }
    }
}

/// A link to an official page. English URLs are given; the Japanese edition is derived.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Link {
    /// Fluent message id of the link's label.
    pub label: String,
    pub url: String,
}

impl Link {
    /// The page in the person's language: AWS documentation has a Japanese edition under
    /// `/ja_jp/`; other sites are linked as they are.
    pub fn url_for(&self, lang: Lang) -> String {
        const AWS_DOCS: &str = "https://docs.aws.amazon.com/";
        match (lang, self.url.strip_prefix(AWS_DOCS)) {
            (Lang::Ja, Some(rest)) if !rest.starts_with("ja_jp/") => {
                format!("{AWS_DOCS}ja_jp/{rest}")
            }
            _ => self.url.clone(),
        }
    }
}

#[derive(Debug, thiserror::Error)]
pub enum GuideError {
    #[error("assets/guide/{file}: {source}")]
    Parse {
        file: &'static str,
        source: toml::de::Error,
    },
    #[error("assets/guide/{file} describes {found}, expected {expected}")]
    WrongSymptom {
        file: &'static str,
        found: &'static str,
        expected: &'static str,
    },
}

const GUIDE_SOURCES: [(Symptom, &str, &str); 6] = [
    (
        Symptom::AccessDenied,
        "access-denied.toml",
        include_str!("../../assets/guide/access-denied.toml"),
    ),
    (
        Symptom::ConsoleNodes,
        "console-nodes.toml",
        include_str!("../../assets/guide/console-nodes.toml"),
    ),
    (
        Symptom::AwsAuthPath,
        "aws-auth-path.toml",
        include_str!("../../assets/guide/aws-auth-path.toml"),
    ),
    (
        Symptom::PassRole,
        "pass-role.toml",
        include_str!("../../assets/guide/pass-role.toml"),
    ),
    (
        Symptom::CrossAccount,
        "cross-account.toml",
        include_str!("../../assets/guide/cross-account.toml"),
    ),
    (
        Symptom::StsRegion,
        "sts-region.toml",
        include_str!("../../assets/guide/sts-region.toml"),
    ),
];

static GUIDES: LazyLock<Result<Vec<SymptomGuide>, String>> = LazyLock::new(|| {
    GUIDE_SOURCES
        .iter()
        .map(|(symptom, file, source)| parse_guide(*symptom, file, source))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| e.to_string())
});

fn parse_guide(
    symptom: Symptom,
    file: &'static str,
    source: &str,
) -> Result<SymptomGuide, GuideError> {
    let guide: SymptomGuide =
        toml::from_str(source).map_err(|source| GuideError::Parse { file, source })?;
    if guide.symptom != symptom {
        return Err(GuideError::WrongSymptom {
            file,
            found: guide.symptom.id(),
            expected: symptom.id(),
        });
    }
    Ok(guide)
}

/// All six guides, in the order of [`Symptom::ALL`]. An error names the asset that is broken
/// (a build defect that the test suite catches).
pub fn all_guides() -> Result<&'static [SymptomGuide], &'static str> {
    GUIDES.as_deref().map_err(String::as_str)
}

pub fn guide_for(symptom: Symptom) -> Result<&'static SymptomGuide, &'static str> {
    let guides = all_guides()?;
    guides
        .iter()
        .find(|g| g.symptom == symptom)
        .ok_or("guide missing")
}
