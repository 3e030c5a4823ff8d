//! The update logic driven by scripted actions, without a terminal: a whole
//! monthly meeting from the previous month's agenda to amended minutes, then
//! locking while typing; every assertion is on the store, reopened.

use conseil::domain::*;
use conseil::i18n::Lang;
use conseil::tui::app::{Overlay, Screen, Status};
use conseil::tui::keymap::Command;
use conseil::tui::Action;
use ratatui::crossterm::event::KeyCode;
use time::macros::date;

use crate::common::add_meeting;
use crate::tui_common::{clear_field, cmd, press, type_text, unlock, UiCouncil};

/// A council with two members, a group and last month's adopted meeting.
fn prepared() -> (UiCouncil, RecordId) {
    let council = UiCouncil::new();
    let store = council.store();
    let session = conseil::council::Session::new(store);
    let group = session.save_group(WorkingGroup::new(RecordId::random(), "Communication").unwrap()).unwrap();
    for p in ["Colibri", "Héron"] {
        session.save_member(Member::new(RecordId::random(), p).unwrap()).unwrap();
    }
    let mut prev =
        Meeting::new(RecordId::random(), MeetingKind::Monthly, date!(2026 - 10 - 08), "Conseil d'octobre").unwrap();
    prev.agenda.push(AgendaItem::new("9h00-9h15".parse().unwrap(), ItemKind::Welcome, "Accueil"));
    prev.agenda.push(AgendaItem::new("9h15-10h30".parse().unwrap(), ItemKind::RoundTable, "Tour de table"));
    prev.agenda[1].notes = "Notes d'octobre".into();
    prev.attendance.guests = 1;
    prev.adopt(date!(2026 - 11 - 01)).unwrap();
    session.save_meeting(prev).unwrap();
    (council, group.id)
}

fn form_error(rt: &conseil::tui::Runtime) -> Option<String> {
    match &rt.app.overlay {
        Some(Overlay::Form(f)) => f.error.as_ref().map(|e| e.reason.clone()),
        _ => None,
    }
}

