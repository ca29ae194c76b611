//! Large aws-auth ConfigMaps, made on the spot for the benchmark and the pseudo-terminal test:
//! `entries` role mappings, every third with a path in its ARN (an error with a suggested fix),
//! every fifth a duplicate of an earlier one, the rest well formed; and a map of many aliases.
#![allow(dead_code)]

use std::fmt::Write;

const HEADER: &str = "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: aws-auth\n  namespace: kube-system\ndata:\n  mapRoles: |\n";

/// A ConfigMap with `entries` mapRoles entries (about 117 bytes each).
pub fn big_aws_auth(entries: usize) -> String {
    let mut text = String::with_capacity(HEADER.len() + entries * 120);
    text.push_str(HEADER);
    for n in 0..entries {
        let role = if n % 5 == 4 { n - 2 } else { n };
        let path = if role % 3 == 0 { "team/nodes/" } else { "" };
        let _ = writeln!(
            text,
            "    - rolearn: arn:aws:iam::111122223333:role/{path}node-{role:05}\n      username: node-{role:05}\n      groups: [system:nodes]"
        );
    }
    text
}

/// A ConfigMap whose mapRoles holds one anchored entry and `aliases` aliases of it.
pub fn many_aliases(aliases: usize) -> String {
    let mut text = String::with_capacity(HEADER.len() + 200 + aliases * 8);
    text.push_str(HEADER);
    text.push_str("    - &node {rolearn: \"arn:aws:iam::111122223333:role/node\", username: \"system:node:{{EC2PrivateDNSName}}\", groups: [system:nodes]}\n");
    for _ in 0..aliases {
        text.push_str("    - *node\n");
    }
    text
}
