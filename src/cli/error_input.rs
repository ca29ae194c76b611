//! Reading a pasted error message for `explain` and `diagnose --error`: from the argument, a
//! file, or standard input (`-`, or nothing for `explain`), bounded to what triage reads and
//! decoded by [`crate::read_input`].

use std::path::Path;

use crate::i18n::Lang;
use crate::read_input::{self, Decoded, ReadError};
use crate::tr;
use crate::triage::{self, MAX_INPUT_BYTES, Triage, TriageError};

/// Why the input could not be read; each is a usage error.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// `len` bytes were given (a file's real size), more than the limit.
    #[error("{0} bytes, more than the limit")]
    TooLong(usize),
    #[error("could not read {path}: {error}")]
    File { path: String, error: ReadError },
    #[error("could not read standard input: {0}")]
    Stdin(ReadError),
    #[error("no error message was given")]
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
            InputError::File {
                error:
                    ReadError::TooLarge {
                        size: Some(size), ..
                    },
                ..
            } => InputError::TooLong(usize::try_from(*size).unwrap_or(usize::MAX)).message(lang),
            InputError::File { path, error } => tr!(
                lang,
                "explain-error-read-file",
                path = path.clone(),
                details = error.words(lang)
            ),
            InputError::Stdin(ReadError::NoInput) | InputError::None => {
                tr!(lang, "explain-error-no-input")
            }
            InputError::Stdin(error) => {
                tr!(lang, "explain-error-stdin", details = error.words(lang))
            }
        }
    }
}

/// The message from `--error TEXT` (`-` is standard input), `--error-file PATH`, or, when
/// neither is given and `stdin_by_default`, standard input.
pub fn read_error_text(
    text: Option<&str>,
    file: Option<&Path>,
    stdin_by_default: bool,
) -> Result<Decoded, InputError> {
    let stdin = || read_input::read_stdin(MAX_INPUT_BYTES).map_err(InputError::Stdin);
    match (text, file) {
        (Some("-"), _) => stdin(),
        (Some(text), _) => Ok(read_input::decode(text.as_bytes())),
        (None, Some(path)) => {
            read_input::read_file(path, MAX_INPUT_BYTES).map_err(|error| InputError::File {
                path: path.display().to_string(),
                error,
            })
        }
        (None, None) if stdin_by_default => stdin(),
        (None, None) => Err(InputError::None),
    }
}

/// Triage's reading of decoded input; the limit counts the bytes given.
pub fn triage_decoded(decoded: &Decoded) -> Result<Triage, InputError> {
    triage::read_given(&decoded.text, decoded.given_bytes)
        .map_err(|TriageError::TooLong { len, .. }| InputError::TooLong(len))
}
