//! The linter's whole answer, as text for a person or JSON for a machine.

use serde::Serialize;

use super::analyse::AwsAuth;
use super::finding::{ConfigMapSection, LintFindingJson, Severity};
use super::fix::{self, FixContext, FixPlan};
use super::input::{ConfigMapError, InputForm};
use super::resolve::{self, AccessEntry, Decision, MatchAnswer, MatchOutcome, MissReason, Winner};
use crate::arn::ArnError;
use crate::i18n::Lang;
use crate::tr;

/// Everything the linter says about one ConfigMap.
#[derive(Debug, Clone)]
pub struct Report {
    pub auth: AwsAuth,
    pub answer: Option<MatchAnswer>,
    pub decision: Option<Decision>,
    pub plan: FixPlan,
}

/// Builds the report; `principal_arn` is the caller to answer for, `access_entries` the
/// cluster's entries when known.
pub fn build(
    auth: AwsAuth,
    principal_arn: Option<&str>,
    access_entries: Option<&[AccessEntry]>,
    ctx: &FixContext,
) -> Result<Report, ArnError> {
    let answer = principal_arn
        .map(|arn| resolve::resolve(&auth, arn))
        .transpose()?;
    let decision = match (&answer, access_entries) {
        (Some(answer), Some(entries)) => Some(resolve::decide(ctx.mode, entries, answer)),
        _ => None,
    };
    let plan = fix::plan(&auth, answer.as_ref(), ctx);
    Ok(Report {
        auth,
        answer,
        decision,
        plan,
    })
}

#[derive(Serialize)]
struct MappingJson<'a> {
    section: ConfigMapSection,
    /// The data key as written.
    key: &'a str,
    index: usize,
    arn: Option<&'a str>,
    username: Option<&'a str>,
    groups: &'a [String],
    /// The authenticator uses this entry for logins.
    used: bool,
    kept: bool,
    read: bool,
    shadowed: bool,
    line: Option<usize>,
}

#[derive(Serialize)]
struct ReportJson<'a> {
    schema: u32,
    lang: Lang,
    form: InputForm,
    findings: Vec<LintFindingJson>,
    mappings: Vec<MappingJson<'a>>,
    #[serde(rename = "match", skip_serializing_if = "Option::is_none")]
    answer: Option<&'a MatchAnswer>,
    #[serde(skip_serializing_if = "Option::is_none")]
    decision: Option<&'a Decision>,
    fix: &'a FixPlan,
}

pub fn to_json(report: &Report, lang: Lang) -> Result<String, serde_json::Error> {
    let auth = &report.auth;
    let mut mappings: Vec<MappingJson> = auth
        .entries
        .iter()
        .map(|e| MappingJson {
            section: e.section,
            key: &e.key,
            index: e.index,
            arn: e.arn.as_deref(),
            username: e.username.as_deref(),
            groups: &e.groups,
            used: e.effective(),
            kept: e.kept,
            read: e.read,
            shadowed: e.shadowed,
            line: e.line,
        })
        .collect();
    mappings.extend(auth.accounts.iter().map(|a| MappingJson {
        section: ConfigMapSection::MapAccounts,
        key: &a.key,
        index: a.index,
        arn: Some(a.id.as_str()),
        username: None,
        groups: &[],
        used: a.read,
        kept: true,
        read: a.read,
        shadowed: false,
        line: a.line,
    }));
    let json = ReportJson {
        schema: 1,
        lang,
        form: auth.form,
        findings: auth.findings.iter().map(|f| f.to_json(lang)).collect(),
        mappings,
        answer: report.answer.as_ref(),
        decision: report.decision.as_ref(),
        fix: &report.plan,
    };
    serde_json::to_string_pretty(&json).map(|t| t + "\n")
}

pub fn form_id(form: InputForm) -> &'static str {
    match form {
        InputForm::Yaml => "aws-auth-form-yaml",
        InputForm::Json => "aws-auth-form-json",
        InputForm::Describe => "aws-auth-form-describe",
        InputForm::DataSection => "aws-auth-form-data-section",
        InputForm::Fragment => "aws-auth-form-fragment",
        InputForm::EntryList => "aws-auth-form-entry-list",
    }
}

