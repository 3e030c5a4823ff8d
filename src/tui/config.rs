//! The config file (`config.toml` in the XDG config folder): language,
//! theme, auto-lock delay and key overrides. Errors name the line and what
//! to write instead.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;
use serde::Deserialize;

use super::keymap::{Command, Key, Keymap, Mode};
use super::theme::THEMES;
use crate::i18n::{Explain, Lang};

/// What the file may say. Everything is optional.
#[derive(Debug, Default, Deserialize, PartialEq, Eq)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// "fr" or "en".
    pub language: Option<String>,
    /// "default", "high-contrast" or "no-color".
    pub theme: Option<String>,
    /// Minutes of inactivity before locking (1–240).
    pub auto_lock_minutes: Option<u16>,
    /// Rolling backups kept beside the council at each clean close (0–100;
    /// 0 turns them off; default 5).
    pub backups: Option<u8>,
    /// Command name → key, e.g. `lock = "f12"`.
    #[serde(default)]
    pub keys: BTreeMap<String, KeySetting>,
}

/// One entry of `[keys]`: a command's key everywhere, or a table of one
/// mode's keys (`[keys.board]`).
#[derive(Debug, Deserialize, PartialEq, Eq)]
#[serde(untagged)]
pub enum KeySetting {
    /// `lock = "f12"`: in every mode.
    Everywhere(String),
    /// `[keys.board] comment = "C"`: in that mode only.
    InMode(BTreeMap<String, String>),
}

/// What is wrong with the config file, for the user to fix.
#[derive(Debug, PartialEq, Eq, thiserror::Error)]
pub enum ConfigError {
    /// Not valid TOML, or an unknown setting.
    #[error("{path}: {message}")]
    Syntax {
        /// The file.
        path: PathBuf,
        /// The parser's explanation, with the line.
        message: String,
    },
    /// A value out of its range or list.
    #[error("{path}: {setting} = {value}")]
    BadValue {
        /// The file.
        path: PathBuf,
        /// Which setting.
        setting: String,
        /// What it said.
        value: String,
        /// What it may say.
        expected: String,
    },
}

impl Explain for ConfigError {
    fn explain_in(&self, l: &FluentLanguageLoader) -> (String, String) {
        match self {
            ConfigError::Syntax { path, message } => (
                fl!(l, "err-config-syntax", path = path.display().to_string(), reason = message.clone()),
                fl!(l, "rec-config"),
            ),
            ConfigError::BadValue { path, setting, value, expected } => (
                fl!(
                    l,
                    "err-config-value",
                    path = path.display().to_string(),
                    setting = setting.clone(),
                    value = value.clone()
                ),
                fl!(l, "rec-config-value", expected = expected.clone()),
            ),
        }
    }
}

/// Where the file lives.
pub fn default_path() -> Option<PathBuf> {
    directories::ProjectDirs::from("", "", "conseil").map(|d| d.config_dir().join("config.toml"))
}

impl Config {
    /// Reads the file; a missing file means every default.
    pub fn load(path: &Path) -> Result<Self, ConfigError> {
        match std::fs::read_to_string(path) {
            Ok(text) => Self::parse(path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Self::default()),
            Err(e) => Err(ConfigError::Syntax { path: path.to_path_buf(), message: e.to_string() }),
        }
    }

    /// Parses and checks the text of a config file.
    pub fn parse(path: &Path, text: &str) -> Result<Self, ConfigError> {
        let config: Config = toml::from_str(text)
            .map_err(|e| ConfigError::Syntax { path: path.to_path_buf(), message: e.to_string() })?;
        let bad = |setting: &str, value: &str, expected: &str| ConfigError::BadValue {
            path: path.to_path_buf(),
            setting: setting.to_string(),
            value: value.to_string(),
            expected: expected.to_string(),
        };
        if let Some(l) = &config.language {
            Lang::parse(l).ok_or_else(|| bad("language", l, "fr, en"))?;
        }
        if let Some(t) = &config.theme {
            if !THEMES.contains(&t.as_str()) {
                return Err(bad("theme", t, &THEMES.join(", ")));
            }
        }
        if let Some(m) = config.auto_lock_minutes {
            if !(1..=240).contains(&m) {
                return Err(bad("auto_lock_minutes", &m.to_string(), "1–240"));
            }
        }
        if let Some(n) = config.backups.filter(|n| *n > 100) {
            return Err(bad("backups", &n.to_string(), "0–100"));
        }
        config.keymap().map_err(|(setting, value, expected)| bad(&setting, &value, &expected))?;
        Ok(config)
    }

