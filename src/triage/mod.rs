//! Triage: reads an error message as a person pastes it (from a terminal, a CI log, a
//! Terraform run, a traceback or the console), says which of the six symptoms it shows, and
//! pulls out the values the guide needs. Offline and pure: no AWS call, no I/O.
//!
//! What is extracted is only ever what the text says; an absent value is `None`, never a
//! guess. One deliberate mapping: the contract's `principal_kind` has no kind for a plain
//! IAM role ARN (`arn:aws:iam::ACCT:role/NAME`). A role only acts through a session, and
//! the guide treats both alike, so such a principal is reported as `assumed-role`;
//! service-linked roles (`role/aws-service-role/...`, `AWSServiceRoleFor...` sessions) and
//! service principals (`eks.amazonaws.com`) are `service`.

mod normalize;
mod overrides;
mod reader;

use serde::{Deserialize, Serialize};

use crate::arn::Principal;
use crate::guide::{Context, Field, Symptom};

pub use normalize::{line_breaks, normalize};

/// The longest text the reader accepts: 64 KiB. Longer input is refused, never cut.
pub const MAX_INPUT_BYTES: usize = 64 * 1024;

/// At most this many further errors are listed; a log with thousands of copies of one
/// error does not need thousands of entries.
pub const MAX_OTHERS: usize = 50;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TriageError {
    #[error("the text is {len} bytes long; at most {max} bytes can be read")]
    TooLong { len: usize, max: usize },
}

/// Why AWS says the request was denied, from the phrase it appends to the message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum DenyReason {
    NoAllowIdentity,
    NoAllowResource,
    NoAllowSession,
    NoAllowBoundary,
    NoAllowScp,
    NoAllowVpce,
    ExplicitDenyIdentity,
    ExplicitDenyResource,
    ExplicitDenySession,
    ExplicitDenyBoundary,
    ExplicitDenyScp,
    ExplicitDenyRcp,
    ExplicitDenyVpce,
    /// An explicit deny in a policy the message does not name.
    ExplicitDeny,
}

impl DenyReason {
    pub fn id(self) -> &'static str {
        match self {
            DenyReason::NoAllowIdentity => "no-allow-identity",
            DenyReason::NoAllowResource => "no-allow-resource",
            DenyReason::NoAllowSession => "no-allow-session",
            DenyReason::NoAllowBoundary => "no-allow-boundary",
            DenyReason::NoAllowScp => "no-allow-scp",
            DenyReason::NoAllowVpce => "no-allow-vpce",
            DenyReason::ExplicitDenyIdentity => "explicit-deny-identity",
            DenyReason::ExplicitDenyResource => "explicit-deny-resource",
            DenyReason::ExplicitDenySession => "explicit-deny-session",
            DenyReason::ExplicitDenyBoundary => "explicit-deny-boundary",
            DenyReason::ExplicitDenyScp => "explicit-deny-scp",
            DenyReason::ExplicitDenyRcp => "explicit-deny-rcp",
            DenyReason::ExplicitDenyVpce => "explicit-deny-vpce",
            DenyReason::ExplicitDeny => "explicit-deny",
        }
    }

    pub const ALL: [DenyReason; 14] = [
        DenyReason::NoAllowIdentity,
        DenyReason::NoAllowResource,
        DenyReason::NoAllowSession,
        DenyReason::NoAllowBoundary,
        DenyReason::NoAllowScp,
        DenyReason::NoAllowVpce,
        DenyReason::ExplicitDenyIdentity,
        DenyReason::ExplicitDenyResource,
        DenyReason::ExplicitDenySession,
        DenyReason::ExplicitDenyBoundary,
        DenyReason::ExplicitDenyScp,
        DenyReason::ExplicitDenyRcp,
        DenyReason::ExplicitDenyVpce,
        DenyReason::ExplicitDeny,
    ];

    pub fn from_id(id: &str) -> Option<DenyReason> {
        DenyReason::ALL.into_iter().find(|r| r.id() == id)
    }
}

