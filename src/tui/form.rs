//! Pop-up forms: a few named fields (text, or a choice among typed
//! options), filled with the keyboard. What the form is for is a
//! [`FormKind`]; `update` reads its fields by [`FieldId`] (never by
//! position) and turns them into a council change on submit. A form stays
//! open until the council has saved what it asked for: a refusal is shown
//! next to the field, and nothing typed is lost.

use ratatui_textarea::TextArea;
use serde::{Deserialize, Serialize};

use crate::domain::{Audience, ConsentLevel, ContributionKind, ItemKind, Language, RecordId, Role};
use crate::export::Format;

/// What a form creates or changes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum FormKind {
    /// A new monthly meeting, from the previous one's agenda.
    NewMeeting,
    /// A new working-group meeting.
    NewGroupMeeting,
    /// A meeting's date and title.
    EditMeeting(RecordId),
    /// A new agenda item of a meeting.
    NewItem(RecordId),
    /// An agenda item's slot, kind and title.
    EditItem(RecordId, usize),
    /// When an agenda item really began.
    Start(RecordId, usize),
    /// A question on an agenda item.
    Question(RecordId, usize),
    /// A question corrected (meeting, item, index).
    EditQuestion(RecordId, usize, usize),
    /// A decision on an agenda item.
    Decision(RecordId, usize),
    /// A decision corrected (meeting, item, index).
    EditDecision(RecordId, usize, usize),
    /// An action item that becomes a task.
    ActionItem(RecordId, usize),
    /// An action item corrected (meeting, item, index); its task follows.
    EditAction(RecordId, usize, usize),
    /// An amendment to adopted minutes.
    Amendment(RecordId),
    /// A new task.
    NewTask,
    /// A task's title, due date, group and assignees.
    EditTask(RecordId),
    /// A comment on a task.
    Comment(RecordId),
    /// A new contribution.
    NewContribution,
    /// A contribution's text and themes.
    EditContribution(RecordId),
    /// A contribution's consent, changed on a date.
    Consent(RecordId),
    /// A new member.
    NewMember,
    /// A member's pseudonym.
    RenameMember(RecordId),
    /// A new working group.
    NewGroup,
    /// A working group's name, purpose and cadence.
    EditGroup(RecordId),
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
    /// The unlock code chosen at the first lock (never stored).
    LockCode,
}

/// Which field of a form. Forms are read by these names, so adding a field
/// cannot shift what another one means.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FieldId {
    Date,
    Title,
    Group,
    Slot,
    Kind,
    Time,
    Text,
    Outcome,
    Votes,
    Assignees,
    Due,
    Author,
    Consent,
    Themes,
    Pseudonym,
    Role,
    Roles,
    Groups,
    Purpose,
    Cadence,
    Audience,
    Language,
    Heading,
    Material,
    Format,
    File,
    Recipient,
    Armor,
    Identity,
    Member,
    Name,
    Code,
}

impl FieldId {
    /// The field a domain refusal names (`DomainError::Empty("title")`), to
    /// show the reason next to it.
    pub fn from_domain(field: &str) -> Option<Self> {
        Some(match field {
            "title" | "action" => FieldId::Title,
            "question" | "decision" | "text" | "amendment" | "comment" => FieldId::Text,
            "pseudonym" => FieldId::Pseudonym,
            "name" => FieldId::Name,
            "heading" => FieldId::Heading,
            "file" => FieldId::File,
            "recipient" => FieldId::Recipient,
            "identity" => FieldId::Identity,
            "group" => FieldId::Group,
            "assignees" => FieldId::Assignees,
            "theme" => FieldId::Themes,
            _ => return None,
        })
    }
}

/// How a decision was reached, as chosen in the form.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum OutcomeChoice {
    /// Not yet recorded (adoption will ask).
    Undecided,
    /// By consensus.
    Consensus,
    /// By a vote (counts in the votes field).
    Vote,
}

