//! Update-level tests for what the tmux walk of the monthly meeting found
//! (`acceptance.rs`): each would fail if its fix went away. The councils
//! and texts are written here, not taken from the code.

use conseil::domain::*;
use conseil::i18n::Lang;
use conseil::tui::app::{Overlay, Screen};
use conseil::tui::form::{FieldId, FormKind};
use conseil::tui::keymap::Command;
use conseil::tui::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::common::add_meeting;
use crate::tui_common::{cmd, press, type_text, unlock, UiCouncil};

fn form_kind(rt: &conseil::tui::Runtime) -> Option<FormKind> {
    match &rt.app.overlay {
        Some(Overlay::Form(f)) => Some(f.kind.clone()),
        _ => None,
    }
}

fn hints(rt: &conseil::tui::Runtime) -> Vec<String> {
    conseil::tui::hints::hints(&rt.app).into_iter().map(|h| format!("[{}] {}", h.keys, h.label)).collect()
}

/// A council with one meeting of one item, unlocked, its minutes open.
fn minutes_open() -> (UiCouncil, conseil::tui::Runtime) {
    let council = UiCouncil::new();
    add_meeting(council.store(), "Novembre");
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::Open);
    (council, rt)
}

#[test]
fn enter_saves_a_multi_line_field_and_ctrl_j_starts_a_line() {
    let (_council, mut rt) = minutes_open();
    cmd(&mut rt, Command::AddQuestion);
    type_text(&mut rt, "Qui rappelle");
    let ctrl_j = KeyEvent::new(KeyCode::Char('j'), KeyModifiers::CONTROL);
    let action = rt.app.on_key(ctrl_j);
    assert!(matches!(action, Some(Action::Command(Command::NewLine))), "{action:?}");
    rt.dispatch(action.unwrap());
    type_text(&mut rt, "le CLSM ?");
    // Enter, as the terminal sends it, saves: the hint says « Valider ».
    press(&mut rt, KeyCode::Enter);
    assert!(rt.app.overlay.is_none(), "the form was saved");
    let m = &rt.app.data.as_ref().unwrap().meetings[0];
    assert_eq!(m.agenda[0].questions, vec!["Qui rappelle\nle CLSM ?".to_string()]);
}

#[test]
fn the_selection_follows_a_new_member_and_a_new_item() {
    let council = UiCouncil::new();
    add_meeting(council.store(), "Novembre");
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Members);
    for name in ["Saule", "Bouleau", "Mésange"] {
        cmd(&mut rt, Command::New);
        type_text(&mut rt, name);
        cmd(&mut rt, Command::Submit);
        let data = rt.app.data.as_ref().unwrap();
        let Screen::Members { selected } = rt.app.screen else { panic!("{:?}", rt.app.screen) };
        assert_eq!(data.members[selected].pseudonym, name, "the new member is the one selected");
    }
    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::AddItem);
    cmd(&mut rt, Command::NextField);
    cmd(&mut rt, Command::NextField);
    type_text(&mut rt, "Plénière");
    cmd(&mut rt, Command::Submit);
    let Screen::Minutes(m) = &rt.app.screen else { panic!() };
    let meeting = rt.app.data.as_ref().unwrap().meeting(m.meeting).unwrap();
    assert_eq!(meeting.agenda[m.item].title, "Plénière", "the new item is the one selected");
}

#[test]
fn a_replacement_keeps_the_cursor_where_the_typing_was() {
    let (_council, mut rt) = minutes_open();
    cmd(&mut rt, Command::EditNotes);
    type_text(&mut rt, "Ginette Lapointe a appelé au 514-555-0199");
    // The one just typed goes first, then the other; the typing goes on
    // at the end, where it was.
    cmd(&mut rt, Command::ReplaceSpan);
    type_text(&mut rt, " hier");
    cmd(&mut rt, Command::ReplaceSpan);
    type_text(&mut rt, " soir");
    cmd(&mut rt, Command::Back);
    let notes = &rt.app.data.as_ref().unwrap().meetings[0].agenda[0].notes;
    assert_eq!(notes, "[nom retiré] a appelé au [téléphone retiré] hier soir");
}