#[test]
fn a_meeting_from_last_months_agenda_to_amended_minutes() {
    let (council, group) = prepared();
    let mut rt = council.runtime(Lang::Fr);
    assert!(matches!(rt.app.screen, Screen::Unlock));
    unlock(&mut rt);

    // New meeting from the previous month's agenda.
    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::New);
    clear_field(&mut rt);
    type_text(&mut rt, "2026-11-12");
    cmd(&mut rt, Command::NextField);
    clear_field(&mut rt);
    type_text(&mut rt, "Conseil de novembre");
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.overlay.is_none(), "form refused: {:?}", form_error(&rt));
    let meeting = rt.app.data.as_ref().unwrap().meetings[0].clone();
    assert_eq!(meeting.title, "Conseil de novembre");
    assert_eq!(meeting.agenda.len(), 2, "agenda copied from October");
    assert!(meeting.agenda[1].notes.is_empty(), "but not its notes");

    // Open it, add an item with a time slot.
    cmd(&mut rt, Command::Open);
    assert!(matches!(rt.app.screen, Screen::Minutes(_)));
    cmd(&mut rt, Command::AddItem);
    clear_field(&mut rt);
    type_text(&mut rt, "10h45-11h30");
    cmd(&mut rt, Command::NextField);
    press(&mut rt, KeyCode::Right); // kind: welcome → second option
    cmd(&mut rt, Command::NextField);
    type_text(&mut rt, "Plénière : accès aux soins");
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.overlay.is_none(), "item refused: {:?}", form_error(&rt));

    // Reorder: the new third item goes up one place.
    cmd(&mut rt, Command::Down);
    cmd(&mut rt, Command::Down);
    cmd(&mut rt, Command::MoveItemUp);

    // Tick attendance: both members and two guests.
    cmd(&mut rt, Command::Attendance);
    cmd(&mut rt, Command::Toggle);
    cmd(&mut rt, Command::Down);
    cmd(&mut rt, Command::Toggle);
    cmd(&mut rt, Command::GuestMore);
    cmd(&mut rt, Command::GuestMore);
    cmd(&mut rt, Command::Submit);

    // Write notes on the selected item (now the plenary, second place).
    cmd(&mut rt, Command::EditNotes);
    type_text(&mut rt, "Les délais d'attente restent longs.\nDeuxième ligne.");
    assert_eq!(rt.app.status, Status::Unsaved);
    cmd(&mut rt, Command::Back);
    assert!(matches!(rt.app.status, Status::Saved(_)));

    // A decision by vote, an action item that becomes a task.
    cmd(&mut rt, Command::AddDecision);
    type_text(&mut rt, "Écrire au CLSM");
    cmd(&mut rt, Command::NextField);
    press(&mut rt, KeyCode::Right); // outcome: consensus
    press(&mut rt, KeyCode::Right); // outcome: vote
    cmd(&mut rt, Command::NextField);
    type_text(&mut rt, "8,1,2");
    cmd(&mut rt, Command::Submit);
    // Two members present: eleven votes do not fit; the form stays open
    // with what was typed and the reason next to the votes.
    let refused = form_error(&rt).unwrap_or_default();
    assert!(refused.contains("11 voix") && refused.contains("2 membres"), "{refused}");
    cmd(&mut rt, Command::ClearField);
    type_text(&mut rt, "1,1,0");
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.overlay.is_none(), "decision refused: {:?}", form_error(&rt));
    cmd(&mut rt, Command::AddAction);
    type_text(&mut rt, "Préparer le courrier");
    cmd(&mut rt, Command::NextField); // group (first is Communication)
    cmd(&mut rt, Command::NextField); // assignees
    press(&mut rt, KeyCode::Char(' ')); // tick the first
    cmd(&mut rt, Command::NextField);
    type_text(&mut rt, "2026-12-01");
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.overlay.is_none(), "action refused: {:?}", form_error(&rt));

    // Adopt after confirmation, then amend.
    cmd(&mut rt, Command::Adopt);
    assert!(matches!(rt.app.overlay, Some(Overlay::Confirm { .. })));
    cmd(&mut rt, Command::Confirm);
    cmd(&mut rt, Command::EditNotes);
    assert!(matches!(rt.app.status, Status::Info(_)), "adopted minutes are read-only");
    cmd(&mut rt, Command::Amend);
    type_text(&mut rt, "Coquille au point 2");
    cmd(&mut rt, Command::Submit);
    cmd(&mut rt, Command::Quit);
    assert!(!rt.is_unlocked());
    drop(rt);

    // Everything is in the store.
    let store = council.store();
    let m: Meeting = store.get(meeting.id).unwrap();
    assert_eq!(m.agenda[1].title, "Plénière : accès aux soins");
    assert_eq!(m.agenda[1].slot.to_string(), "10h45–11h30");
    assert_eq!(m.agenda[1].kind, ItemKind::Welcome);
    assert_eq!(m.agenda[1].notes, "Les délais d'attente restent longs.\nDeuxième ligne.");
    assert_eq!(m.attendance.members.len(), 2);
    assert_eq!(m.attendance.guests, 2);
    assert_eq!(m.agenda[1].decisions[0].outcome, Some(Outcome::Vote { r#for: 1, against: 1, abstain: 0 }));
    assert_eq!(m.status, MinutesStatus::Adopted(date!(2026 - 11 - 22)));
    assert_eq!(m.amendments[0].text, "Coquille au point 2");
    let tasks: Vec<Task> = store.list().unwrap();
    assert_eq!(tasks.len(), 1);
    assert_eq!(tasks[0].group, group);
    assert_eq!(tasks[0].due, Some(date!(2026 - 12 - 01)));
    assert_eq!(tasks[0].assignees.len(), 1);
    assert_eq!(tasks[0].origin.map(|o| (o.meeting, o.item)), Some((meeting.id, 1)));
    assert_eq!(m.agenda[1].actions[0].task, Some(tasks[0].id));
}

#[test]
fn locking_while_typing_keeps_the_text_and_forgets_the_council() {
    let (council, _) = prepared();
    add_meeting(council.store(), "Novembre");
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::EditNotes);
    type_text(&mut rt, "Tapé juste avant le verrou");
    cmd(&mut rt, Command::Lock);
    // Opened with an identity file: the first lock asks for a code that the
    // person at the keyboard must know, or Enter alone would reopen.
    assert!(matches!(&rt.app.overlay, Some(Overlay::Form(f)) if f.kind == conseil::tui::form::FormKind::LockCode));
    type_text(&mut rt, "27");
    cmd(&mut rt, Command::Submit);
    assert!(form_error(&rt).is_some_and(|e| e.contains("4 caractères")), "a short code is refused");
    type_text(&mut rt, "18");
    cmd(&mut rt, Command::Submit);
    assert!(!rt.is_unlocked(), "the session is dropped");
    assert!(rt.app.data.is_none(), "decrypted records are dropped");
    assert!(matches!(rt.app.screen, Screen::Unlock));
    assert!(rt.clear_screen, "the screen is cleared");

    // Enter alone, or a wrong code, does not reopen; the code does, back
    // in the notes where the secretary was typing.
    cmd(&mut rt, Command::Submit);
    assert!(!rt.is_unlocked() && rt.app.unlock_error.is_some());
    type_text(&mut rt, "1234");
    cmd(&mut rt, Command::Submit);
    assert!(!rt.is_unlocked(), "a wrong code does not unlock");
    type_text(&mut rt, "2718");
    unlock(&mut rt);
    assert!(
        matches!(&rt.app.screen, Screen::Minutes(m) if m.notes.is_some()),
        "back in the notes: {:?}",
        rt.app.screen
    );
    cmd(&mut rt, Command::Back);

    // A form half-filled at lock time comes back after unlocking.
    cmd(&mut rt, Command::Members);
    cmd(&mut rt, Command::New);
    type_text(&mut rt, "Mésan");
    rt.dispatch(Action::Tick { today: crate::tui_common::TODAY, now: ClockTime::new(9, 45).unwrap(), idle_secs: 3600 });
    assert!(!rt.is_unlocked(), "idle time locks");
    type_text(&mut rt, "2718");
    unlock(&mut rt);
    match &rt.app.overlay {
        Some(Overlay::Form(f)) => assert_eq!(f.text(conseil::tui::form::FieldId::Pseudonym), "Mésan"),
        other => panic!("draft not restored: {other:?}"),
    }
    type_text(&mut rt, "ge");
    cmd(&mut rt, Command::Submit);
    cmd(&mut rt, Command::Quit);
    drop(rt);

    let store = council.store();
    let m: Vec<Meeting> = store.list().unwrap();
    let novembre = m.iter().find(|m| m.title == "Novembre").unwrap();
    assert_eq!(novembre.agenda[0].notes, "Tapé juste avant le verrou");
    let members: Vec<Member> = store.list().unwrap();
    assert!(members.iter().any(|m| m.pseudonym == "Mésange"));
    assert_eq!(store.ui_draft().unwrap(), None, "the draft is cleared once restored");
}

#[test]
fn wrong_passphrase_says_so_and_allows_retry() {
    let (council, _) = prepared();
    let mut rt = council.runtime(Lang::Fr);
    rt.app.has_identity = false;
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.unlock_error.is_some(), "empty passphrase is refused");
    type_text(&mut rt, "pas la bonne");
    cmd(&mut rt, Command::Submit);
    let error = rt.app.unlock_error.clone().unwrap_or_default();
    assert!(error.contains("phrase de passe"), "{error}");
    assert!(!rt.is_unlocked());
    assert!(rt.app.passphrase.lines().join("").is_empty(), "the typed passphrase is wiped");
}