/// A problem that sits next to the six symptoms: the guide for none of them applies, but the
/// text says clearly enough what is wrong to say what to do. Named only when the symptom is
/// unknown (when a symptom is recognised, its guide covers the case).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Related {
    /// The kubeconfig's exec plugin speaks an API version the client no longer (or not yet)
    /// accepts: `client.authentication.k8s.io/v1alpha1`.
    ExecPluginApiVersion,
    /// The exec plugin could not run or failed (`executable aws not found`, exit status 255).
    ExecPluginFailed,
    /// ExpiredToken, ExpiredTokenException, RequestExpired.
    CredentialsExpired,
    /// InvalidClientTokenId, UnrecognizedClientException, a secret key that does not match.
    CredentialsInvalid,
    /// Unable to locate credentials, NoCredentialProviders.
    CredentialsMissing,
    /// Signature not yet current or expired, RequestTimeTooSkewed: the clock is off.
    ClockSkew,
    /// The cluster's `authenticationMode` does not allow what was asked (access entries need
    /// API or API_AND_CONFIG_MAP).
    AuthenticationMode,
}

impl Related {
    pub const ALL: [Related; 7] = [
        Related::ExecPluginApiVersion,
        Related::ExecPluginFailed,
        Related::CredentialsExpired,
        Related::CredentialsInvalid,
        Related::CredentialsMissing,
        Related::ClockSkew,
        Related::AuthenticationMode,
    ];

    pub fn id(self) -> &'static str {
        match self {
            Related::ExecPluginApiVersion => "exec-plugin-api-version",
            Related::ExecPluginFailed => "exec-plugin-failed",
            Related::CredentialsExpired => "credentials-expired",
            Related::CredentialsInvalid => "credentials-invalid",
            Related::CredentialsMissing => "credentials-missing",
            Related::ClockSkew => "clock-skew",
            Related::AuthenticationMode => "authentication-mode",
        }
    }

    pub fn from_id(id: &str) -> Option<Related> {
        Related::ALL.into_iter().find(|r| r.id() == id)
    }

    /// What the problem is and what to do, in `lang`.
    pub fn advice(self, lang: crate::i18n::Lang) -> (String, String) {
        let id = format!("triage-related-{}", self.id());
        (
            crate::tr!(lang, &id),
            crate::tr!(lang, &format!("{id}-todo")),
        )
    }
}

/// Another reading of the same text that is worth a look, with how likely it is.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Alternative {
    pub symptom: Symptom,
    pub confidence: f64,
}

/// The kind of principal, in the contract's vocabulary (see the module note on roles).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrincipalKind {
    IamUser,
    AssumedRole,
    SsoRole,
    FederatedUser,
    Root,
    Service,
}

impl PrincipalKind {
    pub fn id(self) -> &'static str {
        match self {
            PrincipalKind::IamUser => "iam-user",
            PrincipalKind::AssumedRole => "assumed-role",
            PrincipalKind::SsoRole => "sso-role",
            PrincipalKind::FederatedUser => "federated-user",
            PrincipalKind::Root => "root",
            PrincipalKind::Service => "service",
        }
    }

    pub fn of(principal: &Principal) -> PrincipalKind {
        use crate::arn::PrincipalKind as Arn;
        let service_linked = principal.path.starts_with("aws-service-role")
            || principal.name.starts_with("AWSServiceRoleFor");
        match principal.kind {
            Arn::IamUser => PrincipalKind::IamUser,
            Arn::IamRole | Arn::AssumedRole if service_linked => PrincipalKind::Service,
            Arn::IamRole | Arn::AssumedRole => PrincipalKind::AssumedRole,
            Arn::SsoRole => PrincipalKind::SsoRole,
            Arn::FederatedUser => PrincipalKind::FederatedUser,
            Arn::Root => PrincipalKind::Root,
        }
    }
}

/// What one error says. Every value is copied from the text; `None` when it does not say.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub struct Fields {
    pub principal_arn: Option<String>,
    pub principal_kind: Option<PrincipalKind>,
    /// The principal's account.
    pub account_id: Option<String>,
    /// `eks:DescribeCluster`
    pub action: Option<String>,
    pub resource_arn: Option<String>,
    pub region: Option<String>,
    pub cluster: Option<String>,
    /// `DescribeCluster`
    pub operation: Option<String>,
    /// `AccessDeniedException`
    pub error_code: Option<String>,
    pub deny_reason: Option<DenyReason>,
}

/// The names of [`Fields`] in the order the contract lists them.
pub const FIELD_NAMES: [&str; 10] = [
    "principal_arn",
    "principal_kind",
    "account_id",
    "action",
    "resource_arn",
    "region",
    "cluster",
    "operation",
    "error_code",
    "deny_reason",
];

