//! Puts the git commit into `--version` when the tool is built from a checkout of its own
//! repository. Without git, or from a source tarball, nothing is set and the version is plain.

use std::path::Path;
use std::process::Command;

fn git(dir: &Path, args: &[&str]) -> Option<String> {
    let output = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .output()
        .ok()?;
    if !output.status.success() {
        return None;
    }
    let text = String::from_utf8(output.stdout).ok()?;
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let Some(dir) = std::env::var_os("CARGO_MANIFEST_DIR") else {
        return;
    };
    let dir = Path::new(&dir);
    // Only this repository's own checkout: not a parent repository the source sits inside.
    let top = git(dir, &["rev-parse", "--show-toplevel"]);
    let ours =
        top.is_some_and(|top| Path::new(&top).canonicalize().ok() == dir.canonicalize().ok());
    if !ours {
        return;
    }
    let Some(commit) = git(dir, &["rev-parse", "--short=12", "HEAD"]) else {
        return;
    };
    println!("cargo:rustc-env=EKS_IAM_TUI_GIT_COMMIT={commit}");
    // Built again only when HEAD moves (a commit, a checkout), not on every build. Paths that
    // do not exist would make cargo run this script every time, so only existing ones are named.
    if let Some(path) = git(dir, &["rev-parse", "--git-path", "HEAD"]) {
        let path = dir.join(path);
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
    if let Some(reference) = git(dir, &["symbolic-ref", "-q", "HEAD"])
        && let Some(path) = git(dir, &["rev-parse", "--git-path", &reference])
    {
        let path = dir.join(path);
        if path.exists() {
            println!("cargo:rerun-if-changed={}", path.display());
        }
    }
}
