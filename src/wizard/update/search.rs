//! `/` search on the screens with long text (the guide, a check's evidence, the aws-auth
//! report): `/` opens the query line, Enter searches from what is on screen, `n` and `N` go to
//! the next and previous match, wrapping around. The view highlights every match.

use crossterm::event::{KeyCode, KeyEvent};

use crate::wizard::keys::Action;
use crate::wizard::layout::aws_auth::max_top as aws_auth_max_top;
use crate::wizard::layout::guide::positions;
use crate::wizard::layout::search::current_matches;
use crate::wizard::model::search::SearchTarget;
use crate::wizard::model::{Model, Notice};
use crate::wizard::queries::search::search_target;
use crate::wizard::search::{SearchMatch, first_from, step};

/// `/`: an empty query line over the screen shown now.
pub fn start(model: &mut Model) {
    let Some(target) = search_target(model) else {
        return;
    };
    let search = &mut model.search;
    search.editing = true;
    search.query.clear();
    search.target = Some(target);
    search.count = 0;
    search.current = 0;
}

pub fn act(model: &mut Model, action: Action, key: KeyEvent) -> Vec<crate::wizard::msg::Cmd> {
    match action {
        Action::Type => {
            if let KeyCode::Char(c) = key.code {
                model.search.query.push(c);
            }
        }
        Action::DeleteCharacter => {
            model.search.query.pop();
        }
        Action::CancelSearch => {
            model.search.editing = false;
            model.search.query.clear();
            model.search.count = 0;
        }
        Action::Find => find(model),
        _ => {}
    }
    vec![]
}

/// Text pasted into the query line: one line of it, without control characters.
pub fn paste(model: &mut Model, text: &str) {
    let line = text.lines().map(str::trim).collect::<Vec<_>>().concat();
    model
        .search
        .query
        .extend(line.chars().filter(|c| !c.is_control()));
}

fn find(model: &mut Model) {
    model.search.editing = false;
    let matches = current_matches(model);
    model.search.count = matches.len();
    let Some(current) = first_from(&matches, top_line(model)) else {
        model.notice = Some(Notice::SearchNoMatch {
            query: model.search.query.clone(),
        });
        return;
    };
    go_to(model, &matches, current);
}

/// `n` (forwards) or `N`: the next match, found again in the lines as they are laid out now.
pub fn jump(model: &mut Model, forwards: bool) {
    let matches = current_matches(model);
    model.search.count = matches.len();
    let from = Some(model.search.current).filter(|c| *c < matches.len());
    match step(matches.len(), from, forwards) {
        Some(next) => go_to(model, &matches, next),
        None => {
            model.notice = Some(Notice::SearchNoMatch {
                query: model.search.query.clone(),
            })
        }
    }
}

/// The line at the top of the searched text on screen.
fn top_line(model: &Model) -> usize {
    match model.search.target {
        Some(SearchTarget::Guide) => model.guide_top,
        Some(SearchTarget::Evidence(_)) => model.probes.evidence_top,
        Some(SearchTarget::AwsAuthReport) => model.aws_auth.top,
        None => 0,
    }
}

/// Scrolls the match's line into view (to the top, as far as the text scrolls).
fn go_to(model: &mut Model, matches: &[SearchMatch], index: usize) {
    let Some(found) = matches.get(index) else {
        return;
    };
    model.search.current = index;
    model.notice = Some(Notice::SearchFound {
        current: index + 1,
        count: matches.len(),
    });
    match model.search.target {
        Some(SearchTarget::Guide) => {
            let positions = positions(model);
            model.guide_top = found.line.min(positions.max_top);
            // The chosen step follows: the step the match is in.
            model.guide_step = positions
                .step_starts
                .iter()
                .rposition(|start| *start <= found.line)
                .unwrap_or(0);
        }
        Some(SearchTarget::Evidence(_)) => model.probes.evidence_top = found.line,
        Some(SearchTarget::AwsAuthReport) => {
            model.aws_auth.top = found.line.min(aws_auth_max_top(model));
        }
        None => {}
    }
}
