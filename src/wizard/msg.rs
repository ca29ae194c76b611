//! What comes into the wizard ([`Msg`]) and the effects it asks the run loop for ([`Cmd`]).
//! Plain data: `update` turns a message into state and commands; only `src/terminal/` performs
//! a command.

use std::path::PathBuf;

use crossterm::event::KeyEvent;

use crate::aws::AwsSettings;
use crate::case::CaseFile;
use crate::guide::{Context, Symptom};
use crate::probes::{ProbeEvent, ProbeId};
use crate::report::RedactionCounts;
use crate::wizard::model::Ending;
use crate::wizard::model::aws_auth::{AwsAuthJob, FileReadError, Loaded, ReportLayout};
use crate::wizard::model::report::ReportWriteError;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Key(KeyEvent),
    /// Text pasted with bracketed paste.
    Paste(String),
    Resize(u16, u16),
    /// The terminal went away: leave now.
    Quit,
    /// SIGINT, SIGTERM or SIGHUP: leave now, and say which in the exit code.
    Signal(Ending),
    /// What the run loop read for a [`Cmd::ReadFile`].
    FileRead {
        path: PathBuf,
        result: Result<String, FileReadError>,
    },
    /// A live check ended (of some run; late ones from an earlier run are dropped).
    Probe(Box<ProbeEvent>),
    /// The Region a run of the checks resolved, before its results.
    ProbeRegion {
        generation: u64,
        region: Option<String>,
    },
    /// Time passed; sent only while checks run, to turn the spinner.
    Tick,
    /// What the run loop did with a [`Cmd::WriteReport`]: the path written.
    ReportWritten(Result<PathBuf, ReportWriteError>),
    /// A ConfigMap analysed by an [`AwsAuthJob::Analyse`] (a result under an older number than
    /// the screen waits for is dropped).
    AwsAuthAnalysed {
        generation: u64,
        loaded: Box<Loaded>,
    },
    /// The aws-auth report laid out by an [`AwsAuthJob::LayOut`].
    AwsAuthLaidOut {
        generation: u64,
        layout: Box<ReportLayout>,
    },
    /// The text an [`AwsAuthJob::Copy`] worded (`None`: no ConfigMap was loaded).
    AwsAuthCopyReady {
        generation: u64,
        whole_report: bool,
        text: Option<String>,
    },
    /// What the run loop did with a [`Cmd::SaveCase`]: the path written and, when it was
    /// redacted, how many values of each kind were replaced.
    CaseSaved(Result<(PathBuf, Option<RedactionCounts>), ReportWriteError>),
}

/// Effects only the run loop may perform.
// Not `Eq`: a case carries JSON evidence.
#[derive(Debug, Clone, PartialEq)]
pub enum Cmd {
    Quit,
    /// Put text on the clipboard of the terminal the person sits at (OSC 52, works over SSH).
    CopyToClipboard(String),
    /// Read a file (bounded in size and time) and answer with [`Msg::FileRead`].
    ReadFile(PathBuf),
    /// Load the AWS configuration and start the checks as tasks; each answers with
    /// [`Msg::Probe`] tagged with `generation` (any earlier run may be abandoned).
    RunProbes {
        generation: u64,
        request: Box<ProbeRequest>,
    },
    /// Write the session's report to `path` (or, if a file is there, a free name beside it)
    /// and answer with [`Msg::ReportWritten`].
    WriteReport {
        path: PathBuf,
        contents: String,
    },
    /// Run a job of the aws-auth screen off the loop's thread; it answers with one message.
    AwsAuth(Box<AwsAuthJob>),
    /// Write `case` as a case file at `path` (or a free `-2`, `-3`... name beside it, never
    /// over a file), redacted when asked, dated now when it has no time yet; answer with
    /// [`Msg::CaseSaved`].
    SaveCase {
        path: PathBuf,
        case: Box<CaseFile>,
        redact: bool,
    },
}

/// Everything the run loop needs to start one run of the checks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProbeRequest {
    pub symptom: Symptom,
    pub plan: Vec<ProbeId>,
    pub context: Context,
    /// Profile, Region (from the details, else the standard chain) and the time limits.
    pub settings: AwsSettings,
    /// The person said yes to `sts:AssumeRole` into the target role.
    pub assume_confirmed: bool,
    /// The aws-auth opened on the aws-auth screen, to explain a 401 with.
    pub aws_auth: Option<crate::aws_auth::AwsAuth>,
    /// kubectl's context, when the kubeconfig has one for an EKS cluster.
    pub kubectl: Option<crate::kubeconfig::EksContext>,
}