#[test]
fn refusals_are_shown_and_nothing_is_written() {
    let (council, _) = prepared();
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Members);
    cmd(&mut rt, Command::New);
    type_text(&mut rt, "marie.dupont@exemple.fr");
    cmd(&mut rt, Command::Submit);
    let error = form_error(&rt).unwrap_or_default();
    assert!(error.contains("courriel"), "{error}");
    cmd(&mut rt, Command::Cancel);
    // A paste far larger than a field allows: a clear failure, text kept.
    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::Down);
    cmd(&mut rt, Command::Attendance); // adopted: refused, no picker
    assert!(rt.app.overlay.is_none());
    drop(rt);
    let members: Vec<Member> = council.store().list().unwrap();
    assert_eq!(members.len(), 2);
}

#[test]
fn a_huge_paste_fails_clearly_and_keeps_the_text() {
    let council = UiCouncil::new();
    add_meeting(council.store(), "Novembre");
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::EditNotes);
    let huge = "Une très longue ligne collée. ".repeat(20_000);
    rt.dispatch(Action::Paste(huge.clone()));
    cmd(&mut rt, Command::Back);
    assert!(matches!(&rt.app.status, Status::Failed(why) if why.contains("trop long")), "{:?}", rt.app.status);
    // Nothing half-written: the stored notes are still empty.
    drop(rt);
    let m: Vec<Meeting> = council.store().list().unwrap();
    assert!(m[0].agenda[0].notes.is_empty());
}

