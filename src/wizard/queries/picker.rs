//! What each picker offers and which of its choices is in use now.

use crate::guide::Field;
use crate::wizard::model::Model;
use crate::wizard::model::picker::PickerKind;

/// The commercial Regions where Amazon EKS runs, from the Region table of "Amazon EKS
/// endpoints and quotas" (AWS General Reference), as of 2025. A short fixed list rather than
/// the SDK's endpoint data, which names partitions by pattern, not Regions one by one; the
/// Region field still takes any Region typed into it (GovCloud, China, a new one).
pub const EKS_REGIONS: &[&str] = &[
    "us-east-1",
    "us-east-2",
    "us-west-1",
    "us-west-2",
    "af-south-1",
    "ap-east-1",
    "ap-south-1",
    "ap-south-2",
    "ap-southeast-1",
    "ap-southeast-2",
    "ap-southeast-3",
    "ap-southeast-4",
    "ap-southeast-5",
    "ap-southeast-7",
    "ap-northeast-1",
    "ap-northeast-2",
    "ap-northeast-3",
    "ca-central-1",
    "ca-west-1",
    "eu-central-1",
    "eu-central-2",
    "eu-west-1",
    "eu-west-2",
    "eu-west-3",
    "eu-south-1",
    "eu-south-2",
    "eu-north-1",
    "il-central-1",
    "me-south-1",
    "me-central-1",
    "mx-central-1",
    "sa-east-1",
];

/// The name the profile picker gives the profile used when none is named.
pub const DEFAULT_PROFILE: &str = "default";

fn push_new(list: &mut Vec<String>, value: Option<&str>) {
    if let Some(value) = value.map(str::trim).filter(|v| !v.is_empty())
        && !list.iter().any(|known| known == value)
    {
        list.push(value.to_owned());
    }
}

/// The choices of a picker, in the order shown.
pub fn choices(model: &Model, kind: PickerKind) -> Vec<String> {
    let mut list = Vec::new();
    match kind {
        // `default` first (what is used when nothing is named), then the files' profiles, and
        // the one in use even when no file names it (it came from the command line).
        PickerKind::Profile => {
            push_new(&mut list, Some(DEFAULT_PROFILE));
            for name in &model.choices.profiles {
                push_new(&mut list, Some(name));
            }
            push_new(&mut list, model.aws.profile.as_deref());
        }
        // What the field says, then what the environment says, then every EKS Region.
        PickerKind::Region => {
            push_new(&mut list, model.context().get(Field::Region));
            push_new(&mut list, model.aws.region.as_deref());
            for region in EKS_REGIONS {
                push_new(&mut list, Some(region));
            }
        }
        PickerKind::Context => {
            for context in &model.choices.contexts {
                push_new(&mut list, Some(&context.context));
            }
        }
    }
    list
}

/// The choice in use now, if the picker offers it.
pub fn current(model: &Model, kind: PickerKind) -> Option<String> {
    match kind {
        PickerKind::Profile => Some(
            model
                .aws
                .profile
                .clone()
                .unwrap_or_else(|| DEFAULT_PROFILE.to_owned()),
        ),
        PickerKind::Region => model.context().get(Field::Region).map(str::to_owned),
        PickerKind::Context => model
            .aws
            .kubectl
            .as_ref()
            .map(|kubectl| kubectl.context.clone()),
    }
}

/// The ARN of the caller the current checks ran as, once the identity check has answered
/// (this wizard's own run only: an opened case's caller is someone else's).
pub fn caller_arn(model: &Model) -> Option<String> {
    if crate::wizard::queries::case::showing_collected(model) {
        return None;
    }
    let report = model
        .probes
        .reports
        .get(&crate::probes::ProbeId::Identity)?;
    if let crate::probes::ProbeData::Identity(identity) = &report.data {
        return Some(identity.arn.clone());
    }
    report
        .evidence
        .get("arn")
        .and_then(|arn| arn.as_str())
        .filter(|arn| !arn.is_empty())
        .map(str::to_owned)
}
