//! IAM and STS ARNs as EKS sees them: parsing, the principal they name, and the canonical
//! form the aws-iam-authenticator compares (kubernetes-sigs/aws-iam-authenticator `pkg/arn`).

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

/// Partitions the authenticator accepts.
pub const PARTITIONS: [&str; 8] = [
    "aws",
    "aws-cn",
    "aws-us-gov",
    "aws-iso",
    "aws-iso-b",
    "aws-iso-e",
    "aws-iso-f",
    "aws-eusc",
];

/// The path IAM Identity Center puts its roles under.
pub const SSO_ROLE_PATH_PREFIX: &str = "aws-reserved/sso.amazonaws.com/";
const SSO_ROLE_NAME_PREFIX: &str = "AWSReservedSSO_";

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Arn {
    pub partition: String,
    pub service: String,
    pub region: String,
    pub account: String,
    pub resource: String,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ArnError {
    #[error("not an ARN: it must start with arn:")]
    NotAnArn,
    #[error("an ARN has six parts separated by colons")]
    MissingParts,
    #[error("unknown partition {0}")]
    UnknownPartition(String),
    #[error("the account id must be 12 digits, not {0}")]
    BadAccount(String),
    #[error("not an IAM principal: {0}")]
    NotAPrincipal(String),
}

impl FromStr for Arn {
    type Err = ArnError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let text = text.trim();
        let rest = text
            .strip_prefix("arn:")
            .or_else(|| text.strip_prefix("ARN:"))
            .ok_or(ArnError::NotAnArn)?;
        let mut parts = rest.splitn(5, ':');
        let mut next = || parts.next().ok_or(ArnError::MissingParts);
        let (partition, service, region, account, resource) =
            (next()?, next()?, next()?, next()?, next()?);
        if partition.is_empty() || service.is_empty() || resource.is_empty() {
            return Err(ArnError::MissingParts);
        }
        Ok(Arn {
            partition: partition.to_owned(),
            service: service.to_owned(),
            region: region.to_owned(),
            account: account.to_owned(),
            resource: resource.to_owned(),
        })
    }
}

impl fmt::Display for Arn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "arn:{}:{}:{}:{}:{}",
            self.partition, self.service, self.region, self.account, self.resource
        )
    }
}

/// What kind of IAM principal an ARN names.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrincipalKind {
    /// `iam::ACCT:user/[path/]name`
    IamUser,
    /// `iam::ACCT:role/[path/]name` that is not an IAM Identity Center role.
    IamRole,
    /// `sts::ACCT:assumed-role/name/session`
    AssumedRole,
    /// An IAM Identity Center role, as a role or as a session of one.
    SsoRole,
    /// `sts::ACCT:federated-user/name`
    FederatedUser,
    /// `iam::ACCT:root`
    Root,
}

impl PrincipalKind {
    pub fn id(&self) -> &'static str {
        match self {
            PrincipalKind::IamUser => "iam-user",
            PrincipalKind::IamRole => "iam-role",
            PrincipalKind::AssumedRole => "assumed-role",
            PrincipalKind::SsoRole => "sso-role",
            PrincipalKind::FederatedUser => "federated-user",
            PrincipalKind::Root => "root",
        }
    }
}

/// An IAM principal: a parsed ARN that names a user, a role, a role session, a federated user
/// or an account root.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Principal {
    pub arn: Arn,
    pub kind: PrincipalKind,
    /// The path between `role/` or `user/` and the name, without its slashes at either end
    /// (`team/developers`); empty when there is none. Session ARNs never carry one.
    pub path: String,
    /// The user or role name; for `root`, the account id.
    pub name: String,
    /// The session name of an assumed-role ARN.
    pub session: Option<String>,
}

impl Principal {
    /// Parses an IAM principal ARN as the authenticator's `arn.Canonicalize` accepts it, and
    /// also requires a 12-digit account id.
    pub fn parse(text: &str) -> Result<Principal, ArnError> {
        let (principal, account_problem) = Principal::parse_masked(text)?;
        match account_problem {
            Some(problem) => Err(problem),
            None => Ok(principal),
        }
    }

