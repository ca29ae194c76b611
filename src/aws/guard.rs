//! The read-only guard: an interceptor on every SDK client that stops, before a request is
//! even built, any operation that is not one of the reads this tool makes. The tool prints
//! fixes; it never applies them.

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::BeforeSerializationInterceptorContextRef;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;

/// Every operation the tool's own clients send, by its exact name. Nothing else passes: a
/// name that merely starts like a read (`GetSessionToken`, `GetFederationToken` issue
/// credentials) is refused like any write.
pub const ALLOWED_OPERATIONS: [&str; 8] = [
    // sts
    "GetCallerIdentity",
    // iam
    "GetRole",
    "SimulatePrincipalPolicy",
    // eks
    "DescribeCluster",
    "ListClusters",
    "ListAccessEntries",
    "DescribeAccessEntry",
    "ListAssociatedAccessPolicies",
];

/// The one call that is not a plain read; it passes only when the person confirmed it.
pub const ASSUME_ROLE: &str = "AssumeRole";

/// The error a refused operation ends in; [`super::error::classify`] recognises it.
#[derive(Debug, Clone, thiserror::Error)]
#[error("eks-iam-tui only reads: {operation} was refused before it left the process")]
pub struct RefusedOperation {
    pub operation: String,
}

/// Whether an operation may be sent: exactly one of [`ALLOWED_OPERATIONS`], or `AssumeRole`
/// when the person confirmed it.
pub fn is_allowed(operation: &str, assume_role_confirmed: bool) -> bool {
    if operation == ASSUME_ROLE {
        return assume_role_confirmed;
    }
    ALLOWED_OPERATIONS.contains(&operation)
}

#[derive(Debug, Clone, Copy)]
pub struct ReadOnlyGuard {
    assume_role_confirmed: bool,
}

impl ReadOnlyGuard {
    pub fn new(assume_role_confirmed: bool) -> Self {
        ReadOnlyGuard {
            assume_role_confirmed,
        }
    }
}

impl Intercept for ReadOnlyGuard {
    fn name(&self) -> &'static str {
        "eks-iam-tui read-only guard"
    }

    // Not `read_before_execution`: client interceptors run that before the operation has put
    // its name in the config bag. This hook runs after, and still before the request exists.
    fn read_before_serialization(
        &self,
        _context: &BeforeSerializationInterceptorContextRef<'_>,
        _components: &RuntimeComponents,
        cfg: &mut ConfigBag,
    ) -> Result<(), BoxError> {
        // An operation we cannot name is refused: the allowlist is the only way through.
        let operation = cfg
            .load::<Metadata>()
            .map(|m| m.name().to_owned())
            .unwrap_or_default();
        if is_allowed(&operation, self.assume_role_confirmed) {
            Ok(())
        } else {
            Err(Box::new(RefusedOperation { operation }))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `get_caller_identity` -> `GetCallerIdentity`.
    fn pascal(snake: &str) -> String {
        snake
            .split('_')
            .map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_uppercase().to_string() + chars.as_str())
                    .unwrap_or_default()
            })
            .collect()
    }

    /// Every SDK operation the code sends, read from the source: a fluent builder called on
    /// one of the guarded clients (`self.sts`, `self.iam`, `self.eks`, or a `client` made for
    /// one call).
    fn operations_in_source() -> Vec<String> {
        let source = include_str!("api.rs");
        let builder = regex::Regex::new(
            r"(?:self\s*\.\s*(?:sts|iam|eks)|\bclient)\s*\.\s*([a-z][a-z_]*)\s*\(\)",
        )
        .expect("a valid pattern");
        let mut operations: Vec<String> = builder
            .captures_iter(source)
            .map(|c| pascal(&c[1]))
            .collect();
        operations.sort();
        operations.dedup();
        operations
    }

    #[test]
    fn every_operation_the_code_sends_is_allowed() {
        let operations = operations_in_source();
        // The scan itself must see the calls, or this test would pass on nothing.
        for known in ["GetCallerIdentity", "DescribeCluster", "AssumeRole"] {
            assert!(operations.iter().any(|o| o == known), "{operations:?}");
        }
        for operation in &operations {
            assert!(
                is_allowed(operation, true),
                "{operation} is sent by src/aws/api.rs but not on the allow-list"
            );
        }
        // And the list holds nothing the code does not send.
        for allowed in ALLOWED_OPERATIONS {
            assert!(
                operations.iter().any(|o| o == allowed),
                "{allowed} is allowed but never sent"
            );
        }
    }

    #[test]
    fn only_the_listed_reads_pass() {
        for op in ALLOWED_OPERATIONS {
            assert!(is_allowed(op, false), "{op}");
        }
        // Near misses: names that look like reads, or are one word off a read.
        for op in [
            "GetSessionToken",
            "GetFederationToken",
            "GetAccessKeyInfo",
            "GetCallerIdentityX",
            "getCallerIdentity",
            "GetRolePolicy",
            "ListRoles",
            "DescribeClusterVersions",
            "SimulateCustomPolicy",
            "CreateAccessEntry",
            "AssociateAccessPolicy",
            "UpdateAssumeRolePolicy",
            "AssumeRoleWithWebIdentity",
            "AssumeRoleWithSAML",
            "CreateRole",
            "DeleteCluster",
            "PutRolePolicy",
            "UpdateClusterConfig",
            "Getaway",
            " GetRole",
            "",
        ] {
            assert!(!is_allowed(op, true), "{op}");
        }
        assert!(!is_allowed("AssumeRole", false));
        assert!(is_allowed("AssumeRole", true));
    }
}
