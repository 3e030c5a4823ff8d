//! One keymap table per mode. The footer hints and the `?` help are
//! generated from these tables, and the config file can rebind any command
//! by name, so what is shown is always what works.

mod defaults;

use std::collections::HashMap;

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

/// Declares [`Command`] and [`Command::ALL`] from one list, so the two
/// cannot drift apart.
macro_rules! commands {
    ($($name:ident),* $(,)?) => {
        /// Every command a key can trigger. Names (kebab-case) are used in
        /// the config file and in help message ids (`key-<name>`).
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Command {
            $($name),*
        }

        impl Command {
            /// Every command, for parsing names.
            pub const ALL: &'static [Command] = &[$(Command::$name),*];
        }
    };
}

commands!(
    Quit,
    Lock,
    Help,
    Search,
    Back,
    Dashboard,
    Meetings,
    Board,
    Contributions,
    Members,
    Drafts,
    Settings,
    Archives,
    AddSection,
    Export,
    ReplaceSpan,
    Up,
    Down,
    Left,
    Right,
    Open,
    New,
    NewGroupMeeting,
    Edit,
    Delete,
    ToggleActive,
    ToggleCredit,
    Withdraw,
    MoveItemUp,
    MoveItemDown,
    AddItem,
    EditNotes,
    Attendance,
    AddQuestion,
    AddDecision,
    AddAction,
    MarkStart,
    Adopt,
    Amend,
    StatusBack,
    StatusForward,
    FilterGroup,
    FilterMember,
    FilterTheme,
    FilterMeeting,
    Comment,
    NextField,
    PrevField,
    Submit,
    Cancel,
    Toggle,
    Confirm,
    GuestMore,
    GuestLess,
    ConfirmName,
    NotAName,
    Acknowledge,
    Erase,
    EditItem,
    EditMeeting,
    EditLine,
    DeleteLine,
    FocusLines,
    FocusAgenda,
    PageUp,
    PageDown,
    ClearField,
    NewLine,
    MoreKeys,
    Complete,
    NewGroup,
    EditGroup,
    ToggleGroup,
    Consent,
    CloseDetail,
);

/// A unit variant's name as the config file writes it: `AddItem` →
/// "add-item" (one rule for commands and modes).
fn kebab(variant: impl std::fmt::Debug) -> String {
    let debug = format!("{variant:?}");
    let mut out = String::with_capacity(debug.len() + 4);
    for (i, c) in debug.chars().enumerate() {
        if c.is_uppercase() && i > 0 {
            out.push('-');
        }
        out.push(c.to_ascii_lowercase());
    }
    out
}

impl Command {
    /// The command's name in the config file ("add-item").
    pub fn name(self) -> String {
        kebab(self)
    }

    /// Finds a command by config name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|c| c.name() == name)
    }
}

/// The modes of the UI; each has its own table.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mode {
    Unlock,
    Dashboard,
    Meetings,
    Minutes,
    MinutesLines,
    Adopted,
    Notes,
    Board,
    TaskDetail,
    Contributions,
    Members,
    Groups,
    Drafts,
    Settings,
    Archives,
    Form,
    Review,
    Picker,
    Gaps,
    Search,
    Confirm,
    Help,
}

impl Mode {
    /// Every mode, for the config file and the keymap guide.
    pub const ALL: [Mode; 22] = [
        Mode::Unlock,
        Mode::Dashboard,
        Mode::Meetings,
        Mode::Minutes,
        Mode::MinutesLines,
        Mode::Adopted,
        Mode::Notes,
        Mode::Board,
        Mode::TaskDetail,
        Mode::Contributions,
        Mode::Members,
        Mode::Drafts,
        Mode::Settings,
        Mode::Archives,
        Mode::Form,
        Mode::Review,
        Mode::Picker,
        Mode::Gaps,
        Mode::Search,
        Mode::Confirm,
        Mode::Help,
        Mode::Groups,
    ];

    /// The mode's name in the config file (`[keys.minutes-lines]`).
    pub fn name(self) -> String {
        kebab(self)
    }

    /// Finds a mode by config name.
    pub fn from_name(name: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|m| m.name() == name)
    }

    /// Modes where typing goes into a text field: only their own bindings
    /// apply, and global single-letter keys do not.
    pub fn is_text_entry(self) -> bool {
        matches!(self, Mode::Unlock | Mode::Notes | Mode::Form | Mode::Search)
    }

    /// Modes shown in a member's slip (`conseil view`): reading, and the
    /// member's own tasks.
    pub fn in_member_view(self) -> bool {
        !matches!(
            self,
            Mode::Contributions | Mode::Members | Mode::Groups | Mode::Drafts | Mode::Settings | Mode::Archives
        )
    }

    /// Modes where the global navigation keys (1–5, /, ?, q) apply.
    pub(super) fn has_globals(self) -> bool {
        matches!(
            self,
            Mode::Dashboard
                | Mode::Meetings
                | Mode::Minutes
                | Mode::MinutesLines
                | Mode::Adopted
                | Mode::Board
                | Mode::TaskDetail
                | Mode::Contributions
                | Mode::Members
                | Mode::Groups
                | Mode::Drafts
                | Mode::Settings
                | Mode::Archives
        )
    }
}

