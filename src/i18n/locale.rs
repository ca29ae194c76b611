//! Which language to speak, decided once from the command line and the environment.

use clap::ValueEnum;
use serde::{Deserialize, Serialize};

/// The languages the tool speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, ValueEnum, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    En,
    Ja,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::En, Lang::Ja];

    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Ja => "ja",
        }
    }

    /// The other language: the wizard's language key flips between the two.
    pub fn toggled(self) -> Lang {
        match self {
            Lang::En => Lang::Ja,
            Lang::Ja => Lang::En,
        }
    }
}

/// The locale variables in the order POSIX gives them precedence.
pub const LOCALE_VARIABLES: [&str; 3] = ["LC_ALL", "LC_MESSAGES", "LANG"];

/// `--lang` wins; otherwise the first locale variable that states a preference decides;
/// otherwise English. `C` and `POSIX` (and empty values) state no preference, so the
/// search goes on to the next variable.
pub fn resolve_lang(cli: Option<Lang>, env: impl Fn(&str) -> Option<String>) -> Lang {
    if let Some(lang) = cli {
        return lang;
    }
    for name in LOCALE_VARIABLES {
        let Some(value) = env(name) else { continue };
        if let Some(lang) = lang_of_locale(&value) {
            return lang;
        }
        if states_preference(&value) {
            return Lang::En;
        }
    }
    Lang::En
}

/// Reads the environment of this process.
pub fn resolve_lang_from_env(cli: Option<Lang>) -> Lang {
    resolve_lang(cli, |name| std::env::var(name).ok())
}

fn language_part(value: &str) -> &str {
    let end = value.find(['_', '-', '.', '@']).unwrap_or(value.len());
    &value[..end]
}

fn states_preference(value: &str) -> bool {
    let language = language_part(value.trim());
    !(language.is_empty() || language == "C" || language == "POSIX")
}

fn lang_of_locale(value: &str) -> Option<Lang> {
    match language_part(value.trim()).to_ascii_lowercase().as_str() {
        "ja" => Some(Lang::Ja),
        "en" => Some(Lang::En),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of<'a>(pairs: &'a [(&'a str, &'a str)]) -> impl Fn(&str) -> Option<String> + 'a {
        move |name| {
            pairs
                .iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        }
    }

    #[test]
    fn precedence_table() {
        type Case<'a> = (Option<Lang>, &'a [(&'a str, &'a str)], Lang);
        let cases: &[Case] = &[
            (None, &[], Lang::En),
            (None, &[("LANG", "ja_JP.UTF-8")], Lang::Ja),
            (None, &[("LANG", "ja_JP.eucJP")], Lang::Ja),
            (None, &[("LANG", "ja")], Lang::Ja),
            (None, &[("LANG", "en_US.UTF-8")], Lang::En),
            (Some(Lang::En), &[("LANG", "ja_JP.UTF-8")], Lang::En),
            (Some(Lang::Ja), &[("LC_ALL", "en_US.UTF-8")], Lang::Ja),
            (
                None,
                &[("LC_ALL", "en_US.UTF-8"), ("LANG", "ja_JP.UTF-8")],
                Lang::En,
            ),
            (
                None,
                &[("LC_MESSAGES", "ja_JP.UTF-8"), ("LANG", "en_US.UTF-8")],
                Lang::Ja,
            ),
            (
                None,
                &[("LC_ALL", "ja_JP.UTF-8"), ("LC_MESSAGES", "en_US")],
                Lang::Ja,
            ),
            // C and POSIX state no preference: the next variable decides.
            (None, &[("LC_ALL", "C"), ("LANG", "ja_JP.UTF-8")], Lang::Ja),
            (
                None,
                &[("LC_ALL", "C.UTF-8"), ("LANG", "ja_JP.UTF-8")],
                Lang::Ja,
            ),
            (
                None,
                &[("LC_MESSAGES", "POSIX"), ("LANG", "ja_JP.UTF-8")],
                Lang::Ja,
            ),
            (None, &[("LC_ALL", ""), ("LANG", "ja_JP.UTF-8")], Lang::Ja),
            (None, &[("LANG", "C")], Lang::En),
            // A language we do not speak is a preference: fall back to English, not to LANG.
            (
                None,
                &[("LC_ALL", "fr_FR.UTF-8"), ("LANG", "ja_JP.UTF-8")],
                Lang::En,
            ),
        ];
        for (cli, env, expected) in cases {
            assert_eq!(
                resolve_lang(*cli, env_of(env)),
                *expected,
                "{cli:?} {env:?}"
            );
        }
    }
}
