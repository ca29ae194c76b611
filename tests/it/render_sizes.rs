//! Every screen at 60×16, 80×24, 100×30 and 120×40, in English and Japanese, scrolled through
//! from top to bottom where it scrolls: the frame's borders are whole on every row, no wide
//! character is cut or drawn over, and every URL and ARN of the data shown on screen is whole
//! on one line, or continued explicitly (`↩` where a long token is cut, ` \` between a
//! command's words), read back by joining the lines those marks continue.

use crate::support;
use crate::support::aws_auth_yaml::config_map_yaml;
use crate::support::probe_reports::{self, event};
use crate::support::pty::flat;
// The aws-auth screen analyses and lays out in jobs; this update runs them as the loop does.
use crate::support::update;

use crossterm::event::KeyCode;
use eks_iam_tui::guide::{Field, Symptom};
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::probes::probe_summary;
use eks_iam_tui::wizard::{
    Cmd, Model, Msg, Screen, SearchTarget, evidence_lines, open_symptom, rendered_steps,
    searched_lines, view,
};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use regex::Regex;
use support::{assert_borders_intact, filled_model, model, press};
use unicode_width::UnicodeWidthStr;

const SIZES: [(u16, u16); 4] = [(60, 16), (80, 24), (100, 30), (120, 40)];

const PASTED: &str = "An error occurred (AccessDeniedException) when calling the DescribeCluster operation: User: arn:aws:sts::111122223333:assumed-role/team-platform-administrators-with-a-long-name/alice.example@example.com is not authorized to perform: eks:DescribeCluster on resource: arn:aws:eks:ap-northeast-1:111122223333:cluster/production-payments-cluster-tokyo";

const MAP: &[(&str, &str)] = &[(
    "mapRoles",
    "- rolearn: arn:aws:iam::111122223333:role/team/developers/platform/eks-administrators-with-a-long-role-name\n  username: admin\n  groups:\n  - system:masters\n- rolearn: arn:aws:iam::111122223333:role/eks-node\n  username: system:node:{{EC2PrivateDNSName}}\n  groups:\n  - system:bootstrappers\n  - system:nodes\n",
)];

/// URLs and ARNs in `text`, without the punctuation of the sentence around them.
fn tokens(text: &str) -> Vec<String> {
    let pattern =
        Regex::new(r#"https?://[^\s"'<>」（）()、。]+|arn:aws[a-z-]*:[^\s"'<>」（）()、。,]+"#)
            .expect("regex");
    pattern
        .find_iter(text)
        .map(|m| m.as_str().trim_end_matches(['.', ',', ':', ';']).to_owned())
        .filter(|t| t.len() > 12)
        .collect()
}

/// The rows inside the frame, as text: a wide character once (the cell it covers skipped),
/// without the frame's side borders.
fn rows(buffer: &Buffer) -> Vec<String> {
    let area = buffer.area;
    let mut rows = Vec::new();
    for y in 2..area.height.saturating_sub(3) {
        let mut row = String::new();
        let mut skip = false;
        for x in 1..area.width - 1 {
            if skip {
                skip = false;
                continue;
            }
            let symbol = buffer[(x, y)].symbol();
            skip = symbol.width() > 1;
            row.push_str(symbol);
        }
        rows.push(row.trim_end().to_owned());
    }
    rows
}

/// The rows joined where a mark says a line goes on: `↩` (a cut token) directly, ` \` (a
/// command's next word) with a space.
fn reassembled(rows: &[String]) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    let mut joiner: Option<&str> = None;
    for row in rows {
        let row = row.trim_end().trim_end_matches('│').trim_end();
        let (content, next) = if let Some(cut) = row.strip_suffix('↩') {
            (cut, Some(""))
        } else if let Some(cut) = row.strip_suffix(" \\") {
            (cut, Some(" "))
        } else {
            (row, None)
        };
        match (joiner, lines.last_mut()) {
            (Some(glue), Some(last)) => {
                last.push_str(glue);
                last.push_str(content.trim_start().trim_start_matches('│').trim_start());
            }
            _ => lines.push(content.to_owned()),
        }
        joiner = next;
    }
    lines
}

/// No wide character is cut at the right edge or has its second cell drawn over.
fn assert_no_wide_character_split(buffer: &Buffer, what: &str) {
    let area = buffer.area;
    for y in 0..area.height {
        for x in 0..area.width {
            if buffer[(x, y)].symbol().width() < 2 {
                continue;
            }
            assert!(
                x + 1 < area.width,
                "{what}: a wide character cut at ({x}, {y})"
            );
            let next = buffer[(x + 1, y)].symbol();
            assert!(
                next.is_empty() || next == " ",
                "{what}: the cell after the wide character at ({x}, {y}) shows {next:?}\n{buffer:?}"
            );
        }
    }
}

fn draw(model: &Model, size: (u16, u16)) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("test backend");
    terminal.draw(|f| view(model, f)).expect("draw");
    terminal.backend().buffer().clone()
}

/// Checks one drawing; returns how many of `expected` were on it (and so were checked).
fn check(model: &Model, size: (u16, u16), expected: &[String], what: &str) -> usize {
    let buffer = draw(model, size);
    assert_borders_intact(&buffer, false);
    assert_no_wide_character_split(&buffer, what);
    let rows = rows(&buffer);
    let lines = reassembled(&rows);
    let shown = flat(&rows.join("\n"));
    let mut checked = 0;
    for token in expected {
        if !shown.contains(&flat(token)) {
            continue;
        }
        checked += 1;
        assert!(
            lines.iter().any(|line| line.contains(token.as_str())),
            "{what}: {token} is on screen but broken without a mark:\n{}",
            rows.join("\n")
        );
    }
    checked
}

