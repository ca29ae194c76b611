//! The wizard's whole state: [`Model`] and, one file per screen that keeps any, each screen's
//! own state. Data only: what follows from it lives in `queries/`, what changes it in
//! `update/`. Nothing here performs I/O.

pub mod aws_auth;
pub mod case;
pub mod error_message;
pub mod picker;
pub mod probes;
pub mod report;
pub mod search;
pub mod session;

use std::collections::BTreeMap;
use std::time::Duration;

use tui_input::Input;

use crate::guide::{self, Context, Field, Symptom};
use crate::i18n::Lang;
use crate::wizard::theme::Appearance;
use aws_auth::AwsAuthState;
use case::OpenedCase;
use error_message::ErrorPaste;
use picker::{AwsChoices, Picker};
use probes::ProbeState;
use report::{ReportNotice, ReportState};
use search::SearchState;
use session::SessionState;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Screen {
    /// Pick a symptom, or say you have an error message.
    Home,
    /// "I have an error message".
    ErrorMessage,
    /// The fields the chosen symptom needs.
    Context,
    /// The steps, filled with the context.
    Guide,
    /// The aws-auth ConfigMap checked, from the guide of aws-auth-path or console-nodes.
    AwsAuth,
    /// The live checks of the symptom, between the details and the guide.
    Probes,
}

/// A short notice shown in the status line until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Copied {
        step: usize,
        bytes: usize,
    },
    NothingToCopy,
    LanguageSwitched,
    Report(ReportNotice),
    /// Where a search landed: match `current` (from 1) of `count`.
    SearchFound {
        current: usize,
        count: usize,
    },
    /// A search found nothing.
    SearchNoMatch {
        query: String,
    },
    /// `--resume` found no kept session in this folder.
    NothingToResume(std::path::PathBuf),
    /// The kubeconfig context a resumed session used is no longer in the kubeconfig; `now`
    /// is kubectl's context the checks use instead, if any.
    KeptContextGone {
        context: String,
        now: Option<String>,
    },
    /// `s` saved the case file here; redacted when `counts` says how many values were.
    CaseSaved {
        path: std::path::PathBuf,
        counts: Option<crate::report::RedactionCounts>,
    },
    CaseSaveFailed(report::ReportWriteError),
}

/// What the environment says about AWS, read once at start-up; nothing is called.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwsEnvironment {
    pub profile: Option<String>,
    pub region: Option<String>,
    /// The kubeconfig context the cluster and Region were taken from, when they were.
    pub kube_context: Option<String>,
    /// kubectl's context, when the kubeconfig has one for an EKS cluster (the `kubeconfig`
    /// check compares it with the checks; printed kubectl commands name it for its cluster).
    pub kubectl: Option<crate::kubeconfig::EksContext>,
    /// The fields the wizard started with from kubectl's context (a saved case says so).
    pub kubectl_filled: Vec<crate::guide::Field>,
    /// `profile` was named (`--profile`, or picked here) rather than read from `AWS_PROFILE`:
    /// only a named profile sets keys in the environment aside, as with the AWS CLI.
    pub profile_named: bool,
    /// The environment holds `AWS_ACCESS_KEY_ID` and `AWS_SECRET_ACCESS_KEY`.
    pub environment_keys: bool,
    /// The profile the environment names (`AWS_PROFILE`, then `AWS_DEFAULT_PROFILE`), which
    /// kubectl's plugin inherits whatever is picked here.
    pub shell_profile: Option<String>,
}

impl AwsEnvironment {
    /// The profile to load as named, `None` to leave it to the environment.
    pub fn named_profile(&self) -> Option<String> {
        self.profile.clone().filter(|_| self.profile_named)
    }

    /// How a run signs and what kubectl's plugin inherits, as [`ShellSigning::from_environment`]
    /// would read it at the run's start.
    pub fn signing(&self) -> crate::aws::ShellSigning {
        let named = self.named_profile();
        crate::aws::ShellSigning {
            credentials: crate::aws::CredentialSource::resolve(
                named.as_deref(),
                self.shell_profile.as_deref(),
                self.environment_keys,
            ),
            shell_profile: self.shell_profile.clone(),
            environment_keys: self.environment_keys,
        }
    }

    /// The profile printed commands carry: none when the environment's keys are what the
    /// checks sign with, as `--profile` would set those keys aside.
    pub fn command_profile(&self) -> Option<String> {
        match self.environment_keys && !self.profile_named {
            true => None,
            false => self.profile.clone(),
        }
    }

    /// Whom the checks sign as, in words: the environment's keys when they win, else the
    /// profile (`default` when none is named).
    pub fn credentials_words(&self, lang: crate::i18n::Lang) -> String {
        if self.environment_keys && !self.profile_named {
            return crate::tr!(lang, "status-environment-keys");
        }
        self.profile
            .clone()
            .unwrap_or_else(|| crate::tr!(lang, "status-default-profile"))
    }

