//! An aws-auth ConfigMap document from its `data` sections, as `kubectl get -o yaml` shows it:
//! shared by the aws-auth tests and the ported authenticator tables.

/// `data` as `(key, block)` pairs, each block written as a `|` string.
pub fn config_map_yaml(data: &[(&str, &str)]) -> String {
    let mut out = String::from(
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n",
    );
    for (key, block) in data {
        out.push_str(&format!("  {key}: |\n"));
        for line in block.lines() {
            out.push_str(&format!("    {line}\n"));
        }
    }
    out
}
