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
);

impl Command {
    /// The command's name in the config file ("add-item").
    pub fn name(self) -> String {
        let debug = format!("{self:?}");
        let mut out = String::new();
        for (i, c) in debug.chars().enumerate() {
            if c.is_uppercase() && i > 0 {
                out.push('-');
            }
            out.push(c.to_ascii_lowercase());
        }
        out
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
    Notes,
    Board,
    Contributions,
    Members,
    Drafts,
    Settings,
    Archives,
    Form,
    Review,
    Picker,
    Search,
    Confirm,
    Help,
}

impl Mode {
    /// Modes where typing goes into a text field: only their own bindings
    /// apply, and global single-letter keys do not.
    pub fn is_text_entry(self) -> bool {
        matches!(self, Mode::Unlock | Mode::Notes | Mode::Form | Mode::Search)
    }

    /// Modes where the global navigation keys (1–5, /, ?, q) apply.
    fn has_globals(self) -> bool {
        matches!(
            self,
            Mode::Dashboard
                | Mode::Meetings
                | Mode::Minutes
                | Mode::Board
                | Mode::Contributions
                | Mode::Members
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

    const fn ch(c: char) -> Self {
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
        let word = |fr: &str, en: &str| {
            if english {
                en.to_string()
            } else {
                fr.to_string()
            }
        };
        let mut out = String::new();
        if self.mods.contains(KeyModifiers::CONTROL) {
            out.push_str("Ctrl-");
        }
        if self.mods.contains(KeyModifiers::ALT) {
            out.push_str("Alt-");
        }
        if self.mods.contains(KeyModifiers::SHIFT) {
            out.push_str(&word("Maj-", "Shift-"));
        }
        let name = match self.code {
            KeyCode::Char(' ') => word("Espace", "Space"),
            KeyCode::Char(c) if self.mods.contains(KeyModifiers::CONTROL) => c.to_ascii_uppercase().to_string(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => word("Entrée", "Enter"),
            KeyCode::Esc => word("Échap", "Esc"),
            KeyCode::Tab => "Tab".to_string(),
            KeyCode::BackTab => word("Maj-Tab", "Shift-Tab"),
            KeyCode::Up => "↑".to_string(),
            KeyCode::Down => "↓".to_string(),
            KeyCode::Left => "←".to_string(),
            KeyCode::Right => "→".to_string(),
            KeyCode::PageUp => word("PgPréc", "PgUp"),
            KeyCode::PageDown => word("PgSuiv", "PgDn"),
            KeyCode::Delete => word("Suppr", "Del"),
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
    /// global ones where they apply.
    pub fn bindings(&self, mode: Mode) -> Vec<(Key, Command)> {
        let mut out = self.tables.get(&mode).cloned().unwrap_or_default();
        if mode.has_globals() {
            out.extend(self.global.iter().copied());
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

    /// Modes whose table binds the same key twice (after overrides).
    pub fn conflicts(&self) -> Vec<(Mode, Key)> {
        let mut out = Vec::new();
        for (mode, _) in self.tables.iter() {
            let b = self.bindings(*mode);
            for (i, (k, _)) in b.iter().enumerate() {
                let own_later = b[i + 1..].iter().any(|(k2, _)| k2 == k);
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
