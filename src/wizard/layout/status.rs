//! The status line's words when no notice is shown: language, AWS profile, Region and the
//! kubectl context. Where they do not fit, the language goes first (the screen already shows
//! it), then the context is shown by its end (an ARN's end names the cluster), marked with `…`, cutting
//! the profile and Region before it if it must. Once the identity check has answered, the
//! caller's ARN the checks used follows, whole where it fits, else by its end (the role and
//! session names) in what the profile, Region and context leave.

use unicode_width::UnicodeWidthStr;

use crate::i18n::Lang;
use crate::tr;
use crate::wizard::cells::{tail_to_width, truncate_to_width};
use crate::wizard::model::Model;
use crate::wizard::queries::picker::caller_arn;
use crate::wizard::queries::probes::{ShownRegion, shown_region};

/// The Region the checks use, in words (the status line and the check screen say the same).
pub fn region_text(model: &Model) -> String {
    match shown_region(model) {
        ShownRegion::Known(region) => region,
        ShownRegion::NotSet => tr!(model.lang, "status-not-set"),
        ShownRegion::FromConfiguration => tr!(model.lang, "probe-screen-region-chain"),
    }
}

fn language_name_id(lang: Lang) -> &'static str {
    match lang {
        Lang::En => "language-name-en",
        Lang::Ja => "language-name-ja",
    }
}

/// The status words for a line `width` cells wide.
pub fn status_text(model: &Model, width: usize) -> String {
    let Some(case) = &model.case else {
        return environment_status(model, width);
    };
    // An opened case says first where its results came from, on every screen.
    let lang = model.lang;
    let line = |status: String| {
        tr!(
            lang,
            "case-status",
            at = case.collected_at.clone(),
            version = case.version.clone(),
            language = tr!(
                lang,
                match case.lang {
                    Lang::En => "case-language-en",
                    Lang::Ja => "case-language-ja",
                }
            ),
            status = status
        )
    };
    let room = width.saturating_sub(line(String::new()).width());
    truncate_to_width(&line(environment_status(model, room)), width)
}

/// The language, profile, Region, kubectl context and the caller, in `width` cells.
fn environment_status(model: &Model, width: usize) -> String {
    let Some(arn) = caller_arn(model) else {
        return settings_status(model, width, true);
    };
    let lang = model.lang;
    let with = |status: &str, arn: &str| {
        tr!(
            lang,
            "status-line-caller",
            status = status.to_owned(),
            arn = arn.to_owned()
        )
    };
    let whole = with(&settings_status(model, usize::MAX, true), &arn);
    if whole.width() <= width {
        return whole;
    }
    // Cut, the language goes first (the key line names the other one), then the ARN's start:
    // the profile, Region and context stay whole while the ARN keeps at least its session
    // name, and the ARN has the rest.
    let least = arn
        .rsplit('/')
        .next()
        .map(|session| session.width() + 2)
        .unwrap_or(0)
        .min(arn.width());
    let status = settings_status(
        model,
        width.saturating_sub(with("", &" ".repeat(least)).width()),
        false,
    );
    let arn_room = width.saturating_sub(with(&status, "").width());
    truncate_to_width(&with(&status, &tail_to_width(&arn, arn_room)), width)
}

/// The language (when `language` and it fits), profile, Region and kubectl context, in
/// `width` cells.
fn settings_status(model: &Model, width: usize, language: bool) -> String {
    let lang = model.lang;
    let profile = model.aws.credentials_words(lang);
    let region = region_text(model);
    let full = tr!(
        lang,
        "status-line",
        language = tr!(lang, language_name_id(lang)),
        profile = profile.clone(),
        region = region.clone()
    );
    let short = tr!(
        lang,
        "status-line-short",
        profile = profile,
        region = region
    );
    let Some(context) = &model.aws.kube_context else {
        return if language && full.width() <= width {
            full
        } else {
            truncate_to_width(&short, width)
        };
    };
    let with = |status: &str, context: &str| {
        tr!(
            lang,
            "status-line-kubectl",
            status = status.to_owned(),
            context = context.to_owned()
        )
    };
    for status in [&full, &short].into_iter().skip(usize::from(!language)) {
        let line = with(status, context);
        if line.width() <= width {
            return line;
        }
    }
    // The context keeps at least its last part (an ARN's cluster name), even if the profile
    // and Region before it are then cut too.
    let name_cells = context
        .rsplit('/')
        .next()
        .map(|name| name.width() + 1)
        .unwrap_or(0)
        .min(width * 2 / 3);
    let room = width
        .saturating_sub(with(&short, "").width())
        .max(name_cells);
    let context_shown = tail_to_width(context, room);
    let status_room = width.saturating_sub(with("", &context_shown).width());
    truncate_to_width(
        &with(&truncate_to_width(&short, status_room), &context_shown),
        width,
    )
}
