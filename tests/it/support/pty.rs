//! The real binary in a pseudo-terminal, read back through a terminal emulator.

use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use portable_pty::{Child, CommandBuilder, MasterPty, PtySize, native_pty_system};

pub const ROWS: u16 = 30;
pub const COLS: u16 = 100;
const WAIT: Duration = Duration::from_secs(20);

pub struct Session {
    parser: Arc<Mutex<vt100::Parser>>,
    raw: Arc<Mutex<Vec<u8>>>,
    writer: Box<dyn Write + Send>,
    child: Box<dyn Child + Send + Sync>,
    _master: Box<dyn MasterPty + Send>,
    _home: tempfile_dir::TempDir,
}

/// A private, empty HOME so the program never sees the developer's own ~/.aws.
mod tempfile_dir {
    use std::path::PathBuf;

    pub struct TempDir(pub PathBuf);

    impl TempDir {
        pub fn new() -> TempDir {
            let base = std::env::temp_dir().join(format!(
                "eks-iam-tui-pty-{}-{}",
                std::process::id(),
                std::time::SystemTime::now()
                    .duration_since(std::time::UNIX_EPOCH)
                    .map(|d| d.as_nanos())
                    .unwrap_or(0)
            ));
            std::fs::create_dir_all(&base).expect("temp home");
            TempDir(base)
        }
    }

    impl Drop for TempDir {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }
}

impl Session {
    pub fn start(lang_env: &str, args: &[&str]) -> Session {
        Session::start_with_env(lang_env, args, &[])
    }

    pub fn start_with_env(lang_env: &str, args: &[&str], extra_env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system()
            .openpty(PtySize {
                rows: ROWS,
                cols: COLS,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open pty");
        let home = tempfile_dir::TempDir::new();
        let mut command = CommandBuilder::new(env!("CARGO_BIN_EXE_eks-iam-tui"));
        command.args(args);
        command.env_clear();
        command.env("PATH", std::env::var("PATH").unwrap_or_default());
        command.env("HOME", &home.0);
        command.env("TERM", "xterm-256color");
        command.env("LANG", lang_env);
        command.env("NO_COLOR", "1");
        command.env("AWS_CONFIG_FILE", home.0.join("aws-config"));
        command.env(
            "AWS_SHARED_CREDENTIALS_FILE",
            home.0.join("aws-credentials"),
        );
        for (name, value) in extra_env {
            command.env(name, value);
        }
        let child = pty.slave.spawn_command(command).expect("spawn");
        let mut reader = pty.master.try_clone_reader().expect("reader");
        let writer = pty.master.take_writer().expect("writer");
        let parser = Arc::new(Mutex::new(vt100::Parser::new(
            std::num::NonZeroU16::new(ROWS).expect("rows"),
            std::num::NonZeroU16::new(COLS).expect("cols"),
            0,
        )));
        let raw = Arc::new(Mutex::new(Vec::new()));
        let (parser_in, raw_in) = (parser.clone(), raw.clone());
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            while let Ok(n) = reader.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut p) = parser_in.lock() {
                    p.process(&buf[..n]);
                }
                if let Ok(mut r) = raw_in.lock() {
                    r.extend_from_slice(&buf[..n]);
                }
            }
        });
        Session {
            parser,
            raw,
            writer,
            child,
            _master: pty.master,
            _home: home,
        }
    }

    pub fn screen(&self) -> String {
        self.parser.lock().expect("parser").screen().contents()
    }

    /// The runs of text drawn reversed and underlined (a search match without colour), row by
    /// row, in reading order.
    pub fn highlighted(&self) -> Vec<String> {
        let parser = self.parser.lock().expect("parser");
        let screen = parser.screen();
        let mut runs = Vec::new();
        for row in 0..ROWS {
            let mut run = String::new();
            for col in 0..COLS {
                let lit = screen
                    .cell(row, col)
                    .filter(|c| c.inverse() && c.underline());
                match lit {
                    Some(cell) => run.push_str(cell.contents()),
                    None if !run.is_empty() => runs.push(std::mem::take(&mut run)),
                    None => {}
                }
            }
            if !run.is_empty() {
                runs.push(run);
            }
        }
        runs
    }

    pub fn raw_output(&self) -> Vec<u8> {
        self.raw.lock().expect("raw").clone()
    }

    /// Waits until the screen shows `text` (spacing aside: the emulator and the program may
    /// disagree about the cell after a wide character) and has stopped changing.
    pub fn wait_for(&self, text: &str) -> String {
        let wanted = squeeze(text);
        self.wait_until(text, |screen| squeeze(screen).contains(&wanted))
    }

    pub fn wait_until(&self, what: &str, done: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + WAIT;
        let mut last = String::new();
        let mut stable_since = Instant::now();
        loop {
            let screen = self.screen();
            if screen != last {
                last = screen.clone();
                stable_since = Instant::now();
            }
            if done(&screen) && stable_since.elapsed() > Duration::from_millis(60) {
                return screen;
            }
            assert!(
                Instant::now() < deadline,
                "timed out waiting for {what:?}; the screen shows:\n{screen}"
            );
            std::thread::sleep(Duration::from_millis(15));
        }
    }

    pub fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).expect("write to pty");
        self.writer.flush().expect("flush pty");
    }

    pub fn pid(&self) -> u32 {
        self.child.process_id().expect("pid")
    }

    /// Waits for the program to end; returns its exit code.
    pub fn wait_exit(&mut self) -> u32 {
        let deadline = Instant::now() + WAIT;
        loop {
            if let Some(status) = self.child.try_wait().expect("try_wait") {
                // Let the reader thread drain what was written last.
                std::thread::sleep(Duration::from_millis(100));
                return status.exit_code();
            }
            assert!(Instant::now() < deadline, "the program did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The terminal is as the shell left it: main screen, cursor visible, no bracketed paste.
    pub fn assert_restored(&self) {
        let parser = self.parser.lock().expect("parser");
        let screen = parser.screen();
        assert!(!screen.alternate_screen(), "still on the alternate screen");
        assert!(!screen.hide_cursor(), "cursor still hidden");
        assert!(!screen.bracketed_paste(), "bracketed paste still on");
    }
}

pub fn squeeze(text: &str) -> String {
    text.chars().filter(|c| !c.is_whitespace()).collect()
}

/// The screen's text without spaces, borders and the marks of a wrapped line (a shell
/// command's ` \` at the end of a line, `↩` where a long token was cut), so that a wrapped
/// sentence or command reads whole.
pub fn flat(text: &str) -> String {
    let joined: String = text
        .lines()
        .map(|line| {
            let line = line.trim_end().trim_end_matches('│').trim_end();
            let line = line.strip_suffix(" \\").unwrap_or(line);
            format!("{}\n", line.trim_end_matches('↩'))
        })
        .collect();
    squeeze(&joined).replace('│', "")
}

/// Waits until `text` is on screen, read across wrapped lines.
pub fn wait_flat(session: &Session, text: &str) -> String {
    let wanted = flat(text);
    session.wait_until(text, |screen| flat(screen).contains(&wanted))
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}
