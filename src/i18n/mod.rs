//! Every sentence the tool shows comes from the Fluent files in `i18n/<lang>/`, embedded at
//! build time so the binary runs from anywhere.

mod locale;
pub mod style;

use std::borrow::Cow;
use std::sync::LazyLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

pub use locale::{LOCALE_VARIABLES, Lang, resolve_lang, resolve_lang_from_env};

/// The Fluent sources of one language: (file name, contents).
pub type Sources = &'static [(&'static str, &'static str)];

macro_rules! ftl_files {
    ($lang:literal: $($file:literal),+ $(,)?) => {
        &[$(($file, include_str!(concat!("../../i18n/", $lang, "/", $file)))),+]
    };
}

const EN_SOURCES: Sources = ftl_files!("en":
    "app.ftl",
    "keys.ftl",
    "fields.ftl",
    "guide.ftl",
    "aws_auth.ftl",
    "probes.ftl",
    "triage.ftl",
    "probe_screen.ftl",
    "kube.ftl",
    "kubeconfig.ftl",
    "io.ftl",
    "cli.ftl",
    "case.ftl",
);
const JA_SOURCES: Sources = ftl_files!("ja":
    "app.ftl",
    "keys.ftl",
    "fields.ftl",
    "guide.ftl",
    "aws_auth.ftl",
    "probes.ftl",
    "triage.ftl",
    "probe_screen.ftl",
    "kube.ftl",
    "kubeconfig.ftl",
    "io.ftl",
    "cli.ftl",
    "case.ftl",
);

pub fn sources(lang: Lang) -> Sources {
    match lang {
        Lang::En => EN_SOURCES,
        Lang::Ja => JA_SOURCES,
    }
}

struct Catalog {
    en: FluentBundle<FluentResource>,
    ja: FluentBundle<FluentResource>,
}

static CATALOG: LazyLock<Catalog> = LazyLock::new(|| Catalog {
    en: build_bundle(Lang::En),
    ja: build_bundle(Lang::Ja),
});

fn build_bundle(lang: Lang) -> FluentBundle<FluentResource> {
    let langid = lang.code().parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Both languages run left to right; isolation marks would leak into copied commands.
    bundle.set_use_isolating(false);
    for (file, source) in sources(lang) {
        // The files are ours and a test parses every one of them, so a broken file is a
        // build defect; the entries that did parse are still usable.
        let resource = match FluentResource::try_new((*source).to_owned()) {
            Ok(resource) => resource,
            Err((resource, _errors)) => {
                debug_assert!(false, "{file} does not parse");
                resource
            }
        };
        let _ = bundle.add_resource(resource);
    }
    bundle
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    match lang {
        Lang::En => &CATALOG.en,
        Lang::Ja => &CATALOG.ja,
    }
}

/// Named values for a message; build with [`Args::new`] and [`Args::set`].
#[derive(Default)]
pub struct Args<'a>(FluentArgs<'a>);

impl<'a> Args<'a> {
    pub fn new() -> Self {
        Self(FluentArgs::new())
    }

    pub fn set(mut self, name: &'a str, value: impl Into<FluentValue<'a>>) -> Self {
        self.0.set(name, value);
        self
    }

    pub fn insert(&mut self, name: &'a str, value: impl Into<FluentValue<'a>>) {
        self.0.set(name, value);
    }
}

/// Whether `id` is a message of `lang`.
pub fn has_message(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// Formats message `id`. A message missing from `lang` falls back to English, then to the id
/// itself (tests make sure neither fallback is ever needed).
pub fn message(lang: Lang, id: &str, args: Option<&Args>) -> String {
    format_in(lang, id, args)
        .or_else(|| format_in(Lang::En, id, args))
        .unwrap_or_else(|| id.to_owned())
}

fn format_in(lang: Lang, id: &str, args: Option<&Args>) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    let text: Cow<str> = bundle.format_pattern(pattern, args.map(|a| &a.0), &mut errors);
    Some(text.into_owned())
}

/// An operating-system error in the person's language: our words for the kinds people meet
/// (no such file, permission, disk full...), with the system's error number for a search;
/// any other kind keeps the system's own (English) text inside our sentence.
pub fn io_error_words(error: &std::io::Error, lang: Lang) -> String {
    use std::io::ErrorKind;
    let id = match error.kind() {
        ErrorKind::NotFound => "io-error-not-found",
        ErrorKind::PermissionDenied => "io-error-permission-denied",
        ErrorKind::IsADirectory => "io-error-is-a-directory",
        ErrorKind::StorageFull => "io-error-storage-full",
        ErrorKind::BrokenPipe => "io-error-broken-pipe",
        ErrorKind::TimedOut => "io-error-timed-out",
        ErrorKind::AlreadyExists => "io-error-already-exists",
        ErrorKind::ReadOnlyFilesystem => "io-error-read-only",
        _ => return crate::tr!(lang, "io-error-other", details = error.to_string()),
    };
    let words = message(lang, id, None);
    match error.raw_os_error() {
        Some(code) => format!("{words} (os error {code})"),
        None => words,
    }
}

/// `tr!(lang, "id")` or `tr!(lang, "id", name = value, ...)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $crate::i18n::message($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $lang,
            $id,
            Some(&$crate::i18n::Args::new()$(.set(stringify!($name), $value))+),
        )
    };
}