impl Fields {
    /// The value of a field by its contract name, as text.
    pub fn get(&self, name: &str) -> Option<String> {
        match name {
            "principal_arn" => self.principal_arn.clone(),
            "principal_kind" => self.principal_kind.map(|k| k.id().to_owned()),
            "account_id" => self.account_id.clone(),
            "action" => self.action.clone(),
            "resource_arn" => self.resource_arn.clone(),
            "region" => self.region.clone(),
            "cluster" => self.cluster.clone(),
            "operation" => self.operation.clone(),
            "error_code" => self.error_code.clone(),
            "deny_reason" => self.deny_reason.map(|r| r.id().to_owned()),
            _ => None,
        }
    }
}

/// One error found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Reading {
    /// `None` when the error is not one of the six symptoms.
    pub symptom: Option<Symptom>,
    /// 0.0 to 1.0: how sure the reader is of the symptom. It reflects how much the text pins
    /// down: a bare `Unauthorized` has several causes and stays well under 0.7.
    pub confidence: f64,
    pub fields: Fields,
    /// Other readings worth a look, best first; empty when there are none.
    pub alternatives: Vec<Alternative>,
    /// The problem next to the six that the text shows, when the symptom is unknown.
    pub related: Option<Related>,
}

impl Reading {
    pub fn unknown() -> Reading {
        Reading {
            symptom: None,
            confidence: 0.0,
            fields: Fields::default(),
            alternatives: Vec::new(),
            related: None,
        }
    }

    /// The id of the problem next to the six that the text shows, when it shows one.
    pub fn related_id(&self) -> Option<&'static str> {
        self.related.map(Related::id)
    }

    /// The symptom's stable id, or `unknown`.
    pub fn symptom_id(&self) -> &'static str {
        self.symptom.map_or("unknown", Symptom::id)
    }

    /// The guide's context filled from what the error says.
    pub fn context(&self) -> Context {
        let mut context = Context::default();
        let fields = &self.fields;
        let mut set = |field: Field, value: &Option<String>| {
            if let Some(value) = value {
                context.set(field, value.clone());
            }
        };
        set(Field::PrincipalArn, &fields.principal_arn);
        set(Field::Action, &fields.action);
        set(Field::Cluster, &fields.cluster);
        set(Field::Region, &fields.region);
        // A role named as the resource is the role being passed or assumed.
        let resource_is_role = fields
            .resource_arn
            .as_deref()
            .and_then(|arn| Principal::parse(arn).ok())
            .is_some_and(|p| p.arn.service == "iam" && p.is_role());
        if resource_is_role {
            set(Field::TargetRoleArn, &fields.resource_arn);
        }
        if self.symptom == Some(Symptom::CrossAccount) {
            // The people outside are the principal's account.
            set(Field::OtherAccountId, &fields.account_id);
        }
        context
    }
}

/// Everything read from one text: the error that leads, and the others in it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Triage {
    pub lead: Reading,
    pub others: Vec<Reading>,
}

/// Reads `text`. Longer than [`MAX_INPUT_BYTES`] is an error; anything else gives an answer,
/// `unknown` included.
pub fn read(text: &str) -> Result<Triage, TriageError> {
    read_given(text, text.len())
}

/// Reads `text` decoded from `given_bytes` bytes of another encoding (Shift_JIS, UTF-16, or
/// UTF-8 with replaced bytes): the limit counts the bytes given, not the longer UTF-8 text.
pub fn read_given(text: &str, given_bytes: usize) -> Result<Triage, TriageError> {
    // A decoded byte is at most three bytes of UTF-8 (U+FFFD, a kana): the text's own bound.
    let text_bound = MAX_INPUT_BYTES * 3;
    if given_bytes > MAX_INPUT_BYTES || text.len() > text_bound {
        return Err(TriageError::TooLong {
            len: if given_bytes > MAX_INPUT_BYTES {
                given_bytes
            } else {
                text.len()
            },
            max: MAX_INPUT_BYTES,
        });
    }
    let normalized = normalize(text);
    let mut findings = reader::findings(&normalized);
    // The first error that names a symptom leads; the others keep their order.
    let lead_index = findings
        .iter()
        .position(|f| f.symptom.is_some())
        .unwrap_or(0);
    let mut lead = if findings.is_empty() {
        Reading::unknown()
    } else {
        findings.remove(lead_index)
    };
    if lead.symptom.is_none() {
        // No symptom: what the text says anywhere still counts, and the problem next to the
        // six that it shows, if any, is named.
        reader::fill_loose(&mut lead.fields, &normalized);
        lead.related = reader::related(&normalized);
    }
    findings.truncate(MAX_OTHERS);
    Ok(Triage {
        lead,
        others: findings,
    })
}
