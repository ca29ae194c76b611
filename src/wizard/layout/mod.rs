//! Where everything goes: from the model and the terminal's size to rectangles and lines,
//! one file per screen. Pure, and the only place geometry is decided: `update` asks it how far
//! a screen scrolls, the view asks it where to draw, so the two never disagree.

pub mod aws_auth;
pub mod context;
pub mod error_message;
pub mod geometry;
pub mod guide;
pub mod help;
pub mod home;
pub mod key_line;
pub mod picker;
pub mod probes;
pub mod quit;
pub mod save;
pub mod search;
pub mod status;
