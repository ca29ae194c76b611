//! Where a command's AWS credentials come from, by the AWS CLI's rules: what tells the checks'
//! identity apart from the one kubectl's exec plugin signs with, before either is asked.

use serde::Serialize;

use super::settings::{effective_profile, env_value};

/// The credentials a command signs with.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "from", content = "name", rename_all = "kebab-case")]
pub enum CredentialSource {
    /// `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY` from the environment.
    EnvironmentKeys,
    /// A profile of the config files: `default` when none is named. Beyond the files, the
    /// chain goes on (web identity, the container, instance metadata) the same way for both.
    Profile(String),
}

impl CredentialSource {
    /// The AWS CLI's decision (botocore `create_credential_resolver`): a profile named on the
    /// command line sets keys in the environment aside; a profile named only by the
    /// environment (`AWS_PROFILE`) does not, and the keys win.
    pub fn resolve(
        command_line_profile: Option<&str>,
        environment_profile: Option<&str>,
        environment_keys: bool,
    ) -> CredentialSource {
        match command_line_profile {
            Some(profile) => CredentialSource::Profile(profile.to_owned()),
            None if environment_keys => CredentialSource::EnvironmentKeys,
            None => CredentialSource::Profile(environment_profile.unwrap_or("default").to_owned()),
        }
    }

    /// How a finding names it, the same in every language: the config file's own heading or
    /// the variable's name.
    pub fn words(&self) -> String {
        match self {
            CredentialSource::EnvironmentKeys => "AWS_ACCESS_KEY_ID".to_owned(),
            CredentialSource::Profile(name) if name == "default" => "[default]".to_owned(),
            CredentialSource::Profile(name) => format!("[profile {name}]"),
        }
    }
}

/// How the checks sign, and what a command started from the same shell (kubectl's exec
/// plugin) inherits: read once when a run starts, so the checks themselves read no variable.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellSigning {
    /// The credentials the checks sign with.
    pub credentials: CredentialSource,
    /// The profile the environment names (`AWS_PROFILE`, then `AWS_DEFAULT_PROFILE`).
    pub shell_profile: Option<String>,
    /// The environment holds `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`, which a command
    /// tries before a profile named only by the environment.
    pub environment_keys: bool,
}

impl ShellSigning {
    /// This process's environment, with the profile named on the command line or picked in the
    /// wizard.
    pub fn from_environment(named_profile: Option<&str>) -> ShellSigning {
        let shell_profile = effective_profile(None);
        let environment_keys = env_value("AWS_ACCESS_KEY_ID").is_some()
            && env_value("AWS_SECRET_ACCESS_KEY").is_some();
        ShellSigning {
            credentials: CredentialSource::resolve(
                named_profile,
                shell_profile.as_deref(),
                environment_keys,
            ),
            shell_profile,
            environment_keys,
        }
    }
}

impl ShellSigning {
    /// The profile the printed commands carry (and a case records), given the profile named
    /// on the command line: none while the environment's keys sign, since `--profile` in a
    /// pasted command would set those keys aside and act as someone else.
    pub fn printed_profile(&self, named_profile: Option<&str>) -> Option<String> {
        match self.credentials {
            CredentialSource::EnvironmentKeys => None,
            CredentialSource::Profile(_) => named_profile
                .map(str::to_owned)
                .or_else(|| self.shell_profile.clone()),
        }
    }
}

/// The profile printed commands carry in this environment, given the profile named on the
/// command line: see [`ShellSigning::printed_profile`].
pub fn printed_profile(named_profile: Option<&str>) -> Option<String> {
    ShellSigning::from_environment(named_profile).printed_profile(named_profile)
}

impl Default for ShellSigning {
    /// No profile named, none in the environment, no keys: the `default` profile.
    fn default() -> Self {
        ShellSigning {
            credentials: CredentialSource::Profile("default".into()),
            shell_profile: None,
            environment_keys: false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::CredentialSource::{self, EnvironmentKeys, Profile};

    #[test]
    fn the_command_line_profile_beats_keys_and_the_environment_profile_does_not() {
        // botocore/credentials.py: an explicit profile removes the EnvProvider; AWS_PROFILE
        // with AWS_ACCESS_KEY_ID set leaves the keys first.
        assert_eq!(
            CredentialSource::resolve(Some("prod"), Some("dev"), true),
            Profile("prod".into())
        );
        assert_eq!(
            CredentialSource::resolve(None, Some("dev"), true),
            EnvironmentKeys
        );
        assert_eq!(
            CredentialSource::resolve(None, Some("dev"), false),
            Profile("dev".into())
        );
        assert_eq!(
            CredentialSource::resolve(None, None, false),
            Profile("default".into())
        );
    }

    #[test]
    fn words_are_the_config_file_headings() {
        assert_eq!(Profile("default".into()).words(), "[default]");
        assert_eq!(Profile("cust prod".into()).words(), "[profile cust prod]");
        assert_eq!(EnvironmentKeys.words(), "AWS_ACCESS_KEY_ID");
    }
}
