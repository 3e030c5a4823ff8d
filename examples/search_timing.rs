//! Per-keystroke cost of the search overlay on the ten-year council of the
//! benchmarks: `cargo run --release --example search_timing`. Prints the
//! index build time and, for queries typed one letter at a time, the median
//! and worst time of a search. A measuring tool, not a test: nothing here
//! fails on a slow machine.

#![allow(clippy::expect_used, clippy::unwrap_used)]

use std::time::{Duration, Instant};

use conseil::demo::{populate, DemoSize};
use conseil::domain::{ClockTime, Council, Language};
use conseil::i18n::Lang;
use conseil::storage::{keyfile, Access, Store};
use conseil::tui::keymap::{Command, Keymap};
use conseil::tui::search::SearchIndex;
use conseil::tui::theme::Theme;
use conseil::tui::{Action, App, Runtime, Source};
use time::macros::date;

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let key = dir.path().join("key.txt");
    let recipient = keyfile::generate(&key, "timing").unwrap();
    let path = dir.path().join("council");
    {
        let access = Access { recipients: vec![recipient], passphrase: None };
        let store = Store::create(&path, &Council::new("Conseil sur dix ans", Language::Fr).unwrap(), &access).unwrap();
        populate(&store, DemoSize::TEN_YEARS, date!(2016 - 01 - 01), 10).unwrap();
    }
    let app =
        App::new(Lang::Fr, Theme::colours(), Keymap::default(), true, date!(2026 - 01 - 15), ClockTime::default());
    let mut rt = Runtime::new(app, Source::with_file(path, Some(key)));
    rt.dispatch(Action::Command(Command::Submit));
    let data = rt.app.data.as_ref().expect("unlocked");

    let mut builds = Vec::new();
    let mut index = SearchIndex::new(data);
    let cpu = cpu_time();
    for _ in 0..5 {
        let t = Instant::now();
        index = SearchIndex::new(data);
        builds.push(t.elapsed());
    }
    let build_cpu = (cpu_time() - cpu) / 5;
    println!("{index:?}");
    println!("index build (median of 5)        {:.1?} wall, {build_cpu:.1?} on the CPU", median(&mut builds));

    let queries = ["reunion", "retablissement", "plaidoyer logement", "pair aidant", "CLSM", "accueil cafe", "zzzz"];
    let mut keystrokes = Vec::new();
    let cpu = cpu_time();
    for _ in 0..5 {
        for q in queries {
            // What the overlay runs after each key: the query typed so far.
            for end in q.char_indices().map(|(i, c)| i + c.len_utf8()) {
                let t = Instant::now();
                let hits = index.search(&q[..end]);
                keystrokes.push(t.elapsed());
                std::hint::black_box(hits);
            }
        }
    }
    let n = keystrokes.len();
    let per_key_cpu = (cpu_time() - cpu) / n as u32;
    keystrokes.sort();
    println!("search per keystroke (mean CPU)    {per_key_cpu:.2?}");
    println!("search per keystroke (median/{n})  {:.2?}", keystrokes[n / 2]);
    println!("search per keystroke (p99)         {:.2?}", keystrokes[n * 99 / 100]);
    println!("search per keystroke (worst)       {:.2?}", keystrokes[n - 1]);
    for q in ["r", "re", "reunion", "plaidoyer logement"] {
        let t = Instant::now();
        let hits = index.search(q);
        println!("  {q:<20} {:>8.2?}  {} matches", t.elapsed(), index.last_total());
        std::hint::black_box(hits);
    }
}

/// Time this thread has run on a CPU (the machine is shared: wall-clock
/// times include waiting for other processes).
fn cpu_time() -> Duration {
    let stat = std::fs::read_to_string("/proc/thread-self/schedstat").unwrap_or_default();
    Duration::from_nanos(stat.split_whitespace().next().and_then(|n| n.parse().ok()).unwrap_or(0))
}

fn median(v: &mut [Duration]) -> Duration {
    v.sort();
    v[v.len() / 2]
}