#[test]
fn search_finds_accented_text_and_jumps_to_it() {
    let council = UiCouncil::demo();
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Search);
    type_text(&mut rt, "retablissement guerir");
    let hits = match &rt.app.overlay {
        Some(Overlay::Search { hits, .. }) => hits.clone(),
        _ => panic!("no search"),
    };
    assert!(!hits.is_empty());
    assert!(hits[0].text.contains("rétablissement"), "{}", hits[0].text);
    cmd(&mut rt, Command::Open);
    assert!(matches!(rt.app.screen, Screen::Contributions(_)));
}

#[test]
fn contributions_filter_by_theme_group_and_meeting() {
    let council = UiCouncil::demo();
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Contributions);
    let all = rt.app.data.as_ref().unwrap().contributions.len();
    for filter in [Command::FilterMeeting, Command::FilterTheme, Command::FilterGroup] {
        cmd(&mut rt, filter);
    }
    let Screen::Contributions(state) = &rt.app.screen else { panic!("not on contributions") };
    let (meeting, theme, group) = (state.meeting.unwrap(), state.theme.clone().unwrap(), state.group.unwrap());
    let data = rt.app.data.as_ref().unwrap();
    let shown = data.contributions_filtered(&state.filter());
    assert!(shown.len() < all);
    for c in shown {
        assert_eq!(c.meeting, Some(meeting));
        assert!(c.themes.contains(&theme));
        assert_eq!(c.group, Some(group));
    }
}

#[test]
fn identifying_data_is_flagged_while_typing_and_replaced_in_one_key() {
    let council = UiCouncil::new();
    add_meeting(council.store(), "Novembre");
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    // A name on the "never write" list, added in the settings.
    cmd(&mut rt, Command::Settings);
    cmd(&mut rt, Command::New);
    type_text(&mut rt, "Gaston Lagaffe");
    cmd(&mut rt, Command::Submit);
    assert_eq!(rt.app.data.as_ref().unwrap().never_write.len(), 1);

    cmd(&mut rt, Command::Meetings);
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::EditNotes);
    type_text(&mut rt, "Rappeler au 06 12 34 56 78 ; gaston lagaffe était là.");
    let found = |rt: &conseil::tui::Runtime| match &rt.app.screen {
        Screen::Minutes(m) => m.notes.as_ref().unwrap().spans.all().map(|(_, s)| s.kind).collect::<Vec<_>>(),
        _ => panic!("not in the minutes"),
    };
    assert_eq!(found(&rt), vec![conseil::privacy::PiiKind::Phone, conseil::privacy::PiiKind::PersonName]);
    // The cursor is at the end: Ctrl-R replaces the nearest span, then the other.
    cmd(&mut rt, Command::ReplaceSpan);
    cmd(&mut rt, Command::ReplaceSpan);
    assert!(found(&rt).is_empty());
    cmd(&mut rt, Command::Back);
    let data = rt.app.data.as_ref().unwrap();
    assert_eq!(data.meetings[0].agenda[0].notes, "Rappeler au [téléphone retiré] ; [nom retiré] était là.");
    assert!(data.warnings.is_empty(), "nothing left to warn about");
    drop(rt);
    let list = conseil::council::Session::new(council.store()).never_write().unwrap();
    assert!(list.contains("Gaston Lagaffe"), "the list is stored (as keyed hashes)");
}