/// A key with its modifiers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key.
    pub code: KeyCode,
    /// Ctrl, Alt, Shift.
    pub mods: KeyModifiers,
}

impl Key {
    const fn plain(code: KeyCode) -> Self {
        Self { code, mods: KeyModifiers::NONE }
    }

    pub(crate) const fn ch(c: char) -> Self {
        Self::plain(KeyCode::Char(c))
    }

    const fn ctrl(c: char) -> Self {
        Self { code: KeyCode::Char(c), mods: KeyModifiers::CONTROL }
    }

    /// Normalises a terminal key event: shifted letters arrive as upper
    /// case with SHIFT, which we keep as the upper-case letter alone.
    pub fn from_event(ev: KeyEvent) -> Self {
        let mut mods = ev.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if let KeyCode::Char(_) = ev.code {
            mods.remove(KeyModifiers::SHIFT);
        }
        Self { code: ev.code, mods }
    }

    /// Reads "ctrl-l", "shift-up", "a", "A", "enter", "f2", "?".
    pub fn parse(s: &str) -> Option<Self> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = s.trim();
        loop {
            let lower = rest.to_ascii_lowercase();
            if let Some(r) = lower.strip_prefix("ctrl-").map(|_| &rest[5..]) {
                mods |= KeyModifiers::CONTROL;
                rest = r;
            } else if let Some(r) = lower.strip_prefix("alt-").map(|_| &rest[4..]) {
                mods |= KeyModifiers::ALT;
                rest = r;
            } else if let Some(r) = lower.strip_prefix("shift-").map(|_| &rest[6..]) {
                mods |= KeyModifiers::SHIFT;
                rest = r;
            } else {
                break;
            }
        }
        let code = match rest.to_ascii_lowercase().as_str() {
            "enter" => KeyCode::Enter,
            "esc" => KeyCode::Esc,
            "tab" => KeyCode::Tab,
            "backtab" => KeyCode::BackTab,
            "space" => KeyCode::Char(' '),
            "up" => KeyCode::Up,
            "down" => KeyCode::Down,
            "left" => KeyCode::Left,
            "right" => KeyCode::Right,
            "pageup" => KeyCode::PageUp,
            "pagedown" => KeyCode::PageDown,
            "delete" => KeyCode::Delete,
            f if f.len() > 1 && f.starts_with('f') => KeyCode::F(f[1..].parse().ok()?),
            _ => {
                let mut chars = rest.chars();
                let c = chars.next()?;
                if chars.next().is_some() {
                    return None;
                }
                if mods.contains(KeyModifiers::CONTROL) {
                    KeyCode::Char(c.to_ascii_lowercase())
                } else {
                    KeyCode::Char(c)
                }
            }
        };
        if let KeyCode::Char(_) = code {
            mods.remove(KeyModifiers::SHIFT);
        }
        Some(Self { code, mods })
    }
}

impl Key {
    /// How the key is written in hints: symbols where they exist, words in
    /// the user's language otherwise.
    pub fn label(&self, english: bool) -> String {
        // Key names are words of the UI's language, from Fluent ("Entrée",
        // "Enter"); the loaders are made once for the process.
        static LOADERS: std::sync::OnceLock<[i18n_embed::fluent::FluentLanguageLoader; 2]> = std::sync::OnceLock::new();
        let loaders = LOADERS.get_or_init(|| {
            [crate::i18n::loader_for(crate::i18n::Lang::Fr), crate::i18n::loader_for(crate::i18n::Lang::En)]
        });
        let loader = &loaders[usize::from(english)];
        let word = |id: &str| loader.get(id);
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str(&word("keyname-shift"));
        }
        let name = match self.code {
            KeyCode::Char(' ') => word("keyname-space"),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => word("keyname-enter"),
            KeyCode::Esc => word("keyname-esc"),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => word("keyname-backtab"),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => word("keyname-pageup"),
            KeyCode::PageDown => word("keyname-pagedown"),
            KeyCode::Delete => word("keyname-delete"),
            KeyCode::F(n) => format!("F{n}"),
            _ => "?".to_string(),
        };
        out.push_str(&name);
        out
    }
}

/// The bindings of every mode.
#[derive(Clone, Debug)]
pub struct Keymap {
    tables: HashMap<Mode, Vec<(Key, Command)>>,
    global: Vec<(Key, Command)>,
}

/// A table of bindings, in hint order.
pub(super) type Bindings = Vec<(Key, Command)>;

impl Default for Keymap {
    fn default() -> Self {
        let (tables, global) = defaults::tables();
        Self { tables: tables.into_iter().collect(), global }
    }
}

