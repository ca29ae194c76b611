//! What one key costs on the guide: `update` for PageDown re-lays the whole guide out to find
//! its scroll limit (there is no cache), and a frame lays it out again to draw it. Measured for
//! the longest guide (console-nodes) at 80×24 and 120×40, in both languages, beside the cost
//! of drawing the frame, so the ratio says whether a layout cache would be worth its keeping.
//!
//! `cargo bench --bench guide_keys` (or `--profile dev` for a quick look).

use std::hint::black_box;
use std::time::Duration;

use criterion::{Criterion, criterion_group, criterion_main};
use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use eks_iam_tui::guide::Symptom;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{Appearance, AwsEnvironment, Model, Msg, open_symptom, update, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn guide_model(lang: Lang, size: (u16, u16)) -> Model {
    let mut model = Model::new(lang, AwsEnvironment::default(), Appearance::default(), size);
    update(&mut model, Msg::Resize(size.0, size.1));
    open_symptom(&mut model, Symptom::ConsoleNodes);
    update(
        &mut model,
        Msg::Key(KeyEvent::new(KeyCode::Enter, KeyModifiers::NONE)),
    );
    model
}

fn benches(c: &mut Criterion) {
    let mut group = c.benchmark_group("guide_keys");
    group.measurement_time(Duration::from_secs(3));
    for lang in [Lang::En, Lang::Ja] {
        for size in [(80u16, 24u16), (120, 40)] {
            let label = format!("{lang:?}_{}x{}", size.0, size.1);
            group.bench_function(format!("page_down_update_{label}"), |b| {
                let mut model = guide_model(lang, size);
                b.iter(|| {
                    let key = KeyCode::PageDown;
                    black_box(update(
                        &mut model,
                        Msg::Key(KeyEvent::new(key, KeyModifiers::NONE)),
                    ));
                    // Back to the top so every round scrolls the same way.
                    update(
                        &mut model,
                        Msg::Key(KeyEvent::new(KeyCode::Home, KeyModifiers::NONE)),
                    );
                });
            });
            group.bench_function(format!("frame_{label}"), |b| {
                let model = guide_model(lang, size);
                let mut terminal =
                    Terminal::new(TestBackend::new(size.0, size.1)).expect("test backend");
                b.iter(|| {
                    terminal.draw(|frame| view(&model, frame)).expect("draw");
                });
            });
        }
    }
    group.finish();
}

criterion_group!(guide_keys_benches, benches);
criterion_main!(guide_keys_benches);
