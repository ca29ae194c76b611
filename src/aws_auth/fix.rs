//! The fix, filled in: the corrected ConfigMap data, the eksctl command with the path-free
//! ARN, the access-entry commands with the full ARN, and the move out of `CONFIG_MAP` mode.
//! Everything here is text for a person to run; the tool runs none of it.

use serde::Serialize;
use std::collections::{HashMap, HashSet};

use super::analyse::{AwsAuth, Entry};
use super::finding::{Code, ConfigMapSection};
use super::resolve::{AuthenticationMode, MatchAnswer, MatchOutcome};
use super::yaml::{ScalarType, Style, scalar_type};
use crate::arn::Principal;
use crate::guide::Symptom;
pub use crate::remediation::shell_quote;
use crate::remediation::{
    AwsCommand, CommandScope, PrincipalWord, Word, associate_access_policy, aws_eks, aws_iam,
    create_access_entry, create_identity_mapping, delete_identity_mapping,
};

#[derive(Debug, Clone, Default)]
pub struct FixContext {
    pub cluster: Option<String>,
    pub region: Option<String>,
    /// What the person is troubleshooting, when known: it decides the access policy suggested.
    /// The console showing no nodes gets read access to everything, nodes included; any other
    /// keeps the permissions the mapping meant to give.
    pub symptom: Option<Symptom>,
    pub mode: Option<AuthenticationMode>,
    /// The AWS profile the printed commands name (`--profile`), when one is in use.
    pub profile: Option<String>,
}

impl FixContext {
    /// Who and where the printed commands act as.
    fn scope(&self) -> CommandScope {
        CommandScope {
            profile: self.profile.clone(),
            region: self.region.clone(),
            kube_context: None,
        }
    }

    fn cluster(&self) -> Option<&str> {
        self.cluster.as_deref()
    }

    /// `aws eks <operation> --name <cluster>` (a placeholder when the cluster is unknown).
    fn cluster_command(&self, operation: &'static str) -> AwsCommand {
        aws_eks(&self.scope(), operation)
            .with(|command| command.option_or("--name", self.cluster(), "<cluster>"))
    }
}

/// The fix for one entry (or for the principal asked about).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EntryFix {
    pub section: ConfigMapSection,
    /// The data key the entry was found under, as written; the fix puts it under `section`.
    pub key: String,
    /// The entry fixed; `None` for a new entry for the principal asked about.
    pub index: Option<usize>,
    /// The ARN as aws-auth needs it (roles without their path).
    pub aws_auth_arn: String,
    /// The corrected entry, as it goes under `mapRoles: |` / `mapUsers: |`.
    pub mapping_yaml: String,
    pub eksctl: Vec<String>,
    pub access_entry: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FixPlan {
    /// The whole `data:` section, corrected; `None` when nothing needs correcting.
    pub corrected_data: Option<String>,
    pub entries: Vec<EntryFix>,
    /// Commands to move from `CONFIG_MAP` to `API_AND_CONFIG_MAP` (empty when not needed).
    pub mode_steps: Vec<String>,
}

/// Quotes a YAML scalar when go-yaml would not read it back as the same string.
pub fn yaml_scalar(text: &str) -> String {
    let special_start = text.starts_with([
        '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@',
        '`', ' ',
    ]);
    let needs_quotes = text.is_empty()
        || special_start
        || text.ends_with([' ', ':'])
        || text.contains(": ")
        || text.contains(" #")
        || text.contains(['\n', '\t', '\\', '"'])
        || scalar_type(text, Style::Plain) != ScalarType::Str;
    if needs_quotes {
        format!(
            "\"{}\"",
            text.replace('\\', "\\\\")
                .replace('"', "\\\"")
                .replace('\n', "\\n")
                .replace('\t', "\\t")
        )
    } else {
        text.to_owned()
    }
}

struct Mapping<'a> {
    arn: String,
    username: Option<&'a str>,
    groups: &'a [String],
}

fn entry_yaml(section: ConfigMapSection, mapping: &Mapping, indent: &str) -> String {
    let mut out = format!(
        "{indent}- {}: {}\n",
        section.arn_field(),
        yaml_scalar(&mapping.arn)
    );
    if let Some(username) = mapping.username {
        out.push_str(&format!("{indent}  username: {}\n", yaml_scalar(username)));
    }
    if !mapping.groups.is_empty() {
        out.push_str(&format!("{indent}  groups:\n"));
        for group in mapping.groups {
            out.push_str(&format!("{indent}    - {}\n", yaml_scalar(group)));
        }
    }
    out
}