    /// Like [`Principal::parse`], but an account id that is masked or not 12 digits
    /// (`XXXXXXXXXXXX`, `************`, `<account-id>`, too few digits) does not stop the
    /// parse: the principal comes back with the problem beside it, so that everything else
    /// about the ARN can still be checked.
    pub fn parse_masked(text: &str) -> Result<(Principal, Option<ArnError>), ArnError> {
        let arn: Arn = text.parse()?;
        if !PARTITIONS.contains(&arn.partition.as_str()) {
            return Err(ArnError::UnknownPartition(arn.partition));
        }
        let account_problem = (arn.account.len() != 12
            || !arn.account.bytes().all(|b| b.is_ascii_digit()))
        .then(|| ArnError::BadAccount(arn.account.clone()));
        let not_a_principal = || ArnError::NotAPrincipal(arn.resource.clone());
        let (kind, path, name, session) = match (arn.service.as_str(), arn.resource.as_str()) {
            ("iam", "root") => (
                PrincipalKind::Root,
                String::new(),
                arn.account.clone(),
                None,
            ),
            ("iam", resource) => {
                let (entity, rest) = resource.split_once('/').ok_or_else(not_a_principal)?;
                let (path, name) = split_path(rest);
                if name.is_empty() {
                    return Err(not_a_principal());
                }
                let kind = match entity {
                    "user" => PrincipalKind::IamUser,
                    "role" if is_sso_role_name(&name) => PrincipalKind::SsoRole,
                    "role" => PrincipalKind::IamRole,
                    _ => return Err(not_a_principal()),
                };
                (kind, path, name, None)
            }
            ("sts", resource) => match resource.split_once('/') {
                // As `arn.Canonicalize` reads it: the last part is the session, everything
                // between `assumed-role/` and it is the role (a role name never holds a `/`,
                // so more parts than that can only be a path).
                Some(("assumed-role", rest)) => {
                    let (role, session) = rest.rsplit_once('/').ok_or_else(not_a_principal)?;
                    let (path, name) = split_path(role);
                    if name.is_empty() || session.is_empty() {
                        return Err(not_a_principal());
                    }
                    let kind = if is_sso_role_name(&name) {
                        PrincipalKind::SsoRole
                    } else {
                        PrincipalKind::AssumedRole
                    };
                    (kind, path, name, Some(session.to_owned()))
                }
                Some(("federated-user", user)) if !user.is_empty() => (
                    PrincipalKind::FederatedUser,
                    String::new(),
                    user.to_owned(),
                    None,
                ),
                _ => return Err(not_a_principal()),
            },
            _ => return Err(not_a_principal()),
        };
        Ok((
            Principal {
                arn,
                kind,
                path,
                name,
                session,
            },
            account_problem,
        ))
    }

    /// True for a role or a session of a role.
    pub fn is_role(&self) -> bool {
        matches!(
            self.kind,
            PrincipalKind::IamRole | PrincipalKind::AssumedRole | PrincipalKind::SsoRole
        )
    }

    /// The ARN the authenticator compares against `aws-auth` (`arn.Canonicalize`): a session
    /// becomes its role, as its ARN names it (real session ARNs never show a path); everything
    /// else is unchanged.
    pub fn canonical_arn(&self) -> String {
        match (self.arn.service.as_str(), &self.session) {
            ("sts", Some(_)) => format!(
                "arn:{}:iam::{}:role/{}",
                self.arn.partition,
                self.arn.account,
                self.path_and_name()
            ),
            _ => self.arn.to_string(),
        }
    }

    /// What the authenticator compares when this principal signs in: for a session, its
    /// canonical ARN; for a role given as a role, the ARN of its sessions (without the path,
    /// which session ARNs never show); for anything else, the ARN unchanged.
    pub fn login_arn(&self) -> String {
        match (&self.kind, &self.session) {
            (_, Some(_)) => self.canonical_arn(),
            (PrincipalKind::IamRole | PrincipalKind::SsoRole, None) => self.role_arn_without_path(),
            _ => self.arn.to_string(),
        }
    }

    fn path_and_name(&self) -> String {
        if self.path.is_empty() {
            self.name.clone()
        } else {
            format!("{}/{}", self.path, self.name)
        }
    }

    /// The IAM ARN to give IAM and EKS where they want the principal itself (access entries,
    /// `simulate-principal-policy`, trust policies), and whether its path is known.
    ///
    /// A role ARN is its own; a session is turned into its role: IAM Identity Center roles
    /// carry their known path `aws-reserved/sso.amazonaws.com/` (a Region may follow it), any
    /// other role is written without a path, which it may still have (`aws iam get-role`
    /// shows it). Users and root are unchanged. A federated user is no IAM principal of its
    /// own: `None`.
    pub fn iam_arn(&self) -> Option<IamArn> {
        let role = |path: String| IamArn {
            arn: format!(
                "arn:{}:iam::{}:role/{path}{}",
                self.arn.partition, self.arn.account, self.name
            ),
            path_known: false,
        };
        match (&self.kind, &self.session) {
            (PrincipalKind::FederatedUser, _) => None,
            (PrincipalKind::SsoRole, Some(_)) => Some(role(SSO_ROLE_PATH_PREFIX.to_owned())),
            (_, Some(_)) => Some(role(String::new())),
            (PrincipalKind::SsoRole, None) if self.path.is_empty() => {
                Some(role(SSO_ROLE_PATH_PREFIX.to_owned()))
            }
            _ => Some(IamArn {
                arn: self.arn.to_string(),
                path_known: true,
            }),
        }
    }

