//! The key hints at the bottom of the screen, built from the live keymap
//! of the current mode: every key the screen accepts now, the most used
//! first, pairs of keys joined ("[↑↓] Choisir"), and what does not fit on
//! the line behind a visible "more" key that pages through the rest. Never
//! cut mid-word: an item that does not fit goes to the next page.

use super::app::{App, Overlay, Screen};
use super::form::Input;
use super::keymap::{Command, Mode};
use crate::i18n::Lang;

/// One hint: the keys, and what they do.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    /// "↑↓", "Ctrl-L", "o/y".
    pub keys: String,
    /// "Choisir".
    pub label: String,
}

impl Hint {
    /// Width on screen: "[keys] label" and two spaces after.
    pub fn width(&self) -> usize {
        self.keys.chars().count() + self.label.chars().count() + 5
    }
}

/// Commands shown as one hint with a shared label.
const PAIRS: [(Command, Command, &str); 7] = [
    (Command::Up, Command::Down, "hint-up-down"),
    (Command::Left, Command::Right, "hint-left-right"),
    (Command::NextField, Command::PrevField, "hint-fields"),
    (Command::GuestLess, Command::GuestMore, "hint-guests"),
    (Command::PageUp, Command::PageDown, "hint-pages"),
    (Command::StatusBack, Command::StatusForward, "hint-status"),
    (Command::MoveItemUp, Command::MoveItemDown, "hint-move-item"),
];

/// The screens' keys 1–8, shown as one hint.
const SCREENS: [Command; 8] = [
    Command::Dashboard,
    Command::Meetings,
    Command::Board,
    Command::Contributions,
    Command::Members,
    Command::Drafts,
    Command::Settings,
    Command::Archives,
];

/// Whether `command` means something on the screen as it is now (a key
/// that would do nothing is not offered).
pub fn applies(app: &App, command: Command) -> bool {
    let form_field = match &app.overlay {
        Some(Overlay::Form(f)) => f.focused_field(),
        _ => None,
    };
    match command {
        Command::NewLine => form_field.is_some_and(|f| f.is_multiline()),
        Command::Toggle => {
            app.mode() == Mode::Picker || form_field.is_some_and(|f| matches!(f.input, Input::Multi { .. }))
        }
        Command::ClearField if app.mode() == Mode::Form => {
            form_field.is_some_and(|f| matches!(f.input, Input::Text { .. }))
        }
        Command::ReplaceSpan => match (&app.overlay, &app.screen) {
            (Some(Overlay::Form(_)), _) => form_field
                .is_some_and(|f| matches!(&f.input, Input::Text { spans, .. } if spans.all().next().is_some())),
            (None, Screen::Minutes(m)) => m.notes.as_ref().is_some_and(|n| n.spans.all().next().is_some()),
            _ => false,
        },
        Command::Complete => app.unlock_on_identity,
        // Answers are offered only for an item the review shows.
        Command::ConfirmName | Command::NotAName | Command::Acknowledge => match &app.overlay {
            Some(Overlay::Review(r)) => {
                r.plan.items().get(r.selected).is_some_and(|i| command != Command::Acknowledge || i.needs_answer())
            }
            _ => true,
        },
        Command::NextField | Command::PrevField if app.mode() == Mode::Unlock => app.shows_identity_field(),
        Command::NextField | Command::PrevField if app.mode() == Mode::Form => {
            matches!(&app.overlay, Some(Overlay::Form(f)) if f.fields.len() > 1)
        }
        Command::Lock => app.is_unlocked(),
        Command::Contributions | Command::Members | Command::Drafts | Command::Settings | Command::Archives => {
            !app.member_view
        }
        Command::New | Command::Edit | Command::NewGroupMeeting | Command::EditMeeting | Command::Delete => {
            !app.member_view && minutes_applies(app, command)
        }
        _ => minutes_applies(app, command),
    }
}

/// In the minutes editor, keys about an item are offered only once there
/// is an item, and the lines pane only once the item has lines.
fn minutes_applies(app: &App, command: Command) -> bool {
    let (Screen::Minutes(state), Some(data), None) = (&app.screen, &app.data, &app.overlay) else { return true };
    let Some(meeting) = data.meeting(state.meeting) else { return true };
    let item = meeting.agenda.get(state.item);
    match command {
        Command::EditNotes
        | Command::AddQuestion
        | Command::AddDecision
        | Command::AddAction
        | Command::MarkStart
        | Command::EditItem
        | Command::Delete => item.is_some(),
        Command::MoveItemUp | Command::MoveItemDown => meeting.agenda.len() > 1,
        Command::FocusLines => item.is_some_and(|i| !super::app::LineRef::all(i).is_empty()),
        Command::PageUp | Command::PageDown => item.is_some(),
        _ => true,
    }
}