fn mapping_of(entry: &Entry) -> Option<Mapping<'_>> {
    let arn = entry.corrected_arn.clone().or_else(|| entry.arn.clone())?;
    Some(Mapping {
        arn,
        username: entry
            .corrected_username
            .as_deref()
            .or(entry.username.as_deref()),
        groups: entry.corrected_groups.as_deref().unwrap_or(&entry.groups),
    })
}

/// The `data:` section the authenticator would read as its author meant it.
fn corrected_data(auth: &AwsAuth) -> String {
    let mut out = String::from("data:\n");
    for section in [ConfigMapSection::MapRoles, ConfigMapSection::MapUsers] {
        // Entries the authenticator would keep once fixed; a later duplicate wins, as there.
        // A slot per mapping, emptied when a later one with the same ARN replaces it: linear
        // in the entries (a scan of the kept ones for every entry was quadratic).
        let mut mappings: Vec<Option<Mapping>> = Vec::new();
        let mut slot_of: HashMap<String, usize> = HashMap::new();
        for entry in auth.entries_in(section) {
            if entry.shadowed || !entry.kept {
                continue;
            }
            let Some(mapping) = mapping_of(entry) else {
                continue;
            };
            let slot = mappings.len();
            if let Some(earlier) = slot_of.insert(mapping.arn.to_ascii_lowercase(), slot) {
                mappings[earlier] = None;
            }
            mappings.push(Some(mapping));
        }
        if mappings.iter().all(Option::is_none) {
            continue;
        }
        out.push_str(&format!("  {}: |\n", section.key()));
        for mapping in mappings.iter().flatten() {
            out.push_str(&entry_yaml(section, mapping, "    "));
        }
    }
    let mut accounts: Vec<&str> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for account in &auth.accounts {
        if account.id.len() == 12
            && account.id.bytes().all(|b| b.is_ascii_digit())
            && seen.insert(account.id.as_str())
        {
            accounts.push(&account.id);
        }
    }
    if !accounts.is_empty() {
        out.push_str("  mapAccounts: |\n");
        for account in accounts {
            out.push_str(&format!("    - \"{account}\"\n"));
        }
    }
    out
}

const RESERVED_USERNAME_PREFIXES: [&str; 5] = ["system:", "eks:", "aws:", "amazon:", "iam:"];
const POLICY_PREFIX: &str = "arn:aws:eks::aws:cluster-access-policy/";

/// Access-entry type, Kubernetes groups, username and policies equivalent to a mapping.
struct AccessPlan {
    entry_type: &'static str,
    groups: Vec<String>,
    username: Option<String>,
    policies: Vec<&'static str>,
}

fn access_plan(username: Option<&str>, groups: &[String], symptom: Option<Symptom>) -> AccessPlan {
    let is_node = groups
        .iter()
        .any(|g| g == "system:nodes" || g == "system:bootstrappers")
        || username.is_some_and(|u| u.contains("{{EC2PrivateDNSName}}"));
    if is_node {
        let windows = groups.iter().any(|g| g == "eks:kube-proxy-windows");
        return AccessPlan {
            entry_type: if windows { "EC2_WINDOWS" } else { "EC2_LINUX" },
            groups: Vec::new(),
            username: None,
            policies: Vec::new(),
        };
    }
    let mut policies = Vec::new();
    if groups.iter().any(|g| g == "system:masters") {
        policies.push("AmazonEKSClusterAdminPolicy");
    } else if symptom == Some(Symptom::ConsoleNodes) {
        policies.push("AmazonEKSAdminViewPolicy");
    }
    AccessPlan {
        entry_type: "STANDARD",
        // Access entries refuse groups starting with system:; the policy stands in for them.
        groups: groups
            .iter()
            .filter(|g| !g.starts_with("system:"))
            .cloned()
            .collect(),
        username: username
            .filter(|u| {
                !u.is_empty() && !RESERVED_USERNAME_PREFIXES.iter().any(|p| u.starts_with(p))
            })
            .map(str::to_owned),
        policies,
    }
}

