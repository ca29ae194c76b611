//! What follows from an opened case: whether the check screen shows what it collected.

use crate::wizard::model::Model;
use crate::wizard::model::case::RunOrigin;

/// Whether the check screen shows what a case file collected (no live run yet).
pub fn showing_collected(model: &Model) -> bool {
    model.case.is_some() && model.probes.origin == RunOrigin::Collected
}
