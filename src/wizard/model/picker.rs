//! The pickers of the details and check screens: the AWS profile, the Region and the
//! kubeconfig context the checks use, each chosen from a short list in a popup.

use crate::kubeconfig::EksContext;

/// What a picker chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickerKind {
    Profile,
    Region,
    Context,
}

/// An open picker: its choices (fixed when it opened) and the one under the cursor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub kind: PickerKind,
    pub choices: Vec<String>,
    pub cursor: usize,
}

/// What the pickers offer beyond the environment, read once at start-up (nothing in the
/// wizard reads a file for them).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AwsChoices {
    /// The profile names of the AWS config and credentials files, as the AWS CLI reads them.
    pub profiles: Vec<String>,
    /// The kubeconfig's contexts, each read as the kubeconfig check reads the current one.
    pub contexts: Vec<EksContext>,
    /// Profile -> the `role_arn` it names: loading it assumes that role, which a run asks
    /// about before it signs as kubectl's profile.
    pub profile_roles: std::collections::BTreeMap<String, String>,
}