/// A typed option value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// "None of them" (no group, unlinked author).
    Nothing,
    /// A record.
    Id(RecordId),
    /// An agenda item kind.
    ItemKind(ItemKind),
    /// A decision's outcome.
    Outcome(OutcomeChoice),
    /// A contribution kind.
    ContributionKind(ContributionKind),
    /// A consent level.
    Consent(ConsentLevel),
    /// A member's role.
    Role(Role),
    /// A draft's audience.
    Audience(Audience),
    /// A document's language.
    Language(Language),
    /// An export format.
    Format(Format),
    /// Yes or no.
    Yes(bool),
}

/// One option of a choice field: its label and what it stands for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Choice {
    /// What the user sees.
    pub label: String,
    /// What it means.
    pub value: Pick,
}

/// The input of one field.
#[derive(Debug)]
pub enum Input {
    /// Free text, one line unless `multiline`.
    Text {
        /// The editor.
        area: Box<TextArea<'static>>,
        /// Whether the field takes line breaks (Ctrl-J inserts one).
        multiline: bool,
        /// Identifying data found in the text, line by line, updated as it
        /// is typed (never per frame).
        spans: Box<crate::privacy::LineCache>,
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
    /// Which field.
    pub id: FieldId,
    /// Label shown before the input.
    pub label: String,
    /// The input.
    pub input: Input,
}

fn text_input(initial: &str, multiline: bool) -> Input {
    let lines: Vec<String> = initial.lines().map(str::to_string).collect();
    let mut area = TextArea::new(if lines.is_empty() { vec![String::new()] } else { lines });
    // A suggested value is selected: typing replaces it, arrows keep it.
    if !initial.is_empty() {
        area.select_all();
    }
    Input::Text { area: Box::new(area), multiline, spans: Box::default() }
}

impl Field {
    /// A one-line text field; a suggested value is selected so that typing
    /// replaces it.
    pub fn text(id: FieldId, label: String, initial: &str) -> Self {
        Self { id, label, input: text_input(initial, false) }
    }

    /// A multi-line text field.
    pub fn long_text(id: FieldId, label: String, initial: &str) -> Self {
        Self { id, label, input: text_input(initial, true) }
    }

    /// A choice among options, `selected` chosen.
    pub fn choice(id: FieldId, label: String, options: Vec<Choice>, selected: usize) -> Self {
        let selected = selected.min(options.len().saturating_sub(1));
        Self { id, label, input: Input::Choice { options, selected } }
    }

    /// A multiple choice with some options already ticked.
    pub fn multi(id: FieldId, label: String, options: Vec<Choice>, ticked: impl Fn(&Choice) -> bool) -> Self {
        let checked = options.iter().map(ticked).collect();
        Self { id, label, input: Input::Multi { options, checked, cursor: 0 } }
    }

    /// The text typed, lines joined by `\n` (empty for choices).
    pub fn text_value(&self) -> String {
        match &self.input {
            Input::Text { area, .. } => area.lines().join("\n"),
            _ => String::new(),
        }
    }

    /// Whether this is a multi-line text field.
    pub fn is_multiline(&self) -> bool {
        matches!(self.input, Input::Text { multiline: true, .. })
    }
}

/// Why the last submit was refused, and next to which field.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Refused {
    /// The field at fault, when one is.
    pub field: Option<FieldId>,
    /// The reason, in the UI's language.
    pub reason: String,
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
    /// Why the last submit was refused.
    pub error: Option<Refused>,
    /// Submitted and waiting for the council's answer: the form closes
    /// only once the change is saved.
    pub saving: bool,
    /// The title was suggested and not typed: it follows the date.
    pub title_suggested: bool,
}

impl Form {
    /// A new form with the focus on the first field.
    pub fn new(kind: FormKind, title: String, fields: Vec<Field>) -> Self {
        Self { kind, title, fields, focus: 0, error: None, saving: false, title_suggested: false }
    }

    fn field(&self, id: FieldId) -> Option<&Field> {
        self.fields.iter().find(|f| f.id == id)
    }

