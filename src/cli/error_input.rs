//! Reading a pasted error message for `explain` and `diagnose --error`: from the argument, a
//! file, or standard input (`-`, or nothing for `explain`), bounded to what triage reads.

use std::io::{IsTerminal, Read};
use std::path::Path;

use crate::i18n::Lang;
use crate::tr;
use crate::triage::MAX_INPUT_BYTES;

/// Why the input could not be read; each is a usage error.
#[derive(Debug)]
pub enum InputError {
    TooLong(usize),
    File { path: String, details: String },
    Stdin(String),
    None,
}

impl InputError {
    pub fn message(&self, lang: Lang) -> String {
        match self {
            InputError::TooLong(len) => tr!(
                lang,
                "explain-error-too-long",
                len = *len,
                max = MAX_INPUT_BYTES
            ),
            InputError::File { path, details } => tr!(
                lang,
                "explain-error-read-file",
                path = path.clone(),
                details = details.clone()
            ),
            InputError::Stdin(details) => {
                tr!(lang, "explain-error-stdin", details = details.clone())
            }
            InputError::None => tr!(lang, "explain-error-no-input"),
        }
    }
}

/// Reads at most one byte more than the limit, so an endless stream is refused, not drained.
fn read_bounded(reader: impl Read) -> std::io::Result<Vec<u8>> {
    let mut bytes = Vec::new();
    reader
        .take(MAX_INPUT_BYTES as u64 + 1)
        .read_to_end(&mut bytes)?;
    Ok(bytes)
}

fn read_stdin() -> Result<Vec<u8>, InputError> {
    let stdin = std::io::stdin();
    // Nobody is going to type a message at a prompt that does not say it is waiting.
    if stdin.is_terminal() {
        return Err(InputError::None);
    }
    read_bounded(stdin.lock()).map_err(|e| InputError::Stdin(e.to_string()))
}

/// The message from `--error TEXT` (`-` is standard input), `--error-file PATH`, or, when
/// neither is given and `stdin_by_default`, standard input.
pub fn read_error_text(
    text: Option<&str>,
    file: Option<&Path>,
    stdin_by_default: bool,
) -> Result<String, InputError> {
    let bytes = match (text, file) {
        (Some("-"), _) => read_stdin()?,
        (Some(text), _) => text.as_bytes().to_vec(),
        (None, Some(path)) => {
            let error = |e: std::io::Error| InputError::File {
                path: path.display().to_string(),
                details: e.to_string(),
            };
            let file = std::fs::File::open(path).map_err(error)?;
            read_bounded(file).map_err(error)?
        }
        (None, None) if stdin_by_default => read_stdin()?,
        (None, None) => return Err(InputError::None),
    };
    if bytes.len() > MAX_INPUT_BYTES {
        return Err(InputError::TooLong(bytes.len()));
    }
    // Logs copied from Windows tools are not always UTF-8; read what can be read.
    Ok(String::from_utf8_lossy(&bytes).into_owned())
}