    /// The default keymap with this file's overrides; an error names the
    /// setting, its value and what is expected.
    pub fn keymap(&self) -> Result<Keymap, (String, String, String)> {
        let mut keymap = Keymap::default();
        // Keys for every mode first, then each mode's own, which win there.
        for (name, setting) in &self.keys {
            if let KeySetting::Everywhere(key) = setting {
                let (command, key) = parse_binding(&format!("keys.{name}"), name, key)?;
                keymap.rebind(command, key);
            }
        }
        for (mode_name, setting) in &self.keys {
            let KeySetting::InMode(table) = setting else { continue };
            let mode = Mode::from_name(mode_name).ok_or_else(|| {
                let names: Vec<String> = Mode::ALL.iter().map(|m| m.name()).collect();
                (format!("keys.{mode_name}"), mode_name.clone(), names.join(", "))
            })?;
            for (name, key) in table {
                let (command, key) = parse_binding(&format!("keys.{mode_name}.{name}"), name, key)?;
                keymap.rebind_in(mode, command, key);
            }
        }
        if let Some((mode, key)) = keymap.conflicts().first() {
            return Err((format!("keys ({})", mode.name()), key.label(true), "one key per command".into()));
        }
        Ok(keymap)
    }
}

/// A command name and a key as written in the config file.
fn parse_binding(setting: &str, name: &str, key: &str) -> Result<(Command, Key), (String, String, String)> {
    let command = Command::from_name(name).ok_or_else(|| {
        let names: Vec<String> = Command::ALL.iter().map(|c| c.name()).collect();
        (setting.to_string(), name.to_string(), names.join(", "))
    })?;
    let parsed =
        Key::parse(key).ok_or_else(|| (setting.to_string(), key.to_string(), "ctrl-l, f12, a, shift-up…".into()))?;
    Ok((command, parsed))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(text: &str) -> Result<Config, ConfigError> {
        Config::parse(Path::new("config.toml"), text)
    }

    #[test]
    fn a_full_config_reads() {
        let c = parse("language = \"en\"\ntheme = \"high-contrast\"\nauto_lock_minutes = 5\n[keys]\nlock = \"f12\"\n");
        assert!(matches!(c, Ok(Config { auto_lock_minutes: Some(5), .. })));
    }

    #[test]
    fn a_mode_can_have_its_own_key() {
        let c = parse("[keys]\nlock = \"f12\"\n[keys.board]\ncomment = \"C\"\n").unwrap_or_else(|e| panic!("{e}"));
        let km = c.keymap().unwrap_or_else(|e| panic!("{e:?}"));
        let c_key = Key::parse("C").unwrap_or_else(|| panic!("key"));
        assert_eq!(km.lookup(Mode::Board, c_key), Some(Command::Comment));
        assert_eq!(km.lookup(Mode::TaskDetail, c_key), None, "only in that mode");
        assert_eq!(km.lookup(Mode::Board, Key::parse("f12").unwrap_or_else(|| panic!("key"))), Some(Command::Lock));
        assert!(
            matches!(parse("[keys.nowhere]\ncomment = \"C\""), Err(ConfigError::BadValue { expected, .. }) if expected.contains("board"))
        );
    }

    #[test]
    fn errors_say_what_to_fix() {
        assert!(
            matches!(parse("theme = \"rose\""), Err(ConfigError::BadValue { expected, .. }) if expected.contains("high-contrast"))
        );
        assert!(matches!(parse("auto_lock_minutes = 0"), Err(ConfigError::BadValue { .. })));
        assert!(
            matches!(parse("[keys]\nfly = \"x\""), Err(ConfigError::BadValue { expected, .. }) if expected.contains("lock"))
        );
        assert!(matches!(parse("[keys]\nlock = \"ctrl-\""), Err(ConfigError::BadValue { .. })));
        assert!(matches!(parse("colour = 3"), Err(ConfigError::Syntax { message, .. }) if message.contains("colour")));
        // Two commands on one key in the same mode.
        assert!(matches!(parse("[keys]\nnew = \"e\""), Err(ConfigError::BadValue { .. })));
    }
}
