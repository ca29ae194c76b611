//! Words kept as Fluent ids with their values, so a result can be shown in whichever
//! language the person switches to after it arrived.

use serde::{Deserialize, Serialize};

use crate::i18n::{self, Args, Lang};

/// A value given to a message: text as it is, or a count that the message may choose its
/// plural form by.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ArgValue {
    Text(String),
    Count(u64),
}

fn fluent_args<'a>(args: &'a [(&'static str, ArgValue)]) -> Args<'a> {
    let mut fluent = Args::new();
    for (name, value) in args {
        match value {
            ArgValue::Text(text) => fluent.insert(name, text.as_str()),
            ArgValue::Count(count) => fluent.insert(name, *count),
        }
    }
    fluent
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Text {
    pub id: String,
    pub args: Vec<(&'static str, ArgValue)>,
}

impl Text {
    pub fn new(id: impl Into<String>) -> Text {
        Text {
            id: id.into(),
            args: Vec::new(),
        }
    }

    pub fn arg(mut self, name: &'static str, value: impl Into<String>) -> Text {
        self.args.push((name, ArgValue::Text(value.into())));
        self
    }

    pub fn count(mut self, name: &'static str, count: usize) -> Text {
        self.args.push((name, ArgValue::Count(count as u64)));
        self
    }

    pub fn render(&self, lang: Lang) -> String {
        i18n::message(lang, &self.id, Some(&fluent_args(&self.args)))
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
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
    pub args: Vec<(&'static str, ArgValue)>,
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
        self.args.push((name, ArgValue::Text(value.into())));
        self
    }

    pub fn count(mut self, name: &'static str, count: usize) -> Finding {
        self.args.push((name, ArgValue::Count(count as u64)));
        self
    }

    pub fn command(mut self, command: impl Into<String>) -> Finding {
        self.commands.push(command.into());
        self
    }

    /// The text given for `name`, if any.
    pub fn text_arg(&self, name: &str) -> Option<String> {
        self.args.iter().find_map(|(n, v)| match v {
            ArgValue::Text(text) if *n == name => Some(text.clone()),
            _ => None,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_choose_the_plural_form() {
        let one = Text::new("probe-console-permissions-missing").count("count", 1);
        let three = Text::new("probe-console-permissions-missing").count("count", 3);
        assert_eq!(
            one.render(Lang::En),
            "1 permission the console needs is not allowed."
        );
        assert_eq!(
            three.render(Lang::En),
            "3 permissions the console needs are not allowed."
        );
        assert!(three.render(Lang::Ja).contains('3'));
    }

    #[test]
    fn no_similar_cluster_is_said_in_words() {
        let finding = Finding::new("cluster-not-found", Severity::Error)
            .arg("name", "demo")
            .arg("region", "us-west-2")
            .arg("suggestions", "")
            .count("suggestion_count", 0);
        let detail = finding.detail(Lang::En);
        assert!(
            detail.contains("No cluster there has a similar name"),
            "{detail}"
        );
        assert!(!detail.contains("Similar names"), "{detail}");
    }
}
