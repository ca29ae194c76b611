//! Finds the errors in normalised text and reads each one.
//!
//! An error has a *core*, the sentence that says what went wrong ("User: X is not authorized
//! to perform: Y", "Credential should be scoped to a valid region", a console banner, a
//! kubectl 401/403), and *wrappers* that the SDK or tool put around it ("An error occurred
//! (CODE) when calling the OP operation:", "operation error EKS: OP, ... api error CODE:",
//! "(Service: Eks, Status Code: 403, ...)"). Each core reads its wrappers in a bounded
//! window before and after it, never past a neighbouring error. A wrapper with no core is
//! an error of its own (usually `unknown`).
//!
//! Every pattern is a `regex` (finite automata, linear time): 64 KiB of adversarial text
//! cannot make the reader backtrack.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::{Captures, Regex};

use super::{Alternative, DenyReason, Fields, PrincipalKind, Reading, Related};
use crate::arn::Principal;
use crate::guide::Symptom;

/// How far before and after a core its wrappers may be, in bytes.
const WINDOW: usize = 400;
/// At most this many errors are read from one text (64 KiB of one error repeated).
const MAX_RECORDS: usize = 400;

/// One character of an ARN in running text (the pattern repeats it). Spaces, quotes,
/// brackets, `|` and `\` end an ARN. A comma or semicolon ends it only when a space or the end
/// follows: IAM names hold `,` (`[\w+=,.@-]`), IAM paths any printable ASCII and S3 keys
/// anything, `;` included, while in a sentence both are followed by a space. Control
/// characters stay in, so an ARN hiding an escape sequence is read whole and flagged.
/// Redaction placeholders (`<ACCOUNT_ID>`, `[ID]`, `${CLUSTER_NAME}`) stay part of the ARN.
const ARN_CHARS: &str = r#"(?:[^\s"'`,;()|\\]|[,;][^\s"'`,;()|\\])"#;
const REGION: &str = r"[a-z]{2}(?:-[a-z]+)+-\d{1,2}";

fn regex(pattern: &str) -> Regex {
    // The patterns are constants of this file and a test compiles every one; a failure is
    // a build defect, reported loudly in debug builds and as a never-matching pattern in
    // release builds rather than a crash in front of a customer.
    Regex::new(pattern).unwrap_or_else(|error| {
        debug_assert!(false, "bad pattern {pattern}: {error}");
        #[allow(clippy::unwrap_used)]
        Regex::new(r"[^\s\S]").unwrap()
    })
}

macro_rules! pattern {
    ($name:ident, $pattern:expr) => {
        static $name: LazyLock<Regex> = LazyLock::new(|| regex(&$pattern));
    };
}

pattern!(
    NOT_AUTHORIZED,
    format!(
        r#"(?i)(?:\b(?:User|Principal)\s*:\s*["'`]?(?P<principal>{ARN_CHARS}+)["'`]?\s+(?:is\s+)?)?\bnot\s+authorized\s+to\s+perform\s*:?\s*["'`]?(?P<action>[a-z0-9-]+:[a-z0-9*]+)["'`]?(?:\s+on\s+resource\s*:?\s*["'`]?(?P<resource>{ARN_CHARS}+))?"#
    )
);
pattern!(
    STS_REGION,
    r"(?i)(?:Credential\s+should|The\s+credential\s+must)\s+be\s+scoped\s+to\s+a\s+valid\s+region(?:\s*,\s*not\s+'(?P<region>[a-z0-9-]+)')?"
);
pattern!(
    KUBECTL_UNAUTHORIZED,
    concat!(
        r#"(?im)You\s+must\s+be\s+logged\s+in\s+to\s+the\s+server(?:\s*\([^)\n]{0,160}\))?"#,
        r#"|the\s+server\s+has\s+asked\s+for\s+the\s+client\s+to\s+provide\s+credentials"#,
        r#"|"reason"\s*:\s*"Unauthorized""#,
        // A 401 at the end of a chain of `context: context: Unauthorized` (client-go, eksctl,
        // Terraform, helm): not a code that a message follows (`Unauthorized: Verify ...`).
        r#"|(?:\berror|:)[ \t]*Unauthorized(?:[ \t]*$|[ \t]*["'`)\]\\]|[ \t]+(?:when|while|after)\b)"#,
        // The same message as the Japanese documentation translates it.
        r#"|サーバーへのログインが必要です(?:\s*[(（][^)）\n]{0,40}[)）])?"#
    )
);
pattern!(
    NOT_MAPPED,
    format!(r"(?i)ARN\s+is\s+not\s+mapped\s*:?\s*(?P<arn>arn:{ARN_CHARS}+)?")
);
pattern!(
    ROLEARN_WITH_PATH,
    r#"(?i)\brolearn\s*:\s*["']?(?P<arn>arn:[a-z-]+:iam::[^:\s"']*:role/[^\s"'/]+(?:/[^\s"'/]+)*/[^\s"'/]+)"#
);
pattern!(
    KUBECTL_FORBIDDEN,
    r#"(?i)(?P<what>[a-z0-9.-]+)(?:\s+"[^"\n]{0,253}")?\s+is\s+forbidden\s*:\s*User\s+"(?P<user>[^"\n]{0,400})"\s+cannot\s+(?P<verb>[a-z]+)\s+(?:resource\s+"(?P<resource>[a-z0-9.-]+)\s*"|(?P<bare>[a-z0-9.-]+)\s+(?:in\s+the\s+namespace|at\s+the\s+cluster))"#
);
pattern!(
    CONSOLE_BANNER,
    concat!(
        r"(?i)Your\s+current\s+(?:user\s+or\s+role|IAM\s+principal)\s+(?:does\s+not|doesn[’']?t)\s+have\s+access\s+to\s+Kubernetes\s+objects\s+on\s+this\s+(?:EKS\s+)?cluster",
        r"|現在の\s*(?:ユーザーまたはロール|IAM\s*プリンシパル)[^\n]{0,24}?Kubernetes\s*オブジェクト[^\n]{0,24}?(?:アクセス権(?:限)?がありません|アクセスできません)"
    )
);
// `API: ec2:CreateVpc You are not authorized to perform this operation.` (CloudFormation
// events as eksctl prints them).
pattern!(
    API_NOT_AUTHORIZED,
    r#"(?i)\bAPI\s*:\s*(?P<action>[a-z0-9-]+:[a-z0-9*]+)\s+You\s+are\s+not\s+authorized\s+to\s+(?:perform\s+this\s+operation|use\s+[^\n".]{1,200})"#
);
// EC2's wording, which names neither the principal nor the action (they are in the encoded
// message).
pattern!(
    NOT_AUTHORIZED_OPERATION,
    r"(?i)You\s+are\s+not\s+authorized\s+to\s+perform\s+this\s+operation"
);
// `missing permissions for 'iam:GetRole'` (EKS's InvalidRequestException).
pattern!(
    MISSING_PERMISSION,
    r#"(?i)missing\s+permissions?\s+for\s+["'`]?(?P<action>[a-z0-9-]+:[a-z0-9*]+)"#
);
pattern!(
    CONSOLE_UNAUTHORIZED,
    r"(?i)Unauthorized\s*:\s*Verify\s+you\s+have\s+access\s+to\s+the\s+Kubernetes\s+cluster"
);

