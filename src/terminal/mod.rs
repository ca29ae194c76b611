//! The run loop: owns the terminal, turns terminal events and signals into messages, performs
//! the effects `update` asks for, and puts the terminal back however the program ends.

mod aws_auth_jobs;
mod probes;
mod read_file;
mod save_case;
mod session;
mod write_report;

use std::io;
use std::sync::OnceLock;

use crossterm::clipboard::CopyToClipboard;
use crossterm::cursor::Show;
use crossterm::event::{DisableBracketedPaste, EnableBracketedPaste, Event, EventStream};
use crossterm::execute;
use futures_util::StreamExt as _;
use tokio::signal::unix::{Signal, SignalKind, signal};
use tokio::sync::mpsc;

use crate::i18n::Lang;
use crate::tr;
use crate::wizard::{Cmd, Ending, Model, Msg, update, view};

/// Messages handled before the screen is drawn again: a paste or key repeat arrives as a burst.
const MAX_BATCH: usize = 64;
const CHANNEL_CAPACITY: usize = 256;

/// In debug builds, setting this variable makes a background task panic shortly after start.
#[cfg(debug_assertions)]
pub const PANIC_TEST_VARIABLE: &str = "EKS_IAM_TUI_TEST_PANIC";

static PANIC_LANG: OnceLock<Lang> = OnceLock::new();

/// Restores the terminal when dropped, so every early return leaves it usable.
struct RestoreOnDrop;

impl Drop for RestoreOnDrop {
    fn drop(&mut self) {
        let _ = execute!(io::stdout(), DisableBracketedPaste, Show);
        ratatui::restore();
    }
}

/// A panic anywhere (any thread, any task) restores the terminal, explains itself in the
/// person's language and ends the process: a half-alive UI in a cooked terminal helps nobody.
fn install_panic_report(lang: Lang) {
    let _ = PANIC_LANG.set(lang);
    std::panic::set_hook(Box::new(|info| {
        // ratatui's hook has left raw mode and the alternate screen; the cursor is ours.
        let _ = execute!(io::stdout(), DisableBracketedPaste, Show);
        let lang = PANIC_LANG.get().copied().unwrap_or(Lang::En);
        eprintln!("{}", tr!(lang, "panic-report", details = info.to_string()));
        std::process::exit(101);
    }));
}

/// How the wizard ended, and where its session was kept.
pub struct Ended {
    /// 0, or 130/143/129 for a signal.
    pub code: u8,
    /// The file the session is kept in, when anything was typed, pasted or checked.
    pub kept: Option<std::path::PathBuf>,
    /// The last time keeping the session failed: where, and why.
    pub keep_failed: Option<(std::path::PathBuf, io::Error)>,
}

/// Runs the wizard until it ends.
pub async fn run(model: Model) -> io::Result<Ended> {
    let mut keeper = session::Keeper::new(&model);
    let code = run_loop(model, &mut keeper).await?;
    Ok(Ended {
        code,
        kept: keeper.kept().map(|path| path.to_owned()),
        keep_failed: keeper.failed.take(),
    })
}

