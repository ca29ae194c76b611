//! "Does it map me, as whom?": the authenticator's answer for one principal, and, with the
//! cluster's access entries, which of the two mechanisms decides.

use serde::{Deserialize, Serialize};

use super::analyse::{AwsAuth, Entry};
use super::finding::ConfigMapSection;
use super::template::{self, Identity, Rendered};
use crate::arn::{ArnError, Principal, PrincipalKind};

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MatchAnswer {
    pub principal_arn: String,
    /// What the authenticator compares: for a role, the ARN of its sessions (no path).
    pub canonical_arn: String,
    #[serde(flatten)]
    pub outcome: MatchOutcome,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "kebab-case")]
pub enum MatchOutcome {
    /// An entry matches: this is who Kubernetes sees.
    Mapped {
        section: ConfigMapSection,
        index: usize,
        entry_arn: String,
        username: String,
        groups: Vec<String>,
        /// Several entries match (wildcards or same ARN in another case in mapUsers): the
        /// authenticator picks one of them in no fixed order.
        others: Vec<usize>,
    },
    /// The entry matches but its `{{EC2PrivateDNSName}}` needs a session named after an EC2
    /// instance: the login is refused.
    TemplateFails {
        section: ConfigMapSection,
        index: usize,
    },
    /// No entry, but `mapAccounts` lists the account: the ARN becomes the username, with no
    /// groups (403 on anything RBAC does not grant that username).
    Account { account: String, username: String },
    /// Nothing matches: 401 Unauthorized.
    NotMapped { near_misses: Vec<NearMiss> },
    /// The text cannot be the ConfigMap the cluster holds: the Kubernetes API refuses a
    /// ConfigMap whose data values are not all strings (`keys`), so nothing in it is live.
    NotLive { keys: Vec<String> },
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct NearMiss {
    pub section: ConfigMapSection,
    /// The data key as written (an ignored `maproles` included).
    pub key: String,
    pub index: usize,
    pub entry_arn: String,
    pub reason: MissReason,
    /// The ARN the entry should have.
    pub suggestion: Option<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum MissReason {
    /// The role is written with its path.
    Path,
    /// An `assumed-role` session ARN instead of the role.
    AssumedRole,
    /// A user written with another path (user ARNs keep theirs).
    OtherPath,
    /// The same name in another account.
    OtherAccount,
    /// The same name in another partition.
    OtherPartition,
    /// The section's key is misspelt, not a string, or does not parse: never read.
    SectionIgnored,
    /// The entry itself was dropped (no ARN of its kind, wrong type).
    EntryDropped,
    /// A region in an IAM ARN, spaces around it, or another detail of the ARN text.
    ArnText,
    /// Loses to a duplicate.
    Shadowed,
    /// `*` or `?` in the entry's ARN: the authenticator compares it literally, so the pattern
    /// that looks as if it covered the principal never does.
    Wildcard,
}

fn identity_of(principal: &Principal) -> Identity {
    Identity {
        account: principal.arn.account.clone(),
        session: principal.session.clone().unwrap_or_default(),
        access_key_id: None,
    }
}

/// Glob match of `*` and `?`, case-insensitive, without backtracking blow-up. Only to say
/// that a pattern entry was *meant* for a principal: the authenticator never matches so.
fn glob(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.to_lowercase().chars().collect();
    let t: Vec<char> = text.to_lowercase().chars().collect();
    let (mut pi, mut ti) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while ti < t.len() {
        if pi < p.len() && (p[pi] == '?' || p[pi] == t[ti]) {
            pi += 1;
            ti += 1;
        } else if pi < p.len() && p[pi] == '*' {
            star = Some((pi, ti));
            pi += 1;
        } else if let Some((sp, st)) = star {
            pi = sp + 1;
            ti = st + 1;
            star = Some((sp, st + 1));
        } else {
            return false;
        }
    }
    p[pi..].iter().all(|c| *c == '*')
}

/// The entries the authenticator's `Map` could answer with for an already canonical ARN
/// (pkg/mapper/configmap/mapper.go): role mappings first, then user mappings; within the
/// section that answers, every entry that matches (more than one only when the store holds
/// several keys that match: an SSO pattern and a rolearn, or one user ARN in two spellings).
fn matching<'a>(auth: &'a AwsAuth, canonical: &str) -> Option<(ConfigMapSection, Vec<&'a Entry>)> {
    [ConfigMapSection::MapRoles, ConfigMapSection::MapUsers]
        .into_iter()
        .map(|section| {
            let found: Vec<&Entry> = auth
                .entries_in(section)
                .filter(|e| e.effective() && e.matches(canonical))
                .collect();
            (section, found)
        })
        .find(|(_, found)| !found.is_empty())
}

/// The entry the authenticator maps an already canonical ARN to (`MapStore.RoleMapping`,
/// then `UserMapping`), or `None` when it is not found. Where several match, the last written.
pub fn lookup<'a>(auth: &'a AwsAuth, canonical: &str) -> Option<&'a Entry> {
    matching(auth, canonical).and_then(|(_, found)| found.last().copied())
}

