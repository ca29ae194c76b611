//! What the linter reports: stable codes and fields for machines, a Fluent message for people.

use serde::Serialize;

use crate::i18n::{self, Args, Lang};
pub use crate::severity::Severity;

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Code {
    RolePath,
    SsoRolePath,
    AssumedRoleArn,
    InvalidArn,
    NotAStringBlock,
    UnknownKey,
    DuplicateArn,
    SystemMasters,
    UsernameTemplate,
    MalformedEntry,
    /// `mapAccounts` maps a whole account with no groups.
    MapAccounts,
    /// The ConfigMap is not `kube-system/aws-auth`, so the authenticator never reads it.
    NotAwsAuth,
    /// `*` or `?` in a `rolearn`/`userarn` (or an SSO permission set): compared literally,
    /// so the entry never matches a real caller.
    WildcardArn,
    /// `{{SessionName}}` unquoted: YAML reads a mapping used as a key, the conversion to JSON
    /// fails and the whole section is dropped.
    UnquotedTemplate,
    /// A control, bidirectional or zero-width character in an ARN, username or group: the
    /// value is not the one it looks like, so it never matches (or binds) what it seems to.
    HiddenCharacters,
}

impl Code {
    pub const ALL: [Code; 15] = [
        Code::RolePath,
        Code::SsoRolePath,
        Code::AssumedRoleArn,
        Code::InvalidArn,
        Code::NotAStringBlock,
        Code::UnknownKey,
        Code::DuplicateArn,
        Code::SystemMasters,
        Code::UsernameTemplate,
        Code::MalformedEntry,
        Code::MapAccounts,
        Code::NotAwsAuth,
        Code::WildcardArn,
        Code::UnquotedTemplate,
        Code::HiddenCharacters,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Code::RolePath => "role-path",
            Code::SsoRolePath => "sso-role-path",
            Code::AssumedRoleArn => "assumed-role-arn",
            Code::InvalidArn => "invalid-arn",
            Code::NotAStringBlock => "not-a-string-block",
            Code::UnknownKey => "unknown-key",
            Code::DuplicateArn => "duplicate-arn",
            Code::SystemMasters => "system-masters",
            Code::UsernameTemplate => "username-template",
            Code::MalformedEntry => "malformed-entry",
            Code::MapAccounts => "map-accounts",
            Code::NotAwsAuth => "not-aws-auth",
            Code::WildcardArn => "wildcard-arn",
            Code::UnquotedTemplate => "unquoted-template",
            Code::HiddenCharacters => "hidden-characters",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub enum ConfigMapSection {
    #[serde(rename = "mapRoles")]
    MapRoles,
    #[serde(rename = "mapUsers")]
    MapUsers,
    #[serde(rename = "mapAccounts")]
    MapAccounts,
    #[serde(rename = "data")]
    Data,
}

impl ConfigMapSection {
    pub fn key(self) -> &'static str {
        match self {
            ConfigMapSection::MapRoles => "mapRoles",
            ConfigMapSection::MapUsers => "mapUsers",
            ConfigMapSection::MapAccounts => "mapAccounts",
            ConfigMapSection::Data => "data",
        }
    }

    /// The field that holds an entry's ARN.
    pub fn arn_field(self) -> &'static str {
        match self {
            ConfigMapSection::MapUsers => "userarn",
            _ => "rolearn",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LintFinding {
    pub code: Code,
    pub severity: Severity,
    pub section: ConfigMapSection,
    /// The data key as written (`mapRoles`, or `maproles` that the authenticator ignores);
    /// `None` for findings about the ConfigMap as a whole.
    pub key: Option<String>,
    /// 1-based entry number within the section; `None` for the whole section.
    pub index: Option<usize>,
    pub field: Option<String>,
    pub value: Option<String>,
    /// The corrected value or snippet.
    pub suggestion: Option<String>,
    /// 1-based line in the input, where known.
    pub line: Option<usize>,
    /// The Fluent id of the message, and its variables.
    pub message_id: &'static str,
    pub args: Vec<(&'static str, String)>,
}

impl LintFinding {
    pub fn new(
        code: Code,
        severity: Severity,
        section: ConfigMapSection,
        message_id: &'static str,
    ) -> Self {
        LintFinding {
            code,
            severity,
            section,
            key: None,
            index: None,
            field: None,
            value: None,
            suggestion: None,
            line: None,
            message_id,
            args: Vec::new(),
        }
    }

    /// The data key to name in labels: as written, else the section's own.
    pub fn key_label(&self) -> &str {
        self.key.as_deref().unwrap_or(self.section.key())
    }

    pub fn at(mut self, index: Option<usize>, line: Option<usize>) -> Self {
        self.index = index;
        self.line = line;
        self
    }

    pub fn field(mut self, field: &str, value: Option<&str>) -> Self {
        self.field = Some(field.to_owned());
        self.value = value.map(str::to_owned);
        self
    }

    pub fn suggest(mut self, suggestion: impl Into<String>) -> Self {
        self.suggestion = Some(suggestion.into());
        self
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.args.push((name, value.into()));
        self
    }

    pub fn message(&self, lang: Lang) -> String {
        let mut args = Args::new();
        for (name, value) in &self.args {
            args.insert(name, value.clone());
        }
        i18n::message(lang, self.message_id, Some(&args))
    }

    /// The finding as JSON, with its message in `lang`.
    pub fn to_json(&self, lang: Lang) -> LintFindingJson {
        LintFindingJson {
            code: self.code,
            severity: self.severity,
            section: self.section,
            key: self.key.clone(),
            index: self.index,
            field: self.field.clone(),
            value: self.value.clone(),
            suggestion: self.suggestion.clone(),
            line: self.line,
            message: self.message(lang),
        }
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct LintFindingJson {
    pub code: Code,
    pub severity: Severity,
    pub section: ConfigMapSection,
    /// The data key as written; differs from `section` for a key the authenticator ignores.
    pub key: Option<String>,
    pub index: Option<usize>,
    pub field: Option<String>,
    pub value: Option<String>,
    pub suggestion: Option<String>,
    pub line: Option<usize>,
    pub message: String,
}
