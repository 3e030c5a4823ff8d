//! Screen snapshots on ratatui's `TestBackend` (insta): every screen at
//! 80×24 and 120×40, in French and English; `NO_COLOR` draws no colour at
//! all; small, tiny and changing sizes never panic.

use conseil::i18n::Lang;
use conseil::tui::keymap::Command;
use conseil::tui::theme::Theme;
use conseil::tui::views::render;
use conseil::tui::Runtime;
use ratatui::backend::TestBackend;
use ratatui::style::Color;
use ratatui::Terminal;

use crate::tui_common::{cmd, type_text, unlock, UiCouncil};

/// Steps that bring the UI to each screen, from the dashboard.
fn screens() -> Vec<(&'static str, Vec<Command>)> {
    use Command as C;
    vec![
        ("dashboard", vec![]),
        ("meetings", vec![C::Meetings]),
        ("minutes", vec![C::Meetings, C::Down, C::Open, C::Down]),
        ("notes", vec![C::Meetings, C::Open, C::EditNotes]),
        ("attendance", vec![C::Meetings, C::Open, C::Attendance]),
        ("form_item", vec![C::Meetings, C::Open, C::AddItem]),
        ("confirm_adopt", vec![C::Meetings, C::Open, C::Adopt]),
        ("board", vec![C::Board, C::Right, C::Down]),
        ("contributions", vec![C::Contributions, C::Down]),
        ("members", vec![C::Members, C::Down]),
        ("help", vec![C::Meetings, C::Open, C::Help]),
        ("search", vec![C::Search]),
        ("drafts", vec![C::Drafts]),
        ("draft_open", vec![C::Drafts, C::Open]),
        ("settings", vec![C::Settings]),
        ("archives", vec![C::Archives, C::Down]),
        ("archive_form", vec![C::Archives, C::Open]),
    ]
}

fn draw(rt: &Runtime, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| render(&rt.app, f)).unwrap();
    terminal
}

fn at(council: &UiCouncil, lang: Lang, steps: &[Command]) -> Runtime {
    let mut rt = council.runtime(lang);
    unlock(&mut rt);
    for step in steps {
        cmd(&mut rt, *step);
    }
    if matches!(rt.app.overlay, Some(conseil::tui::app::Overlay::Search { .. })) {
        type_text(&mut rt, "retablissement");
    }
    rt
}

#[test]
fn every_screen_in_both_languages_and_sizes() {
    let council = UiCouncil::demo();
    for lang in [Lang::Fr, Lang::En] {
        let code = if lang == Lang::Fr { "fr" } else { "en" };
        let locked = council.runtime(lang);
        for (w, h) in [(80, 24), (120, 40)] {
            insta::assert_snapshot!(format!("unlock_{code}_{w}x{h}"), draw(&locked, w, h).backend());
        }
        for (name, steps) in screens() {
            let rt = at(&council, lang, &steps);
            for (w, h) in [(80, 24), (120, 40)] {
                insta::assert_snapshot!(format!("{name}_{code}_{w}x{h}"), draw(&rt, w, h).backend());
            }
        }
    }
}

#[test]
fn no_color_draws_no_colour_and_keeps_every_marker() {
    let council = UiCouncil::demo();
    for (name, steps) in screens() {
        let mut rt = at(&council, Lang::Fr, &steps);
        rt.app.theme = Theme::no_colour();
        let terminal = draw(&rt, 80, 24);
        let buffer = terminal.backend().buffer();
        for cell in buffer.content() {
            assert_eq!((cell.fg, cell.bg), (Color::Reset, Color::Reset), "{name}: colour drawn at {cell:?}");
        }
        insta::assert_snapshot!(format!("{name}_nocolor_80x24"), terminal.backend());
    }
}

/// The screen as text, drawn at `w`×`h`.
pub fn text_of(rt: &Runtime, w: u16, h: u16) -> String {
    let terminal = draw(rt, w, h);
    let buffer = terminal.backend().buffer();
    let width = usize::from(buffer.area.width.max(1));
    let cells: Vec<&str> = buffer.content().iter().map(|c| c.symbol()).collect();
    cells.chunks(width).map(|row| row.concat()).collect::<Vec<_>>().join("\n")
}

#[test]
fn small_tiny_and_changing_sizes_never_panic() {
    let council = UiCouncil::demo();
    for (name, steps) in screens() {
        let rt = at(&council, Lang::Fr, &steps);
        for (w, h) in [(40, 12), (20, 5), (19, 4), (1, 1), (0, 0), (300, 3), (3, 100)] {
            draw(&rt, w, h);
        }
        let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
        for i in 0..60u16 {
            terminal.backend_mut().resize((i * 7) % 131, (i * 5) % 47);
            terminal.autoresize().unwrap();
            terminal.draw(|f| render(&rt.app, f)).unwrap_or_else(|e| panic!("{name}: {e}"));
        }
    }
    let minutes = draw(&at(&council, Lang::Fr, &[Command::Meetings, Command::Open]), 40, 12);
    insta::assert_snapshot!("minutes_fr_40x12", minutes.backend());
    let board = draw(&at(&council, Lang::Fr, &[Command::Board]), 40, 12);
    insta::assert_snapshot!("board_fr_40x12", board.backend());
    // At 20×5 nothing fits: the window says so, in words.
    let tiny = draw(&at(&council, Lang::Fr, &[Command::Board]), 20, 5);
    let text: String = tiny.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("Fenêtre") && text.contains("petite"), "{text}");
    // At 40×12 a form still shows its fields.
    let form = draw(&at(&council, Lang::Fr, &[Command::Members, Command::New]), 40, 12);
    let text: String = form.backend().buffer().content().iter().map(|c| c.symbol()).collect();
    assert!(text.contains("Pseudonyme"), "{text}");
}

/// The characters drawn underlined, in reading order.
fn underlined(terminal: &Terminal<TestBackend>) -> String {
    use ratatui::style::Modifier;
    let cells = terminal.backend().buffer().content().iter();
    cells.filter(|c| c.modifier.contains(Modifier::UNDERLINED)).map(|c| c.symbol()).collect()
}

#[test]
fn identifying_data_is_underlined_in_the_notes_editor() {
    let council = UiCouncil::new();
    crate::common::add_meeting(council.store(), "Nov");
    let mut rt = at(&council, Lang::Fr, &[Command::Meetings, Command::Open, Command::EditNotes]);
    type_text(&mut rt, "Appeler le 06 12 34 56 78 demain, merci.");
    let terminal = draw(&rt, 100, 30);
    let underlined = underlined(&terminal);
    assert_eq!(underlined, "06 12 34 56 78");
    let screen = format!("{}", terminal.backend());
    assert!(screen.contains("⚠ 1 donnée identifiante"), "{screen}");
}

#[test]
fn identifying_data_is_underlined_in_form_fields_too() {
    let council = UiCouncil::new();
    let mut rt = at(&council, Lang::Fr, &[Command::Members, Command::New]);
    type_text(&mut rt, "marie@exemple.fr");
    let terminal = draw(&rt, 100, 30);
    let underlined = underlined(&terminal);
    assert_eq!(underlined, "marie@exemple.fr");
}