/// `principal_arn` is the full ARN (with its path) or a shell expression giving it.
fn access_entry_commands(
    ctx: &FixContext,
    principal_arn: &str,
    lookup_role: Option<&str>,
    plan: &AccessPlan,
) -> Vec<String> {
    let scope = ctx.scope();
    let mut commands = Vec::new();
    let principal = match lookup_role {
        Some(role) => {
            commands.push(
                aws_iam(&scope, "get-role")
                    .option("--role-name", role)
                    .option("--query", "Role.Arn")
                    .option("--output", "text")
                    .build()
                    .assign_to("ROLE_ARN")
                    .to_string(),
            );
            PrincipalWord::Variable("\"$ROLE_ARN\"")
        }
        None => PrincipalWord::Arn(principal_arn),
    };
    commands.push(
        create_access_entry(
            &scope,
            ctx.cluster(),
            principal,
            plan.entry_type,
            &plan.groups,
            plan.username.as_deref(),
        )
        .to_string(),
    );
    for policy in &plan.policies {
        let policy_arn = format!("{POLICY_PREFIX}{policy}");
        commands.push(
            associate_access_policy(&scope, ctx.cluster(), principal, &policy_arn).to_string(),
        );
    }
    commands
}

fn eksctl_commands(ctx: &FixContext, wrong_arn: Option<&str>, mapping: &Mapping) -> Vec<String> {
    let scope = ctx.scope();
    let mut commands = Vec::new();
    if let Some(wrong) = wrong_arn {
        commands.push(delete_identity_mapping(&scope, ctx.cluster(), wrong).to_string());
    }
    let groups = mapping.groups.iter().map(|g| Word::Value(g.to_string()));
    commands.push(
        create_identity_mapping(
            &scope,
            ctx.cluster(),
            &mapping.arn,
            mapping.username,
            groups,
        )
        .to_string(),
    );
    commands
}

/// Codes whose fix is a different ARN.
const ARN_CODES: [Code; 4] = [
    Code::RolePath,
    Code::SsoRolePath,
    Code::AssumedRoleArn,
    Code::InvalidArn,
];

/// The entries (section, data key, index) that have a finding about their ARN, gathered once
/// so that each entry's fix looks itself up rather than scanning every finding.
type ArnFindings<'a> = HashSet<(ConfigMapSection, &'a str, usize)>;

fn arn_findings(auth: &AwsAuth) -> ArnFindings<'_> {
    auth.findings
        .iter()
        .filter(|f| ARN_CODES.contains(&f.code))
        .filter_map(|f| Some((f.section, f.key.as_deref()?, f.index?)))
        .collect()
}

fn entry_fix(arn_findings: &ArnFindings<'_>, entry: &Entry, ctx: &FixContext) -> Option<EntryFix> {
    let corrected = entry.corrected_arn.as_deref()?;
    if !arn_findings.contains(&(entry.section, entry.key.as_str(), entry.index)) {
        return None;
    }
    let original = entry.arn.as_deref()?;
    let mapping = mapping_of(entry)?;
    // The access entry takes the role's real ARN: the path stays. A session ARN shows no
    // path, so the role's ARN is looked up by name.
    let principal = Principal::parse(original.trim()).ok();
    let (full_arn, lookup) = match &principal {
        Some(p) if p.session.is_some() => (corrected.to_owned(), Some(p.name.clone())),
        Some(p) if p.arn.region.is_empty() => (original.trim().to_owned(), None),
        _ => (corrected.to_owned(), None),
    };
    let plan = access_plan(mapping.username, mapping.groups, ctx.symptom);
    Some(EntryFix {
        section: entry.section,
        key: entry.key.clone(),
        index: Some(entry.index),
        aws_auth_arn: mapping.arn.clone(),
        mapping_yaml: format!(
            "{}: |\n{}",
            entry.section.key(),
            entry_yaml(entry.section, &mapping, "  ")
        ),
        // eksctl only edits the keys the authenticator reads: nothing to delete elsewhere.
        eksctl: eksctl_commands(ctx, Some(original).filter(|_| entry.read), &mapping),
        access_entry: access_entry_commands(ctx, &full_arn, lookup.as_deref(), &plan),
    })
}

