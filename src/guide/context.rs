//! The values a person types about their case, and the values that follow from them.

use serde::{Deserialize, Serialize};

use crate::arn::{Principal, PrincipalKind};
use crate::aws::endpoints;

/// A value the person can type on the context screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Cluster,
    Region,
    PrincipalArn,
    Action,
    TargetRoleArn,
    OtherAccountId,
    ServiceAccount,
    /// One more question for Kubernetes, as `kubectl auth can-i` takes it.
    CanI,
}

impl Field {
    pub const ALL: [Field; 8] = [
        Field::Cluster,
        Field::Region,
        Field::PrincipalArn,
        Field::Action,
        Field::TargetRoleArn,
        Field::OtherAccountId,
        Field::ServiceAccount,
        Field::CanI,
    ];

    /// The placeholder name used in templates and Fluent variables.
    pub fn name(self) -> &'static str {
        match self {
            Field::Cluster => "cluster",
            Field::Region => "region",
            Field::PrincipalArn => "principal_arn",
            Field::Action => "action",
            Field::TargetRoleArn => "target_role_arn",
            Field::OtherAccountId => "other_account_id",
            Field::ServiceAccount => "service_account",
            Field::CanI => "can_i",
        }
    }

    pub fn label_id(self) -> String {
        format!("field-{}-label", self.name().replace('_', "-"))
    }

    pub fn hint_id(self) -> String {
        format!("field-{}-hint", self.name().replace('_', "-"))
    }

    /// Why a typed value cannot be used, as a Fluent message id; `None` when it is fine
    /// (an empty value is fine: every field is optional).
    pub fn problem_with(self, value: &str) -> Option<&'static str> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        let ok = match self {
            Field::Cluster => value
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'),
            Field::Region => {
                value.contains('-')
                    && value
                        .chars()
                        .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
            }
            Field::PrincipalArn => Principal::parse(value).is_ok(),
            Field::TargetRoleArn => {
                Principal::parse(value).is_ok_and(|p| p.arn.service == "iam" && p.is_role())
            }
            Field::Action => value
                .split_once(':')
                .is_some_and(|(service, action)| !service.is_empty() && !action.is_empty()),
            Field::OtherAccountId => value.len() == 12 && value.bytes().all(|b| b.is_ascii_digit()),
            Field::ServiceAccount => value.split_once('/').is_some_and(|(ns, name)| {
                !ns.is_empty() && !name.is_empty() && !name.contains('/')
            }),
            Field::CanI => crate::kube::AccessQuestion::parse(value).is_some(),
        };
        (!ok).then_some(match self {
            Field::Cluster => "field-invalid-cluster",
            Field::Region => "field-invalid-region",
            Field::PrincipalArn => "field-invalid-principal-arn",
            Field::TargetRoleArn => "field-invalid-role-arn",
            Field::Action => "field-invalid-action",
            Field::OtherAccountId => "field-invalid-account-id",
            Field::ServiceAccount => "field-invalid-service-account",
            Field::CanI => "field-invalid-can-i",
        })
    }
}

/// What the person told us. Values are kept as typed; blanks mean unknown.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Context {
    values: std::collections::BTreeMap<Field, String>,
}

impl Context {
    pub fn get(&self, field: Field) -> Option<&str> {
        self.values
            .get(&field)
            .map(|v| v.trim())
            .filter(|v| !v.is_empty())
    }

    pub fn set(&mut self, field: Field, value: impl Into<String>) {
        self.values.insert(field, value.into());
    }

    /// The raw text of a field, blank included, for editing.
    pub fn raw(&self, field: Field) -> &str {
        self.values.get(&field).map(String::as_str).unwrap_or("")
    }

    fn principal(&self, field: Field) -> Option<Principal> {
        self.get(field).and_then(|v| Principal::parse(v).ok())
    }

