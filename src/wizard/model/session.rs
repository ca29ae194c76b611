//! Keeping the session: where it is kept, what the wizard started with (not typed, so not
//! worth keeping by itself), and the kept sessions the home screen offers.

use std::path::PathBuf;

use tui_input::Input;

use crate::case::session::Kept;
use crate::guide::Context;

/// `s`: where to save the case file, being typed, and whether it is redacted.
#[derive(Debug, Clone, Default)]
pub struct SavePrompt {
    pub path: Input,
    pub redact: bool,
}

#[derive(Debug, Clone, Default)]
pub struct SessionState {
    /// The file this session is kept in; `None` when there is no state directory.
    pub file: Option<PathBuf>,
    /// The values the wizard started with (command line, environment, kubectl's context).
    pub start: Context,
    /// Kept sessions, newest first, offered on the home screen.
    pub recent: Vec<Kept>,
    /// The home screen's list of recent cases is open.
    pub recent_open: bool,
    pub recent_cursor: usize,
    /// The save-as prompt, while it is open.
    pub save: Option<SavePrompt>,
    /// Keeping is switched off (`--no-keep`, `EKS_IAM_TUI_NO_KEEP`): nothing is written, and
    /// quitting with something to lose asks first.
    pub keeping_off: bool,
    /// The question whether to quit without keeping, while it is asked.
    pub quit_asked: bool,
}
