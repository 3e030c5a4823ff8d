//! The default bindings: one readable table per mode, and the global keys
//! that apply in every browsing mode. The config file rebinds by command
//! name; hints, help and `docs/keymap.md` are generated from these tables.

use ratatui::crossterm::event::KeyCode;

use super::{Bindings, Command, Key, Mode};

use Command as C;
use KeyCode as K;

/// Default bindings: one readable table per mode. Order is the order of the
/// footer hints.
pub(super) fn tables() -> (Vec<(Mode, Bindings)>, Bindings) {
    let nav = |extra: Vec<(Key, Command)>| {
        let mut v = extra;
        v.extend([(Key::plain(K::Up), C::Up), (Key::plain(K::Down), C::Down)]);
        v
    };
    let global = vec![
        (Key::ch('1'), C::Dashboard),
        (Key::ch('2'), C::Meetings),
        (Key::ch('3'), C::Board),
        (Key::ch('4'), C::Contributions),
        (Key::ch('5'), C::Members),
        (Key::ch('6'), C::Drafts),
        (Key::ch('7'), C::Settings),
        (Key::ch('8'), C::Archives),
        (Key::ch('/'), C::Search),
        (Key::ch('?'), C::Help),
        (Key::ctrl('l'), C::Lock),
        (Key::ch('q'), C::Quit),
    ];
    let tables = vec![
        (Mode::Unlock, vec![(Key::plain(K::Enter), C::Submit), (Key::plain(K::Esc), C::Quit)]),
        (Mode::Dashboard, nav(vec![(Key::plain(K::Enter), C::Open)])),
        (
            Mode::Meetings,
            nav(vec![(Key::plain(K::Enter), C::Open), (Key::ch('n'), C::New), (Key::ch('g'), C::NewGroupMeeting)]),
        ),
        (
            Mode::Minutes,
            nav(vec![
                (Key::plain(K::Enter), C::EditNotes),
                (Key::ch('a'), C::AddItem),
                (Key::ch('p'), C::Attendance),
                (Key::ch('i'), C::AddQuestion),
                (Key::ch('d'), C::AddDecision),
                (Key::ch('t'), C::AddAction),
                (Key::ch('s'), C::MarkStart),
                (Key::ch('K'), C::MoveItemUp),
                (Key::ch('J'), C::MoveItemDown),
                (Key::ch('x'), C::Delete),
                (Key::ch('A'), C::Adopt),
                (Key::ch('m'), C::Amend),
                (Key::plain(K::Esc), C::Back),
            ]),
        ),
        (Mode::Notes, vec![(Key::plain(K::Esc), C::Back), (Key::ctrl('r'), C::ReplaceSpan), (Key::ctrl('l'), C::Lock)]),
        (
            Mode::Drafts,
            nav(vec![
                (Key::plain(K::Enter), C::Open),
                (Key::ch('n'), C::New),
                (Key::ch('s'), C::AddSection),
                (Key::ch('x'), C::Export),
                (Key::plain(K::Esc), C::Back),
            ]),
        ),
        (Mode::Settings, vec![(Key::ch('n'), C::New)]),
        (Mode::Archives, nav(vec![(Key::plain(K::Enter), C::Open)])),
        (
            Mode::Board,
            vec![
                (Key::plain(K::Left), C::Left),
                (Key::plain(K::Right), C::Right),
                (Key::plain(K::Up), C::Up),
                (Key::plain(K::Down), C::Down),
                (Key::ch('<'), C::StatusBack),
                (Key::ch('>'), C::StatusForward),
                (Key::ch('n'), C::New),
                (Key::ch('e'), C::Edit),
                (Key::ch('c'), C::Comment),
                (Key::ch('g'), C::FilterGroup),
                (Key::ch('f'), C::FilterMember),
            ],
        ),
        (
            Mode::Contributions,
            nav(vec![
                (Key::ch('n'), C::New),
                (Key::ch('e'), C::Edit),
                (Key::ch('w'), C::Withdraw),
                (Key::ch('E'), C::Erase),
                (Key::ch('t'), C::FilterTheme),
                (Key::ch('m'), C::FilterMeeting),
                (Key::ch('g'), C::FilterGroup),
            ]),
        ),
        (
            Mode::Members,
            nav(vec![
                (Key::ch('n'), C::New),
                (Key::ch('r'), C::Edit),
                (Key::ch('c'), C::ToggleCredit),
                (Key::ch('x'), C::ToggleActive),
            ]),
        ),
        (
            Mode::Form,
            vec![
                (Key::plain(K::Enter), C::Submit),
                (Key::ctrl('s'), C::Submit),
                (Key::plain(K::Tab), C::NextField),
                (Key::plain(K::BackTab), C::PrevField),
                (Key::plain(K::Down), C::NextField),
                (Key::plain(K::Up), C::PrevField),
                (Key::ctrl('t'), C::Toggle),
                (Key::ctrl('r'), C::ReplaceSpan),
                (Key::plain(K::Esc), C::Cancel),
                (Key::ctrl('l'), C::Lock),
            ],
        ),
        (
            Mode::Picker,
            nav(vec![
                (Key::ch(' '), C::Toggle),
                (Key::ch('+'), C::GuestMore),
                (Key::ch('-'), C::GuestLess),
                (Key::plain(K::Enter), C::Submit),
                (Key::plain(K::Esc), C::Cancel),
            ]),
        ),
        (
            Mode::Review,
            nav(vec![
                (Key::ch('n'), C::ConfirmName),
                (Key::ch('p'), C::NotAName),
                (Key::ch('v'), C::Acknowledge),
                (Key::plain(K::Enter), C::Submit),
                (Key::plain(K::Esc), C::Cancel),
            ]),
        ),
        (
            Mode::Search,
            vec![
                (Key::plain(K::Enter), C::Open),
                (Key::plain(K::Up), C::Up),
                (Key::plain(K::Down), C::Down),
                (Key::plain(K::Esc), C::Cancel),
            ],
        ),
        (
            Mode::Confirm,
            vec![
                (Key::ch('o'), C::Confirm),
                (Key::ch('y'), C::Confirm),
                (Key::plain(K::Esc), C::Cancel),
                (Key::ch('n'), C::Cancel),
            ],
        ),
        (
            Mode::Help,
            vec![(Key::plain(K::Esc), C::Cancel), (Key::plain(K::Enter), C::Cancel), (Key::ch('?'), C::Cancel)],
        ),
    ];
    (tables, global)
}