/// Answers as the authenticator would for `principal_arn`.
pub fn resolve(auth: &AwsAuth, principal_arn: &str) -> Result<MatchAnswer, ArnError> {
    let principal = Principal::parse(principal_arn)?;
    // A role never signs in as itself: its sessions arrive as assumed-role ARNs, which the
    // authenticator turns into the role ARN without its path. A role given with its path
    // (as IAM shows it) is answered for as its sessions would be.
    let canonical = principal.login_arn();
    let outcome = if auth.live() {
        outcome_for(auth, &principal, &canonical)
    } else {
        MatchOutcome::NotLive {
            keys: auth.refused.clone(),
        }
    };
    Ok(MatchAnswer {
        principal_arn: principal_arn.trim().to_owned(),
        canonical_arn: canonical,
        outcome,
    })
}

fn outcome_for(auth: &AwsAuth, principal: &Principal, canonical: &str) -> MatchOutcome {
    if let Some((section, matching)) = matching(auth, canonical)
        && let Some(first) = matching.last()
    {
        let identity = identity_of(principal);
        let username = first.username.clone().unwrap_or_default();
        let mut rendered = vec![template::render(&username, &identity)];
        rendered.extend(first.groups.iter().map(|g| template::render(g, &identity)));
        if rendered.contains(&Rendered::NotAnInstance) {
            return MatchOutcome::TemplateFails {
                section,
                index: first.index,
            };
        }
        let mut texts = rendered.into_iter().filter_map(|r| match r {
            Rendered::Text(t) => Some(t),
            Rendered::NotAnInstance => None,
        });
        let username = texts.next().unwrap_or_default();
        return MatchOutcome::Mapped {
            section,
            index: first.index,
            entry_arn: first
                .arn
                .clone()
                .or_else(|| first.sso.as_ref().map(|m| m.pattern()))
                .unwrap_or_default(),
            username,
            groups: texts.collect(),
            others: matching[..matching.len() - 1]
                .iter()
                .map(|e| e.index)
                .collect(),
        };
    }
    if auth
        .accounts
        .iter()
        .any(|a| a.read && a.id == principal.arn.account)
    {
        return MatchOutcome::Account {
            account: principal.arn.account.clone(),
            username: canonical.to_owned(),
        };
    }
    MatchOutcome::NotMapped {
        near_misses: near_misses(auth, principal, canonical),
    }
}

/// Entries that were meant for this principal: same name, but something keeps them apart.
fn near_misses(auth: &AwsAuth, principal: &Principal, canonical: &str) -> Vec<NearMiss> {
    let mut misses = Vec::new();
    for entry in &auth.entries {
        let Some(arn) = entry
            .arn
            .clone()
            .or_else(|| entry.sso.as_ref().map(|m| m.pattern()))
        else {
            continue;
        };
        let arn = &arn;
        let miss = |reason| NearMiss {
            section: entry.section,
            key: entry.key.clone(),
            index: entry.index,
            entry_arn: arn.clone(),
            reason,
            suggestion: entry.corrected_arn.clone(),
        };
        if entry.arn.is_some() && arn.contains(['*', '?']) && glob(arn, canonical) {
            misses.push(miss(MissReason::Wildcard));
            continue;
        }
        let matches_now = entry.matches(canonical);
        if matches_now {
            // It matches, so only its section or its own shape kept it out.
            let reason = if !entry.read {
                MissReason::SectionIgnored
            } else if !entry.kept {
                MissReason::EntryDropped
            } else {
                MissReason::Shadowed
            };
            misses.push(miss(reason));
            continue;
        }
        let Ok((candidate, _)) = Principal::parse_masked(arn.trim()) else {
            if arn
                .to_ascii_lowercase()
                .contains(&principal.name.to_ascii_lowercase())
            {
                misses.push(miss(MissReason::ArnText));
            }
            continue;
        };
        if !candidate.name.eq_ignore_ascii_case(&principal.name)
            || candidate.is_role() != principal.is_role()
        {
            continue;
        }
        let reason = if candidate.arn.partition != principal.arn.partition {
            MissReason::OtherPartition
        } else if candidate.arn.account != principal.arn.account {
            MissReason::OtherAccount
        } else if candidate.session.is_some() {
            MissReason::AssumedRole
        } else if candidate.is_role() && !candidate.path.is_empty() {
            MissReason::Path
        } else if candidate.kind == PrincipalKind::IamUser && candidate.path != principal.path {
            MissReason::OtherPath
        } else {
            MissReason::ArnText
        };
        // A fixed entry that is still ignored also needs its section fixed: say the first.
        let reason = if !entry.read && reason == MissReason::ArnText {
            MissReason::SectionIgnored
        } else {
            reason
        };
        misses.push(miss(reason));
    }
    misses
}

