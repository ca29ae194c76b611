//! The local AWS emulator for integration tests: moto's server behind the scenario-driven
//! front in `tests/support/emulator.py`, one per test, on loopback ports chosen at start.
//! Nothing here reaches the real AWS or reads the developer's ~/.aws.
#![allow(dead_code)]

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};

use serde_json::Value;

pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// moto's server from the venv `scripts/test` prepares (or `MOTO_SERVER`).
pub fn moto_server() -> PathBuf {
    let path = std::env::var_os("MOTO_SERVER")
        .map(PathBuf::from)
        .unwrap_or_else(|| repo().join(".venv/bin/moto_server"));
    assert!(
        path.exists(),
        "moto_server not found at {}: run scripts/test (it installs moto[server] into .venv)",
        path.display()
    );
    path
}

/// The venv's Python (awscli and moto live there).
pub fn venv_python() -> PathBuf {
    python()
}

fn python() -> PathBuf {
    let server = moto_server();
    let dir = server.parent().map(Path::to_path_buf).unwrap_or_default();
    dir.join("python")
}

pub struct Emulator {
    child: Child,
    pub endpoint: String,
    pub global_sts_endpoint: String,
    pub region: String,
    pub caller_arn: String,
    pub access_key_id: String,
    pub secret_access_key: String,
    pub session_token: Option<String>,
    pub env: Vec<(String, String)>,
    /// Cluster name -> `{"endpoint", "ca_data"}` of the loopback Kubernetes API front.
    pub kubernetes: Value,
    /// The scenario's other IAM users: name -> `{"arn", "access_key_id", "secret_access_key"}`.
    pub users: Value,
}

impl Emulator {
    /// Starts moto and the front with `tests/scenarios/<name>.toml`.
    pub fn start(name: &str) -> Emulator {
        let scenario = repo().join("tests/scenarios").join(format!("{name}.toml"));
        let mut child = Command::new(python())
            .arg(repo().join("tests/support/emulator.py"))
            .arg("--scenario")
            .arg(&scenario)
            .arg("--moto-server")
            .arg(moto_server())
            .arg("--watch-stdin")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("start the emulator");
        let stdout = child.stdout.take().expect("emulator stdout");
        let mut line = String::new();
        BufReader::new(stdout)
            .read_line(&mut line)
            .expect("read the emulator's ready line");
        let info: Value =
            serde_json::from_str(&line).unwrap_or_else(|e| panic!("emulator said {line:?}: {e}"));
        assert!(info.get("error").is_none(), "emulator failed: {info}");
        let text = |v: &Value| v.as_str().unwrap_or_default().to_owned();
        Emulator {
            endpoint: text(&info["endpoint"]),
            global_sts_endpoint: text(&info["global_sts_endpoint"]),
            region: text(&info["region"]),
            caller_arn: text(&info["caller_arn"]),
            access_key_id: text(&info["credentials"]["access_key_id"]),
            secret_access_key: text(&info["credentials"]["secret_access_key"]),
            session_token: info["credentials"]["session_token"]
                .as_str()
                .map(str::to_owned),
            env: info["env"]
                .as_object()
                .map(|m| m.iter().map(|(k, v)| (k.clone(), text(v))).collect())
                .unwrap_or_default(),
            kubernetes: info["kubernetes"].clone(),
            users: info["users"].clone(),
            child,
        }
    }

    /// Every operation the front saw, as `service:Operation`.
    pub fn requests(&self) -> Vec<String> {
        let url = format!("{}/_front/requests", self.endpoint);
        let body = http_get(&url);
        serde_json::from_str(&body).unwrap_or_default()
    }

    /// The environment the tool runs with against this emulator.
    pub fn client_env(&self) -> ClientEnv {
        let mut env = ClientEnv::isolated();
        env.set("AWS_ENDPOINT_URL", &self.endpoint);
        env.set("EKS_IAM_TUI_STS_GLOBAL_ENDPOINT", &self.global_sts_endpoint);
        env.set("AWS_REGION", &self.region);
        env.set("AWS_ACCESS_KEY_ID", &self.access_key_id);
        env.set("AWS_SECRET_ACCESS_KEY", &self.secret_access_key);
        if let Some(token) = &self.session_token {
            env.set("AWS_SESSION_TOKEN", token);
        }
        for (key, value) in &self.env {
            env.set(key, value);
        }
        env.secrets = vec![self.secret_access_key.clone()];
        env.secrets.extend(self.session_token.clone());
        env
    }
}

impl Drop for Emulator {
    fn drop(&mut self) {
        // Closing stdin tells the front to stop moto and exit.
        drop(self.child.stdin.take());
        let _ = self.child.wait();
    }
}