impl Keymap {
    /// The command bound to `key` in `mode`, if any. The mode's own table
    /// wins over the global one.
    pub fn lookup(&self, mode: Mode, key: Key) -> Option<Command> {
        let own = self.tables.get(&mode).and_then(|t| t.iter().find(|(k, _)| *k == key));
        if let Some((_, c)) = own {
            return Some(*c);
        }
        if mode.has_globals() {
            return self.global.iter().find(|(k, _)| *k == key).map(|(_, c)| *c);
        }
        None
    }

    /// Bindings shown in the footer and help for `mode`: its own, then the
    /// global ones where they apply (a command the mode rebinds is shown
    /// once, with the mode's key).
    pub fn bindings(&self, mode: Mode) -> Vec<(Key, Command)> {
        let mut out = self.tables.get(&mode).cloned().unwrap_or_default();
        if mode.has_globals() {
            let own: Vec<Command> = out.iter().map(|(_, c)| *c).collect();
            out.extend(self.global.iter().copied().filter(|(_, c)| !own.contains(c)));
        }
        out
    }

    /// Rebinds `command` to `key` wherever it is bound (config overrides).
    pub fn rebind(&mut self, command: Command, key: Key) {
        for table in self.tables.values_mut().chain(std::iter::once(&mut self.global)) {
            for binding in table.iter_mut().filter(|(_, c)| *c == command) {
                binding.0 = key;
            }
        }
    }

    /// Rebinds `command` to `key` in one mode only (`[keys.board]` in the
    /// config file), as helix and gitui allow: a command bound globally
    /// gets its own binding in that mode, which wins there.
    pub fn rebind_in(&mut self, mode: Mode, command: Command, key: Key) {
        let table = self.tables.entry(mode).or_default();
        match table.iter_mut().find(|(_, c)| *c == command) {
            Some(binding) => binding.0 = key,
            None => table.push((key, command)),
        }
    }

    /// How the key bound to `command` in `mode` is written in hints (the
    /// first one when several are), for messages that name a key.
    pub fn key_label(&self, mode: Mode, command: Command, lang: crate::i18n::Lang) -> String {
        self.bindings(mode)
            .iter()
            .find(|(_, c)| *c == command)
            .map(|(k, _)| k.label(lang == crate::i18n::Lang::En))
            .unwrap_or_default()
    }

    /// Whether a mode's own table (not the global one) binds `command`.
    pub fn binds_in(&self, mode: Mode, command: Command) -> bool {
        self.tables.get(&mode).is_some_and(|t| t.iter().any(|(_, c)| *c == command))
    }

    /// Modes whose table binds the same key twice (after overrides). A
    /// global key shadowed by the mode's own binding of the same command
    /// is not a conflict.
    pub fn conflicts(&self) -> Vec<(Mode, Key)> {
        let mut out = Vec::new();
        for (mode, _) in self.tables.iter() {
            let b = self.bindings(*mode);
            for (i, (k, c)) in b.iter().enumerate() {
                let own_later = b[i + 1..].iter().any(|(k2, c2)| k2 == k && c2 != c);
                if own_later && !out.contains(&(*mode, *k)) {
                    out.push((*mode, *k));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for &c in Command::ALL {
            assert_eq!(Command::from_name(&c.name()), Some(c), "{c:?}");
        }
        assert_eq!(Command::AddItem.name(), "add-item");
    }

    #[test]
    fn keys_parse() {
        assert_eq!(Key::parse("ctrl-l"), Some(Key::ctrl('l')));
        assert_eq!(Key::parse("Ctrl-L"), Some(Key::ctrl('l')));
        assert_eq!(Key::parse("A"), Some(Key::ch('A')));
        assert_eq!(Key::parse("f2"), Some(Key::plain(KeyCode::F(2))));
        assert_eq!(Key::parse("shift-up").map(|k| k.mods), Some(KeyModifiers::SHIFT));
        assert_eq!(Key::parse("nope"), None);
    }

    #[test]
    fn default_tables_have_no_conflicts() {
        assert_eq!(Keymap::default().conflicts(), vec![]);
    }

    #[test]
    fn text_modes_do_not_take_letters() {
        let km = Keymap::default();
        assert_eq!(km.lookup(Mode::Notes, Key::ch('q')), None);
        assert_eq!(km.lookup(Mode::Meetings, Key::ch('q')), Some(Command::Quit));
        assert_eq!(km.lookup(Mode::Minutes, Key::plain(KeyCode::Esc)), Some(Command::Back));
    }

    #[test]
    fn rebinding_moves_the_hint_too() {
        let mut km = Keymap::default();
        km.rebind(Command::Lock, Key::plain(KeyCode::F(12)));
        assert_eq!(km.lookup(Mode::Board, Key::plain(KeyCode::F(12))), Some(Command::Lock));
        assert!(km.bindings(Mode::Board).contains(&(Key::plain(KeyCode::F(12)), Command::Lock)));
        assert_eq!(km.lookup(Mode::Board, Key::ctrl('l')), None);
    }
}
