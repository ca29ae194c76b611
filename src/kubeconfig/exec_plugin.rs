//! What a kubeconfig exec plugin will sign as: the tool, the cluster it asks a token for, and the
//! role, profile and Region it uses, read from its arguments and `env` as the tool reads them.

use std::collections::HashMap;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use kube::config::ExecConfig;
use serde::Serialize;

/// The token tools that EKS kubeconfigs run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExecTool {
    /// `aws eks get-token` (AWS CLI v1 and v2, eksctl's newer kubeconfigs).
    AwsCli,
    /// `aws-iam-authenticator token` (older eksctl kubeconfigs).
    AwsIamAuthenticator,
    /// This tool's own `token` command.
    EksIamTui,
    /// Anything else: not read further.
    Other,
}

/// The `client.authentication.k8s.io` version the plugin is asked to answer in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ExecApiVersion {
    /// Removed in Kubernetes 1.24: kubectl 1.24 and later refuse it.
    V1Alpha1,
    V1Beta1,
    V1,
    /// kubectl requires one.
    Missing,
    Unknown(String),
}

impl ExecApiVersion {
    fn parse(text: Option<&str>) -> Self {
        match text.map(str::trim) {
            None | Some("") => ExecApiVersion::Missing,
            Some("client.authentication.k8s.io/v1alpha1") => ExecApiVersion::V1Alpha1,
            Some("client.authentication.k8s.io/v1beta1") => ExecApiVersion::V1Beta1,
            Some("client.authentication.k8s.io/v1") => ExecApiVersion::V1,
            Some(other) => ExecApiVersion::Unknown(other.to_string()),
        }
    }

    /// Whether current kubectl accepts it.
    pub fn is_supported(&self) -> bool {
        matches!(self, ExecApiVersion::V1Beta1 | ExecApiVersion::V1)
    }
}

/// An exec block, read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ExecPlugin {
    pub command: String,
    pub args: Vec<String>,
    pub tool: ExecTool,
    pub api_version: ExecApiVersion,
    /// As written, for showing.
    pub api_version_text: Option<String>,
    /// The cluster the token is asked for (`--cluster-name`, `--cluster-id`, `-i`, `--cluster`).
    pub cluster_name: Option<String>,
    /// `--region`, else `AWS_REGION`, else `AWS_DEFAULT_REGION` from the exec's `env`.
    pub region: Option<String>,
    /// The role the tool assumes before signing (`--role-arn`, `-r`/`--role`, `DEFAULT_ROLE`).
    pub role_arn: Option<String>,
    /// `--profile`, else `AWS_PROFILE` from the exec's `env`.
    pub profile: Option<String>,
    /// The profile came from `--profile`: it then sets keys in the environment aside, which
    /// `AWS_PROFILE` does not.
    pub profile_on_command_line: bool,
    /// The exec's `env`, as written.
    pub env: Vec<(String, String)>,
    /// The command's file when it was found (on `PATH` for a bare name).
    pub found: Option<PathBuf>,
}

/// Options that take a value, by tool; the value-less ones (`--debug`, `--no-verify-ssl`) need
/// no listing since only the values below are read.
fn takes_value(tool: ExecTool, option: &str) -> bool {
    match tool {
        ExecTool::AwsCli => matches!(
            option,
            "--region"
                | "--profile"
                | "--cluster-name"
                | "--cluster-id"
                | "--role-arn"
                | "--output"
                | "--endpoint-url"
                | "--query"
                | "--color"
                | "--ca-bundle"
                | "--cli-read-timeout"
                | "--cli-connect-timeout"
        ),
        ExecTool::AwsIamAuthenticator => {
            matches!(
                option,
                "-i" | "--cluster-id"
                    | "-r"
                    | "--role"
                    | "--region"
                    | "--session-name"
                    | "--config"
                    | "-c"
            )
        }
        ExecTool::EksIamTui => matches!(
            option,
            "--cluster" | "--cluster-name" | "--region" | "--profile" | "--lang"
        ),
        ExecTool::Other => false,
    }
}

/// The tool's own spelling of an option. The AWS CLI's argparse accepts unique prefixes, and
/// `aws eks update-kubeconfig --role-arn` writes `--role`, so that one is read as `--role-arn`.
fn canonical_option(tool: ExecTool, option: &str) -> String {
    match (tool, option) {
        (ExecTool::AwsCli, "--role") => "--role-arn".to_string(),
        (ExecTool::AwsIamAuthenticator, "--cluster-id") => "-i".to_string(),
        (ExecTool::AwsIamAuthenticator, "--role") => "-r".to_string(),
        (ExecTool::EksIamTui, "--cluster-name") => "--cluster".to_string(),
        _ => option.to_string(),
    }
}

