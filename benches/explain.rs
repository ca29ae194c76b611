//! Time to read a pasted error: each corpus message (reading alone, and the whole `explain`
//! with its filled guide as JSON), and the longest input accepted (64 KiB).
//!
//! `cargo bench --bench explain`; criterion prints time per iteration. The corpus groups
//! use element throughput, so "thrpt" is messages per second and time/N is per message.

use std::hint::black_box;
use std::path::PathBuf;
use std::time::Duration;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use eks_iam_tui::cli::{GuideFormat, explain};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::triage::{self, MAX_INPUT_BYTES};

/// The corpus texts, both splits (`tests/corpus/dev` and `tests/corpus/validation`).
fn corpus_texts() -> Vec<String> {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("tests/corpus");
    let mut paths: Vec<PathBuf> = ["dev", "validation"]
        .iter()
        .flat_map(|split| {
            std::fs::read_dir(root.join(split))
                .map(|entries| {
                    entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .collect::<Vec<_>>()
                })
                .unwrap_or_default()
        })
        .collect();
    paths.sort();
    paths
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .filter_map(|text| text.parse::<toml::Table>().ok())
        .filter_map(|table| table.get("text")?.as_str().map(str::to_owned))
        .collect()
}

const TYPICAL: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:iam::111122223333\n:user/user_name\nis not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:us-west-2\n:111122223333\n:cluster/my-cluster";

fn sized(unit: &str) -> String {
    let mut text = unit.repeat(MAX_INPUT_BYTES / unit.len() + 1);
    let mut end = MAX_INPUT_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

fn benches(c: &mut Criterion) {
    let corpus = corpus_texts();
    assert!(corpus.len() >= 200, "the corpus was not found");

    // A typical message: one wrapped AccessDenied from the CLI, as a customer pastes it.
    let mut group = c.benchmark_group("typical");
    group.throughput(Throughput::Elements(1));
    group.bench_function("read_wrapped_access_denied", |b| {
        b.iter(|| black_box(triage::read(black_box(TYPICAL))))
    });
    group.finish();

    let mut group = c.benchmark_group("corpus");
    group.throughput(Throughput::Elements(corpus.len() as u64));
    group.bench_function("read_each_message", |b| {
        b.iter(|| {
            for text in &corpus {
                let _ = black_box(triage::read(black_box(text)));
            }
        })
    });
    group.bench_function("explain_json_each_message", |b| {
        b.iter(|| {
            for text in &corpus {
                let _ = black_box(explain(black_box(text), GuideFormat::Json, false, Lang::En));
            }
        })
    });
    group.finish();

    let mut group = c.benchmark_group("64KiB");
    group.throughput(Throughput::Bytes(MAX_INPUT_BYTES as u64));
    let inputs = [
        (
            "repeated_access_denied",
            sized(
                "User: arn:aws:iam::111122223333:user/a is not authorized to perform: eks:ListClusters on resource: arn:aws:eks:us-west-2:111122223333:cluster/c\n",
            ),
        ),
        (
            "near_misses",
            sized(
                "User: arn:aws:iam::111122223333:user/a is not authorized to perform An error occurred (X) when calling the ",
            ),
        ),
        (
            "unrelated_log",
            sized(
                "2024-05-01T12:00:00.000Z INFO controller reconciled object namespace=default name=web\n",
            ),
        ),
        (
            "japanese_text",
            sized("現在のユーザーまたはロールには、この EKS クラスターの "),
        ),
    ];
    for (name, text) in &inputs {
        group.bench_function(*name, |b| {
            b.iter(|| black_box(triage::read(black_box(text))))
        });
    }
    group.finish();
}

criterion_group! {
    name = explain_benches;
    config = Criterion::default()
        .sample_size(20)
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2));
    targets = benches
}
criterion_main!(explain_benches);