#[test]
fn a_draft_is_composed_and_exported_without_identifying_data() {
    let council = UiCouncil::demo();
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Drafts);
    cmd(&mut rt, Command::New);
    type_text(&mut rt, "Pour un accueil digne");
    cmd(&mut rt, Command::Submit);
    let id = rt.app.data.as_ref().unwrap().drafts.iter().find(|d| d.title == "Pour un accueil digne").unwrap().id;
    let index = rt.app.data.as_ref().unwrap().drafts.iter().position(|d| d.id == id).unwrap();
    for _ in 0..index {
        cmd(&mut rt, Command::Down);
    }
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::AddSection);
    type_text(&mut rt, "Constats");
    cmd(&mut rt, Command::NextField);
    type_text(&mut rt, "Marie Tremblay (06 12 34 56 78) a été reçue le 12 mars 2026.");
    cmd(&mut rt, Command::NextField);
    press(&mut rt, KeyCode::Char(' ')); // tick the first usable contribution
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.overlay.is_none(), "section refused: {:?}", form_error(&rt));
    let out = council.dir.path().join("plaidoyer.html");
    cmd(&mut rt, Command::Export);
    press(&mut rt, KeyCode::Right); // format: html
    cmd(&mut rt, Command::NextField);
    clear_field(&mut rt);
    type_text(&mut rt, out.to_str().unwrap());
    cmd(&mut rt, Command::Submit);
    // The review (report and every item found) is shown before anything is
    // written; the quasi-identifiers must be acknowledged first.
    match &rt.app.overlay {
        Some(Overlay::Review(review)) => {
            let conseil::tui::review_plan::Plan::Draft(plan) = &review.plan else { panic!("not a draft's review") };
            assert!(plan.report().total.total_removed() >= 2, "{:?}", plan.report());
            assert!(review.plan.items().iter().any(|i| i.text() == "Marie Tremblay"), "shown in place");
        }
        other => panic!("no review shown: {other:?}"),
    }
    assert!(!out.exists());
    acknowledge_all(&mut rt);
    cmd(&mut rt, Command::Submit);
    let html = std::fs::read_to_string(&out).unwrap();
    assert!(
        !html.contains("Marie Tremblay") && !html.contains("06 12 34 56 78") && !html.contains("12 mars"),
        "{html}"
    );
    assert!(html.contains("[nom retiré]"));
    let draft = rt.app.data.as_ref().unwrap().drafts.iter().find(|d| d.id == id).unwrap().clone();
    assert_eq!(draft.exports.len(), 1, "the export is in the draft's history");
    // Exporting again to the same file is refused; nothing is overwritten.
    cmd(&mut rt, Command::Export);
    press(&mut rt, KeyCode::Right); // html again: the same file
    cmd(&mut rt, Command::NextField);
    clear_field(&mut rt);
    type_text(&mut rt, out.to_str().unwrap());
    cmd(&mut rt, Command::Submit);
    acknowledge_all(&mut rt);
    cmd(&mut rt, Command::Submit);
    assert!(matches!(rt.app.status, Status::Failed(_)), "{:?}", rt.app.status);
    assert!(matches!(rt.app.overlay, Some(Overlay::Review(_))), "the review stays open to choose another name");
    assert_eq!(std::fs::read_to_string(&out).unwrap(), html);
}

/// Replaces the focused field's text.
fn set_field(rt: &mut conseil::tui::Runtime, text: &str) {
    clear_field(rt);
    type_text(rt, text);
}

/// The lines of the notice shown after a job (fails with the status if none).
fn notice(rt: &conseil::tui::Runtime) -> Vec<String> {
    match &rt.app.overlay {
        Some(Overlay::Notice { lines, .. }) => lines.clone(),
        other => panic!("no notice: {other:?} / {:?}", rt.app.status),
    }
}

