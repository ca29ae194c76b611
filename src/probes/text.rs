//! Words kept as Fluent ids with their values, so a result can be shown in whichever
//! language the person switches to after it arrived.

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
}
