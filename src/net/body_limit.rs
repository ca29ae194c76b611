//! Every answer the tool reads is small: a caller identity, a cluster, a role, a page of access
//! entries, a ConfigMap of at most a few hundred kilobytes. A body past [`MAX_RESPONSE_BYTES`]
//! (or one that never ends) is cut off there and the call ends as [`ResponseTooLarge`], so
//! memory stays bounded whatever a server, a proxy or an emulator sends. Both HTTP clients use
//! it: the AWS SDK's (`aws::body_limit`) and kube's (`kube::body_limit`).

use std::error::Error as StdError;

use http_body_util::{LengthLimitError, Limited};

/// The largest response body read: 4 MiB, far above any answer the checks need (a full page
/// of access entries is a few kilobytes; the largest ConfigMap is 1 MiB).
pub const MAX_RESPONSE_BYTES: usize = 4 * 1024 * 1024;

/// A response body went past [`MAX_RESPONSE_BYTES`].
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("the response was larger than {limit} bytes and was not read further")]
pub struct ResponseTooLarge {
    pub limit: usize,
}

/// `body`, cut off with [`ResponseTooLarge`] past the limit.
pub fn limited<B>(body: B) -> impl http_body::Body<Data = B::Data, Error = BoxError>
where
    B: http_body::Body,
    B::Error: Into<BoxError>,
{
    http_body_util::BodyExt::map_err(Limited::new(body, MAX_RESPONSE_BYTES), |error| {
        if error.is::<LengthLimitError>() {
            Box::new(ResponseTooLarge {
                limit: MAX_RESPONSE_BYTES,
            }) as BoxError
        } else {
            error
        }
    })
}

pub type BoxError = Box<dyn StdError + Send + Sync>;

/// Whether `error`, or any error it wraps, is a [`ResponseTooLarge`].
pub fn is_too_large(error: &(dyn StdError + 'static)) -> bool {
    let mut current = Some(error);
    // Error chains are short; the bound guards against a cycle in a hand-written source().
    for _ in 0..32 {
        let Some(err) = current else { return false };
        if err.is::<ResponseTooLarge>() || err.is::<LengthLimitError>() {
            return true;
        }
        // An io::Error's source() skips the error it wraps.
        let wrapped = err
            .downcast_ref::<std::io::Error>()
            .and_then(|io| io.get_ref())
            .map(|inner| inner as &(dyn StdError + 'static));
        current = wrapped.or_else(|| err.source());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;
    use http_body_util::BodyExt;

    #[tokio::test]
    async fn a_body_past_the_limit_ends_in_response_too_large() {
        let small = http_body_util::Full::new(bytes::Bytes::from(vec![b'x'; 1024]));
        let read = limited(small).collect().await.map(|b| b.to_bytes().len());
        assert_eq!(read.ok(), Some(1024));
        let big = http_body_util::Full::new(bytes::Bytes::from(vec![b'x'; MAX_RESPONSE_BYTES + 1]));
        let error = limited(big)
            .collect()
            .await
            .err()
            .map(|e| is_too_large(&*e));
        assert_eq!(error, Some(true));
    }
}
