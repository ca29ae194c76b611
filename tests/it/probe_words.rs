//! Every finding, every reason a probe could not check and every probe has its words in
//! both languages.

use eks_iam_tui::aws::ErrorKind;
use eks_iam_tui::i18n::{Lang, has_message};
use eks_iam_tui::probes::{FindingCode, ProbeId};
use strum::IntoEnumIterator;

#[test]
fn every_finding_code_has_title_detail_and_fix() {
    for lang in [Lang::En, Lang::Ja] {
        for code in FindingCode::iter() {
            for part in ["title", "detail", "fix"] {
                let id = code.message_id(part);
                assert!(has_message(lang, &id), "{lang:?} lacks {id}");
            }
        }
    }
}

#[test]
fn every_error_kind_names_cause_and_advice() {
    for lang in [Lang::En, Lang::Ja] {
        for kind in ErrorKind::iter().map(ErrorKind::id) {
            assert!(
                has_message(lang, &format!("aws-error-{kind}")),
                "{lang:?} {kind}"
            );
            assert!(
                has_message(lang, &format!("aws-advice-{kind}")),
                "{lang:?} {kind}"
            );
        }
        for probe in ProbeId::ALL {
            assert!(has_message(lang, &probe.title_id()), "{lang:?} {probe:?}");
        }
    }
}

#[test]
fn finding_codes_are_listed_in_the_readme() {
    let readme = include_str!("../../README.md");
    for code in FindingCode::iter() {
        assert!(readme.contains(&format!("`{code}`")), "README lacks {code}");
    }
}
