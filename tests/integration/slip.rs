//! Members' task slips: nothing outside the member's view leaves in a slip;
//! the member can change only their tasks' status and comments; a return
//! slip touching anything else is refused and changes nothing.

use conseil::archive::slip::{apply_return, materialize, member_slip, return_slip, ReturnSlip, RETURN_FORMAT};
use conseil::archive::ArchiveError;
use conseil::council::Session;
use conseil::domain::*;
use conseil::i18n::Lang;
use conseil::tui::keymap::Command;
use time::macros::date;

use crate::common::{assert_same, snapshot, TestCouncil};
use crate::tui_common::{cmd, type_text, unlock, UiCouncil};

/// A council where Colibri has a task and a quoted contribution, and
/// Passereau's tasks, contributions, drafts and group carry canaries.
struct Fixture {
    council: TestCouncil,
    colibri: Member,
    own_task: Task,
    other_task: Task,
    own_contribution: Contribution,
}

const CANARIES: [&str; 5] = ["CANARI-TACHE", "CANARI-TEMOIGNAGE", "CANARI-BROUILLON", "CANARI-GROUPE", "CANARI-NOTES"];

fn fixture() -> Fixture {
    let (council, store) = TestCouncil::new();
    let session = Session::new(store);
    let communication = session.save_group(WorkingGroup::new(RecordId::random(), "Communication").unwrap()).unwrap();
    let secret_group =
        session.save_group(WorkingGroup::new(RecordId::random(), "Groupe CANARI-GROUPE").unwrap()).unwrap();
    let mut colibri = Member::new(RecordId::random(), "Colibri").unwrap();
    colibri.groups = vec![communication.id];
    let colibri = session.save_member(colibri).unwrap();
    let mut passereau = Member::new(RecordId::random(), "Passereau").unwrap();
    passereau.groups = vec![secret_group.id];
    let passereau = session.save_member(passereau).unwrap();
    let mut own_task = Task::new(RecordId::random(), communication.id, "Relire l'affiche").unwrap();
    own_task.assignees = vec![colibri.id];
    let own_task = session.save_task(own_task).unwrap();
    let mut other_task = Task::new(RecordId::random(), secret_group.id, "CANARI-TACHE de Passereau").unwrap();
    other_task.assignees = vec![passereau.id];
    let other_task = session.save_task(other_task).unwrap();
    let consent =
        Consent { level: ConsentLevel::Quote, given_on: date!(2026 - 01 - 01), expires_on: None, withdrawn_on: None };
    let contribution = |author: &Member, text: &str| Contribution {
        id: RecordId::random(),
        revision: 1,
        author: Author::Member(author.id),
        meeting: None,
        group: None,
        kind: ContributionKind::Testimony,
        text: text.into(),
        themes: vec![],
        consent,
        consent_history: Vec::new(),
    };
    let own_contribution = session.save_contribution(contribution(&colibri, "On m'a enfin écouté.")).unwrap();
    let other = session.save_contribution(contribution(&passereau, "CANARI-TEMOIGNAGE privé")).unwrap();
    let draft = AdvocacyDraft {
        id: RecordId::random(),
        revision: 1,
        title: "Accueil digne".into(),
        audience: Audience::Public,
        language: Language::Fr,
        sections: vec![DraftSection {
            heading: "Constats".into(),
            body: "CANARI-BROUILLON".into(),
            contributions: vec![own_contribution.id, other.id],
        }],
        exports: vec![ExportRecord {
            month: YearMonth { year: 2026, month: 6 },
            audience: Audience::Public,
            contributions: vec![own_contribution.id, other.id],
            response: None,
        }],
    };
    session.save_draft(draft).unwrap();
    // An adopted monthly meeting (visible), a draft one and a meeting of a
    // group Colibri is not in (neither visible).
    let mut adopted =
        Meeting::new(RecordId::random(), MeetingKind::Monthly, date!(2026 - 05 - 14), "Conseil de mai").unwrap();
    adopted.agenda.push(AgendaItem::new("9h00-10h00".parse().unwrap(), ItemKind::RoundTable, "Tour de table"));
    adopted.attendance.members = vec![colibri.id, passereau.id];
    adopted.adopt(date!(2026 - 06 - 11)).unwrap();
    session.save_meeting(adopted).unwrap();
    let mut draft_meeting =
        Meeting::new(RecordId::random(), MeetingKind::Monthly, date!(2026 - 06 - 11), "Juin").unwrap();
    draft_meeting.agenda.push(AgendaItem::new("9h00-10h00".parse().unwrap(), ItemKind::Plenary, "Plénière"));
    draft_meeting.agenda[0].notes = "CANARI-NOTES brouillon".into();
    session.save_meeting(draft_meeting).unwrap();
    let mut other_group_meeting =
        Meeting::new(RecordId::random(), MeetingKind::WorkingGroup(secret_group.id), date!(2026 - 05 - 20), "Réunion")
            .unwrap();
    other_group_meeting.attendance.guests = 1;
    other_group_meeting.agenda.push(AgendaItem::new("9h00-10h00".parse().unwrap(), ItemKind::Plenary, "Point"));
    other_group_meeting.agenda[0].notes = "CANARI-NOTES du groupe".into();
    other_group_meeting.adopt(date!(2026 - 05 - 21)).unwrap();
    session.save_meeting(other_group_meeting).unwrap();
    drop(session);
    Fixture { council, colibri, own_task, other_task, own_contribution }
}

