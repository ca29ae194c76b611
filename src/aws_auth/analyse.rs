//! The authenticator's reading of the ConfigMap (kubernetes-sigs/aws-iam-authenticator
//! `pkg/mapper/configmap/configmap.go`), and every way an entry can fail to do what its author
//! meant.
//!
//! How the authenticator reads it:
//! - only the exact keys `mapRoles`, `mapUsers`, `mapAccounts`; each value is a string holding
//!   YAML (converted to JSON and decoded with Go's `encoding/json`, so keys inside an entry
//!   match case-insensitively and a value of the wrong type is left empty);
//! - a block that does not parse loses the whole section; an entry without its ARN is dropped
//!   and the others are kept;
//! - roles are stored by lower-cased ARN (the last duplicate wins), users by ARN as written;
//!   a login looks in roles first, then users, comparing case-insensitively.

use std::collections::BTreeMap;

use super::finding::{Code, ConfigMapSection, LintFinding, Severity};
use super::input::{ConfigMapData, DataItem, DataValue, InputForm};
use super::template::{self, TemplateProblem};
use super::yaml::{self, Node, NodeKind};
use crate::arn::{ArnError, Principal, PrincipalKind, SSO_ROLE_PATH_PREFIX};

/// One `mapRoles` or `mapUsers` entry as the authenticator would decode it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    pub section: ConfigMapSection,
    /// 1-based position in its section.
    pub index: usize,
    /// The data key it was read from (`mapRoles`, or a misspelling the authenticator ignores).
    pub key: String,
    pub arn: Option<String>,
    pub username: Option<String>,
    pub groups: Vec<String>,
    /// The `sso` matcher, when the entry has one (`mapRoles` only).
    pub sso: Option<SsoMatcher>,
    /// The authenticator keeps the entry (it has its ARN).
    pub kept: bool,
    /// The authenticator reads the section at all (exact key, a string that parses).
    pub read: bool,
    pub line: Option<usize>,
    /// The ARN this entry should have, when a finding corrects it.
    pub corrected_arn: Option<String>,
    /// The username with its templates corrected, when a finding corrects it.
    pub corrected_username: Option<String>,
    /// The groups, when `groups` was one string that was meant as a list.
    pub corrected_groups: Option<Vec<String>>,
    /// Loses to a later duplicate.
    pub shadowed: bool,
}

impl Entry {
    /// The entry takes part in logins.
    pub fn effective(&self) -> bool {
        self.kept && self.read && !self.shadowed
    }

    /// The key the authenticator stores a role mapping under (`RoleMapping.Key`): the
    /// lower-cased `rolearn`, else the SSO pattern. Users are stored by ARN as written.
    pub fn store_key(&self) -> Option<String> {
        match (&self.arn, &self.sso, self.section) {
            (Some(arn), _, ConfigMapSection::MapRoles) => Some(arn.to_ascii_lowercase()),
            (Some(arn), _, _) => Some(arn.clone()),
            (None, Some(sso), _) => Some(sso.pattern()),
            (None, None, _) => None,
        }
    }

    /// Whether the authenticator's `Matches` takes this entry for `canonical`: the ARN by
    /// case-insensitive equality (`*` and `?` are plain characters there), or the SSO pattern.
    pub fn matches(&self, canonical: &str) -> bool {
        match (&self.arn, &self.sso) {
            (Some(arn), _) => arn.eq_ignore_ascii_case(canonical),
            (None, Some(sso)) => sso.matches(canonical),
            (None, None) => false,
        }
    }
}

/// An `sso` matcher (`SSOARNMatcher` in pkg/config/types.go): the IAM Identity Center roles
/// of one permission set in one account.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SsoMatcher {
    pub permission_set: String,
    pub account: String,
    /// As written; empty means `aws`.
    pub partition: String,
}

impl SsoMatcher {
    /// The lower-cased ARN pattern the authenticator matches role ARNs with (`SSOArnLike`).
    pub fn pattern(&self) -> String {
        let partition = if self.partition.is_empty() {
            "aws"
        } else {
            self.partition.as_str()
        };
        format!(
            "arn:{partition}:iam::{}:role/AWSReservedSSO_{}_*",
            self.account, self.permission_set
        )
        .to_lowercase()
    }

    /// `ArnLike(canonical, pattern)` on the lower-cased ARN, as the configmap mapper calls it.
    /// Valid matchers hold no `*` or `?` of their own, so the pattern is a prefix.
    pub fn matches(&self, canonical: &str) -> bool {
        let pattern = self.pattern();
        let prefix = pattern.trim_end_matches('*');
        canonical.to_lowercase().starts_with(prefix)
    }

    /// `RoleMapping.Validate`'s checks on the matcher, as findings-to-be: (code, message id,
    /// the field, the value).
    fn problems(&self) -> Vec<(Code, &'static str, &'static str, String)> {
        let mut problems = Vec::new();
        if self.account.len() != 12 || !self.account.bytes().all(|b| b.is_ascii_digit()) {
            problems.push((
                Code::InvalidArn,
                "aws-auth-finding-sso-bad-account",
                "accountID",
                self.account.clone(),
            ));
        }
        let allowed = |c: char| c.is_ascii_alphanumeric() || "_+=,.@-".contains(c);
        let length = self.permission_set.chars().count();
        if self.permission_set.contains(['*', '?']) {
            problems.push((
                Code::WildcardArn,
                "aws-auth-finding-sso-wildcard",
                "permissionSetName",
                self.permission_set.clone(),
            ));
        } else if !(1..=32).contains(&length) || !self.permission_set.chars().all(allowed) {
            problems.push((
                Code::InvalidArn,
                "aws-auth-finding-sso-bad-permission-set",
                "permissionSetName",
                self.permission_set.clone(),
            ));
        }
        if !SSO_PARTITIONS.contains(&self.partition.as_str()) {
            problems.push((
                Code::InvalidArn,
                "aws-auth-finding-sso-bad-partition",
                "partition",
                self.partition.clone(),
            ));
        }
        problems
    }
}

