//! A kubeconfig for the emulator's `prod` cluster, as `aws eks update-kubeconfig` writes it:
//! the cluster ARN names the cluster, context and user; the exec block is the caller's.

use super::emulator::Emulator;

/// `exec` is the YAML under `user.exec:` after `apiVersion` (command, args, env...), each line
/// indented by six spaces.
pub fn emulator_kubeconfig(emu: &Emulator, exec: &str) -> String {
    let api = &emu.kubernetes["prod"];
    let arn = "arn:aws:eks:us-west-2:123456789012:cluster/prod";
    format!(
        "apiVersion: v1
kind: Config
clusters:
- name: {arn}
  cluster:
    server: {server}
    certificate-authority-data: {ca}
contexts:
- name: {arn}
  context:
    cluster: {arn}
    user: {arn}
current-context: {arn}
users:
- name: {arn}
  user:
    exec:
      apiVersion: client.authentication.k8s.io/v1beta1
{exec}",
        server = api["endpoint"].as_str().expect("endpoint"),
        ca = api["ca_data"].as_str().expect("ca"),
    )
}
