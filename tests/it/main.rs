//! The integration tests, one module per area, linked into one test binary: each binary links
//! the whole crate and its dependencies again, which on a 2-core CI machine cost more than
//! running the tests. `cargo test --test it MODULE::` runs one module.
//!
//! `tests/read_only.rs` stays its own binary: it points the AWS SDK at a dead port through
//! process environment variables, which every other test here would then see.

mod support;

mod aws_auth;
mod aws_ca_bundle;
mod case_file;
mod case_keys;
mod case_open;
mod case_session;
mod cli;
mod diagnose_error;
mod explain;
mod guide_session_arns;
mod help_keys;
mod hostile_input;
mod hostile_servers;
mod i18n;
mod kube_front;
mod kube_probes;
mod kube_proxy;
mod kubectl_kubeconfig;
mod peer_parity;
mod popups;
mod printed_commands;
mod probe_faults;
mod probe_words;
mod probes;
mod profile_rules;
mod pty;
mod pty_aws_auth;
mod pty_big_aws_auth;
mod pty_kube;
mod pty_pickers;
mod pty_probes;
mod pty_report;
mod pty_search;
mod pty_triage;
mod reader_props;
mod render;
mod render_aws_auth;
mod render_probes;
mod render_sizes;
mod status_line;
mod token;
mod triage_corpus;
mod triage_props;
mod triage_wizard;
mod update;
mod update_aws_auth;
mod update_pickers;
mod update_probes;
mod update_report;
