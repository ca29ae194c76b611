//! What `/` searches: the lines a screen shows, as laid out at the terminal's size, so that a
//! match's line is a scroll position and its cells are where the view highlights it.

use crate::wizard::layout::aws_auth::report_lines;
use crate::wizard::layout::guide::{guide_viewport, lines as guide_lines};
use crate::wizard::layout::probes::evidence_lines;
use crate::wizard::model::Model;
use crate::wizard::model::search::SearchTarget;
use crate::wizard::queries::search::search_target;
use crate::wizard::search::{SearchMatch, find_all};

/// The lines `target` shows, as text: the guide's and the report's wrapped lines, the
/// evidence's source lines (the evidence scrolls by source line).
pub fn searched_lines(model: &Model, target: SearchTarget) -> Vec<String> {
    match target {
        SearchTarget::Guide => {
            let width = guide_viewport(model.size).0;
            guide_lines(model, width)
                .lines
                .iter()
                .map(|l| l.to_string())
                .collect()
        }
        SearchTarget::Evidence(cursor) => model
            .probes
            .plan
            .get(cursor)
            .and_then(|id| model.probes.reports.get(id))
            .map(|report| evidence_lines(report, model.lang))
            .unwrap_or_default(),
        // The layout the screen shows (made by a job at the current width).
        SearchTarget::AwsAuthReport => report_lines(model).iter().map(|l| l.to_string()).collect(),
    }
}

/// Where the model's query occurs in what the screen shows now (nothing when the last search
/// was on another screen).
pub fn current_matches(model: &Model) -> Vec<SearchMatch> {
    let search = &model.search;
    match search_target(model) {
        Some(target) if search.target == Some(target) && !search.query.is_empty() => {
            find_all(&searched_lines(model, target), &search.query)
        }
        _ => Vec::new(),
    }
}
