//! Styles in one place. Every state is also carried by a symbol or a word
//! (▶ selection, ⚠ overdue, [citation]…), so the no-colour theme loses
//! nothing but colour.

use ratatui::style::{Color, Modifier, Style};

/// The styles the views use.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Theme {
    /// Ordinary text.
    pub base: Style,
    /// Titles and headers.
    pub title: Style,
    /// The row or field under the cursor.
    pub selected: Style,
    /// Secondary text.
    pub dim: Style,
    /// Warnings (overdue, unsaved).
    pub warn: Style,
    /// Good news (saved).
    pub ok: Style,
    /// Errors.
    pub error: Style,
    /// Key names in hints.
    pub key: Style,
}

/// Theme names accepted in the config file.
pub const THEMES: [&str; 3] = ["default", "high-contrast", "no-color"];

impl Theme {
    /// Soft colours on the terminal's own background.
    pub fn colours() -> Self {
        Self {
            base: Style::default(),
            title: Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD),
            selected: Style::default().add_modifier(Modifier::REVERSED | Modifier::BOLD),
            dim: Style::default().fg(Color::Gray),
            warn: Style::default().fg(Color::Yellow).add_modifier(Modifier::BOLD),
            ok: Style::default().fg(Color::Green),
            error: Style::default().fg(Color::Red).add_modifier(Modifier::BOLD),
            key: Style::default().fg(Color::Cyan).add_modifier(Modifier::BOLD),
        }
    }

    /// White and yellow on black, bold: for low vision and bright rooms.
    pub fn high_contrast() -> Self {
        let base = Style::default().fg(Color::White).bg(Color::Black);
        Self {
            base,
            title: base.fg(Color::Yellow).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            selected: Style::default().fg(Color::Black).bg(Color::Yellow).add_modifier(Modifier::BOLD),
            dim: base,
            warn: base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            ok: base.add_modifier(Modifier::BOLD),
            error: base.fg(Color::White).add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            key: base.fg(Color::Yellow).add_modifier(Modifier::BOLD),
        }
    }

    /// No colour at all (`NO_COLOR`): only bold, reverse and underline.
    pub fn no_colour() -> Self {
        let plain = Style::default();
        Self {
            base: plain,
            title: plain.add_modifier(Modifier::BOLD),
            selected: plain.add_modifier(Modifier::REVERSED),
            dim: plain,
            warn: plain.add_modifier(Modifier::BOLD),
            ok: plain,
            error: plain.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            key: plain.add_modifier(Modifier::BOLD),
        }
    }

    /// The theme named in the config; `NO_COLOR` wins over any name.
    pub fn pick(name: Option<&str>, no_color_env: bool) -> Self {
        if no_color_env {
            return Self::no_colour();
        }
        match name {
            Some("high-contrast") => Self::high_contrast(),
            Some("no-color") => Self::no_colour(),
            _ => Self::colours(),
        }
    }
}