pub fn severity_label(severity: Severity, lang: Lang) -> String {
    match severity {
        Severity::Error => tr!(lang, "aws-auth-severity-error"),
        Severity::Warning => tr!(lang, "aws-auth-severity-warning"),
        Severity::Info => tr!(lang, "aws-auth-severity-info"),
    }
}

/// The heading of one entry's fix: the entry it corrects, or the principal it adds.
pub fn fix_entry_title(entry: &fix::EntryFix, lang: Lang) -> String {
    match entry.index {
        Some(index) => tr!(
            lang,
            "aws-auth-fix-entry-title",
            entry = entry_label(&entry.key, Some(index), lang)
        ),
        None => tr!(
            lang,
            "aws-auth-fix-principal-title",
            arn = entry.aws_auth_arn.clone()
        ),
    }
}

/// "mapRoles entry 2"; `key` is the data key as written, so that an entry under an ignored
/// `maproles` is not taken for one of `mapRoles`.
pub fn entry_label(key: &str, index: Option<usize>, lang: Lang) -> String {
    match index {
        Some(index) => tr!(
            lang,
            "aws-auth-entry-label",
            section = key,
            index = index.to_string()
        ),
        None => key.to_owned(),
    }
}

fn indent(text: &str, prefix: &str) -> String {
    text.lines().map(|l| format!("{prefix}{l}\n")).collect()
}

fn groups_text(groups: &[String], lang: Lang) -> String {
    if groups.is_empty() {
        tr!(lang, "aws-auth-groups-none")
    } else {
        groups.join(", ")
    }
}

fn miss_id(reason: MissReason) -> &'static str {
    match reason {
        MissReason::Path => "aws-auth-miss-path",
        MissReason::AssumedRole => "aws-auth-miss-assumed-role",
        MissReason::OtherPath => "aws-auth-miss-other-path",
        MissReason::OtherAccount => "aws-auth-miss-other-account",
        MissReason::OtherPartition => "aws-auth-miss-other-partition",
        MissReason::SectionIgnored => "aws-auth-miss-section-ignored",
        MissReason::EntryDropped => "aws-auth-miss-entry-dropped",
        MissReason::ArnText => "aws-auth-miss-arn-text",
        MissReason::Shadowed => "aws-auth-miss-shadowed",
        MissReason::Wildcard => "aws-auth-miss-wildcard",
    }
}

/// The findings listed one by one in text (the command's and the wizard's); the rest are
/// counted. The summary counts every finding and the JSON output lists them all.
pub const MAX_LISTED_FINDINGS: usize = 200;

/// The findings, one block each, at most [`MAX_LISTED_FINDINGS`] of them.
pub fn findings_text(auth: &AwsAuth, lang: Lang) -> String {
    if auth.findings.is_empty() {
        return tr!(lang, "aws-auth-no-findings") + "\n";
    }
    let mut out = String::new();
    for finding in auth.findings.iter().take(MAX_LISTED_FINDINGS) {
        let label = entry_label(finding.key_label(), finding.index, lang);
        let mut head = format!(
            "[{}] {} · {label}",
            severity_label(finding.severity, lang),
            finding.code.id(),
        );
        // A finding about a key names it as its field too: once is enough.
        if let Some(field) = finding.field.as_ref().filter(|f| **f != label) {
            head.push_str(&format!(" · {field}"));
        }
        if let Some(line) = finding.line {
            head.push_str(&format!(
                " · {}",
                tr!(lang, "aws-auth-line", line = line.to_string())
            ));
        }
        out.push_str(&head);
        out.push('\n');
        out.push_str(&indent(&finding.message(lang), "    "));
        if let Some(suggestion) = &finding.suggestion {
            out.push_str(&format!("    {}\n", tr!(lang, "aws-auth-suggested")));
            out.push_str(&indent(suggestion, "        "));
        }
    }
    let more = auth.findings.len().saturating_sub(MAX_LISTED_FINDINGS);
    if more > 0 {
        out.push_str(&tr!(lang, "aws-auth-findings-more", count = more));
        out.push('\n');
    }
    out
}

