//! The aws-auth screen's report for the case on screen, and the map the checks read from the
//! cluster.

use crate::aws_auth::fix::{FixContext, FixPlan};
use crate::aws_auth::input::MAX_INPUT_BYTES;
use crate::aws_auth::report::{self, Report};
use crate::aws_auth::{self, AwsAuth, ConfigMapError};
use crate::guide::{Context, Field, Symptom};
use crate::i18n::Lang;
use crate::probes::ProbeData;
use crate::tr;
use crate::wizard::model::Model;
use crate::wizard::model::aws_auth::{LoadError, Source};
use crate::wizard::queries::probes::guide_context;

/// The report and what it was built with.
pub struct ScreenReport {
    pub report: Report,
    pub ctx: FixContext,
    /// The principal of the details, when it is set but not an ARN the authenticator reads.
    pub principal_error: Option<String>,
}

/// The ConfigMap's text linted, or why it is not one (with the line the error points at).
pub fn analyse(text: &str, source: &Source) -> Result<AwsAuth, LoadError> {
    // A file came through the bounded reader, which refused more bytes than the limit as
    // given (a Shift_JIS file's UTF-8 text is longer than the file); a paste or the cluster's
    // map is counted as it is.
    let given_bytes = match source {
        Source::File(_) => text.len().min(MAX_INPUT_BYTES),
        Source::Paste { .. } | Source::Cluster(_) => text.len(),
    };
    aws_auth::lint_given(text, given_bytes).map_err(|error| LoadError::Input {
        excerpt: excerpt(text, &error),
        error,
    })
}

/// The input line an error points at, trimmed to a sensible length.
fn excerpt(text: &str, error: &ConfigMapError) -> Option<String> {
    let (line, _) = error.line_col()?;
    let content = text.lines().nth(line.checked_sub(1)?)?;
    Some(content.chars().take(200).collect())
}

/// `guide_context` is the details' principal, or the caller the identity check found when
/// that was left blank.
pub fn build_report(
    auth: &AwsAuth,
    guide_context: &Context,
    symptom: Option<Symptom>,
    profile: Option<&str>,
    lang: Lang,
) -> ScreenReport {
    let context = guide_context;
    let ctx = FixContext {
        cluster: context.get(Field::Cluster).map(str::to_owned),
        region: context.get(Field::Region).map(str::to_owned),
        symptom,
        mode: None,
        profile: profile.map(str::to_owned),
    };
    let principal = context.get(Field::PrincipalArn);
    match report::build(auth.clone(), principal, None, &ctx) {
        Ok(report) => ScreenReport {
            report,
            ctx,
            principal_error: None,
        },
        Err(error) => {
            let principal_error = Some(tr!(
                lang,
                "aws-auth-error-principal",
                arn = principal.unwrap_or_default(),
                details = error.to_string()
            ));
            // Without the principal the rest of the report still stands.
            let report = report::build(auth.clone(), None, None, &ctx).unwrap_or(Report {
                auth: auth.clone(),
                answer: None,
                decision: None,
                plan: FixPlan {
                    corrected_data: None,
                    entries: Vec::new(),
                    mode_steps: Vec::new(),
                },
            });
            ScreenReport {
                report,
                ctx,
                principal_error,
            }
        }
    }
}

/// The report for the loaded ConfigMap, with the principal and cluster of the details.
pub fn screen_report(model: &Model) -> Option<ScreenReport> {
    let context = guide_context(model);
    model.aws_auth.auth().map(|auth| {
        let profile = model.aws.command_profile();
        build_report(
            auth,
            &context,
            model.symptom,
            profile.as_deref(),
            model.lang,
        )
    })
}

/// The aws-auth the checks read from the cluster of the case on screen, with its name.
pub fn live_map(model: &Model) -> Option<(String, String)> {
    if model.probes.context.as_ref() != Some(&model.context()) {
        return None;
    }
    let cluster = model.context().get(Field::Cluster)?.to_owned();
    model.probes.reports.values().find_map(|r| match &r.data {
        ProbeData::AwsAuthMap(text) => Some((cluster.clone(), text.clone())),
        _ => None,
    })
}