/// A new mapping for a principal that nothing maps, modelled on the entry meant for it.
fn principal_fix(auth: &AwsAuth, answer: &MatchAnswer, ctx: &FixContext) -> Option<EntryFix> {
    let MatchOutcome::NotMapped { near_misses } = &answer.outcome else {
        return None;
    };
    let principal = Principal::parse(&answer.principal_arn).ok()?;
    let meant = near_misses.first().and_then(|miss| {
        auth.entries
            .iter()
            .find(|e| e.section == miss.section && e.key == miss.key && e.index == miss.index)
    });
    let section = if principal.is_role() {
        ConfigMapSection::MapRoles
    } else {
        ConfigMapSection::MapUsers
    };
    let default_username = principal.name.clone();
    let mapping = Mapping {
        arn: principal.aws_auth_arn(),
        username: Some(
            meant
                .and_then(|e| e.corrected_username.as_deref().or(e.username.as_deref()))
                .unwrap_or(&default_username),
        ),
        groups: meant.map(|e| e.groups.as_slice()).unwrap_or(&[]),
    };
    let (full_arn, lookup) = if principal.session.is_some() {
        (mapping.arn.clone(), Some(principal.name.clone()))
    } else {
        (principal.arn.to_string(), None)
    };
    let plan = access_plan(mapping.username, mapping.groups, ctx.symptom);
    // A federated user is no IAM principal of its own: no access entry can name it.
    let access_entry = if principal.iam_arn().is_some() {
        access_entry_commands(ctx, &full_arn, lookup.as_deref(), &plan)
    } else {
        Vec::new()
    };
    let wrong = meant
        .and_then(|e| e.arn.as_deref())
        .filter(|_| meant.is_some_and(|e| e.read));
    Some(EntryFix {
        section,
        key: section.key().to_owned(),
        index: None,
        aws_auth_arn: mapping.arn.clone(),
        mapping_yaml: format!(
            "{}: |\n{}",
            section.key(),
            entry_yaml(section, &mapping, "  ")
        ),
        eksctl: eksctl_commands(ctx, wrong, &mapping),
        access_entry,
    })
}

/// Steps out of `CONFIG_MAP` mode; with an unknown mode, the check comes first.
pub fn mode_steps(ctx: &FixContext) -> Vec<String> {
    match ctx.mode {
        Some(AuthenticationMode::ApiAndConfigMap | AuthenticationMode::Api) => Vec::new(),
        mode => {
            let mut steps = Vec::new();
            if mode.is_none() {
                steps.push(
                    ctx.cluster_command("describe-cluster")
                        .option("--query", "cluster.accessConfig.authenticationMode")
                        .option("--output", "text")
                        .build()
                        .to_string(),
                );
            }
            steps.push(
                ctx.cluster_command("update-cluster-config")
                    .option("--access-config", "authenticationMode=API_AND_CONFIG_MAP")
                    .build()
                    .to_string(),
            );
            steps.push(
                aws_eks(&ctx.scope(), "wait")
                    .with(|command| {
                        command.value("cluster-active").option_or(
                            "--name",
                            ctx.cluster(),
                            "<cluster>",
                        )
                    })
                    .build()
                    .to_string(),
            );
            steps
        }
    }
}

/// Everything to print for this ConfigMap (and the principal asked about, if any).
pub fn plan(auth: &AwsAuth, answer: Option<&MatchAnswer>, ctx: &FixContext) -> FixPlan {
    let arn_findings = arn_findings(auth);
    let mut entries: Vec<EntryFix> = auth
        .entries
        .iter()
        .filter_map(|e| entry_fix(&arn_findings, e, ctx))
        .collect();
    if let Some(fix) = answer.and_then(|a| principal_fix(auth, a, ctx))
        && !entries
            .iter()
            .any(|e| e.aws_auth_arn.eq_ignore_ascii_case(&fix.aws_auth_arn))
    {
        entries.push(fix);
    }
    let needs_correction = auth.has_errors();
    let wants_access_entries = !entries.is_empty();
    FixPlan {
        corrected_data: needs_correction.then(|| corrected_data(auth)),
        entries,
        mode_steps: if wants_access_entries {
            mode_steps(ctx)
        } else {
            Vec::new()
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scalars_are_quoted_only_when_needed() {
        assert_eq!(yaml_scalar("system:masters"), "system:masters");
        assert_eq!(
            yaml_scalar("system:node:{{EC2PrivateDNSName}}"),
            "system:node:{{EC2PrivateDNSName}}"
        );
        assert_eq!(yaml_scalar("{{SessionName}}"), "\"{{SessionName}}\"");
        assert_eq!(yaml_scalar("yes"), "\"yes\"");
        assert_eq!(shell_quote("a b"), "'a b'");
        assert_eq!(shell_quote("it's"), "'it'\\''s'");
    }
}
