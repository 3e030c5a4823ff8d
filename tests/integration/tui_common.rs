//! Helpers for driving the terminal UI without a terminal: a council with an
//! identity file, a runtime on it, and keystrokes as actions.

#![allow(dead_code)]

use std::path::PathBuf;

use conseil::domain::{ClockTime, Council, Date, Language};
use conseil::i18n::Lang;
use conseil::storage::{keyfile, Access, Store, Unlock};
use conseil::tui::keymap::{Command, Keymap};
use conseil::tui::theme::Theme;
use conseil::tui::{Action, App, Runtime, Source};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use time::macros::date;

/// The day the tests live on.
pub const TODAY: Date = date!(2026 - 11 - 22);

/// A council on disk with an identity file beside it.
pub struct UiCouncil {
    pub dir: tempfile::TempDir,
}

impl UiCouncil {
    /// An empty council.
    pub fn new() -> Self {
        let dir = tempfile::tempdir().unwrap();
        let council = Self { dir };
        let recipient = keyfile::generate(&council.key(), "test").unwrap();
        let access = Access { recipients: vec![recipient], passphrase: None };
        Store::create(&council.path(), &Council::new("Conseil d'essai", Language::Fr).unwrap(), &access).unwrap();
        council
    }

    /// The demo council of one year (seeded: the same every run).
    pub fn demo() -> Self {
        let council = Self::new();
        let store = council.store();
        conseil::demo::populate(&store, conseil::demo::DemoSize::ONE_YEAR, date!(2025 - 11 - 01), 7).unwrap();
        council
    }

    pub fn path(&self) -> PathBuf {
        self.dir.path().join("council")
    }

    pub fn key(&self) -> PathBuf {
        self.dir.path().join("key.txt")
    }

    /// The store, opened directly (close it before running the UI).
    pub fn store(&self) -> Store {
        let keys = keyfile::read(&self.key()).unwrap();
        Store::open(&self.path(), &Unlock::Identities(keys.identities)).unwrap()
    }

    /// A locked runtime on this council.
    pub fn runtime(&self, lang: Lang) -> Runtime {
        let app = App::new(lang, Theme::colours(), Keymap::default(), true, TODAY, ClockTime::new(9, 30).unwrap());
        Runtime::new(app, Source::with_file(self.path(), Some(self.key())))
    }
}

/// Sends a command.
pub fn cmd(rt: &mut Runtime, command: Command) {
    rt.dispatch(Action::Command(command));
}

/// Types text into the focused field, one key at a time.
pub fn type_text(rt: &mut Runtime, text: &str) {
    for c in text.chars() {
        let key = if c == '\n' { KeyCode::Enter } else { KeyCode::Char(c) };
        rt.dispatch(Action::Input(KeyEvent::new(key, KeyModifiers::NONE)));
    }
}

/// Empties the focused one-line field (Home, then delete to the end).
pub fn clear_field(rt: &mut Runtime) {
    rt.dispatch(Action::Input(KeyEvent::new(KeyCode::Home, KeyModifiers::NONE)));
    rt.dispatch(Action::Input(KeyEvent::new(KeyCode::Char('k'), KeyModifiers::CONTROL)));
}

/// Presses a key as the terminal loop would: through the keymap.
pub fn press(rt: &mut Runtime, code: KeyCode) {
    if let Some(action) = rt.app.on_key(KeyEvent::new(code, KeyModifiers::NONE)) {
        rt.dispatch(action);
    }
}

/// Unlocks with the identity file.
pub fn unlock(rt: &mut Runtime) {
    cmd(rt, Command::Submit);
    assert!(rt.is_unlocked(), "unlock failed: {:?}", rt.app.unlock_error);
    // What the terminal loop does once the first frame is shown.
    rt.after_frame();
}
