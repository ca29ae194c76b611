//! The "may I?" questions the Kubernetes permission probe asks: what the EKS console reads
//! to show a cluster's resources, plus one the person adds in `kubectl auth can-i` form.

use serde::Serialize;

/// One `SelfSubjectAccessReview`: may the caller `verb` `resource` (in `group`, in
/// `namespace`; `None` means every namespace, or a cluster-scoped resource)?
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct AccessQuestion {
    pub verb: String,
    pub resource: String,
    /// The API group; empty for the core group.
    pub group: String,
    pub namespace: Option<String>,
}

impl AccessQuestion {
    fn new(verb: &str, resource: &str, group: &str) -> AccessQuestion {
        AccessQuestion {
            verb: verb.to_owned(),
            resource: resource.to_owned(),
            group: group.to_owned(),
            namespace: None,
        }
    }

    /// As `kubectl auth can-i` takes it: `list deployments.apps -n web`.
    pub fn display(&self) -> String {
        let resource = if self.group.is_empty() {
            self.resource.clone()
        } else {
            format!("{}.{}", self.resource, self.group)
        };
        match &self.namespace {
            Some(namespace) => format!("{} {resource} -n {namespace}", self.verb),
            None => format!("{} {resource}", self.verb),
        }
    }

    /// Reads `verb resource[.group] [-n namespace]` (also `--namespace`, `--namespace=`).
    pub fn parse(text: &str) -> Option<AccessQuestion> {
        let words: Vec<&str> = text.split_whitespace().collect();
        let (verb, target) = (words.first()?, words.get(1)?);
        let namespace = match &words[2..] {
            [] => None,
            ["-n" | "--namespace", namespace] => Some(*namespace),
            [flag] => Some(flag.strip_prefix("--namespace=")?),
            _ => return None,
        };
        let name_ok = |s: &str| {
            !s.is_empty()
                && s.chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || "-.*".contains(c))
        };
        if !name_ok(verb) || !name_ok(target) || namespace.is_some_and(|n| !name_ok(n)) {
            return None;
        }
        // `deployments.apps` -> resource `deployments`, group `apps`; `pods/log` is not asked.
        let (resource, group) = target.split_once('.').unwrap_or((target, ""));
        if resource.is_empty() || target.contains('/') {
            return None;
        }
        Some(AccessQuestion {
            verb: (*verb).to_owned(),
            resource: resource.to_owned(),
            group: group.to_owned(),
            namespace: namespace.map(str::to_owned),
        })
    }

    pub fn is_nodes(&self) -> bool {
        self.resource == "nodes" && self.group.is_empty()
    }
}

/// What the EKS console lists to show the Compute and Resources tabs (the UG's "required
/// permissions" page): nodes first, since that is the empty tab people report.
pub fn console_questions() -> Vec<AccessQuestion> {
    [
        ("list", "nodes", ""),
        ("list", "namespaces", ""),
        ("list", "pods", ""),
        ("list", "events", ""),
        ("list", "deployments", "apps"),
        ("list", "daemonsets", "apps"),
        ("list", "statefulsets", "apps"),
        ("list", "jobs", "batch"),
    ]
    .into_iter()
    .map(|(verb, resource, group)| AccessQuestion::new(verb, resource, group))
    .collect()
}

/// The read the `aws-auth` check needs.
pub fn aws_auth_question() -> AccessQuestion {
    AccessQuestion {
        namespace: Some("kube-system".into()),
        ..AccessQuestion::new("get", "configmaps", "")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_person_writes_questions_as_kubectl_does() {
        let q = AccessQuestion::parse("create deployments.apps -n web").unwrap();
        assert_eq!(
            (q.verb.as_str(), q.resource.as_str(), q.group.as_str()),
            ("create", "deployments", "apps")
        );
        assert_eq!(q.namespace.as_deref(), Some("web"));
        assert_eq!(q.display(), "create deployments.apps -n web");
        let q = AccessQuestion::parse("  get secrets --namespace=kube-system ").unwrap();
        assert_eq!(q.namespace.as_deref(), Some("kube-system"));
        assert_eq!(q.display(), "get secrets -n kube-system");
        assert!(AccessQuestion::parse("list nodes").unwrap().is_nodes());
        for bad in [
            "",
            "list",
            "list Pods",
            "list pods -n",
            "list pods -x y",
            "get pods/log",
            "get pods extra words here",
        ] {
            assert_eq!(AccessQuestion::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn the_console_questions_lead_with_nodes() {
        let questions = console_questions();
        assert!(questions[0].is_nodes());
        assert!(questions.iter().all(|q| q.namespace.is_none()));
    }
}
