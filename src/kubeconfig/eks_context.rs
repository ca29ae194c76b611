//! The chosen context, read as an EKS cluster: which cluster, Region and account kubectl talks
//! to, and who its exec plugin signs as.

use std::ffi::OsStr;

use serde::Serialize;

use super::exec_plugin::{ExecPlugin, read_exec_plugin};
use super::load::{KubeconfigError, LoadedKubeconfig};
use crate::arn::Arn;

/// Where a value about the cluster was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum TargetSource {
    /// The cluster entry's or context's name is the cluster ARN (`aws eks update-kubeconfig`).
    ClusterArn,
    /// The exec plugin's arguments or `env`.
    ExecArguments,
    /// The API server's host name (`….<region>.eks.amazonaws.com`).
    ServerHost,
    /// eksctl's `<name>.<region>.eksctl.io` cluster entry.
    EksctlName,
}

/// The cluster kubectl talks to, as far as the kubeconfig tells.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct EksTarget {
    pub cluster_name: Option<(String, TargetSource)>,
    pub region: Option<(String, TargetSource)>,
    pub account_id: Option<(String, TargetSource)>,
}

/// The chosen context.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct EksContext {
    pub context: String,
    /// Whether `--context` chose it (else `current-context`).
    pub chosen_by_flag: bool,
    pub cluster_entry: String,
    pub user_entry: String,
    pub server: Option<String>,
    /// `certificate-authority-data` as written (base64 of PEM), to compare with DescribeCluster.
    pub certificate_authority_data: Option<String>,
    pub target: EksTarget,
    pub exec: Option<ExecPlugin>,
}

impl EksContext {
    /// Whether anything marks this as an EKS cluster.
    pub fn is_eks(&self) -> bool {
        self.target.cluster_name.is_some() || self.target.region.is_some()
    }
}

fn cluster_arn(text: &str) -> Option<(String, String, String)> {
    let arn: Arn = text.parse().ok()?;
    let name = arn.resource.strip_prefix("cluster/")?;
    (arn.service == "eks" && !name.is_empty() && !arn.region.is_empty())
        .then(|| (name.to_string(), arn.region, arn.account))
}

/// `https://ABC.gr7.us-west-2.eks.amazonaws.com` → `us-west-2` (also `.amazonaws.com.cn`).
fn region_from_server(server: &str) -> Option<String> {
    let host = server
        .split_once("://")
        .map_or(server, |(_, rest)| rest)
        .split(['/', ':'])
        .next()?;
    let labels: Vec<&str> = host.split('.').collect();
    let eks = labels.iter().rposition(|label| *label == "eks")?;
    let tail = &labels[eks + 1..];
    if !(tail == ["amazonaws", "com"] || tail == ["amazonaws", "com", "cn"]) || eks == 0 {
        return None;
    }
    Some(labels[eks - 1].to_string()).filter(|region| region.contains('-'))
}

/// `prod.us-west-2.eksctl.io` → (`prod`, `us-west-2`).
fn eksctl_name(entry: &str) -> Option<(String, String)> {
    let rest = entry.strip_suffix(".eksctl.io")?;
    let (name, region) = rest.rsplit_once('.')?;
    (!name.is_empty() && region.contains('-')).then(|| (name.to_string(), region.to_string()))
}

