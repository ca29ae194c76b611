//! The Kubernetes checks go through the proxy the environment names, as the AWS calls do: a
//! loopback proxy that logs each `CONNECT` sees the cluster's endpoint when `HTTPS_PROXY` is set,
//! and nothing when `NO_PROXY` covers the cluster's host (not the proxy's).

use std::io::{BufRead, BufReader, Read, Write};
use std::net::{Shutdown, TcpListener, TcpStream};
use std::sync::{Arc, Mutex};
use std::thread;
use std::time::Duration;

use crate::support::emulator::{Emulator, diagnose, probe};

/// A CONNECT proxy on loopback that records each target and tunnels the bytes.
struct LoggingProxy {
    port: u16,
    targets: Arc<Mutex<Vec<String>>>,
}

impl LoggingProxy {
    fn start() -> LoggingProxy {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind");
        let port = listener.local_addr().expect("addr").port();
        let targets = Arc::new(Mutex::new(Vec::new()));
        let seen = targets.clone();
        thread::spawn(move || {
            // Bounded: a test run makes a handful of connections.
            for stream in listener.incoming().take(64).flatten() {
                let seen = seen.clone();
                thread::spawn(move || tunnel(stream, &seen));
            }
        });
        LoggingProxy { port, targets }
    }

    fn url(&self) -> String {
        format!("http://127.0.0.1:{}", self.port)
    }

    fn targets(&self) -> Vec<String> {
        self.targets.lock().map(|t| t.clone()).unwrap_or_default()
    }
}

fn tunnel(client: TcpStream, seen: &Mutex<Vec<String>>) {
    let _ = client.set_read_timeout(Some(Duration::from_secs(10)));
    let mut reader = BufReader::new(match client.try_clone() {
        Ok(c) => c,
        Err(_) => return,
    });
    let mut request_line = String::new();
    if reader.read_line(&mut request_line).is_err() {
        return;
    }
    // The rest of the request head, up to the blank line.
    loop {
        let mut line = String::new();
        match reader.read_line(&mut line) {
            Ok(0) | Err(_) => return,
            Ok(_) if line == "\r\n" => break,
            Ok(_) => {}
        }
    }
    let mut words = request_line.split_whitespace();
    let (Some("CONNECT"), Some(target)) = (words.next(), words.next()) else {
        return;
    };
    if let Ok(mut targets) = seen.lock() {
        targets.push(target.to_owned());
    }
    let Ok(upstream) = TcpStream::connect(target) else {
        return;
    };
    let mut client_out = client;
    if client_out
        .write_all(b"HTTP/1.1 200 Connection established\r\n\r\n")
        .is_err()
    {
        return;
    }
    let _ = upstream.set_read_timeout(Some(Duration::from_secs(10)));
    let (Ok(mut upstream_in), Ok(mut upstream_out)) = (upstream.try_clone(), upstream.try_clone())
    else {
        return;
    };
    let forward = thread::spawn(move || {
        let _ = pipe(&mut reader, &mut upstream_out);
        let _ = upstream_out.shutdown(Shutdown::Write);
    });
    let _ = pipe(&mut upstream_in, &mut client_out);
    let _ = client_out.shutdown(Shutdown::Write);
    let _ = forward.join();
}

fn pipe(from: &mut impl Read, to: &mut impl Write) -> std::io::Result<()> {
    let mut buffer = [0u8; 16 * 1024];
    loop {
        let read = from.read(&mut buffer)?;
        if read == 0 {
            return Ok(());
        }
        to.write_all(&buffer[..read])?;
    }
}

fn cluster_port(emu: &Emulator) -> String {
    let endpoint = emu.kubernetes["prod"]["endpoint"]
        .as_str()
        .unwrap_or_default();
    endpoint
        .rsplit(':')
        .next()
        .unwrap_or_default()
        .trim_end_matches('/')
        .to_owned()
}

#[test]
fn the_kubernetes_checks_use_https_proxy_and_honour_no_proxy_for_the_cluster_host() {
    let emu = Emulator::start("kube/admin");
    let port = cluster_port(&emu);
    let proxy = LoggingProxy::start();

    let mut env = emu.client_env();
    env.set("HTTPS_PROXY", &proxy.url());
    let (run, json) = diagnose(&env, "console-nodes", &["--cluster", "prod"]);
    assert_eq!(
        probe(&json, "k8s-identity")["outcome"],
        "ok",
        "{}",
        run.stderr
    );
    let through_proxy = proxy.targets();
    assert!(
        through_proxy
            .iter()
            .any(|t| t.ends_with(&format!(":{port}"))),
        "the proxy saw {through_proxy:?}, not the cluster's port {port}"
    );

    // NO_PROXY names the cluster's host: the checks go straight to it, the proxy sees nothing
    // new, and the answer is the same.
    let before = proxy.targets().len();
    env.set("NO_PROXY", "127.0.0.1");
    let (run, json) = diagnose(&env, "console-nodes", &["--cluster", "prod"]);
    assert_eq!(
        probe(&json, "k8s-identity")["outcome"],
        "ok",
        "{}",
        run.stderr
    );
    assert_eq!(proxy.targets().len(), before, "{:?}", proxy.targets());
}
