//! The kubeconfig context kubectl would use, read for the values the person did not give:
//! the cluster and Region kubectl talks to fill the gaps, and the person is told where they
//! came from. The command line (and, in the wizard, what is typed) always wins.

use super::Cli;
use super::error::CliError;
use crate::guide::{Context, Field};
use crate::i18n::Lang;
use crate::kubeconfig::{EksContext, describe_context, kubeconfig_files, load_kubeconfig};
use crate::tr;

/// The context, when there is an EKS one to read. A kubeconfig the person named with
/// `--kubeconfig` or `--context` must be readable; the default one may be missing or
/// unreadable without stopping anything (the checks simply do not use it).
pub fn kubectl_context(cli: &Cli) -> Result<Option<EksContext>, CliError> {
    let named = cli.kubeconfig.is_some() || cli.kube_context.is_some();
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    let kubeconfig_variable = std::env::var_os("KUBECONFIG");
    let Some(files) = kubeconfig_files(
        cli.kubeconfig.as_deref(),
        kubeconfig_variable.as_deref(),
        home.as_deref(),
    ) else {
        return Ok(None);
    };
    let read = load_kubeconfig(files).and_then(|loaded| {
        let path = std::env::var_os("PATH");
        describe_context(&loaded, cli.kube_context.as_deref(), path.as_deref())
    });
    match read {
        Ok(context) if context.is_eks() => Ok(Some(context)),
        // Not an EKS cluster: nothing in it to fill.
        Ok(_) => Ok(None),
        Err(error) if named => Err(CliError::Kubeconfig(error)),
        Err(_) => Ok(None),
    }
}

/// Every EKS context of the kubeconfig kubectl would read, for the wizard's context picker;
/// none when it cannot be read (the picker then says so).
pub fn kubectl_contexts(cli: &Cli) -> Vec<EksContext> {
    let home = std::env::var_os("HOME").map(std::path::PathBuf::from);
    let kubeconfig_variable = std::env::var_os("KUBECONFIG");
    let Some(files) = kubeconfig_files(
        cli.kubeconfig.as_deref(),
        kubeconfig_variable.as_deref(),
        home.as_deref(),
    ) else {
        return Vec::new();
    };
    let Ok(loaded) = load_kubeconfig(files) else {
        return Vec::new();
    };
    let path = std::env::var_os("PATH");
    let names: Vec<String> = loaded
        .config
        .contexts
        .iter()
        .map(|context| context.name.clone())
        .collect();
    names
        .iter()
        .filter_map(|name| describe_context(&loaded, Some(name), path.as_deref()).ok())
        .filter(EksContext::is_eks)
        .collect()
}

/// Fills the cluster and Region the person left empty from the context; returns the fields
/// it filled. A context names one cluster in one Region: when the person named another
/// cluster or another Region, it says nothing about theirs and fills nothing.
pub fn fill_from_kubectl(context: &mut Context, kubectl: &EksContext) -> Vec<Field> {
    let values = [
        (Field::Cluster, &kubectl.target.cluster_name),
        (Field::Region, &kubectl.target.region),
    ];
    let about_another = values.iter().any(|(field, value)| {
        let given = context.get(*field).map(str::trim).filter(|v| !v.is_empty());
        matches!((given, value), (Some(given), Some((value, _))) if given != value)
    });
    if about_another {
        return Vec::new();
    }
    let mut filled = Vec::new();
    for (field, value) in values {
        if let Some((value, _)) = value
            && context.get(field).is_none_or(|v| v.trim().is_empty())
        {
            context.set(field, value);
            filled.push(field);
        }
    }
    filled
}

/// What standard error says when values came from the kubeconfig.
pub fn filled_note(kubectl: &EksContext, filled: &[Field], lang: Lang) -> Option<String> {
    if filled.is_empty() {
        return None;
    }
    let what = match (
        filled.contains(&Field::Cluster),
        filled.contains(&Field::Region),
    ) {
        (true, true) => "both",
        (true, false) => "cluster",
        _ => "region",
    };
    Some(tr!(
        lang,
        "kubeconfig-filled",
        context = kubectl.context.clone(),
        what = what
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kubeconfig::{EksTarget, TargetSource};

    fn kubectl() -> EksContext {
        EksContext {
            context: "prod-ctx".into(),
            chosen_by_flag: false,
            cluster_entry: String::new(),
            user_entry: String::new(),
            server: None,
            certificate_authority_data: None,
            target: EksTarget {
                cluster_name: Some(("prod".into(), TargetSource::ClusterArn)),
                region: Some(("us-west-2".into(), TargetSource::ClusterArn)),
                account_id: None,
            },
            exec: None,
        }
    }

    #[test]
    fn only_empty_values_are_filled_and_only_for_the_same_cluster() {
        let mut context = Context::default();
        context.set(Field::Region, "us-west-2");
        let filled = fill_from_kubectl(&mut context, &kubectl());
        assert_eq!(filled, [Field::Cluster]);
        assert_eq!(context.get(Field::Cluster), Some("prod"));
        assert_eq!(context.get(Field::Region), Some("us-west-2"));
        // Another Region or another cluster: the context is about a different cluster.
        for (field, value) in [(Field::Region, "eu-west-1"), (Field::Cluster, "dev")] {
            let mut other = Context::default();
            other.set(field, value);
            assert_eq!(fill_from_kubectl(&mut other, &kubectl()), []);
            assert_eq!(other.get(Field::Cluster).is_some(), field == Field::Cluster);
        }
        let note = filled_note(&kubectl(), &filled, Lang::En).unwrap();
        assert!(note.contains("prod-ctx"), "{note}");
        assert_eq!(filled_note(&kubectl(), &[], Lang::Ja), None);
    }
}