/// The answer for the principal, in sentences.
pub fn answer_text(answer: &MatchAnswer, decision: Option<&Decision>, lang: Lang) -> String {
    let mut out = tr!(
        lang,
        "aws-auth-match-title",
        arn = answer.principal_arn.clone(),
        canonical = answer.canonical_arn.clone()
    ) + "\n";
    match &answer.outcome {
        MatchOutcome::Mapped {
            section,
            index,
            username,
            groups,
            others,
            ..
        } => {
            out.push_str(&tr!(
                lang,
                "aws-auth-match-mapped",
                entry = entry_label(section.key(), Some(*index), lang),
                username = username.clone(),
                groups = groups_text(groups, lang)
            ));
            out.push('\n');
            if !others.is_empty() {
                let list: Vec<String> = others
                    .iter()
                    .map(|i| entry_label(section.key(), Some(*i), lang))
                    .collect();
                out.push_str(&tr!(
                    lang,
                    "aws-auth-match-others",
                    entries = list.join(", ")
                ));
                out.push('\n');
            }
        }
        MatchOutcome::TemplateFails { section, index } => {
            out.push_str(&tr!(
                lang,
                "aws-auth-match-template-fails",
                entry = entry_label(section.key(), Some(*index), lang)
            ));
            out.push('\n');
        }
        MatchOutcome::Account { account, username } => {
            out.push_str(&tr!(
                lang,
                "aws-auth-match-account",
                account = account.clone(),
                username = username.clone()
            ));
            out.push('\n');
        }
        MatchOutcome::NotLive { keys } => {
            out.push_str(&tr!(
                lang,
                "aws-auth-match-not-live",
                keys = keys.join(", ")
            ));
            out.push('\n');
        }
        MatchOutcome::NotMapped { near_misses } => {
            out.push_str(&tr!(lang, "aws-auth-match-not-mapped"));
            out.push('\n');
            if near_misses.is_empty() {
                out.push_str(&tr!(lang, "aws-auth-match-no-near-miss"));
                out.push('\n');
            }
            for miss in near_misses {
                out.push_str(&format!(
                    "  - {}\n",
                    tr!(
                        lang,
                        miss_id(miss.reason),
                        entry = entry_label(&miss.key, Some(miss.index), lang),
                        arn = miss.entry_arn.clone()
                    )
                ));
            }
        }
    }
    if let Some(decision) = decision {
        let id = match decision.winner {
            Winner::AccessEntry => "aws-auth-decision-access-entry",
            Winner::AwsAuth => "aws-auth-decision-aws-auth",
            Winner::Nobody => "aws-auth-decision-nobody",
        };
        let mode = decision
            .mode
            .map(|m| m.id().to_owned())
            .unwrap_or_else(|| tr!(lang, "aws-auth-mode-unknown"));
        out.push_str(&tr!(lang, id, mode = mode));
        out.push('\n');
        if decision.aws_auth_overridden {
            out.push_str(&tr!(lang, "aws-auth-decision-overridden"));
            out.push('\n');
        }
    }
    out
}

/// The fix, filled in.
pub fn fix_text(plan: &FixPlan, ctx: &FixContext, lang: Lang) -> String {
    let mut out = String::new();
    if plan.corrected_data.is_none() && plan.entries.is_empty() {
        return out;
    }
    out.push_str(&tr!(lang, "aws-auth-fix-title"));
    out.push('\n');
    out.push_str(&tr!(lang, "aws-auth-fix-printed-only"));
    out.push('\n');
    if let Some(data) = &plan.corrected_data {
        out.push_str(&format!("  {}\n", tr!(lang, "aws-auth-fix-corrected-data")));
        out.push_str(&indent(data, "    "));
    }
    for entry in &plan.entries {
        let title = fix_entry_title(entry, lang);
        out.push_str(&format!("\n  {title}\n"));
        out.push_str(&format!("    {}\n", tr!(lang, "aws-auth-fix-mapping")));
        out.push_str(&indent(&entry.mapping_yaml, "      "));
        out.push_str(&format!("    {}\n", tr!(lang, "aws-auth-fix-eksctl")));
        out.push_str(&indent(&entry.eksctl.join("\n"), "      "));
        if !entry.access_entry.is_empty() {
            out.push_str(&format!("    {}\n", tr!(lang, "aws-auth-fix-access-entry")));
            out.push_str(&indent(&entry.access_entry.join("\n"), "      "));
        }
    }
    if !plan.mode_steps.is_empty() {
        let id = if ctx.mode.is_none() {
            "aws-auth-fix-mode-unknown"
        } else {
            "aws-auth-fix-mode-config-map"
        };
        out.push_str(&format!("\n  {}\n", tr!(lang, id)));
        out.push_str(&indent(&plan.mode_steps.join("\n"), "      "));
    }
    out
}