/// Option → value, the last one given winning as in every one of these tools.
fn option_values(tool: ExecTool, args: &[String]) -> HashMap<String, String> {
    let mut values = HashMap::new();
    let mut index = 0;
    while index < args.len() {
        let arg = &args[index];
        index += 1;
        if !arg.starts_with('-') {
            continue;
        }
        let (option, inline) = match arg.split_once('=') {
            Some((option, value)) if option.starts_with("--") => (option, Some(value.to_string())),
            _ => (arg.as_str(), None),
        };
        let option = canonical_option(tool, option);
        if !takes_value(tool, &option) {
            continue;
        }
        let value = match inline {
            Some(value) => Some(value),
            None => {
                let next = args.get(index).cloned();
                index += usize::from(next.is_some());
                next
            }
        };
        if let Some(value) = value {
            values.insert(option, value);
        }
    }
    values
}

fn tool_of(command: &str, args: &[String]) -> ExecTool {
    let name = Path::new(command)
        .file_name()
        .and_then(OsStr::to_str)
        .unwrap_or(command);
    let name = name.strip_suffix(".exe").unwrap_or(name);
    let has = |word: &str| args.iter().any(|arg| arg == word);
    match name {
        "aws" if has("eks") && has("get-token") => ExecTool::AwsCli,
        "aws-iam-authenticator" if has("token") => ExecTool::AwsIamAuthenticator,
        "eks-iam-tui" if has("token") => ExecTool::EksIamTui,
        _ => ExecTool::Other,
    }
}

/// Where `command` is: itself when it names a path, else the first executable file of that
/// name in `path_variable`'s folders (kubectl runs it through Go's `exec.LookPath`).
fn find_command(command: &str, path_variable: Option<&OsStr>) -> Option<PathBuf> {
    let is_executable = |path: &Path| {
        std::fs::metadata(path).is_ok_and(|meta| {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                meta.is_file() && meta.permissions().mode() & 0o111 != 0
            }
            #[cfg(not(unix))]
            {
                meta.is_file()
            }
        })
    };
    if command.contains(std::path::MAIN_SEPARATOR) {
        let path = PathBuf::from(command);
        return is_executable(&path).then_some(path);
    }
    std::env::split_paths(path_variable?)
        .filter(|folder| !folder.as_os_str().is_empty())
        .map(|folder| folder.join(command))
        .find(|candidate| is_executable(candidate))
}

