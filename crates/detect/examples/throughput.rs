//! Rough throughput check while tuning (the benchmark lives in benches/).
fn main() {
    let path = std::env::args().nth(1).unwrap_or_default();
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
    let t = std::time::Instant::now();
    let n = conseil_detect::detect(&big, &ctx).len();
    let e = t.elapsed();
    println!("{} bytes, {n} spans, {:?}, {:.1} MB/s", big.len(), e, big.len() as f64 / e.as_secs_f64() / 1e6);
    for (name, d) in conseil_detect::stage_times(&big) {
        println!("  {name:<8} {d:?}");
    }
}
