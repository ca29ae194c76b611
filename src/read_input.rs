//! Reading text the person gives us: a file they name or standard input, for `explain`,
//! `diagnose --error-file`, `lint-aws-auth`, `--access-entries` and the wizard's aws-auth
//! screen. One home for the three rules every reader keeps:
//!
//! - **bounded**: at most `max` bytes are read (one more shows that there was more), and the
//!   limit counts the bytes given, before any decoding; a file's message names its real size;
//! - **only regular files** (or standard input): opening a FIFO with no writer, a terminal or
//!   a device would wait forever or read without end, so such a path is refused unread;
//! - **decoded as it came**: UTF-8 (stray invalid bytes replaced, the rest kept), UTF-16 with a
//!   byte-order mark (what Windows PowerShell's `>` writes), and Shift_JIS/CP932 (logs saved on
//!   Windows in Japan), recognised without being told.

use std::io::{IsTerminal, Read};
use std::path::Path;

use encoding_rs::{Encoding, SHIFT_JIS, UTF_8, UTF_16BE, UTF_16LE};

use crate::i18n::Lang;
use crate::tr;

/// Why the input could not be read. Worded by [`ReadError::words`] in the person's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReadError {
    #[error("no such file")]
    NotFound,
    #[error("permission denied")]
    PermissionDenied,
    /// A folder, a FIFO, a socket or a device: not opened, since it may never end.
    #[error("not a regular file")]
    NotAFile,
    /// More than `max` bytes; `size` is the file's size when it is known (not for a stream).
    #[error("larger than {max} bytes")]
    TooLarge { size: Option<u64>, max: usize },
    #[error("reading took too long")]
    TimedOut,
    /// Standard input is a terminal nobody is typing into.
    #[error("nothing on standard input")]
    NoInput,
    /// Any other system error, in the system's words.
    #[error("{0}")]
    Other(String),
}

impl ReadError {
    fn from_io(error: &std::io::Error) -> Self {
        match error.kind() {
            std::io::ErrorKind::NotFound => ReadError::NotFound,
            std::io::ErrorKind::PermissionDenied => ReadError::PermissionDenied,
            std::io::ErrorKind::IsADirectory => ReadError::NotAFile,
            _ => ReadError::Other(error.to_string()),
        }
    }

    /// What went wrong, in our words in `lang`, to follow "could not read PATH:".
    pub fn words(&self, lang: Lang) -> String {
        match self {
            ReadError::NotFound => tr!(lang, "io-error-not-found"),
            ReadError::PermissionDenied => tr!(lang, "io-error-permission-denied"),
            ReadError::NotAFile => tr!(lang, "read-error-not-a-file"),
            ReadError::TooLarge {
                size: Some(size),
                max,
            } => tr!(
                lang,
                "read-error-too-large",
                size = size.to_string(),
                max = max.to_string()
            ),
            ReadError::TooLarge { size: None, max } => {
                tr!(lang, "read-error-too-large-stream", max = max.to_string())
            }
            ReadError::TimedOut => tr!(lang, "io-error-timed-out"),
            ReadError::NoInput => tr!(lang, "read-error-no-input"),
            ReadError::Other(details) => tr!(lang, "io-error-other", details = details.clone()),
        }
    }
}

/// The encoding the bytes were read in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextEncoding {
    Utf8,
    /// UTF-8 with bytes that are not UTF-8, each replaced by U+FFFD.
    Utf8Replaced,
    Utf16Le,
    Utf16Be,
    ShiftJis,
}

/// Text decoded from what was given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub encoding: TextEncoding,
    /// How many bytes were given: what the limit counts.
    pub given_bytes: usize,
}

/// Whether a Shift_JIS reading looks like Japanese: it holds kana or Japanese punctuation.
/// Latin-1 text often decodes as Shift_JIS without an error (é followed by a letter is a
/// kanji), but never into kana, whose lead bytes (0x81–0x83) are not letters in Latin-1.
fn looks_japanese(text: &str) -> bool {
    text.chars()
        .any(|c| matches!(c, '\u{3000}'..='\u{30ff}' | '\u{ff01}'..='\u{ff5e}'))
}

/// UTF-16 without a byte-order mark: ASCII in UTF-16 has a zero in every other byte.
fn utf16_without_bom(bytes: &[u8]) -> Option<&'static Encoding> {
    if bytes.len() < 4 || !bytes.len().is_multiple_of(2) {
        return None;
    }
    let pairs = bytes.len() / 2;
    let zero_odd = bytes.iter().skip(1).step_by(2).filter(|b| **b == 0).count();
    let zero_even = bytes.iter().step_by(2).filter(|b| **b == 0).count();
    // Nearly every second byte zero, the others nearly never: text, not binary.
    if zero_odd * 10 >= pairs * 9 && zero_even * 10 <= pairs {
        Some(UTF_16LE)
    } else if zero_even * 10 >= pairs * 9 && zero_odd * 10 <= pairs {
        Some(UTF_16BE)
    } else {
        None
    }
}