#[test]
fn a_slip_holds_only_what_the_member_may_see() {
    let f = fixture();
    let store = f.council.open();
    let slip = member_slip(&store, &f.colibri, &|t| t.to_string()).unwrap();
    let json = serde_json::to_string(&slip).unwrap();
    for canary in CANARIES {
        assert!(!json.contains(canary), "{canary} leaked into the slip");
    }
    assert!(!json.contains(&f.other_task.id.to_string()));
    assert_eq!(slip.tasks, vec![f.own_task.clone()]);
    assert_eq!(slip.contributions, vec![f.own_contribution.clone()]);
    assert_eq!(slip.meetings.len(), 1, "only adopted minutes of meetings Colibri could attend");
    assert_eq!(slip.uses.len(), 1, "where Colibri's words went, not Passereau's");
    assert_eq!(slip.uses[0].draft, "Accueil digne");
    assert!(slip.members.iter().all(|m| m.roles.is_empty() && m.groups.is_empty()), "others reduced to pseudonyms");
    assert!(!slip.secretary.is_empty(), "the return goes to the council's keys");
}

#[test]
fn the_member_changes_their_task_and_the_return_merges() {
    let f = fixture();
    let slip = member_slip(&f.council.open(), &f.colibri, &|t| t.to_string()).unwrap();
    // The member's side: the slip in a throwaway council, in the UI.
    let viewer = UiCouncil::new();
    materialize(&slip, &viewer.store()).unwrap();
    let mut rt = viewer.runtime(Lang::Fr);
    rt.slip_member = Some(f.colibri.id);
    unlock(&mut rt);
    cmd(&mut rt, Command::Board);
    cmd(&mut rt, Command::StatusForward);
    cmd(&mut rt, Command::Comment);
    type_text(&mut rt, "Affiche relue, deux coquilles.");
    cmd(&mut rt, Command::Submit);
    // Anything else is read-only: the runtime refuses it even if asked
    // (the form stays open with the reason)...
    cmd(&mut rt, Command::Members);
    cmd(&mut rt, Command::New);
    type_text(&mut rt, "Nouveau");
    cmd(&mut rt, Command::Submit);
    let why = match &rt.app.overlay {
        Some(conseil::tui::app::Overlay::Form(f)) => f.error.as_ref().map(|e| e.reason.clone()).unwrap_or_default(),
        _ => String::new(),
    };
    assert!(why.contains("se consulte seulement"), "{why:?} {:?}", rt.app.status);
    cmd(&mut rt, Command::Cancel);
    // ...and the member's view does not offer it.
    rt.app.member_view = true;
    cmd(&mut rt, Command::Dashboard);
    cmd(&mut rt, Command::Members);
    assert!(matches!(rt.app.screen, conseil::tui::app::Screen::Dashboard), "no members' screen in a slip");
    let hints = conseil::tui::hints::hints(&rt.app);
    assert!(hints.iter().all(|h| h.label != "Nouveau"), "{hints:?}");
    cmd(&mut rt, Command::Quit);
    drop(rt);
    let tasks: Vec<Task> = viewer.store().list().unwrap();
    let ret = return_slip(&slip, &tasks).expect("a return slip");
    assert_eq!(ret.updates.len(), 1, "one task changed: its status and a comment");

    // The secretary's side.
    let store = f.council.open();
    assert_eq!(apply_return(&store, &ret).unwrap(), 1);
    let merged: Task = store.get(f.own_task.id).unwrap();
    assert_eq!(merged.status, TaskStatus::Doing);
    assert!(merged.history.iter().any(|e| matches!(&e.kind, TaskEventKind::Comment(c) if c.contains("coquilles"))));
    assert_eq!(apply_return(&store, &ret).unwrap(), 0, "merging twice changes nothing");
}

