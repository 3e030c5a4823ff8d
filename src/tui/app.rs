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
    /// Working groups (on the members' tab).
    Groups {
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
    /// Whether the keys act on the agenda or on the lines of the item.
    pub focus: MinutesFocus,
    /// Line of the item under the cursor (questions, decisions, actions).
    pub line: usize,
    /// First row of the item's detail shown (PgUp/PgDn).
    pub scroll: u16,
    /// Identifying data in the shown item's notes, found once per change
    /// of item or text (not on every frame).
    pub highlight: Option<NotesHighlight>,
}

/// What the detectors found in one item's notes, line by line, and which
/// text that was (so that a change of item or text finds it again).
#[derive(Debug, Clone, PartialEq)]
pub struct NotesHighlight {
    /// The meeting.
    pub meeting: RecordId,
    /// The item.
    pub item: usize,
    /// The meeting's revision when found.
    pub revision: u64,
    /// For each line of the notes, its identifying spans (byte offsets in
    /// the line).
    pub lines: Vec<Vec<crate::privacy::Span>>,
}

impl MinutesState {
    /// The minutes of `meeting`, at agenda item `item`.
    pub fn at(meeting: RecordId, item: usize) -> Self {
        Self { meeting, item, notes: None, focus: MinutesFocus::Agenda, line: 0, scroll: 0, highlight: None }
    }
}

/// Where the keys of the minutes editor act.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MinutesFocus {
    /// On the agenda: items are chosen, added, moved.
    Agenda,
    /// On the lines of the chosen item: each is edited or deleted.
    Lines,
}

/// One line of an agenda item, in the order shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineRef {
    /// A question (index in the item's questions).
    Question(usize),
    /// A decision.
    Decision(usize),
    /// An action item.
    Action(usize),
}

impl LineRef {
    /// The lines of `item`, in display order.
    pub fn all(item: &crate::domain::AgendaItem) -> Vec<LineRef> {
        (0..item.questions.len())
            .map(LineRef::Question)
            .chain((0..item.decisions.len()).map(LineRef::Decision))
            .chain((0..item.actions.len()).map(LineRef::Action))
            .collect()
    }
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
    /// The task under the cursor: the selection follows it when it moves.
    pub task: Option<RecordId>,
    /// Whether the selected task's detail is open.
    pub detail: bool,
    /// First row of the detail shown.
    pub scroll: u16,
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
    /// Rows of the selected contribution's detail scrolled past.
    pub detail_scroll: u16,
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
    /// The keys of the current mode, from this row.
    Help(u16),
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
    /// What adoption still misses, each gap a line to jump to.
    Gaps {
        /// Meeting.
        meeting: RecordId,
        /// The gaps.
        gaps: Vec<crate::domain::AdoptionGap>,
        /// Gap under the cursor.
        selected: usize,
    },
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
    /// Delete one line of an agenda item.
    DeleteLine(RecordId, usize, LineRef),
    /// Delete a meeting not yet adopted.
    DeleteMeeting(RecordId),
    /// Switch whether a member is named in exports.
    ToggleCredit(RecordId),
    /// Adopt minutes.
    Adopt(RecordId),
    /// Withdraw a contribution's consent.
    Withdraw(RecordId),
    /// Withdraw a contribution's consent and erase its text.
    Erase(RecordId),
    /// Deactivate or reactivate a member.
    ToggleActive(RecordId),
    /// Import an archive nothing proves comes from this council, the
    /// secretary having compared its fingerprint.
    ImportUnauthenticated {
        /// File to read.
        path: String,
        /// Identity file.
        identity: String,
        /// The fingerprint shown (a file changed since is refused again).
        fingerprint: String,
    },
}

