//! Pop-up forms: a few labelled fields (text, or a choice among options),
//! filled with the keyboard. What the form is for is a [`FormKind`], which
//! `update` turns into a domain change on submit.

use ratatui_textarea::TextArea;
use serde::{Deserialize, Serialize};

use crate::domain::RecordId;

/// What a form creates or changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    /// A new monthly meeting, from the previous one's agenda.
    NewMeeting,
    /// A new working-group meeting.
    NewGroupMeeting,
    /// A new agenda item of a meeting.
    NewItem(RecordId),
    /// A question on an agenda item.
    Question(RecordId, usize),
    /// A decision on an agenda item.
    Decision(RecordId, usize),
    /// An action item that becomes a task.
    ActionItem(RecordId, usize),
    /// An amendment to adopted minutes.
    Amendment(RecordId),
    /// A new task.
    NewTask,
    /// A task's title and due date.
    EditTask(RecordId),
    /// A comment on a task.
    Comment(RecordId),
    /// A new contribution.
    NewContribution,
    /// A contribution's text and themes.
    EditContribution(RecordId),
    /// A new member.
    NewMember,
    /// A member's pseudonym.
    RenameMember(RecordId),
    /// A new advocacy draft.
    NewDraft,
    /// A section of a draft.
    NewSection(RecordId),
    /// Exporting a draft: format and file.
    Export(RecordId),
    /// A name for the "never write" list.
    NeverWrite,
    /// A backup archive of the whole council.
    ArchiveExport,
    /// Importing an archive or a return slip.
    ArchiveImport,
    /// A member's slip.
    MemberSlip,
    /// A hand-over archive.
    Handover,
}

/// One option of a choice field: its label and the value it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// What the user sees.
    pub label: String,
    /// What `update` reads back (an id, a kind name…).
    pub value: String,
}

/// The input of one field.
#[derive(Debug)]
pub enum Input {
    /// Free text, one line unless `multiline`.
    Text {
        /// The editor.
        area: Box<TextArea<'static>>,
        /// Whether Enter inserts a line break (Ctrl-S submits then).
        multiline: bool,
    },
    /// One option among several (← →).
    Choice {
        /// Options.
        options: Vec<Choice>,
        /// Selected index.
        selected: usize,
    },
    /// Any number of options (Space toggles the one under the cursor).
    Multi {
        /// Options.
        options: Vec<Choice>,
        /// Ticked options.
        checked: Vec<bool>,
        /// Option under the cursor.
        cursor: usize,
    },
}

/// A labelled field.
#[derive(Debug)]
pub struct Field {
    /// Label shown before the input.
    pub label: String,
    /// The input.
    pub input: Input,
}

impl Field {
    /// A one-line text field with initial text.
    pub fn text(label: String, initial: &str) -> Self {
        let mut area = TextArea::new(vec![initial.to_string()]);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Self { label, input: Input::Text { area: Box::new(area), multiline: false } }
    }

    /// A multi-line text field.
    pub fn long_text(label: String, initial: &str) -> Self {
        let lines: Vec<String> = initial.lines().map(str::to_string).collect();
        let mut area = TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
        area.move_cursor(ratatui_textarea::CursorMove::Bottom);
        area.move_cursor(ratatui_textarea::CursorMove::End);
        Self { label, input: Input::Text { area: Box::new(area), multiline: true } }
    }

    /// A choice among options, the first selected.
    pub fn choice(label: String, options: Vec<Choice>) -> Self {
        Self { label, input: Input::Choice { options, selected: 0 } }
    }

    /// A multiple choice, nothing ticked.
    pub fn multi(label: String, options: Vec<Choice>) -> Self {
        let checked = vec![false; options.len()];
        Self { label, input: Input::Multi { options, checked, cursor: 0 } }
    }

    /// A multiple choice with some options already ticked.
    pub fn multi_checked(label: String, options: Vec<Choice>, ticked: impl Fn(&Choice) -> bool) -> Self {
        let checked = options.iter().map(ticked).collect();
        Self { label, input: Input::Multi { options, checked, cursor: 0 } }
    }

    /// The text typed, lines joined by `\n`.
    pub fn value(&self) -> String {
        match &self.input {
            Input::Text { area, .. } => area.lines().join("\n"),
            Input::Choice { options, selected } => options.get(*selected).map(|c| c.value.clone()).unwrap_or_default(),
            Input::Multi { options, checked, .. } => options
                .iter()
                .zip(checked)
                .filter(|(_, c)| **c)
                .map(|(o, _)| o.value.clone())
                .collect::<Vec<_>>()
                .join(","),
        }
    }
}

/// A form being filled.
#[derive(Debug)]
pub struct Form {
    /// What it is for.
    pub kind: FormKind,
    /// Title of the pop-up.
    pub title: String,
    /// Fields in order.
    pub fields: Vec<Field>,
    /// Field with the focus.
    pub focus: usize,
    /// Why the last submit was refused, shown under the fields.
    pub error: Option<String>,
}

impl Form {
    /// A new form with the focus on the first field.
    pub fn new(kind: FormKind, title: String, fields: Vec<Field>) -> Self {
        Self { kind, title, fields, focus: 0, error: None }
    }

    /// Value of field `i` (empty if absent).
    pub fn value(&self, i: usize) -> String {
        self.fields.get(i).map(Field::value).unwrap_or_default()
    }

    /// Moves the focus by `delta`, wrapping.
    pub fn move_focus(&mut self, delta: isize) {
        let n = self.fields.len().max(1) as isize;
        self.focus = ((self.focus as isize + delta).rem_euclid(n)) as usize;
    }

    /// The focused field's input.
    pub fn focused(&mut self) -> Option<&mut Input> {
        self.fields.get_mut(self.focus).map(|f| &mut f.input)
    }

    /// Every text typed so far, to keep as a draft on lock.
    pub fn texts(&self) -> Vec<String> {
        self.fields.iter().map(Field::value).collect()
    }

    /// Whether anything was typed in a text field.
    pub fn has_text(&self) -> bool {
        self.fields.iter().any(|f| matches!(&f.input, Input::Text { area, .. } if !area.is_empty()))
    }
}
