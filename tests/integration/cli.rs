//! Command-line scenarios, end to end through the real binary, in French
//! (the default) and in English.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;

/// A folder with a council and an identity made by the CLI itself.
struct Cli {
    dir: tempfile::TempDir,
}

impl Cli {
    fn new() -> Self {
        let cli = Self { dir: tempfile::tempdir().unwrap() };
        cli.raw().args(["keygen", "-o"]).arg(cli.key()).assert().success();
        cli.raw()
            .args(["init", "--name", "Conseil d'essai", "--recipient"])
            .arg(cli.key())
            .assert()
            .success()
            .stdout(predicate::str::contains("Conseil créé"));
        cli
    }

    fn db(&self) -> PathBuf {
        self.dir.path().join("council")
    }

    fn key(&self) -> PathBuf {
        self.dir.path().join("key.txt")
    }

    /// The binary with a clean, French environment and `--db`.
    fn raw(&self) -> Command {
        let mut cmd = Command::cargo_bin("conseil").unwrap();
        cmd.env_remove("CONSEIL_IDENTITY")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", "fr_FR.UTF-8")
            .arg("--db")
            .arg(self.db());
        cmd
    }

    /// The binary unlocked with the identity.
    fn run(&self) -> Command {
        let mut cmd = self.raw();
        cmd.arg("-i").arg(self.key());
        cmd
    }

    fn json(&self, args: &[&str]) -> Value {
        let out = self.run().args(args).arg("--json").assert().success().get_output().stdout.clone();
        serde_json::from_slice(&out).unwrap()
    }

    fn id(&self, args: &[&str]) -> String {
        self.json(args)["id"].as_str().unwrap().to_string()
    }

    /// A meeting of March with one round-table item; its id.
    fn meeting_with_a_round_table(&self) -> String {
        let m = self.id(&["meeting", "add", "--date", "2026-03-12", "--title", "Conseil de mars"]);
        self.run()
            .args([
                "meeting",
                "item",
                &m,
                "--slot",
                "9h15-10h30",
                "--kind",
                "tour-de-table",
                "--title",
                "Tour de table",
            ])
            .assert()
            .success();
        m
    }
}

