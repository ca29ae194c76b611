//! Reading a file the person named, for the wizard: with the command line's reader
//! ([`crate::read_input`]: bounded in size, regular files only, decoded as it came) and
//! bounded in time here (a stalled network mount).

use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::aws_auth::input::MAX_INPUT_BYTES;
use crate::read_input;
use crate::wizard::FileReadError;

const READ_TIMEOUT: Duration = Duration::from_secs(5);

/// `~/x` is the person's home, as a shell would read it.
fn expand_home(path: &Path, home: Option<PathBuf>) -> PathBuf {
    match (path.strip_prefix("~"), home) {
        (Ok(rest), Some(home)) => home.join(rest),
        _ => path.to_owned(),
    }
}

fn read_bounded(path: &Path) -> Result<String, FileReadError> {
    // The shared reader refuses anything but a regular file before opening it: opening a FIFO
    // would block until a writer comes, and a blocked thread would also hold up the runtime's
    // shutdown when the person quits.
    read_input::read_file(path, MAX_INPUT_BYTES).map(|decoded| decoded.text)
}

/// Reads `path` off the async threads; a read that hangs is abandoned after the timeout.
pub async fn read_file(path: &Path) -> Result<String, FileReadError> {
    let full = expand_home(path, std::env::var_os("HOME").map(PathBuf::from));
    let task = tokio::task::spawn_blocking(move || read_bounded(&full));
    match tokio::time::timeout(READ_TIMEOUT, task).await {
        Ok(Ok(result)) => result,
        Ok(Err(join_error)) => Err(FileReadError::Other(join_error.to_string())),
        Err(_) => Err(FileReadError::TimedOut),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_regular_files_are_opened() {
        let dir = std::env::temp_dir();
        assert_eq!(read_bounded(&dir), Err(FileReadError::NotAFile));
        assert_eq!(
            read_bounded(Path::new("/nonexistent/eks-iam-tui/aws-auth.yaml")),
            Err(FileReadError::NotFound)
        );
        let big = dir.join(format!("eks-iam-tui-big-{}.yaml", std::process::id()));
        std::fs::write(&big, vec![b'#'; MAX_INPUT_BYTES + 1]).expect("write");
        let result = read_bounded(&big);
        let _ = std::fs::remove_file(&big);
        assert_eq!(
            result,
            Err(FileReadError::TooLarge {
                size: Some(MAX_INPUT_BYTES as u64 + 1),
                max: MAX_INPUT_BYTES
            })
        );
    }

    #[test]
    fn a_tilde_means_home() {
        let home = Some(PathBuf::from("/home/me"));
        assert_eq!(
            expand_home(Path::new("~/cm.yaml"), home.clone()),
            PathBuf::from("/home/me/cm.yaml")
        );
        assert_eq!(
            expand_home(Path::new("/tmp/~x"), home),
            PathBuf::from("/tmp/~x")
        );
    }
}
