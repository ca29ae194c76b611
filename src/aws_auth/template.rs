//! Username and group templates, as the authenticator renders them (`renderTemplate` in
//! `pkg/server/server.go`): plain string replacement of exactly these five tokens.

/// The tokens the authenticator replaces; anything else stays in the name literally.
pub const TOKENS: [&str; 5] = [
    "AccountID",
    "SessionName",
    "SessionNameRaw",
    "EC2PrivateDNSName",
    "AccessKeyID",
];

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TemplateProblem {
    /// `{{Something}}` that is not one of the five tokens (wrong case, spaces, a typo).
    Unknown {
        token: String,
        fixed: Option<String>,
    },
    /// `{{` without its `}}`.
    Unclosed,
    /// `{SessionName}`: single braces are never replaced.
    SingleBraces { token: String, fixed: String },
    /// A session token in `mapUsers`: IAM users have no session, so it renders empty (and
    /// `{{EC2PrivateDNSName}}` makes every login fail).
    NoSessionForUsers { token: String },
}

fn known_token(name: &str) -> Option<&'static str> {
    let cleaned: String = name.chars().filter(|c| !c.is_whitespace()).collect();
    TOKENS
        .iter()
        .find(|t| t.eq_ignore_ascii_case(&cleaned))
        .copied()
}

/// Problems in one username or group template. `for_users` says the entry is in `mapUsers`.
pub fn check(text: &str, for_users: bool) -> Vec<TemplateProblem> {
    let mut problems = Vec::new();
    let mut rest = text;
    // Each pass consumes at least two characters, so this ends.
    while let Some(start) = rest.find("{{") {
        let after = &rest[start + 2..];
        let Some(len) = after.find("}}") else {
            problems.push(TemplateProblem::Unclosed);
            break;
        };
        let name = &after[..len];
        if TOKENS.contains(&name) {
            if for_users && name != "AccountID" && name != "AccessKeyID" {
                problems.push(TemplateProblem::NoSessionForUsers {
                    token: format!("{{{{{name}}}}}"),
                });
            }
        } else {
            problems.push(TemplateProblem::Unknown {
                token: format!("{{{{{name}}}}}"),
                fixed: known_token(name).map(|t| format!("{{{{{t}}}}}")),
            });
        }
        rest = &after[len + 2..];
    }
    // Single braces around a token name, not part of a double-brace token.
    let chars: Vec<char> = text.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let opens_single =
            chars[i] == '{' && chars.get(i + 1) != Some(&'{') && (i == 0 || chars[i - 1] != '{');
        if opens_single && let Some(close) = chars[i + 1..].iter().position(|c| *c == '}') {
            let inner: String = chars[i + 1..i + 1 + close].iter().collect();
            let next_is_brace = chars.get(i + 2 + close) == Some(&'}');
            if !next_is_brace && let Some(token) = known_token(&inner) {
                problems.push(TemplateProblem::SingleBraces {
                    token: format!("{{{inner}}}"),
                    fixed: format!("{{{{{token}}}}}"),
                });
            }
            i += close + 1;
        }
        i += 1;
    }
    problems
}

/// `text` with every fixable problem fixed, when there is at least one fix.
pub fn corrected(text: &str, problems: &[TemplateProblem]) -> Option<String> {
    let mut out = text.to_owned();
    let mut changed = false;
    for problem in problems {
        let (from, to) = match problem {
            TemplateProblem::Unknown {
                token,
                fixed: Some(fixed),
            } => (token, fixed),
            TemplateProblem::SingleBraces { token, fixed } => (token, fixed),
            _ => continue,
        };
        out = out.replacen(from.as_str(), to, 1);
        changed = true;
    }
    changed.then_some(out)
}

/// What the authenticator knows about the caller when it renders a template.
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub account: String,
    /// The role session name; empty for IAM users.
    pub session: String,
    /// Unknown to the tool; rendered as a visible placeholder.
    pub access_key_id: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Rendered {
    Text(String),
    /// `{{EC2PrivateDNSName}}` with a session name that is not an instance id: the
    /// authenticator refuses the login.
    NotAnInstance,
}

/// `i-` and 8 or 17 hexadecimal digits: the session name EC2 gives an instance role.
pub fn is_instance_id(session: &str) -> bool {
    session.strip_prefix("i-").is_some_and(|hex| {
        (hex.len() == 8 || hex.len() == 17) && hex.chars().all(|c| c.is_ascii_alphanumeric())
    })
}

/// Renders like the authenticator. The private DNS name needs an EC2 call the tool does not
/// make, so it shows as `<private-dns-name-of-i-...>`.
pub fn render(text: &str, identity: &Identity) -> Rendered {
    let mut out = text.to_owned();
    if out.contains("{{EC2PrivateDNSName}}") {
        if !is_instance_id(&identity.session) {
            return Rendered::NotAnInstance;
        }
        out = out.replace(
            "{{EC2PrivateDNSName}}",
            &format!("<private-dns-name-of-{}>", identity.session),
        );
    }
    out = out.replace("{{AccountID}}", &identity.account);
    out = out.replace("{{SessionName}}", &identity.session.replace('@', "-"));
    out = out.replace("{{SessionNameRaw}}", &identity.session);
    let key = identity
        .access_key_id
        .clone()
        .unwrap_or_else(|| "<access-key-id>".to_owned());
    out = out.replace("{{AccessKeyID}}", &key);
    Rendered::Text(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_tokens_pass_and_near_misses_are_fixed() {
        assert!(check("admin:{{SessionName}}", false).is_empty());
        let problems = check("admin:{{ sessionname }}", false);
        assert_eq!(
            corrected("admin:{{ sessionname }}", &problems).as_deref(),
            Some("admin:{{SessionName}}")
        );
        let problems = check("admin:{SessionName}", false);
        assert_eq!(
            corrected("admin:{SessionName}", &problems).as_deref(),
            Some("admin:{{SessionName}}")
        );
        assert_eq!(
            check("x{{AccountID", false),
            vec![TemplateProblem::Unclosed]
        );
        assert!(matches!(
            check("{{SessionName}}", true)[0],
            TemplateProblem::NoSessionForUsers { .. }
        ));
    }

    #[test]
    fn renders_like_the_authenticator() {
        let id = Identity {
            account: "111122223333".into(),
            session: "alice@example.com".into(),
            access_key_id: None,
        };
        assert_eq!(
            render("u:{{AccountID}}:{{SessionName}}:{{SessionNameRaw}}", &id),
            Rendered::Text("u:111122223333:alice-example.com:alice@example.com".into())
        );
        assert_eq!(
            render("system:node:{{EC2PrivateDNSName}}", &id),
            Rendered::NotAnInstance
        );
    }
}