fn http_get(url: &str) -> String {
    use std::io::{Read, Write};
    let rest = url.trim_start_matches("http://");
    let (host, path) = rest.split_once('/').unwrap_or((rest, ""));
    let mut stream = std::net::TcpStream::connect(host).expect("connect to the front");
    write!(
        stream,
        "GET /{path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut response = String::new();
    stream.read_to_string(&mut response).unwrap();
    response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default()
}

/// A clean environment: no inherited AWS settings, config files that exist but are empty,
/// instance metadata off.
pub struct ClientEnv {
    vars: Vec<(String, String)>,
    _home: tempfile::TempDir,
    /// Values that must never appear in any output.
    pub secrets: Vec<String>,
}

impl ClientEnv {
    /// The AWS part of the environment, for a pseudo-terminal session that sets its own home
    /// and locale.
    #[allow(dead_code)]
    pub fn aws_vars(&self) -> Vec<(&str, &str)> {
        self.vars
            .iter()
            .filter(|(k, _)| !matches!(k.as_str(), "PATH" | "HOME" | "LANG"))
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect()
    }

    pub fn isolated() -> ClientEnv {
        let home = tempfile::tempdir().expect("temp home");
        let config = home.path().join("aws-config");
        let credentials = home.path().join("aws-credentials");
        std::fs::write(&config, "").unwrap();
        std::fs::write(&credentials, "").unwrap();
        let mut env = ClientEnv {
            vars: Vec::new(),
            secrets: Vec::new(),
            _home: home,
        };
        env.set("PATH", &std::env::var("PATH").unwrap_or_default());
        env.set("HOME", &env._home.path().display().to_string());
        env.set("AWS_CONFIG_FILE", &config.display().to_string());
        env.set(
            "AWS_SHARED_CREDENTIALS_FILE",
            &credentials.display().to_string(),
        );
        env.set("AWS_EC2_METADATA_DISABLED", "true");
        env.set("LANG", "C.UTF-8");
        env
    }

    pub fn set(&mut self, key: &str, value: &str) {
        self.vars.retain(|(k, _)| k != key);
        self.vars.push((key.to_owned(), value.to_owned()));
    }

    /// The variables, for a `Command` that is not the tool.
    pub fn vars(&self) -> Vec<(String, String)> {
        self.vars.clone()
    }

    pub fn remove(&mut self, key: &str) {
        self.vars.retain(|(k, _)| k != key);
    }
}

pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Run {
    pub fn json(&self) -> Value {
        serde_json::from_str(&self.stdout)
            .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", self.stdout, self.stderr))
    }
}

/// Runs the real binary with `args` in `env`; asserts no secret leaked into any output.
pub fn run_tool(env: &ClientEnv, args: &[&str]) -> Run {
    run_tool_with_stdin(env, args, None)
}

/// [`run_tool`] with `stdin` written to the tool's standard input (closed after).
pub fn run_tool_with_stdin(env: &ClientEnv, args: &[&str], stdin: Option<&str>) -> Run {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_eks-iam-tui"))
        .args(args)
        .env_clear()
        .envs(env.vars.iter().map(|(k, v)| (k, v)))
        .stdin(if stdin.is_some() {
            Stdio::piped()
        } else {
            Stdio::null()
        })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run eks-iam-tui");
    if let (Some(text), Some(mut input)) = (stdin, child.stdin.take()) {
        input.write_all(text.as_bytes()).expect("write stdin");
    }
    let output = child.wait_with_output().expect("wait for eks-iam-tui");
    let run = Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    };
    for secret in &env.secrets {
        assert!(
            !secret.is_empty() && !run.stdout.contains(secret) && !run.stderr.contains(secret),
            "a secret appeared in the output"
        );
    }
    run
}

/// `diagnose --format json` for `symptom` with extra args; returns the run and its JSON.
pub fn diagnose(env: &ClientEnv, symptom: &str, extra: &[&str]) -> (Run, Value) {
    let mut args = vec!["diagnose", "--symptom", symptom, "--format", "json"];
    args.extend_from_slice(extra);
    let run = run_tool(env, &args);
    let json = run.json();
    (run, json)
}

/// The probe entry with `id` from a diagnose JSON.
pub fn probe<'a>(json: &'a Value, id: &str) -> &'a Value {
    json["probes"]
        .as_array()
        .and_then(|p| p.iter().find(|p| p["id"] == id))
        .unwrap_or_else(|| panic!("no probe {id} in {json:#}"))
}

pub fn finding_codes(json: &Value) -> Vec<String> {
    json["findings"]
        .as_array()
        .map(|f| {
            f.iter()
                .filter_map(|f| f["code"].as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default()
}