#[test]
fn choosing_html_gives_the_export_file_an_html_name() {
    let council = UiCouncil::new();
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Drafts);
    cmd(&mut rt, Command::New);
    type_text(&mut rt, "Être écouté·es");
    cmd(&mut rt, Command::Submit);
    cmd(&mut rt, Command::Export);
    assert!(matches!(form_kind(&rt), Some(FormKind::Export(_))), "{:?}", rt.app.overlay);
    let file = |rt: &conseil::tui::Runtime| match &rt.app.overlay {
        Some(Overlay::Form(f)) => f.text(FieldId::File),
        _ => String::new(),
    };
    assert!(file(&rt).ends_with(".md"), "{}", file(&rt));
    press(&mut rt, KeyCode::Right);
    assert!(file(&rt).ends_with(".html"), "{}", file(&rt));
    press(&mut rt, KeyCode::Right);
    assert!(file(&rt).ends_with(".txt"), "{}", file(&rt));
    // A name typed in the file field is the name used.
    cmd(&mut rt, Command::NextField);
    cmd(&mut rt, Command::ClearField);
    type_text(&mut rt, "/tmp/rapport.html");
    assert_eq!(file(&rt), "/tmp/rapport.html");
}

#[test]
fn the_first_lock_asks_for_a_code_and_keeps_the_form_being_typed() {
    let (_council, mut rt) = minutes_open();
    cmd(&mut rt, Command::AddQuestion);
    type_text(&mut rt, "Qui contacte le CLSM");
    cmd(&mut rt, Command::Lock);
    assert_eq!(form_kind(&rt), Some(FormKind::LockCode));
    type_text(&mut rt, "2718");
    cmd(&mut rt, Command::Submit);
    assert!(!rt.is_unlocked());
    type_text(&mut rt, "2718");
    unlock(&mut rt);
    match &rt.app.overlay {
        Some(Overlay::Form(f)) => assert_eq!(f.text(FieldId::Text), "Qui contacte le CLSM"),
        other => panic!("the question being typed is gone: {other:?}"),
    }
}

#[test]
fn cancelling_the_lock_code_gives_the_form_back() {
    let council = UiCouncil::new();
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Members);
    cmd(&mut rt, Command::New);
    type_text(&mut rt, "Mésan");
    cmd(&mut rt, Command::Lock);
    cmd(&mut rt, Command::Cancel);
    match &rt.app.overlay {
        Some(Overlay::Form(f)) => assert_eq!(f.text(FieldId::Pseudonym), "Mésan"),
        other => panic!("{other:?}"),
    }
}

#[test]
fn choice_boxes_and_attendance_show_their_keys() {
    let council = UiCouncil::new();
    {
        let session = conseil::council::Session::new(council.store());
        session.save_member(Member::new(RecordId::random(), "Loutre").unwrap()).unwrap();
        session.save_group(WorkingGroup::new(RecordId::random(), "Prise de parole").unwrap()).unwrap();
    }
    add_meeting(council.store(), "Novembre");
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::Attendance);
    assert!(hints(&rt).contains(&"[Espace] Présent·e ou non".to_string()), "{:?}", hints(&rt));
    cmd(&mut rt, Command::Cancel);
    cmd(&mut rt, Command::AddAction);
    cmd(&mut rt, Command::NextField);
    assert!(hints(&rt).contains(&"[←→] Changer le choix".to_string()), "{:?}", hints(&rt));
    cmd(&mut rt, Command::NextField);
    let h = hints(&rt);
    assert!(h.contains(&"[←→] Case précédente / suivante".to_string()), "{h:?}");
    assert!(h.iter().any(|x| x.starts_with("[Espace/Ctrl-T]")), "{h:?}");
    // A text field offers neither.
    cmd(&mut rt, Command::NextField);
    assert!(!hints(&rt).iter().any(|x| x.starts_with("[←→]")), "{:?}", hints(&rt));
}

#[test]
fn a_single_field_form_does_not_offer_to_change_field() {
    let (_council, mut rt) = minutes_open();
    cmd(&mut rt, Command::AddQuestion);
    assert!(!hints(&rt).iter().any(|h| h.contains("Tab")), "{:?}", hints(&rt));
}

#[test]
fn identifying_data_in_notes_is_found_once_per_change_not_per_frame() {
    let (_council, mut rt) = minutes_open();
    cmd(&mut rt, Command::EditNotes);
    type_text(&mut rt, "Appeler au 514-555-0199");
    cmd(&mut rt, Command::Back);
    let Screen::Minutes(state) = &rt.app.screen else { panic!() };
    let found = state.highlight.as_ref().expect("found when the notes were saved");
    assert_eq!(found.lines.len(), 1);
    assert_eq!(found.lines[0].iter().map(|s| s.kind).collect::<Vec<_>>(), vec![conseil::privacy::PiiKind::Phone]);
    let revision = found.revision;
    assert_eq!(revision, rt.app.data.as_ref().unwrap().meetings[0].revision);
    // The views never run the detectors: they draw what the model holds.
    let views = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("src/tui/views");
    for entry in std::fs::read_dir(&views).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(!text.contains("detect("), "{} runs the detectors while drawing", path.display());
    }
    let views_rs = std::fs::read_to_string(views.with_extension("rs")).unwrap();
    assert!(!views_rs.contains("detect("), "views.rs runs the detectors while drawing");
}

