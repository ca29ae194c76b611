//! The run loop's side of the probe screen: loads the AWS configuration and starts the checks
//! as tasks (never before the first frame, never on the loop itself), and turns the spinner
//! with a timer that exists only while checks run.

use std::time::Duration;

use tokio::sync::mpsc;
use tokio::task::JoinHandle;

use crate::aws::AwsError;
use crate::check_run::CheckRun;
use crate::probes::{Outcome, ProbeEvent, ProbeReport, Text, spawn_probes};
use crate::wizard::{Msg, ProbeRequest};

const TICK: Duration = Duration::from_millis(100);

/// Aborts the tasks it holds when dropped, so abandoning a run abandons its checks.
struct AbortOnDrop(Vec<JoinHandle<()>>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        for task in &self.0 {
            task.abort();
        }
    }
}

/// The current run of the checks and the spinner's timer.
pub struct ProbeRuns {
    sender: mpsc::Sender<Msg>,
    run: Option<JoinHandle<()>>,
    ticker: Option<JoinHandle<()>>,
}

impl ProbeRuns {
    pub fn new(sender: mpsc::Sender<Msg>) -> ProbeRuns {
        ProbeRuns {
            sender,
            run: None,
            ticker: None,
        }
    }

    /// Starts a run; an earlier one is abandoned (its late results would be dropped anyway).
    pub fn start(&mut self, generation: u64, request: ProbeRequest) {
        if let Some(old) = self.run.take() {
            old.abort();
        }
        let sender = self.sender.clone();
        self.run = Some(tokio::spawn(run(generation, request, sender)));
    }

    /// Keeps a timer sending [`Msg::Tick`] exactly while `animating`.
    pub fn tick_while(&mut self, animating: bool) {
        match (&self.ticker, animating) {
            (None, true) => {
                let sender = self.sender.clone();
                self.ticker = Some(tokio::spawn(async move {
                    let mut interval = tokio::time::interval(TICK);
                    interval.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Skip);
                    interval.tick().await;
                    loop {
                        interval.tick().await;
                        // A full channel means the loop is busy: skip this frame of the spinner.
                        if let Err(mpsc::error::TrySendError::Closed(_)) =
                            sender.try_send(Msg::Tick)
                        {
                            return;
                        }
                    }
                }));
            }
            (Some(_), false) => {
                if let Some(ticker) = self.ticker.take() {
                    ticker.abort();
                }
            }
            _ => {}
        }
    }
}

impl Drop for ProbeRuns {
    fn drop(&mut self) {
        if let Some(run) = self.run.take() {
            run.abort();
        }
        if let Some(ticker) = self.ticker.take() {
            ticker.abort();
        }
    }
}

async fn run(generation: u64, request: ProbeRequest, sender: mpsc::Sender<Msg>) {
    let plan = request.plan;
    let run = CheckRun {
        symptom: request.symptom,
        context: request.context,
        settings: request.settings,
        assume_confirmed: request.assume_confirmed,
        aws_auth: request.aws_auth,
        kubectl: request.kubectl,
    };
    let budget = run.budget();
    // The chain's slow steps are bounded inside; this bound is for anything they missed.
    let session = match tokio::time::timeout(budget, run.load_session()).await {
        Ok(session) => session,
        Err(_) => {
            for id in &plan {
                let report = ProbeReport {
                    id: *id,
                    outcome: Outcome::Unknown(AwsError::Timeout.into()),
                    summary: Text::new("probe-summary-unknown"),
                    evidence: Default::default(),
                    findings: Vec::new(),
                    duration: budget,
                    data: Default::default(),
                };
                let event = ProbeEvent { generation, report };
                if sender.send(Msg::Probe(Box::new(event))).await.is_err() {
                    return;
                }
            }
            return;
        }
    };
    let _ = sender
        .send(Msg::ProbeRegion {
            generation,
            region: session.region.clone(),
        })
        .await;
    let (api, input) = run.start(&session);
    let mut tasks = AbortOnDrop(spawn_probes(
        api,
        input,
        &plan,
        generation,
        sender,
        |event| Msg::Probe(Box::new(event)),
    ));
    for task in &mut tasks.0 {
        let _ = task.await;
    }
}
