//! Terminal UI benchmark on the generated ten-year council. Run with
//! `cargo bench --bench tui`. Reports medians (and p99 for keystrokes):
//! unlock to first frame with an identity file, keystroke to redrawn frame
//! while typing notes, a word search over everything, and resident memory.

#![allow(clippy::expect_used, clippy::unwrap_used)]

/// The binary's allocator (every freed block zeroed), so that what is
/// measured is what runs.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> = zeroizing_alloc::ZeroAlloc(std::alloc::System);

use std::time::{Duration, Instant};

use conseil::demo::{populate, DemoSize};
use conseil::domain::{ClockTime, Council, Language};
use conseil::i18n::Lang;
use conseil::storage::{keyfile, Access, Store};
use conseil::tui::keymap::{Command, Keymap};
use conseil::tui::search::SearchIndex;
use conseil::tui::theme::Theme;
use conseil::tui::views::render;
use conseil::tui::{Action, App, Runtime, Source};
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use time::macros::date;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn p99(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[(v.len() * 99) / 100]
}

fn rss_mib() -> f64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    let kib: f64 = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .and_then(|l| l.split_whitespace().nth(1))
        .and_then(|n| n.parse().ok())
        .unwrap_or(0.0);
    kib / 1024.0
}

fn runtime(source: &Source) -> Runtime {
    let app =
        App::new(Lang::Fr, Theme::colours(), Keymap::default(), true, date!(2026 - 01 - 15), ClockTime::default());
    Runtime::new(app, source.clone())
}

/// A generated council of `size` on disk, with its identity file.
fn council(dir: &std::path::Path, size: DemoSize, from: time::Date) -> Source {
    let key = dir.join("key.txt");
    let recipient = keyfile::generate(&key, "bench").unwrap();
    let path = dir.join("council");
    {
        let access = Access { recipients: vec![recipient], passphrase: None };
        let store = Store::create(&path, &Council::new("Conseil généré", Language::Fr).unwrap(), &access).unwrap();
        populate(&store, size, from, 10).unwrap();
    }
    Source::with_file(path, Some(key))
}

/// Unlock with the identity file, load everything, draw the first frame;
/// then the privacy warnings found over the whole council and drawn.
fn launches(source: &Source, n: usize) -> (Vec<Duration>, Vec<Duration>) {
    (0..n)
        .map(|_| {
            let t = Instant::now();
            let mut rt = runtime(source);
            rt.dispatch(Action::Command(Command::Submit));
            let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
            terminal.draw(|f| render(&rt.app, f)).unwrap();
            assert!(rt.is_unlocked());
            let first = t.elapsed();
            let t = Instant::now();
            rt.after_frame();
            terminal.draw(|f| render(&rt.app, f)).unwrap();
            (first, t.elapsed())
        })
        .unzip()
}

/// Key → redrawn frame for each of `keys`, at 80×24.
fn frames(rt: &mut Runtime, keys: impl Iterator<Item = Action>) -> Vec<Duration> {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    keys.map(|action| {
        let t = Instant::now();
        rt.dispatch(action);
        terminal.draw(|f| render(&rt.app, f)).unwrap();
        t.elapsed()
    })
    .collect()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let source = council(dir.path(), DemoSize::TEN_YEARS, date!(2016 - 01 - 01));
    let rss_before = rss_mib();

    let (ten_launches, ten_warnings) = launches(&source, 7);

    // Moving through the lines of the meeting with the most, in the
    // detail pane, and through a task's detail on the board.
    let mut panes = runtime(&source);
    panes.dispatch(Action::Command(Command::Submit));
    for c in [Command::Meetings, Command::Open, Command::FocusLines] {
        panes.dispatch(Action::Command(c));
    }
    let cmds = |c: &'static [Command], n: usize| (0..n).map(move |i| Action::Command(c[i % c.len()]));
    let mut detail = frames(&mut panes, cmds(&[Command::Down, Command::Down, Command::Up, Command::PageDown], 1000));
    for c in [Command::Board, Command::Open] {
        panes.dispatch(Action::Command(c));
    }
    detail.extend(frames(&mut panes, cmds(&[Command::PageDown, Command::PageUp, Command::Down], 1000)));
    // One window at a time holds the council.
    drop(panes);

    // Keystrokes while typing notes in the minutes editor.
    let mut rt = runtime(&source);
    rt.dispatch(Action::Command(Command::Submit));
    assert!(rt.is_unlocked(), "{:?}", rt.app.unlock_error);
    let rss_loaded = rss_mib();
    for c in [Command::Meetings, Command::Open, Command::EditNotes] {
        rt.dispatch(Action::Command(c));
    }
    let mut terminal = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let mut keys = Vec::new();
    for i in 0..2000 {
        let c = if i % 60 == 59 { KeyCode::Enter } else { KeyCode::Char("conseil ".as_bytes()[i % 8] as char) };
        let t = Instant::now();
        rt.dispatch(Action::Input(KeyEvent::new(c, KeyModifiers::NONE)));
        terminal.draw(|f| render(&rt.app, f)).unwrap();
        keys.push(t.elapsed());
    }

    // Word search over every decrypted record.
    let data = rt.app.data.as_ref().unwrap();
    let t = Instant::now();
    let index = SearchIndex::new(data);
    let index_time = t.elapsed();
    let queries = ["reunion", "retablissement", "plaidoyer logement", "pair aidant", "CLSM", "accueil cafe", "zzzz"];
    let mut searches = Vec::new();
    for _ in 0..5 {
        for q in queries {
            let t = Instant::now();
            let hits = index.search(q);
            searches.push(t.elapsed());
            std::hint::black_box(hits);
        }
    }
    let records = data.members.len() + data.meetings.len() + data.tasks.len() + data.contributions.len();

    let thirty = tempfile::tempdir().unwrap();
    let size = DemoSize { years: 30, group_meetings: 120, tasks: 15_000, contributions: 90_000 };
    let (thirty_launches, thirty_warnings) = launches(&council(thirty.path(), size, date!(1996 - 01 - 01)), 3);

    println!("records in memory                       {records}");
    println!("unlock → first frame, identity (med/7)  {:.1?}   goal < 300 ms", median(ten_launches));
    println!("then privacy warnings found and drawn   {:.1?}", median(ten_warnings));
    println!("keystroke → frame, notes (median/2000)  {:.3?}", median(keys.clone()));
    println!("keystroke → frame, notes (p99)          {:.3?}   goal p99 < 5 ms", p99(keys));
    println!("key → frame, detail panes (median/2000) {:.3?}", median(detail.clone()));
    println!("key → frame, detail panes (p99)         {:.3?}   goal p99 < 5 ms", p99(detail));
    println!("thirty years: unlock → first frame (med/3) {:.1?}   goal < 1 s", median(thirty_launches));
    println!("thirty years: then warnings found        {:.1?}", median(thirty_warnings));
    println!("search index built on opening search    {index_time:.2?}");
    println!("search over everything (median/35)      {:.2?}   goal < 30 ms", median(searches));
    println!("resident memory before / after unlock   {rss_before:.0} MiB / {rss_loaded:.0} MiB   goal < 150 MB");
}
