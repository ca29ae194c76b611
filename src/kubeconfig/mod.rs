//! The kubeconfig kubectl reads, read the same way, so the checks can ask as the identity kubectl
//! presents: which files (`--kubeconfig`, else every file in `KUBECONFIG` merged by kubectl's
//! rules, else `~/.kube/config`), which context (`--context`, else `current-context`), and what
//! that context's exec plugin will sign as (its command, arguments and environment).
//!
//! Parsing and merging are kube's (`kube::config::Kubeconfig`, which follows client-go's merge
//! rules); what is ours is reading each file through the one bounded reader and reading an EKS
//! context's exec block as `aws eks get-token`, `aws-iam-authenticator token` and our own
//! `token` command understand their arguments.

mod compare;
mod eks_context;
mod exec_plugin;
mod load;

#[cfg(test)]
pub(crate) mod fixtures;

pub use compare::{
    ChecksIdentity, DescribedCluster, KubeconfigDifference, KubectlSigner, kubeconfig_differences,
    kubectl_signer,
};
pub use eks_context::{EksContext, EksTarget, TargetSource, describe_context};
pub use exec_plugin::{ExecApiVersion, ExecPlugin, ExecTool, read_exec_plugin};
pub use load::{
    KubeconfigError, KubeconfigFiles, LoadedKubeconfig, MAX_KUBECONFIG_BYTES, kubeconfig_files,
    load_kubeconfig,
};
