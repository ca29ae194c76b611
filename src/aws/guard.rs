//! The read-only guard: an interceptor on every SDK client that stops, before a request is
//! even built, any operation that is not a read. The tool prints fixes; it never applies them.

use aws_smithy_runtime_api::box_error::BoxError;
use aws_smithy_runtime_api::client::interceptors::Intercept;
use aws_smithy_runtime_api::client::interceptors::context::BeforeSerializationInterceptorContextRef;
use aws_smithy_runtime_api::client::orchestrator::Metadata;
use aws_smithy_runtime_api::client::runtime_components::RuntimeComponents;
use aws_smithy_types::config_bag::ConfigBag;

/// Operation name prefixes that only read.
const READ_PREFIXES: [&str; 4] = ["Get", "List", "Describe", "Simulate"];

/// The error a refused operation ends in; [`super::error::classify`] recognises it.
#[derive(Debug, Clone, thiserror::Error)]
#[error("eks-iam-tui only reads: {operation} was refused before it left the process")]
pub struct RefusedOperation {
    pub operation: String,
}

/// Whether an operation may be sent. `AssumeRole` only when the person confirmed it.
pub fn is_allowed(operation: &str, assume_role_confirmed: bool) -> bool {
    if operation == "AssumeRole" {
        return assume_role_confirmed;
    }
    READ_PREFIXES.iter().any(|prefix| {
        operation
            .strip_prefix(prefix)
            .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_uppercase()))
    })
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

    #[test]
    fn only_reads_pass() {
        for op in [
            "GetCallerIdentity",
            "GetRole",
            "ListAccessEntries",
            "DescribeCluster",
            "SimulatePrincipalPolicy",
        ] {
            assert!(is_allowed(op, false), "{op}");
        }
        for op in [
            "CreateAccessEntry",
            "CreateRole",
            "DeleteCluster",
            "AssociateAccessPolicy",
            "PutRolePolicy",
            "UpdateClusterConfig",
            "Getaway",
            "",
        ] {
            assert!(!is_allowed(op, true), "{op}");
        }
        assert!(!is_allowed("AssumeRole", false));
        assert!(is_allowed("AssumeRole", true));
    }
}