    /// `arn:P:iam::ACCT:role/NAME`: the only form of a role that can match in `aws-auth`.
    /// For users, federated users and root this is the ARN unchanged (they keep their path).
    pub fn aws_auth_arn(&self) -> String {
        if self.is_role() {
            self.role_arn_without_path()
        } else {
            self.arn.to_string()
        }
    }

    fn role_arn_without_path(&self) -> String {
        format!(
            "arn:{}:iam::{}:role/{}",
            self.arn.partition, self.arn.account, self.name
        )
    }

    /// The IAM entity type for `aws iam put-<entity>-policy`, when there is one.
    pub fn iam_entity(&self) -> Option<&'static str> {
        match self.kind {
            PrincipalKind::IamUser => Some("user"),
            PrincipalKind::IamRole | PrincipalKind::AssumedRole | PrincipalKind::SsoRole => {
                Some("role")
            }
            PrincipalKind::FederatedUser | PrincipalKind::Root => None,
        }
    }
}

/// An IAM ARN for a principal, and whether it is known to carry the principal's real path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IamArn {
    pub arn: String,
    pub path_known: bool,
}

/// `team/dev/name` → (`team/dev`, `name`); slashes at either end of the path dropped.
fn split_path(text: &str) -> (String, String) {
    match text.rsplit_once('/') {
        Some((path, name)) => (path.trim_matches('/').to_owned(), name.to_owned()),
        None => (String::new(), text.to_owned()),
    }
}

fn is_sso_role_name(name: &str) -> bool {
    name.starts_with(SSO_ROLE_NAME_PREFIX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn role_with_path_keeps_path_but_aws_auth_form_drops_it() {
        let p = Principal::parse("arn:aws:iam::111122223333:role/team/developers/eks-admin")
            .expect("valid");
        assert_eq!(p.kind, PrincipalKind::IamRole);
        assert_eq!(p.path, "team/developers");
        assert_eq!(p.name, "eks-admin");
        assert_eq!(
            p.canonical_arn(),
            "arn:aws:iam::111122223333:role/team/developers/eks-admin"
        );
        assert_eq!(p.aws_auth_arn(), "arn:aws:iam::111122223333:role/eks-admin");
    }

    #[test]
    fn assumed_role_canonicalises_to_role() {
        let p = Principal::parse("arn:aws-cn:sts::111122223333:assumed-role/eks-admin/alice@x")
            .expect("valid");
        assert_eq!(p.kind, PrincipalKind::AssumedRole);
        assert_eq!(p.session.as_deref(), Some("alice@x"));
        assert_eq!(
            p.canonical_arn(),
            "arn:aws-cn:iam::111122223333:role/eks-admin"
        );
    }

    #[test]
    fn sso_role_is_recognised_with_and_without_path() {
        let with_path = Principal::parse(
            "arn:aws:iam::111122223333:role/aws-reserved/sso.amazonaws.com/eu-west-1/AWSReservedSSO_Admin_0123456789abcdef",
        )
        .expect("valid");
        assert_eq!(with_path.kind, PrincipalKind::SsoRole);
        assert_eq!(
            with_path.aws_auth_arn(),
            "arn:aws:iam::111122223333:role/AWSReservedSSO_Admin_0123456789abcdef"
        );
        let session = Principal::parse(
            "arn:aws:sts::111122223333:assumed-role/AWSReservedSSO_Admin_0123456789abcdef/bob",
        )
        .expect("valid");
        assert_eq!(session.kind, PrincipalKind::SsoRole);
    }

    #[test]
    fn users_keep_their_path() {
        let p = Principal::parse("arn:aws:iam::111122223333:user/ops/alice").expect("valid");
        assert_eq!(p.kind, PrincipalKind::IamUser);
        assert_eq!(p.aws_auth_arn(), "arn:aws:iam::111122223333:user/ops/alice");
        assert_eq!(p.iam_entity(), Some("user"));
    }

    #[test]
    fn root_and_federated() {
        assert_eq!(
            Principal::parse("arn:aws:iam::111122223333:root")
                .expect("valid")
                .kind,
            PrincipalKind::Root
        );
        let f = Principal::parse("arn:aws:sts::111122223333:federated-user/bob").expect("valid");
        assert_eq!(f.kind, PrincipalKind::FederatedUser);
        assert_eq!(
            f.canonical_arn(),
            "arn:aws:sts::111122223333:federated-user/bob"
        );
    }

    #[test]
    fn rejects_what_the_authenticator_rejects() {
        for bad in [
            "",
            "arn:aws:iam::111122223333",
            "arn:aws:iam::1234:user/x",
            "arn:aws:iam::111122223333:group/admins",
            "arn:aws:s3:::bucket",
            "arn:foo:iam::111122223333:user/x",
            "arn:aws:sts::111122223333:assumed-role/onlyrole",
            "arn:aws:iam::111122223333:role/",
        ] {
            assert!(Principal::parse(bad).is_err(), "{bad}");
        }
    }
}