#[test]
fn forged_return_slips_are_refused_and_change_nothing() {
    let f = fixture();
    let before = snapshot(&f.council.path());
    let store = f.council.open();
    let forge = |tasks: Vec<Task>| ReturnSlip {
        format: RETURN_FORMAT.into(),
        version: 1,
        member: f.colibri.id,
        tasks,
        updates: Vec::new(),
    };
    let mut renamed = f.own_task.clone();
    renamed.title = "Autre chose".into();
    let mut reassigned = f.own_task.clone();
    reassigned.assignees.push(RecordId::random());
    let mut other = f.other_task.clone();
    other.set_status(date!(2026 - 07 - 01), TaskStatus::Done);
    let mut rewritten = f.own_task.clone();
    rewritten.set_status(date!(2026 - 07 - 01), TaskStatus::Done);
    rewritten.history.remove(0);
    let unknown = Task::new(RecordId::random(), f.own_task.group, "Inconnue").unwrap();
    let mut good_then_bad = f.own_task.clone();
    good_then_bad.set_status(date!(2026 - 07 - 01), TaskStatus::Done);
    for (why, ret) in [
        ("title", forge(vec![renamed])),
        ("assignees", forge(vec![reassigned])),
        ("someone else's task", forge(vec![other])),
        ("unknown task", forge(vec![unknown])),
        ("history rewritten", forge(vec![rewritten])),
        ("a valid change next to a forged one", forge(vec![good_then_bad, f.other_task.clone()])),
    ] {
        assert!(matches!(apply_return(&store, &ret), Err(ArchiveError::Invalid { .. })), "{why} was accepted");
    }
    drop(store);
    assert_same(&snapshot(&f.council.path()), &before, "forged return slips");
}

#[test]
fn slips_travel_encrypted_to_the_member_and_back_to_the_secretary() {
    let f = fixture();
    let store = f.council.open();
    let member_key = age::x25519::Identity::generate();
    let slip = member_slip(&store, &f.colibri, &|t| t.to_string()).unwrap();
    let sealed = conseil::archive::seal(
        &serde_json::to_vec(&slip).unwrap(),
        &conseil::archive::SealTo::Recipients(vec![Box::new(member_key.to_public())]),
        false,
    )
    .unwrap();
    let opened =
        conseil::archive::open(&sealed, &conseil::archive::OpenWith::Identities(vec![Box::new(member_key)])).unwrap();
    assert!(matches!(conseil::archive::parse(&opened).unwrap(), conseil::archive::Contents::Slip(_)));
    assert!(
        conseil::archive::open(
            &sealed,
            &conseil::archive::OpenWith::Identities(vec![Box::new(f.council.identity.clone())])
        )
        .is_err(),
        "the secretary's key does not open the member's slip"
    );
}