/// The partitions `RoleMapping.Validate` accepts for an `sso` matcher (empty means `aws`).
const SSO_PARTITIONS: [&str; 6] = ["", "aws", "aws-cn", "aws-us-gov", "aws-iso", "aws-iso-b"];

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub index: usize,
    /// The data key as written.
    pub key: String,
    pub id: String,
    pub read: bool,
    pub line: Option<usize>,
}

/// The ConfigMap as the authenticator sees it, with everything wrong with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AwsAuth {
    pub form: InputForm,
    pub findings: Vec<LintFinding>,
    pub entries: Vec<Entry>,
    pub accounts: Vec<Account>,
    /// Data keys whose value is not a string (a list or mapping where `|` belongs, a number):
    /// the Kubernetes API refuses such a ConfigMap, so this text cannot be the live one.
    pub refused: Vec<String>,
}

impl AwsAuth {
    /// Whether this text can be what the cluster holds: the Kubernetes API refuses a
    /// ConfigMap whose data values are not all strings.
    pub fn live(&self) -> bool {
        self.refused.is_empty()
    }

    pub fn has_errors(&self) -> bool {
        self.findings.iter().any(|f| f.severity == Severity::Error)
    }

    pub fn entries_in(&self, section: ConfigMapSection) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.section == section)
    }
}

/// A key that differs from a section key only by case or a small typo.
pub fn near_section_key(key: &str) -> Option<ConfigMapSection> {
    let lower = key.to_ascii_lowercase();
    [
        ConfigMapSection::MapRoles,
        ConfigMapSection::MapUsers,
        ConfigMapSection::MapAccounts,
    ]
    .into_iter()
    .find(|s| {
        let wanted = s.key().to_ascii_lowercase();
        lower == wanted || edit_distance(&lower, &wanted) <= 2
    })
}

fn edit_distance(a: &str, b: &str) -> usize {
    let a: Vec<char> = a.chars().take(64).collect();
    let b: Vec<char> = b.chars().take(64).collect();
    let mut previous: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.iter().enumerate() {
        let mut current = vec![i + 1];
        for (j, cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            current.push(
                (previous[j] + cost)
                    .min(previous[j + 1] + 1)
                    .min(current[j] + 1),
            );
        }
        previous = current;
    }
    previous[b.len()]
}

/// Turns a line within a block into an input line.
#[derive(Debug, Clone, Copy)]
struct Lines(Option<usize>);

impl Lines {
    fn of(self, node: &Node) -> Option<usize> {
        match (self.0, node.line) {
            (Some(first), line) if line > 0 => Some(first + line - 1),
            _ => None,
        }
    }
}

/// Reads the ConfigMap as the authenticator does and lints it.
pub fn analyse(data: &ConfigMapData) -> AwsAuth {
    let mut auth = AwsAuth {
        form: data.form,
        findings: Vec::new(),
        entries: Vec::new(),
        accounts: Vec::new(),
        refused: data
            .items
            .iter()
            .filter(|item| {
                matches!(
                    item.value,
                    DataValue::Structure(_) | DataValue::OtherScalar(_)
                )
            })
            .map(|item| item.key.clone())
            .collect(),
    };
    let wrong_name = data.name.as_deref().is_some_and(|n| n != "aws-auth");
    let wrong_namespace = data
        .namespace
        .as_deref()
        .is_some_and(|n| n != "kube-system");
    if wrong_name || wrong_namespace {
        auth.findings.push(
            LintFinding::new(
                Code::NotAwsAuth,
                Severity::Warning,
                ConfigMapSection::Data,
                "aws-auth-finding-not-aws-auth",
            )
            .arg("name", data.name.clone().unwrap_or_default())
            .arg("namespace", data.namespace.clone().unwrap_or_default()),
        );
    }
    let items = data.items.iter().map(|item| (item, false));
    let outside = data.outside_data.iter().map(|item| (item, true));
    for (item, outside_data) in items.chain(outside) {
        let start = auth.findings.len();
        analyse_item(&mut auth, item, outside_data);
        // Name the key as written, so that `maproles` entry 1 is never taken for `mapRoles`'.
        for finding in &mut auth.findings[start..] {
            finding.key = Some(item.key.clone());
        }
    }
    mark_duplicates(&mut auth);
    auth
}

