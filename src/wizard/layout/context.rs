//! The details screen (`Screen::Context`): two rows of introduction, then three rows per
//! field: its label, its input and its hint; below them, after a blank row, the pickers'
//! keys in the rows left (none on a short terminal).

use ratatui::layout::{Constraint, Layout, Rect};

pub struct ContextAreas {
    pub intro: Rect,
    /// One per field, in the symptom's order.
    pub fields: Vec<FieldAreas>,
    /// What F6, F7 and F8 pick: empty where the fields take every row.
    pub pickers: Rect,
}

pub struct FieldAreas {
    pub label: Rect,
    /// Indented under the label.
    pub input: Rect,
    pub hint: Rect,
}

pub fn areas(inner: Rect, field_count: usize) -> ContextAreas {
    let mut constraints = vec![Constraint::Length(2)];
    constraints.extend((0..field_count).map(|_| Constraint::Length(3)));
    constraints.push(Constraint::Min(0));
    let rows = Layout::vertical(constraints).split(inner);
    let rest = rows[field_count + 1];
    ContextAreas {
        intro: rows[0],
        fields: rows[1..=field_count]
            .iter()
            .map(|r| field_areas(*r))
            .collect(),
        pickers: Rect {
            y: rest.y.saturating_add(1),
            height: rest.height.saturating_sub(1),
            ..rest
        },
    }
}

fn field_areas(area: Rect) -> FieldAreas {
    let [label, input_row, hint] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
    ])
    .areas(area);
    FieldAreas {
        label,
        input: Rect {
            x: input_row.x + 2,
            width: input_row.width.saturating_sub(2),
            ..input_row
        },
        hint,
    }
}
