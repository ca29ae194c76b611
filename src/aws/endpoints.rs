//! Service endpoints as the SDK resolves them: aws-sdk-sts's own endpoint rules and the
//! partition data they carry, never a hand-kept list of Regions. A Region of a partition the
//! tool has never seen (a new ISO partition, the European Sovereign Cloud) gets the host the
//! SDK, botocore and the authenticator agree on.

use std::future::Future;
use std::pin::pin;
use std::task::{Context, Poll, Waker};

use aws_sdk_sts::config::endpoint::{DefaultResolver, Params, ResolveEndpoint};

/// The regional STS host of `region` (`sts.<region>.<its partition's DNS suffix>`), or its FIPS
/// or dual-stack variant, as aws-sdk-sts's endpoint rules resolve it. `None` for a name the
/// rules refuse (not a valid host label).
pub fn sts_host(region: &str, fips: bool, dual_stack: bool) -> Option<String> {
    let params = Params::builder()
        .region(region)
        .use_fips(fips)
        .use_dual_stack(dual_stack)
        .use_global_endpoint(false)
        .build()
        .ok()?;
    let resolver = DefaultResolver::new();
    // The rules are evaluated in place: the future is ready on its first poll.
    let mut future = pin!(resolver.resolve_endpoint(&params));
    let endpoint = match future
        .as_mut()
        .poll(&mut Context::from_waker(Waker::noop()))
    {
        Poll::Ready(Ok(endpoint)) => endpoint,
        _ => return None,
    };
    let host = endpoint.url().strip_prefix("https://")?.split('/').next()?;
    (!host.is_empty()).then(|| host.to_owned())
}

/// Each partition's STS DNS suffix, as aws-iam-authenticator names them
/// (`pkg/endpoints/partitions.go`, `GetSTSPartitionDomain`), and the European Sovereign Cloud's
/// from the SDK's partition data. Only used to name the partition of a suffix the SDK resolved.
const PARTITION_SUFFIXES: [(&str, &str); 7] = [
    ("amazonaws.com.cn", "aws-cn"),
    ("c2s.ic.gov", "aws-iso"),
    ("sc2s.sgov.gov", "aws-iso-b"),
    ("cloud.adc-e.uk", "aws-iso-e"),
    ("csp.hci.ic.gov", "aws-iso-f"),
    ("amazonaws.eu", "aws-eusc"),
    ("amazonaws.com", "aws"),
];

/// The partition `region` belongs to, from the STS host the SDK resolves for it. GovCloud
/// shares the commercial suffix and is told apart by its Region names.
pub fn partition_of_region(region: &str) -> &'static str {
    let Some(host) = sts_host(region, false, false) else {
        return "aws";
    };
    let partition = PARTITION_SUFFIXES
        .iter()
        .find(|(suffix, _)| host.ends_with(&format!(".{suffix}")))
        .map(|(_, partition)| *partition)
        .unwrap_or("aws");
    if partition == "aws" && region.starts_with("us-gov-") {
        "aws-us-gov"
    } else {
        partition
    }
}

/// The STS DNS suffix of a partition (the commercial one for a name not known).
pub fn dns_suffix(partition: &str) -> &'static str {
    if partition == "aws-us-gov" {
        return "amazonaws.com";
    }
    PARTITION_SUFFIXES
        .iter()
        .find(|(_, p)| *p == partition)
        .map(|(suffix, _)| *suffix)
        .unwrap_or("amazonaws.com")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sts_hosts_come_from_the_sdk_rules() {
        for (region, host) in [
            ("us-east-1", "sts.us-east-1.amazonaws.com"),
            ("ap-northeast-1", "sts.ap-northeast-1.amazonaws.com"),
            ("cn-north-1", "sts.cn-north-1.amazonaws.com.cn"),
            ("us-gov-west-1", "sts.us-gov-west-1.amazonaws.com"),
            ("us-iso-east-1", "sts.us-iso-east-1.c2s.ic.gov"),
            ("us-isob-east-1", "sts.us-isob-east-1.sc2s.sgov.gov"),
            ("eu-isoe-west-1", "sts.eu-isoe-west-1.cloud.adc-e.uk"),
            ("us-isof-south-1", "sts.us-isof-south-1.csp.hci.ic.gov"),
            ("eusc-de-east-1", "sts.eusc-de-east-1.amazonaws.eu"),
        ] {
            assert_eq!(sts_host(region, false, false).as_deref(), Some(host));
        }
        assert_eq!(
            sts_host("us-west-2", true, false).as_deref(),
            Some("sts-fips.us-west-2.amazonaws.com")
        );
        assert_eq!(
            sts_host("us-west-2", false, true).as_deref(),
            Some("sts.us-west-2.api.aws")
        );
        assert_eq!(sts_host("not a region", false, false), None);
    }

    #[test]
    fn partitions_follow_the_resolved_suffix() {
        for (region, partition) in [
            ("eu-west-1", "aws"),
            ("cn-northwest-1", "aws-cn"),
            ("us-gov-east-1", "aws-us-gov"),
            ("us-iso-west-1", "aws-iso"),
            ("us-isob-east-1", "aws-iso-b"),
            ("eu-isoe-west-1", "aws-iso-e"),
            ("us-isof-east-1", "aws-iso-f"),
            ("eusc-de-east-1", "aws-eusc"),
        ] {
            assert_eq!(partition_of_region(region), partition, "{region}");
            assert!(
                sts_host(region, false, false).is_some_and(|h| h.ends_with(dns_suffix(partition)))
            );
        }
    }
}