/// The cluster's `accessConfig.authenticationMode`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum AuthenticationMode {
    ConfigMap,
    ApiAndConfigMap,
    Api,
}

impl AuthenticationMode {
    pub fn parse(text: &str) -> Option<AuthenticationMode> {
        match text.trim().to_ascii_uppercase().replace('-', "_").as_str() {
            "CONFIG_MAP" => Some(AuthenticationMode::ConfigMap),
            "API_AND_CONFIG_MAP" => Some(AuthenticationMode::ApiAndConfigMap),
            "API" => Some(AuthenticationMode::Api),
            _ => None,
        }
    }

    pub fn id(self) -> &'static str {
        match self {
            AuthenticationMode::ConfigMap => "CONFIG_MAP",
            AuthenticationMode::ApiAndConfigMap => "API_AND_CONFIG_MAP",
            AuthenticationMode::Api => "API",
        }
    }

    fn reads_access_entries(self) -> bool {
        self != AuthenticationMode::ConfigMap
    }

    fn reads_config_map(self) -> bool {
        self != AuthenticationMode::Api
    }
}

/// An EKS access entry, as `DescribeAccessEntry` and `ListAssociatedAccessPolicies` give it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AccessEntry {
    pub principal_arn: String,
    /// `STANDARD`, `EC2_LINUX`, `EC2_WINDOWS`, `FARGATE_LINUX`, `HYBRID_LINUX`.
    #[serde(rename = "type")]
    pub entry_type: String,
    pub username: Option<String>,
    #[serde(default)]
    pub groups: Vec<String>,
    /// Associated access policy ARNs or names.
    #[serde(default)]
    pub policies: Vec<String>,
}

impl AccessEntry {
    /// Matching is by the IAM principal: a role session matches its role whatever the path
    /// the entry was created with.
    fn matches(&self, principal: &Principal) -> bool {
        let Ok(entry) = Principal::parse(&self.principal_arn) else {
            return false;
        };
        if principal.is_role() {
            entry.is_role()
                && entry.session.is_none()
                && entry.arn.partition == principal.arn.partition
                && entry.arn.account == principal.arn.account
                && entry.name.eq_ignore_ascii_case(&principal.name)
        } else {
            entry
                .canonical_arn()
                .eq_ignore_ascii_case(&principal.canonical_arn())
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Winner {
    AccessEntry,
    AwsAuth,
    /// Neither maps the principal.
    Nobody,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Decision {
    pub winner: Winner,
    /// The mode assumed; `None` when not known (both mechanisms are then considered).
    pub mode: Option<AuthenticationMode>,
    /// Position of the access entry that matches, if any.
    pub access_entry: Option<usize>,
    /// The aws-auth mapping exists but is not used (the access entry wins, or mode is API).
    pub aws_auth_overridden: bool,
}

/// Which mechanism decides who `answer`'s principal is.
pub fn decide(
    mode: Option<AuthenticationMode>,
    access_entries: &[AccessEntry],
    answer: &MatchAnswer,
) -> Decision {
    let principal = Principal::parse(&answer.principal_arn).ok();
    let entry = principal
        .as_ref()
        .and_then(|p| access_entries.iter().position(|e| e.matches(p)));
    let reads_entries = mode.is_none_or(AuthenticationMode::reads_access_entries);
    let reads_map = mode.is_none_or(AuthenticationMode::reads_config_map);
    let aws_auth_maps = !matches!(
        answer.outcome,
        MatchOutcome::NotMapped { .. }
            | MatchOutcome::TemplateFails { .. }
            | MatchOutcome::NotLive { .. }
    );
    let (winner, overridden) = match (entry.filter(|_| reads_entries), aws_auth_maps && reads_map) {
        (Some(_), map) => (Winner::AccessEntry, map),
        (None, true) => (Winner::AwsAuth, false),
        (None, false) => (Winner::Nobody, aws_auth_maps),
    };
    Decision {
        winner,
        mode,
        access_entry: entry.filter(|_| reads_entries),
        aws_auth_overridden: overridden,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn glob_is_case_insensitive_and_bounded() {
        assert!(glob(
            "arn:aws:iam::1:role/Dev*",
            "ARN:AWS:IAM::1:ROLE/dev-team"
        ));
        assert!(!glob("arn:aws:iam::1:role/dev?", "arn:aws:iam::1:role/dev"));
        let long = "a".repeat(2000);
        assert!(!glob(&format!("{}b", "*a".repeat(100)), &long));
    }
}
