//! Values the person gives (on the command line, in the wizard) win over what the message
//! says: a message may name the wrong cluster, or a redacted ARN.

use super::{Fields, Reading, reader};
use crate::guide::{Context, Field};

impl Reading {
    /// The finding with the cluster, Region, principal ARN and action taken from `given`
    /// wherever it has them. A principal given replaces the kind and account read from the
    /// message too, so the three never disagree.
    pub fn with_overrides(&self, given: &Context) -> Reading {
        let mut fields = self.fields.clone();
        if let Some(arn) = given.get(Field::PrincipalArn) {
            fields.principal_arn = None;
            fields.principal_kind = None;
            fields.account_id = None;
            reader::set_principal(&mut fields, arn);
            if fields.principal_arn.is_none() {
                // Not an ARN the reader knows: still the person's word, shown as given.
                fields.principal_arn = Some(arn.to_owned());
            }
        }
        let set = |value: Option<&str>, slot: &mut Option<String>| {
            if let Some(value) = value {
                *slot = Some(value.to_owned());
            }
        };
        let Fields {
            cluster,
            region,
            action,
            ..
        } = &mut fields;
        set(given.get(Field::Cluster), cluster);
        set(given.get(Field::Region), region);
        set(given.get(Field::Action), action);
        Reading {
            fields,
            ..self.clone()
        }
    }

    /// The guide's context: what the message says, with every value in `given` winning.
    pub fn context_with(&self, given: &Context) -> Context {
        let mut context = self.with_overrides(given).context();
        for field in Field::ALL {
            if let Some(value) = given.get(field) {
                context.set(field, value);
            }
        }
        context
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn given_values_win_and_the_principal_brings_its_account() {
        let reading = crate::triage::read(
            "User: arn:aws:iam::111122223333:user/alice is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2:111122223333:cluster/old",
        )
        .unwrap();
        let mut given = Context::default();
        given.set(Field::Cluster, "prod");
        given.set(
            Field::PrincipalArn,
            "arn:aws:sts::444455556666:assumed-role/admin/bob",
        );
        let finding = reading.lead.with_overrides(&given);
        assert_eq!(finding.fields.cluster.as_deref(), Some("prod"));
        assert_eq!(finding.fields.region.as_deref(), Some("us-west-2"));
        assert_eq!(finding.fields.account_id.as_deref(), Some("444455556666"));
        assert_eq!(
            finding.fields.principal_kind,
            Some(crate::triage::PrincipalKind::AssumedRole)
        );
        let context = reading.lead.context_with(&given);
        assert_eq!(context.get(Field::Cluster), Some("prod"));
        assert_eq!(context.get(Field::Region), Some("us-west-2"));
    }
}
