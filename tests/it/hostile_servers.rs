//! Servers that misbehave on purpose, on loopback: an answer whose body never ends, one that
//! sends its headers and then a byte a second, a bare 429, and an instance-metadata endpoint
//! that accepts and never answers or trickles. Each check ends as *could not check* within its
//! time limit, and the tool's peak memory (`VmHWM` of the child, read from `/proc`) stays under
//! 100 MB whatever the server sends. Times are printed for the report, asserted only loosely.

use crate::support::emulator;
use crate::support::pty as pty_support;

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use eks_iam_tui::i18n::Lang;
use eks_iam_tui::tr;
use emulator::{ClientEnv, Emulator, probe};
use pty_support::{Session, flat};
use serde_json::Value;

/// Peak memory allowed to the tool, whatever a server sends.
const MEMORY_LIMIT_KB: u64 = 100 * 1024;

struct Measured {
    code: i32,
    stdout: String,
    stderr: String,
    elapsed: Duration,
    peak_kb: u64,
}

/// The `VmHWM` (peak resident set) of a running process, in kB.
fn peak_kb(pid: u32) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status")).ok()?;
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
}

/// Runs the real binary in `env`, reading its peak memory while it runs; gives up (and kills
/// it) after 60 s so no test can hang.
fn run_measured(env: &ClientEnv, args: &[&str]) -> Measured {
    let started = Instant::now();
    let mut child = Command::new(env!("CARGO_BIN_EXE_eks-iam-tui"))
        .args(args)
        .env_clear()
        .envs(env.vars())
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run eks-iam-tui");
    let pid = child.id();
    let mut stdout = child.stdout.take().expect("stdout");
    let mut stderr = child.stderr.take().expect("stderr");
    let out = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stdout.read_to_string(&mut text);
        text
    });
    let err = std::thread::spawn(move || {
        let mut text = String::new();
        let _ = stderr.read_to_string(&mut text);
        text
    });
    let mut peak = 0;
    let status = loop {
        // VmHWM only grows: the last reading before the exit is the peak, give or take 5 ms.
        if let Some(kb) = peak_kb(pid) {
            peak = peak.max(kb);
        }
        if let Some(status) = child.try_wait().expect("try_wait") {
            break status;
        }
        if started.elapsed() > Duration::from_secs(60) {
            let _ = child.kill();
            panic!("{args:?} did not end within 60 s");
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    let measured = Measured {
        code: status.code().unwrap_or(-1),
        stdout: out.join().unwrap_or_default(),
        stderr: err.join().unwrap_or_default(),
        elapsed: started.elapsed(),
        peak_kb: peak,
    };
    for secret in &env.secrets {
        assert!(
            !measured.stdout.contains(secret) && !measured.stderr.contains(secret),
            "a secret appeared in the output"
        );
    }
    measured
}

fn json(run: &Measured) -> Value {
    serde_json::from_str(&run.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", run.stdout, run.stderr))
}

fn report(what: &str, run: &Measured) {
    eprintln!(
        "measured: {what}: {:.2} s, peak RSS {:.1} MB, exit {}",
        run.elapsed.as_secs_f64(),
        run.peak_kb as f64 / 1024.0,
        run.code
    );
}

fn diagnose_measured(env: &ClientEnv, symptom: &str, extra: &[&str]) -> (Measured, Value) {
    let mut args = vec!["diagnose", "--symptom", symptom, "--format", "json"];
    args.extend_from_slice(extra);
    let run = run_measured(env, &args);
    let json = json(&run);
    (run, json)
}

#[test]
fn an_endless_body_is_too_large_to_read_and_memory_stays_bounded() {
    let emu = Emulator::start("faults/endless");
    let (run, json) = diagnose_measured(
        &emu.client_env(),
        "aws-auth-path",
        &["--cluster", "demo", "--call-timeout-ms", "5000"],
    );
    report("diagnose, endless body", &run);
    assert_eq!(run.code, 3, "{}", run.stderr);
    for id in ["identity", "cluster"] {
        assert_eq!(probe(&json, id)["outcome"], "unknown", "{json:#}");
        assert_eq!(probe(&json, id)["error"], "response-too-large", "{json:#}");
    }
    assert!(run.peak_kb > 0, "no memory reading");
    assert!(run.peak_kb < MEMORY_LIMIT_KB, "peak {} kB", run.peak_kb);
    assert!(run.elapsed < Duration::from_secs(20), "{:?}", run.elapsed);
}

#[test]
fn the_too_large_answer_is_worded_in_both_languages() {
    let emu = Emulator::start("faults/endless");
    let env = emu.client_env();
    for lang in ["en", "ja"] {
        let run = run_measured(
            &env,
            &[
                "diagnose",
                "--symptom",
                "aws-auth-path",
                "--cluster",
                "demo",
                "--lang",
                lang,
            ],
        );
        let lang = if lang == "ja" { Lang::Ja } else { Lang::En };
        let words = tr!(lang, "aws-error-response-too-large", limit = "4");
        assert!(
            flat(&run.stdout).contains(&flat(&words)),
            "{}\n{}",
            run.stdout,
            run.stderr
        );
        assert!(
            flat(&run.stdout).contains(&flat(&tr!(lang, "aws-advice-response-too-large"))),
            "{}",
            run.stdout
        );
    }
}

#[test]
fn headers_then_a_byte_a_second_end_in_the_time_limit() {
    let emu = Emulator::start("faults/trickle");
    let (run, json) = diagnose_measured(
        &emu.client_env(),
        "aws-auth-path",
        &["--cluster", "demo", "--call-timeout-ms", "2000"],
    );
    report("diagnose, trickled body (call limit 2 s)", &run);
    assert_eq!(run.code, 3, "{}", run.stderr);
    for id in ["identity", "cluster"] {
        assert_eq!(probe(&json, id)["outcome"], "unknown", "{json:#}");
        assert_eq!(probe(&json, id)["error"], "timeout", "{json:#}");
    }
    assert!(run.peak_kb < MEMORY_LIMIT_KB, "peak {} kB", run.peak_kb);
    assert!(run.elapsed < Duration::from_secs(20), "{:?}", run.elapsed);
}

#[test]
fn a_bare_429_is_could_not_check() {
    let emu = Emulator::start("faults/bare-429");
    let (run, json) = diagnose_measured(
        &emu.client_env(),
        "aws-auth-path",
        &["--cluster", "demo", "--call-timeout-ms", "3000"],
    );
    report("diagnose, bare 429", &run);
    assert_eq!(run.code, 3, "{}", run.stderr);
    for id in ["identity", "cluster"] {
        assert_eq!(probe(&json, id)["outcome"], "unknown", "{json:#}");
        let error = probe(&json, id)["error"].as_str().unwrap_or_default();
        // Said as throttling once the 429 has its own words; never as a finding.
        assert!(matches!(error, "throttled" | "unparseable"), "{json:#}");
    }
    assert!(run.peak_kb < MEMORY_LIMIT_KB, "peak {} kB", run.peak_kb);
}

#[test]
fn an_endless_config_map_from_the_cluster_is_too_large_to_read() {
    let emu = Emulator::start("kube/aws-auth-endless");
    let (run, json) = diagnose_measured(
        &emu.client_env(),
        "console-nodes",
        &["--cluster", "prod", "--call-timeout-ms", "5000"],
    );
    report("diagnose, endless ConfigMap from Kubernetes", &run);
    // The other Kubernetes checks still answer.
    assert_eq!(
        probe(&json, "k8s-identity")["evidence"]["username"],
        "dev-user",
        "{json:#}"
    );
    let live = probe(&json, "aws-auth-live");
    assert_eq!(live["outcome"], "unknown", "{json:#}");
    assert_eq!(live["error"], "response-too-large", "{json:#}");
    assert!(run.peak_kb < MEMORY_LIMIT_KB, "peak {} kB", run.peak_kb);
}

#[test]
fn the_wizard_ends_an_endless_body_as_could_not_check_and_restores_the_terminal() {
    let emu = Emulator::start("faults/endless");
    let env = emu.client_env();
    let vars = env.aws_vars();
    let mut session = Session::start_with_env(
        "en_US.UTF-8",
        &["--cluster", "demo", "--call-timeout-ms", "5000"],
        &vars,
    );
    let pid = session.pid();
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3");
    session.wait_for(&format!("F5 {}", tr!(Lang::En, "key-line-run-checks")));
    session.send(b"\x1b[15~");
    let started = Instant::now();
    let peak = std::cell::Cell::new(0);
    let done = session.wait_until("every check ended", |screen| {
        if let Some(kb) = peak_kb(pid) {
            peak.set(peak.get().max(kb));
        }
        flat(screen).contains(&flat(&format!("r {}", tr!(Lang::En, "key-line-run-again"))))
            && !flat(screen).contains(&flat(&tr!(Lang::En, "probe-screen-running")))
    });
    let peak = peak.get().max(peak_kb(pid).unwrap_or(0));
    eprintln!(
        "measured: wizard, endless body: checks ended in {:.2} s, peak RSS {:.1} MB",
        started.elapsed().as_secs_f64(),
        peak as f64 / 1024.0
    );
    let unknown = flat(&format!("[{}]", tr!(Lang::En, "diagnose-outcome-unknown")));
    assert!(flat(&done).matches(&unknown).count() >= 2, "{done}");
    // The list shows the summary's start; the evidence view has all of it.
    let words = tr!(Lang::En, "aws-error-response-too-large", limit = "4");
    let start: String = words.chars().take(40).collect();
    assert!(flat(&done).contains(&flat(&start)), "{done}");
    assert!(peak > 0 && peak < MEMORY_LIMIT_KB, "peak {peak} kB");
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}

/// A loopback instance-metadata endpoint. `trickle`: every connection gets an HTTP answer one
/// byte a second; otherwise connections are taken by the kernel and never answered. Stops
/// when dropped, and by itself after 60 s.
struct Metadata {
    url: String,
    stop: Arc<AtomicBool>,
    _listener: Option<TcpListener>,
}

impl Metadata {
    fn hanging() -> Metadata {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!(
            "http://127.0.0.1:{}",
            listener.local_addr().expect("addr").port()
        );
        Metadata {
            url,
            stop: Arc::new(AtomicBool::new(false)),
            _listener: Some(listener),
        }
    }

    fn trickling() -> Metadata {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let url = format!(
            "http://127.0.0.1:{}",
            listener.local_addr().expect("addr").port()
        );
        listener.set_nonblocking(true).expect("nonblocking");
        let stop = Arc::new(AtomicBool::new(false));
        let stopping = stop.clone();
        std::thread::spawn(move || {
            let started = Instant::now();
            while !stopping.load(Ordering::Relaxed) && started.elapsed() < Duration::from_secs(60) {
                match listener.accept() {
                    Ok((stream, _)) => {
                        let stopping = stopping.clone();
                        std::thread::spawn(move || trickle(stream, &stopping));
                    }
                    Err(_) => std::thread::sleep(Duration::from_millis(10)),
                }
            }
        });
        Metadata {
            url,
            stop,
            _listener: None,
        }
    }
}

fn trickle(mut stream: TcpStream, stop: &AtomicBool) {
    // The request first, as a server reads it: a byte sent before the client has written its
    // request is an unexpected message to hyper, a failure of another kind than the slow
    // answer this server stands for (it made the budget test fail under load).
    let _ = stream.set_read_timeout(Some(Duration::from_millis(500)));
    let mut request = [0u8; 4096];
    let _ = stream.read(&mut request);
    let answer =
        b"HTTP/1.1 200 OK\r\nContent-Length: 40\r\n\r\nAQAEAHelloTokenTokenTokenTokenTokenToken";
    for byte in answer.iter().take(60) {
        if stop.load(Ordering::Relaxed) || stream.write_all(&[*byte]).is_err() {
            return;
        }
        std::thread::sleep(Duration::from_secs(1));
    }
}

impl Drop for Metadata {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

/// An environment with no credentials and no Region but the metadata endpoint's, which is
/// switched on for this test only.
fn metadata_env(metadata: &Metadata, region: bool) -> ClientEnv {
    let mut env = ClientEnv::isolated();
    env.remove("AWS_EC2_METADATA_DISABLED");
    env.set("AWS_EC2_METADATA_SERVICE_ENDPOINT", &metadata.url);
    // Nothing else is reachable: a call that got this far would be refused at once.
    env.set("AWS_ENDPOINT_URL", "http://127.0.0.1:9");
    if region {
        env.set("AWS_REGION", "us-west-2");
    }
    env
}

fn metadata_case(metadata: &Metadata, what: &str) {
    for region in [true, false] {
        let env = metadata_env(metadata, region);
        let token = run_measured(&env, &["token", "--cluster", "demo"]);
        let label = if region { "Region set" } else { "no Region" };
        report(&format!("token, metadata {what}, {label}"), &token);
        assert_eq!(token.code, 1, "{}", token.stderr);
        assert!(token.stdout.is_empty(), "{}", token.stdout);
        assert!(
            token.elapsed < Duration::from_secs(5),
            "{:?}",
            token.elapsed
        );
        let (run, json) = diagnose_measured(&env, "aws-auth-path", &["--cluster", "demo"]);
        report(&format!("diagnose, metadata {what}, {label}"), &run);
        assert_eq!(run.code, 3, "{}", run.stderr);
        let expected = if region {
            "no-credentials"
        } else {
            "no-region"
        };
        assert_eq!(probe(&json, "identity")["error"], expected, "{json:#}");
        assert!(run.elapsed < Duration::from_secs(5), "{:?}", run.elapsed);
    }
}

#[test]
fn a_metadata_endpoint_that_never_answers_costs_about_a_second() {
    let metadata = Metadata::hanging();
    metadata_case(&metadata, "hangs");
}

#[test]
fn a_metadata_endpoint_that_trickles_costs_about_a_second() {
    let metadata = Metadata::trickling();
    metadata_case(&metadata, "trickles");
}

#[test]
fn the_wizard_checks_end_soon_when_metadata_hangs() {
    let metadata = Metadata::hanging();
    let env = metadata_env(&metadata, true);
    let vars = env.aws_vars();
    let mut session = Session::start_with_env("en_US.UTF-8", &["--cluster", "demo"], &vars);
    session.wait_for(&tr!(Lang::En, "home-title"));
    session.send(b"3");
    session.wait_for(&format!("F5 {}", tr!(Lang::En, "key-line-run-checks")));
    session.send(b"\x1b[15~");
    let started = Instant::now();
    let done = session.wait_until("every check ended", |screen| {
        flat(screen).contains(&flat(&format!("r {}", tr!(Lang::En, "key-line-run-again"))))
            && !flat(screen).contains(&flat(&tr!(Lang::En, "probe-screen-running")))
    });
    eprintln!(
        "measured: wizard, metadata hangs: checks ended in {:.2} s",
        started.elapsed().as_secs_f64()
    );
    assert!(
        flat(&done).contains(&flat(&tr!(Lang::En, "aws-error-no-credentials"))),
        "{done}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    session.send(b"q");
    assert_eq!(session.wait_exit(), 0);
    session.assert_restored();
}

/// A profile that assumes a role with `credential_source = Ec2InstanceMetadata` takes its
/// source credentials from instance metadata within the same budget as the chain's own lookup:
/// a trickling endpoint (a byte a second) ends `token` in about a second, not ten or more.
#[test]
fn a_profile_sourcing_credentials_from_instance_metadata_keeps_the_budget() {
    let metadata = Metadata::trickling();
    let mut env = metadata_env(&metadata, true);
    let dir = tempfile::tempdir().expect("temp dir");
    let config = dir.path().join("config");
    std::fs::write(
        &config,
        "[profile from-metadata]\nrole_arn = arn:aws:iam::111122223333:role/eks-admin\ncredential_source = Ec2InstanceMetadata\n",
    )
    .expect("write");
    env.set("AWS_CONFIG_FILE", &config.display().to_string());
    env.set("AWS_PROFILE", "from-metadata");
    // aws-config logs why the profile's source failed: the lookup is ours (its 300 ms read
    // limit), not aws-config's own metadata client (1 s per read, outside the budget).
    env.set("RUST_LOG", "aws_config::profile=warn");
    let token = run_measured(&env, &["token", "--cluster", "demo"]);
    report(
        "token, credential_source = Ec2InstanceMetadata, metadata trickles",
        &token,
    );
    assert_eq!(token.code, 1, "{}", token.stderr);
    assert!(token.stdout.is_empty(), "{}", token.stdout);
    let base = token
        .stderr
        .lines()
        .find(|l| l.contains("failed to load base credentials"))
        .unwrap_or_else(|| panic!("the profile's source was tried: {}", token.stderr));
    assert!(
        base.contains("300ms") || base.contains("did not answer within"),
        "{base}"
    );
    assert!(
        token.elapsed < Duration::from_secs(5),
        "{:?}",
        token.elapsed
    );
}
