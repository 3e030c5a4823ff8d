//! The monthly meeting of `../shared/acceptance/monthly-meeting.md`, walked
//! in tmux by the real binary at 80×24: in French, then in English with
//! `NO_COLOR=1`. The step numbers of the scenario are the comments below.
//!
//! Every key pressed must be shown on the bottom lines at that moment
//! (paging with the visible « plus » key when needed): `press` fails
//! otherwise. Assertions read the screen as tmux shows it; at the end the
//! council is read back with the CLI. The scenario's texts (pseudonyms,
//! notes, titles) are the scenario's own, not taken from the code.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

fn tmux(args: &[&str]) -> Output {
    match Command::new("tmux").args(args).output() {
        Ok(out) => out,
        Err(e) => panic!("tmux is needed for the acceptance test (apt-get install tmux, see .ci/run): {e}"),
    }
}

/// The language of one walk, and the pair of texts to expect.
#[derive(Clone, Copy, PartialEq)]
enum Lang {
    Fr,
    En,
}

impl Lang {
    fn t<'a>(self, fr: &'a str, en: &'a str) -> &'a str {
        match self {
            Lang::Fr => fr,
            Lang::En => en,
        }
    }
}

/// One tmux session running conseil at 80×24, killed on drop.
struct Ui {
    name: String,
    lang: Lang,
}

impl Ui {
    fn start(db: &Path, lang: Lang, tag: &str) -> Self {
        let env = match lang {
            Lang::Fr => "LANG=fr_FR.UTF-8",
            Lang::En => "LANG=en_CA.UTF-8 NO_COLOR=1",
        };
        let command = format!(
            "exec env {env} CONSEIL_CONFIG=/nonexistent/config.toml {} --db {}",
            env!("CARGO_BIN_EXE_conseil"),
            db.display()
        );
        let name = format!("acceptance-{tag}-{}", std::process::id());
        let out = tmux(&["new-session", "-d", "-s", &name, "-x", "80", "-y", "24", &command]);
        assert!(out.status.success(), "tmux new-session: {}", String::from_utf8_lossy(&out.stderr));
        tmux(&["set-option", "-t", &name, "remain-on-exit", "on"]);
        Self { name, lang }
    }

    fn t<'a>(&self, fr: &'a str, en: &'a str) -> &'a str {
        self.lang.t(fr, en)
    }

    /// The visible screen.
    fn screen(&self) -> String {
        String::from_utf8_lossy(&tmux(&["capture-pane", "-p", "-t", &self.name]).stdout).into_owned()
    }

    /// The bottom two lines: the key hints.
    fn hints(&self) -> String {
        let screen = self.screen();
        let lines: Vec<&str> = screen.lines().collect();
        lines[lines.len().saturating_sub(2)..].join("\n")
    }