#[test]
fn archives_from_the_archives_screen_with_progress() {
    let council = UiCouncil::demo();
    let backup = council.dir.path().join("backup.txt");
    conseil::storage::keyfile::generate(&backup, "test").unwrap();
    let mut rt = council.runtime(Lang::Fr);
    let phases = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
    let seen = std::rc::Rc::clone(&phases);
    rt.progress = Some(Box::new(move |_, fraction, phase| seen.borrow_mut().push((fraction, phase))));
    unlock(&mut rt);
    cmd(&mut rt, Command::Archives);
    // Backup.
    cmd(&mut rt, Command::Open);
    type_text(&mut rt, backup.to_str().unwrap());
    cmd(&mut rt, Command::NextField);
    let archive = council.dir.path().join("sauvegarde.age");
    set_field(&mut rt, archive.to_str().unwrap());
    cmd(&mut rt, Command::Submit);
    let lines = notice(&rt);
    assert!(lines[0].contains("Archive écrite"), "{lines:?}");
    assert!(archive.exists());
    assert_eq!(phases.borrow().last().map(|p| p.0), Some(1.0), "progress reaches the end");
    cmd(&mut rt, Command::Cancel);
    // Import the same archive: nothing changes.
    cmd(&mut rt, Command::Down);
    cmd(&mut rt, Command::Open);
    type_text(&mut rt, archive.to_str().unwrap());
    cmd(&mut rt, Command::NextField);
    type_text(&mut rt, backup.to_str().unwrap());
    cmd(&mut rt, Command::Submit);
    let lines = notice(&rt);
    assert!(lines[0].contains("0 ajoutée, 0 mise à jour"), "{lines:?}");
    cmd(&mut rt, Command::Cancel);
    // A member's slip.
    cmd(&mut rt, Command::Down);
    cmd(&mut rt, Command::Open);
    cmd(&mut rt, Command::NextField);
    type_text(&mut rt, backup.to_str().unwrap());
    cmd(&mut rt, Command::NextField);
    let slip = council.dir.path().join("fiche.age");
    set_field(&mut rt, slip.to_str().unwrap());
    cmd(&mut rt, Command::Submit);
    // Reviewed first, like every export: nothing is sealed yet, and not
    // while an item waits for an answer.
    match &rt.app.overlay {
        Some(Overlay::Review(r)) => assert!(matches!(r.plan, conseil::tui::review_plan::Plan::Slip { .. })),
        other => panic!("no review of the slip: {other:?}"),
    }
    assert!(!slip.exists());
    answer_every_item(&mut rt);
    cmd(&mut rt, Command::Submit);
    assert!(slip.exists(), "{:?} {:?}", rt.app.overlay, rt.app.status);
    cmd(&mut rt, Command::Cancel);
    // Writing over an existing file is refused.
    cmd(&mut rt, Command::Up);
    cmd(&mut rt, Command::Up);
    cmd(&mut rt, Command::Open);
    type_text(&mut rt, backup.to_str().unwrap());
    cmd(&mut rt, Command::NextField);
    set_field(&mut rt, archive.to_str().unwrap());
    cmd(&mut rt, Command::Submit);
    // The form stays open with the reason next to the file.
    let why = form_error(&rt).unwrap_or_default();
    assert!(why.contains("existe déjà"), "{why:?} {:?}", rt.app.status);
    assert!(
        matches!(&rt.app.overlay, Some(Overlay::Form(f)) if f.text(conseil::tui::form::FieldId::File) == archive.to_str().unwrap())
    );
}

#[test]
fn a_members_roles_and_groups_are_edited_in_the_ui() {
    let (council, group) = prepared();
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Members);
    cmd(&mut rt, Command::Edit); // Colibri, first by pseudonym
    cmd(&mut rt, Command::NextField); // roles: member is ticked
    press(&mut rt, KeyCode::Right);
    press(&mut rt, KeyCode::Char(' ')); // + secretary
    cmd(&mut rt, Command::NextField); // groups
    press(&mut rt, KeyCode::Char(' ')); // + Communication
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.overlay.is_none(), "refused: {:?}", form_error(&rt));
    drop(rt);
    let members: Vec<Member> = council.store().list().unwrap();
    let colibri = members.iter().find(|m| m.pseudonym == "Colibri").unwrap();
    assert_eq!(colibri.roles, vec![Role::Member, Role::Secretary]);
    assert_eq!(colibri.groups, vec![group]);
}

