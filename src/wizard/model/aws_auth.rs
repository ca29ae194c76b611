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
    /// The ConfigMap as last analysed (shared with the layout job, never copied).
    pub loaded: Option<Arc<Loaded>>,
    /// The ConfigMap being analysed off the run loop; a newer paste or read replaces it.
    pub analysing: Option<Analysing>,
    /// Numbers every analysis and layout job: a result under an older number is stale.
    pub jobs: u64,
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
    /// The layout job running, and what it lays out: asked for once per change of inputs.
    pub laying_out: Option<(u64, LayoutKey)>,
    /// The copy job running (`c` or `C`); another key press replaces it.
    pub copying: Option<u64>,
}

/// A ConfigMap handed to the analysis job, and where it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Analysing {
    pub generation: u64,
    pub source: Source,
}

impl AwsAuthState {
    pub fn auth(&self) -> Option<&AwsAuth> {
        self.loaded.as_ref().and_then(|l| l.outcome.as_ref().ok())
    }

    /// The next job's number.
    pub fn next_job(&mut self) -> u64 {
        self.jobs += 1;
        self.jobs
    }
}

/// Everything the report's lines depend on. The lines are laid out once per load, width,
/// language and case, never per key and never on the run loop: a 15,000-entry map takes far
/// longer to lay out than a key may wait.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutKey {
    pub loads: u64,
    pub width: u16,
    pub lang: Lang,
    pub appearance: Appearance,
    pub symptom: Option<Symptom>,
    pub context: Context,
    pub guide_context: Context,
    /// The AWS profile the fix's commands name.
    pub profile: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportLayout {
    pub key: LayoutKey,
    pub lines: Arc<Vec<Line<'static>>>,
}

/// A job the run loop runs off its thread, for the aws-auth screen: plain data in, one
/// message out ([`AwsAuthJob::run`], in `queries/`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AwsAuthJob {
    /// Lint a ConfigMap's text.
    Analyse {
        generation: u64,
        source: Source,
        text: Arc<str>,
    },
    /// Lay the report out for `key`.
    LayOut {
        generation: u64,
        key: LayoutKey,
        inputs: Box<LayoutInputs>,
    },
    /// Word the fix (or, `whole_report`, the whole report) for the clipboard.
    Copy {
        generation: u64,
        whole_report: bool,
        inputs: Box<LayoutInputs>,
    },
}

/// What the report's layout reads, taken from the model when the job is asked for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LayoutInputs {
    pub loaded: Option<Arc<Loaded>>,
    pub lang: Lang,
    pub width: u16,
    pub appearance: Appearance,
    pub symptom: Option<Symptom>,
    /// The details as typed (the "answering for" line).
    pub context: Context,
    /// The details with the caller the checks found filled in (what the report answers for).
    pub guide_context: Context,
    /// The AWS profile the fix's commands name.
    pub profile: Option<String>,
}

/// The guides that offer the screen.
pub fn offered(symptom: Option<Symptom>) -> bool {
    matches!(symptom, Some(Symptom::AwsAuthPath | Symptom::ConsoleNodes))
}
