//! Detector benchmark. Run with `cargo bench --bench privacy`. Reports
//! medians: detection throughput on 1 MB of minutes-like text, highlighting
//! cost per keystroke in a 5,000-word note, the export of a draft
//! drawing on 5,000 contributions, the memory and binary bytes the
//! lexicons add, and the share of words sent to review on text nobody here
//! wrote.

#![allow(clippy::expect_used, clippy::unwrap_used)]

/// The binary's allocator (every freed block zeroed), so that what is
/// measured is what runs.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> = zeroizing_alloc::ZeroAlloc(std::alloc::System);

use std::time::{Duration, Instant};

use conseil::domain::*;
use conseil::export::{build, render, Format, Sources};
use conseil::i18n::Lang;
use conseil::privacy::{detect, Context, Pseudonyms};
use time::macros::date;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

const SENTENCES: [&str; 8] = [
    "Le tour de table a commencé à 9h15 ; Colibri rappelle le plan 2005-2010, page 16.",
    "Marie Tremblay a laissé son numéro, le 06 12 34 56 78, pour la suite.",
    "Les 320 professionnels consultés demandent une réponse écrite du CLSM.",
    "Écrire à coord.conseil@gmail.com avant la prochaine rencontre du 12 mars.",
    "Elle habite au 12 rue des Tanneurs, près de l'hôpital Sainte-Justine.",
    "Décision prise par consensus : le plaidoyer partira en juin.",
    "Plusieurs personnes rappellent le risque de participation alibi dans les instances.",
    "Il a été hospitalisé le 3 juin 2021 et vit à Roubaix depuis.",
];

fn text_of(bytes: usize) -> String {
    let mut s = String::new();
    let mut i = 0;
    while s.len() < bytes {
        s.push_str(SENTENCES[i % SENTENCES.len()]);
        s.push(if i % 5 == 4 { '\n' } else { ' ' });
        i += 1;
    }
    s
}

/// Resident memory of this process, in KiB.
fn rss_kib() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmRSS:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// The texts of a labelled corpus (one JSON object per line, `text`).
fn corpus_texts(path: &std::path::Path) -> Vec<String> {
    let raw = std::fs::read_to_string(path).unwrap_or_default();
    raw.lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .filter_map(|v| v["text"].as_str().map(str::to_string))
        .collect()
}