// Wrappers.
pattern!(
    CLI_WRAPPER,
    r"(?i)(?:An\s+error\s+occurred\s*)?\((?P<code>[A-Za-z0-9_.]+)\)\s*(?:\(reached\s+max\s+retries:\s*\d+\)\s*)?when\s+calling\s+the\s+(?P<op>[A-Za-z0-9]+)\s+operation"
);
pattern!(
    GO_WRAPPER,
    r"operation\s+error\s+[A-Za-z0-9 ]{1,40}?\s*:\s*(?P<op>[A-Za-z0-9]+)\s*,"
);
pattern!(API_ERROR, r"api\s+error\s+(?P<code>[A-Za-z0-9]+)\s*:?");
pattern!(CODE_BEFORE, r"(?P<code>[A-Za-z][A-Za-z0-9_$.]*)\s*(?::|--)");
// `Error Code: X` (Java v1), `HandlerErrorCode: X` (CloudFormation), `code: 'X'` and
// `name: 'X'` (JavaScript), `"Code":"X"` (JSON), `:Code "X"` (EDN), `<Code>X</Code>` (XML),
// `"reason":"Forbidden"` (Kubernetes).
pattern!(
    CODE_PROPERTY,
    r#"(?i)(?:\b|:)(?:error\s*code|handlererrorcode|code|__type|name|reason)["']?\s*[:=>]?\s*["']?(?P<code>[A-Za-z][A-Za-z0-9]*)"#
);
pattern!(MAPPED_ARN, format!(r#"\barn="(?P<arn>arn:{ARN_CHARS}+)""#));
pattern!(
    KUBECTL_ERROR_FROM_SERVER,
    r"Error\s+from\s+server\s*\((?P<code>[A-Za-z]+)\)\s*:?\s*$"
);
pattern!(
    DENY_REASON,
    r"(?i)^[^\n]{0,200}?(?:with\s+an\s+explicit\s+deny(?:\s+in\s+(?:an?\s+)?(?P<deny>identity-based\s+policy|resource-based\s+policy|session\s+policy|permissions\s+boundary|service\s+control\s+policy|resource\s+control\s+policy|VPC\s+endpoint\s+policy))?|because\s+no\s+(?P<allow>identity-based\s+policy|resource-based\s+policy|session\s+policy|permissions\s+boundary|service\s+control\s+policy|VPC\s+endpoint\s+policy)\s+allows)"
);

// Where an error also says which cluster and Region.
pattern!(
    EKS_ARN,
    r#"arn:[a-z-]+:eks(?P<middle>[^\s/"'`]{0,80}?):(?:cluster|nodegroup|fargateprofile|addon|access-entry|podidentityassociation|identityproviderconfig)/(?P<cluster>[A-Za-z0-9_<>{}$*-]+)"#
);
pattern!(
    CLUSTER_HINT,
    concat!(
        r#"(?:EKS\s+(?:Cluster|Node\s+Group|Fargate\s+Profile|Add-On|Access\s+Entry|Pod\s+Identity\s+Association|Identity\s+Provider\s+Config)\s*\(\s*"?(?P<tf>[A-Za-z0-9_-]+)"#,
        // eksctl's stacks and roles: eksctl-CLUSTER-nodegroup-NAME comes first, since a
        // cluster may itself be called something-cluster.
        r#"|\beksctl-(?P<nodegroup>[A-Za-z0-9-]+?)-nodegroup-"#,
        r#"|\beksctl-(?P<stack>[A-Za-z0-9-]+?)-(?:cluster|addon|fargate|podidentityrole)\b"#,
        r#"|--cluster(?:-name)?[ =]"?(?P<flag>[A-Za-z0-9_-]+)"#,
        r#"|(?:describe-cluster|update-kubeconfig|eksctl\s+[a-z]+\s+[a-z]+)\s+(?:[^\n]{0,80}?\s)?(?:--name|-c)[ =]"?(?P<name>[A-Za-z0-9_-]+)"#,
        r#"|\bon\s+resource\s*:\s*[^\s/:]*cluster/(?P<masked>[A-Za-z0-9_<>{}$*-]+)"#,
        r#"|stacks\s+found\s+for\s+"(?P<prose>[A-Za-z0-9_-]+)"|EKS\s+cluster\s+"(?P<creating>[A-Za-z0-9_-]+)""#,
        r#"|#/clusters/(?P<console>[A-Za-z0-9_-]+))"#
    )
);
pattern!(
    REGION_HINT,
    format!(
        r#"(?:\b[a-z0-9-]+[.-](?P<endpoint>{REGION})\.amazonaws\.com|\.(?P<cluster_endpoint>{REGION})\.eks\.amazonaws\.com|--region[ =]"?(?P<flag>{REGION})|\b(?:AWS_REGION|AWS_DEFAULT_REGION|RequestRegion)\s*[=:]\s*["']?(?P<env>{REGION})|[?&]region=(?P<console>{REGION})|\b(?:using|for)\s+region\s+(?P<prose>{REGION})\b)"#
    )
);
pattern!(VALID_REGION, format!("^{REGION}$"));
pattern!(
    SERVICE_PRINCIPAL,
    r"^[a-z0-9-]+(?:\.[a-z0-9-]+)*\.amazonaws\.com(?:\.cn)?$"
);

/// Every pattern, for the test that compiles them all.
#[cfg(test)]
fn all_patterns() -> Vec<&'static Regex> {
    vec![
        &NOT_AUTHORIZED,
        &STS_REGION,
        &KUBECTL_UNAUTHORIZED,
        &NOT_MAPPED,
        &ROLEARN_WITH_PATH,
        &KUBECTL_FORBIDDEN,
        &CONSOLE_BANNER,
        &CONSOLE_UNAUTHORIZED,
        &API_NOT_AUTHORIZED,
        &NOT_AUTHORIZED_OPERATION,
        &MISSING_PERMISSION,
        &CODE_COLON,
        &CODE_PHP,
        &CODE_CLASS,
        &ERROR_CALLING,
        &EXECUTING_OP,
        &RELATED_CLOCK_SKEW,
        &RELATED_EXPIRED,
        &RELATED_INVALID,
        &RELATED_MISSING,
        &RELATED_AUTH_MODE,
        &RELATED_API_VERSION,
        &RELATED_EXEC_FAILED,
        &CLI_WRAPPER,
        &GO_WRAPPER,
        &API_ERROR,
        &CODE_BEFORE,
        &CODE_PROPERTY,
        &MAPPED_ARN,
        &KUBECTL_ERROR_FROM_SERVER,
        &DENY_REASON,
        &EKS_ARN,
        &CLUSTER_HINT,
        &REGION_HINT,
        &VALID_REGION,
        &SERVICE_PRINCIPAL,
    ]
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum CoreKind {
    NotAuthorized,
    ApiNotAuthorized,
    NotAuthorizedOperation,
    MissingPermission,
    StsRegion,
    KubectlUnauthorized,
    NotMapped,
    RoleArnWithPath,
    KubectlForbidden,
    ConsoleBanner,
    ConsoleUnauthorized,
}

struct Core<'t> {
    kind: CoreKind,
    start: usize,
    end: usize,
    captures: Captures<'t>,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum WrapperKind {
    Cli,
    Go,
}

struct Wrapper<'t> {
    kind: WrapperKind,
    start: usize,
    end: usize,
    captures: Captures<'t>,
}