/// Decodes bytes in whichever of the encodings above they came in.
pub fn decode(bytes: &[u8]) -> Decoded {
    let given_bytes = bytes.len();
    let done = |text: String, encoding| Decoded {
        text,
        encoding,
        given_bytes,
    };
    if let Some((encoding, bom)) = Encoding::for_bom(bytes) {
        let (text, had_errors) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let kind = if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else if encoding == UTF_16BE {
            TextEncoding::Utf16Be
        } else if had_errors {
            TextEncoding::Utf8Replaced
        } else {
            TextEncoding::Utf8
        };
        return done(text.into_owned(), kind);
    }
    // Before UTF-8: ASCII in UTF-16 is valid UTF-8, full of NUL bytes.
    if let Some(encoding) = utf16_without_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(bytes);
        let kind = if encoding == UTF_16LE {
            TextEncoding::Utf16Le
        } else {
            TextEncoding::Utf16Be
        };
        return done(text.into_owned(), kind);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return done(text.to_owned(), TextEncoding::Utf8);
    }
    // encoding_rs's Shift_JIS is the WHATWG one: Windows' CP932, NEC and IBM extensions too.
    if let Some(text) = SHIFT_JIS.decode_without_bom_handling_and_without_replacement(bytes)
        && looks_japanese(&text)
    {
        return done(text.into_owned(), TextEncoding::ShiftJis);
    }
    let (text, _) = UTF_8.decode_without_bom_handling(bytes);
    done(text.into_owned(), TextEncoding::Utf8Replaced)
}

/// Reads at most `max + 1` bytes: one more than the limit shows that there was more, without
/// draining an endless stream.
pub fn read_bounded(reader: impl Read, max: usize) -> Result<Vec<u8>, ReadError> {
    let mut bytes = Vec::new();
    reader
        .take(max as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| ReadError::from_io(&e))?;
    Ok(bytes)
}

/// Bytes of a file the person named: a regular file only, at most `max` bytes.
pub fn read_file_bytes(path: &Path, max: usize) -> Result<Vec<u8>, ReadError> {
    // Looked at before opening: opening a FIFO blocks until a writer comes.
    let metadata = std::fs::metadata(path).map_err(|e| ReadError::from_io(&e))?;
    if !metadata.is_file() {
        return Err(ReadError::NotAFile);
    }
    if metadata.len() > max as u64 {
        return Err(ReadError::TooLarge {
            size: Some(metadata.len()),
            max,
        });
    }
    let file = std::fs::File::open(path).map_err(|e| ReadError::from_io(&e))?;
    let bytes = read_bounded(file, max)?;
    // The file grew between the look and the read.
    if bytes.len() > max {
        return Err(ReadError::TooLarge { size: None, max });
    }
    Ok(bytes)
}

/// A file the person named, decoded.
pub fn read_file(path: &Path, max: usize) -> Result<Decoded, ReadError> {
    read_file_bytes(path, max).map(|bytes| decode(&bytes))
}

/// Standard input, decoded. A terminal is refused: nobody is going to type a message at a
/// prompt that does not say it is waiting.
pub fn read_stdin(max: usize) -> Result<Decoded, ReadError> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Err(ReadError::NoInput);
    }
    let bytes = read_bounded(stdin.lock(), max)?;
    if bytes.len() > max {
        return Err(ReadError::TooLarge { size: None, max });
    }
    Ok(decode(&bytes))
}

/// A file path, or standard input for `-`.
pub fn read_path_or_stdin(path: Option<&Path>, max: usize) -> Result<Decoded, ReadError> {
    match path.filter(|p| p.as_os_str() != "-") {
        Some(path) => read_file(path, max),
        None => read_stdin(max),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodings_are_recognised() {
        let text = "AccessDenied: アクセスが拒否されました";
        assert_eq!(decode(text.as_bytes()).encoding, TextEncoding::Utf8);
        let mut le = vec![0xff, 0xfe];
        le.extend(text.encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(decode(&le).text, text);
        assert_eq!(decode(&le).encoding, TextEncoding::Utf16Le);
        let mut be = vec![0xfe, 0xff];
        be.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
        assert_eq!(decode(&be).text, text);
        let (sjis, _, _) = SHIFT_JIS.encode(text);
        let decoded = decode(&sjis);
        assert_eq!(decoded.text, text);
        assert_eq!(decoded.encoding, TextEncoding::ShiftJis);
        assert_eq!(decoded.given_bytes, sjis.len());
    }

    #[test]
    fn latin1_is_read_with_replacement_and_counted_once() {
        let bytes = b"caf\xe9 r\xe9sum\xe9 na\xefve".to_vec();
        let decoded = decode(&bytes);
        assert_eq!(decoded.encoding, TextEncoding::Utf8Replaced);
        assert!(decoded.text.starts_with("caf\u{fffd} r"));
        assert_eq!(decoded.given_bytes, bytes.len());
    }

    #[test]
    fn ascii_utf16_without_a_mark_is_recognised() {
        let bytes: Vec<u8> = "AccessDenied"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(decode(&bytes).text, "AccessDenied");
    }
}
