//! The profile names the wizard's profile picker offers, read once at start-up with
//! aws-config's own loader: the same files (`AWS_CONFIG_FILE`, `AWS_SHARED_CREDENTIALS_FILE`,
//! else `~/.aws/config` and `~/.aws/credentials`) and the same parsing as the checks.

use aws_runtime::env_config::file::EnvConfigFiles;
use aws_types::os_shim_internal::{Env, Fs};

/// The profile names of the AWS config and credentials files, sorted; none when the files are
/// missing or unreadable (the picker then offers `default` and the profile in use).
pub fn profile_names() -> Vec<String> {
    let Ok(runtime) = tokio::runtime::Builder::new_current_thread().build() else {
        return Vec::new();
    };
    runtime.block_on(profile_names_in(&Env::real(), &Fs::real()))
}

async fn profile_names_in(env: &Env, fs: &Fs) -> Vec<String> {
    let Ok(profiles) = aws_config::profile::load(fs, env, &EnvConfigFiles::default(), None).await
    else {
        return Vec::new();
    };
    let mut names: Vec<String> = profiles.profiles().map(str::to_owned).collect();
    names.sort();
    names
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
        assert_eq!(profile_names_in(&env, &fs).await, ["ci", "default", "prod"]);
    }

    #[tokio::test]
    async fn missing_files_give_no_names() {
        let env = Env::from_slice(&[("AWS_CONFIG_FILE", "/none"), ("HOME", "/nowhere")]);
        assert!(
            profile_names_in(&env, &Fs::from_slice(&[]))
                .await
                .is_empty()
        );
    }
}
