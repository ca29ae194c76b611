//! The troubleshooting guide: the steps of each symptom, kept as data in `assets/guide/` and
//! worded in `i18n/<lang>/guide.ftl`, filled with the person's own values.

mod context;
mod document;
mod fill;
mod symptom;

pub use context::{Context, DERIVED_PLACEHOLDERS, Field};
pub use document::{Block, BlockKind, GuideError, Link, Step, SymptomGuide, all_guides, guide_for};
pub use fill::{Segment, SegmentKind, fill_template, placeholders_in};
pub use symptom::Symptom;

pub mod render;
