//! Shared helpers for the integration tests.
#![allow(dead_code)]

pub mod aws_auth_yaml;
pub mod big_aws_auth;
pub mod emulator;
pub mod kubeconfig;
pub mod probe_reports;
pub mod pty;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use eks_iam_tui::guide::Field;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{Appearance, AwsEnvironment, Cmd, Model, Msg, run_aws_auth_job, view};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;

/// The wizard's `update`, then the aws-auth screen's jobs (analysis, layout) run here as the
/// run loop runs them, their messages taken in, until none is left; returns the other
/// commands. Tests that look at a job in flight call `eks_iam_tui::wizard::update` itself.
pub fn update(model: &mut Model, msg: Msg) -> Vec<Cmd> {
    let mut others = Vec::new();
    let mut queue = std::collections::VecDeque::from(eks_iam_tui::wizard::update(model, msg));
    while let Some(cmd) = queue.pop_front() {
        match cmd {
            Cmd::AwsAuth(job) => {
                let answer = run_aws_auth_job(*job);
                queue.extend(eks_iam_tui::wizard::update(model, answer));
            }
            other => others.push(other),
        }
    }
    others
}

/// The two sizes every screen is drawn at.
pub const SIZES: [(u16, u16); 2] = [(80, 24), (120, 40)];

/// Draws the model into a TestBackend of `size`, after telling it the size as the run loop does.
pub fn draw(model: &mut Model, size: (u16, u16)) -> Terminal<TestBackend> {
    update(model, Msg::Resize(size.0, size.1));
    let mut terminal = Terminal::new(TestBackend::new(size.0, size.1)).expect("test backend");
    terminal.draw(|f| view(model, f)).expect("draw");
    terminal
}

/// Every row of the body keeps its left and right border: a wide character that spilled over
/// would replace one. Rows 2 ..= height-4 are the body (header and top border above; bottom
/// border, status and keys below); overlays never reach the outer border.
pub fn assert_borders_intact(buffer: &Buffer, ascii: bool) {
    let area = buffer.area;
    let vertical = if ascii { "|" } else { "│" };
    for y in 2..area.height - 3 {
        assert_eq!(
            buffer[(0, y)].symbol(),
            vertical,
            "left border at row {y}:\n{buffer:?}"
        );
        assert_eq!(
            buffer[(area.width - 1, y)].symbol(),
            vertical,
            "right border at row {y}:\n{buffer:?}"
        );
    }
}

pub fn model(lang: Lang) -> Model {
    Model::new(
        lang,
        AwsEnvironment {
            profile: Some("support".into()),
            region: Some("ap-northeast-1".into()),
            kube_context: None,
            kubectl: None,
            kubectl_filled: Vec::new(),
            ..Default::default()
        },
        Appearance::default(),
        (100, 30),
    )
}

/// A model with every field filled with the example values of the seed page.
pub fn filled_model(lang: Lang) -> Model {
    model(lang)
        .with_value(Field::Cluster, "my-cluster")
        .with_value(Field::Region, "ap-northeast-1")
        .with_value(
            Field::PrincipalArn,
            "arn:aws:iam::111122223333:role/team/developers/eks-admin",
        )
        .with_value(Field::Action, "eks:DescribeCluster")
        .with_value(
            Field::TargetRoleArn,
            "arn:aws:iam::111122223333:role/eks-cluster-role",
        )
        .with_value(Field::OtherAccountId, "444455556666")
        .with_value(Field::ServiceAccount, "payments/api")
}

pub fn key(code: KeyCode) -> Msg {
    Msg::Key(KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ctrl(c: char) -> Msg {
    Msg::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

pub fn press(model: &mut Model, code: KeyCode) -> Vec<Cmd> {
    update(model, key(code))
}

pub fn type_text(model: &mut Model, text: &str) {
    for ch in text.chars() {
        update(model, key(KeyCode::Char(ch)));
    }
}