/// `outside_data`: the key sits beside `data:` rather than under it.
fn analyse_item(auth: &mut AwsAuth, item: &DataItem, outside_data: bool) {
    let exact = match item.key.as_str() {
        "mapRoles" => Some(ConfigMapSection::MapRoles),
        "mapUsers" => Some(ConfigMapSection::MapUsers),
        "mapAccounts" => Some(ConfigMapSection::MapAccounts),
        _ => None,
    };
    let (section, read) = match (exact, outside_data) {
        (Some(section), false) => (section, true),
        (section, true) => {
            let Some(section) = section.or_else(|| near_section_key(&item.key)) else {
                return;
            };
            auth.findings.push(
                LintFinding::new(
                    Code::UnknownKey,
                    Severity::Error,
                    section,
                    "aws-auth-finding-key-outside-data",
                )
                .at(None, item.line)
                .field(&item.key, None)
                .suggest(format!("data:\n  {}: |", section.key()))
                .arg("key", item.key.clone()),
            );
            (section, false)
        }
        (None, false) => match near_section_key(&item.key) {
            Some(section) => {
                auth.findings.push(
                    LintFinding::new(
                        Code::UnknownKey,
                        Severity::Error,
                        section,
                        "aws-auth-finding-unknown-section-key",
                    )
                    .at(None, item.line)
                    .field(&item.key, None)
                    .suggest(section.key())
                    .arg("key", item.key.clone())
                    .arg("expected", section.key()),
                );
                (section, false)
            }
            None => {
                auth.findings.push(
                    LintFinding::new(
                        Code::UnknownKey,
                        Severity::Warning,
                        ConfigMapSection::Data,
                        "aws-auth-finding-unknown-data-key",
                    )
                    .at(None, item.line)
                    .field(&item.key, None)
                    .arg("key", item.key.clone()),
                );
                return;
            }
        },
    };
    match &item.value {
        DataValue::Text { text, first_line } => {
            // Empty, or an empty string written as `""`, `''` or two backticks: the
            // authenticator maps nothing from it and goes on with the other keys.
            if matches!(text.trim(), "" | "\"\"" | "''" | "``") {
                return;
            }
            let lines = Lines(*first_line);
            match yaml::parse_first(text) {
                Ok(node) => {
                    let start = auth.findings.len();
                    let entries = Entries {
                        section,
                        key: &item.key,
                        read,
                        lines,
                        source: text,
                    };
                    analyse_section(auth, &entries, &node);
                    if !read {
                        quiet_ignored_block(auth, start);
                    }
                }
                Err(error) => {
                    let line = first_line.map(|first| first + error.line.max(1) - 1);
                    auth.findings.push(
                        LintFinding::new(
                            Code::NotAStringBlock,
                            Severity::Error,
                            section,
                            "aws-auth-finding-block-does-not-parse",
                        )
                        .at(None, line.or(item.line))
                        .field(&item.key, None)
                        .arg("key", item.key.clone())
                        .arg("line", error.line.to_string())
                        .arg("column", error.col.to_string())
                        .arg("detail", error.detail.clone()),
                    );
                }
            }
        }
        DataValue::Structure(node) => {
            auth.findings.push(
                LintFinding::new(
                    Code::NotAStringBlock,
                    Severity::Error,
                    section,
                    "aws-auth-finding-not-a-string",
                )
                .at(None, item.line)
                .field(&item.key, None)
                .suggest(format!("{}: |", section.key()))
                .arg("key", item.key.clone())
                .arg("found", node.type_name()),
            );
            // Lint what is inside too, so that adding the `|` is the only fix left to do.
            let lines = Lines((node.line > 0).then_some(1));
            let start = auth.findings.len();
            let entries = Entries {
                section,
                key: &item.key,
                read: false,
                lines,
                source: "",
            };
            analyse_section(auth, &entries, node);
            quiet_ignored_block(auth, start);
        }
        DataValue::OtherScalar(node) => {
            auth.findings.push(
                LintFinding::new(
                    Code::NotAStringBlock,
                    Severity::Error,
                    section,
                    "aws-auth-finding-not-a-string",
                )
                .at(None, item.line)
                .field(&item.key, node.scalar().map(|(t, _)| t))
                .suggest(format!("{}: |", section.key()))
                .arg("key", item.key.clone())
                .arg("found", node.type_name()),
            );
        }
    }
}

/// Inside a block the authenticator never reads, the finding about the block says what
/// matters first. Of the entries' own findings, keep only what would still go wrong once the
/// block is read: errors that keep an entry from matching, and `system:masters`, which the
/// fix would switch on, and any finding that carries a correction. Hints such as a missing
/// username would only bury that; they show once the block is read.
fn quiet_ignored_block(auth: &mut AwsAuth, start: usize) {
    let inside = auth.findings.split_off(start.min(auth.findings.len()));
    auth.findings.extend(inside.into_iter().filter(|f| {
        f.severity == Severity::Error || f.code == Code::SystemMasters || f.suggestion.is_some()
    }));
}

/// What the entries of one section share: the section and its key as written, whether the
/// authenticator reads it, and where its text sits in the input.
struct Entries<'a> {
    section: ConfigMapSection,
    key: &'a str,
    read: bool,
    lines: Lines,
    source: &'a str,
}