/// The errors of `text` (normalised), in the order they appear, duplicates removed.
pub fn findings(text: &str) -> Vec<Reading> {
    let cores = find_cores(text);
    let wrappers: Vec<Wrapper> = [
        (WrapperKind::Cli, &*CLI_WRAPPER),
        (WrapperKind::Go, &*GO_WRAPPER),
    ]
    .into_iter()
    .flat_map(|(kind, re)| {
        re.captures_iter(text)
            .take(MAX_RECORDS)
            .filter_map(move |c| {
                let whole = c.get(0)?;
                Some(Wrapper {
                    kind,
                    start: whole.start(),
                    end: whole.end(),
                    captures: c,
                })
            })
    })
    .collect();
    let mut used = vec![false; wrappers.len()];
    // (position, finding)
    let mut found: Vec<(usize, Reading)> = Vec::new();
    for (index, core) in cores.iter().enumerate() {
        let previous_end = index.checked_sub(1).map_or(0, |i| cores[i].end);
        let pre_start = floor_boundary(text, core.start.saturating_sub(WINDOW).max(previous_end));
        let next_anchor = cores
            .get(index + 1)
            .map(|c| c.start)
            .into_iter()
            .chain(
                wrappers
                    .iter()
                    .filter(|w| w.start >= core.end)
                    .map(|w| w.start),
            )
            .min()
            .unwrap_or(text.len());
        let post_end = floor_boundary(text, next_anchor.min(core.end + WINDOW));
        // The nearest wrapper of each kind before the core, and not before the previous one.
        let mut attached: Vec<usize> = Vec::new();
        for kind in [WrapperKind::Cli, WrapperKind::Go] {
            if let Some(i) = wrappers
                .iter()
                .enumerate()
                .filter(|(_, w)| w.kind == kind && w.start >= pre_start && w.end <= core.start)
                .max_by_key(|(_, w)| w.start)
                .map(|(i, _)| i)
            {
                used[i] = true;
                attached.push(i);
            }
        }
        let start = attached
            .iter()
            .map(|i| wrappers[*i].start)
            .min()
            .unwrap_or(core.start);
        let window = Window {
            pre: &text[pre_start..core.start],
            post: &text[core.end.min(post_end)..post_end],
            whole: &text[pre_start..post_end],
        };
        let wrappers_here: Vec<&Wrapper> = attached.iter().map(|i| &wrappers[*i]).collect();
        found.push((start, read_core(core, &wrappers_here, &window)));
    }
    for (index, wrapper) in wrappers.iter().enumerate() {
        if used[index] {
            continue;
        }
        let next_anchor = cores
            .iter()
            .map(|c| c.start)
            .chain(wrappers.iter().map(|w| w.start))
            .filter(|s| *s > wrapper.start)
            .min()
            .unwrap_or(text.len());
        let post_end = floor_boundary(text, next_anchor.min(wrapper.end + WINDOW));
        let window = Window {
            pre: "",
            post: &text[wrapper.end.min(post_end)..post_end],
            whole: &text[wrapper.start..post_end],
        };
        found.push((wrapper.start, read_lone_wrapper(wrapper, &window)));
    }
    found.sort_by_key(|(position, _)| *position);
    let mut seen = HashSet::new();
    found
        .into_iter()
        .map(|(_, finding)| finding)
        .filter(|f| seen.insert((f.symptom, f.fields.clone())))
        .collect()
}

