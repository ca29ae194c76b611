//! The profile names the wizard's profile picker offers, read once at start-up with
//! aws-config's own loader: the same files (`AWS_CONFIG_FILE`, `AWS_SHARED_CREDENTIALS_FILE`,
//! else `~/.aws/config` and `~/.aws/credentials`) and the same parsing as the checks.

use std::collections::BTreeMap;

use aws_runtime::env_config::file::EnvConfigFiles;
use aws_types::os_shim_internal::{Env, Fs};

/// The profiles of the AWS config and credentials files: their names, sorted, and the
/// `role_arn` of those that name one. Nothing when the files are missing or unreadable (the
/// picker then offers `default` and the profile in use).
#[derive(Debug, Default, PartialEq, Eq)]
pub struct ProfileFiles {
    pub names: Vec<String>,
    pub roles: BTreeMap<String, String>,
}

pub fn profile_files() -> ProfileFiles {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().build() else {
        return ProfileFiles::default();
    };
    runtime.block_on(profile_files_in(&Env::real(), &Fs::real()))
}

async fn profile_files_in(env: &Env, fs: &Fs) -> ProfileFiles {
    let Ok(profiles) = aws_config::profile::load(fs, env, &EnvConfigFiles::default(), None).await
    else {
        return ProfileFiles::default();
    };
    let mut names: Vec<String> = profiles.profiles().map(str::to_owned).collect();
    names.sort();
    let roles = names
        .iter()
        .filter_map(|name| {
            let role = profiles.get_profile(name)?.get("role_arn")?.trim();
            (!role.is_empty()).then(|| (name.clone(), role.to_owned()))
        })
        .collect();
    ProfileFiles { names, roles }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn names_come_from_both_files_once_each() {
        let env = Env::from_slice(&[
            ("AWS_CONFIG_FILE", "/c/config"),
            ("AWS_SHARED_CREDENTIALS_FILE", "/c/credentials"),
        ]);
        let fs = Fs::from_slice(&[
            (
                "/c/config",
                "[default]\nregion = us-east-1\n[profile prod]\nregion = eu-west-1\n[sso-session corp]\nsso_region = us-east-1\n",
            ),
            (
                "/c/credentials",
                "[prod]\naws_access_key_id = AKIAEXAMPLE\n[ci]\naws_access_key_id = AKIAEXAMPLE\n",
            ),
        ]);
        let files = profile_files_in(&env, &fs).await;
        assert_eq!(files.names, ["ci", "default", "prod"]);
        assert!(files.roles.is_empty());
    }

    #[tokio::test]
    async fn a_profile_that_assumes_a_role_is_known_by_its_role() {
        let env = Env::from_slice(&[("AWS_CONFIG_FILE", "/c/config"), ("HOME", "/nowhere")]);
        let fs = Fs::from_slice(&[(
            "/c/config",
            "[profile cust]\nrole_arn = arn:aws:iam::111122223333:role/eks-readonly\nsource_profile = default\n[default]\nregion = us-east-1\n",
        )]);
        let files = profile_files_in(&env, &fs).await;
        assert_eq!(
            files.roles.get("cust").map(String::as_str),
            Some("arn:aws:iam::111122223333:role/eks-readonly")
        );
        assert_eq!(files.roles.len(), 1);
    }

    #[tokio::test]
    async fn missing_files_give_no_names() {
        let env = Env::from_slice(&[("AWS_CONFIG_FILE", "/none"), ("HOME", "/nowhere")]);
        assert!(
            profile_files_in(&env, &Fs::from_slice(&[]))
                .await
                .names
                .is_empty()
        );
    }
}
