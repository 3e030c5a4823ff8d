//! One damaged record costs only itself (issue 13): with one meeting's
//! sealed value flipped on disk, the terminal UI unlocks with the rest and
//! names it on the dashboard, never writing over it; `meeting list` lists
//! the others and names it; `archive export` refuses, naming it; the
//! rolling backup goes on without it, says so, and keeps the older ones.

use assert_cmd::Command;
use conseil::archive::backup::{self, Outcome};
use conseil::domain::{Meeting, MeetingKind, RecordId};
use conseil::i18n::Lang;
use conseil::storage::StoreError;
use conseil::tui::keymap::Command as Ui;
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use time::macros::date;

use crate::common::{put_sample, raw_open, sample};
use crate::tui_common::{cmd, type_text, unlock, UiCouncil};

/// A council of three samples (meetings, tasks…) whose second meeting's
/// sealed value has one byte flipped on disk; returns it with the damaged
/// meeting's id and the ids of the two others.
fn council_with_a_damaged_meeting() -> (UiCouncil, RecordId, Vec<RecordId>) {
    let council = UiCouncil::new();
    let store = council.store();
    let mut meetings = Vec::new();
    for i in 0..3 {
        let mut s = sample(&format!("abîmé{i}"));
        s.member.pseudonym = format!("Héron{i}");
        put_sample(&store, &s);
        meetings.push(s.meeting.id);
    }
    drop(store);
    let victim = meetings.remove(1);
    flip_last_byte(&council, victim);
    (council, victim, meetings)
}

/// Flips the last byte (the AEAD tag) of a meeting's value, through sled.
fn flip_last_byte(council: &UiCouncil, id: RecordId) {
    let db = raw_open(&council.path());
    let tree = db.open_tree("meetings").unwrap();
    let mut value = tree.get(id.as_bytes()).unwrap().unwrap().to_vec();
    let last = value.len() - 1;
    value[last] ^= 0x10;
    tree.insert(id.as_bytes(), value).unwrap();
    db.flush().unwrap();
}

/// The meeting's raw sealed value, as on disk.
fn raw_meeting(council: &UiCouncil, id: RecordId) -> Vec<u8> {
    let db = raw_open(&council.path());
    db.open_tree("meetings").unwrap().get(id.as_bytes()).unwrap().unwrap().to_vec()
}

/// The screen's text, borders taken out and spaces collapsed, so that a
/// wrapped sentence reads whole.
fn screen_text(terminal: &Terminal<TestBackend>) -> String {
    let buffer = terminal.backend().buffer();
    let text: String = buffer.content.iter().map(|c| c.symbol()).collect::<String>().replace('│', " ");
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// The dashboard at 80×24 names the damaged meeting and what to do.
fn assert_dashboard_names(rt: &conseil::tui::Runtime, lang: Lang, victim: RecordId) {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|f| conseil::tui::views::render(&rt.app, f)).unwrap();
    let text = screen_text(&terminal);
    let (kind, end) =
        if lang == Lang::Fr { ("rencontre", "dernière sauvegarde.") } else { ("meeting", "latest backup.") };
    assert!(text.contains(end), "{lang:?}: the whole sentence shows at 80×24: {text}");
    let short = &victim.to_string()[..8];
    assert!(text.contains("⚠ 1 "), "{lang:?}: {text}");
    assert!(text.contains(&format!("{kind} {short}…")), "{lang:?}: {text}");
    assert!(text.contains("« conseil recover »") || text.contains("\"conseil recover\""), "{lang:?}: {text}");
}

#[test]
fn the_terminal_ui_opens_with_the_rest_and_names_the_damaged_meeting() {
    let (council, victim, others) = council_with_a_damaged_meeting();
    let before = raw_meeting(&council, victim);
    let mut rt = council.runtime(Lang::Fr);
    rt.backups_kept = 3;
    unlock(&mut rt);
    let data = rt.app.data.as_ref().unwrap();
    let mut shown: Vec<RecordId> = data.meetings.iter().map(|m| m.id).collect();
    shown.sort();
    let mut want = others.clone();
    want.sort();
    assert_eq!(shown, want, "the two other meetings are there");
    assert_eq!(data.tasks.len(), 3, "every task is there");
    assert_eq!(data.damaged.len(), 1);
    assert_eq!((data.damaged[0].tree.as_str(), data.damaged[0].id.clone()), ("meetings", victim.to_string()));

    assert_dashboard_names(&rt, Lang::Fr, victim);

    // Locking closes cleanly: the backup goes on without the damaged meeting
    // and says it left one out.
    cmd(&mut rt, Ui::Lock);
    type_text(&mut rt, "2718");
    cmd(&mut rt, Ui::Submit);
    match &rt.last_backup {
        Some(Ok(Outcome::Written { left_out, .. })) => {
            assert_eq!(left_out.len(), 1);
            assert_eq!(left_out[0].id, victim.to_string());
        }
        other => panic!("no backup: {other:?}"),
    }
    drop(rt);
    let mut rt = council.runtime(Lang::En);
    unlock(&mut rt);
    assert_dashboard_names(&rt, Lang::En, victim);
    drop(rt);
    assert_eq!(raw_meeting(&council, victim), before, "the damaged value is left as it was");
}