    /// The value of a template placeholder: a field, or a value derived from the fields.
    /// `None` means unknown: the guide shows it as a marked placeholder.
    pub fn resolve(&self, name: &str) -> Option<String> {
        if name == Field::TargetRoleArn.name() {
            // IAM wants the role itself here, never a session of it.
            let typed = self.get(Field::TargetRoleArn)?;
            return Some(
                match Principal::parse(typed).ok().and_then(|p| p.iam_arn()) {
                    Some(iam) if typed.contains(":sts:") => iam.arn,
                    _ => typed.to_owned(),
                },
            );
        }
        if let Some(field) = Field::ALL.into_iter().find(|f| f.name() == name) {
            return self.get(field).map(str::to_owned);
        }
        let principal = self.principal(Field::PrincipalArn);
        let target = self.principal(Field::TargetRoleArn);
        let service_account = self
            .get(Field::ServiceAccount)
            .and_then(|v| v.split_once('/'));
        match name {
            "partition" => Some(
                principal
                    .as_ref()
                    .or(target.as_ref())
                    .map(|p| p.arn.partition.clone())
                    .unwrap_or_else(|| {
                        self.get(Field::Region)
                            .map(endpoints::partition_of_region)
                            .unwrap_or("aws")
                            .to_owned()
                    }),
            ),
            "dns_suffix" => self
                .resolve("partition")
                .map(|p| endpoints::dns_suffix(&p).to_owned()),
            "account_id" => principal
                .as_ref()
                .or(target.as_ref())
                .map(|p| p.arn.account.clone()),
            "principal_name" => principal.as_ref().map(|p| p.name.clone()),
            "principal_entity" => principal
                .as_ref()
                .and_then(|p| p.iam_entity())
                .map(str::to_owned),
            // The guide's aws-auth entries are role entries; a federated user has no role.
            "aws_auth_arn" => principal
                .as_ref()
                .filter(|p| p.kind != PrincipalKind::FederatedUser)
                .map(|p| p.aws_auth_arn()),
            // Where IAM or EKS wants the principal itself: a session becomes its role.
            "principal_iam_arn" => principal.as_ref().and_then(|p| p.iam_arn()).map(|i| i.arn),
            "principal_path" => principal.as_ref().map(|p| {
                match (p.iam_arn(), &p.kind) {
                    (None, _) => "federated",
                    (Some(iam), _) if iam.path_known => "known",
                    (Some(_), PrincipalKind::SsoRole) => "sso",
                    (Some(_), _) => "unknown",
                }
                .to_owned()
            }),
            "target_role_name" => target.as_ref().map(|p| p.name.clone()),
            "target_account_id" => target.as_ref().map(|p| p.arn.account.clone()),
            "target_aws_auth_arn" => target.as_ref().map(|p| p.aws_auth_arn()),
            "service_account_namespace" => service_account.map(|(ns, _)| ns.to_owned()),
            "service_account_name" => service_account.map(|(_, name)| name.to_owned()),
            "sts_regional_endpoint" => {
                let region = self.get(Field::Region)?;
                endpoints::sts_host(region, false, false).map(|host| format!("https://{host}"))
            }
            _ => None,
        }
    }
}

/// Every placeholder name a template or message may use.
pub const DERIVED_PLACEHOLDERS: [&str; 14] = [
    "partition",
    "dns_suffix",
    "account_id",
    "principal_name",
    "principal_entity",
    "aws_auth_arn",
    "principal_iam_arn",
    "principal_path",
    "target_role_name",
    "target_account_id",
    "target_aws_auth_arn",
    "service_account_namespace",
    "service_account_name",
    "sts_regional_endpoint",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn derived_values_follow_the_principal() {
        let mut ctx = Context::default();
        ctx.set(
            Field::PrincipalArn,
            "arn:aws:sts::111122223333:assumed-role/eks-admin/alice",
        );
        ctx.set(Field::Region, "ap-northeast-1");
        assert_eq!(ctx.resolve("account_id").as_deref(), Some("111122223333"));
        assert_eq!(ctx.resolve("principal_entity").as_deref(), Some("role"));
        assert_eq!(
            ctx.resolve("aws_auth_arn").as_deref(),
            Some("arn:aws:iam::111122223333:role/eks-admin")
        );
        assert_eq!(
            ctx.resolve("sts_regional_endpoint").as_deref(),
            Some("https://sts.ap-northeast-1.amazonaws.com")
        );
        assert_eq!(ctx.resolve("cluster"), None);
    }

    #[test]
    fn partition_comes_from_region_when_no_arn() {
        let mut ctx = Context::default();
        ctx.set(Field::Region, "cn-north-1");
        assert_eq!(ctx.resolve("partition").as_deref(), Some("aws-cn"));
        assert_eq!(
            ctx.resolve("dns_suffix").as_deref(),
            Some("amazonaws.com.cn")
        );
    }

    #[test]
    fn field_validation() {
        assert_eq!(Field::Region.problem_with("us-west-2"), None);
        assert!(Field::Region.problem_with("Tokyo").is_some());
        assert!(
            Field::TargetRoleArn
                .problem_with("arn:aws:iam::111122223333:user/x")
                .is_some()
        );
        assert_eq!(Field::OtherAccountId.problem_with(""), None);
        assert!(Field::OtherAccountId.problem_with("12345").is_some());
        assert!(Field::ServiceAccount.problem_with("default").is_some());
        assert_eq!(Field::ServiceAccount.problem_with("apps/web"), None);
    }
}