fn analyse_section(auth: &mut AwsAuth, entries: &Entries, node: &Node) {
    let Entries {
        section,
        key,
        read,
        lines,
        ..
    } = *entries;
    if node.is_null() {
        return;
    }
    let NodeKind::Seq(items) = &node.kind else {
        auth.findings.push(
            LintFinding::new(
                Code::MalformedEntry,
                Severity::Error,
                section,
                "aws-auth-finding-section-not-a-list",
            )
            .at(None, lines.of(node))
            .field(key, None)
            .arg("key", key.to_owned())
            .arg("found", node.type_name()),
        );
        return;
    };
    let (entries_start, findings_start) = (auth.entries.len(), auth.findings.len());
    // Each alias is reported once, at its first use, with how many more entries repeat it:
    // 150,000 uses of `*node` are one finding, not 150,000.
    let mut aliases: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    for (position, item) in items.iter().enumerate() {
        let index = position + 1;
        let alias = (matches!(item.kind, NodeKind::Alias)
            && section != ConfigMapSection::MapAccounts)
            .then(|| item.source_text(entries.source))
            .flatten();
        if let Some(repeat) = alias.as_ref().and_then(|name| aliases.get_mut(name)) {
            repeat.1 += 1;
            continue;
        }
        let first_finding = auth.findings.len();
        if section == ConfigMapSection::MapAccounts {
            analyse_account(auth, key, index, item, read, lines);
        } else {
            analyse_entry(auth, entries, index, item);
        }
        if let Some(name) = alias {
            aliases.insert(name, (first_finding, 0));
        }
    }
    for (name, (first_finding, more)) in aliases {
        let Some(finding) = auth.findings.get_mut(first_finding).filter(|_| more > 0) else {
            continue;
        };
        finding.message_id = "aws-auth-finding-alias-repeated";
        finding.args.push(("alias", name));
        finding.args.push(("more", more.to_string()));
    }
    if section == ConfigMapSection::MapAccounts {
        return;
    }
    // A mapping used as a key (an unquoted `{{SessionName}}`) makes utilyaml.ToJSON fail:
    // the authenticator drops the whole section, every other entry with it.
    let mut unquoted = auth.findings[findings_start..]
        .iter()
        .any(|f| f.code == Code::UnquotedTemplate);
    if !unquoted && has_complex_key(node) {
        auth.findings.push(
            LintFinding::new(
                Code::UnquotedTemplate,
                Severity::Error,
                section,
                "aws-auth-finding-unquoted-template-section",
            )
            .at(None, lines.of(node))
            .field(key, None)
            .arg("key", key.to_owned()),
        );
        unquoted = true;
    }
    if unquoted {
        for entry in &mut auth.entries[entries_start..] {
            entry.read = false;
        }
    }
}

/// A mapping or list used as a mapping key anywhere under `node`: YAML allows it, JSON does
/// not, so the conversion the authenticator relies on fails.
fn has_complex_key(node: &Node) -> bool {
    match &node.kind {
        NodeKind::Map(pairs) => pairs.iter().any(|(k, v)| {
            matches!(k.kind, NodeKind::Map(_) | NodeKind::Seq(_)) || has_complex_key(v)
        }),
        NodeKind::Seq(items) => items.iter().any(has_complex_key),
        NodeKind::Scalar { .. } | NodeKind::Alias => false,
    }
}

