//! The interactive wizard, in the Elm Architecture: [`Model`] holds the state, [`update`] is
//! the only place it changes, [`view`] draws it. Effects come back as [`Cmd`]s for the run loop.

mod aws_auth_screen;
mod aws_auth_view;
mod cells;
pub mod error_message;
mod guide_layout;
mod model;
mod probe_screen;
mod probe_view;
pub mod search;
mod session_report;
mod theme;
mod update;
mod view;

pub use aws_auth_screen::{
    AwsAuthFocus, AwsAuthState, FileReadError, LoadError, Loaded, ScreenNotice, Source,
    screen_report,
};
pub use error_message::ErrorPaste;
pub use guide_layout::wrap_words;
pub use model::{Appearance, AwsEnvironment, Ending, HOME_ENTRIES, Model, Notice, Screen};
pub use probe_screen::{AssumePrompt, ProbeRequest, ProbeState, evidence_lines};
pub use session_report::{
    REPORT_FILE_STEM, ReportNotice, ReportState, ReportWriteError, session_report,
};
pub use update::{Cmd, Msg, open_symptom, rendered_steps, update};
pub use view::{MIN_SIZE, guide_viewport, view};
