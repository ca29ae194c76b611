//! The aws-auth screen's jobs (analysis, layout, copy), each on a blocking thread so the run
//! loop keeps answering keys and signals; each answers with one message.
//!
//! At most one layout runs at a time, and of the layouts asked for meanwhile only the latest
//! waits: dragging a terminal's edge asks for dozens, each seconds long for a large map, and
//! every one but the last would be dropped as stale anyway.

use tokio::sync::mpsc;

use crate::wizard::{AwsAuthJob, Msg, run_aws_auth_job};

pub struct AwsAuthJobs {
    sender: mpsc::Sender<Msg>,
    layout_running: bool,
    layout_waiting: Option<AwsAuthJob>,
}

impl AwsAuthJobs {
    pub fn new(sender: mpsc::Sender<Msg>) -> AwsAuthJobs {
        AwsAuthJobs {
            sender,
            layout_running: false,
            layout_waiting: None,
        }
    }

    pub fn start(&mut self, job: AwsAuthJob) {
        if matches!(job, AwsAuthJob::LayOut { .. }) {
            if self.layout_running {
                self.layout_waiting = Some(job);
                return;
            }
            self.layout_running = true;
        }
        let sender = self.sender.clone();
        tokio::spawn(async move {
            // Quitting does not wait for a job: the runtime is shut down in the background.
            let done = tokio::task::spawn_blocking(move || run_aws_auth_job(job));
            if let Ok(msg) = done.await {
                let _ = sender.send(msg).await;
            }
        });
    }

    /// Called with every message before `update` takes it: a finished layout lets the one
    /// waiting start.
    pub fn saw(&mut self, msg: &Msg) {
        if matches!(msg, Msg::AwsAuthLaidOut { .. }) {
            self.layout_running = false;
            if let Some(job) = self.layout_waiting.take() {
                self.start(job);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::guide::Context;
    use crate::i18n::Lang;
    use crate::wizard::{Appearance, LayoutInputs, LayoutKey};

    fn layout(generation: u64, width: u16) -> AwsAuthJob {
        let key = LayoutKey {
            loads: 0,
            width,
            lang: Lang::En,
            appearance: Appearance::default(),
            symptom: None,
            context: Context::default(),
            guide_context: Context::default(),
            profile: None,
        };
        AwsAuthJob::LayOut {
            generation,
            inputs: Box::new(LayoutInputs {
                loaded: None,
                lang: key.lang,
                width,
                appearance: key.appearance,
                symptom: None,
                context: Context::default(),
                guide_context: Context::default(),
                profile: None,
            }),
            key,
        }
    }

    fn generation(msg: &Msg) -> Option<u64> {
        match msg {
            Msg::AwsAuthLaidOut { generation, .. } => Some(*generation),
            _ => None,
        }
    }

    /// Three layouts asked for while one runs: the first runs, then only the latest.
    #[tokio::test]
    async fn one_layout_runs_at_a_time_and_only_the_latest_waits() {
        let (sender, mut received) = mpsc::channel(8);
        let mut jobs = AwsAuthJobs::new(sender);
        for (n, width) in [(1, 60), (2, 70), (3, 80)] {
            jobs.start(layout(n, width));
        }
        let first = received.recv().await.expect("the first layout");
        assert_eq!(generation(&first), Some(1));
        jobs.saw(&first);
        let next = received.recv().await.expect("the latest layout");
        assert_eq!(generation(&next), Some(3));
        jobs.saw(&next);
        assert!(received.try_recv().is_err(), "the second was never run");
    }
}