/// Reads an exec block. `path_variable` is the `PATH` kubectl would search.
pub fn read_exec_plugin(exec: &ExecConfig, path_variable: Option<&OsStr>) -> ExecPlugin {
    let command = exec.command.clone().unwrap_or_default();
    let args = exec.args.clone().unwrap_or_default();
    let env: Vec<(String, String)> = exec
        .env
        .iter()
        .flatten()
        .filter_map(|entry| Some((entry.get("name")?.clone(), entry.get("value")?.clone())))
        .collect();
    let env_value = |name: &str| {
        env.iter()
            .rev()
            .find(|(key, value)| key == name && !value.is_empty())
            .map(|(_, value)| value.clone())
    };
    let tool = tool_of(&command, &args);
    let values = option_values(tool, &args);
    let value = |option: &str| values.get(option).filter(|v| !v.is_empty()).cloned();
    let cluster_name = match tool {
        ExecTool::AwsCli => value("--cluster-name").or_else(|| value("--cluster-id")),
        ExecTool::AwsIamAuthenticator => value("-i"),
        ExecTool::EksIamTui => value("--cluster"),
        ExecTool::Other => None,
    };
    let role_arn = match tool {
        ExecTool::AwsCli => value("--role-arn"),
        ExecTool::AwsIamAuthenticator => value("-r").or_else(|| env_value("DEFAULT_ROLE")),
        ExecTool::EksIamTui | ExecTool::Other => None,
    };
    let region = value("--region")
        .or_else(|| env_value("AWS_REGION"))
        .or_else(|| env_value("AWS_DEFAULT_REGION"));
    let profile_on_command_line = value("--profile").is_some();
    let profile = value("--profile").or_else(|| env_value("AWS_PROFILE"));
    let found = (!command.is_empty())
        .then(|| find_command(&command, path_variable))
        .flatten();
    ExecPlugin {
        api_version: ExecApiVersion::parse(exec.api_version.as_deref()),
        api_version_text: exec.api_version.clone(),
        command,
        args,
        tool,
        cluster_name,
        region,
        role_arn,
        profile,
        profile_on_command_line,
        env,
        found,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn exec(api: &str, command: &str, args: &[&str], env: &[(&str, &str)]) -> ExecConfig {
        ExecConfig {
            api_version: Some(api.to_string()),
            command: Some(command.to_string()),
            args: Some(args.iter().map(|a| a.to_string()).collect()),
            env: (!env.is_empty()).then(|| {
                env.iter()
                    .map(|(k, v)| {
                        HashMap::from([
                            ("name".to_string(), k.to_string()),
                            ("value".to_string(), v.to_string()),
                        ])
                    })
                    .collect()
            }),
            ..ExecConfig::default()
        }
    }

    const V1BETA1: &str = "client.authentication.k8s.io/v1beta1";

    #[test]
    fn aws_cli_v1_with_role_and_profile_as_update_kubeconfig_writes_it() {
        // aws-cli awscli/customizations/eks/update_kubeconfig.py: `--region R eks get-token
        // --cluster-name N`, `--role R` appended, the profile as AWS_PROFILE in env.
        let plugin = read_exec_plugin(
            &exec(
                "client.authentication.k8s.io/v1alpha1",
                "aws",
                &[
                    "--region",
                    "us-west-2",
                    "eks",
                    "get-token",
                    "--cluster-name",
                    "prod",
                    "--role",
                    "arn:aws:iam::111122223333:role/Admin",
                ],
                &[("AWS_PROFILE", "customer-prod")],
            ),
            None,
        );
        assert_eq!(plugin.tool, ExecTool::AwsCli);
        assert_eq!(plugin.api_version, ExecApiVersion::V1Alpha1);
        assert!(!plugin.api_version.is_supported());
        assert_eq!(plugin.cluster_name.as_deref(), Some("prod"));
        assert_eq!(plugin.region.as_deref(), Some("us-west-2"));
        assert_eq!(
            plugin.role_arn.as_deref(),
            Some("arn:aws:iam::111122223333:role/Admin")
        );
        assert_eq!(plugin.profile.as_deref(), Some("customer-prod"));
        assert_eq!(plugin.found, None);
    }

    #[test]
    fn aws_cli_v2_with_equals_forms_and_output() {
        let plugin = read_exec_plugin(
            &exec(
                "client.authentication.k8s.io/v1",
                "aws",
                &[
                    "--region=eu-west-1",
                    "eks",
                    "get-token",
                    "--output",
                    "json",
                    "--cluster-name=dev",
                    "--role-arn=arn:aws:iam::111122223333:role/Dev",
                    "--profile",
                    "p1",
                ],
                &[("AWS_PROFILE", "ignored-since-flag-wins")],
            ),
            None,
        );
        assert_eq!(plugin.api_version, ExecApiVersion::V1);
        assert_eq!(plugin.cluster_name.as_deref(), Some("dev"));
        assert_eq!(plugin.region.as_deref(), Some("eu-west-1"));
        assert_eq!(
            plugin.role_arn.as_deref(),
            Some("arn:aws:iam::111122223333:role/Dev")
        );
        assert_eq!(plugin.profile.as_deref(), Some("p1"));
    }

    #[test]
    fn authenticator_and_eksctl_shapes() {
        // eksctl's older kubeconfigs: `aws-iam-authenticator token -i NAME`, env for the Region.
        let plugin = read_exec_plugin(
            &exec(
                V1BETA1,
                "aws-iam-authenticator",
                &[
                    "token",
                    "-i",
                    "prod",
                    "-r",
                    "arn:aws:iam::111122223333:role/Ops",
                ],
                &[
                    ("AWS_DEFAULT_REGION", "ap-northeast-1"),
                    ("AWS_STS_REGIONAL_ENDPOINTS", "regional"),
                ],
            ),
            None,
        );
        assert_eq!(plugin.tool, ExecTool::AwsIamAuthenticator);
        assert_eq!(plugin.cluster_name.as_deref(), Some("prod"));
        assert_eq!(
            plugin.role_arn.as_deref(),
            Some("arn:aws:iam::111122223333:role/Ops")
        );
        assert_eq!(plugin.region.as_deref(), Some("ap-northeast-1"));
        assert_eq!(plugin.profile, None);

        let ours = read_exec_plugin(
            &exec(
                V1BETA1,
                "/opt/bin/eks-iam-tui",
                &["token", "--cluster-name", "c", "--region", "us-east-1"],
                &[],
            ),
            None,
        );
        assert_eq!(ours.tool, ExecTool::EksIamTui);
        assert_eq!(ours.cluster_name.as_deref(), Some("c"));
    }

    #[test]
    fn a_value_that_looks_like_an_option_is_still_the_value_and_other_tools_are_not_read() {
        let plugin = read_exec_plugin(
            &exec(V1BETA1, "aws", &["eks", "get-token", "--cluster-name"], &[]),
            None,
        );
        assert_eq!(plugin.cluster_name, None);
        let other = read_exec_plugin(
            &exec(V1BETA1, "kubelogin", &["get-token", "--region", "x"], &[]),
            None,
        );
        assert_eq!(other.tool, ExecTool::Other);
        assert_eq!(other.cluster_name, None);
        assert_eq!(ExecApiVersion::parse(None), ExecApiVersion::Missing);
    }

    #[test]
    fn finds_executables_on_the_given_path_only() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let tool = dir.path().join("aws");
        std::fs::write(&tool, "#!/bin/sh\n").unwrap();
        let not_executable = dir.path().join("aws-iam-authenticator");
        std::fs::write(&not_executable, "").unwrap();
        std::fs::set_permissions(&tool, std::fs::Permissions::from_mode(0o755)).unwrap();
        let path = std::env::join_paths([Path::new("/nonexistent"), dir.path()]).unwrap();
        assert_eq!(find_command("aws", Some(&path)), Some(tool.clone()));
        assert_eq!(find_command("aws-iam-authenticator", Some(&path)), None);
        assert_eq!(find_command("aws", None), None);
        assert_eq!(find_command(&tool.display().to_string(), None), Some(tool));
    }
}
