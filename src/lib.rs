//! eks-iam-tui: troubleshoots Amazon EKS IAM problems in a terminal wizard, in Japanese or
//! English. The library holds everything; the binary only wires it to a terminal.

pub mod arn;
pub mod aws;
pub mod aws_auth;
pub mod case;
pub mod check_run;
pub mod cli;
pub mod debug;
pub mod guide;
pub mod i18n;
pub mod kube;
pub mod kubeconfig;
pub mod net;
pub mod probes;
pub mod read_input;
pub mod remediation;
pub mod report;
pub mod safe_text;
pub mod severity;
pub mod terminal;
pub mod triage;
pub mod wizard;
