//! How the aws-auth analysis grows with the ConfigMap: 1,000, 4,000 and 16,000 mapRoles
//! entries (every third with a path, every fifth a duplicate), read and linted alone, and the
//! whole `lint-aws-auth` text report; and a map of 20,000 aliases.
//!
//! `cargo bench --bench aws_auth`; with element throughput, "thrpt" is entries per second:
//! linear growth keeps it flat across the three sizes.

use std::hint::black_box;
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, Throughput, criterion_group, criterion_main};
use eks_iam_tui::aws_auth::{self, fix::FixContext, report};
use eks_iam_tui::guide::Symptom;
use eks_iam_tui::i18n::Lang;

#[path = "../tests/it/support/big_aws_auth.rs"]
mod big_aws_auth;

fn benches(c: &mut Criterion) {
    let ctx = FixContext {
        cluster: Some("demo".into()),
        region: Some("us-west-2".into()),
        symptom: Some(Symptom::AwsAuthPath),
        mode: None,
        profile: None,
    };
    let mut group = c.benchmark_group("aws_auth");
    group.sample_size(10);
    group.measurement_time(Duration::from_secs(4));
    for entries in [1_000, 4_000, 16_000] {
        let text = big_aws_auth::big_aws_auth(entries);
        group.throughput(Throughput::Elements(entries as u64));
        group.bench_with_input(BenchmarkId::new("lint", entries), &text, |b, text| {
            b.iter(|| black_box(aws_auth::lint(black_box(text))))
        });
        group.bench_with_input(
            BenchmarkId::new("text_report", entries),
            &text,
            |b, text| {
                b.iter(|| {
                    let auth = aws_auth::lint(black_box(text)).ok()?;
                    let principal = "arn:aws:iam::111122223333:role/team/nodes/node-role-00003";
                    let report = report::build(auth, Some(principal), None, &ctx).ok()?;
                    Some(black_box(report::to_text(&report, &ctx, Lang::En)).len())
                })
            },
        );
    }
    let aliases = 20_000;
    let text = big_aws_auth::many_aliases(aliases);
    group.throughput(Throughput::Elements(aliases as u64));
    group.bench_with_input(BenchmarkId::new("aliases", aliases), &text, |b, text| {
        b.iter(|| black_box(aws_auth::lint(black_box(text))))
    });
    group.finish();
}

criterion_group!(aws_auth_benches, benches);
criterion_main!(aws_auth_benches);
