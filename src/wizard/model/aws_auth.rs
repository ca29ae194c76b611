//! The aws-auth screen's state: the path being typed, the ConfigMap loaded and how it reads,
//! the scroll position, and the report's lines as last laid out.

use std::path::PathBuf;
use std::sync::Arc;

use ratatui::text::Line;
use tui_input::Input;

use crate::aws_auth::{AwsAuth, ConfigMapError};
use crate::guide::{Context, Symptom};
use crate::i18n::Lang;
use crate::wizard::theme::Appearance;

/// Why a file could not be read; worded by the view in the person's language. The same
/// reader (and reasons) as the command line's.
pub use crate::read_input::ReadError as FileReadError;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AwsAuthFocus {
    /// Keys type into the file path.
    #[default]
    Path,
    /// Keys scroll and copy the report.
    Report,
}

/// Where the ConfigMap came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Paste {
        lines: usize,
    },
    File(PathBuf),
    /// Read from the cluster by the `aws-auth-live` check.
    Cluster(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadError {
    Read(FileReadError),
    /// Not a ConfigMap, or not YAML/JSON; `excerpt` is the input line the error points at.
    Input {
        error: ConfigMapError,
        excerpt: Option<String>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Loaded {
    pub source: Source,
    pub outcome: Result<AwsAuth, LoadError>,
}

/// A short notice on the screen's own status row, until the next key.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreenNotice {
    CopiedFix { bytes: usize },
    CopiedReport { bytes: usize },
    NothingToCopy,
    PathMissing,
}

#[derive(Debug, Clone, Default)]
pub struct AwsAuthState {
    pub path: Input,
    pub focus: AwsAuthFocus,
    pub loaded: Option<Loaded>,
    /// The file the run loop is reading; a result for another path is stale and dropped.
    pub pending: Option<PathBuf>,
    /// The first report line on screen.
    pub top: usize,
    pub notice: Option<ScreenNotice>,
    /// How many times a ConfigMap (or a failure to read one) was loaded: a new load lays the
    /// report out anew.
    pub loads: u64,
    /// The report's lines as last laid out, and for what (kept by `update`, read by the view).
    pub layout: Option<ReportLayout>,
}

impl AwsAuthState {
    pub fn auth(&self) -> Option<&AwsAuth> {
        self.loaded.as_ref().and_then(|l| l.outcome.as_ref().ok())
    }
}

/// Everything the report's lines depend on. The lines are laid out once per load, width,
/// language and case, never per key: a 15,000-entry map takes far longer to lay out than a
/// key may wait.
#[derive(Debug, Clone, PartialEq)]
pub struct LayoutKey {
    pub loads: u64,
    pub width: u16,
    pub lang: Lang,
    pub appearance: Appearance,
    pub symptom: Option<Symptom>,
    pub context: Context,
    pub guide_context: Context,
}

#[derive(Debug, Clone)]
pub struct ReportLayout {
    pub key: LayoutKey,
    pub lines: Arc<Vec<Line<'static>>>,
}

/// The guides that offer the screen.
pub fn offered(symptom: Option<Symptom>) -> bool {
    matches!(symptom, Some(Symptom::AwsAuthPath | Symptom::ConsoleNodes))
}
