//! The default bindings: one readable table per mode, and the global keys
//! that apply in every browsing mode. The config file rebinds by command
//! name; hints, help and `docs/keymap.md` are generated from these tables.

use ratatui::crossterm::event::KeyCode;

use super::{Bindings, Command, Key, Mode};

use Command as C;
use KeyCode as K;

/// Default bindings: one readable table per mode. Order is the order of the
/// footer hints: the most used first.
pub(super) fn tables() -> (Vec<(Mode, Bindings)>, Bindings) {
    let up_down = [(Key::plain(K::Up), C::Up), (Key::plain(K::Down), C::Down)];
    let nav = |extra: Vec<(Key, Command)>| {
        let mut v = extra;
        v.extend(up_down);
        v
    };
    let pages = [(Key::plain(K::PageUp), C::PageUp), (Key::plain(K::PageDown), C::PageDown)];
    let global = vec![
        (Key::ch('+'), C::MoreKeys),
        (Key::ch('/'), C::Search),
        (Key::ch('?'), C::Help),
        (Key::ctrl('l'), C::Lock),
        (Key::ch('q'), C::Quit),
        (Key::ch('1'), C::Dashboard),
        (Key::ch('2'), C::Meetings),
        (Key::ch('3'), C::Board),
        (Key::ch('4'), C::Contributions),
        (Key::ch('5'), C::Members),
        (Key::ch('6'), C::Drafts),
        (Key::ch('7'), C::Settings),
        (Key::ch('8'), C::Archives),
    ];
    // Text-entry modes have no global keys: their "more" key is F2.
    let more = (Key::plain(K::F(2)), C::MoreKeys);
    let mut minutes = vec![
        (Key::plain(K::Enter), C::EditNotes),
        (Key::plain(K::Tab), C::FocusLines),
        (Key::ch('i'), C::AddQuestion),
        (Key::ch('d'), C::AddDecision),
        (Key::ch('t'), C::AddAction),
        (Key::ch('p'), C::Attendance),
        (Key::ch('s'), C::MarkStart),
        (Key::ch('A'), C::Adopt),
        (Key::ch('a'), C::AddItem),
        (Key::ch('e'), C::EditItem),
        (Key::ch('K'), C::MoveItemUp),
        (Key::ch('J'), C::MoveItemDown),
        (Key::ch('x'), C::Delete),
        (Key::ch('E'), C::EditMeeting),
        (Key::plain(K::Esc), C::Back),
    ];
    minutes.extend(pages);
    minutes.extend(up_down);
    let mut lines = vec![
        (Key::plain(K::Enter), C::EditLine),
        (Key::ch('x'), C::DeleteLine),
        (Key::ch('i'), C::AddQuestion),
        (Key::ch('d'), C::AddDecision),
        (Key::ch('t'), C::AddAction),
        (Key::plain(K::Tab), C::FocusAgenda),
        (Key::plain(K::Esc), C::FocusAgenda),
    ];
    lines.extend(pages);
    lines.extend(up_down);
    let mut adopted =
        vec![(Key::ch('m'), C::Amend), (Key::plain(K::Enter), C::EditNotes), (Key::plain(K::Esc), C::Back)];
    adopted.extend(pages);
    adopted.extend(up_down);
    let mut detail = vec![
        (Key::ch('>'), C::StatusForward),
        (Key::ch('<'), C::StatusBack),
        (Key::ch('c'), C::Comment),
        (Key::ch('e'), C::Edit),
        (Key::plain(K::Esc), C::CloseDetail),
        (Key::plain(K::Enter), C::CloseDetail),
    ];
    detail.extend(pages);
    detail.extend(up_down);
    let tables = vec![
        (
            Mode::Unlock,
            vec![
                (Key::plain(K::Enter), C::Submit),
                (Key::plain(K::Tab), C::Complete),
                (Key::plain(K::Down), C::NextField),
                (Key::plain(K::Up), C::PrevField),
                (Key::ctrl('u'), C::ClearField),
                (Key::plain(K::Esc), C::Quit),
            ],
        ),
        (Mode::Dashboard, nav(vec![(Key::plain(K::Enter), C::Open)])),
        (
            Mode::Meetings,
            nav(vec![
                (Key::plain(K::Enter), C::Open),
                (Key::ch('n'), C::New),
                (Key::ch('g'), C::NewGroupMeeting),
                (Key::ch('e'), C::EditMeeting),
                (Key::ch('x'), C::Delete),
            ]),
        ),
        (Mode::Minutes, minutes),
        (Mode::MinutesLines, lines),
        (Mode::Adopted, adopted),
        (
            Mode::Notes,
            vec![(Key::plain(K::Esc), C::Back), (Key::ctrl('r'), C::ReplaceSpan), (Key::ctrl('l'), C::Lock), more],
        ),
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
                (Key::plain(K::Enter), C::Open),
                (Key::ch('>'), C::StatusForward),
                (Key::ch('<'), C::StatusBack),
                (Key::ch('c'), C::Comment),
                (Key::ch('n'), C::New),
                (Key::ch('e'), C::Edit),
                (Key::ch('g'), C::FilterGroup),
                (Key::ch('f'), C::FilterMember),
                (Key::plain(K::Left), C::Left),
                (Key::plain(K::Right), C::Right),
                (Key::plain(K::Up), C::Up),
                (Key::plain(K::Down), C::Down),
            ],
        ),
        (Mode::TaskDetail, detail),
        (
            Mode::Contributions,
            nav(vec![
                (Key::ch('n'), C::New),
                (Key::ch('e'), C::Edit),
                (Key::ch('o'), C::Consent),
                (Key::ch('w'), C::Withdraw),
                (Key::ch('E'), C::Erase),
                (Key::ch('t'), C::FilterTheme),
                (Key::ch('m'), C::FilterMeeting),
                (Key::ch('g'), C::FilterGroup),
                pages[0],
                pages[1],
            ]),
        ),
        (
            Mode::Members,
            nav(vec![
                (Key::ch('n'), C::New),
                (Key::ch('r'), C::Edit),
                (Key::plain(K::Tab), C::FocusLines),
                (Key::ch('c'), C::ToggleCredit),
                (Key::ch('x'), C::ToggleActive),
            ]),
        ),
        (
            Mode::Groups,
            nav(vec![
                (Key::ch('n'), C::NewGroup),
                (Key::ch('e'), C::EditGroup),
                (Key::plain(K::Tab), C::FocusAgenda),
                (Key::ch('x'), C::ToggleGroup),
            ]),
        ),
        (
            Mode::Form,
            vec![
                (Key::plain(K::Enter), C::Submit),
                (Key::plain(K::Tab), C::NextField),
                (Key::plain(K::BackTab), C::PrevField),
                (Key::ctrl('u'), C::ClearField),
                (Key::ctrl('j'), C::NewLine),
                (Key::ctrl('r'), C::ReplaceSpan),
                (Key::plain(K::Esc), C::Cancel),
                (Key::ctrl('t'), C::Toggle),
                (Key::ctrl('l'), C::Lock),
                more,
            ],
        ),
        (
            Mode::Picker,
            nav(vec![
                (Key::ch(' '), C::Toggle),
                (Key::plain(K::Right), C::GuestMore),
                (Key::plain(K::Left), C::GuestLess),
                (Key::plain(K::Enter), C::Submit),
                (Key::plain(K::Esc), C::Cancel),
            ]),
        ),
        (Mode::Gaps, nav(vec![(Key::plain(K::Enter), C::Open), (Key::plain(K::Esc), C::Cancel)])),
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
                (Key::ctrl('u'), C::ClearField),
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
            vec![
                (Key::plain(K::Esc), C::Cancel),
                (Key::ch('?'), C::Cancel),
                (Key::plain(K::PageUp), C::PageUp),
                (Key::plain(K::PageDown), C::PageDown),
                (Key::plain(K::Up), C::Up),
                (Key::plain(K::Down), C::Down),
            ],
        ),
    ];
    // Every mode without the global keys gets the "more" key (F2), so that
    // hints that do not fit one line can always be paged.
    let tables = tables
        .into_iter()
        .map(|(mode, mut table)| {
            if !mode.has_globals() && !table.iter().any(|(_, c)| *c == C::MoreKeys) {
                table.push(more);
            }
            (mode, table)
        })
        .collect();
    (tables, global)
}
