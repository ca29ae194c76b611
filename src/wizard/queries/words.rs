//! The checks' words as the wizard says them. Where an advice or a finding tells the person
//! to pass a command-line flag (`--profile`, `--region`), the wizard says its own variant
//! (Fluent id with `-wizard`): the picker or the field that does the same here. The command
//! line and the reports keep the flags.

use crate::i18n::{Lang, has_message};
use crate::probes::{CouldNotCheck, Finding, Outcome, ProbeReport, Text, probe_summary};
use crate::tr;

const WIZARD: &str = "-wizard";

/// A check's line: its summary, or why it could not check, with the wizard's advice.
pub fn summary(report: &ProbeReport, lang: Lang) -> String {
    if let Outcome::Skipped(reason) = &report.outcome {
        return in_wizard_words(reason).render(lang);
    }
    let described = probe_summary(report, lang);
    let Outcome::Unknown(CouldNotCheck::Aws(error)) = &report.outcome else {
        return described;
    };
    let advice_id = format!("aws-advice-{}", error.kind());
    let wizard_id = format!("{advice_id}{WIZARD}");
    if !has_message(lang, &wizard_id) {
        return described;
    }
    // The advice is the described error's last clause, word for word: swapped for the
    // wizard's own (tests/it/update_pickers.rs checks that no flag is left).
    described.replacen(&tr!(lang, &advice_id), &tr!(lang, &wizard_id), 1)
}

/// The wizard's variant of a message, where it has one.
fn in_wizard_words(text: &Text) -> Text {
    let wizard_id = format!("{}{WIZARD}", text.id);
    // Both languages have the same ids (a test checks), so English decides.
    if has_message(Lang::En, &wizard_id) {
        Text {
            id: wizard_id,
            args: text.args.clone(),
        }
    } else {
        text.clone()
    }
}

/// One part of a finding (`title`, `detail`, `fix`) in the wizard's words.
fn finding_part(finding: &Finding, part: &str, lang: Lang) -> String {
    in_wizard_words(&Text {
        id: finding.code.message_id(part),
        args: finding.args.clone(),
    })
    .render(lang)
}

pub fn finding_detail(finding: &Finding, lang: Lang) -> String {
    finding_part(finding, "detail", lang)
}

pub fn finding_fix(finding: &Finding, lang: Lang) -> String {
    finding_part(finding, "fix", lang)
}