    fn wait_for(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if screen.contains(text) {
                return screen;
            }
            assert!(Instant::now() < deadline, "waited for {text:?}; screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Waits until `ok` holds for the screen.
    fn wait_until(&self, what: &str, ok: impl Fn(&str) -> bool) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if ok(&screen) {
                return screen;
            }
            assert!(Instant::now() < deadline, "waited for {what}; screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn wait_gone(&self, text: &str) -> String {
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            let screen = self.screen();
            if !screen.contains(text) {
                return screen;
            }
            assert!(Instant::now() < deadline, "waited for {text:?} to go; screen:\n{screen}");
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Presses the key shown as `label` (« Entrée », « n », « Ctrl-R »,
    /// « ↓ »…), after checking the hint lines show it; pages through the
    /// hints with the « plus » key when it is on a later page.
    fn press(&self, label: &str) {
        // The screen may not be redrawn yet after the previous key: give it
        // a moment before paging through the hints.
        let deadline = Instant::now() + Duration::from_millis(1500);
        while !shown(&self.hints(), label) && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(50));
        }
        for _ in 0..6 {
            let hints = self.hints();
            if shown(&hints, label) {
                self.send(label);
                std::thread::sleep(Duration::from_millis(120));
                return;
            }
            let more = ["+", "F2"].into_iter().find(|k| shown(&hints, k));
            match more {
                Some(more) => {
                    self.send(more);
                    std::thread::sleep(Duration::from_millis(120));
                }
                None => break,
            }
        }
        panic!("the key [{label}] is not shown on the hint lines; screen:\n{}", self.screen());
    }

    /// Presses `label` `n` times.
    fn press_n(&self, label: &str, n: usize) {
        for _ in 0..n {
            self.press(label);
        }
    }

    fn send(&self, label: &str) {
        let key = match label {
            "Entrée" | "Enter" => "Enter",
            "Échap" | "Esc" => "Escape",
            "Tab" => "Tab",
            "Maj-Tab" | "Shift-Tab" => "BTab",
            "↑" => "Up",
            "↓" => "Down",
            "←" => "Left",
            "→" => "Right",
            "Espace" | "Space" => "Space",
            "PgSuiv" | "PgDn" => "NPage",
            "PgPréc" | "PgUp" => "PPage",
            "F2" => "F2",
            ctrl if ctrl.starts_with("Ctrl-") => {
                let c = ctrl.trim_start_matches("Ctrl-").to_lowercase();
                tmux(&["send-keys", "-t", &self.name, &format!("C-{c}")]);
                return;
            }
            literal => {
                tmux(&["send-keys", "-t", &self.name, "-l", literal]);
                return;
            }
        };
        tmux(&["send-keys", "-t", &self.name, key]);
    }

    /// Types text into the focused field (as typing, not as a paste).
    fn type_text(&self, text: &str) {
        tmux(&["send-keys", "-t", &self.name, "-l", text]);
        std::thread::sleep(Duration::from_millis(150));
    }

    /// Unlocks by typing the identity file's path in the unlock screen's
    /// second field.
    fn unlock_with_file(&self, key: &Path) {
        self.wait_for(self.t("Conseil verrouillé", "Council locked"));
        self.press("↓");
        self.type_text(&key.display().to_string());
        self.press(self.t("Entrée", "Enter"));
        self.wait_for(self.t("Accueil", "Home"));
    }

    /// Moves the cursor with ↓ / ↑ until the row `text` is selected (▶).
    fn select(&self, text: &str) {
        let selected = |s: &str| s.lines().any(|l| l.contains(&format!("▶ {text}")));
        for key in ["↓", "↑"] {
            for _ in 0..12 {
                if selected(&self.screen()) {
                    return;
                }
                self.press(key);
            }
        }
        assert!(selected(&self.screen()), "could not select {text:?}:\n{}", self.screen());
    }

    fn pid(&self) -> u32 {
        let out = tmux(&["display-message", "-p", "-t", &self.name, "#{pane_pid}"]);
        String::from_utf8_lossy(&out.stdout).trim().parse().unwrap_or(0)
    }

    fn dead(&self) -> bool {
        let out = tmux(&["display-message", "-p", "-t", &self.name, "#{pane_dead}"]);
        String::from_utf8_lossy(&out.stdout).trim() == "1"
    }

    fn kill(&self) {
        tmux(&["kill-session", "-t", &self.name]);
    }
}

impl Drop for Ui {
    fn drop(&mut self) {
        self.kill();
    }
}

/// Whether a `[…]` group of `hints` offers the key `label`: "[n] Nouveau",
/// "[o/y] Oui", "[↑↓] Choisir", "[1–8] Écrans", "[Espace/Ctrl-T] Cocher".
fn shown(hints: &str, label: &str) -> bool {
    hints.split('[').skip(1).filter_map(|rest| rest.split_once(']').map(|(keys, _)| keys)).any(|keys| {
        keys == label
            || keys.split('/').any(|token| {
                token == label
                    || (!token.is_empty() && token.chars().all(|c| "↑↓←→".contains(c)) && token.contains(label))
                    || digits_range(token, label)
            })
    })
}

/// "1–8" offers "5".
fn digits_range(token: &str, label: &str) -> bool {
    let Some((a, b)) = token.split_once('–') else { return false };
    match (a.parse::<u32>(), b.parse::<u32>(), label.parse::<u32>()) {
        (Ok(a), Ok(b), Ok(k)) => a <= k && k <= b,
        _ => false,
    }
}

fn conseil(db: &Path, key: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_conseil"))
        .env("LANG", "fr_FR.UTF-8")
        .env("CONSEIL_CONFIG", "/nonexistent/config.toml")
        .arg("--db")
        .arg(db)
        .arg("-i")
        .arg(key)
        .args(args)
        .output()
        .unwrap()
}

/// A council made as the scenario says: `conseil keygen`, `conseil init`.
fn new_council(dir: &Path) -> (PathBuf, PathBuf) {
    let key = dir.join("identite.txt");
    let db = dir.join("conseil");
    let out = Command::new(env!("CARGO_BIN_EXE_conseil")).args(["keygen", "-o"]).arg(&key).output().unwrap();
    assert!(out.status.success(), "keygen: {}", String::from_utf8_lossy(&out.stderr));
    let out = Command::new(env!("CARGO_BIN_EXE_conseil"))
        .arg("--db")
        .arg(&db)
        .args(["init", "--name", "Conseil des pairs", "-r"])
        .arg(&key)
        .output()
        .unwrap();
    assert!(out.status.success(), "init: {}", String::from_utf8_lossy(&out.stderr));
    (db, key)
}

const MEMBERS: [&str; 7] = ["Mésange", "Loutre", "Bouleau", "Héron", "Castor", "Saule", "Colibri"];

fn walk(lang: Lang) {
    let dir = tempfile::tempdir().unwrap();
    let (db, key) = new_council(dir.path());
    let tag = lang.t("fr", "en");
    let ui = Ui::start(&db, lang, tag);
    let t = |fr: &'static str, en: &'static str| lang.t(fr, en);
    let enter = t("Entrée", "Enter");
    let esc = t("Échap", "Esc");
    let space = t("Espace", "Space");

    // 1. Unlock with the identity file: its path typed in the second field.
    ui.unlock_with_file(&key);

    // 2. The working group, then the members; Loutre joins the group.
    ui.press("5");
    ui.press("Tab");
    ui.press("n");
    ui.type_text("Prise de parole");
    ui.press("Tab");
    ui.press("Tab");
    ui.type_text("trimestrielle");
    ui.press(enter);
    ui.wait_for("trimestrielle");
    ui.press("Tab");
    for m in MEMBERS {
        ui.press("n");
        ui.type_text(m);
        ui.press(enter);
        // The new member is the one selected.
        ui.wait_for(&format!("▶ {m}"));
    }
    ui.select("Loutre");
    ui.press("r");
    ui.press("Tab");
    ui.press("Tab");
    ui.press(space);
    ui.press(enter);
    ui.wait_until("Loutre in the group", |s| {
        s.lines().any(|l| l.contains("▶ Loutre") && l.contains("Prise de parole"))
    });

    // 3. November's agenda, four time-slotted items; then December from it.
    ui.press("2");
    ui.press("n");
    ui.type_text("2026-11-05");
    ui.wait_for(t("Conseil de novembre 2026", "Council meeting, November 2026"));
    ui.press(enter);
    ui.wait_for(t("Aucun point", "No items"));
    let items = [
        ("9h00-9h15", 1, "Accueil"),
        ("9h15-10h30", 2, "Tour de table"),
        ("10h30-10h45", 5, "Pause"),
        ("10h45-12h00", 3, "Plénière"),
    ];
    for (slot, kind, title) in items {
        ui.press("a");
        ui.type_text(slot);
        ui.press("Tab");
        ui.press_n("→", kind);
        ui.press("Tab");
        ui.type_text(title);
        ui.press(enter);
        ui.wait_for(&format!("▶ {}", ui.t(&slot.replace('-', "–"), &slot.replace('-', "–").replace('h', ":"))));
    }
    ui.press(esc);
    ui.press("n");
    ui.type_text("2026-12-03");
    // The title follows the typed date; nothing of an old title is left.
    let screen = ui.wait_for(t("Conseil de décembre 2026", "Council meeting, December 2026"));
    let in_form = |l: &&str| l.starts_with("│ │");
    assert!(!screen.lines().filter(in_form).any(|l| l.contains(t("novembre", "November"))), "{screen}");
    ui.press(enter);
    let screen = ui.wait_for("Tour de table");
    assert!(screen.contains("Plénière") && screen.contains("Pause"), "the agenda came from November:\n{screen}");

    // 4. Attendance: every member but Bouleau (first in the list), 2 guests.
    ui.press("p");
    ui.press("↓");
    for _ in 0..6 {
        ui.press(space);
        ui.press("↓");
    }
    ui.press_n("→", 2);
    ui.press(enter);
    ui.wait_for(t("6 membres et 2 personnes invitées", "6 members and 2 guests"));

    // 5. The round table really started at 9h25: typed, and the overrun shown.
    ui.select(t("9h15–10h30 Tour de table", "9:15–10:30 Tour de table"));
    ui.press("s");
    ui.press("Ctrl-U");
    ui.type_text(t("9h25", "9:25"));
    ui.press(enter);
    ui.wait_for("+10 min");

    // 6. Notes with a name and a phone number typed by mistake: both shown
    //    at once with what they are; each replaced in one action; the
    //    cursor stays where the typing was.
    ui.press(enter);
    ui.type_text("Tour rapide. Ginette Lapointe a appelé au 514-555-0199");
    let screen = ui.wait_for("[Ctrl-R]");
    assert!(screen.contains(t("nom de personne", "person")), "{screen}");
    assert!(screen.contains(t("téléphone", "phone")), "{screen}");
    ui.press("Ctrl-R");
    ui.wait_for(t("1 donnée identifiante", "1 identifying item"));
    ui.press("Ctrl-R");
    ui.wait_gone("Ginette");
    ui.type_text(" hier");
    ui.press(esc);
    let notes = t(
        "Tour rapide. [nom retiré] a appelé au [téléphone retiré] hier",
        "Tour rapide. [name removed] a appelé au [phone removed] hier",
    );

    // 7. A question raised in the plenary.
    ui.select(t("10h45–12h00 Plénière", "10:45–12:00 Plénière"));
    ui.press("i");
    ui.type_text("Comment joindre les personnes sans téléphone ?");
    ui.press(enter);
    ui.wait_for("Comment joindre");

    // 8. A decision by consensus; a second one saved without its outcome,
    //    then corrected to a vote: 8 votes for six present is refused and
    //    said, 5-1-0 fits.
    ui.press("d");
    ui.type_text("Adopter la charte d'accueil");
    ui.press("Tab");
    ui.press("→");
    ui.press(enter);
    ui.wait_for("Adopter la charte");
    ui.press("d");
    ui.type_text("Financer deux places au colloque");
    ui.press(enter);
    ui.wait_for("Financer deux places");
    ui.press("Tab");
    ui.select(t("✔ Décision : Financer", "✔ Decision: Financer"));
    ui.press(enter);
    ui.press("Tab");
    ui.press_n("→", 2);
    ui.press("Tab");
    ui.type_text("8,0,0");
    ui.press(enter);
    ui.wait_for(t("⚠ Votes", "⚠ Votes"));
    ui.press("Ctrl-U");
    ui.type_text("5,1,0");
    ui.press(enter);
    ui.wait_for(t("pour 5, contre 1", "for 5, against 1"));

    // 9. An action saved without anyone to carry it, then corrected:
    //    Loutre, the group, a due date in January.
    ui.press("t");
    ui.type_text("Écrire au CLSM");
    ui.press(enter);
    ui.wait_for("Écrire au CLSM");
    ui.select(t("→ Action : Écrire au CLSM", "→ Action: Écrire au CLSM"));
    ui.press(enter);
    ui.press("Tab");
    ui.press("Tab");
    ui.press_n("→", 4);
    ui.press(space);
    ui.press("Tab");
    ui.type_text("2027-01-15");
    ui.press(enter);
    ui.wait_for("Loutre");

    // 10. A long third decision: everything of the plenary stays readable,
    //     scrolling when needed, nothing cut without a sign.
    let long = "Demander à la direction que chaque comité consultatif réserve au moins deux sièges aux \
                personnes ayant une expérience vécue, avec une compensation financière pour leur temps, \
                un accompagnement avant chaque rencontre et un retour écrit sur ce qui a été fait de \
                leurs avis dans les trois mois suivant la rencontre.";
    assert!(long.chars().count() >= 300, "{}", long.chars().count());
    ui.press("d");
    ui.type_text(long);
    ui.press("Tab");
    ui.press("→");
    ui.press(enter);
    ui.wait_for("Demander à la direction");
    // What is above is signalled with its key; going up the lines shows
    // every one of them.
    let mut seen = ui.wait_for(t("plus haut — [PgPréc]", "above — [PgUp]"));
    ui.press(t("PgPréc", "PgUp"));
    seen.push_str(&ui.screen());
    for key in ["↑", "↓"] {
        for _ in 0..6 {
            ui.press(key);
            seen.push_str(&ui.screen());
        }
    }
    for words in ["Comment joindre", "Adopter la charte", "Financer deux places", "Écrire au CLSM", "trois mois"] {
        assert!(seen.contains(words), "{words:?} never shown:\n{seen}");
    }

    // 11. Lock while typing a question; the unlock asks for a code chosen
    //     at the first lock; back where she was, with what she typed.
    ui.press("i");
    ui.type_text("Qui contacte le CLSM");
    ui.press("Ctrl-L");
    ui.wait_for(t("Choisissez un code", "Choose a code"));
    ui.type_text("2718");
    ui.press(enter);
    ui.wait_for(t("Écran verrouillé", "Screen locked"));
    let locked = ui.screen();
    assert!(!locked.contains("Qui contacte"), "nothing decrypted on the lock screen:\n{locked}");
    ui.press(enter);
    ui.wait_for(t("Tapez le code", "Type the code"));
    ui.type_text("2718");
    ui.press(enter);
    ui.wait_for("Qui contacte le CLSM");
    ui.press(enter);
    ui.wait_gone(t("Question soulevée", "Question raised"));

    // 12. Pause moved before the round table by mistake, then put back;
    //     the screen says when time slots are out of order.
    ui.press("Tab");
    ui.select(t("10h30–10h45 Pause", "10:30–10:45 Pause"));
    ui.press("K");
    ui.wait_for(t("dans le désordre", "out of order"));
    ui.press("J");
    ui.wait_gone(t("dans le désordre", "out of order"));

    // 13. Adoption; afterwards only what adopted minutes allow; a note
    //     cannot be changed but an amendment can be added, in the UI.
    ui.press("A");
    ui.wait_for(t("Adopter", "Adopt"));
    ui.press("o");
    ui.wait_for(t("[adopté le", "[adopted on"));
    let hints = ui.hints();
    for key in ["i", "d", "t", "a", "x"] {
        assert!(!shown(&hints, key), "[{key}] offered on adopted minutes:\n{hints}");
    }
    ui.press(enter);
    ui.wait_for(t("[m]", "[m]"));
    ui.press("m");
    ui.type_text("Le vote portait sur deux places, pas trois.");
    ui.press(enter);
    ui.wait_for("deux places, pas trois");

    // 14. The task on the board: who, group, due date, origin, comments,
    //     history; moved to « en cours » with the selection on it; a
    //     comment added and read back.
    ui.press(esc);
    ui.press("3");
    ui.wait_for("Écrire au CLSM");
    ui.press(enter);
    let detail = ui.wait_for("Loutre");
    for words in
        ["Prise de parole", "2027", "Plénière", t("Conseil de décembre 2026", "Council meeting, December 2026")]
    {
        assert!(detail.contains(words), "{words:?} not in the task's detail:\n{detail}");
    }
    ui.press(">");
    ui.wait_for(t("à faire → en cours", "to do → doing"));
    ui.press("c");
    ui.type_text("Brouillon envoyé à Héron");
    ui.press(enter);
    let detail = ui.wait_for("Brouillon envoyé à Héron");
    assert!(detail.contains("Écrire au CLSM"), "{detail}");
    ui.press(esc);

    // 15. Two contributions; Mésange's consent changed (dated); Loutre's
    //     withdrawn after confirming.
    ui.press("4");
    for (author, consent, text) in [
        ("Mésange", 2, "Être écoutée sans être jugée m'a permis de revenir aux rencontres."),
        ("Loutre", 0, "Les délais d'attente m'ont fait renoncer deux fois."),
    ] {
        ui.press("n");
        let at = MEMBERS_SORTED.iter().position(|m| *m == author).unwrap() + 1;
        ui.press_n("→", at);
        ui.press("Tab");
        ui.press("Tab");
        ui.press_n("→", consent);
        ui.press("Tab");
        ui.type_text(text);
        ui.press(enter);
        ui.wait_for(&text[..20]);
    }
    ui.select(t("[citation]", "[quote]"));
    ui.press("o");
    ui.press("←");
    ui.press(enter);
    ui.wait_for(t("[reformulation]", "[paraphrase]"));
    ui.wait_for("2026");
    ui.select(t("[conseil seulement]", "[council only]"));
    ui.press("w");
    ui.press("o");
    ui.wait_for(t("retiré", "withdrawn"));

    // 16. An advocacy draft from the contributions, exported as HTML: the
    //     file ends in .html, its full path is shown, the report is
    //     correct French.
    ui.press("6");
    ui.press("n");
    ui.type_text("Être écouté·es");
    ui.press(enter);
    ui.wait_for("Être écouté·es");
    ui.press(enter);
    ui.press("s");
    ui.type_text("Ce que nous avons entendu");
    ui.press("Tab");
    ui.type_text("Les membres demandent un accueil sans jugement.");
    ui.press("Tab");
    ui.press(space);
    ui.press(enter);
    ui.wait_for("Ce que nous avons entendu");
    ui.press("x");
    ui.press("→");
    ui.press("Tab");
    ui.press("Ctrl-U");
    let file = dir.path().join("plaidoyer.html");
    ui.type_text(&file.display().to_string());
    ui.press(enter);
    let review = ui.wait_for(".html");
    assert!(!review.contains("1 citations") && !review.contains("1 reformulations"), "{review}");
    ui.press(enter);
    ui.wait_for(&file.display().to_string());
    assert!(file.exists(), "the export was written");

    // 17. Search: each result says what it is and where, with the words.
    ui.press("/");
    ui.type_text("clsm");
    let found = ui.wait_for(t("Tâche", "Task"));
    assert!(found.contains("CLSM"), "{found}");
    ui.press("Ctrl-U");
    ui.type_text("reunion");
    ui.wait_for(t("résultat", "result"));
    ui.press(esc);

    // 18. Quit; then, reopened, close the window with the UI open: the
    //     process is gone within 2 s, the last word typed is saved, and the
    //     council opens again at once.
    ui.press("q");
    let deadline = Instant::now() + Duration::from_secs(5);
    while !ui.dead() {
        assert!(Instant::now() < deadline, "quit did not end the program");
        std::thread::sleep(Duration::from_millis(50));
    }
    drop(ui);
    // The round table's notes as saved: both items replaced, the word
    // typed after the replacements where the cursor was.
    assert_eq!(notes_of(&db, &key, "2026-12-03", 1), notes);

    let ui = Ui::start(&db, lang, &format!("{tag}-2"));
    ui.unlock_with_file(&key);
    ui.press("2");
    ui.select(t("2026-11-05", "2026-11-05"));
    ui.press(enter);
    ui.press(enter);
    ui.type_text("dernier");
    std::thread::sleep(Duration::from_millis(200));
    let pid = ui.pid();
    let closed = Instant::now();
    ui.kill();
    while std::path::Path::new(&format!("/proc/{pid}")).exists() {
        assert!(closed.elapsed() < Duration::from_secs(2), "conseil still runs 2 s after its window closed");
        std::thread::sleep(Duration::from_millis(20));
    }
    let check = conseil(&db, &key, &["check"]);
    assert!(check.status.success(), "the council opens at once: {}", String::from_utf8_lossy(&check.stdout));
    assert!(notes_of(&db, &key, "2026-11-05", 0).ends_with("dernier"), "the last word typed is saved");
}

/// The notes of item `item` of the meeting held on `date`, read back with
/// the CLI.
fn notes_of(db: &Path, key: &Path, date: &str, item: usize) -> String {
    let out = conseil(db, key, &["meeting", "list", "--json"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let all: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let meeting = all.as_array().unwrap().iter().find(|m| m["date"] == date).unwrap();
    meeting["agenda"][item]["notes"].as_str().unwrap_or_default().to_string()
}

/// The members as the UI lists them (alphabetical).
const MEMBERS_SORTED: [&str; 7] = ["Bouleau", "Castor", "Colibri", "Héron", "Loutre", "Mésange", "Saule"];

#[test]
fn the_monthly_meeting_in_french() {
    walk(Lang::Fr);
}

#[test]
fn the_monthly_meeting_in_english_without_colour() {
    walk(Lang::En);
}
