//! Where every command's words leave the program: standard output and standard error.
//!
//! Text and Markdown pass through [`crate::safe_text`], so nothing an outside party wrote (a
//! pasted message, a ConfigMap, an AWS or Kubernetes answer) reaches the reader's terminal as
//! a control sequence; JSON is written exactly as serialised (its escaping is already safe).
//! A write that fails becomes an [`OutputError`] that `main` reports, never a panic: a closed
//! pipe (`| head`) ends quietly, any other failure (`> /dev/full`) is said in one line.

use std::io::{self, Write};

use crate::i18n::{Lang, io_error_words};
use crate::safe_text;
use crate::tr;

/// Exit code when standard output was closed before everything was written (`| head`), as a
/// shell reports a command ended by SIGPIPE (128 + 13).
pub const EXIT_CLOSED_PIPE: u8 = 141;
/// Exit code when the output could not be written for another reason (disk full, I/O error);
/// `EX_IOERR` of sysexits.h.
pub const EXIT_OUTPUT_FAILED: u8 = 74;

/// The output could not be written.
#[derive(Debug, thiserror::Error)]
pub enum OutputError {
    /// The reader went away (`head` had enough): nothing to say, nobody to say it to.
    #[error("standard output was closed")]
    ClosedPipe,
    #[error("standard output could not be written: {0}")]
    Write(#[source] io::Error),
}

impl OutputError {
    fn from_io(error: io::Error) -> Self {
        if error.kind() == io::ErrorKind::BrokenPipe {
            OutputError::ClosedPipe
        } else {
            OutputError::Write(error)
        }
    }

    pub fn exit_code(&self) -> u8 {
        match self {
            OutputError::ClosedPipe => EXIT_CLOSED_PIPE,
            OutputError::Write(_) => EXIT_OUTPUT_FAILED,
        }
    }

    /// What went wrong, in the person's language; nothing for a closed pipe.
    pub fn message(&self, lang: Lang) -> Option<String> {
        match self {
            OutputError::ClosedPipe => None,
            OutputError::Write(error) => Some(tr!(
                lang,
                "error-output-write",
                details = io_error_words(error, lang)
            )),
        }
    }

    /// Says what went wrong on standard error (nothing for a closed pipe); returns the exit code.
    pub fn report(&self, lang: Lang) -> u8 {
        if let Some(message) = self.message(lang) {
            say(&message);
        }
        self.exit_code()
    }
}

/// How the output is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Form {
    /// Text or Markdown for a person: hidden characters shown as escapes.
    Shown,
    /// JSON (or an ExecCredential) for a program: written exactly.
    Exact,
}

/// Writes the whole output to standard output and flushes it.
pub fn write_stdout(text: &str, form: Form) -> Result<(), OutputError> {
    let text = match form {
        Form::Shown => safe_text::visible(text),
        Form::Exact => std::borrow::Cow::Borrowed(text),
    };
    let mut out = io::stdout().lock();
    out.write_all(text.as_bytes())
        .and_then(|()| out.flush())
        .map_err(OutputError::from_io)
}

/// One message on standard error, a line of its own, hidden characters shown as escapes. When
/// standard error itself cannot be written there is nowhere left to say so.
pub fn say(message: &str) {
    let mut err = io::stderr().lock();
    let _ = err
        .write_all(safe_text::visible(message).as_bytes())
        .and_then(|()| err.write_all(b"\n"))
        .and_then(|()| err.flush());
}