async fn run_loop(mut model: Model, keeper: &mut session::Keeper) -> io::Result<u8> {
    install_panic_report(model.lang);
    // ratatui::init wraps the hook above with one that restores the terminal first.
    let mut terminal = ratatui::try_init()?;
    let _restore = RestoreOnDrop;
    execute!(io::stdout(), EnableBracketedPaste)?;
    let size = terminal.size()?;
    update(&mut model, Msg::Resize(size.width, size.height));

    // Everything that happens arrives as a message on one channel.
    let (sender, mut messages) = mpsc::channel::<Msg>(CHANNEL_CAPACITY);
    let input = tokio::spawn(forward_terminal_events(sender.clone()));
    // Registered before anything else can go wrong, so a SIGTERM never finds the default
    // action (which would leave the terminal raw).
    let signals = [
        signal(SignalKind::terminate())?,
        signal(SignalKind::hangup())?,
        signal(SignalKind::interrupt())?,
    ];
    let files = sender.clone();
    let mut probe_runs = probes::ProbeRuns::new(sender.clone());
    let mut aws_auth_jobs = aws_auth_jobs::AwsAuthJobs::new(sender.clone());
    let signals = tokio::spawn(forward_signals(signals, sender));
    #[cfg(debug_assertions)]
    if std::env::var_os(PANIC_TEST_VARIABLE).is_some() {
        // Test builds only: prove that a panic on another thread still restores the terminal.
        tokio::spawn(async {
            tokio::time::sleep(std::time::Duration::from_millis(200)).await;
            panic!("panic requested by {PANIC_TEST_VARIABLE}");
        });
    }
    let result = async {
        loop {
            terminal.draw(|frame| view(&model, frame))?;
            let Some(first) = messages.recv().await else {
                return Ok(model.ending.exit_code());
            };
            let mut batch = vec![first];
            while batch.len() < MAX_BATCH {
                match messages.try_recv() {
                    Ok(msg) => batch.push(msg),
                    Err(_) => break,
                }
            }
            for msg in batch {
                aws_auth_jobs.saw(&msg);
                for cmd in update(&mut model, msg) {
                    match cmd {
                        Cmd::Quit => {
                            // A quit or a signal loses nothing typed just before it.
                            keeper.keep(&model);
                            return Ok(model.ending.exit_code());
                        }
                        Cmd::CopyToClipboard(text) => {
                            copy_with_osc52(&crate::safe_text::visible(&text))?
                        }
                        Cmd::ReadFile(path) => {
                            let files = files.clone();
                            tokio::spawn(async move {
                                let result = read_file::read_file(&path).await;
                                let _ = files.send(Msg::FileRead { path, result }).await;
                            });
                        }
                        Cmd::RunProbes {
                            generation,
                            request,
                        } => probe_runs.start(generation, *request),
                        Cmd::AwsAuth(job) => aws_auth_jobs.start(*job),
                        Cmd::SaveCase { path, case, redact } => {
                            let files = files.clone();
                            tokio::spawn(async move {
                                let result = save_case::save_case(path, *case, redact).await;
                                let _ = files.send(Msg::CaseSaved(result)).await;
                            });
                        }
                        Cmd::WriteReport { path, contents } => {
                            let files = files.clone();
                            tokio::spawn(async move {
                                let result = write_report::write_report(path, contents).await;
                                let _ = files.send(Msg::ReportWritten(result)).await;
                            });
                        }
                    }
                }
            }
            keeper.keep(&model);
            probe_runs.tick_while(model.probes_running());
        }
    }
    .await;
    drop(probe_runs);
    input.abort();
    signals.abort();
    result
}

async fn forward_terminal_events(sender: mpsc::Sender<Msg>) {
    let mut events = EventStream::new();
    while let Some(event) = events.next().await {
        let msg = match event {
            Ok(Event::Key(key)) => Msg::Key(key),
            Ok(Event::Paste(text)) => Msg::Paste(text),
            Ok(Event::Resize(w, h)) => Msg::Resize(w, h),
            Ok(_) => continue,
            // The terminal can no longer be read: nothing more will come.
            Err(_) => Msg::Quit,
        };
        if sender.send(msg).await.is_err() {
            return;
        }
    }
    let _ = sender.send(Msg::Quit).await;
}

async fn forward_signals(signals: [Signal; 3], sender: mpsc::Sender<Msg>) {
    let [mut terminate, mut hangup, mut interrupt] = signals;
    let ending = tokio::select! {
        _ = terminate.recv() => Ending::Terminated,
        _ = hangup.recv() => Ending::HungUp,
        _ = interrupt.recv() => Ending::Interrupted,
    };
    let _ = sender.send(Msg::Signal(ending)).await;
}

/// Asks the terminal (even at the far end of SSH) to set its clipboard: crossterm's OSC 52.
fn copy_with_osc52(text: &str) -> io::Result<()> {
    let mut out = io::stdout();
    execute!(out, CopyToClipboard::to_clipboard_from(text))
}
