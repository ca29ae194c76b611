//! The interactive wizard, in the Elm Architecture: [`Model`] holds the state, [`update`] is
//! the only place it changes, [`view`] draws it. Effects come back as [`Cmd`]s for the run loop.
//!
//! Every screen has the same shape, one file of its name in each folder:
//! - `model/`: its state, a part of [`Model`] (data only);
//! - `queries/`: what follows from the state for any terminal size (the guide's steps, what the
//!   checks found, the aws-auth report, the session's Markdown);
//! - `update/`: its keys and messages (`update/mod.rs` routes, and handles the keys every
//!   screen shares);
//! - `layout/`: model and terminal size to rectangles and lines, the only place geometry is
//!   decided (`layout/geometry.rs` has the frame and popups); `update` uses it for scroll
//!   limits, the view to draw;
//! - `view/`: drawing only (`view/widgets.rs` has the pieces several screens share).
//!
//! The aws-auth screen's slow work (linting, laying out, wording a copy) is in `jobs.rs`: pure
//! functions the run loop runs off its thread, each answering with a [`Msg`].
//!
//! [`Msg`] and [`Cmd`] are in `msg.rs`; styles in `theme.rs`; cell-measured text in `cells.rs`
//! and `guide_layout.rs`. Imports point one way: view → layout → queries → model, and
//! update → layout/queries/model, never update → view (a test in `import_graph.rs` checks).

mod cells;
mod guide_layout;
#[cfg(test)]
mod import_graph;
mod jobs;
pub mod keys;
mod layout;
mod model;
mod msg;
mod queries;
pub mod search;
mod theme;
mod update;
mod view;

pub use guide_layout::wrap_words;
pub use jobs::run_job as run_aws_auth_job;
pub use layout::geometry::MIN_SIZE;
pub use layout::guide::guide_viewport;
pub use layout::probes::evidence_lines;
pub use layout::search::searched_lines;
pub use model::aws_auth::{
    Analysing, AwsAuthFocus, AwsAuthJob, AwsAuthState, FileReadError, LayoutInputs, LayoutKey,
    LoadError, Loaded, ReportLayout, ScreenNotice, Source,
};
pub use model::case::{OpenedCase, RunOrigin};
pub use model::error_message::{self, ErrorPaste};
pub use model::picker::{AwsChoices, Picker, PickerKind};
pub use model::probes::{AssumePrompt, ProbeState};
pub use model::report::{REPORT_FILE_STEM, ReportNotice, ReportState, ReportWriteError};
pub use model::search::SearchTarget;
pub use model::session::SessionState;
pub use model::{AwsEnvironment, Ending, HOME_ENTRIES, Model, Notice, Screen};
pub use msg::{Cmd, Msg, ProbeRequest};
pub use queries::aws_auth::screen_report;
pub use queries::guide::rendered_steps;
pub use queries::report::session_report;
pub use queries::session::{snapshot as session_snapshot, worth_keeping};
pub use theme::Appearance;
pub use update::case::open as open_case;
pub use update::home::open_symptom;
pub use update::session::restore as restore_session;
pub use update::update;
pub use view::view;
