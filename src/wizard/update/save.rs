//! The save prompt (`s` on the guide and the check screen): where to write the case file,
//! typed; Enter asks the run loop to write it ([`Cmd::SaveCase`]), which answers with
//! [`Msg::CaseSaved`](crate::wizard::Msg::CaseSaved).

use std::path::PathBuf;

use crossterm::event::{Event, KeyEvent};
use tui_input::backend::crossterm::EventHandler;
use tui_input::{Input, InputRequest};

use crate::report::RedactionCounts;
use crate::wizard::keys::Action;
use crate::wizard::model::report::{ReportNotice, ReportWriteError};
use crate::wizard::model::session::SavePrompt;
use crate::wizard::model::{Model, Notice};
use crate::wizard::msg::Cmd;
use crate::wizard::queries::session::case_to_save;

/// `s`: asks where to save the case file, offering a name in the reports' folder (a file of
/// that name is never replaced: the run loop takes `-2`, `-3`...). Redacted unless the person
/// switches it off.
pub fn open_save(model: &mut Model) {
    let Some(case) = case_to_save(model) else {
        model.notice = Some(Notice::Report(ReportNotice::NothingToReport));
        return;
    };
    let name = format!("eks-iam-tui-case-{}.json", case.inputs.symptom.id());
    let path = model.report.dir.join(name);
    model.session.save = Some(SavePrompt {
        path: Input::new(path.display().to_string()),
        redact: true,
    });
}

/// The save prompt's keys (`keys/save.rs`): the path is typed; Enter saves, Esc cancels,
/// Ctrl-R switches redaction.
pub fn act(model: &mut Model, action: Action, key: KeyEvent) -> Vec<Cmd> {
    let Some(prompt) = model.session.save.as_mut() else {
        return vec![];
    };
    match action {
        Action::CancelSave => model.session.save = None,
        Action::ToggleCaseRedaction => prompt.redact = !prompt.redact,
        Action::EditSavePath => {
            prompt.path.handle_event(&Event::Key(key));
        }
        Action::SaveCaseFile => {
            let path = prompt.path.value().trim().to_owned();
            let redact = prompt.redact;
            if path.is_empty() {
                return vec![];
            }
            model.session.save = None;
            if let Some(case) = case_to_save(model) {
                return vec![Cmd::SaveCase {
                    path: PathBuf::from(path),
                    case: Box::new(case),
                    redact,
                }];
            }
        }
        _ => {}
    }
    vec![]
}

/// A paste into the save prompt: one line, as a path is.
pub fn save_paste(model: &mut Model, text: &str) {
    if let Some(prompt) = model.session.save.as_mut() {
        for ch in text.trim().chars().filter(|c| !c.is_control()) {
            prompt.path.handle(InputRequest::InsertChar(ch));
        }
    }
}

/// What the run loop answered for a [`Cmd::SaveCase`].
pub fn case_saved(
    model: &mut Model,
    result: Result<(PathBuf, Option<RedactionCounts>), ReportWriteError>,
) {
    model.notice = Some(match result {
        Ok((path, counts)) => Notice::CaseSaved { path, counts },
        Err(error) => Notice::CaseSaveFailed(error),
    });
}
