//! End to end in a real terminal: tmux (installed by `.ci/run`) runs the
//! binary, keys go in with send-keys, the screen comes back with
//! capture-pane. These tests fail, rather than skip, without tmux.

use std::process::{Command, Output};
use std::time::{Duration, Instant};

use conseil::domain::*;

use crate::tui_common::UiCouncil;

fn tmux(args: &[&str]) -> Output {
    match Command::new("tmux").args(args).output() {
        Ok(out) => out,
        Err(e) => panic!("tmux is needed for terminal tests (apt-get install tmux, see .ci/run): {e}"),
    }
}

/// A tmux session running conseil, killed on drop.
struct Pane {
    name: String,
}

impl Pane {
    /// Runs `command` (a shell command line) in a new session.
    fn command(command: &str, name: &str) -> Self {
        let name = format!("{name}-{}", std::process::id());
        // `exec`: the pane's process is conseil itself, not a shell.
        let command = format!("exec {command}");
        let out = tmux(&["new-session", "-d", "-s", &name, "-x", "100", "-y", "30", &command]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        tmux(&["set-option", "-t", &name, "remain-on-exit", "on"]);
        Self { name }
    }

    fn start(council: &UiCouncil, name: &str) -> Self {
        let command = format!(
            "exec env LANG=fr_FR.UTF-8 NO_COLOR=1 CONSEIL_CONFIG=/nonexistent/config.toml {} --db {} -i {}",
            env!("CARGO_BIN_EXE_conseil"),
            council.path().display(),
            council.key().display()
        );
        let name = format!("{name}-{}", std::process::id());
        let out = tmux(&["new-session", "-d", "-s", &name, "-x", "100", "-y", "30", &command]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        tmux(&["set-option", "-t", &name, "remain-on-exit", "on"]);
        Self { name }
    }

    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", &self.name];
        args.extend(keys);
        tmux(&args);
    }

    fn type_text(&self, text: &str) {
        tmux(&["send-keys", "-t", &self.name, "-l", text]);
    }

    /// The visible screen plus the whole scrollback.
    fn screen(&self) -> String {
        String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-S", "-", "-t", &self.name]).stdout).into_owned()
    }

    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(15);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(Instant::now() < deadline, "waited for {text:?}; screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    fn pid(&self) -> String {
        let out = tmux(&["display-message", "-p", "-t", &self.name, "#{pane_pid}"]);
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }

    fn dead(&self) -> bool {
        let out = tmux(&["display-message", "-p", "-t", &self.name, "#{pane_dead}"]);
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }
}

impl Drop for Pane {
    fn drop(&mut self) {
        tmux(&["kill-session", "-t", &self.name]);
    }
}

fn council_with_a_meeting() -> (UiCouncil, RecordId) {
    let council = UiCouncil::new();
    let id = crate::common::add_meeting(council.store(), "Conseil de novembre");
    (council, id)
}

fn stored_notes(council: &UiCouncil, id: RecordId) -> String {
    let check = Command::new(env!("CARGO_BIN_EXE_conseil"))
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(council.path())
        .arg("-i")
        .arg(council.key())
        .arg("check")
        .output()
        .unwrap();
    assert!(check.status.success(), "check failed: {}", String::from_utf8_lossy(&check.stdout));
    let show = Command::new(env!("CARGO_BIN_EXE_conseil"))
        .arg("--db")
        .arg(council.path())
        .arg("-i")
        .arg(council.key())
        .args(["meeting", "show", &id.to_string(), "--json"])
        .output()
        .unwrap();
    let json: serde_json::Value = serde_json::from_slice(&show.stdout).unwrap();
    json["agenda"][0]["notes"].as_str().unwrap_or_default().to_string()
}

#[test]
fn type_a_note_then_kill_9_loses_nothing_shown_as_saved() {
    let (council, id) = council_with_a_meeting();
    let pane = Pane::start(&council, "conseil-kill");
    pane.wait_for("Conseil verrouillé");
    pane.keys(&["Enter"]);
    pane.wait_for("Prochaine rencontre");
    pane.keys(&["2"]);
    pane.wait_for("Conseil de novembre");
    pane.keys(&["Enter"]);
    pane.wait_for("Ordre du jour");
    pane.keys(&["Enter"]);
    pane.wait_for("Notes — [Échap]");
    pane.type_text("Canari tmux 42, déjà enregistré.");
    pane.wait_for("Enregistré à");
    // More typing, then kill -9 at once: what was shown as saved survives.
    pane.type_text(" Suite pas encore enregistrée");
    let kill = Command::new("kill").args(["-9", &pane.pid()]).status().unwrap();
    assert!(kill.success());
    let deadline = Instant::now() + Duration::from_secs(5);
    while !pane.dead() {
        assert!(Instant::now() < deadline, "conseil did not die");
        std::thread::sleep(Duration::from_millis(50));
    }
    let notes = stored_notes(&council, id);
    assert!(notes.starts_with("Canari tmux 42, déjà enregistré."), "{notes:?}");
}

#[test]
fn quitting_saves_restores_the_terminal_and_leaves_nothing_on_screen() {
    let (council, id) = council_with_a_meeting();
    let pane = Pane::start(&council, "conseil-quit");
    pane.wait_for("Conseil verrouillé");
    pane.keys(&["Enter"]);
    pane.wait_for("Prochaine rencontre");
    pane.keys(&["2", "Enter", "Enter"]);
    pane.wait_for("Notes — [Échap]");
    pane.type_text("Note secrète du tour");
    pane.keys(&["Escape"]);
    pane.wait_for("Enregistré à");
    pane.keys(&["q"]);
    let deadline = Instant::now() + Duration::from_secs(5);
    while !pane.dead() {
        assert!(Instant::now() < deadline, "conseil did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
    let screen = pane.screen();
    assert!(!screen.contains("Note secrète"), "the note stayed on screen or in scrollback:\n{screen}");
    assert!(!screen.contains("Conseil de novembre"), "minutes stayed on screen:\n{screen}");
    assert_eq!(stored_notes(&council, id), "Note secrète du tour");
}

#[test]
fn sigterm_saves_and_restores() {
    let (council, id) = council_with_a_meeting();
    let pane = Pane::start(&council, "conseil-term");
    pane.wait_for("Conseil verrouillé");
    pane.keys(&["Enter"]);
    pane.wait_for("Prochaine rencontre");
    pane.keys(&["2", "Enter", "Enter"]);
    pane.wait_for("Notes — [Échap]");
    pane.type_text("Tapé avant SIGTERM");
    std::thread::sleep(Duration::from_millis(300));
    let term = Command::new("kill").args(["-TERM", &pane.pid()]).status().unwrap();
    assert!(term.success());
    let deadline = Instant::now() + Duration::from_secs(5);
    while !pane.dead() {
        assert!(Instant::now() < deadline, "conseil ignored SIGTERM");
        std::thread::sleep(Duration::from_millis(50));
    }
    assert!(!pane.screen().contains("Tapé avant"), "text left on screen");
    assert_eq!(stored_notes(&council, id), "Tapé avant SIGTERM");
}

#[test]
fn a_member_opens_their_slip_moves_a_task_and_the_return_merges() {
    let council = UiCouncil::new();
    let (member, task) = {
        let session = conseil::council::Session::new(council.store());
        let group = session.save_group(WorkingGroup::new(RecordId::random(), "Communication").unwrap()).unwrap();
        let m = session.save_member(Member::new(RecordId::random(), "Colibri").unwrap()).unwrap();
        let mut t = Task::new(RecordId::random(), group.id, "Relire l'affiche").unwrap();
        t.assignees = vec![m.id];
        (m, session.save_task(t).unwrap())
    };
    let member_key = council.dir.path().join("colibri.txt");
    conseil::storage::keyfile::generate(&member_key, "test").unwrap();
    let slip = council.dir.path().join("fiche.age");
    let out = Command::new(env!("CARGO_BIN_EXE_conseil"))
        .arg("--db")
        .arg(council.path())
        .arg("-i")
        .arg(council.key())
        .args(["archive", "export", "--for-member", &member.pseudonym, "--to"])
        .arg(&member_key)
        .arg("-o")
        .arg(&slip)
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // The member's side, in a real terminal.
    let command = format!(
        "env LANG=fr_FR.UTF-8 CONSEIL_CONFIG=/nonexistent/config.toml {} view {} -i {}",
        env!("CARGO_BIN_EXE_conseil"),
        slip.display(),
        member_key.display()
    );
    let name = format!("conseil-view-{}", std::process::id());
    tmux(&["new-session", "-d", "-s", &name, "-x", "100", "-y", "30", &command]);
    tmux(&["set-option", "-t", &name, "remain-on-exit", "on"]);
    let pane = Pane { name };
    pane.wait_for("Conseil verrouillé");
    pane.keys(&["Enter"]);
    pane.wait_for("Prochaine rencontre");
    pane.keys(&["3"]);
    pane.wait_for("Relire l'affiche");
    pane.keys(&[">"]);
    pane.wait_for("Enregistré à");
    pane.keys(&["q"]);
    let deadline = Instant::now() + Duration::from_secs(10);
    while !pane.dead() {
        assert!(Instant::now() < deadline, "conseil view did not quit");
        std::thread::sleep(Duration::from_millis(50));
    }
    let ret = council.dir.path().join("fiche.retour.age");
    assert!(ret.exists(), "no return slip; screen:\n{}", pane.screen());
    // The secretary's side.
    let out = Command::new(env!("CARGO_BIN_EXE_conseil"))
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(council.path())
        .arg("-i")
        .arg(council.key())
        .args(["archive", "import"])
        .arg(&ret)
        .output()
        .unwrap();
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("1 tâche mise à jour"),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let merged: Task = council.store().get(task.id).unwrap();
    assert_eq!(merged.status, TaskStatus::Doing);
}

/// Issue 10, export path 8: a member's `conseil view`, killed with -9,
/// leaves in the temporary folder nothing that opens (the throwaway key
/// existed only in memory), and no identity anywhere.
#[test]
fn a_killed_member_view_leaves_nothing_usable_in_tmp() {
    use conseil::archive::SealTo;
    let council = UiCouncil::new();
    let session = conseil::council::Session::new(council.store());
    let loutre = session.save_member(Member::new(RecordId::random(), "Loutre").unwrap()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("loutre.txt");
    let public = conseil::storage::keyfile::generate(&key, "test").unwrap();
    let slip = dir.path().join("fiche.age");
    session.export_slip(loutre.id, &SealTo::Recipients(vec![Box::new(public)]), &slip, false, &mut |_, _| {}).unwrap();
    drop(session);
    let tmp = dir.path().join("tmp");
    std::fs::create_dir(&tmp).unwrap();
    let command = format!(
        "env TMPDIR={} LANG=fr_FR.UTF-8 NO_COLOR=1 CONSEIL_CONFIG=/nonexistent/config.toml {} -i {} view {}",
        tmp.display(),
        env!("CARGO_BIN_EXE_conseil"),
        key.display(),
        slip.display()
    );
    let pane = Pane::command(&command, "conseil-view-kill");
    pane.wait_for("verrouillé");
    pane.keys(&["Enter"]);
    pane.wait_for("Prochaine rencontre");
    let kill = Command::new("kill").args(["-9", &pane.pid()]).status().unwrap();
    assert!(kill.success());
    let deadline = Instant::now() + Duration::from_secs(5);
    while !pane.dead() {
        assert!(Instant::now() < deadline, "conseil view did not die");
        std::thread::sleep(Duration::from_millis(50));
    }
    // What is left: the sealed throwaway council, and no key of any kind.
    assert!(std::fs::read_dir(&tmp).unwrap().next().is_some(), "the view did use this temporary folder");
    let mut files = Vec::new();
    let mut stack = vec![tmp.clone()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            if e.path().is_dir() {
                stack.push(e.path());
            } else {
                files.push(e.path());
            }
        }
    }
    for f in &files {
        let bytes = std::fs::read(f).unwrap();
        let text = String::from_utf8_lossy(&bytes);
        assert!(!text.contains("AGE-SECRET-KEY"), "an identity was left in {}", f.display());
        assert!(!text.contains("Loutre"), "readable text left in {}", f.display());
    }
}

/// Whether a process is gone (or only a zombie waiting to be reaped).
fn gone(pid: &str) -> bool {
    std::fs::read_to_string(format!("/proc/{pid}/status")).map_or(true, |s| s.contains("zombie"))
}

/// Issue 12, blocker 2: closing the window (the whole tmux session goes)
/// with the UI open: conseil saves, releases the council and leaves within
/// two seconds; the council opens at once with the last word typed.
#[test]
fn closing_the_window_saves_releases_and_exits_within_two_seconds() {
    let (council, id) = council_with_a_meeting();
    let pane = Pane::start(&council, "conseil-close");
    pane.wait_for("Conseil verrouillé");
    pane.keys(&["Enter"]);
    pane.wait_for("Prochaine rencontre");
    pane.keys(&["2"]);
    pane.wait_for("Conseil de novembre");
    pane.keys(&["Enter"]);
    pane.wait_for("Ordre du jour");
    pane.keys(&["Enter"]);
    pane.wait_for("Notes — [Échap]");
    pane.type_text("Dernier mot tapé : hirondelle");
    pane.wait_for("hirondelle");
    let pid = pane.pid();
    let closed = Instant::now();
    tmux(&["kill-session", "-t", &pane.name]);
    while !gone(&pid) {
        assert!(
            closed.elapsed() < Duration::from_secs(2),
            "conseil still running {:?} after the window closed",
            closed.elapsed()
        );
        std::thread::sleep(Duration::from_millis(50));
    }
    // The council is free at once, and the last word is there.
    let notes = stored_notes(&council, id);
    assert!(notes.ends_with("hirondelle"), "{notes:?}");
}

/// How many times `needle` occurs in the writable memory of process `pid`
/// (its heap, stacks and anonymous mappings), read through `/proc/PID/mem`.
/// conseil makes itself non-dumpable, so only a process with
/// CAP_SYS_PTRACE may read it: these tests run as root (CI does).
fn occurrences_in_memory(pid: &str, needle: &[u8]) -> usize {
    use std::io::{Read, Seek, SeekFrom};
    assert!(
        rustix::process::geteuid().is_root(),
        "reading conseil's memory needs root (it makes itself non-dumpable); CI runs the tests as root"
    );
    let maps = std::fs::read_to_string(format!("/proc/{pid}/maps")).unwrap();
    let mut mem = std::fs::File::open(format!("/proc/{pid}/mem")).unwrap();
    let finder = memchr::memmem::Finder::new(needle);
    let mut found = 0;
    for line in maps.lines() {
        let mut fields = line.split_whitespace();
        let (Some(range), Some(perms)) = (fields.next(), fields.next()) else { continue };
        if !perms.starts_with("rw") {
            continue;
        }
        let Some((start, end)) = range.split_once('-') else { continue };
        let (start, end) = (u64::from_str_radix(start, 16).unwrap(), u64::from_str_radix(end, 16).unwrap());
        let mut region = vec![0u8; usize::try_from(end - start).unwrap()];
        // A mapping can go away between reading the map and reading it.
        if mem.seek(SeekFrom::Start(start)).is_ok() && mem.read_exact(&mut region).is_ok() {
            found += finder.find_iter(&region).count();
        }
    }
    found
}

/// Locking forgets everything decrypted — and the memory it was in: every
/// block is zeroed as it is freed, so text typed and shown before the lock
/// is nowhere in the process once the lock screen is up (it was there, so
/// the search can find it).
#[test]
fn locking_leaves_no_decrypted_text_in_the_process_memory() {
    // A record decrypted at unlock and shown (the meeting's title), and a
    // note typed in the UI.
    let council = UiCouncil::new();
    let title = "Rencontre des loutres grises du port";
    crate::common::add_meeting(council.store(), title);
    let pane = Pane::start(&council, "conseil-memory");
    pane.wait_for("Conseil verrouillé");
    pane.keys(&["Enter"]);
    pane.wait_for("Prochaine rencontre");
    pane.keys(&["2"]);
    pane.wait_for(title);
    pane.keys(&["Enter"]);
    pane.wait_for("Ordre du jour");
    pane.keys(&["Enter"]);
    pane.wait_for("Notes — [Échap]");
    let canary = "le hibou violet traverse la riviere a minuit";
    pane.type_text(canary);
    pane.wait_for("Enregistré à");
    let pid = pane.pid();
    let before = occurrences_in_memory(&pid, canary.as_bytes());
    assert!(before > 0, "the note typed is not found in memory while it is open: the search is broken");
    let title_before = occurrences_in_memory(&pid, title.as_bytes());
    assert!(title_before > 0, "the meeting's title is not found in memory while it is shown");
    pane.keys(&["Escape"]);
    pane.keys(&["C-l"]);
    pane.wait_for("Choisissez un code");
    pane.type_text("2718");
    pane.keys(&["Enter"]);
    pane.wait_for("Écran verrouillé");
    // The lock screen is drawn after the data is dropped; give it a frame.
    std::thread::sleep(Duration::from_millis(300));
    let after = occurrences_in_memory(&pid, canary.as_bytes());
    assert_eq!(after, 0, "{after} copies of the note left in memory after the lock (there were {before})");
    let title_after = occurrences_in_memory(&pid, title.as_bytes());
    assert_eq!(title_after, 0, "{title_after} copies of the title left after the lock (there were {title_before})");
}
