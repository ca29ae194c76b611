//! Clock skew: the authenticator and STS refuse a token whose signing time is more than 15
//! minutes from their own clock, and Kubernetes then answers 401 as if the caller were not
//! mapped. Comparing the local clock with the `Date` header of an AWS response tells the two
//! apart.

use std::time::{Duration, SystemTime};

use aws_smithy_types::date_time::{DateTime, Format};

use super::eks_token::TOKEN_LIFETIME;

/// How far the local clock is from AWS's, in whole seconds (positive: the local clock is ahead).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClockSkew {
    pub seconds: i64,
}

impl ClockSkew {
    /// Compares `local` with an HTTP `Date` header (`Sun, 29 Nov 2026 16:58:00 GMT`); `None`
    /// when the header cannot be read.
    pub fn from_date_header(local: SystemTime, date: &str) -> Option<ClockSkew> {
        let server = DateTime::from_str(date.trim(), Format::HttpDate).ok()?;
        let local = local
            .duration_since(SystemTime::UNIX_EPOCH)
            .ok()
            .and_then(|d| i64::try_from(d.as_secs()).ok())?;
        Some(ClockSkew {
            seconds: local - server.secs(),
        })
    }

    pub fn magnitude(self) -> Duration {
        Duration::from_secs(self.seconds.unsigned_abs())
    }

    /// Whether a token signed now would be refused for its time alone.
    pub fn refuses_tokens(self) -> bool {
        self.magnitude() >= TOKEN_LIFETIME
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(seconds: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(seconds)
    }

    #[test]
    fn skew_is_read_from_the_date_header() {
        // 2023-11-14T22:13:20Z
        let date = "Tue, 14 Nov 2023 22:13:20 GMT";
        let same = ClockSkew::from_date_header(at(1_700_000_000), date).unwrap();
        assert_eq!(same.seconds, 0);
        assert!(!same.refuses_tokens());
        let ahead = ClockSkew::from_date_header(at(1_700_000_000 + 16 * 60), date).unwrap();
        assert_eq!(ahead.seconds, 960);
        assert!(ahead.refuses_tokens());
        let behind = ClockSkew::from_date_header(at(1_700_000_000 - 15 * 60), date).unwrap();
        assert_eq!(behind.seconds, -900);
        assert!(behind.refuses_tokens());
        let slightly = ClockSkew::from_date_header(at(1_700_000_000 + 14 * 60), date).unwrap();
        assert!(!slightly.refuses_tokens());
        assert_eq!(ClockSkew::from_date_header(at(0), "yesterday"), None);
    }
}