/// The finding for an unquoted template, with the line quoted as it should be written.
fn unquoted_template(
    finding: &dyn Fn(Code, Severity, &'static str) -> LintFinding,
    field: &str,
    node: &Node,
    source: &str,
    section: ConfigMapSection,
) -> LintFinding {
    let raw = node.source_text(source);
    let mut f = finding(
        Code::UnquotedTemplate,
        Severity::Error,
        "aws-auth-finding-unquoted-template",
    )
    .field(field, raw.as_deref())
    .arg("field", field.to_owned())
    .arg("key", section.key());
    if let Some(raw) = raw.filter(|r| !r.contains('\n')) {
        let quoted = format!("\"{}\"", raw.replace('"', "\\\""));
        f = f.suggest(if field == "groups" {
            format!("- {quoted}")
        } else {
            format!("{field}: {quoted}")
        });
    }
    f
}

fn analyse_account(
    auth: &mut AwsAuth,
    key: &str,
    index: usize,
    item: &Node,
    read: bool,
    lines: Lines,
) {
    let line = lines.of(item);
    // go-yaml v2 decodes any scalar into a string field, so an unquoted number is fine.
    let Some((text, _)) = item.scalar().filter(|_| !item.is_null()) else {
        auth.findings.push(
            LintFinding::new(
                Code::MalformedEntry,
                Severity::Error,
                ConfigMapSection::MapAccounts,
                "aws-auth-finding-account-not-a-string",
            )
            .at(Some(index), line)
            .arg("found", item.type_name()),
        );
        return;
    };
    if text.len() != 12 || !text.bytes().all(|b| b.is_ascii_digit()) {
        auth.findings.push(
            LintFinding::new(
                Code::InvalidArn,
                Severity::Error,
                ConfigMapSection::MapAccounts,
                "aws-auth-finding-bad-account",
            )
            .at(Some(index), line)
            .field("account", Some(text))
            .arg("value", text),
        );
    } else if read {
        auth.findings.push(
            LintFinding::new(
                Code::MapAccounts,
                Severity::Info,
                ConfigMapSection::MapAccounts,
                "aws-auth-finding-map-accounts",
            )
            .at(Some(index), line)
            .field("account", Some(text))
            .arg("account", text),
        );
    }
    auth.accounts.push(Account {
        index,
        key: key.to_owned(),
        id: text.to_owned(),
        read,
        line,
    });
}

const ROLE_FIELDS: [&str; 4] = ["rolearn", "username", "groups", "sso"];
const USER_FIELDS: [&str; 3] = ["userarn", "username", "groups"];

/// One entry of `mapRoles` or `mapUsers`: its fields read as the authenticator reads them,
/// each checked, and the entry recorded with the corrections found.
fn analyse_entry(auth: &mut AwsAuth, entries: &Entries, index: usize, item: &Node) {
    let Entries {
        section,
        key,
        read,
        lines,
        source,
    } = *entries;
    let line = lines.of(item);
    let finding =
        |code, severity, id| LintFinding::new(code, severity, section, id).at(Some(index), line);
    let NodeKind::Map(pairs) = &item.kind else {
        auth.findings.push(
            finding(
                Code::MalformedEntry,
                Severity::Error,
                "aws-auth-finding-entry-not-a-mapping",
            )
            .field(section.arn_field(), item.source_text(source).as_deref())
            .arg("found", item.type_name()),
        );
        return;
    };
    let (fields, stray_keys) = entry_fields(section, pairs);
    for stray in &stray_keys {
        if let Some(f) = stray_key_finding(section, &finding, stray) {
            auth.findings.push(f);
        }
    }

    let arn_field = section.arn_field();
    let arn = string_field(auth, section, &finding, &fields, arn_field, source);
    let username = string_field(auth, section, &finding, &fields, "username", source);
    let (groups, corrected_groups) = groups_field(auth, section, &finding, &fields, source);
    let sso = fields
        .get("sso")
        .filter(|_| section == ConfigMapSection::MapRoles)
        .and_then(|node| sso_matcher(node));
    let arn = arn.filter(|a| !a.is_empty());
    let has_matcher = arn.is_some() || sso.is_some();
    let kept = has_matcher && matcher_is_valid(auth, &finding, arn.is_some(), sso.as_ref());
    if !has_matcher {
        auth.findings
            .push(missing_arn_finding(section, &finding, &stray_keys));
    }

    let corrected_arn = arn
        .as_ref()
        .and_then(|arn| check_arn(auth, section, index, line, arn));
    hidden_characters(auth, &finding, arn_field, arn.as_deref(), Severity::Error);
    hidden_characters(
        auth,
        &finding,
        "username",
        username.as_deref(),
        Severity::Warning,
    );
    for group in &groups {
        hidden_characters(auth, &finding, "groups", Some(group), Severity::Warning);
    }
    if kept && username.is_none() && fields.get("username").is_none_or(|n| n.is_null()) {
        auth.findings.push(
            finding(
                Code::MalformedEntry,
                Severity::Warning,
                "aws-auth-finding-no-username",
            )
            .field("username", None),
        );
    }
    let mut corrected_username = None;
    if let Some(name) = &username {
        corrected_username = check_template(auth, section, index, line, "username", name);
    }
    // An unquoted template meant the text as written: the fix quotes it.
    if corrected_username.is_none() {
        corrected_username = fields
            .get("username")
            .filter(|node| has_complex_key(node))
            .and_then(|node| node.source_text(source))
            .filter(|raw| !raw.contains('\n'));
    }
    for group in &groups {
        check_template(auth, section, index, line, "groups", group);
        if group == "system:masters" && kept {
            auth.findings.push(
                finding(
                    Code::SystemMasters,
                    Severity::Warning,
                    "aws-auth-finding-system-masters",
                )
                .field("groups", Some(group))
                .arg("arn", arn.clone().unwrap_or_default()),
            );
        }
    }
    auth.entries.push(Entry {
        section,
        index,
        key: key.to_owned(),
        arn,
        username,
        groups,
        sso,
        kept,
        read,
        line,
        corrected_arn,
        corrected_username,
        corrected_groups,
        shadowed: false,
    });
}

/// A value with a control, bidirectional or zero-width character in it reads as another value
/// on screen: flagged, with the value as it looks (those characters removed) suggested. An ARN
/// then never matches a caller; a username or group binds another name than the RBAC
/// bindings that seem to name it.
fn hidden_characters(
    auth: &mut AwsAuth,
    finding: &dyn Fn(Code, Severity, &'static str) -> LintFinding,
    field: &'static str,
    value: Option<&str>,
    severity: Severity,
) {
    let Some(value) = value.filter(|v| crate::safe_text::has_hidden(v)) else {
        return;
    };
    let mut f = finding(
        Code::HiddenCharacters,
        severity,
        "aws-auth-finding-hidden-characters",
    )
    .field(field, Some(value))
    .arg("field", field)
    .arg("value", value);
    let looks_like: String = value
        .chars()
        .filter(|c| !crate::safe_text::is_hidden(*c))
        .collect();
    if !looks_like.trim().is_empty() {
        f = f.suggest(looks_like);
    }
    auth.findings.push(f);
}

/// The fields the section knows, by their canonical name, and the keys it does not know.
/// Go's encoding/json matches field names case-insensitively; the last one wins.
fn entry_fields(
    section: ConfigMapSection,
    pairs: &[(Node, Node)],
) -> (BTreeMap<&'static str, &Node>, Vec<String>) {
    let known = known_fields(section);
    let mut fields: BTreeMap<&str, &Node> = BTreeMap::new();
    let mut stray_keys: Vec<String> = Vec::new();
    for (k, v) in pairs {
        let Some((name, _)) = k.scalar() else {
            continue;
        };
        match known.iter().find(|f| f.eq_ignore_ascii_case(name)) {
            Some(field) => {
                fields.insert(*field, v);
            }
            None => stray_keys.push(name.to_owned()),
        }
    }
    (fields, stray_keys)
}

fn known_fields(section: ConfigMapSection) -> &'static [&'static str] {
    if section == ConfigMapSection::MapUsers {
        &USER_FIELDS
    } else {
        &ROLE_FIELDS
    }
}

/// The ARN key of the other section (`rolearn` under `mapUsers`, `userarn` elsewhere).
fn other_arn_field(section: ConfigMapSection) -> &'static str {
    if section == ConfigMapSection::MapUsers {
        "rolearn"
    } else {
        "userarn"
    }
}

