//! `/` search over the long text of a screen (the guide, a check's evidence, the aws-auth
//! report): the query being typed, and where the last search landed. The matches themselves
//! follow from the lines as laid out at the terminal's size, so they are found again from the
//! layout whenever they are needed, never kept stale here.

/// What a search looks through.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SearchTarget {
    Guide,
    /// The evidence of the check at this place in the plan.
    Evidence(usize),
    AwsAuthReport,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SearchState {
    /// The query line is open and keys type into it.
    pub editing: bool,
    pub query: String,
    /// What the last search looked through; `n` and `N` work only there.
    pub target: Option<SearchTarget>,
    /// How many matches the last search found, and which one is shown (from 0).
    pub count: usize,
    pub current: usize,
}

impl SearchState {
    /// Whether `n` and `N` have matches to move between on the screen shown now.
    pub fn has_matches(&self, model_target: Option<SearchTarget>) -> bool {
        self.count > 0 && self.target.is_some() && self.target == model_target
    }
}
