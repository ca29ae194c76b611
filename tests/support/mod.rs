//! Shared helpers for the integration tests.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use eks_iam_tui::guide::Field;
use eks_iam_tui::i18n::Lang;
use eks_iam_tui::wizard::{Appearance, AwsEnvironment, Cmd, Model, Msg, update};

pub fn model(lang: Lang) -> Model {
    Model::new(
        lang,
        AwsEnvironment {
            profile: Some("support".into()),
            region: Some("ap-northeast-1".into()),
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