    pub fn from_env(get: impl Fn(&str) -> Option<String>) -> Self {
        let non_empty = |name: &str| get(name).filter(|v| !v.trim().is_empty());
        AwsEnvironment {
            profile: non_empty("AWS_PROFILE").or_else(|| non_empty("AWS_DEFAULT_PROFILE")),
            region: non_empty("AWS_REGION").or_else(|| non_empty("AWS_DEFAULT_REGION")),
            kube_context: None,
            kubectl: None,
            kubectl_filled: Vec::new(),
            profile_named: false,
            environment_keys: non_empty("AWS_ACCESS_KEY_ID").is_some()
                && non_empty("AWS_SECRET_ACCESS_KEY").is_some(),
            shell_profile: non_empty("AWS_PROFILE").or_else(|| non_empty("AWS_DEFAULT_PROFILE")),
        }
    }
}

/// How a session ended; the exit code tells a script (and a shell's `$?`) which it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Ending {
    /// `q`, or the terminal went away.
    #[default]
    Quit,
    /// Ctrl-C (as a key in raw mode, or SIGINT): 130, as a shell reports an interrupted command.
    Interrupted,
    /// SIGTERM: 143.
    Terminated,
    /// SIGHUP (the terminal closed): 129.
    HungUp,
}

impl Ending {
    pub fn exit_code(self) -> u8 {
        match self {
            Ending::Quit => 0,
            Ending::Interrupted => 130,
            Ending::Terminated => 143,
            Ending::HungUp => 129,
        }
    }
}

/// The number of entries on the home screen: the six symptoms and "I have an error message".
pub const HOME_ENTRIES: usize = Symptom::ALL.len() + 1;

#[derive(Debug, Clone)]
pub struct Model {
    pub lang: Lang,
    pub screen: Screen,
    pub help_open: bool,
    /// The first line of the help shown, where the help is longer than its box.
    pub help_top: usize,
    pub home_cursor: usize,
    pub symptom: Option<Symptom>,
    /// One editor per field, kept across symptoms so nothing typed is lost.
    pub inputs: BTreeMap<Field, Input>,
    /// Index into the chosen symptom's fields.
    pub focus: usize,
    pub guide_step: usize,
    /// The first guide line on screen.
    pub guide_top: usize,
    pub notice: Option<Notice>,
    /// The aws-auth screen: the ConfigMap loaded and how it reads.
    pub aws_auth: AwsAuthState,
    pub aws: AwsEnvironment,
    pub appearance: Appearance,
    /// The terminal's size in cells, as last reported.
    pub size: (u16, u16),
    pub quit: bool,
    /// How the session ends, for the exit code: `q`, Ctrl-C or a signal.
    pub ending: Ending,
    /// The error message pasted on the "I have an error message" screen, and its reading.
    pub error_paste: ErrorPaste,
    /// The live checks: the plan, the results of the current run, the evidence view.
    pub probes: ProbeState,
    /// Where the session's report goes and whether it is redacted.
    pub report: ReportState,
    /// `/` search: the query and where it landed.
    pub search: SearchState,
    /// The case file the wizard was opened on (`open FILE`), if any.
    pub case: Option<OpenedCase>,
    /// Where the session is kept, and the kept sessions offered on the home screen.
    pub session: SessionState,
    /// The profiles and kubeconfig contexts the pickers offer.
    pub choices: AwsChoices,
    /// The profile, Region or context picker, while it is open.
    pub picker: Option<Picker>,
}

impl Model {
    pub fn new(lang: Lang, aws: AwsEnvironment, appearance: Appearance, size: (u16, u16)) -> Self {
        Model {
            lang,
            screen: Screen::Home,
            help_open: false,
            help_top: 0,
            home_cursor: 0,
            symptom: None,
            inputs: Field::ALL
                .into_iter()
                .map(|f| (f, Input::default()))
                .collect(),
            focus: 0,
            guide_step: 0,
            guide_top: 0,
            notice: None,
            aws_auth: AwsAuthState::default(),
            aws,
            appearance,
            size,
            quit: false,
            ending: Ending::Quit,
            error_paste: Default::default(),
            probes: Default::default(),
            report: Default::default(),
            search: Default::default(),
            case: None,
            session: SessionState::default(),
            choices: AwsChoices::default(),
            picker: None,
        }
    }

    /// Pre-fills a field (from the command line, or later from a pasted error).
    pub fn with_value(mut self, field: Field, value: &str) -> Self {
        self.inputs.insert(field, Input::new(value.to_owned()));
        self
    }

    pub fn context(&self) -> Context {
        let mut context = Context::default();
        for (field, input) in &self.inputs {
            context.set(*field, input.value());
        }
        context
    }

    /// The fields the chosen symptom asks for.
    pub fn fields(&self) -> &'static [Field] {
        self.symptom
            .and_then(|s| guide::guide_for(s).ok())
            .map(|g| g.fields.as_slice())
            .unwrap_or(&[])
    }

    pub fn focused_field(&self) -> Option<Field> {
        self.fields().get(self.focus).copied()
    }

    /// The time limits from the command line (`--connect-timeout-ms`, `--call-timeout-ms`).
    pub fn with_probe_timeouts(mut self, connect: Duration, call: Duration) -> Self {
        let limits = crate::check_run::Limits::new(connect, call);
        self.probes.connect_timeout = limits.connect;
        self.probes.call_timeout = limits.call;
        self
    }

    /// Whether something animates (the spinner): the run loop ticks only then.
    pub fn probes_running(&self) -> bool {
        self.probes.running()
    }
}