fn find_cores(text: &str) -> Vec<Core<'_>> {
    // Each pattern with words any match of it must contain (lower case): a pattern whose
    // words are all absent is not run, which keeps a typical message well under a
    // millisecond. The words are necessary, not sufficient; the pattern decides.
    let kinds: [(CoreKind, &Regex, &[&str]); 11] = [
        (CoreKind::NotAuthorized, &NOT_AUTHORIZED, &["authorized"]),
        (CoreKind::ApiNotAuthorized, &API_NOT_AUTHORIZED, &["api"]),
        (
            CoreKind::NotAuthorizedOperation,
            &NOT_AUTHORIZED_OPERATION,
            &["operation"],
        ),
        (
            CoreKind::MissingPermission,
            &MISSING_PERMISSION,
            &["missing"],
        ),
        (CoreKind::StsRegion, &STS_REGION, &["scoped"]),
        (
            CoreKind::KubectlUnauthorized,
            &KUBECTL_UNAUTHORIZED,
            &["unauthorized", "logged", "credentials", "サーバー"],
        ),
        (CoreKind::NotMapped, &NOT_MAPPED, &["mapped"]),
        (CoreKind::RoleArnWithPath, &ROLEARN_WITH_PATH, &["rolearn"]),
        (
            CoreKind::KubectlForbidden,
            &KUBECTL_FORBIDDEN,
            &["forbidden"],
        ),
        (CoreKind::ConsoleBanner, &CONSOLE_BANNER, &["kubernetes"]),
        (
            CoreKind::ConsoleUnauthorized,
            &CONSOLE_UNAUTHORIZED,
            &["unauthorized"],
        ),
    ];
    let lower = text.to_lowercase();
    let mut cores: Vec<Core> = kinds
        .into_iter()
        .filter(|(_, _, words)| words.iter().any(|w| lower.contains(w)))
        .map(|(kind, re, _)| (kind, re))
        .flat_map(|(kind, re)| {
            re.captures_iter(text)
                .take(MAX_RECORDS)
                .filter_map(move |c| {
                    let whole = c.get(0)?;
                    Some(Core {
                        kind,
                        start: whole.start(),
                        end: whole.end(),
                        captures: c,
                    })
                })
        })
        .collect();
    cores.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
    // Patterns may overlap (a kubectl 401 inside a console message): the earlier, longer
    // one wins.
    let mut kept: Vec<Core> = Vec::with_capacity(cores.len());
    for core in cores {
        if kept.last().is_some_and(|last| core.start < last.end) {
            continue;
        }
        // EC2 says "You are not authorized to perform this operation." and, since 2024, the
        // full sentence right after it: one error, read from the full sentence.
        if core.kind == CoreKind::NotAuthorized
            && kept.last().is_some_and(|last| {
                last.kind == CoreKind::NotAuthorizedOperation && core.start - last.end < 40
            })
        {
            kept.pop();
        }
        kept.push(core);
        if kept.len() >= MAX_RECORDS {
            break;
        }
    }
    kept
}

struct Window<'t> {
    /// Between the previous error and the core.
    pre: &'t str,
    /// Between the core and the next error.
    post: &'t str,
    /// Both, with the core.
    whole: &'t str,
}

