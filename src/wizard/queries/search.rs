//! Which text `/` searches on the screen shown now.

use crate::wizard::model::aws_auth::AwsAuthFocus;
use crate::wizard::model::search::SearchTarget;
use crate::wizard::model::{Model, Screen};

/// The text the screen shows now that `/` searches, if it has one.
pub fn search_target(model: &Model) -> Option<SearchTarget> {
    match model.screen {
        Screen::Guide => Some(SearchTarget::Guide),
        Screen::Probes if model.probes.evidence_open && model.probes.prompt.is_none() => {
            Some(SearchTarget::Evidence(model.probes.cursor))
        }
        Screen::AwsAuth if model.aws_auth.focus == AwsAuthFocus::Report => {
            Some(SearchTarget::AwsAuthReport)
        }
        _ => None,
    }
}
