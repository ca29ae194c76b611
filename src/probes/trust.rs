//! Reading a role's trust policy: which services and which outside principals it trusts.

use serde_json::Value;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TrustSummary {
    pub services: Vec<String>,
    /// AWS principals (ARNs, account ids or `*`) allowed to assume the role.
    pub aws_principals: Vec<String>,
    pub requires_external_id: bool,
    pub federated: Vec<String>,
}

fn strings(value: &Value) -> Vec<String> {
    match value {
        Value::String(s) => vec![s.clone()],
        Value::Array(items) => items
            .iter()
            .filter_map(|v| v.as_str().map(str::to_owned))
            .collect(),
        _ => Vec::new(),
    }
}

/// `None` when the document is not JSON.
pub fn summarize(document: &str) -> Option<TrustSummary> {
    let policy: Value = serde_json::from_str(document).ok()?;
    let statements = match policy.get("Statement") {
        Some(Value::Array(items)) => items.clone(),
        Some(single @ Value::Object(_)) => vec![single.clone()],
        _ => Vec::new(),
    };
    let mut summary = TrustSummary::default();
    for statement in statements.iter().take(100) {
        if statement.get("Effect").and_then(Value::as_str) != Some("Allow") {
            continue;
        }
        match statement.get("Principal") {
            Some(Value::String(star)) => summary.aws_principals.push(star.clone()),
            Some(Value::Object(map)) => {
                if let Some(v) = map.get("Service") {
                    summary.services.extend(strings(v));
                }
                if let Some(v) = map.get("AWS") {
                    summary.aws_principals.extend(strings(v));
                }
                if let Some(v) = map.get("Federated") {
                    summary.federated.extend(strings(v));
                }
            }
            _ => {}
        }
        if let Some(Value::Object(conditions)) = statement.get("Condition") {
            summary.requires_external_id |= conditions.values().any(|c| {
                c.as_object()
                    .is_some_and(|c| c.keys().any(|k| k.eq_ignore_ascii_case("sts:ExternalId")))
            });
        }
    }
    Some(summary)
}

/// The account a trust principal names (`123456789012`, `arn:...:iam::123456789012:...`).
pub fn principal_account(principal: &str) -> Option<String> {
    if principal.len() == 12 && principal.bytes().all(|b| b.is_ascii_digit()) {
        return Some(principal.to_owned());
    }
    principal
        .split(':')
        .nth(4)
        .filter(|a| a.len() == 12)
        .map(str::to_owned)
}

/// The trust policy `document` with `statement` added: what `update-assume-role-policy` must be
/// given, as it replaces the whole policy. `None` when the current policy cannot be read, as a
/// command built without it would drop every principal the role trusts today.
pub fn with_statement(document: Option<&str>, statement: Value) -> Option<Value> {
    let mut policy: Value = serde_json::from_str(document?).ok()?;
    let map = policy.as_object_mut()?;
    match map.get_mut("Statement") {
        Some(Value::Array(statements)) => statements.push(statement),
        Some(single @ Value::Object(_)) => {
            let first = single.take();
            *single = Value::Array(vec![first, statement]);
        }
        None => {
            map.insert("Statement".to_owned(), Value::Array(vec![statement]));
        }
        Some(_) => return None,
    }
    Some(policy)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_statement_is_added_to_what_the_role_trusts_today() {
        let today = r#"{"Version":"2012-10-17","Statement":{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}}"#;
        let added = serde_json::json!({"Effect": "Allow", "Principal": {"AWS": "arn:aws:iam::444455556666:root"}, "Action": "sts:AssumeRole"});
        let policy = with_statement(Some(today), added.clone()).expect("policy");
        let summary = summarize(&policy.to_string()).expect("summary");
        assert_eq!(summary.services, ["ec2.amazonaws.com"]);
        assert_eq!(summary.aws_principals, ["arn:aws:iam::444455556666:root"]);
        assert_eq!(policy["Version"], "2012-10-17");
        // Without the current policy there is no command that would not drop it.
        assert_eq!(with_statement(None, added.clone()), None);
        assert_eq!(with_statement(Some("not json"), added), None);
    }

    #[test]
    fn reads_services_principals_and_external_id() {
        let doc = r#"{"Version":"2012-10-17","Statement":[
            {"Effect":"Allow","Principal":{"Service":["eks.amazonaws.com"]},"Action":"sts:AssumeRole"},
            {"Effect":"Allow","Principal":{"AWS":"arn:aws:iam::210987654321:root"},"Action":"sts:AssumeRole",
             "Condition":{"StringEquals":{"sts:ExternalId":"x"}}}]}"#;
        let summary = summarize(doc).unwrap();
        assert_eq!(summary.services, ["eks.amazonaws.com"]);
        assert_eq!(summary.aws_principals, ["arn:aws:iam::210987654321:root"]);
        assert!(summary.requires_external_id);
        assert_eq!(
            principal_account("arn:aws:iam::210987654321:root").as_deref(),
            Some("210987654321")
        );
        assert!(summarize("not json").is_none());
    }
}