/// Entries under the section's exact key (an ignored `maproles` block is listed apart).
fn written_under(auth: &AwsAuth, section: ConfigMapSection) -> usize {
    auth.entries_in(section)
        .filter(|e| e.key == section.key())
        .count()
}

pub fn to_text(report: &Report, ctx: &FixContext, lang: Lang) -> String {
    let auth = &report.auth;
    let count = |severity| {
        auth.findings
            .iter()
            .filter(|f| f.severity == severity)
            .count()
            .to_string()
    };
    let mut out = tr!(
        lang,
        "aws-auth-summary",
        form = tr!(lang, form_id(auth.form)),
        roles = written_under(auth, ConfigMapSection::MapRoles).to_string(),
        users = written_under(auth, ConfigMapSection::MapUsers).to_string(),
        accounts = auth
            .accounts
            .iter()
            .filter(|a| a.key == ConfigMapSection::MapAccounts.key())
            .count()
            .to_string(),
        errors = count(Severity::Error),
        warnings = count(Severity::Warning),
        infos = count(Severity::Info)
    ) + "\n\n";
    out.push_str(&findings_text(auth, lang));
    if !auth.entries.is_empty() {
        out.push('\n');
        out.push_str(&tr!(lang, "aws-auth-mappings-title"));
        out.push('\n');
        for entry in &auth.entries {
            let state = if !entry.read {
                Some("aws-auth-mapping-ignored")
            } else if !entry.kept {
                Some("aws-auth-mapping-dropped")
            } else if entry.shadowed {
                Some("aws-auth-mapping-shadowed")
            } else {
                None
            };
            let username = entry
                .username
                .clone()
                .unwrap_or_else(|| tr!(lang, "aws-auth-no-username"));
            out.push_str(&format!(
                "  {}  {} → {} [{}]",
                entry_label(&entry.key, Some(entry.index), lang),
                entry.arn.as_deref().unwrap_or("-"),
                username,
                groups_text(&entry.groups, lang)
            ));
            if let Some(state) = state {
                out.push_str(&format!("  ({})", tr!(lang, state)));
            }
            out.push('\n');
        }
    }
    if let Some(answer) = &report.answer {
        out.push('\n');
        out.push_str(&answer_text(answer, report.decision.as_ref(), lang));
    }
    let fix = fix_text(&report.plan, ctx, lang);
    if !fix.is_empty() {
        out.push('\n');
        out.push_str(&fix);
    }
    out
}

/// The read error in the person's language.
pub fn input_error_message(error: &ConfigMapError, lang: Lang) -> String {
    match error {
        ConfigMapError::Empty => tr!(lang, "aws-auth-error-input-empty"),
        ConfigMapError::TooLarge => tr!(lang, "aws-auth-error-input-too-large"),
        ConfigMapError::Yaml(e) => tr!(
            lang,
            "aws-auth-error-yaml",
            line = e.line.to_string(),
            column = e.col.to_string(),
            details = e.detail.clone()
        ),
        ConfigMapError::Json { line, col, detail } => tr!(
            lang,
            "aws-auth-error-json",
            line = line.to_string(),
            column = col.to_string(),
            details = detail.clone()
        ),
        ConfigMapError::OtherKind { kind } => {
            tr!(lang, "aws-auth-error-other-kind", kind = kind.clone())
        }
        ConfigMapError::NotAConfigMap { line, col } => tr!(
            lang,
            "aws-auth-error-not-a-config-map",
            line = line.to_string(),
            column = col.to_string()
        ),
    }
}