/// Reads the context `--context` names, else the current one.
pub fn describe_context(
    loaded: &LoadedKubeconfig,
    context_flag: Option<&str>,
    path_variable: Option<&OsStr>,
) -> Result<EksContext, KubeconfigError> {
    let config = &loaded.config;
    let name = match context_flag.filter(|name| !name.is_empty()) {
        Some(name) => name.to_string(),
        None => config
            .current_context
            .clone()
            .filter(|name| !name.is_empty())
            .ok_or(KubeconfigError::NoContext)?,
    };
    let named = config
        .contexts
        .iter()
        .find(|context| context.name == name)
        .ok_or_else(|| KubeconfigError::NoSuchContext(name.clone()))?;
    let (cluster_entry, user_entry) = named
        .context
        .as_ref()
        .map(|context| {
            (
                context.cluster.clone(),
                context.user.clone().unwrap_or_default(),
            )
        })
        .unwrap_or_default();
    let cluster = config
        .clusters
        .iter()
        .find(|cluster| cluster.name == cluster_entry)
        .and_then(|named| named.cluster.as_ref());
    let server = cluster.and_then(|cluster| cluster.server.clone());
    let certificate_authority_data =
        cluster.and_then(|cluster| cluster.certificate_authority_data.clone());
    let exec = config
        .auth_infos
        .iter()
        .find(|user| user.name == user_entry)
        .and_then(|user| user.auth_info.as_ref())
        .and_then(|info| info.exec.as_ref())
        .map(|exec| read_exec_plugin(exec, path_variable));

    let mut target = EksTarget::default();
    // The exec arguments say what the token is for, so they come first; the ARN adds the account.
    if let Some(exec) = &exec {
        target.cluster_name = exec
            .cluster_name
            .clone()
            .map(|name| (name, TargetSource::ExecArguments));
        target.region = exec
            .region
            .clone()
            .map(|region| (region, TargetSource::ExecArguments));
    }
    let arn = [cluster_entry.as_str(), name.as_str(), user_entry.as_str()]
        .into_iter()
        .find_map(cluster_arn);
    if let Some((cluster_name, region, account)) = arn {
        target
            .cluster_name
            .get_or_insert((cluster_name, TargetSource::ClusterArn));
        target
            .region
            .get_or_insert((region, TargetSource::ClusterArn));
        target.account_id = Some((account, TargetSource::ClusterArn));
    }
    if let Some((cluster_name, region)) = eksctl_name(&cluster_entry) {
        target
            .cluster_name
            .get_or_insert((cluster_name, TargetSource::EksctlName));
        target
            .region
            .get_or_insert((region, TargetSource::EksctlName));
    }
    if let Some(region) = server.as_deref().and_then(region_from_server) {
        target
            .region
            .get_or_insert((region, TargetSource::ServerHost));
    }
    Ok(EksContext {
        context: name,
        chosen_by_flag: context_flag.is_some_and(|name| !name.is_empty()),
        cluster_entry,
        user_entry,
        server,
        certificate_authority_data,
        target,
        exec,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kubeconfig::{ExecTool, KubeconfigFiles, load_kubeconfig};

    fn loaded(text: &str) -> LoadedKubeconfig {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("config");
        std::fs::write(&path, text).unwrap();
        load_kubeconfig(KubeconfigFiles::Flag(path)).unwrap()
    }

    const UPDATE_KUBECONFIG: &str = "\
apiVersion: v1
kind: Config
clusters:
- cluster:
    certificate-authority-data: Q0EK
    server: https://ABCDEF.gr7.us-west-2.eks.amazonaws.com
  name: arn:aws:eks:us-west-2:111122223333:cluster/prod
contexts:
- context:
    cluster: arn:aws:eks:us-west-2:111122223333:cluster/prod
    user: arn:aws:eks:us-west-2:111122223333:cluster/prod
  name: arn:aws:eks:us-west-2:111122223333:cluster/prod
- context:
    cluster: dev.eu-west-1.eksctl.io
    user: someone@dev.eu-west-1.eksctl.io
  name: someone@dev.eu-west-1.eksctl.io
current-context: arn:aws:eks:us-west-2:111122223333:cluster/prod
users:
- name: arn:aws:eks:us-west-2:111122223333:cluster/prod
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
      args: [--region, us-west-2, eks, get-token, --cluster-name, prod, --output, json, --role-arn, arn:aws:iam::111122223333:role/Admin]
      command: aws
      env:
      - name: AWS_PROFILE
        value: customer-prod
- name: someone@dev.eu-west-1.eksctl.io
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1alpha1
      args: [token, -i, dev]
      command: aws-iam-authenticator
";

    #[test]
    fn the_current_context_written_by_update_kubeconfig() {
        let context = describe_context(&loaded(UPDATE_KUBECONFIG), None, None).unwrap();
        assert!(!context.chosen_by_flag);
        assert!(context.is_eks());
        assert_eq!(
            context.target.cluster_name,
            Some(("prod".into(), TargetSource::ExecArguments))
        );
        assert_eq!(
            context.target.account_id,
            Some(("111122223333".into(), TargetSource::ClusterArn))
        );
        assert_eq!(context.certificate_authority_data.as_deref(), Some("Q0EK"));
        let exec = context.exec.unwrap();
        assert_eq!(exec.profile.as_deref(), Some("customer-prod"));
        assert_eq!(
            exec.role_arn.as_deref(),
            Some("arn:aws:iam::111122223333:role/Admin")
        );
    }

    #[test]
    fn an_eksctl_context_chosen_by_flag() {
        let context = describe_context(
            &loaded(UPDATE_KUBECONFIG),
            Some("someone@dev.eu-west-1.eksctl.io"),
            None,
        )
        .unwrap();
        assert!(context.chosen_by_flag);
        assert_eq!(
            context.target.cluster_name,
            Some(("dev".into(), TargetSource::ExecArguments))
        );
        assert_eq!(
            context.target.region,
            Some(("eu-west-1".into(), TargetSource::EksctlName))
        );
        assert_eq!(context.target.account_id, None);
        assert_eq!(context.exec.unwrap().tool, ExecTool::AwsIamAuthenticator);
    }

    #[test]
    fn unknown_or_missing_context_is_an_error() {
        let config = loaded(UPDATE_KUBECONFIG);
        assert_eq!(
            describe_context(&config, Some("nope"), None),
            Err(KubeconfigError::NoSuchContext("nope".into()))
        );
        let empty = loaded("apiVersion: v1\nkind: Config\n");
        assert_eq!(
            describe_context(&empty, None, None),
            Err(KubeconfigError::NoContext)
        );
    }

    #[test]
    fn region_from_server_hosts() {
        assert_eq!(
            region_from_server("https://X.gr7.us-west-2.eks.amazonaws.com").as_deref(),
            Some("us-west-2")
        );
        assert_eq!(
            region_from_server("https://X.yl4.cn-north-1.eks.amazonaws.com.cn:443/").as_deref(),
            Some("cn-north-1")
        );
        assert_eq!(region_from_server("https://127.0.0.1:6443"), None);
        assert_eq!(region_from_server("https://eks.amazonaws.com"), None);
    }
}