fn mode(p: &Path) -> u32 {
    use std::os::unix::fs::PermissionsExt;
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn a_monthly_meeting_from_agenda_to_amended_minutes() {
    let cli = Cli::new();
    assert_eq!(mode(&cli.key()), 0o600);
    cli.run().args(["group", "add", "Communication"]).assert().success();
    cli.run().args(["member", "add", "Colibri", "--group", "communication"]).assert().success();
    let m = cli.id(&["meeting", "add", "--date", "2026-03-12", "--title", "Conseil de mars"]);
    cli.run()
        .args(["meeting", "item", &m, "--slot", "9h15-10h30", "--kind", "tour-de-table", "--title", "Tour de table"])
        .assert()
        .success();
    cli.run()
        .args(["meeting", "notes", &m, "--item", "1", "--text", "-"])
        .write_stdin("Nouvelles de chacun·e\nDeuxième ligne\n")
        .assert()
        .success();
    // Not ready: nobody present. The gaps are named, nothing is adopted.
    cli.run()
        .args(["meeting", "adopt", &m])
        .assert()
        .code(1)
        .stdout(predicate::str::contains("Personne n'est noté·e présent·e."))
        .stderr(predicate::str::contains("pas prêt"));
    cli.run().args(["meeting", "attend", &m, "--member", "Colibri", "--guests", "2"]).assert().success();
    // One member present: a vote of eleven does not fit, and says so.
    cli.run()
        .args(["meeting", "decide", &m, "--item", "1", "--text", "Écrire au CLSM", "--votes", "8,1,2"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("11 voix, mais 1 seul membre est noté·e présent·e"));
    cli.run()
        .args(["meeting", "decide", &m, "--item", "1", "--text", "Écrire au CLSM", "--votes", "1,0,0"])
        .assert()
        .success();
    cli.run()
        .args(["meeting", "action", "add", &m, "--item", "1", "--title", "Préparer le courrier"])
        .args(["--group", "Communication", "--assignee", "colibri", "--due", "2026-04-01"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Tâche ajoutée"));
    cli.run().args(["meeting", "adopt", &m, "--on", "2026-04-09"]).assert().success();
    // Adopted minutes are read-only…
    cli.run()
        .args(["meeting", "notes", &m, "--item", "1", "--text", "réécriture"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("adopté").and(predicate::str::contains("amendement")));
    // …but take dated amendments.
    cli.run().args(["meeting", "amend", &m, "--text", "Coquille au point 1"]).assert().success();
    cli.run().args(["meeting", "show", &m]).assert().success().stdout(
        predicate::str::contains("9h15–10h30")
            .and(predicate::str::contains("Nouvelles de chacun·e"))
            .and(predicate::str::contains("pour 1, contre 0, abstention 0"))
            .and(predicate::str::contains("Présent·es : Colibri"))
            .and(predicate::str::contains("Amendement du")),
    );
    let shown = cli.json(&["meeting", "show", &m]);
    assert_eq!(shown["status"]["adopted"], "2026-04-09");
    assert_eq!(shown["agenda"][0]["notes"], "Nouvelles de chacun·e\nDeuxième ligne");

    // Next month from the previous agenda: same items, nothing recorded.
    let april = cli.json(&["meeting", "add", "--date", "2026-04-09", "--title", "Avril", "--from", "previous"]);
    assert_eq!(april["agenda"][0]["title"], "Tour de table");
    assert_eq!(april["agenda"][0]["notes"], "");

    // The action item became a task, which members move along.
    let tasks = cli.json(&["task", "list"]);
    assert_eq!(tasks.as_array().unwrap().len(), 1);
    assert_eq!(tasks[0]["origin"]["meeting"], Value::String(m.clone()));
    let task = tasks[0]["id"].as_str().unwrap();
    cli.run()
        .args(["task", "update", &task[..6], "--status", "en-cours", "--comment", "-"])
        .write_stdin("Brouillon prêt")
        .assert()
        .success();
    let t = cli.json(&["task", "show", task]);
    assert_eq!(t["status"], "doing");
    assert_eq!(t["history"].as_array().unwrap().len(), 2);
    cli.run().args(["check"]).assert().success().stdout(predicate::str::contains("Tout est lisible"));
}

#[test]
fn contributions_keep_consent_and_its_withdrawal() {
    let cli = Cli::new();
    cli.run().args(["member", "add", "Héron"]).assert().success();
    let c = cli.json(&[
        "contribution",
        "add",
        "--author",
        "Héron",
        "--kind",
        "témoignage",
        "--consent",
        "citation",
        "--text",
        "Le rétablissement, c'est reprendre du pouvoir sur sa vie.",
        "--theme",
        "rétablissement",
    ]);
    assert_eq!(c["consent"]["level"], "quote");
    let id = c["id"].as_str().unwrap();
    cli.run().args(["contribution", "update", id, "--withdraw"]).assert().success();
    cli.run()
        .args(["contribution", "list", "--theme", "Rétablissement"])
        .assert()
        .success()
        .stdout(predicate::str::contains("[retirée]"));
    let listed = cli.json(&["contribution", "list"]);
    assert!(listed[0]["consent"]["withdrawn_on"].is_string());
}

#[test]
fn a_change_of_consent_is_dated_in_the_history_in_both_languages() {
    let cli = Cli::new();
    cli.run().args(["member", "add", "Mésange"]).assert().success();
    let add = ["contribution", "add", "--author", "Mésange", "--kind", "citation", "--consent", "citation"];
    let c = cli.json(&[&add[..], &["--text", "Qu'on me demande mon avis, enfin."]].concat());
    let id = c["id"].as_str().unwrap();
    let given_on = c["consent"]["given_on"].as_str().unwrap().to_string();
    // Before it was given: refused, nothing written.
    cli.run()
        .args(["contribution", "consent", id, "--level", "paraphrase", "--on", "2000-01-01"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Les dates du consentement ne se suivent pas"));
    // A day chosen far ahead so that it always follows the day it was given.
    cli.run()
        .args(["contribution", "consent", id, "--level", "reformulation", "--on", "2099-12-03"])
        .assert()
        .success()
        .stdout(
            predicate::str::contains("[reformulation]")
                .and(predicate::str::contains("consentement changé le 3 décembre 2099 : citation → reformulation")),
        );
    cli.run()
        .args(["--lang", "en", "contribution", "show", id])
        .assert()
        .success()
        .stdout(predicate::str::contains("consent changed on December 3, 2099: quote → paraphrase"));
    let shown = cli.json(&["contribution", "show", id]);
    assert_eq!(shown["consent"]["level"], "paraphrase");
    assert_eq!(shown["consent"]["given_on"], given_on.as_str(), "still the day it was first given");
    assert_eq!(
        shown["consent_history"],
        serde_json::json!([{"on": "2099-12-03", "from": "quote", "to": "paraphrase"}])
    );
    // The same level again changes nothing; `update --consent` goes through the history too.
    cli.run().args(["contribution", "consent", id, "--level", "paraphrase"]).assert().success();
    cli.run().args(["contribution", "update", id, "--consent", "paraphrase"]).assert().failure();
    cli.run()
        .args(["contribution", "update", id, "--consent", "conseil"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Les dates du consentement ne se suivent pas"));
    cli.run().args(["check"]).assert().success();
    assert_eq!(cli.json(&["contribution", "show", id])["consent_history"].as_array().unwrap().len(), 1);
}

#[test]
fn identifying_and_duplicate_pseudonyms_are_refused() {
    let cli = Cli::new();
    cli.run()
        .args(["member", "add", "marie.dupont@exemple.fr"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("adresse courriel").and(predicate::str::contains("Que faire")));
    cli.run().args(["member", "add", "Saule"]).assert().success();
    cli.run().args(["member", "add", "saule"]).assert().code(1).stderr(predicate::str::contains("déjà pris"));
    cli.run().args(["member", "add", "06 12 34 56 78"]).assert().code(1).stderr(predicate::str::contains("numéro"));
    let members = cli.json(&["member", "list"]);
    assert_eq!(members.as_array().unwrap().len(), 1);
}

#[test]
fn real_given_names_and_surnames_are_refused_as_pseudonyms_in_any_case() {
    // Names chosen here (not from the lexicons' sources): given names and
    // surnames common in Québec and France, lower-case and accented.
    let cli = Cli::new();
    for name in ["Mohamed", "julie", "Kéven", "Lapointe", "FATIMA", "sophie", "Nguyen"] {
        cli.run().args(["member", "add", name]).assert().code(1);
    }
    // Animal and plant pseudonyms, as the councils use, are taken.
    for name in ["Mésange", "Bouleau", "Castor"] {
        cli.run().args(["member", "add", name]).assert().success();
    }
}

#[test]
fn a_meeting_nobody_was_marked_at_says_so() {
    let cli = Cli::new();
    let m = cli.id(&["meeting", "add", "--date", "2026-12-03", "--title", "Conseil de décembre"]);
    cli.run()
        .args(["meeting", "show", &m])
        .assert()
        .success()
        .stdout(predicate::str::contains("Personne n'est noté·e présent·e ; aucune personne invitée"));
    cli.run()
        .args(["--lang", "en", "meeting", "show", &m])
        .assert()
        .success()
        .stdout(predicate::str::contains("Nobody marked present; no guests"));
}

#[test]
fn look_alike_pseudonyms_are_the_same_pseudonym() {
    let cli = Cli::new();
    // Decomposed accents are kept composed; invisible characters go.
    cli.run().args(["member", "add", "Me\u{301}sange"]).assert().success();
    cli.run().args(["member", "add", "Lou\u{200b}tre\u{202e}"]).assert().success();
    let members = cli.json(&["member", "list"]);
    let mut names: Vec<&str> = members.as_array().unwrap().iter().map(|m| m["pseudonym"].as_str().unwrap()).collect();
    names.sort();
    assert_eq!(names, ["Loutre", "Mésange"]);
    for look_alike in ["Mésange", "MÉSANGE", "Loutre\u{200d}", "\u{2066}loutre\u{2069}"] {
        cli.run().args(["member", "add", look_alike]).assert().code(1).stderr(predicate::str::contains("déjà pris"));
    }
    cli.run().args(["member", "add", "Héron"]).assert().success();
    cli.run()
        .args(["member", "update", "Héron", "--pseudonym", "Me\u{301}sange\u{200b}"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("déjà pris"));
    // Found by any of its spellings.
    cli.run().args(["member", "show", "He\u{301}ron"]).assert().success();
}

#[test]
fn bad_input_gets_a_clear_error_in_french() {
    let cli = Cli::new();
    let m = cli.id(&["meeting", "add", "--date", "2026-03-12", "--title", "Mars"]);
    cli.run()
        .args(["meeting", "item", &m, "--slot", "10h30-9h15", "--title", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("finit avant de commencer"));
    cli.run()
        .args(["meeting", "add", "--date", "12/03/2026", "--title", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("2026-03-12"));
    cli.run()
        .args(["meeting", "decide", &m, "--item", "3", "--text", "x", "--consensus"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Ce point n'existe pas"));
    cli.run().args(["keygen", "-o"]).arg(cli.key()).assert().code(1).stderr(predicate::str::contains("existe déjà"));
    Command::cargo_bin("conseil")
        .unwrap()
        .env("LANG", "fr_FR.UTF-8")
        .args(["--db"])
        .arg(cli.dir.path().join("absent"))
        .args(["init"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("au moins une clé"));
}

#[test]
fn wrong_identity_and_missing_council_are_explained() {
    let cli = Cli::new();
    let other = cli.dir.path().join("other.txt");
    cli.raw().args(["keygen", "-o"]).arg(&other).assert().success();
    cli.raw()
        .arg("-i")
        .arg(&other)
        .args(["member", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("n'ouvre pas ce conseil").and(predicate::str::contains("Que faire")));
    Command::cargo_bin("conseil")
        .unwrap()
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(cli.dir.path().join("absent"))
        .arg("-i")
        .arg(cli.key())
        .args(["check"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Il n'y a pas de conseil"));
    assert!(!cli.dir.path().join("absent").exists());
}

#[test]
fn a_damaged_record_is_named_by_check() {
    let cli = Cli::new();
    cli.run().args(["group", "add", "Communication"]).assert().success();
    let id = cli.id(&["task", "add", "--group", "Communication", "--title", "Relire l'affiche"]);
    {
        let db = crate::common::raw_open(&cli.db());
        let tree = db.open_tree("tasks").unwrap();
        let key = id.parse::<conseil::domain::RecordId>().unwrap();
        let mut v = tree.get(key.as_bytes()).unwrap().unwrap().to_vec();
        v[40] ^= 0xff;
        tree.insert(key.as_bytes(), v).unwrap();
        db.flush().unwrap();
    }
    cli.run()
        .args(["check"])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(format!("Fiche abîmée : tasks / {id}")))
        .stdout(predicate::str::contains("Groupes de travail : 1"))
        .stderr(predicate::str::contains("Une fiche est abîmée"));
}

#[test]
fn a_council_in_use_is_reported_as_locked() {
    let cli = Cli::new();
    let keys = conseil::storage::keyfile::read(&cli.key()).unwrap();
    let _open =
        conseil::storage::Store::open(&cli.db(), &conseil::storage::Unlock::Identities(keys.identities)).unwrap();
    cli.run()
        .args(["member", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("déjà ouvert par un autre programme"));
}

#[test]
fn passphrase_councils_and_rekey_from_the_command_line() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("c");
    let pass = dir.path().join("pass.txt");
    std::fs::write(&pass, "une longue phrase de passe\n").unwrap();
    let conseil = || {
        let mut c = Command::cargo_bin("conseil").unwrap();
        c.env("LANG", "fr_FR.UTF-8").env_remove("CONSEIL_IDENTITY").arg("--db").arg(&db);
        c
    };
    conseil().args(["init", "--passphrase-file"]).arg(&pass).assert().success();
    conseil()
        .args(["member", "add", "Mésange", "--passphrase-file", "-"])
        .write_stdin("une longue phrase de passe\n")
        .assert()
        .success();
    conseil()
        .args(["member", "list", "--passphrase-file", "-"])
        .write_stdin("une longue phrase de passe!\n")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("La phrase de passe ne correspond pas"));
    // No terminal and no passphrase: a clear error rather than a hang.
    conseil()
        .args(["member", "list"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Aucune façon d'ouvrir le conseil"));
    let key = dir.path().join("k.txt");
    conseil().args(["keygen", "-o"]).arg(&key).assert().success();
    conseil().args(["rekey", "--add-recipient"]).arg(&key).arg("--passphrase-file").arg(&pass).assert().success();
    conseil().args(["rekey", "--remove-passphrase", "-i"]).arg(&key).assert().success();
    let out = conseil().args(["rekey", "--list", "-i"]).arg(&key).assert().success().get_output().stdout.clone();
    let listed = String::from_utf8(out).unwrap();
    assert!(listed.contains("age1") && listed.contains("Phrase de passe : non"), "{listed}");
    let public = listed.lines().next().unwrap().to_string();
    conseil()
        .args(["rekey", "--remove-recipient", &public, "-i"])
        .arg(&key)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("aucune clé ni phrase de passe"));
    conseil().args(["member", "list", "-i"]).arg(&key).assert().success().stdout(predicate::str::contains("Mésange"));
}

#[test]
fn english_from_the_flag_or_the_environment() {
    let cli = Cli::new();
    let other = cli.dir.path().join("other.txt");
    cli.raw().args(["keygen", "-o"]).arg(&other).assert().success();
    cli.raw().args(["--lang", "en", "-i"]).arg(&other).args(["member", "list"]).assert().code(1).stderr(
        predicate::str::contains("This identity does not open this council")
            .and(predicate::str::contains("What to do")),
    );
    cli.run()
        .env("LANG", "en_CA.UTF-8")
        .args(["member", "add", "someone@example.org"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("looks like an e-mail address"));
    cli.run()
        .env("LANG", "en_CA.UTF-8")
        .args(["--lang", "fr", "member", "add", "someone@example.org"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("ressemble à une adresse courriel"));
    cli.run().env("LANG", "en_GB.UTF-8").args(["check"]).assert().success().stdout(
        predicate::str::contains("Everything is readable and intact").and(predicate::str::contains("Members: 0")),
    );
    cli.raw()
        .args(["--lang", "en", "meeting", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Record a decision").and(predicate::str::contains("Usage:")));
    cli.raw()
        .args(["meeting", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("Note une décision").and(predicate::str::contains("Utilisation :")));
}

#[test]
fn demo_prints_a_summary_and_leaves_nothing_behind() {
    let tmp = tempfile::tempdir().unwrap();
    Command::cargo_bin("conseil")
        .unwrap()
        .env("LANG", "fr_FR.UTF-8")
        .env("TMPDIR", tmp.path())
        .arg("--demo")
        .assert()
        .success()
        .stdout(
            predicate::str::contains("12 membres, 3 groupes de travail")
                .and(predicate::str::contains("0 abîmée"))
                .and(predicate::str::contains("effacés")),
        );
    assert_eq!(std::fs::read_dir(tmp.path()).unwrap().count(), 0, "the demo folder must be removed");
}

#[test]
fn scrub_prints_clean_text_a_report_or_spans_in_characters() {
    let scrub = || {
        let mut c = Command::cargo_bin("conseil").unwrap();
        c.env("LANG", "fr_FR.UTF-8").arg("scrub");
        c
    };
    scrub()
        .write_stdin("Écrire à jean@exemple.fr ou au (514) 555-0199.")
        .assert()
        .success()
        .stdout("Écrire à [courriel retiré] ou au [téléphone retiré].");
    let out = scrub().arg("--json").write_stdin("é é a@b.fr").assert().success().get_output().stdout.clone();
    let spans: Value = serde_json::from_slice(&out).unwrap();
    assert_eq!(spans[0]["kind"], "email");
    assert_eq!((spans[0]["start"].as_u64(), spans[0]["end"].as_u64()), (Some(4), Some(10)), "offsets in characters");
    let out = scrub()
        .args(["--json", "--lines"])
        .write_stdin("rien\n06 12 34 56 78\n")
        .assert()
        .success()
        .get_output()
        .stdout
        .clone();
    let lines: Vec<Value> = String::from_utf8(out).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines.len(), 2);
    assert_eq!(lines[0].as_array().map(Vec::len), Some(0));
    assert_eq!(lines[1][0]["kind"], "phone");
    scrub()
        .arg("--report")
        .write_stdin("a@b.fr, c@d.fr, Roubaix")
        .assert()
        .success()
        .stdout(predicate::str::contains("Éléments retirés : 2").and(predicate::str::contains("a@b.fr").not()));
}

#[test]
fn never_write_names_are_read_from_stdin_and_refused_as_pseudonyms() {
    let cli = Cli::new();
    cli.run()
        .args(["never-write", "add"])
        .write_stdin("Gaston Lagaffe\nJeanne Nonyme\n")
        .assert()
        .success()
        .stdout(predicate::str::contains("2 noms ajoutés"));
    cli.run().args(["never-write", "count"]).assert().success().stdout(predicate::str::contains("compte 2 noms."));
    cli.run()
        .args(["member", "add", "gaston lagaffe"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("un nom de personne"));
    cli.run()
        .args(["member", "add", "Marie Tremblay"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("un nom de personne"));
    cli.run().args(["member", "add", "Grand Chêne"]).assert().success();
}

#[test]
fn export_plaidoyer_from_the_command_line() {
    let cli = Cli::new();
    cli.run().args(["member", "add", "Colibri"]).assert().success();
    let c = cli.id(&[
        "contribution",
        "add",
        "--author",
        "Colibri",
        "--kind",
        "quote",
        "--consent",
        "quote",
        "--text",
        "Colibri dit : appelez le 06 12 34 56 78.",
    ]);
    let d = cli.id(&["draft", "add", "--title", "Accueil digne"]);
    cli.run()
        .args(["draft", "section", &d, "--heading", "Constats", "--body", "-", "--contribution", &c])
        .write_stdin("Le 3 mars 2026, Mme Lapointe a refusé de nous recevoir.")
        .assert()
        .success();
    let out = cli.dir.path().join("plaidoyer.txt");
    cli.run()
        .args(["export", "plaidoyer", &d, "--format", "txt", "--save-report", "-o"])
        .arg(&out)
        .assert()
        .success()
        .stdout(predicate::str::contains("Éléments retirés : 2"));
    let text = std::fs::read_to_string(&out).unwrap();
    for leak in ["Colibri", "06 12 34 56 78", "Lapointe", "3 mars"] {
        assert!(!text.contains(leak), "{leak} in:\n{text}");
    }
    assert!(cli.dir.path().join("plaidoyer.txt.rapport.txt").exists());
    cli.run()
        .args(["export", "plaidoyer", &d, "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("existe déjà"));
    let shown = cli.json(&["draft", "show", &d]);
    assert_eq!(shown["exports"].as_array().map(Vec::len), Some(1));
}

#[test]
fn archive_export_import_and_handover_from_the_command_line() {
    let cli = Cli::new();
    cli.run().args(["member", "add", "Colibri"]).assert().success();
    cli.run().args(["group", "add", "Communication"]).assert().success();
    let backup = cli.dir.path().join("backup.txt");
    cli.raw().args(["keygen", "-o"]).arg(&backup).assert().success();
    let archive = cli.dir.path().join("conseil.age");
    cli.run()
        .args(["archive", "export", "--armor", "--to"])
        .arg(&backup)
        .arg("-o")
        .arg(&archive)
        .assert()
        .success()
        .stdout(predicate::str::contains("Archive écrite"));
    assert!(std::fs::read_to_string(&archive).unwrap().starts_with("-----BEGIN AGE ENCRYPTED FILE-----"));
    // Into a new council, then again: nothing changes the second time.
    let other = cli.dir.path().join("other");
    let import = |extra: &[&str]| {
        let mut c = Command::cargo_bin("conseil").unwrap();
        c.env("LANG", "fr_FR.UTF-8").env_remove("CONSEIL_IDENTITY").arg("--db").arg(&other).arg("-i").arg(&backup);
        c.args(["archive", "import"]).arg(&archive).args(extra);
        c
    };
    // Made by another council: refused until its fingerprint is accepted.
    import(&["--new", "--recipient", backup.to_str().unwrap()])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Rien ne prouve").and(predicate::str::contains("--accept-unauthenticated")));
    assert!(!other.exists(), "nothing is created for a refused archive");
    import(&["--new", "--recipient", backup.to_str().unwrap(), "--accept-unauthenticated"])
        .assert()
        .success()
        .stdout(predicate::str::contains("2 ajoutées"));
    import(&["--accept-unauthenticated"])
        .assert()
        .success()
        .stdout(predicate::str::contains("0 ajoutée, 0 mise à jour, 2 inchangées"));
    // The wrong key is refused and says what to do.
    cli.run()
        .args(["archive", "import"])
        .arg(&archive)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("n'ouvrent l'archive").and(predicate::str::contains("n'a pas été modifié")));
    // Hand-over: an archive for the next secretary and the checklist.
    let next = cli.dir.path().join("next.txt");
    cli.raw().args(["keygen", "-o"]).arg(&next).assert().success();
    cli.run()
        .args(["--lang", "en", "handover", "--to"])
        .arg(&next)
        .arg("-o")
        .arg(cli.dir.path().join("handover.age"))
        .assert()
        .success()
        .stdout(
            predicate::str::contains("To finish the hand-over")
                .and(predicate::str::contains("rekey --remove-recipient")),
        );
}

#[test]
fn archives_to_ssh_keys_through_age_ssh_support() {
    let cli = Cli::new();
    cli.run().args(["member", "add", "Colibri"]).assert().success();
    let key = cli.dir.path().join("id_ed25519");
    let made = std::process::Command::new("ssh-keygen")
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "", "-f"])
        .arg(&key)
        .status();
    assert!(made.map(|s| s.success()).unwrap_or(false), "ssh-keygen is needed (openssh-client, see .ci/run)");
    let recipients = cli.dir.path().join("recipients.txt");
    std::fs::copy(key.with_extension("pub"), &recipients).unwrap();
    let archive = cli.dir.path().join("ssh.age");
    cli.run().args(["archive", "export", "-R"]).arg(&recipients).arg("-o").arg(&archive).assert().success();
    let other = cli.dir.path().join("other");
    Command::cargo_bin("conseil")
        .unwrap()
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(&other)
        .args(["archive", "import"])
        .arg(&archive)
        .arg("--archive-identity")
        .arg(&key)
        .arg("--new")
        .arg("--recipient")
        .arg(cli.key())
        .arg("--accept-unauthenticated")
        .assert()
        .success()
        .stdout(predicate::str::contains("1 ajoutée,"));
}

#[test]
fn a_bad_archive_changes_nothing_in_the_council() {
    let cli = Cli::new();
    cli.run().args(["member", "add", "Colibri"]).assert().success();
    let archive = cli.dir.path().join("a.age");
    cli.run().args(["archive", "export", "-r"]).arg(cli.key()).arg("-o").arg(&archive).assert().success();
    let bytes = std::fs::read(&archive).unwrap();
    let before = crate::common::snapshot(&cli.db());
    let bad = cli.dir.path().join("bad.age");
    for cut in [bytes.len() / 2, bytes.len() - 1] {
        std::fs::write(&bad, &bytes[..cut]).unwrap();
        cli.run()
            .args(["archive", "import"])
            .arg(&bad)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("n'a pas été modifié"));
    }
    let mut flipped = bytes.clone();
    let last = flipped.len() - 1;
    flipped[last] ^= 1;
    std::fs::write(&bad, &flipped).unwrap();
    cli.run().args(["archive", "import"]).arg(&bad).assert().code(1);
    std::fs::write(&bad, b"pas une archive").unwrap();
    cli.run().args(["archive", "import"]).arg(&bad).assert().code(1).stderr(predicate::str::contains("archive"));
    crate::common::assert_same(&crate::common::snapshot(&cli.db()), &before, "bad archives");
}

/// Issue 10, export path 5: `scrub` reads with the council's lists when a
/// council is named, and refuses one it cannot open.
#[test]
fn scrub_uses_the_councils_context_and_refuses_a_council_it_cannot_open() {
    let cli = Cli::new();
    cli.run().args(["never-write", "add"]).write_stdin("Oyono Mebale\n").assert().success();
    cli.run().args(["member", "add", "Papillon Bleu"]).assert().success();
    let text = "mebale est passé, Papillon Bleu aussi.";
    let scrubbed = cli.run().args(["scrub", "-"]).write_stdin(text).assert().success();
    let out = String::from_utf8(scrubbed.get_output().stdout.clone()).unwrap();
    assert!(!out.contains("mebale"), "the never-write name, even in lower case: {out}");
    assert!(out.contains("Papillon Bleu"), "a pseudonym is not a name: {out}");
    let alone = Command::cargo_bin("conseil")
        .unwrap()
        .env_remove("CONSEIL_IDENTITY")
        .args(["scrub", "-"])
        .write_stdin(text)
        .assert()
        .success();
    let out = String::from_utf8(alone.get_output().stdout.clone()).unwrap();
    assert!(out.contains("mebale"), "without a council, the list is unknown: {out}");
    Command::cargo_bin("conseil")
        .unwrap()
        .env_remove("CONSEIL_IDENTITY")
        .env("LANG", "fr_FR.UTF-8")
        .args(["--db", "/nulle/part", "scrub", "-"])
        .write_stdin(text)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("pas de conseil"));
}

/// Issue 10, export path 7: text typed on the command line is checked; a
/// warning names the kinds found (never the text); `--strict` refuses.
#[test]
fn identifying_text_is_warned_about_or_refused_with_strict() {
    let cli = Cli::new();
    let m = cli.id(&["meeting", "add", "--date", "2026-03-12", "--title", "Conseil de mars"]);
    cli.run()
        .args(["meeting", "item", &m, "--slot", "9h15-10h30", "--kind", "tour-de-table", "--title", "Tour"])
        .assert()
        .success();
    let note = "Appeler Mme Kossiwa Adjamagbo au 06 39 98 12 44";
    let strict = cli
        .run()
        .args(["--strict", "meeting", "notes", &m, "--item", "1", "--text", "-"])
        .write_stdin(note)
        .assert()
        .code(1);
    let err = String::from_utf8(strict.get_output().stderr.clone()).unwrap();
    assert!(err.contains("--strict") && !err.contains("Adjamagbo"), "{err}");
    let shown = cli.json(&["meeting", "show", &m]);
    assert!(!shown.to_string().contains("Adjamagbo"), "nothing saved under --strict");
    let warned =
        cli.run().args(["meeting", "notes", &m, "--item", "1", "--text", "-"]).write_stdin(note).assert().success();
    let err = String::from_utf8(warned.get_output().stderr.clone()).unwrap();
    assert!(err.contains("Attention") && err.contains("nom de personne") && err.contains("numéro"), "{err}");
    assert!(!err.contains("Adjamagbo") && !err.contains("06 39"), "the warning never repeats the text: {err}");
}

/// The binary with no council, in a clean environment whose language is
/// French unless `--lang` says otherwise.
fn bare() -> Command {
    let mut cmd = Command::cargo_bin("conseil").unwrap();
    cmd.env_remove("CONSEIL_IDENTITY").env_remove("LC_ALL").env_remove("LC_MESSAGES").env("LANG", "fr_FR.UTF-8");
    cmd
}

/// Words clap writes in its own (English) errors.
const CLAP_ENGLISH: [&str; 10] = [
    "error:",
    "Usage:",
    "tip:",
    "For more information",
    "unexpected",
    "required",
    "invalid",
    "possible values",
    "similar",
    "cannot be used",
];

/// A mistyped command line: (arguments, what the French error says, what
/// the English one says).
type Case = (&'static [&'static str], &'static [&'static str], &'static [&'static str]);

const PARSE_ERRORS: [Case; 9] = [
    (
        &["meting"],
        &[
            "Erreur : La commande « meting » n'existe pas.",
            "Que faire : Une commande proche existe : « meeting ».",
            "Utilisation : conseil [OPTIONS] [COMMANDE]",
            "Pour en savoir plus : conseil --help",
        ],
        &[
            "Error: The command \"meting\" does not exist.",
            "What to do: A similar command exists: \"meeting\".",
            "Usage: conseil [OPTIONS] [COMMAND]",
            "For more information: conseil --help",
        ],
    ),
    (
        &["member", "add", "Colibri", "--grup", "Communication"],
        &[
            "« --grup » n'est pas attendu ici.",
            "Une option proche existe : « --group ».",
            "Utilisation : conseil member add",
            "conseil member add --help",
        ],
        &[
            "\"--grup\" is not expected here.",
            "A similar option exists: \"--group\".",
            "Usage: conseil member add",
            "conseil member add --help",
        ],
    ),
    (
        &["meeting", "add", "--date", "2026-03-12"],
        &[
            "Il manque un argument obligatoire :\n  --title <TITRE>",
            "Utilisation : conseil meeting add --date <DATE> --title <TITRE>",
        ],
        &[
            "A required argument is missing:\n  --title <TITLE>",
            "Usage: conseil meeting add --date <DATE> --title <TITLE>",
        ],
    ),
    (
        &["export", "plaidoyer", "d", "-o", "x.pdf", "--format", "pdf"],
        &["« pdf » n'est pas une valeur possible pour « --format <FORMAT> ».", "Valeurs possibles : md, html, txt"],
        &["\"pdf\" is not a possible value for \"--format <FORMAT>\".", "Possible values: md, html, txt"],
    ),
    (
        &["meeting", "notes", "m", "--item", "deux", "--text", "x"],
        &["« deux » n'est pas une valeur valide pour « --item <POINT> ». Il faut un nombre entier, écrit en chiffres."],
        &["\"deux\" is not a valid value for \"--item <ITEM>\". A whole number is needed, written in digits."],
    ),
    (
        &["meeting", "attend", "m", "--guests", "70000"],
        &["Il faut un nombre entre 0 et 65535."],
        &["A number between 0 and 65535 is needed."],
    ),
    (
        &["meeting", "attend", "m", "--guests"],
        &["« --guests <NOMBRE> » demande une valeur, mais aucune n'a été donnée."],
        &["\"--guests <NUMBER>\" needs a value, but none was given."],
    ),
    (
        &["meeting", "decide", "m", "--item", "1", "--text", "x", "--consensus", "--votes", "8,1,2"],
        &["« --consensus » ne peut pas être utilisé avec « --votes <POUR,CONTRE,ABSTENTION> »."],
        &["\"--consensus\" cannot be used with \"--votes <FOR,AGAINST,ABSTAIN>\"."],
    ),
    (
        &["rekey", "--rotate", "--rotate"],
        &["« --rotate » ne peut être donné qu'une seule fois.", "Utilisation : conseil rekey [OPTIONS]"],
        &["\"--rotate\" can only be given once.", "Usage: conseil rekey [OPTIONS]"],
    ),
];

fn stderr_of(cmd: &mut Command) -> String {
    let out = cmd.assert().code(2).get_output().clone();
    assert!(out.stdout.is_empty(), "a parse error prints nothing on standard output");
    String::from_utf8(out.stderr).unwrap()
}

#[test]
fn parse_errors_speak_french_by_default() {
    for (args, french, _) in PARSE_ERRORS {
        let err = stderr_of(bare().args(args));
        for want in french {
            assert!(err.contains(want), "{args:?}: {want:?} not in\n{err}");
        }
        for english in CLAP_ENGLISH {
            assert!(!err.contains(english), "{args:?}: clap's {english:?} in\n{err}");
        }
        // `--lang fr` wins over an English environment.
        let forced = stderr_of(bare().env("LANG", "en_CA.UTF-8").args(["--lang", "fr"]).args(args));
        assert_eq!(forced, err, "{args:?}");
    }
}

#[test]
fn parse_errors_speak_english_with_lang_en() {
    for (args, _, english) in PARSE_ERRORS {
        let err = stderr_of(bare().args(["--lang", "en"]).args(args));
        for want in english {
            assert!(err.contains(want), "{args:?}: {want:?} not in\n{err}");
        }
        for clap in ["error:", "tip:", "For more information, try"] {
            assert!(!err.contains(clap), "{args:?}: clap's {clap:?} in\n{err}");
        }
        for french in ["Erreur", "Utilisation", " :", "«"] {
            assert!(!err.contains(french), "{args:?}: French {french:?} in\n{err}");
        }
    }
}

#[test]
fn help_and_version_still_exit_zero() {
    let help = bare().args(["meeting", "add", "--help"]).assert().success().get_output().stdout.clone();
    let help = String::from_utf8(help).unwrap();
    assert!(help.contains("Utilisation : conseil meeting add") && help.contains("--title <TITRE>"), "{help}");
    assert!(help.contains("Options :") && !help.contains("[default:") && !help.contains("[env:"), "{help}");
    let help = bare().args(["--lang", "en", "--help"]).assert().success().get_output().stdout.clone();
    let help = String::from_utf8(help).unwrap();
    assert!(help.contains("Commands:") && help.contains("(variable CONSEIL_IDENTITY)"), "{help}");
    bare().arg("--version").assert().success().stdout(predicate::str::contains("conseil 0.1"));
    // A group without its subcommand shows the group's help, as before.
    bare().arg("meeting").assert().code(2).stderr(predicate::str::contains("Commandes :"));
}

#[test]
fn licences_prints_the_agpl_and_the_notices_of_the_embedded_data() {
    for (lang, statement) in [("fr_FR.UTF-8", "logiciel libre"), ("en_CA.UTF-8", "free software")] {
        let out = Command::cargo_bin("conseil")
            .unwrap()
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("LANG", lang)
            .arg("licences")
            .assert()
            .success()
            .get_output()
            .stdout
            .clone();
        let out = String::from_utf8(out).unwrap();
        for needed in [
            statement,
            "GNU Affero General Public License",
            "AGPL-3.0-or-later",
            "GeoNames",
            "INSEE",
            "Licence Ouverte",
            "Permission is hereby granted, free of charge",
            "Copyright (c) 2011-2020 Marak Squires",
            "Copyright (c) 2023 Street Side Software",
            "Copyright (c) 2018-2019",
            "Copyright 2000-2018 by Kevin Atkinson",
            "Mozilla Public",
        ] {
            assert!(out.contains(needed), "{lang}: `conseil licences` lacks {needed:?}");
        }
    }
}

/// Every input limit refuses with a clear error naming the limit, never a
/// silent cut (`scrub` used to stop at 64 MiB and exit 0; a text read on
/// standard input stopped at 4 MiB).
#[test]
fn inputs_over_their_limit_are_refused_not_cut() {
    let cli = Cli::new();
    let line = "Une ligne de proces-verbal sans rien d'identifiant.\n";
    let huge = line.repeat((64 << 20) / line.len() + 2);
    cli.run()
        .args(["scrub", "-"])
        .write_stdin(huge.clone())
        .assert()
        .code(1)
        .stdout(predicate::str::is_empty())
        .stderr(predicate::str::contains("dépasse 64 Mio").and(predicate::str::contains("jamais coupé")));
    let m = cli.meeting_with_a_round_table();
    cli.run()
        .args(["meeting", "notes", &m, "--item", "1", "--text", "-"])
        .write_stdin("a".repeat(5 * 1024 * 1024))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("dépasse 4 Mio"));
}

/// The export's review on the command line, scripted on standard input:
/// `--strict` refuses while an item waits, nothing written; answers
/// acknowledge a quasi-identifier, dismiss a word (remembered: not asked
/// again) or confirm a name (it joins the never-write list and is removed
/// from the file). The report counts by section and kind, never the text.
#[test]
fn export_review_and_strict_from_the_command_line() {
    let cli = Cli::new();
    let d = cli.id(&["draft", "add", "--title", "Logement"]);
    cli.run()
        .args(["draft", "section", &d, "--heading", "Constats", "--body", "-"])
        .write_stdin(
            "Nous sommes allés voir Tremoulinac hier. Une enfant de 9 ans va à l'école de Sainte-Blandine-des-Prés. \
             Le Comité Ostrava a répondu.",
        )
        .assert()
        .success();
    let out = cli.dir.path().join("plaidoyer.txt");
    let export = |extra: &[&str], answers: &str| {
        let mut cmd = cli.run();
        cmd.arg("--strict").args(["export", "plaidoyer", &d, "--format", "txt"]).args(extra).arg("-o").arg(&out);
        cmd.write_stdin(answers.to_string()).assert()
    };
    let refused = export(&[], "").code(1);
    let report = String::from_utf8_lossy(&refused.get_output().stdout).to_string();
    assert!(report.contains("un âge : 1") && report.contains("un mot à vérifier : 1"), "{report}");
    assert!(report.contains("Section « Constats » : 1 retiré, 3 à relire"), "{report}");
    for text in ["Tremoulinac", "Comité", "9 ans", "Blandine"] {
        assert!(!report.contains(text), "the report shows text: {report}");
    }
    assert!(!out.exists(), "--strict wrote the export");

    // [v] keeps the age and the school, [p] says « Comité » is not a name.
    export(&["--review"], "v\nv\np\n").success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("9 ans") && text.contains("Comité") && !text.contains("Tremoulinac"), "{text}");
    assert!(text.contains("Sainte-Blandine-des-Prés"), "{text}");
    // The dismissed word is remembered; what was only seen is asked again.
    let again = export(&["--dry-run"], "").code(1);
    let report = String::from_utf8_lossy(&again.get_output().stdout).to_string();
    assert!(report.contains("un âge : 1") && !report.contains("un mot à vérifier"), "{report}");

    // [n] on the school: it joins the never-write list and is removed from
    // the file; an age cannot be called a name (not offered, not taken).
    std::fs::remove_file(&out).unwrap();
    let count = |cli: &Cli| {
        let out = cli.run().args(["never-write", "count"]).assert().success().get_output().stdout.clone();
        String::from_utf8(out).unwrap()
    };
    let before = count(&cli);
    // « n » on the age is not taken: it is passed, and --strict refuses.
    export(&["--review"], "n\nn\n").code(1);
    assert_ne!(count(&cli), before, "the confirmed name joined the never-write list");
    assert!(!out.exists());
    export(&["--review"], "v\n").success();
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("9 ans") && !text.contains("Blandine"), "{text}");
}

/// A member's slip goes through the same review as an advocacy export:
/// names removed, words nothing explains and quasi-identifiers waiting for
/// an answer; `--strict` refuses to seal while one waits; the slip sealed
/// is the one reviewed (read back with the reference `age` tool).
#[test]
fn member_slips_are_reviewed_before_they_are_sealed() {
    let cli = Cli::new();
    cli.run().args(["member", "add", "Colibri"]).assert().success();
    let m = cli.meeting_with_a_round_table();
    cli.run()
        .args(["meeting", "notes", &m, "--item", "1", "--text", "-"])
        .write_stdin(
            "Nous sommes allés voir Tremoulinac hier. Une enfant de 9 ans attend. Le Comité Ostrava a répondu.",
        )
        .assert()
        .success();
    cli.run().args(["meeting", "attend", &m, "--member", "Colibri"]).assert().success();
    cli.run().args(["meeting", "adopt", &m]).assert().success();
    let slip = cli.dir.path().join("colibri.age");
    let export = |extra: &[&str], answers: &str| {
        let mut cmd = cli.run();
        cmd.arg("--strict").args(["archive", "export", "--for-member", "Colibri", "-r"]).arg(cli.key());
        cmd.args(extra).arg("-o").arg(&slip).write_stdin(answers.to_string()).assert()
    };
    let refused = export(&[], "").code(1);
    let out = String::from_utf8_lossy(&refused.get_output().stdout).to_string();
    assert!(out.contains("un élément retiré") && out.contains("2 points attendent"), "{out}");
    assert!(!slip.exists(), "--strict sealed a slip with items waiting");

    let review = export(&["--review"], "v\np\n").success();
    let asked = String::from_utf8_lossy(&review.get_output().stderr).to_string();
    assert!(asked.contains("texte") && asked.contains("⟦9⟧") && asked.contains("⟦Comité⟧"), "{asked}");
    let opened = Command::new("age").arg("-d").arg("-i").arg(cli.key()).arg(&slip).output().expect("age (see .ci/run)");
    assert!(opened.status.success(), "{}", String::from_utf8_lossy(&opened.stderr));
    let json = String::from_utf8(opened.stdout).unwrap();
    assert!(!json.contains("Tremoulinac"), "a removed name is in the slip");
    assert!(json.contains("9 ans") && json.contains("Comité Ostrava"), "the slip is what was reviewed: {json}");
}

/// An identity file others can read is a key beside its ciphertext: the
/// council still opens, with a warning on standard error that names the
/// file, its mode and the fix.
#[test]
fn an_identity_file_others_can_read_is_warned_about() {
    use std::os::unix::fs::PermissionsExt;
    let cli = Cli::new();
    cli.run().args(["member", "list"]).assert().success().stderr(predicate::str::is_empty());
    std::fs::set_permissions(cli.key(), std::fs::Permissions::from_mode(0o644)).unwrap();
    cli.run()
        .args(["member", "list"])
        .assert()
        .success()
        .stderr(predicate::str::contains("(droits 644)").and(predicate::str::contains("chmod 600")));
}

/// Files saved by a Windows editor start with a byte-order mark: an
/// identity file and a passphrase file still work (the mark was a refused
/// key line, and silently part of the passphrase).
#[test]
fn a_byte_order_mark_is_not_part_of_a_key_or_a_passphrase() {
    let cli = Cli::new();
    let key = std::fs::read_to_string(cli.key()).unwrap();
    std::fs::write(cli.key(), format!("\u{feff}{key}")).unwrap();
    cli.run().args(["member", "add", "Colibri"]).assert().success();
    let phrase = cli.dir.path().join("phrase.txt");
    std::fs::write(&phrase, "\u{feff}une phrase de passe assez longue\n").unwrap();
    cli.run().args(["rekey", "--set-passphrase", "--new-passphrase-file"]).arg(&phrase).assert().success();
    let plain = cli.dir.path().join("plain.txt");
    std::fs::write(&plain, "une phrase de passe assez longue\n").unwrap();
    cli.raw().arg("--passphrase-file").arg(&plain).args(["member", "list"]).assert().success();
}

/// A field too long is named without a grammar slip in either language
/// (« the notes is too long » before).
#[test]
fn a_text_too_long_is_named_in_good_grammar() {
    let cli = Cli::new();
    let m = cli.meeting_with_a_round_table();
    for (lang, said) in [("fr", "Texte trop long : les notes."), ("en", "Text too long: the notes.")] {
        cli.run()
            .args(["--lang", lang, "meeting", "notes", &m, "--item", "1", "--text", "-"])
            .write_stdin("a".repeat(3 * 1024 * 1024))
            .assert()
            .code(1)
            .stderr(predicate::str::contains(said));
    }
}

/// A date with a year no council could mean (« -0001 », « 0000 ») is
/// refused with what to write, not kept.
#[test]
fn dates_with_an_impossible_year_are_refused() {
    let cli = Cli::new();
    for bad in ["-0001-01-01", "0000-01-01", "20266-03-12"] {
        cli.run()
            .args(["meeting", "add", &format!("--date={bad}"), "--title", "Conseil"])
            .assert()
            .code(1)
            .stderr(predicate::str::contains("entre 1900 et 2199"));
    }
    assert_eq!(cli.json(&["meeting", "list"]).as_array().map(Vec::len), Some(0));
}

/// A command waiting for its text on standard input does not hold the
/// council meanwhile: another command opens it, and the text is saved once
/// typed.
#[test]
fn waiting_for_text_does_not_hold_the_council() {
    use std::io::Write;
    let cli = Cli::new();
    let m = cli.meeting_with_a_round_table();
    let mut waiting = std::process::Command::new(assert_cmd::cargo::cargo_bin("conseil"))
        .env_remove("CONSEIL_IDENTITY")
        .env("LANG", "fr_FR.UTF-8")
        .arg("--db")
        .arg(cli.db())
        .arg("-i")
        .arg(cli.key())
        .args(["meeting", "notes", &m, "--item", "1", "--text", "-"])
        .stdin(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    cli.run().args(["member", "add", "Colibri"]).assert().success();
    let mut stdin = waiting.stdin.take().unwrap();
    stdin.write_all("Le conseil a parlé des loyers.\n".as_bytes()).unwrap();
    drop(stdin);
    assert!(waiting.wait().unwrap().success());
    let shown = cli.json(&["meeting", "show", &m]);
    assert_eq!(shown["agenda"][0]["notes"], "Le conseil a parlé des loyers.");
}
