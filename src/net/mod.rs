//! What the two HTTP clients share, the AWS SDK's and kube's: the limit on response bodies and
//! how a request is named in the `--debug` log.

pub mod body_limit;

/// The target of the request lines; `RUST_LOG=eks_iam_tui::request=debug` shows them alone.
pub const REQUEST_LOG_TARGET: &str = "eks_iam_tui::request";

/// `scheme://host[:port]/path` of a URL: the query string (a presigned URL's signature) is
/// never part of what is logged.
pub fn endpoint_of(uri: &str) -> &str {
    uri.split(['?', '#']).next().unwrap_or(uri)
}

#[cfg(test)]
mod tests {
    use super::endpoint_of;

    #[test]
    fn the_query_string_is_never_part_of_the_endpoint() {
        assert_eq!(
            endpoint_of(
                "https://sts.us-west-2.amazonaws.com/?Action=GetCallerIdentity&X-Amz-Signature=abc"
            ),
            "https://sts.us-west-2.amazonaws.com/"
        );
        assert_eq!(
            endpoint_of("https://eks.us-west-2.amazonaws.com/clusters/demo"),
            "https://eks.us-west-2.amazonaws.com/clusters/demo"
        );
    }
}