/// Acknowledges every item of the open review that waits for an answer.
fn acknowledge_all(rt: &mut conseil::tui::Runtime) {
    while let Some(Overlay::Review(review)) = &rt.app.overlay {
        let Some(i) = review.plan.items().iter().position(|i| i.needs_answer() && !review.plan.is_acknowledged(i))
        else {
            break;
        };
        let here = review.selected;
        for _ in here..i {
            cmd(rt, Command::Down);
        }
        for _ in i..here {
            cmd(rt, Command::Up);
        }
        cmd(rt, Command::Acknowledge);
    }
}

/// The screen's text, row by row.
fn screen_text(rt: &conseil::tui::Runtime, w: u16, h: u16) -> String {
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(w, h)).unwrap();
    terminal.draw(|f| conseil::tui::views::render(&rt.app, f)).unwrap();
    let buffer = terminal.backend().buffer();
    (0..h).map(|y| (0..w).map(|x| buffer[(x, y)].symbol()).collect::<String>() + "\n").collect()
}

#[test]
fn a_change_of_consent_is_dated_and_shown_with_the_level_before() {
    let council = UiCouncil::new();
    let session = conseil::council::Session::new(council.store());
    let mesange = session.save_member(Member::new(RecordId::random(), "Mésange").unwrap()).unwrap();
    let c = session
        .save_contribution(Contribution {
            id: RecordId::random(),
            revision: 1,
            author: Author::Member(mesange.id),
            meeting: None,
            group: None,
            kind: ContributionKind::Quote,
            text: "Qu'on me demande mon avis, enfin.".into(),
            themes: vec!["écoute".into()],
            consent: Consent {
                level: ConsentLevel::Quote,
                given_on: date!(2026 - 11 - 05),
                expires_on: None,
                withdrawn_on: None,
            },
            consent_history: Vec::new(),
        })
        .unwrap();
    drop(session);
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    cmd(&mut rt, Command::Contributions);
    assert!(screen_text(&rt, 80, 24).contains("Consentement : citation (donné le 5 novembre 2026)"));
    // « citation » → « reformulation », one step left among the choices.
    cmd(&mut rt, Command::Consent);
    press(&mut rt, KeyCode::Left);
    cmd(&mut rt, Command::Submit);
    assert!(rt.app.overlay.is_none(), "form closed: {:?}", form_error(&rt));
    let screen = screen_text(&rt, 80, 24);
    assert!(screen.contains("[reformulation]"), "{screen}");
    assert!(screen.contains("Consentement : reformulation (changé le 22 novembre 2026, avant : citation)"), "{screen}");
    drop(rt);
    let stored: Contribution = council.store().get(c.id).unwrap();
    assert_eq!(
        stored.consent_history,
        [ConsentChange { on: date!(2026 - 11 - 22), from: ConsentLevel::Quote, to: ConsentLevel::Paraphrase }]
    );
    assert_eq!(stored.consent.given_on, date!(2026 - 11 - 05));
    // In English, English punctuation; a second change lists the first below.
    let mut rt = council.runtime(Lang::En);
    unlock(&mut rt);
    cmd(&mut rt, Command::Contributions);
    let screen = screen_text(&rt, 100, 30);
    assert!(screen.contains("Consent: paraphrase (changed on November 22, 2026, before: quote)"), "{screen}");
    assert!(screen.contains("Mésange: Qu'on me demande"), "no French colon in English: {screen}");
    cmd(&mut rt, Command::Consent);
    press(&mut rt, KeyCode::Left);
    cmd(&mut rt, Command::Submit);
    let screen = screen_text(&rt, 100, 30);
    assert!(screen.contains("Consent: council only (changed on November 22, 2026, before: paraphrase)"), "{screen}");
    assert!(screen.contains("consent changed on November 22, 2026: quote → paraphrase"), "{screen}");
}

