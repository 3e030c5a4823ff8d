//! The whole state of the terminal UI. Views draw it; `update` changes it.

use i18n_embed::fluent::FluentLanguageLoader;
use ratatui::crossterm::event::{KeyCode, KeyEvent};
use ratatui_textarea::TextArea;

use super::data::Data;
use super::form::{Form, Input};
use super::keymap::{Key, Keymap, Mode};
use super::search::{Hit, SearchIndex};
use super::theme::Theme;
use super::Action;
use crate::domain::{ClockTime, Date, RecordId};
use crate::i18n::{loader_for, Lang};

/// The main screens, reachable with 1–5.
#[derive(Debug)]
pub enum Screen {
    /// Locked: nothing decrypted is shown.
    Unlock,
    /// Overview.
    Dashboard,
    /// Meetings by date.
    Meetings {
        /// Row under the cursor.
        selected: usize,
    },
    /// The minutes editor of one meeting.
    Minutes(MinutesState),
    /// Tasks by status.
    Board(BoardState),
    /// Contributions with consent badges.
    Contributions(ContributionsState),
    /// Members.
    Members {
        /// Row under the cursor.
        selected: usize,
    },
    /// Advocacy drafts: the list, or one draft open.
    Drafts {
        /// Row under the cursor.
        selected: usize,
        /// The draft open, if any.
        open: Option<RecordId>,
    },
    /// Settings, including the "never write" list.
    Settings,
    /// Archives: backup, import, member slip, hand-over.
    Archives {
        /// Row under the cursor.
        selected: usize,
    },
}

/// The minutes editor.
#[derive(Debug)]
pub struct MinutesState {
    /// Meeting being edited.
    pub meeting: RecordId,
    /// Agenda item under the cursor.
    pub item: usize,
    /// The notes editor, while typing.
    pub notes: Option<NotesEditor>,
}

/// Notes being typed, saved when the typing pauses or the field is left.
#[derive(Debug)]
pub struct NotesEditor {
    /// The text area.
    pub area: Box<TextArea<'static>>,
    /// Typed since the last save.
    pub dirty: bool,
    /// Identifying data found in the text, line by line.
    pub spans: crate::privacy::LineCache,
}

/// The task board.
#[derive(Debug, Default)]
pub struct BoardState {
    /// Column (status) under the cursor.
    pub column: usize,
    /// Row in that column.
    pub row: usize,
    /// Only this group's tasks.
    pub group: Option<RecordId>,
    /// Only this member's tasks.
    pub member: Option<RecordId>,
}

/// The contributions list.
#[derive(Debug, Default)]
pub struct ContributionsState {
    /// Row under the cursor.
    pub selected: usize,
    /// Only this theme.
    pub theme: Option<String>,
    /// Only this group.
    pub group: Option<RecordId>,
    /// Only contributions made at this meeting.
    pub meeting: Option<RecordId>,
}

impl ContributionsState {
    /// The filter these choices make.
    pub fn filter(&self) -> super::data::ContributionFilter {
        super::data::ContributionFilter { theme: self.theme.clone(), group: self.group, meeting: self.meeting }
    }
}

/// Something shown over the screen.
#[derive(Debug)]
pub enum Overlay {
    /// The keys of the current mode.
    Help,
    /// Fuzzy search.
    Search {
        /// The texts, indexed when the search opened.
        index: Box<SearchIndex>,
        /// Query being typed.
        query: Box<TextArea<'static>>,
        /// Results.
        hits: Vec<Hit>,
        /// Result under the cursor.
        selected: usize,
    },
    /// A form.
    Form(Form),
    /// A yes/no question before a destructive or final action.
    Confirm {
        /// The question, and what it will do.
        message: String,
        /// What yes does.
        on_yes: Pending,
    },
    /// Ticking who attended.
    Attendance(AttendancePicker),
    /// An export under review, before anything is written.
    Review(Box<Review>),
    /// What a long operation did (an import, an archive, a hand-over).
    Notice {
        /// Title.
        title: String,
        /// Lines to read.
        lines: Vec<String>,
    },
}

/// An action waiting for confirmation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Pending {
    /// Delete an agenda item.
    DeleteItem(RecordId, usize),
    /// Adopt minutes.
    Adopt(RecordId),
    /// Withdraw a contribution's consent.
    Withdraw(RecordId),
    /// Withdraw a contribution's consent and erase its text.
    Erase(RecordId),
    /// Deactivate or reactivate a member.
    ToggleActive(RecordId),
}

/// An export being reviewed: the plan the council built (the very text
/// that will be written) and where the secretary is in it.
#[derive(Debug, Clone)]
pub struct Review {
    /// The plan.
    pub plan: crate::council::ExportPlan,
    /// The file to write.
    pub path: String,
    /// The item under the cursor.
    pub selected: usize,
}

/// Attendance being ticked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendancePicker {
    /// Meeting.
    pub meeting: RecordId,
    /// Active members in display order, with whether present.
    pub members: Vec<(RecordId, bool)>,
    /// Row under the cursor.
    pub cursor: usize,
    /// Number of guests.
    pub guests: u16,
}

