//! Prints the detector's score on a labelled corpus, its misses and false
//! alarms: `cargo run -p conseil-detect --example score -- CORPUS.jsonl [-v]`.

#[path = "../tests/support/score.rs"]
mod score;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(path) = args.first() else {
        eprintln!("usage: score CORPUS.jsonl [-v]");
        std::process::exit(2);
    };
    let lines = score::read(std::path::Path::new(path));
    let s = score::score(&lines);
    if args.iter().any(|a| a == "-v") {
        for (k, t, l) in &s.misses {
            println!("MISS {k:<14} {t:<30} | {}", l.replace('\n', "⏎"));
        }
        for (k, t, l) in &s.false_alarms {
            println!("FP   {k:<14} {t:<30} | {}", l.replace('\n', "⏎"));
        }
    }
    print!("{}", s.table());
}