#[test]
fn the_first_frame_comes_before_the_privacy_warnings_are_found() {
    let council = UiCouncil::new();
    let id = add_meeting(council.store(), "Novembre");
    {
        let session = conseil::council::Session::new(council.store());
        let mut m = session.find::<Meeting>(&id.to_string()).unwrap();
        m.agenda[0].notes = "Rappeler au 514-555-0199".into();
        session.save_meeting(m).unwrap();
    }
    let mut rt = council.runtime(Lang::Fr);
    cmd(&mut rt, Command::Submit);
    assert!(rt.is_unlocked());
    let data = rt.app.data.as_ref().unwrap();
    assert!(data.warnings_pending && data.warnings.is_empty(), "not read before the first frame");
    let screen = crate::tui_screens::text_of(&rt, 100, 30);
    assert!(screen.contains("recherche en cours"), "{screen}");
    assert!(rt.after_frame(), "work was left for after the frame");
    let data = rt.app.data.as_ref().unwrap();
    assert_eq!(data.warnings.len(), 1);
    assert!(!rt.after_frame(), "done once");
    let screen = crate::tui_screens::text_of(&rt, 100, 30);
    assert!(screen.contains("alertes de confidentialité : 1"), "{screen}");
}

#[test]
fn a_long_contribution_scrolls_in_its_detail_with_a_sign() {
    let council = UiCouncil::new();
    // A testimony written for this test, long enough for several screens.
    let sentence = "Chaque fois que je raconte mon parcours, je découvre une étape que j'avais oubliée. ";
    let text = format!("{}La fin du témoignage.", sentence.repeat(20));
    {
        let session = conseil::council::Session::new(council.store());
        session
            .save_contribution(Contribution {
                id: RecordId::random(),
                revision: 0,
                author: Author::Unlinked,
                meeting: None,
                group: None,
                kind: ContributionKind::Testimony,
                text: text.clone(),
                themes: vec!["parcours".into()],
                consent: Consent {
                    level: ConsentLevel::Paraphrase,
                    given_on: crate::tui_common::TODAY,
                    expires_on: None,
                    withdrawn_on: None,
                },
                consent_history: Vec::new(),
            })
            .unwrap();
    }
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Contributions);
    let screen = crate::tui_screens::text_of(&rt, 80, 24);
    assert!(screen.contains("plus bas — [PgSuiv]"), "{screen}");
    assert!(!screen.contains("La fin du témoignage"), "{screen}");
    for _ in 0..12 {
        cmd(&mut rt, Command::PageDown);
    }
    let screen = crate::tui_screens::text_of(&rt, 80, 24);
    assert!(screen.contains("La fin du témoignage"), "{screen}");
    assert!(screen.contains("plus haut — [PgPréc]"), "{screen}");
    assert!(hints(&rt).iter().any(|h| h.contains("PgPréc/PgSuiv")), "{:?}", hints(&rt));
}

/// A council read from a copy of read-only media says so at unlock, on the
/// screen (not by colour): changes will be refused, reading and exporting
/// work.
#[test]
fn a_read_only_council_says_so_when_it_opens() {
    let data = |read_only| {
        let mut data = conseil::tui::data::Data::from_records(
            Council::new("Conseil d'essai", Language::Fr).unwrap(),
            conseil::tui::data::Records::default(),
            conseil::privacy::NeverWrite::new(zeroize::Zeroizing::new([7; 32]), [], []),
        );
        data.read_only = read_only;
        data
    };
    for read_only in [true, false] {
        let council = UiCouncil::new();
        let mut rt = council.runtime(Lang::Fr);
        let opened = conseil::tui::action::Opened { data: data(read_only), draft: None, warning: None };
        conseil::tui::update::update(&mut rt.app, Action::Unlocked(Ok(Box::new(opened))));
        let screen = crate::tui_screens::text_of(&rt, 80, 24);
        assert_eq!(screen.contains("lecture seule"), read_only, "{screen}");
    }
}
