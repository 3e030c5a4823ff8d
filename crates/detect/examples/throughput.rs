//! Rough throughput check while tuning (the benchmark lives in benches/):
//! `throughput <corpus.jsonl> [runs]` repeats the corpus texts to 1 MB and
//! prints the median of `runs` (7 by default) detections and of each stage,
//! so that one slow run on a shared machine does not decide.
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
    let runs: usize = std::env::args().nth(2).and_then(|r| r.parse().ok()).unwrap_or(7).max(1);
    let data = std::fs::read_to_string(&path).unwrap_or_default();
    let text: String = data
        .lines()
        .filter_map(|l| serde_json::from_str::<serde_json::Value>(l).ok())
        .map(|v| v["text"].as_str().unwrap_or_default().to_string() + "\n")
        .collect();
    let mut big = String::new();
    while big.len() < 1_000_000 {
        big.push_str(&text);
    }
    let ctx = conseil_detect::Context::default();
    conseil_detect::detect(&text, &ctx);
    let mut totals = Vec::with_capacity(runs);
    let mut n = 0;
    for _ in 0..runs {
        let t = std::time::Instant::now();
        n = conseil_detect::detect(&big, &ctx).len();
        totals.push(t.elapsed());
    }
    let e = median(&mut totals);
    println!(
        "{} bytes, {n} spans, median of {runs}: {e:?}, {:.1} MB/s",
        big.len(),
        big.len() as f64 / e.as_secs_f64() / 1e6
    );
    let stages: Vec<Vec<(&str, std::time::Duration)>> = (0..runs).map(|_| conseil_detect::stage_times(&big)).collect();
    for (i, (name, _)) in stages[0].iter().enumerate() {
        let mut times: Vec<std::time::Duration> = stages.iter().map(|s| s[i].1).collect();
        println!("  {name:<9} {:?}", median(&mut times));
    }
}

fn median(times: &mut [std::time::Duration]) -> std::time::Duration {
    times.sort();
    times[times.len() / 2]
}
