//! Redaction for reports that leave the customer's hands: account ids, role session names,
//! access key ids and clusters' API server hosts become placeholders. The same value always gets the same placeholder
//! within one [`Redactor`], so a reader can still see that two ARNs share an account.

use std::collections::HashMap;
use std::sync::LazyLock;

use regex::Regex;
use serde_json::Value;

fn regex(pattern: &str) -> Regex {
    Regex::new(pattern).unwrap_or_else(|error| {
        debug_assert!(false, "bad pattern {pattern}: {error}");
        Regex::new(r"[^\s\S]").unwrap_or_else(|_| unreachable!())
    })
}

static ACCOUNT_ID: LazyLock<Regex> = LazyLock::new(|| regex(r"\b\d{12}\b"));
static ACCESS_KEY_ID: LazyLock<Regex> = LazyLock::new(|| regex(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b"));
/// Where a session name is written: in an assumed-role ARN, after a role's unique id
/// (`AROA...:session`, as `GetCallerIdentity` prints `UserId`), or in a CLI option.
static SESSION: LazyLock<Regex> = LazyLock::new(|| {
    regex(
        r#"(?:assumed-role/[^/\s"'`,;()]+/|\bAROA[A-Z0-9]{10,}:|--role-session-name[ =])(?P<session>[^\s"'`,;()<>\[\]{}|\\]+)"#,
    )
});

/// A cluster's API server as EKS names it (`ABC123.gr7.us-west-2.eks.amazonaws.com`).
static EKS_ENDPOINT_HOST: LazyLock<Regex> =
    LazyLock::new(|| regex(r"\b[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.eks\.amazonaws\.com(?:\.cn)?\b"));

#[derive(Debug, Default, Clone)]
pub struct Redactor {
    accounts: HashMap<String, String>,
    sessions: Vec<(String, String)>,
    keys: HashMap<String, String>,
    /// API server hosts (with the port when there is one), longest first.
    endpoints: Vec<(String, String)>,
}

/// How many distinct values of each kind a [`Redactor`] replaced.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RedactionCounts {
    pub accounts: usize,
    pub sessions: usize,
    pub access_keys: usize,
    pub endpoints: usize,
}

impl Redactor {
    pub fn new() -> Self {
        Self::default()
    }

    /// Learns the session names in `text` so that later calls replace them everywhere.
    pub fn learn(&mut self, text: &str) {
        for captures in SESSION.captures_iter(text) {
            if let Some(session) = captures.name("session") {
                let session = session.as_str().trim_end_matches(['.', ':']);
                if !session.is_empty() && !self.sessions.iter().any(|(s, _)| s == session) {
                    let placeholder = format!("SESSION_{}", self.sessions.len() + 1);
                    self.sessions.push((session.to_owned(), placeholder));
                }
            }
        }
        // Longer names first, so that a name containing another is replaced whole.
        self.sessions
            .sort_by_key(|(session, _)| std::cmp::Reverse(session.len()));
    }

    /// Learns a cluster's API server (`https://host:port`, or the host alone) so that later
    /// calls replace its host wherever it appears, whatever it looks like (an emulator's
    /// loopback address, a proxy).
    pub fn learn_endpoint(&mut self, endpoint: &str) {
        let host = endpoint
            .split_once("://")
            .map_or(endpoint, |(_, rest)| rest)
            .split(['/', '?', '#'])
            .next()
            .unwrap_or_default()
            .trim();
        if host.is_empty() || self.endpoints.iter().any(|(h, _)| h == host) {
            return;
        }
        let placeholder = format!("ENDPOINT_{}", self.endpoints.len() + 1);
        self.endpoints.push((host.to_owned(), placeholder));
        self.endpoints
            .sort_by_key(|(host, _)| std::cmp::Reverse(host.len()));
    }

    /// How many distinct values of each kind have been replaced so far.
    pub fn counts(&self) -> RedactionCounts {
        RedactionCounts {
            accounts: self.accounts.len(),
            sessions: self.sessions.len(),
            access_keys: self.keys.len(),
            endpoints: self.endpoints.len(),
        }
    }

    /// `text` with every known session name, API server host, account id and access key id
    /// replaced.
    pub fn redact(&mut self, text: &str) -> String {
        self.learn(text);
        for found in EKS_ENDPOINT_HOST.find_iter(text) {
            self.learn_endpoint(found.as_str());
        }
        let mut out = text.to_owned();
        for (host, placeholder) in &self.endpoints {
            out = out.replace(host.as_str(), placeholder);
        }
        for (session, placeholder) in &self.sessions {
            out = replace_session(&out, session, placeholder);
        }
        let accounts = &mut self.accounts;
        let out = ACCOUNT_ID.replace_all(&out, |c: &regex::Captures| {
            let next = accounts.len() + 1;
            accounts
                .entry(c[0].to_owned())
                .or_insert_with(|| format!("ACCOUNT_{next}"))
                .clone()
        });
        let keys = &mut self.keys;
        ACCESS_KEY_ID
            .replace_all(&out, |c: &regex::Captures| {
                let next = keys.len() + 1;
                keys.entry(c[0].to_owned())
                    .or_insert_with(|| format!("ACCESS_KEY_{next}"))
                    .clone()
            })
            .into_owned()
    }

    pub fn redact_opt(&mut self, text: &Option<String>) -> Option<String> {
        text.as_deref().map(|t| self.redact(t))
    }

    /// Every string in a JSON document redacted; keys and numbers stay as they are.
    pub fn redact_value(&mut self, value: &mut Value) {
        // Documents are the tool's own, a few levels deep; the bound guards the stack.
        fn walk(value: &mut Value, redactor: &mut Redactor, depth: usize) {
            if depth > 64 {
                return;
            }
            match value {
                Value::String(text) => *text = redactor.redact(text),
                Value::Array(items) => {
                    for item in items {
                        walk(item, redactor, depth + 1);
                    }
                }
                Value::Object(map) => {
                    for (_, item) in map.iter_mut() {
                        walk(item, redactor, depth + 1);
                    }
                }
                _ => {}
            }
        }
        walk(value, self, 0);
    }
}

fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '@' | '.' | '_' | '-' | '=' | '+')
}

