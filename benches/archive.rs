//! Archive benchmark on the generated ten-year council. Run with
//! `cargo bench --bench archive`. Reports medians: export (document, JSON,
//! age) and import into an empty council, and age-encryption throughput of
//! our path against the `age` tool encrypting the same bytes; then the
//! import of a ten- and a thirty-year archive by the real binary (`conseil
//! archive import`), its time and peak memory (GNU time), and their ratio.

#![allow(clippy::expect_used, clippy::unwrap_used)]

/// The binary's allocator (every freed block zeroed), so that what is
/// measured is what runs.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> = zeroizing_alloc::ZeroAlloc(std::alloc::System);

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use conseil::archive::{self, Document, OpenWith, SealTo};
use conseil::demo::{populate, DemoSize};
use conseil::domain::{Council, Language};
use conseil::storage::{Access, Store};
use time::macros::date;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn council(dir: &std::path::Path, name: &str, key: &age::x25519::Identity) -> Store {
    let access = Access { recipients: vec![key.to_public()], passphrase: None };
    Store::create(&dir.join(name), &Council::new("Conseil", Language::Fr).unwrap(), &access).unwrap()
}

fn main() {
    let dir = tempfile::tempdir().unwrap();
    let key = age::x25519::Identity::generate();
    let store = council(dir.path(), "source", &key);
    populate(&store, DemoSize::TEN_YEARS, date!(2016 - 01 - 01), 10).unwrap();
    let to = || SealTo::Recipients(vec![Box::new(key.to_public())]);

    let mut sealed = Vec::new();
    let exports: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let doc = Document::from_store(&store).unwrap();
            sealed = archive::seal(&archive::to_json(&doc).unwrap(), &to(), false).unwrap();
            t.elapsed()
        })
        .collect();
    let records = Document::from_store(&store).unwrap().len();

    let imports: Vec<Duration> = (0..3)
        .map(|i| {
            let target = council(dir.path(), &format!("target-{i}"), &key);
            let t = Instant::now();
            let plain = archive::open(&sealed, &OpenWith::Identities(vec![Box::new(key.clone())])).unwrap();
            let doc = archive::from_json(&plain).unwrap();
            archive::import(&target, &doc).unwrap();
            t.elapsed()
        })
        .collect();

    // Throughput: the same plaintext through our sealing and through `age`.
    let plain = archive::to_json(&Document::from_store(&store).unwrap()).unwrap();
    let ours: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            std::hint::black_box(archive::seal(&plain, &to(), false).unwrap());
            t.elapsed()
        })
        .collect();
    let reference: Vec<Duration> = (0..5)
        .map(|_| {
            let t = Instant::now();
            let mut child = Command::new("age")
                .args(["-e", "-r", &key.to_public().to_string()])
                .stdin(Stdio::piped())
                .stdout(Stdio::null())
                .spawn()
                .expect("the age tool (apt-get install age)");
            std::io::Write::write_all(child.stdin.as_mut().unwrap(), &plain).unwrap();
            drop(child.stdin.take());
            child.wait().unwrap();
            t.elapsed()
        })
        .collect();
    let mib = plain.len() as f64 / 1048576.0;
    let (ours, reference) = (median(ours), median(reference));
    let ten = binary_import(dir.path(), "ten", &key, &sealed);
    let thirty_store = council(dir.path(), "thirty", &key);
    let thirty_size = DemoSize { years: 30, group_meetings: 120, tasks: 15_000, contributions: 90_000 };
    populate(&thirty_store, thirty_size, date!(1996 - 01 - 01), 10).unwrap();
    let thirty_sealed =
        archive::seal(&archive::to_json(&Document::from_store(&thirty_store).unwrap()).unwrap(), &to(), false).unwrap();
    drop(thirty_store);
    let thirty = binary_import(dir.path(), "thirty", &key, &thirty_sealed);
    println!(
        "records                                 {records} ({mib:.1} MiB of JSON, {:.1} MiB sealed)",
        sealed.len() as f64 / 1048576.0
    );
    println!("export (median/5)                       {:.0?}   goal < 1 s", median(exports));
    println!("import into an empty council (med/3)    {:.0?}   goal < 1 s", median(imports));
    println!(
        "age encryption: ours {:.0?} ({:.0} MiB/s), age tool {:.0?} ({:.0} MiB/s, process included) = {:.2}×   goal within 1.5×",
        ours,
        mib / ours.as_secs_f64(),
        reference,
        mib / reference.as_secs_f64(),
        ours.as_secs_f64() / reference.as_secs_f64()
    );
    for (name, (seconds, peak_kib, sealed_len)) in [("ten-year", ten), ("thirty-year", thirty)] {
        println!(
            "conseil archive import, {name:<12}  {seconds:.2} s, peak {:.0} MiB = {:.1}× the archive ({:.1} MiB)",
            peak_kib as f64 / 1024.0,
            peak_kib as f64 * 1024.0 / sealed_len as f64,
            sealed_len as f64 / 1048576.0
        );
    }
    println!(
        "  thirty-year ÷ ten-year: time {:.2}×, archive {:.2}×   goal linear",
        thirty.0 / ten.0,
        thirty.2 as f64 / ten.2 as f64
    );
}

/// Imports `sealed` into a fresh empty council with the real binary under
/// GNU time: (seconds, peak resident KiB, archive bytes).
fn binary_import(dir: &std::path::Path, name: &str, key: &age::x25519::Identity, sealed: &[u8]) -> (f64, u64, usize) {
    use age::secrecy::ExposeSecret;
    let file = dir.join(format!("{name}.age"));
    std::fs::write(&file, sealed).unwrap();
    let key_file = dir.join("key.txt");
    std::fs::write(&key_file, format!("{}\n", key.to_string().expose_secret())).unwrap();
    let target = format!("{name}-import");
    drop(council(dir, &target, key));
    let out = Command::new("/usr/bin/time")
        .args(["-f", "%e %M"])
        .arg(env!("CARGO_BIN_EXE_conseil"))
        .arg("--db")
        .arg(dir.join(&target))
        .arg("-i")
        .arg(&key_file)
        .args(["archive", "import", "--accept-unauthenticated", "--archive-identity"])
        .arg(&key_file)
        .arg(&file)
        .output()
        .expect("GNU time (/usr/bin/time)");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let err = String::from_utf8_lossy(&out.stderr);
    let last = err.lines().last().unwrap_or_default();
    let mut it = last.split_whitespace();
    let seconds = it.next().and_then(|s| s.parse().ok()).unwrap_or(f64::NAN);
    let peak = it.next().and_then(|s| s.parse().ok()).unwrap_or(0);
    (seconds, peak, sealed.len())
}