#[test]
fn the_others_can_be_edited_and_the_damaged_one_is_never_written_over() {
    let (council, victim, others) = council_with_a_damaged_meeting();
    let before = raw_meeting(&council, victim);
    let session = conseil::council::Session::new(council.store());
    // Others: a new meeting from the previous one as template, a change to
    // another meeting, a deletion.
    let new = session.new_meeting(MeetingKind::Monthly, date!(2026 - 04 - 09), "Conseil d'avril", true).unwrap();
    let mut other: Meeting = session.find(&others[0].to_string()).unwrap();
    other.title = "Conseil renommé".into();
    session.save_meeting(other).unwrap();
    session.delete_meeting(new.id).unwrap();
    // The damaged one: refused, named, whichever way it is reached.
    let named = |e: &conseil::council::CouncilError| {
        matches!(e, conseil::council::CouncilError::Store(StoreError::Corrupt { tree, id })
            if tree == "meetings" && *id == victim.to_string())
    };
    let err = session.delete_meeting(victim).unwrap_err();
    assert!(named(&err), "{err:?}");
    let err = session.find::<Meeting>(&victim.to_string()[..6]).unwrap_err();
    assert!(named(&err), "a prefix of the damaged id names it: {err:?}");
    let replacement = Meeting::new(victim, MeetingKind::Monthly, date!(2026 - 03 - 12), "Par-dessus").unwrap();
    let err = session.save_meeting(replacement).unwrap_err();
    assert!(named(&err), "{err:?}");
    drop(session);
    assert_eq!(raw_meeting(&council, victim), before, "the damaged value is left as it was");
}

#[test]
fn a_backup_that_leaves_records_out_keeps_the_older_ones() {
    let council = UiCouncil::new();
    let store = council.store();
    let s = sample("avant");
    put_sample(&store, &s);
    assert!(matches!(backup::on_close(&store, 1).unwrap(), Outcome::Written { left_out, .. } if left_out.is_empty()));
    drop(store);
    flip_last_byte(&council, s.meeting.id);
    let store = council.store();
    put_sample(&store, &sample("après"));
    let Outcome::Written { left_out, .. } = backup::on_close(&store, 1).unwrap() else { panic!("no backup") };
    assert_eq!(left_out.len(), 1);
    assert_eq!(backup::list(&council.path()).len(), 2, "the older backup may hold the meeting intact: kept");
}

/// The binary on the council, in French, unlocked with its identity.
fn conseil(council: &UiCouncil) -> Command {
    let mut cmd = Command::cargo_bin("conseil").unwrap();
    cmd.env_remove("CONSEIL_IDENTITY")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(council.path())
        .arg("-i")
        .arg(council.key());
    cmd
}

#[test]
fn meeting_list_lists_the_others_and_names_the_damaged_one() {
    let (council, victim, _) = council_with_a_damaged_meeting();
    let out = conseil(&council).args(["meeting", "list"]).assert().success().get_output().clone();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert_eq!(stdout.lines().count(), 2, "{stdout}");
    assert!(stdout.contains("Conseil abîmé0") && stdout.contains("Conseil abîmé2"), "{stdout}");
    assert!(!stdout.contains(&victim.to_string()), "{stdout}");
    assert!(stderr.contains(&format!("Fiche abîmée, laissée de côté : meetings / {victim}")), "{stderr}");
    // As JSON too: standard output stays clean for scripts.
    let out = conseil(&council).args(["meeting", "list", "--json"]).assert().success().get_output().clone();
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.as_array().map(Vec::len), Some(2));
}

#[test]
fn archive_export_refuses_and_names_the_damaged_record() {
    let (council, victim, _) = council_with_a_damaged_meeting();
    let archive = council.dir.path().join("conseil.age");
    let out = conseil(&council)
        .args(["archive", "export", "--to"])
        .arg(council.key())
        .arg("-o")
        .arg(&archive)
        .assert()
        .failure()
        .get_output()
        .clone();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stderr.contains(&format!("rencontre {victim}")), "{stderr}");
    assert!(stderr.contains("aucune n'a été écrite") && stderr.contains("conseil recover"), "{stderr}");
    assert!(!archive.exists(), "no partial archive");
}