/// Whether a token ends where `after` starts: at a character that cannot be part of a name,
/// or at a full stop or colon that ends the sentence (`... alice@example.com.` in a step).
fn token_ends(after: &str) -> bool {
    let mut chars = after.chars();
    match chars.next() {
        None => true,
        Some('.' | ':') => !chars.next().is_some_and(is_name_char),
        Some(c) => !is_name_char(c),
    }
}

/// A plain word as a session name (`you`, `admin`) is replaced only where it stands as a
/// session (after `assumed-role/ROLE/` and the like), so the report's own sentences stay
/// readable; a distinctive one (`alice@example.com`, `i-0abc`, `1700000000`) everywhere it
/// stands as a whole token.
fn replace_session(text: &str, session: &str, placeholder: &str) -> String {
    let distinctive = session.len() >= 4 && session.chars().any(|c| !c.is_alphabetic());
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(index) = rest.find(session) {
        let before = &rest[..index];
        let after = &rest[index + session.len()..];
        let whole_token =
            !before.chars().next_back().is_some_and(is_name_char) && token_ends(after);
        let last_token = |t: &str| {
            t.rsplit(|c: char| c.is_whitespace() || matches!(c, '"' | '\'' | '`' | '('))
                .next()
                .unwrap_or_default()
                .to_owned()
        };
        let in_arn = before.ends_with('/') && last_token(before).contains("assumed-role/");
        let after_unique_id = before.strip_suffix(':').is_some_and(|b| {
            b.rsplit(|c: char| !c.is_ascii_alphanumeric())
                .next()
                .is_some_and(|t| t.starts_with("AROA"))
        });
        let after_option =
            before.ends_with("--role-session-name ") || before.ends_with("--role-session-name=");
        let in_session_position = in_arn || after_unique_id || after_option;
        out.push_str(before);
        if whole_token && (distinctive || in_session_position) {
            out.push_str(placeholder);
        } else {
            out.push_str(session);
        }
        rest = after;
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_value_same_placeholder() {
        let mut redactor = Redactor::new();
        let a = redactor.redact(
            "User: arn:aws:sts::111122223333:assumed-role/admin/alice@example.com on arn:aws:iam::444455556666:role/x and 111122223333",
        );
        assert_eq!(
            a,
            "User: arn:aws:sts::ACCOUNT_1:assumed-role/admin/SESSION_1 on arn:aws:iam::ACCOUNT_2:role/x and ACCOUNT_1"
        );
        let b = redactor.redact("alice@example.com used AKIAIOSFODNN7EXAMPLE in 444455556666");
        assert_eq!(b, "SESSION_1 used ACCESS_KEY_1 in ACCOUNT_2");
    }

    #[test]
    fn a_session_at_the_end_of_a_sentence_is_replaced() {
        let mut redactor = Redactor::new();
        redactor.learn("arn:aws:sts::111122223333:assumed-role/x/alice@example.com");
        assert_eq!(
            redactor.redact("It should match alice@example.com. Not alice@example.com.au"),
            "It should match SESSION_1. Not alice@example.com.au"
        );
    }

    #[test]
    fn endpoints_are_replaced_by_host_with_one_placeholder_each() {
        let mut redactor = Redactor::new();
        redactor.learn_endpoint("https://127.0.0.1:40119");
        let out = redactor.redact(
            "https://127.0.0.1:40119 and https://ABCDEF0123.gr7.us-west-2.eks.amazonaws.com/api; 127.0.0.1:40119 again, 127.0.0.1:4011 not",
        );
        assert_eq!(
            out,
            "https://ENDPOINT_1 and https://ENDPOINT_2/api; ENDPOINT_1 again, 127.0.0.1:4011 not"
        );
        assert_eq!(redactor.counts().endpoints, 2);
        // The service's own API endpoint is no cluster's.
        assert_eq!(
            redactor.redact("https://eks.us-west-2.amazonaws.com"),
            "https://eks.us-west-2.amazonaws.com"
        );
    }

    #[test]
    fn a_plain_word_session_is_replaced_only_as_a_session() {
        let mut redactor = Redactor::new();
        let out = redactor.redact("arn:aws:sts::111122223333:assumed-role/Admin/you: you can");
        assert_eq!(
            out,
            "arn:aws:sts::ACCOUNT_1:assumed-role/Admin/SESSION_1: you can"
        );
    }
}