fn values_of(m: &Model) -> String {
    let context = m.context();
    Field::ALL
        .iter()
        .filter_map(|f| context.get(*f))
        .collect::<Vec<_>>()
        .join("\n")
}

fn sized(mut m: Model, size: (u16, u16)) -> Model {
    update(&mut m, Msg::Resize(size.0, size.1));
    m
}

fn guide_tokens(m: &Model) -> Vec<String> {
    let mut text = String::new();
    for step in rendered_steps(m) {
        text.push_str(&format!("{}\n{}\n", step.title, step.text));
        for block in &step.blocks {
            text.push_str(&block.plain());
            text.push('\n');
        }
        for link in &step.links {
            text.push_str(&link.url);
            text.push('\n');
        }
    }
    tokens(&text)
}

/// Draws `m` at every scroll position a page apart (half a page, so that a token cut by the
/// bottom edge is whole on the next drawing), moving `top` with `set_top`.
fn scroll_through(
    m: &mut Model,
    size: (u16, u16),
    target: SearchTarget,
    expected: &[String],
    what: &str,
    set_top: fn(&mut Model, usize),
) -> usize {
    let total = searched_lines(m, target).len();
    let step = usize::from(size.1 / 3).max(1);
    let mut checked = 0;
    let mut top = 0;
    while top < total.max(1) {
        set_top(m, top);
        checked += check(m, size, expected, &format!("{what} from line {top}"));
        top += step;
    }
    checked
}

#[test]
fn every_screen_at_every_size_keeps_borders_wide_characters_urls_and_arns_whole() {
    for lang in Lang::ALL {
        for size in SIZES {
            let label = format!("{lang:?} {}x{}", size.0, size.1);
            let mut checked = 0;

            // Home, and the help over it.
            let mut home = sized(model(lang), size);
            check(&home, size, &[], &format!("{label} home"));
            home.help_open = true;
            check(&home, size, &[], &format!("{label} help"));

            // The error-message box with a long pasted message.
            let mut pasted = sized(model(lang), size);
            press(&mut pasted, KeyCode::Char('e'));
            update(&mut pasted, Msg::Paste(PASTED.to_owned()));
            checked += check(
                &pasted,
                size,
                &tokens(PASTED),
                &format!("{label} error message"),
            );

            for symptom in Symptom::ALL {
                let mut m = sized(filled_model(lang), size);
                open_symptom(&mut m, symptom);
                let values = values_of(&m);
                check(
                    &m,
                    size,
                    &tokens(&values),
                    &format!("{label} {symptom:?} details"),
                );
                press(&mut m, KeyCode::Enter);
                assert_eq!(m.screen, Screen::Guide);
                let expected = guide_tokens(&m);
                assert!(!expected.is_empty(), "{symptom:?} has no URL or ARN");
                checked += scroll_through(
                    &mut m,
                    size,
                    SearchTarget::Guide,
                    &expected,
                    &format!("{label} {symptom:?} guide"),
                    |m, top| m.guide_top = top,
                );
                // The help over the guide, scrolled to its end.
                m.help_open = true;
                for help_top in 0..30 {
                    m.help_top = help_top;
                    check(&m, size, &[], &format!("{label} {symptom:?} help"));
                }
            }

            // The aws-auth report of a pasted ConfigMap with a long role ARN.
            let mut m = sized(filled_model(lang), size);
            open_symptom(&mut m, Symptom::AwsAuthPath);
            press(&mut m, KeyCode::Enter);
            press(&mut m, KeyCode::Char('a'));
            let yaml = config_map_yaml(MAP);
            update(&mut m, Msg::Paste(yaml.clone()));
            assert!(m.aws_auth.loaded.is_some());
            let mut expected = tokens(&yaml);
            expected.extend(tokens(&values_of(&m)));
            checked += scroll_through(
                &mut m,
                size,
                SearchTarget::AwsAuthReport,
                &expected,
                &format!("{label} aws-auth"),
                |m, top| m.aws_auth.top = top,
            );

            // The checks, and each check's evidence.
            let mut m = sized(filled_model(lang), size);
            open_symptom(&mut m, Symptom::AwsAuthPath);
            let cmds = press(&mut m, KeyCode::F(5));
            let Some(Cmd::RunProbes { generation, .. }) = cmds.first() else {
                panic!("no run: {cmds:?}");
            };
            let reports = probe_reports::all();
            let mut expected = Vec::new();
            for report in &reports {
                expected.extend(tokens(&probe_summary(report, lang)));
                expected.extend(tokens(&evidence_lines(report, lang).join("\n")));
                update(&mut m, event(*generation, report.clone()));
            }
            checked += check(&m, size, &expected, &format!("{label} checks"));
            for cursor in 0..m.probes.plan.len() {
                m.probes.cursor = cursor;
                m.probes.evidence_open = m.probes.reports.contains_key(&m.probes.plan[cursor]);
                if !m.probes.evidence_open {
                    continue;
                }
                checked += scroll_through(
                    &mut m,
                    size,
                    SearchTarget::Evidence(cursor),
                    &expected,
                    &format!("{label} evidence {cursor}"),
                    |m, top| m.probes.evidence_top = top,
                );
            }
            // Enough tokens were on screen for the check to mean something.
            assert!(
                checked > 20,
                "{label}: only {checked} URLs and ARNs checked"
            );
        }
    }
}