/// An export being reviewed: the plan the council built (the very text
/// that will be written) and where the secretary is in it.
#[derive(Debug, Clone)]
pub struct Review {
    /// The plan.
    pub plan: super::review_plan::Plan,
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
    /// A form set aside while the lock code is asked for: it comes back
    /// (kept in the locked draft) once the code is chosen or the asking
    /// cancelled.
    pub set_aside: Option<Box<Overlay>>,
    /// Decrypted council; `None` while locked.
    pub data: Option<Data>,
    /// Passphrase (or unlock code) field of the unlock screen (masked).
    pub passphrase: Box<TextArea<'static>>,
    /// Identity file field of the unlock screen.
    pub identity_path: Box<TextArea<'static>>,
    /// Whether the identity field has the focus on the unlock screen.
    pub unlock_on_identity: bool,
    /// Whether an identity file is available to unlock with Enter.
    pub has_identity: bool,
    /// This session was opened with an identity: the locked screen asks
    /// for a code chosen at the first lock.
    pub lock_needs_code: bool,
    /// That code is chosen (the runtime holds its hash).
    pub lock_code_set: bool,
    /// Whether the screen was locked during this session (so unlocking
    /// takes the code, not the identity again).
    pub relocked: bool,
    /// Where the secretary was when the screen locked, to go back there.
    pub resume: Option<Resume>,
    /// Which page of key hints is shown.
    pub hint_page: usize,
    /// A member's slip (`conseil view`): only reading and the member's own
    /// tasks.
    pub member_view: bool,
    /// The identity file given at start (`-i`), as typed.
    pub source_identity: Option<String>,
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
            set_aside: None,
            data: None,
            passphrase: Box::new(masked_area()),
            identity_path: Box::new(TextArea::default()),
            unlock_on_identity: false,
            has_identity,
            lock_needs_code: false,
            lock_code_set: false,
            relocked: false,
            resume: None,
            hint_page: 0,
            member_view: false,
            source_identity: None,
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
            Some(Overlay::Help(_)) | Some(Overlay::Notice { .. }) => return Mode::Help,
            Some(Overlay::Search { .. }) => return Mode::Search,
            Some(Overlay::Form(_)) => return Mode::Form,
            Some(Overlay::Confirm { .. }) => return Mode::Confirm,
            Some(Overlay::Attendance(_)) => return Mode::Picker,
            Some(Overlay::Gaps { .. }) => return Mode::Gaps,
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
            Screen::Minutes(m) if self.meeting_adopted(m.meeting) => Mode::Adopted,
            Screen::Minutes(m) if m.focus == MinutesFocus::Lines => Mode::MinutesLines,
            Screen::Minutes(_) => Mode::Minutes,
            Screen::Board(b) if b.detail => Mode::TaskDetail,
            Screen::Board(_) => Mode::Board,
            Screen::Contributions(_) => Mode::Contributions,
            Screen::Members { .. } => Mode::Members,
            Screen::Groups { .. } => Mode::Groups,
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

    /// In a multi-line field, ↑ ↓ move in the text (Enter still submits,
    /// as the hint says; Ctrl-J starts a new line); in choice fields, ← →
    /// and Space choose.
    fn form_wants_raw(&self, ev: KeyEvent) -> bool {
        let Some(Overlay::Form(form)) = &self.overlay else {
            return false;
        };
        match form.fields.get(form.focus).map(|f| &f.input) {
            Some(Input::Text { multiline: true, .. }) => {
                matches!(ev.code, KeyCode::Up | KeyCode::Down) && ev.modifiers.is_empty()
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

    /// Whether the unlock screen shows the identity file field: not when
    /// the identity is in memory, nor once a lock code stands in for it.
    pub fn shows_identity_field(&self) -> bool {
        let code_instead = self.relocked && self.lock_code_set;
        !code_instead && (self.source_identity.is_some() || !self.has_identity)
    }

    /// Gives the unlock screen the identity file named at start.
    pub fn with_identity_file(mut self, path: Option<&std::path::Path>) -> Self {
        self.source_identity = path.map(|p| p.display().to_string());
        if let Some(p) = &self.source_identity {
            *self.identity_path = TextArea::new(vec![p.clone()]);
            self.identity_path.move_cursor(ratatui_textarea::CursorMove::End);
        }
        self
    }

    fn meeting_adopted(&self, id: RecordId) -> bool {
        self.data.as_ref().and_then(|d| d.meeting(id)).is_some_and(|m| m.is_adopted())
    }
}

/// Where the secretary was when the screen locked: the screen and its
/// selection (never any decrypted text), and whether notes were open.
#[derive(Debug)]
pub struct Resume {
    /// The screen, with its selection.
    pub screen: Screen,
    /// The notes editor was open at this cursor (row, column).
    pub notes_cursor: Option<(usize, usize)>,
}

impl Resume {
    /// Keeps `screen`'s place; the text of open notes is dropped (it was
    /// saved) and only its cursor kept.
    pub fn of(mut screen: Screen) -> Self {
        let mut notes_cursor = None;
        if let Screen::Minutes(state) = &mut screen {
            if let Some(notes) = state.notes.take() {
                let ratatui_textarea::DataCursor(row, col) = notes.area.cursor();
                notes_cursor = Some((row, col));
            }
        }
        Self { screen, notes_cursor }
    }
}

/// A fresh masked passphrase field.
pub fn masked_area() -> TextArea<'static> {
    let mut area = TextArea::default();
    area.set_mask_char('•');
    area
}
