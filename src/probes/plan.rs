//! The probe set of each symptom, read from `assets/probes.toml`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use serde::Deserialize;

use super::ProbeId;
use crate::guide::Symptom;

const PLAN_SOURCE: &str = include_str!("../../assets/probes.toml");

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PlanError {
    #[error("assets/probes.toml: {0}")]
    Parse(String),
    #[error("assets/probes.toml names no probes for {0}")]
    MissingSymptom(&'static str),
    #[error("assets/probes.toml names an unknown probe {0}")]
    UnknownProbe(String),
}

#[derive(Deserialize)]
struct PlanFile {
    symptoms: BTreeMap<String, Vec<String>>,
}

static PLAN: LazyLock<Result<BTreeMap<String, Vec<String>>, PlanError>> = LazyLock::new(|| {
    toml::from_str::<PlanFile>(PLAN_SOURCE)
        .map(|f| f.symptoms)
        .map_err(|e| PlanError::Parse(e.to_string()))
});

/// The probes to run for `symptom`, dependencies included, in a stable order (the order of
/// [`ProbeId::ALL`]).
pub fn plan_for(symptom: Symptom) -> Result<Vec<ProbeId>, PlanError> {
    let plan = PLAN.as_ref().map_err(Clone::clone)?;
    let names = plan
        .get(symptom.id())
        .ok_or(PlanError::MissingSymptom(symptom.id()))?;
    let mut wanted = std::collections::BTreeSet::new();
    let mut queue = Vec::new();
    for name in names {
        queue.push(ProbeId::from_id(name).ok_or_else(|| PlanError::UnknownProbe(name.clone()))?);
    }
    // The dependency graph has a dozen nodes; the bound is only a guard against a mistake.
    for _ in 0..64 {
        let Some(probe) = queue.pop() else { break };
        if wanted.insert(probe) {
            queue.extend_from_slice(probe.needs());
        }
    }
    Ok(ProbeId::ALL
        .into_iter()
        .filter(|p| wanted.contains(p))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_symptom_has_a_plan_with_its_dependencies() {
        for symptom in Symptom::ALL {
            let plan = plan_for(symptom).unwrap();
            assert!(plan.contains(&ProbeId::Identity), "{symptom:?}");
            for probe in &plan {
                for need in probe.needs() {
                    assert!(plan.contains(need), "{symptom:?}: {probe:?} needs {need:?}");
                }
            }
        }
        assert!(
            plan_for(Symptom::ConsoleNodes)
                .unwrap()
                .contains(&ProbeId::AccessEntries)
        );
    }
}
