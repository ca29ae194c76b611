//! A command line as words, and how it is written for a POSIX shell.

use std::fmt;

/// What the commands of one case share: who and where they act as.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CommandScope {
    /// The AWS profile in use (`--profile`), when the person named one.
    pub profile: Option<String>,
    pub region: Option<String>,
    /// The kubectl context the checks read (`--context`).
    pub kube_context: Option<String>,
}

/// One word of a command.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Word {
    /// Part of the command's own spelling: the program, a subcommand, an option name.
    Fixed(&'static str),
    /// A value from the case (a name, an ARN, a JSON document): quoted when the shell needs it.
    Value(String),
    /// Something the person must fill in (`<group>`): shown as is, so that it cannot be run
    /// by mistake before it is replaced (the shell reads `<` as a redirection).
    Placeholder(&'static str),
    /// A shell expression the command relies on (`"$ROLE_ARN"`), written as is.
    Expression(&'static str),
}

/// A command for a person to run.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ShellCommand {
    words: Vec<Word>,
    /// `VAR=$(…)`: the command's output is kept in a shell variable for the next command.
    assign_to: Option<&'static str>,
}

impl ShellCommand {
    pub(super) fn new(words: impl IntoIterator<Item = &'static str>) -> Self {
        ShellCommand {
            words: words.into_iter().map(Word::Fixed).collect(),
            assign_to: None,
        }
    }

    /// `--name value`.
    pub fn option(mut self, name: &'static str, value: impl Into<String>) -> Self {
        self.words.push(Word::Fixed(name));
        self.words.push(Word::Value(value.into()));
        self
    }

    /// `--name value` when there is a value.
    pub fn option_if(self, name: &'static str, value: Option<impl Into<String>>) -> Self {
        match value {
            Some(value) => self.option(name, value),
            None => self,
        }
    }

    /// `--name value` with a value the person has to fill in when the case does not know it.
    pub fn option_or(
        self,
        name: &'static str,
        value: Option<impl Into<String>>,
        placeholder: &'static str,
    ) -> Self {
        match value {
            Some(value) => self.option(name, value),
            None => self
                .word(Word::Fixed(name))
                .word(Word::Placeholder(placeholder)),
        }
    }

    /// `--name value…`, one value after another.
    pub fn option_values(
        mut self,
        name: &'static str,
        values: impl IntoIterator<Item = impl Into<String>>,
    ) -> Self {
        let mut values = values.into_iter().peekable();
        if values.peek().is_some() {
            self.words.push(Word::Fixed(name));
            self.words
                .extend(values.map(|value| Word::Value(value.into())));
        }
        self
    }

    /// A bare flag or a positional word.
    pub fn word(mut self, word: Word) -> Self {
        self.words.push(word);
        self
    }

    pub fn flag(self, name: &'static str) -> Self {
        self.word(Word::Fixed(name))
    }

    pub fn value(self, value: impl Into<String>) -> Self {
        self.word(Word::Value(value.into()))
    }

    /// Keep the output in `$name` for the commands that follow.
    pub fn assign_to(mut self, name: &'static str) -> Self {
        self.assign_to = Some(name);
        self
    }

    pub fn words(&self) -> &[Word] {
        &self.words
    }

    /// Whether the person has something to fill in before running it.
    pub fn has_placeholder(&self) -> bool {
        self.words
            .iter()
            .any(|word| matches!(word, Word::Placeholder(_)))
    }
}

impl fmt::Display for ShellCommand {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(name) = self.assign_to {
            write!(f, "{name}=$(")?;
        }
        for (index, word) in self.words.iter().enumerate() {
            if index > 0 {
                f.write_str(" ")?;
            }
            match word {
                Word::Fixed(text) | Word::Placeholder(text) | Word::Expression(text) => {
                    f.write_str(text)?
                }
                Word::Value(text) => f.write_str(&shell_quote(text))?,
            }
        }
        if self.assign_to.is_some() {
            f.write_str(")")?;
        }
        Ok(())
    }
}

/// A word as a POSIX shell reads it back unchanged: left bare when it holds only characters no
/// shell treats specially, else in single quotes (a single quote inside written `'\''`).
pub fn shell_quote(text: &str) -> String {
    let plain = !text.is_empty()
        && text
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "-_.:/@=+,".contains(c));
    if plain {
        text.to_owned()
    } else {
        format!("'{}'", text.replace('\'', "'\\''"))
    }
}
