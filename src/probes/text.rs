//! Words kept as Fluent ids with their values, so a result can be shown in whichever
//! language the person switches to after it arrived.

use serde::Serialize;

use crate::i18n::{self, Args, Lang};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub id: String,
    pub args: Vec<(&'static str, String)>,
}

impl Text {
    pub fn new(id: impl Into<String>) -> Text {
        Text {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Text {
        self.args.push((name, value.into()));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        let mut args = Args::new();
        for (name, value) in &self.args {
            args.insert(name, value.as_str());
        }
        i18n::message(lang, &self.id, Some(&args))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Error,
    Warning,
    Info,
}

/// A cause found, with a stable code; title, detail and fix are the Fluent messages
/// `finding-<code>-title`, `-detail` and `-fix`, all given the same values.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub code: &'static str,
    pub severity: Severity,
    pub args: Vec<(&'static str, String)>,
    /// Commands for the person to run (the tool never runs them).
    pub commands: Vec<String>,
}

impl Finding {
    pub fn new(code: &'static str, severity: Severity) -> Finding {
        Finding {
            code,
            severity,
            args: Vec::new(),
            commands: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Finding {
        self.args.push((name, value.into()));
        self
    }

    pub fn command(mut self, command: impl Into<String>) -> Finding {
        self.commands.push(command.into());
        self
    }

    fn part(&self, part: &str) -> Text {
        Text {
            id: format!("finding-{}-{part}", self.code),
            args: self.args.clone(),
        }
    }

    pub fn title(&self, lang: Lang) -> String {
        self.part("title").render(lang)
    }

    pub fn detail(&self, lang: Lang) -> String {
        self.part("detail").render(lang)
    }

    pub fn fix(&self, lang: Lang) -> String {
        self.part("fix").render(lang)
    }
}