fn floor_boundary(text: &str, mut index: usize) -> usize {
    index = index.min(text.len());
    while !text.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn group(captures: &Captures, name: &str) -> Option<String> {
    captures
        .name(name)
        .map(|m| m.as_str().to_owned())
        .filter(|s| !s.is_empty())
}

/// An ARN as it ends in running text: without the sentence's full stop, a stray colon, a
/// closing XML tag or an unbalanced closing bracket.
fn clean_arn(token: &str) -> Option<String> {
    let mut token = token.split("</").next().unwrap_or_default();
    // Bounded: each round removes one character or stops.
    for _ in 0..8 {
        let unbalanced = |open: char, close: char| {
            token.ends_with(close) && token.matches(open).count() < token.matches(close).count()
        };
        if token.ends_with(['.', ':', ',', ';'])
            || unbalanced('[', ']')
            || unbalanced('{', '}')
            || unbalanced('<', '>')
        {
            token = &token[..token.len() - 1];
        } else {
            break;
        }
    }
    (token.len() > 4
        && token
            .get(..4)
            .is_some_and(|prefix| prefix.eq_ignore_ascii_case("arn:")))
    .then(|| token.to_owned())
}

fn valid_region(region: &str) -> bool {
    VALID_REGION.is_match(region)
}

fn is_account_id(text: &str) -> bool {
    text.len() == 12 && text.bytes().all(|b| b.is_ascii_digit())
}

/// Fills the principal's ARN, kind and account from a token that names it.
pub(super) fn set_principal(fields: &mut Fields, token: &str) {
    let token = token.trim_matches(['"', '\'']);
    if let Ok(principal) = Principal::parse(token) {
        fields.principal_kind = Some(PrincipalKind::of(&principal));
        fields.account_id = Some(principal.arn.account.clone());
        fields.principal_arn = Some(principal.arn.to_string());
    } else if let Some(arn) = clean_arn(token) {
        // An ARN with its account redacted (`xxx`, `<ACCOUNT_ID>`, `***`) still says what
        // kind of principal it is; the account itself stays unknown.
        let mut parts: Vec<&str> = arn.splitn(6, ':').collect();
        let account = parts.get(4).copied().unwrap_or_default();
        fields.account_id = is_account_id(account).then(|| account.to_owned());
        if parts.len() == 6 {
            parts[4] = "000000000000";
            if let Ok(principal) = Principal::parse(&parts.join(":")) {
                fields.principal_kind = Some(PrincipalKind::of(&principal));
            }
        }
        fields.principal_arn = Some(arn);
    } else if SERVICE_PRINCIPAL.is_match(token) {
        fields.principal_kind = Some(PrincipalKind::Service);
    }
}

fn read_core(core: &Core, wrappers: &[&Wrapper], window: &Window) -> Reading {
    let mut fields = Fields::default();
    let captures = &core.captures;
    let mut alternatives = Vec::new();
    let (symptom, confidence) = match core.kind {
        CoreKind::NotAuthorized => {
            if let Some(principal) = group(captures, "principal") {
                set_principal(&mut fields, &principal);
            }
            fields.action = group(captures, "action");
            fields.resource_arn = group(captures, "resource").and_then(|r| clean_arn(&r));
            fields.deny_reason = deny_reason(window.post);
            let (symptom, confidence, others) = classify_not_authorized(&fields);
            alternatives = others;
            (symptom, confidence)
        }
        CoreKind::ApiNotAuthorized | CoreKind::MissingPermission => {
            fields.action = group(captures, "action");
            let passes_role = fields
                .action
                .as_deref()
                .is_some_and(|a| a.eq_ignore_ascii_case("iam:PassRole"));
            if passes_role {
                (Some(Symptom::PassRole), 0.85)
            } else {
                (Some(Symptom::AccessDenied), 0.8)
            }
        }
        CoreKind::NotAuthorizedOperation => {
            // The action and principal are only in the encoded message; a role that may not
            // be passed is refused with these words too.
            alternatives.push(alternative(Symptom::PassRole, 0.3));
            (Some(Symptom::AccessDenied), 0.6)
        }
        CoreKind::StsRegion => {
            fields.region = group(captures, "region").filter(|r| valid_region(r));
            (Some(Symptom::StsRegion), 0.98)
        }
        CoreKind::KubectlUnauthorized => {
            // Only when the text says so: "(the server has asked ...)" names no code.
            let says_unauthorized = captures
                .get(0)
                .is_some_and(|m| m.as_str().contains("Unauthorized"));
            if says_unauthorized {
                fields.error_code = Some("Unauthorized".to_owned());
            }
            // A 401 says the cluster did not accept who the caller is; the mapping is the
            // commonest cause, not the only one: a token for another cluster or Region, or a
            // role that was not the one assumed, are worth a look. A bare word says least.
            let bare = captures.get(0).is_some_and(|m| {
                let text = m.as_str();
                !text.contains("logged in") && !text.contains("credentials") && !text.contains('"')
            });
            alternatives.push(alternative(Symptom::CrossAccount, 0.25));
            alternatives.push(alternative(Symptom::StsRegion, 0.2));
            (Some(Symptom::AwsAuthPath), if bare { 0.5 } else { 0.6 })
        }
        CoreKind::NotMapped => {
            // The authenticator logs the ARN as `arn="..."` near `error="ARN is not mapped"`.
            let arn = group(captures, "arn").or_else(|| {
                MAPPED_ARN
                    .captures(window.whole)
                    .and_then(|c| group(&c, "arn"))
            });
            if let Some(arn) = arn {
                set_principal(&mut fields, &arn);
            }
            (Some(Symptom::AwsAuthPath), 0.9)
        }
        CoreKind::RoleArnWithPath => {
            if let Some(arn) = group(captures, "arn") {
                set_principal(&mut fields, &arn);
            }
            (Some(Symptom::AwsAuthPath), 0.8)
        }
        CoreKind::KubectlForbidden => {
            if let Some(user) = group(captures, "user").filter(|u| clean_arn(u).is_some()) {
                set_principal(&mut fields, &user);
            }
            let on_nodes = ["resource", "bare", "what"]
                .into_iter()
                .any(|name| group(captures, name).is_some_and(|r| r == "nodes"));
            (
                Some(Symptom::ConsoleNodes),
                if on_nodes { 0.9 } else { 0.6 },
            )
        }
        CoreKind::ConsoleBanner => (Some(Symptom::ConsoleNodes), 0.97),
        CoreKind::ConsoleUnauthorized => (Some(Symptom::ConsoleNodes), 0.8),
    };
    read_wrappers(&mut fields, wrappers, window);
    fill_cluster_and_region(&mut fields, window.whole);
    if fields.action.is_none() {
        fields.action = ERROR_CALLING
            .captures(window.pre)
            .and_then(|c| group(&c, "action"));
    }
    Reading {
        symptom,
        confidence,
        fields,
        alternatives,
        related: None,
    }
}

fn alternative(symptom: Symptom, confidence: f64) -> Alternative {
    Alternative {
        symptom,
        confidence,
    }
}

/// The symptom of an `is not authorized to perform` sentence, how sure, and the other
/// readings worth a look.
fn classify_not_authorized(fields: &Fields) -> (Option<Symptom>, f64, Vec<Alternative>) {
    let action = fields
        .action
        .as_deref()
        .unwrap_or_default()
        .to_ascii_lowercase();
    let named = fields.principal_arn.is_some();
    if action == "iam:passrole" {
        return (
            Some(Symptom::PassRole),
            if named { 0.97 } else { 0.9 },
            vec![],
        );
    }
    if action == "sts:assumerole" {
        return classify_assume_role(fields.account_id.as_deref(), fields.resource_arn.as_deref());
    }
    if action.starts_with("eks:") {
        return (
            Some(Symptom::AccessDenied),
            if named { 0.97 } else { 0.9 },
            vec![],
        );
    }
    (
        Some(Symptom::AccessDenied),
        if named { 0.75 } else { 0.7 },
        vec![],
    )
}

/// `sts:AssumeRole` refused is the cross-account case unless both accounts are visible and
/// the same: a masked account (`***`, `<ACCOUNT_ID>`, `xxx`) could be either.
fn classify_assume_role(
    own: Option<&str>,
    target_arn: Option<&str>,
) -> (Option<Symptom>, f64, Vec<Alternative>) {
    let target = target_arn
        .and_then(|r| r.split(':').nth(4))
        .filter(|a| is_account_id(a));
    match (own.filter(|a| is_account_id(a)), target) {
        (Some(own), Some(target)) if own == target => (Some(Symptom::AccessDenied), 0.8, vec![]),
        (Some(_), Some(_)) => (Some(Symptom::CrossAccount), 0.95, vec![]),
        _ => (
            Some(Symptom::CrossAccount),
            0.75,
            vec![alternative(Symptom::AccessDenied, 0.35)],
        ),
    }
}

fn deny_reason(after: &str) -> Option<DenyReason> {
    let captures = DENY_REASON.captures(after)?;
    let normalized = |m: regex::Match| {
        m.as_str()
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ")
            .to_ascii_lowercase()
    };
    if let Some(policy) = captures.name("allow").map(normalized) {
        return Some(match policy.as_str() {
            "identity-based policy" => DenyReason::NoAllowIdentity,
            "resource-based policy" => DenyReason::NoAllowResource,
            "session policy" => DenyReason::NoAllowSession,
            "permissions boundary" => DenyReason::NoAllowBoundary,
            "service control policy" => DenyReason::NoAllowScp,
            _ => DenyReason::NoAllowVpce,
        });
    }
    Some(match captures.name("deny").map(normalized).as_deref() {
        Some("identity-based policy") => DenyReason::ExplicitDenyIdentity,
        Some("resource-based policy") => DenyReason::ExplicitDenyResource,
        Some("session policy") => DenyReason::ExplicitDenySession,
        Some("permissions boundary") => DenyReason::ExplicitDenyBoundary,
        Some("service control policy") => DenyReason::ExplicitDenyScp,
        Some("resource control policy") => DenyReason::ExplicitDenyRcp,
        Some("vpc endpoint policy") => DenyReason::ExplicitDenyVpce,
        _ => DenyReason::ExplicitDeny,
    })
}

/// Words that end with a colon before a message but are not error codes.
const NOT_CODES: [&str; 12] = [
    "Error",
    "Message",
    "Exception",
    "ClientError",
    "Caused",
    "Details",
    "Reason",
    "Warning",
    "Fatal",
    "Failed",
    "Cause",
    "Err",
];

/// Error codes of AWS's authentication and signing that no suffix gives away.
const AUTH_CODES: [&str; 9] = [
    "RequestExpired",
    "RequestTimeTooSkewed",
    "AuthFailure",
    "NoCredentialProviders",
    "IncompleteSignature",
    "MissingAuthenticationToken",
    "InvalidAccessKeyId",
    "OptInRequired",
    "InvalidClientTokenId",
];

fn looks_like_code(word: &str) -> bool {
    word.len() >= 4
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && !NOT_CODES.contains(&word)
        && (AUTH_CODES.contains(&word)
            || word.ends_with("Exception")
            || word.ends_with("Error")
            || word.ends_with("Fault")
            || word.contains("Denied")
            || word.contains("Unauthorized")
            || word.contains("Forbidden")
            || word.contains("Token")
            || word.contains("Signature"))
}

/// The last segment of a dotted class name (`software...model.StsException`).
fn short_name(word: &str) -> &str {
    word.rsplit(['.', '$', ':']).next().unwrap_or(word)
}

/// The error code, from the most to the least explicit way the tools print it.
fn find_code(pre: &str, post: &str, wrappers: &[&Wrapper]) -> Option<String> {
    let property = |text: &str, last: bool| {
        let mut codes = CODE_PROPERTY
            .captures_iter(text)
            .filter_map(|c| group(&c, "code"))
            .filter(|c| looks_like_code(c));
        if last { codes.last() } else { codes.next() }
    };
    wrappers
        .iter()
        .find(|w| w.kind == WrapperKind::Cli)
        .and_then(|w| group(&w.captures, "code"))
        .or_else(|| {
            API_ERROR
                .captures_iter(pre)
                .last()
                .and_then(|c| group(&c, "code"))
        })
        .or_else(|| {
            KUBECTL_ERROR_FROM_SERVER
                .captures(pre)
                .and_then(|c| group(&c, "code"))
        })
        .or_else(|| property(post, false))
        .or_else(|| property(pre, true))
        .or_else(|| {
            CODE_BEFORE
                .captures_iter(pre)
                .filter_map(|c| group(&c, "code"))
                .map(|word| short_name(&word).to_owned())
                .filter(|word| looks_like_code(word))
                .last()
        })
}

fn read_wrappers(fields: &mut Fields, wrappers: &[&Wrapper], window: &Window) {
    // The operation: the CLI names it, the Go SDK too; the nearer wrapper wins.
    let mut by_nearness: Vec<&&Wrapper> = wrappers.iter().collect();
    by_nearness.sort_by_key(|w| std::cmp::Reverse(w.start));
    fields.operation = by_nearness.iter().find_map(|w| group(&w.captures, "op"));
    if let Some(code) = find_code(window.pre, window.post, wrappers) {
        fields.error_code = Some(code);
    }
}

fn fill_cluster_and_region(fields: &mut Fields, text: &str) {
    // The resource ARN is the most specific source; then any EKS ARN near the error.
    let eks_arn = fields
        .resource_arn
        .as_deref()
        .and_then(|r| EKS_ARN.captures(r))
        .or_else(|| EKS_ARN.captures(text));
    if let Some(captures) = &eks_arn {
        if fields.cluster.is_none() {
            fields.cluster = group(captures, "cluster");
        }
        if fields.region.is_none() {
            // `:REGION:ACCOUNT` between `eks` and the resource type.
            fields.region = group(captures, "middle")
                .and_then(|m| m.split(':').nth(1).map(str::to_owned))
                .filter(|r| valid_region(r));
        }
    }
    if fields.region.is_none() {
        fields.region = fields
            .resource_arn
            .as_deref()
            .and_then(|r| r.split(':').nth(3))
            .filter(|r| valid_region(r))
            .map(str::to_owned);
    }
    if fields.cluster.is_none() {
        fields.cluster = CLUSTER_HINT.captures(text).and_then(|c| {
            [
                "tf",
                "nodegroup",
                "stack",
                "flag",
                "name",
                "prose",
                "creating",
                "masked",
                "console",
            ]
            .into_iter()
            .find_map(|name| group(&c, name))
        });
    }
    if fields.region.is_none() {
        fields.region = REGION_HINT.captures(text).and_then(|c| {
            [
                "endpoint",
                "cluster_endpoint",
                "flag",
                "env",
                "console",
                "prose",
            ]
            .into_iter()
            .find_map(|name| group(&c, name))
        });
    }
}

fn read_lone_wrapper(wrapper: &Wrapper, window: &Window) -> Reading {
    let mut fields = Fields {
        operation: group(&wrapper.captures, "op"),
        ..Fields::default()
    };
    fields.error_code = group(&wrapper.captures, "code").or_else(|| loose_code(window.post));
    fill_cluster_and_region(&mut fields, window.whole);
    let code = fields.error_code.as_deref().unwrap_or_default();
    let denied = code.starts_with("AccessDenied");
    let refused = denied || code.starts_with("Unauthorized") || code == "AuthorizationError";
    let assumes_role = fields.operation.as_deref() == Some("AssumeRole");
    let (symptom, confidence, alternatives) = if denied && assumes_role {
        // The accounts are not in the message: the cross-account reading, not sure of it.
        classify_assume_role(None, None)
    } else if refused {
        (
            Some(Symptom::AccessDenied),
            0.6,
            vec![alternative(Symptom::PassRole, 0.2)],
        )
    } else {
        (None, 0.0, vec![])
    };
    Reading {
        symptom,
        confidence,
        fields,
        alternatives,
        related: None,
    }
}

// Error codes as the SDKs print them when nothing else wraps them.
// Go SDK v1 and many tools: `Code: message` (then `status code: 403, request id: ...`).
pattern!(
    CODE_COLON,
    r"\b(?P<code>[A-Z][A-Za-z0-9]{3,})(?:\s*:\s|\s*:$|\s*--\s|\s+Error\s*:)"
);
// Class names of the SDKs: `Aws::CloudWatchLogs::Errors::UnrecognizedClientException`,
// `com.amazonaws.services.sts.model.ExpiredTokenException`.
pattern!(
    CODE_CLASS,
    r"(?:::|\.)(?P<code>[A-Z][A-Za-z0-9]{3,}(?:Exception|Error|Fault))\b"
);
// PHP: `UnrecognizedClientException (client): message`.
pattern!(
    CODE_PHP,
    r"\b(?P<code>[A-Z][A-Za-z0-9]{3,})\s+\((?:client|server)\)"
);
// Terraform and the Go SDK: `error calling sts:GetCallerIdentity: ...`.
pattern!(
    ERROR_CALLING,
    r"(?i)\berror\s+calling\s+(?P<action>(?P<service>[a-z0-9-]+):(?P<op>[A-Za-z0-9]+))"
);
// PHP: `Error executing "PutObject" on "https://..."`.
pattern!(
    EXECUTING_OP,
    r#"Error\s+executing\s+"(?P<op>[A-Za-z0-9]+)"\s+on\b"#
);

/// The error code of a text that no wrapper or core names, from the most to the least
/// explicit way the tools print it.
fn loose_code(text: &str) -> Option<String> {
    let first = |re: &Regex| {
        re.captures_iter(text)
            .take(MAX_RECORDS)
            .filter_map(|c| group(&c, "code"))
            .map(|word| short_name(&word).to_owned())
            .find(|word| looks_like_code(word))
    };
    API_ERROR
        .captures(text)
        .and_then(|c| group(&c, "code"))
        .or_else(|| {
            KUBECTL_ERROR_FROM_SERVER
                .captures(text)
                .and_then(|c| group(&c, "code"))
        })
        .or_else(|| first(&CODE_PROPERTY))
        .or_else(|| first(&CODE_PHP))
        .or_else(|| first(&CODE_COLON))
        .or_else(|| first(&CODE_CLASS))
}

/// Fills what a text with no recognised error still says: its code, operation, action,
/// cluster and Region. Only empty fields are filled.
pub(super) fn fill_loose(fields: &mut Fields, text: &str) {
    if fields.error_code.is_none() {
        fields.error_code = loose_code(text);
    }
    if let Some(calling) = ERROR_CALLING.captures(text) {
        if fields.action.is_none() {
            fields.action = group(&calling, "action");
        }
        if fields.operation.is_none() {
            fields.operation = group(&calling, "op");
        }
    }
    if fields.operation.is_none() {
        fields.operation = EXECUTING_OP.captures(text).and_then(|c| group(&c, "op"));
    }
    fill_cluster_and_region(fields, text);
}

// The problems next to the six, most specific first: a failed exec plugin or a missing
// profile is often only the messenger of expired or missing credentials.
pattern!(
    RELATED_CLOCK_SKEW,
    r"(?i)Signature\s+(?:not\s+yet\s+current|expired)\s*:|RequestTimeTooSkewed|difference\s+between\s+the\s+request\s+time\s+and\s+the\s+(?:current|server's)\s+time\s+is\s+too\s+large"
);
pattern!(
    RELATED_EXPIRED,
    r"(?i)\bExpiredToken(?:Exception)?\b|\bRequestExpired\b|security\s+token\s+included\s+in\s+the\s+request\s+is\s+expired|\bRequest\s+has\s+expired|\b(?:session|token)\s+(?:has\s+)?expired\b"
);
pattern!(
    RELATED_INVALID,
    r"(?i)\bInvalidClientTokenId\b|\bUnrecognizedClientException\b|\bInvalidAccessKeyId\b|\bAuthFailure\b|security\s+token\s+included\s+in\s+the\s+request\s+is\s+invalid|signature\s+we\s+calculated\s+does\s+not\s+match|not\s+able\s+to\s+validate\s+the\s+provided\s+access\s+credentials"
);
pattern!(
    RELATED_MISSING,
    r"(?i)Unable\s+to\s+locate\s+credentials|\bNoCredentialProviders\b|no\s+valid\s+providers\s+in\s+chain|\bNoCredentialsError\b|Could\s+not\s+load\s+credentials\s+from\s+any\s+providers|Unable\s+to\s+load\s+AWS\s+credentials|config\s+profile\s+\([^)\n]{0,64}\)\s+could\s+not\s+be\s+found"
);
pattern!(
    RELATED_AUTH_MODE,
    r"(?i)authentication\s+mode\s+must\s+be\s+set\s+to\s+one\s+of|not\s+supported\s+in\s+the\s+AuthenticationMode|authenticationMode\b[^\n]{0,80}\b(?:API_AND_CONFIG_MAP|CONFIG_MAP)"
);
pattern!(
    RELATED_API_VERSION,
    r"(?i)invalid\s+apiVersion\s+.?client\.authentication\.k8s\.io/|exec\s+plugin\s+is\s+configured\s+to\s+use\s+API\s+version|deprecated\s+API\s+version\s+client\.authentication\.k8s\.io/v1alpha1|no\s+kind\s+.?ExecCredential.?\s+is\s+registered\s+for\s+version"
);
pattern!(
    RELATED_EXEC_FAILED,
    r"(?i)getting\s+credentials\s*:\s*exec\s*:|executable\s+file\s+not\s+found|client-go\s+credential\s+plugin\s+that\s+is\s+not\s+installed|could\s+not\s+get\s+token\s*:"
);

/// The problem next to the six that `text` shows, the most specific when it shows several.
pub(super) fn related(text: &str) -> Option<Related> {
    [
        (Related::ClockSkew, &*RELATED_CLOCK_SKEW),
        (Related::CredentialsExpired, &*RELATED_EXPIRED),
        (Related::CredentialsInvalid, &*RELATED_INVALID),
        (Related::CredentialsMissing, &*RELATED_MISSING),
        (Related::AuthenticationMode, &*RELATED_AUTH_MODE),
        (Related::ExecPluginApiVersion, &*RELATED_API_VERSION),
        (Related::ExecPluginFailed, &*RELATED_EXEC_FAILED),
    ]
    .into_iter()
    .find(|(_, re)| re.is_match(text))
    .map(|(related, _)| related)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_pattern_compiles() {
        for pattern in all_patterns() {
            // A pattern that failed to compile was replaced by one that never matches.
            assert_ne!(pattern.as_str(), r"[^\s\S]");
        }
    }

    #[test]
    fn assume_role_is_cross_account_unless_both_accounts_are_visible_and_equal() {
        let role = |account: &str| format!("arn:aws:iam::{account}:role/r");
        let cases = [
            (
                Some("111122223333"),
                role("111122223333"),
                Symptom::AccessDenied,
            ),
            (
                Some("111122223333"),
                role("444455556666"),
                Symptom::CrossAccount,
            ),
            (None, role("444455556666"), Symptom::CrossAccount),
            (Some("111122223333"), role("***"), Symptom::CrossAccount),
            (
                Some("111122223333"),
                role("<prod_account_id>"),
                Symptom::CrossAccount,
            ),
            (Some("1111"), role("1111"), Symptom::CrossAccount),
        ];
        for (own, target, expected) in cases {
            let (symptom, confidence, alternatives) = classify_assume_role(own, Some(&target));
            assert_eq!(symptom, Some(expected), "{own:?} {target}");
            // Unsure only when an account could not be seen.
            let seen = own.is_some_and(is_account_id)
                && target.split(':').nth(4).is_some_and(is_account_id);
            assert_eq!(alternatives.is_empty(), seen, "{own:?} {target}");
            assert!(confidence < 0.8 || seen);
        }
    }

    #[test]
    fn the_most_specific_related_problem_is_named() {
        let cases = [
            (
                "could not get token: NoCredentialProviders: no valid providers in chain. getting credentials: exec: exit status 1",
                Related::CredentialsMissing,
            ),
            (
                "SignatureDoesNotMatch: Signature not yet current: 20210112T194419Z is still later",
                Related::ClockSkew,
            ),
            (
                "The security token included in the request is expired",
                Related::CredentialsExpired,
            ),
            (
                "error: exec plugin: invalid apiVersion \"client.authentication.k8s.io/v1alpha1\"",
                Related::ExecPluginApiVersion,
            ),
            (
                "Unable to connect to the server: getting credentials: exec: executable aws not found",
                Related::ExecPluginFailed,
            ),
            (
                "InvalidRequestException: The cluster's authentication mode must be set to one of [API, API_AND_CONFIG_MAP]",
                Related::AuthenticationMode,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(related(text), Some(expected), "{text}");
        }
        assert_eq!(related("dial tcp 10.0.0.9:443: i/o timeout"), None);
    }

    /// Read as the grammar of ARNs has them: a resource ARN keeps a `;` or `,` inside it
    /// (an S3 key, an IAM name) and loses one that ends the sentence; a principal ARN hiding
    /// an escape sequence (`ESC ] 0 ; … BEL`) is read whole rather than dropped.
    #[test]
    fn arns_keep_what_their_grammar_allows() {
        let denied = |principal: &str, resource: &str| {
            let text = format!(
                "User: {principal} is not authorized to perform: s3:GetObject on resource: {resource}"
            );
            let fields = crate::triage::read(&text).expect("read").lead.fields;
            (fields.principal_arn, fields.resource_arn)
        };
        let alice = "arn:aws:iam::111122223333:user/alice";
        let cases = [
            (
                alice,
                "arn:aws:s3:::bucket/a;b.txt",
                alice,
                "arn:aws:s3:::bucket/a;b.txt",
            ),
            (
                alice,
                "arn:aws:s3:::bucket/a,b.txt",
                alice,
                "arn:aws:s3:::bucket/a,b.txt",
            ),
            (
                alice,
                "arn:aws:s3:::bucket/key; retry later",
                alice,
                "arn:aws:s3:::bucket/key",
            ),
            (
                alice,
                "arn:aws:s3:::bucket/key, then",
                alice,
                "arn:aws:s3:::bucket/key",
            ),
            (
                alice,
                "arn:aws:s3:::bucket/key;",
                alice,
                "arn:aws:s3:::bucket/key",
            ),
            (
                "arn:aws:iam::111122223333:role/a,b",
                "arn:aws:s3:::bucket/key.",
                "arn:aws:iam::111122223333:role/a,b",
                "arn:aws:s3:::bucket/key",
            ),
            (
                "arn:aws:iam::111122223333:user/al\u{1b}]0;x\u{7}ice",
                "arn:aws:s3:::bucket/key",
                "arn:aws:iam::111122223333:user/al\u{1b}]0;x\u{7}ice",
                "arn:aws:s3:::bucket/key",
            ),
            (
                "arn:aws:iam::111122223333:user/\u{1b}[8malice\u{1b}[0m",
                "arn:aws:s3:::bucket/key",
                "arn:aws:iam::111122223333:user/\u{1b}[8malice\u{1b}[0m",
                "arn:aws:s3:::bucket/key",
            ),
        ];
        for (principal, resource, want_principal, want_resource) in cases {
            assert_eq!(
                denied(principal, resource),
                (
                    Some(want_principal.to_owned()),
                    Some(want_resource.to_owned())
                ),
                "{principal:?} {resource:?}"
            );
        }
    }

    #[test]
    fn deny_reasons_from_the_phrases_aws_appends() {
        let cases = [
            (
                " because no identity-based policy allows the eks:X action",
                DenyReason::NoAllowIdentity,
            ),
            (
                " with an explicit deny in a service control policy",
                DenyReason::ExplicitDenyScp,
            ),
            (
                " with an explicit deny in a resource control policy",
                DenyReason::ExplicitDenyRcp,
            ),
            (
                " with an explicit deny in a permissions boundary",
                DenyReason::ExplicitDenyBoundary,
            ),
            (
                " with an explicit deny in an identity-based policy: arn:aws:iam::1:policy/x",
                DenyReason::ExplicitDenyIdentity,
            ),
            (
                " because no VPC endpoint policy allows the x action",
                DenyReason::NoAllowVpce,
            ),
            (" with an explicit deny", DenyReason::ExplicitDeny),
        ];
        for (text, expected) in cases {
            assert_eq!(deny_reason(text), Some(expected), "{text}");
        }
        assert_eq!(deny_reason(" (Service: Eks, Status Code: 403)"), None);
    }
}
