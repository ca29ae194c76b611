//! The aws-auth screen's jobs, as pure functions the run loop calls off its thread: plain data
//! in ([`AwsAuthJob`]), one message out. Here rather than in `layout/` or `queries/` because
//! they answer with a [`Msg`], which those layers do not know.

use std::sync::Arc;

use crate::aws_auth::report;
use crate::wizard::layout::aws_auth::lay_out_report;
use crate::wizard::model::aws_auth::{AwsAuthJob, Loaded, ReportLayout};
use crate::wizard::msg::Msg;
use crate::wizard::queries::aws_auth::{analyse, build_report};
use crate::wizard::theme::Theme;

/// Runs a job of the aws-auth screen (on whatever thread the caller chose; the run loop uses a
/// blocking-pool thread) and words its result as the message `update` takes it in by.
pub fn run_job(job: AwsAuthJob) -> Msg {
    match job {
        AwsAuthJob::Analyse {
            generation,
            source,
            text,
        } => Msg::AwsAuthAnalysed {
            generation,
            loaded: Box::new(Loaded {
                outcome: analyse(&text, &source),
                source,
            }),
        },
        AwsAuthJob::LayOut {
            generation,
            key,
            inputs,
        } => {
            let lines = lay_out_report(&inputs, &Theme::new(inputs.appearance));
            Msg::AwsAuthLaidOut {
                generation,
                layout: Box::new(ReportLayout {
                    key,
                    lines: Arc::new(lines),
                }),
            }
        }
        AwsAuthJob::Copy {
            generation,
            whole_report,
            inputs,
        } => {
            let auth = inputs
                .loaded
                .as_ref()
                .and_then(|loaded| loaded.outcome.as_ref().ok());
            let text = auth.map(|auth| {
                let lang = inputs.lang;
                let screen = build_report(
                    auth,
                    &inputs.guide_context,
                    inputs.symptom,
                    inputs.profile.as_deref(),
                    lang,
                );
                if whole_report {
                    report::to_text(&screen.report, &screen.ctx, lang)
                } else {
                    report::fix_text(&screen.report.plan, &screen.ctx, lang)
                }
            });
            Msg::AwsAuthCopyReady {
                generation,
                whole_report,
                text,
            }
        }
    }
}