fn main() {
    let pseudonyms = Pseudonyms::new(&["Colibri", "Héron"]);
    let ctx = Context::new(&pseudonyms, None, None);
    let mb = text_of(1 << 20);
    // The first detection loads the lexicons: memory grown across it.
    let before_lexicons = rss_kib();
    std::hint::black_box(detect("Un premier texte, lu par Ginette.", &ctx));
    let lexicons_rss = rss_kib().saturating_sub(before_lexicons);
    let runs: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(detect(&mb, &ctx));
            t.elapsed()
        })
        .collect();
    let d = median(runs);
    let spans = detect(&mb, &ctx).len();
    println!(
        "detection on 1 MiB (median/7)          {d:.1?}  = {:.1} MB/s   goal ≥ 20 MB/s  ({spans} spans)",
        1.048576 / d.as_secs_f64()
    );

    // The same megabyte as eight pasted paragraphs of 128 KB with no line
    // break: rules that read "the word's line" must stay linear.
    let long_lines: String = mb
        .replace('\n', " ")
        .as_bytes()
        .chunks(128 * 1024)
        .map(|c| String::from_utf8_lossy(c).into_owned() + "\n")
        .collect();
    let runs: Vec<Duration> = (0..7)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(detect(&long_lines, &ctx));
            t.elapsed()
        })
        .collect();
    let long = median(runs);
    println!(
        "same, as 8 lines of 128 KB (median/7)  {long:.1?}  = {:.1} MB/s = {:.2}× the time   goal ≤ 1.5× (linear in line length)",
        1.048576 / long.as_secs_f64(),
        long.as_secs_f64() / d.as_secs_f64()
    );

    // A 5,000-word note: what highlighting costs per keystroke.
    let mut note = String::new();
    while note.split_whitespace().count() < 5000 {
        note.push_str(SENTENCES[note.len() % SENTENCES.len()]);
        note.push(' ');
    }
    let runs: Vec<Duration> = (0..50)
        .map(|i| {
            note.push(if i % 2 == 0 { 'a' } else { ' ' });
            let t = Instant::now();
            std::hint::black_box(detect(&note, &ctx));
            t.elapsed()
        })
        .collect();
    println!("full scan of a 5,000-word note (med/50) {:.2?}  ({} bytes)", median(runs), note.len());
    // What a keystroke costs in the editor: the per-line cache re-detects
    // only the line being typed.
    let mut lines: Vec<String> = note.split(". ").map(|s| s.to_string()).collect();
    let mut cache = conseil::privacy::LineCache::default();
    cache.update(&lines, &ctx);
    let runs: Vec<Duration> = (0..500)
        .map(|i| {
            let n = lines.len() / 2;
            lines[n].push(if i % 2 == 0 { 'a' } else { ' ' });
            let t = Instant::now();
            std::hint::black_box(cache.update(&lines, &ctx));
            t.elapsed()
        })
        .collect();
    println!("highlight per keystroke, 5,000 words   {:.3?}   goal < 1 ms  ({} lines)", median(runs), lines.len());

    // A draft drawing on 5,000 contributions.
    let members: Vec<Member> = (0..12)
        .map(|i| {
            let mut m = Member::new(RecordId::random(), &format!("Oiseau{i}")).unwrap();
            m.credit_in_exports = i % 3 == 0;
            m
        })
        .collect();
    let levels = [ConsentLevel::Quote, ConsentLevel::Paraphrase, ConsentLevel::CouncilOnly];
    let contributions: Vec<Contribution> = (0..5000)
        .map(|i| Contribution {
            id: RecordId::random(),
            revision: 1,
            author: Author::Member(members[i % 12].id),
            meeting: None,
            group: None,
            kind: ContributionKind::Testimony,
            text: SENTENCES[i % SENTENCES.len()].to_string(),
            themes: vec![],
            consent: Consent {
                level: levels[i % 3],
                given_on: date!(2026 - 01 - 01),
                expires_on: None,
                withdrawn_on: None,
            },
            consent_history: Vec::new(),
        })
        .collect();
    let draft = AdvocacyDraft {
        id: RecordId::random(),
        revision: 1,
        title: "Plaidoyer".into(),
        audience: Audience::Public,
        language: Language::Fr,
        sections: (0..10)
            .map(|s| DraftSection {
                heading: format!("Section {s}"),
                body: text_of(2000),
                contributions: contributions.iter().skip(s * 500).take(500).map(|c| c.id).collect(),
            })
            .collect(),
        exports: vec![],
    };
    let sources = Sources { contributions: &contributions, members: &members, never_write: None, dismissed: None };
    let runs: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let b = build(&draft, &sources, date!(2026 - 11 - 22), Lang::Fr);
            std::hint::black_box(render(&b.document, Lang::Fr, Format::Html, None).unwrap());
            t.elapsed()
        })
        .collect();
    println!("export drawing on 5,000 contributions  {:.1?}   goal < 100 ms", median(runs));

    // What the lexicons cost: the data files embedded in the binary, and
    // the resident memory grown since before the first detection (which
    // loads them).
    let data = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("crates/detect/data");
    let embedded: u64 = walk_bytes(&data);
    println!("lexicon data embedded in the binary    {:.1} MB   goal ≤ 15 MB", embedded as f64 / 1e6);
    println!(
        "resident memory added by the lexicons  {:.1} MiB (first detection)   goal ≤ 40 MB",
        lexicons_rss as f64 / 1024.0
    );

    // Words sent to review (« mot à vérifier ») on text nobody here wrote.
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    for (name, path) in [
        ("shared dev corpus", root.join("../shared/corpus/pii-dev.jsonl")),
        ("own corpus", root.join("tests/corpus/own.jsonl")),
        ("second corpus", root.join("tests/corpus/second/second.jsonl")),
        ("third corpus", root.join("tests/corpus/third/third.jsonl")),
    ] {
        let texts = corpus_texts(&path);
        let words: usize = texts.iter().map(|t| t.split_whitespace().count()).sum();
        let review: usize = texts
            .iter()
            .map(|t| detect(t, &ctx).iter().filter(|s| s.kind == conseil::privacy::PiiKind::Unexplained).count())
            .sum();
        println!(
            "words sent to review, {name:<18} {:.2} % ({review} of {words})   goal ≤ 3 %",
            100.0 * review as f64 / words.max(1) as f64
        );
    }
}

/// Bytes of every file under `dir`.
fn walk_bytes(dir: &std::path::Path) -> u64 {
    std::fs::read_dir(dir)
        .map(|entries| {
            entries
                .flatten()
                .map(|e| if e.path().is_dir() { walk_bytes(&e.path()) } else { e.metadata().map_or(0, |m| m.len()) })
                .sum()
        })
        .unwrap_or(0)
}
