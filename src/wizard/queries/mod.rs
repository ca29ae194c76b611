//! What the model says when asked: the guide's steps for the case, what the checks found and
//! filled in, the aws-auth report, the session's Markdown. Pure reads of the [`Model`], the
//! same for every terminal size; both `update` and the layout use them.
//!
//! [`Model`]: crate::wizard::Model

pub mod aws_auth;
pub mod case;
pub mod guide;
pub mod picker;
pub mod probes;
pub mod report;
pub mod search;
pub mod session;
pub mod words;