/// Every hint of the current mode, in table order.
pub fn hints(app: &App) -> Vec<Hint> {
    let english = app.lang == Lang::En;
    let mode = app.mode();
    let bindings: Vec<_> =
        app.keymap.bindings(mode).into_iter().filter(|(_, c)| *c != Command::MoreKeys && applies(app, *c)).collect();
    let mut out: Vec<Hint> = Vec::new();
    let mut done: Vec<Command> = Vec::new();
    for (_, command) in &bindings {
        if done.contains(command) {
            continue;
        }
        let keys_of = |c: Command| -> Vec<String> {
            bindings.iter().filter(|(_, x)| *x == c).map(|(k, _)| k.label(english)).collect()
        };
        if SCREENS.contains(command) {
            let shown: Vec<Command> = SCREENS.iter().copied().filter(|c| applies(app, *c)).collect();
            done.extend(SCREENS);
            let first = shown.first().map(|c| keys_of(*c).join("/")).unwrap_or_default();
            let last = shown.last().map(|c| keys_of(*c).join("/")).unwrap_or_default();
            out.push(Hint { keys: format!("{first}–{last}"), label: app.loader.get("hint-screens") });
            continue;
        }
        if let Some((a, b, label)) = PAIRS.iter().find(|(a, b, _)| a == command || b == command) {
            done.extend([*a, *b]);
            let keys: Vec<String> = keys_of(*a).into_iter().chain(keys_of(*b)).collect();
            out.push(Hint { keys: join_keys(&keys), label: app.loader.get(label) });
            continue;
        }
        done.push(*command);
        let mut keys = keys_of(*command);
        if mode == Mode::Form && *command == Command::Toggle {
            // Space ticks a box too (it reaches the field as typing).
            keys.insert(0, super::keymap::Key::ch(' ').label(english));
        }
        out.push(Hint { keys: keys.join("/"), label: label(app, mode, *command) });
    }
    // ← → change a choice, or move among boxes; they reach the field as
    // typing, so no table entry names them.
    if let Some(label) = arrows_in_field(app) {
        out.insert(1.min(out.len()), Hint { keys: "←→".into(), label: app.loader.get(label) });
    }
    out
}

/// What ← → do in the focused form field, if anything.
fn arrows_in_field(app: &App) -> Option<&'static str> {
    let Some(Overlay::Form(f)) = &app.overlay else { return None };
    match f.focused_field()?.input {
        Input::Choice { .. } => Some("hint-choice"),
        Input::Multi { .. } => Some("hint-boxes"),
        _ => None,
    }
}

/// Arrow pairs read "↑↓"; other keys are joined with "/".
fn join_keys(keys: &[String]) -> String {
    const ARROWS: [&str; 4] = ["↑", "↓", "←", "→"];
    let arrows = keys.iter().all(|k| ARROWS.contains(&k.as_str()));
    if arrows {
        ARROWS.iter().filter(|a| keys.iter().any(|k| k == *a)).copied().collect()
    } else {
        keys.join("/")
    }
}

/// A command's label in a mode (`key-help-cancel` reads "Fermer" where
/// cancelling only closes), else its own (`key-<name>`).
pub fn label(app: &App, mode: Mode, command: Command) -> String {
    let specific = format!("key-{}-{}", mode.name(), command.name());
    if app.loader.has(&specific) {
        return app.loader.get(&specific);
    }
    app.loader.get(&format!("key-{}", command.name()))
}

/// The hints cut into pages of `rows` rows of `width` columns (a hint is
/// never split across rows), leaving room on a page's last row for the
/// "more" hint when there is more than one page.
pub fn pages(hints: &[Hint], width: usize, rows: usize, more: &Hint) -> Vec<Vec<Hint>> {
    let rows = rows.max(1);
    if fits(hints, width, rows, 0) {
        return vec![hints.to_vec()];
    }
    let reserve = more.width() + 6;
    let mut pages: Vec<Vec<Hint>> = vec![Vec::new()];
    for h in hints {
        let Some(page) = pages.last_mut() else { break };
        page.push(h.clone());
        // What does not fit opens the next page (a lone hint always stays).
        if page.len() > 1 && !fits(page, width, rows, reserve) {
            page.pop();
            pages.push(vec![h.clone()]);
        }
    }
    pages
}

/// Whether `hints` fit `rows` rows of `width`, with `reserve` columns kept
/// free at the end of the last row.
fn fits(hints: &[Hint], width: usize, rows: usize, reserve: usize) -> bool {
    let mut row = 1;
    let mut used = 0;
    for h in hints {
        if used + h.width() > width && used > 0 {
            row += 1;
            used = 0;
        }
        used += h.width();
    }
    row < rows || (row == rows && used + reserve <= width)
}

/// The "more" key of the current mode, if it has one.
pub fn more_hint(app: &App) -> Option<Hint> {
    let english = app.lang == Lang::En;
    let key = app.keymap.bindings(app.mode()).into_iter().find(|(_, c)| *c == Command::MoreKeys)?.0;
    Some(Hint { keys: key.label(english), label: app.loader.get("hints-more") })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hint(keys: &str, label: &str) -> Hint {
        Hint { keys: keys.into(), label: label.into() }
    }

    #[test]
    fn pages_never_cut_a_hint_and_keep_every_one() {
        let all: Vec<Hint> = (0..20).map(|i| hint(&format!("{i}"), "Quelque chose")).collect();
        let more = hint("+", "Plus");
        let pages = pages(&all, 80, 1, &more);
        assert!(pages.len() > 1);
        let widths_ok = pages.iter().all(|p| p.iter().map(Hint::width).sum::<usize>() + more.width() + 6 <= 80);
        assert!(widths_ok, "each page leaves room for the more key");
        let two_rows = super::pages(&all, 80, 2, &more);
        assert!(two_rows.len() < pages.len(), "two rows need fewer pages");
        let flat: Vec<Hint> = pages.into_iter().flatten().collect();
        assert_eq!(flat, all, "nothing lost, nothing reordered");
    }

    #[test]
    fn one_page_when_everything_fits() {
        let all = vec![hint("q", "Quitter")];
        assert_eq!(pages(&all, 80, 1, &hint("+", "Plus")).len(), 1);
    }
}