    /// The field `id`, to change it.
    pub fn field_mut(&mut self, id: FieldId) -> Option<&mut Field> {
        self.fields.iter_mut().find(|f| f.id == id)
    }

    /// Text of field `id`, trimmed of nothing (empty if absent).
    pub fn text(&self, id: FieldId) -> String {
        self.field(id).map(Field::text_value).unwrap_or_default()
    }

    /// The option chosen in field `id`.
    pub fn pick(&self, id: FieldId) -> Option<Pick> {
        match &self.field(id)?.input {
            Input::Choice { options, selected } => options.get(*selected).map(|c| c.value),
            _ => None,
        }
    }

    /// The options ticked in field `id`.
    pub fn picks(&self, id: FieldId) -> Vec<Pick> {
        match self.field(id).map(|f| &f.input) {
            Some(Input::Multi { options, checked, .. }) => {
                options.iter().zip(checked).filter(|(_, c)| **c).map(|(o, _)| o.value).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The record chosen in field `id`, if any.
    pub fn id(&self, id: FieldId) -> Option<RecordId> {
        match self.pick(id) {
            Some(Pick::Id(r)) => Some(r),
            _ => None,
        }
    }

    /// The records ticked in field `id`.
    pub fn ids(&self, id: FieldId) -> Vec<RecordId> {
        self.picks(id)
            .into_iter()
            .filter_map(|p| match p {
                Pick::Id(r) => Some(r),
                _ => None,
            })
            .collect()
    }

    /// Moves the focus by `delta`, wrapping.
    pub fn move_focus(&mut self, delta: isize) {
        let n = self.fields.len().max(1) as isize;
        self.focus = ((self.focus as isize + delta).rem_euclid(n)) as usize;
    }

    /// Puts the focus on field `id`.
    pub fn focus_on(&mut self, id: FieldId) {
        if let Some(i) = self.fields.iter().position(|f| f.id == id) {
            self.focus = i;
        }
    }

    /// The focused field.
    pub fn focused_field(&self) -> Option<&Field> {
        self.fields.get(self.focus)
    }

    /// The focused field's input.
    pub fn focused(&mut self) -> Option<&mut Input> {
        self.fields.get_mut(self.focus).map(|f| &mut f.input)
    }

    /// Every text typed so far, to keep as a draft on lock.
    pub fn texts(&self) -> Vec<String> {
        self.fields.iter().map(Field::text_value).collect()
    }

    /// Whether anything was typed in a text field.
    pub fn has_text(&self) -> bool {
        self.fields.iter().any(|f| matches!(&f.input, Input::Text { area, .. } if !area.is_empty()))
    }

    /// Shows a refusal next to its field and puts the focus there.
    pub fn refuse(&mut self, field: Option<FieldId>, reason: String) {
        self.saving = false;
        if let Some(f) = field {
            self.focus_on(f);
        }
        self.error = Some(Refused { field, reason });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn typing_replaces_a_suggested_value() {
        let mut f = Field::text(FieldId::Date, "Date".into(), "2026-12-01");
        if let Input::Text { area, .. } = &mut f.input {
            area.input(KeyEvent::new(KeyCode::Char('2'), KeyModifiers::NONE));
        }
        assert_eq!(f.text_value(), "2");
    }

    #[test]
    fn fields_are_read_by_name_not_position() {
        let group = RecordId::random();
        let options = vec![
            Choice { label: "aucun".into(), value: Pick::Nothing },
            Choice { label: "Prise de parole".into(), value: Pick::Id(group) },
        ];
        let form = Form::new(
            FormKind::NewTask,
            "t".into(),
            vec![Field::choice(FieldId::Group, "g".into(), options, 1), Field::text(FieldId::Title, "t".into(), "")],
        );
        assert_eq!(form.id(FieldId::Group), Some(group));
        assert_eq!(form.text(FieldId::Title), "");
        assert_eq!(form.pick(FieldId::Outcome), None);
    }
}