/// A key the section does not know, with the known one it looks like a typo of. The other
/// section's ARN key is left to [`missing_arn_finding`].
fn stray_key_finding(
    section: ConfigMapSection,
    finding: &dyn Fn(Code, Severity, &'static str) -> LintFinding,
    stray: &str,
) -> Option<LintFinding> {
    if stray.eq_ignore_ascii_case(other_arn_field(section)) {
        return None;
    }
    let mut f = finding(
        Code::UnknownKey,
        Severity::Warning,
        "aws-auth-finding-unknown-entry-key",
    )
    .field(stray, None)
    .arg("key", stray.to_owned());
    if let Some(expected) = known_fields(section)
        .iter()
        .find(|k| edit_distance(&stray.to_ascii_lowercase().replace(['_', '-'], ""), k) <= 2)
    {
        f = f.suggest(*expected);
    }
    Some(f)
}

/// Whether the entry's matcher is one the authenticator accepts: `RoleMapping.Validate`
/// allows only one of `rolearn` and `sso`, and the `sso` matcher must be complete.
fn matcher_is_valid(
    auth: &mut AwsAuth,
    finding: &dyn Fn(Code, Severity, &'static str) -> LintFinding,
    has_arn: bool,
    sso: Option<&SsoMatcher>,
) -> bool {
    let mut valid = true;
    if has_arn && sso.is_some() {
        auth.findings.push(
            finding(
                Code::MalformedEntry,
                Severity::Error,
                "aws-auth-finding-rolearn-and-sso",
            )
            .field("sso", None),
        );
        valid = false;
    } else if let Some(matcher) = sso {
        for (code, id, field, value) in matcher.problems() {
            auth.findings.push(
                finding(code, Severity::Error, id)
                    .field(&format!("sso.{field}"), Some(&value))
                    .arg("value", value.clone()),
            );
            valid = false;
        }
    }
    valid
}

/// An entry with neither ARN nor `sso`: when it carries the other section's ARN key, it was
/// put in the wrong section.
fn missing_arn_finding(
    section: ConfigMapSection,
    finding: &dyn Fn(Code, Severity, &'static str) -> LintFinding,
    stray_keys: &[String],
) -> LintFinding {
    let arn_field = section.arn_field();
    let other_arn_field = other_arn_field(section);
    if !stray_keys
        .iter()
        .any(|k| k.eq_ignore_ascii_case(other_arn_field))
    {
        return finding(
            Code::MalformedEntry,
            Severity::Error,
            "aws-auth-finding-missing-arn",
        )
        .field(arn_field, None)
        .arg("field", arn_field);
    }
    let other = if section == ConfigMapSection::MapUsers {
        ConfigMapSection::MapRoles
    } else {
        ConfigMapSection::MapUsers
    };
    finding(
        Code::MalformedEntry,
        Severity::Error,
        "aws-auth-finding-arn-in-wrong-section",
    )
    .field(other_arn_field, None)
    .suggest(other.key())
    .arg("field", other_arn_field)
    .arg("section", other.key())
}

/// The `sso` matcher as Go's encoding/json decodes it: keys case-insensitively, a value that
/// is not a string left empty. Anything but a mapping decodes to no matcher at all.
fn sso_matcher(node: &Node) -> Option<SsoMatcher> {
    let NodeKind::Map(pairs) = &node.kind else {
        return None;
    };
    let mut matcher = SsoMatcher {
        permission_set: String::new(),
        account: String::new(),
        partition: String::new(),
    };
    for (k, v) in pairs {
        let Some((name, _)) = k.scalar() else {
            continue;
        };
        let value = v.as_str().unwrap_or_default().to_owned();
        match name.to_ascii_lowercase().as_str() {
            "permissionsetname" => matcher.permission_set = value,
            "accountid" => matcher.account = value,
            "partition" => matcher.partition = value,
            _ => {}
        }
    }
    Some(matcher)
}

/// A string field; a value of another type is reported and, as in Go, left empty.
fn string_field(
    auth: &mut AwsAuth,
    section: ConfigMapSection,
    finding: &dyn Fn(Code, Severity, &'static str) -> LintFinding,
    fields: &BTreeMap<&str, &Node>,
    name: &'static str,
    source: &str,
) -> Option<String> {
    let node = fields.get(name)?;
    if node.is_null() {
        return None;
    }
    if let Some(text) = node.as_str() {
        return Some(text.to_owned());
    }
    if has_complex_key(node) {
        let f = unquoted_template(finding, name, node, source, section);
        auth.findings.push(f);
        return None;
    }
    let raw = node
        .source_text(source)
        .or_else(|| node.scalar().map(|(t, _)| t.to_owned()));
    let mut f = finding(
        Code::MalformedEntry,
        Severity::Error,
        "aws-auth-finding-wrong-type",
    )
    .field(name, raw.as_deref())
    .arg("field", name)
    .arg("found", node.type_name());
    // `username: {{SessionName}}` is a YAML mapping; quoting makes it the string meant.
    if let Some(raw) = raw.filter(|r| !r.contains('\n')) {
        f = f.suggest(format!("{name}: \"{}\"", raw.replace('"', "\\\"")));
    }
    auth.findings.push(f);
    None
}

fn groups_field(
    auth: &mut AwsAuth,
    section: ConfigMapSection,
    finding: &dyn Fn(Code, Severity, &'static str) -> LintFinding,
    fields: &BTreeMap<&str, &Node>,
    source: &str,
) -> (Vec<String>, Option<Vec<String>>) {
    let Some(node) = fields.get("groups") else {
        return (Vec::new(), None);
    };
    let groups = match &node.kind {
        NodeKind::Seq(items) => items
            .iter()
            .filter_map(|g| match g.as_str() {
                Some(text) => Some(text.to_owned()),
                None if has_complex_key(g) => {
                    let f = unquoted_template(finding, "groups", g, source, section);
                    auth.findings.push(f);
                    None
                }
                None => {
                    auth.findings.push(
                        finding(
                            Code::MalformedEntry,
                            Severity::Error,
                            "aws-auth-finding-group-not-a-string",
                        )
                        .field("groups", g.source_text(source).as_deref())
                        .arg("found", g.type_name()),
                    );
                    None
                }
            })
            .collect(),
        _ if node.is_null() => Vec::new(),
        _ if has_complex_key(node) => {
            let f = unquoted_template(finding, "groups", node, source, section);
            auth.findings.push(f);
            return (Vec::new(), None);
        }
        _ => {
            let mut corrected = None;
            let text = node
                .scalar()
                .map(|(t, _)| t.to_owned())
                .or_else(|| node.source_text(source));
            let mut f = finding(
                Code::MalformedEntry,
                Severity::Error,
                "aws-auth-finding-groups-not-a-list",
            )
            .field("groups", text.as_deref())
            .arg("found", node.type_name());
            if let Some(text) = text.filter(|_| node.scalar().is_some()) {
                // An indentation slip makes `- a` / `- b` one string "- a - b"; split it back.
                let parts: Vec<&str> = text
                    .split(|c: char| c.is_whitespace())
                    .filter(|p| !p.is_empty() && *p != "-")
                    .collect();
                let list: String = parts.iter().map(|p| format!("\n  - {p}")).collect();
                f = f.suggest(format!("groups:{list}"));
                corrected = Some(parts.iter().map(|p| (*p).to_owned()).collect());
            }
            auth.findings.push(f);
            return (Vec::new(), corrected);
        }
    };
    (groups, None)
}

/// Lints an ARN; returns the ARN that would work, when it can say. A masked account or a
/// wildcard does not stop the other checks: the entry is checked for everything else as if
/// the account were valid.
fn check_arn(
    auth: &mut AwsAuth,
    section: ConfigMapSection,
    index: usize,
    line: Option<usize>,
    arn: &str,
) -> Option<String> {
    let field = section.arn_field();
    let finding = |code, severity, id| {
        LintFinding::new(code, severity, section, id)
            .at(Some(index), line)
            .field(field, Some(arn))
            .arg("arn", arn)
    };
    if arn.trim() != arn {
        let fixed = arn.trim().to_owned();
        auth.findings.push(
            finding(
                Code::InvalidArn,
                Severity::Error,
                "aws-auth-finding-arn-whitespace",
            )
            .suggest(fixed.clone()),
        );
        return Some(fixed);
    }
    let wildcard = |auth: &mut AwsAuth| {
        // `Matches` compares a rolearn or userarn by equality: a pattern is taken literally.
        auth.findings.push(finding(
            Code::WildcardArn,
            Severity::Error,
            "aws-auth-finding-wildcard-arn",
        ));
    };
    let (principal, account_problem) = match Principal::parse_masked(arn) {
        Ok(parsed) => parsed,
        Err(error) => {
            let id = match error {
                ArnError::NotAnArn | ArnError::MissingParts => "aws-auth-finding-not-an-arn",
                ArnError::UnknownPartition(_) => "aws-auth-finding-unknown-partition",
                ArnError::BadAccount(_) => "aws-auth-finding-bad-arn-account",
                ArnError::NotAPrincipal(_) => "aws-auth-finding-not-a-principal",
            };
            auth.findings
                .push(finding(Code::InvalidArn, Severity::Error, id));
            if arn.contains(['*', '?']) {
                wildcard(auth);
            }
            return None;
        }
    };
    if principal.arn.resource.contains(['*', '?']) {
        wildcard(auth);
    }
    if account_problem.is_some() {
        auth.findings.push(finding(
            Code::InvalidArn,
            Severity::Error,
            "aws-auth-finding-bad-arn-account",
        ));
    }
    let mut fixed = None;
    if principal.arn.service == "iam" && !principal.arn.region.is_empty() {
        let mut without_region = principal.arn.clone();
        without_region.region.clear();
        let without_region = without_region.to_string();
        auth.findings.push(
            finding(
                Code::InvalidArn,
                Severity::Error,
                "aws-auth-finding-arn-has-region",
            )
            .suggest(without_region.clone()),
        );
        fixed = Some(without_region);
    }
    let path_free = principal.aws_auth_arn();
    if principal.session.is_some() {
        let id = if section == ConfigMapSection::MapUsers {
            "aws-auth-finding-assumed-role-in-users"
        } else {
            "aws-auth-finding-assumed-role"
        };
        auth.findings.push(
            finding(Code::AssumedRoleArn, Severity::Error, id)
                .suggest(path_free.clone())
                .arg("role", principal.name.clone()),
        );
        return Some(path_free);
    }
    let is_role_kind = matches!(
        principal.kind,
        PrincipalKind::IamRole | PrincipalKind::SsoRole
    );
    if is_role_kind && !principal.path.is_empty() {
        let sso = principal.kind == PrincipalKind::SsoRole
            || format!("{}/", principal.path).starts_with(SSO_ROLE_PATH_PREFIX);
        let (code, id) = if sso {
            (Code::SsoRolePath, "aws-auth-finding-sso-role-path")
        } else {
            (Code::RolePath, "aws-auth-finding-role-path")
        };
        auth.findings.push(
            finding(code, Severity::Error, id)
                .suggest(path_free.clone())
                .arg("path", format!("/{}/", principal.path)),
        );
        return Some(path_free);
    }
    match (section, &principal.kind) {
        (
            ConfigMapSection::MapRoles,
            PrincipalKind::IamUser | PrincipalKind::Root | PrincipalKind::FederatedUser,
        ) => auth.findings.push(finding(
            Code::InvalidArn,
            Severity::Warning,
            "aws-auth-finding-user-in-roles",
        )),
        (ConfigMapSection::MapUsers, PrincipalKind::IamRole | PrincipalKind::SsoRole) => {
            auth.findings.push(finding(
                Code::InvalidArn,
                Severity::Warning,
                "aws-auth-finding-role-in-users",
            ))
        }
        _ => {}
    }
    fixed
}

fn check_template(
    auth: &mut AwsAuth,
    section: ConfigMapSection,
    index: usize,
    line: Option<usize>,
    field: &str,
    text: &str,
) -> Option<String> {
    let problems = template::check(text, section == ConfigMapSection::MapUsers);
    let fixed = template::corrected(text, &problems);
    for problem in &problems {
        let base = LintFinding::new(
            Code::UsernameTemplate,
            Severity::Error,
            section,
            "aws-auth-finding-template-unknown",
        )
        .at(Some(index), line)
        .field(field, Some(text));
        let f = match problem {
            TemplateProblem::Unknown { token, fixed: fix } => {
                let f = base.arg("token", token.clone());
                match (fix, &fixed) {
                    (Some(_), Some(all)) => f.suggest(all.clone()),
                    _ => f,
                }
            }
            TemplateProblem::SingleBraces { token, .. } => {
                let mut f = base.arg("token", token.clone());
                f.message_id = "aws-auth-finding-template-single-braces";
                match &fixed {
                    Some(all) => f.suggest(all.clone()),
                    None => f,
                }
            }
            TemplateProblem::Unclosed => {
                let mut f = base;
                f.message_id = "aws-auth-finding-template-unclosed";
                f
            }
            TemplateProblem::NoSessionForUsers { token } => {
                let mut f = base.arg("token", token.clone());
                f.message_id = "aws-auth-finding-template-no-session";
                f
            }
        };
        auth.findings.push(f);
    }
    fixed
}

/// Marks entries that lose to a duplicate, and reports every duplicate.
fn mark_duplicates(auth: &mut AwsAuth) {
    // Roles are stored by lower-cased ARN: the last one written wins.
    let mut roles: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    let mut users: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (position, entry) in auth.entries.iter().enumerate() {
        if !(entry.kept && entry.read) {
            continue;
        }
        let Some(key) = entry.store_key() else {
            continue;
        };
        let map = match entry.section {
            ConfigMapSection::MapRoles => &mut roles,
            ConfigMapSection::MapUsers => &mut users,
            _ => continue,
        };
        map.entry(key.to_ascii_lowercase())
            .or_default()
            .push(position);
    }
    for positions in roles.values().filter(|p| p.len() > 1) {
        let Some(&winner) = positions.last() else {
            continue;
        };
        let winner_index = auth.entries[winner].index;
        for &loser in &positions[..positions.len() - 1] {
            auth.entries[loser].shadowed = true;
            let entry = &auth.entries[loser];
            auth.findings.push(
                LintFinding::new(
                    Code::DuplicateArn,
                    Severity::Warning,
                    ConfigMapSection::MapRoles,
                    "aws-auth-finding-duplicate-last-wins",
                )
                .at(Some(entry.index), entry.line)
                .field("rolearn", entry.arn.as_deref())
                .arg("winner", winner_index.to_string())
                .arg("section", "mapRoles"),
            );
        }
    }
    for positions in users.values().filter(|p| p.len() > 1) {
        let spellings: std::collections::BTreeSet<&str> = positions
            .iter()
            .filter_map(|&p| auth.entries[p].arn.as_deref())
            .collect();
        let Some(&winner) = positions.last() else {
            continue;
        };
        let winner_index = auth.entries[winner].index;
        let unpredictable = spellings.len() > 1;
        for &loser in &positions[..positions.len() - 1] {
            if !unpredictable {
                auth.entries[loser].shadowed = true;
            }
            let entry = &auth.entries[loser];
            let id = if unpredictable {
                "aws-auth-finding-duplicate-unpredictable"
            } else {
                "aws-auth-finding-duplicate-last-wins"
            };
            auth.findings.push(
                LintFinding::new(
                    Code::DuplicateArn,
                    Severity::Warning,
                    ConfigMapSection::MapUsers,
                    id,
                )
                .at(Some(entry.index), entry.line)
                .field("userarn", entry.arn.as_deref())
                .arg("winner", winner_index.to_string())
                .arg("section", "mapUsers"),
            );
        }
    }
    // A login looks in mapRoles first: a mapUsers entry with the same ARN never wins.
    for (arn, user_positions) in &users {
        let Some(role_positions) = roles.get(arn) else {
            continue;
        };
        let Some(&role) = role_positions.last() else {
            continue;
        };
        let role_index = auth.entries[role].index;
        for &user in user_positions {
            auth.entries[user].shadowed = true;
            let entry = &auth.entries[user];
            auth.findings.push(
                LintFinding::new(
                    Code::DuplicateArn,
                    Severity::Warning,
                    ConfigMapSection::MapUsers,
                    "aws-auth-finding-duplicate-roles-first",
                )
                .at(Some(entry.index), entry.line)
                .field("userarn", entry.arn.as_deref())
                .arg("winner", role_index.to_string()),
            );
        }
    }
    // Per section, a block under a key the authenticator ignores comes first, led by the
    // finding about its key; then the block that is read, entry by entry.
    let order = |f: &LintFinding| {
        let read_key = f.key.as_deref() == Some(f.section.key());
        (f.section, read_key, f.key.clone(), f.index, f.severity)
    };
    auth.findings.sort_by_cached_key(order);
}