/// Answers every item of the review on screen with the keys a secretary
/// would press: « pas un nom » for a word, « vu » for a quasi-identifier.
fn answer_every_item(rt: &mut conseil::tui::Runtime) {
    for _ in 0..500 {
        let Some(Overlay::Review(review)) = &rt.app.overlay else { panic!("the review closed") };
        let pending = review.plan.items().iter().position(|i| i.needs_answer() && !review.plan.is_acknowledged(i));
        let Some(target) = pending else { return };
        let (selected, word) =
            (review.selected, review.plan.items()[target].kind == conseil::privacy::PiiKind::Unexplained);
        if selected < target {
            cmd(rt, Command::Down);
        } else if selected > target {
            cmd(rt, Command::Up);
        } else {
            cmd(rt, if word { Command::NotAName } else { Command::Acknowledge });
        }
    }
    panic!("the review never settled");
}

/// An archive nothing proves comes from this council (forged with its
/// public key) is not imported on the first try: the screen shows its
/// fingerprint and asks; « non » changes nothing, « oui » imports — that
/// archive only (the fingerprint is bound to the answer).
#[test]
fn an_unauthenticated_archive_is_imported_only_after_its_fingerprint_is_confirmed() {
    use conseil::archive::{self, OpenWith, SealTo};
    let council = UiCouncil::demo();
    let keys = conseil::storage::keyfile::read(&council.key()).unwrap();
    let forged_path = council.dir.path().join("venue-d-ailleurs.age");
    {
        let session = conseil::council::Session::new(council.store());
        let own = council.dir.path().join("propre.age");
        let to = SealTo::Recipients(vec![Box::new(keys.recipients[0].clone())]);
        session.export_archive(&to, false, &own, false, &mut |_, _| {}).unwrap();
        let with = OpenWith::Identities(keys.identities.iter().map(|i| Box::new(i.clone()) as _).collect());
        let mut doc = archive::from_json(&archive::open(&std::fs::read(&own).unwrap(), &with).unwrap()).unwrap();
        for m in &mut doc.members {
            m.active = false;
            m.revision += 10;
        }
        let sealed = archive::seal(&archive::to_json(&doc).unwrap(), &to, false).unwrap();
        std::fs::write(&forged_path, sealed).unwrap();
    }
    let mut rt = council.runtime(Lang::Fr);
    unlock(&mut rt);
    let active = |rt: &conseil::tui::Runtime| rt.app.data.as_ref().unwrap().members.iter().filter(|m| m.active).count();
    let before = active(&rt);
    assert!(before > 0);
    let import = |rt: &mut conseil::tui::Runtime| {
        cmd(rt, Command::Archives);
        cmd(rt, Command::Down);
        cmd(rt, Command::Open);
        type_text(rt, forged_path.to_str().unwrap());
        cmd(rt, Command::NextField);
        type_text(rt, council.key().to_str().unwrap());
        cmd(rt, Command::Submit);
    };
    import(&mut rt);
    let screen = crate::tui_screens::text_of(&rt, 80, 24);
    match &rt.app.overlay {
        Some(Overlay::Confirm { message, .. }) => {
            assert!(message.contains("empreinte") && message.contains("Importer ?"), "{message}");
            assert!(!message.contains("--accept-unauthenticated"), "command-line advice in the UI: {message}");
        }
        other => panic!("no question about the fingerprint: {other:?} / {:?}", rt.app.status),
    }
    assert!(screen.contains("empreinte"), "{screen}");
    // No: nothing imported.
    cmd(&mut rt, Command::Cancel);
    assert_eq!(active(&rt), before);
    // Yes: imported.
    import(&mut rt);
    cmd(&mut rt, Command::Confirm);
    let lines = notice(&rt);
    assert!(lines[0].contains("mise"), "{lines:?}");
    assert_eq!(active(&rt), 0, "the accepted archive was imported");
}