/// The line at the bottom that says whether work is saved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Status {
    /// Nothing to report.
    Idle,
    /// Everything is saved, last at this time.
    Saved(ClockTime),
    /// Typing not yet saved.
    Unsaved,
    /// The last save failed: the reason, shown until the next success.
    Failed(String),
    /// A message (a refusal, a hint).
    Info(String),
}

/// The state of the UI.
pub struct App {
    /// Messages in the user's language.
    pub loader: FluentLanguageLoader,
    /// That language.
    pub lang: Lang,
    /// Colours and styles.
    pub theme: Theme,
    /// Key bindings.
    pub keymap: Keymap,
    /// Main screen.
    pub screen: Screen,
    /// Pop-up, if any.
    pub overlay: Option<Overlay>,
    /// Decrypted council; `None` while locked.
    pub data: Option<Data>,
    /// Passphrase field of the unlock screen (masked).
    pub passphrase: Box<TextArea<'static>>,
    /// Whether an identity file is available to unlock with Enter.
    pub has_identity: bool,
    /// Why the last unlock failed.
    pub unlock_error: Option<String>,
    /// Save status.
    pub status: Status,
    /// Today.
    pub today: Date,
    /// Time of day, for overruns.
    pub now: ClockTime,
    /// Seconds without a key before locking.
    pub auto_lock_secs: u64,
    /// Set when the config file chose the delay (the council's setting is
    /// then ignored).
    pub auto_lock_fixed: bool,
    /// Set when the user quits.
    pub quit: bool,
    /// The contributions filter last used, from which draft sections pick
    /// their material.
    pub material_filter: super::data::ContributionFilter,
}

impl App {
    /// A locked UI.
    pub fn new(lang: Lang, theme: Theme, keymap: Keymap, has_identity: bool, today: Date, now: ClockTime) -> Self {
        Self {
            loader: loader_for(lang),
            lang,
            theme,
            keymap,
            screen: Screen::Unlock,
            overlay: None,
            data: None,
            passphrase: Box::new(masked_area()),
            has_identity,
            unlock_error: None,
            status: Status::Idle,
            today,
            now,
            auto_lock_secs: 600,
            auto_lock_fixed: false,
            quit: false,
            material_filter: Default::default(),
        }
    }

    /// The mode whose keymap applies now.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help) | Some(Overlay::Notice { .. }) => return Mode::Help,
            Some(Overlay::Search { .. }) => return Mode::Search,
            Some(Overlay::Form(_)) => return Mode::Form,
            Some(Overlay::Confirm { .. }) => return Mode::Confirm,
            Some(Overlay::Attendance(_)) => return Mode::Picker,
            Some(Overlay::Review(_)) => return Mode::Review,
            None => {}
        }
        self.screen_mode()
    }

    /// The mode of the screen under any overlay (the help lists its keys).
    pub fn screen_mode(&self) -> Mode {
        match &self.screen {
            Screen::Unlock => Mode::Unlock,
            Screen::Dashboard => Mode::Dashboard,
            Screen::Meetings { .. } => Mode::Meetings,
            Screen::Minutes(m) if m.notes.is_some() => Mode::Notes,
            Screen::Minutes(_) => Mode::Minutes,
            Screen::Board(_) => Mode::Board,
            Screen::Contributions(_) => Mode::Contributions,
            Screen::Members { .. } => Mode::Members,
            Screen::Drafts { .. } => Mode::Drafts,
            Screen::Settings => Mode::Settings,
            Screen::Archives { .. } => Mode::Archives,
        }
    }

    /// Turns a key into an action: a bound command, or typing for the
    /// focused field. Unbound keys elsewhere do nothing.
    pub fn on_key(&self, ev: KeyEvent) -> Option<Action> {
        let mode = self.mode();
        if mode == Mode::Form && self.form_wants_raw(ev) {
            return Some(Action::Input(ev));
        }
        if let Some(command) = self.keymap.lookup(mode, Key::from_event(ev)) {
            return Some(Action::Command(command));
        }
        (mode.is_text_entry() || mode == Mode::Form).then_some(Action::Input(ev))
    }

    /// In a multi-line field, Enter and arrows edit the text; in choice
    /// fields, ← → and Space choose.
    fn form_wants_raw(&self, ev: KeyEvent) -> bool {
        let Some(Overlay::Form(form)) = &self.overlay else {
            return false;
        };
        match form.fields.get(form.focus).map(|f| &f.input) {
            Some(Input::Text { multiline: true, .. }) => {
                matches!(ev.code, KeyCode::Enter | KeyCode::Up | KeyCode::Down) && ev.modifiers.is_empty()
            }
            Some(Input::Choice { .. }) | Some(Input::Multi { .. }) => {
                matches!(ev.code, KeyCode::Left | KeyCode::Right | KeyCode::Char(' '))
            }
            _ => false,
        }
    }

    /// Whether the council is open.
    pub fn is_unlocked(&self) -> bool {
        self.data.is_some()
    }
}

/// A fresh masked passphrase field.
pub fn masked_area() -> TextArea<'static> {
    let mut area = TextArea::default();
    area.set_mask_char('•');
    area
}
