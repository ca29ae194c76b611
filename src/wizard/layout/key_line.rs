//! The key line at the bottom of the frame, read from the key table in force (`keys/`): the
//! screen's own keys marked for it, then help, language and quit. Where the line is too narrow
//! the screen's keys go first, from the end; how to get help and how to quit always stay.

use unicode_width::UnicodeWidthStr;

use crate::tr;
use crate::wizard::keys::{Action, Binding, Keymap, bindings_in_force, chord_label};
use crate::wizard::model::Model;

const SEPARATOR: &str = " · ";

/// The action shown together with `action` on the key line (`↑↓ move`).
fn pair(action: Action) -> Option<Action> {
    match action {
        Action::Up => Some(Action::Down),
        Action::PreviousStep => Some(Action::NextStep),
        Action::PreviousField => Some(Action::NextField),
        Action::PreviousReading => Some(Action::NextReading),
        Action::PageUp => Some(Action::PageDown),
        _ => None,
    }
}

/// The actions shown after `action` as one item, as a range of keys with their words
/// (`F6–F8 profile/Region/context`): three pickers in the room of one.
fn range(action: Action) -> &'static [Action] {
    match action {
        Action::PickProfile => &[Action::PickRegion, Action::PickContext],
        _ => &[],
    }
}

fn range_item(binding: &Binding, in_force: &[&Binding], model: &Model) -> Option<String> {
    let rest: Vec<&Binding> = range(binding.action)
        .iter()
        .map(|a| in_force.iter().find(|b| b.action == *a).copied())
        .collect::<Option<_>>()?;
    let last = rest.last()?.chords.first()?;
    let words: Vec<String> = std::iter::once(binding)
        .chain(rest)
        .map(|b| tr!(model.lang, &b.action.line_id()))
        .collect();
    Some(format!(
        "{}–{} {}",
        chord_label(*binding.chords.first()?, model.lang),
        chord_label(*last, model.lang),
        words.join("/")
    ))
}

fn item(binding: &Binding, in_force: &[&Binding], model: &Model) -> Option<String> {
    if let Some(text) = range_item(binding, in_force, model) {
        return Some(text);
    }
    let first = *binding.chords.first()?;
    let mut keys = chord_label(first, model.lang);
    if let Some(partner) = pair(binding.action)
        .and_then(|p| in_force.iter().find(|b| b.action == p))
        .and_then(|b| b.chords.first())
    {
        keys.push_str(&chord_label(*partner, model.lang));
    }
    Some(format!(
        "{keys} {}",
        tr!(model.lang, &binding.action.line_id())
    ))
}

/// The key line's text for a line `width` cells wide (without the leading space).
pub fn key_line(model: &Model, width: usize) -> String {
    let keymap = Keymap::current(model);
    let in_force = bindings_in_force(keymap, model);
    let shared_count = keymap.shared().len();
    // The screen's own keys first, then the shared ones (help, language, quit).
    let ordered: Vec<&Binding> = in_force
        .iter()
        .skip(shared_count)
        .chain(in_force.iter().take(shared_count))
        .copied()
        .filter(|b| b.line)
        .collect();
    let mut items: Vec<(Action, String)> = ordered
        .iter()
        .filter_map(|b| item(b, &in_force, model).map(|text| (b.action, text)))
        .collect();
    let kept = |a: Action| matches!(a, Action::ToggleHelp | Action::Quit);
    let total = |items: &[(Action, String)]| -> usize {
        items.iter().map(|(_, t)| t.width()).sum::<usize>()
            + SEPARATOR.width() * items.len().saturating_sub(1)
    };
    // Drop the screen's keys from the end, then the language, until the line fits.
    while total(&items) > width {
        let Some(at) = items
            .iter()
            .rposition(|(a, _)| !kept(*a) && *a != Action::SwitchLanguage)
            .or_else(|| items.iter().rposition(|(a, _)| !kept(*a)))
        else {
            break;
        };
        items.remove(at);
    }
    items
        .into_iter()
        .map(|(_, t)| t)
        .collect::<Vec<_>>()
        .join(SEPARATOR)
}
