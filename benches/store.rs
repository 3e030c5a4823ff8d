//! Storage benchmark on a generated ten-year council (120 monthly meetings
//! of 8 agenda items, 40 working-group meetings, 5,000 tasks, 30,000
//! contributions). Run with `cargo bench --bench store`.
//!
//! Measures, as medians: unlock + load everything with an identity and with
//! a passphrase (the head verified at each open; the store left open, as the
//! terminal UI leaves it, and its close timed apart); one record write including
//! fsync and the head (store and head file); the first open after a session
//! that wrote (files copied aside first); `check`; `recover` from the raw
//! files; size on disk against the serialised payload; growth after 80,000
//! single-record updates of the ten-year council and after 1,000 saves of a
//! 200 KB meeting, before and after compaction; and the design we rejected —
//! one age file per record — on the same records, to report the ratio.

#![allow(clippy::expect_used, clippy::unwrap_used)]

/// The binary's allocator (every freed block zeroed), so that what is
/// measured is what runs.
#[global_allocator]
static ALLOCATOR: zeroizing_alloc::ZeroAlloc<std::alloc::System> = zeroizing_alloc::ZeroAlloc(std::alloc::System);

use std::path::Path;
use std::time::{Duration, Instant};

use age::secrecy::SecretString;
use age::x25519;
use conseil::demo::{populate, DemoSize};
use conseil::domain::*;
use conseil::storage::{Access, Store, Unlock};
use serde::{de::DeserializeOwned, Serialize};
use time::macros::date;

fn median(mut samples: Vec<Duration>) -> Duration {
    samples.sort();
    samples[samples.len() / 2]
}

fn percentile(mut samples: Vec<Duration>, p: f64) -> Duration {
    samples.sort();
    let i = ((samples.len() as f64 - 1.0) * p).round() as usize;
    samples[i]
}

fn time<T>(f: impl FnOnce() -> T) -> (Duration, T) {
    let t = Instant::now();
    let out = f();
    (t.elapsed(), out)
}

/// Every record, loaded into memory as the terminal UI will.
struct Loaded {
    members: Vec<Member>,
    groups: Vec<WorkingGroup>,
    meetings: Vec<Meeting>,
    tasks: Vec<Task>,
    contributions: Vec<Contribution>,
}

impl Loaded {
    fn from_store(store: &Store) -> Self {
        Self {
            members: store.list().expect("members"),
            groups: store.list().expect("groups"),
            meetings: store.list().expect("meetings"),
            tasks: store.list().expect("tasks"),
            contributions: store.list().expect("contributions"),
        }
    }

    fn count(&self) -> usize {
        self.members.len() + self.groups.len() + self.meetings.len() + self.tasks.len() + self.contributions.len()
    }

    fn payload(&self) -> usize {
        fn size<T: Serialize>(v: &[T]) -> usize {
            v.iter().map(|r| postcard::to_allocvec(r).expect("encode").len()).sum()
        }
        size(&self.members) + size(&self.groups) + size(&self.meetings) + size(&self.tasks) + size(&self.contributions)
    }
}

/// (apparent size, allocated blocks) of every file under `dir`, in bytes.
fn dir_size(dir: &Path) -> (u64, u64) {
    use std::os::unix::fs::MetadataExt;
    std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| {
            let e = e.expect("entry");
            let meta = e.metadata().expect("meta");
            if meta.is_dir() {
                dir_size(&e.path())
            } else {
                (meta.len(), meta.blocks() * 512)
            }
        })
        .fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1))
}

/// The rejected design: each record its own age file.
fn write_age_files<T: Serialize + Record>(dir: &Path, recipient: &x25519::Recipient, records: &[T]) {
    for r in records {
        let bytes = postcard::to_allocvec(r).expect("encode");
        let sealed = age::encrypt(recipient, &bytes).expect("age encrypt");
        std::fs::write(dir.join(r.id().to_string()), sealed).expect("write");
    }
}

fn read_age_files<T: DeserializeOwned>(dir: &Path, identity: &x25519::Identity) -> Vec<T> {
    std::fs::read_dir(dir)
        .expect("dir")
        .map(|e| {
            let sealed = std::fs::read(e.expect("entry").path()).expect("read");
            let bytes = age::decrypt(identity, &sealed).expect("age decrypt");
            postcard::from_bytes(&bytes).expect("decode")
        })
        .collect()
}

fn main() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("council");
    let identity = x25519::Identity::generate();
    let passphrase = SecretString::from("phrase de passe du banc d'essai".to_string());
    let access = Access { recipients: vec![identity.to_public()], passphrase: Some(passphrase.clone()) };
    let council = Council::new("Conseil sur dix ans", Language::Fr).expect("council");
    let (gen_time, summary) = time(|| {
        let store = Store::create(&path, &council, &access).expect("create");
        populate(&store, DemoSize::TEN_YEARS, date!(2016 - 01 - 01), 10).expect("populate")
    });
    println!("generated in {gen_time:.2?}: {summary:?}");
    let fresh_disk = dir_size(&path);

    // Unlock + load everything, identity file.
    let by_identity = Unlock::Identities(vec![identity.clone()]);
    let mut samples = Vec::new();
    let mut loaded = None;
    // The store stays open once loaded (as in the terminal UI): closing it
    // (sled's flush and its threads' end) is timed apart.
    let mut closes = Vec::new();
    for _ in 0..9 {
        let (d, (store, l)) = time(|| {
            let store = Store::open(&path, &by_identity).expect("open");
            let l = Loaded::from_store(&store);
            (store, l)
        });
        samples.push(d);
        loaded = Some(l);
        closes.push(time(|| drop(store)).0);
    }
    let loaded = loaded.expect("loaded");
    let load_identity = median(samples);
    let close = median(closes);
    // The two halves: the open (sled, key unwrap, head check) and the load.
    let mut opens = Vec::new();
    let mut loads = Vec::new();
    for _ in 0..9 {
        let (d, store) = time(|| Store::open(&path, &by_identity).expect("open"));
        opens.push(d);
        loads.push(time(|| Loaded::from_store(&store)).0);
    }
    let (open_only, load_only) = (median(opens), median(loads));

    // Unlock + load everything, passphrase (scrypt's deliberate cost).
    let by_passphrase = Unlock::Passphrase(passphrase);
    let samples: Vec<Duration> =
        (0..3).map(|_| time(|| Loaded::from_store(&Store::open(&path, &by_passphrase).expect("open"))).0).collect();
    let load_passphrase = median(samples);

    // One record write, fsync included.
    let store = Store::open(&path, &by_identity).expect("open");
    let template = loaded.contributions[0].clone();
    let samples: Vec<Duration> = (0..300)
        .map(|_| {
            let mut c = template.clone();
            c.id = RecordId::random();
            time(|| store.put(&c).expect("put")).0
        })
        .collect();
    let write_p99 = percentile(samples.clone(), 0.99);
    let write_median = median(samples);
    drop(store);

    // The first open after a session that wrote: the files are copied
    // aside before sled's recovery may rewrite them, then verified.
    let (open_after_writes, _) = time(|| Loaded::from_store(&Store::open(&path, &by_identity).expect("open")));
    // `check`: the head, then every record decrypted and validated.
    let (check_time, clean) = time(|| {
        let (store, verdict) = Store::open_examined(&path, &by_identity).expect("open");
        store.check_with(&verdict).expect("check").is_clean()
    });
    assert!(clean, "the generated council checks clean");
    // `recover` from the raw files, without sled.
    let target = dir.path().join("recovered");
    let (recover_time, recovered) =
        time(|| conseil::storage::recover(&path, &by_identity, &target, &council).expect("recover"));

    let payload = loaded.payload();
    let disk = dir_size(&path);

    // Growth: 80,000 single-record updates (contributions edited in turn),
    // then a compaction. (CONSEIL_BENCH_QUICK=1 skips the growth runs.)
    let quick = std::env::var_os("CONSEIL_BENCH_QUICK").is_some();
    let updates = if quick { 0 } else { 80_000 };
    let big_saves = if quick { 0 } else { 1_000 };
    let mut store = Store::open(&path, &by_identity).expect("open");
    let (updates_time, ()) = time(|| {
        for i in 0..updates {
            let mut c = loaded.contributions[i % loaded.contributions.len()].clone();
            c.text = format!("{} (relu {i})", c.text);
            store.put(&c).expect("update");
        }
    });
    let after_updates = dir_size(&path);
    let updates_live = store.live_bytes().expect("live");
    let (compact_time, compacted) = time(|| store.compact().expect("compact"));
    let after_compaction = dir_size(&path);

    // Growth: one meeting of ~200 KB of notes saved 1,000 times, in a
    // council of its own; compacted as a clean close would, then measured.
    let big_path = dir.path().join("big-meeting");
    let mut big = Store::create(&big_path, &council, &access).expect("create");
    let mut meeting = loaded.meetings[0].clone();
    let words = ["le", "conseil", "parle", "des", "loyers", "et", "de", "la", "santé", "mentale"];
    let (saves_time, ()) = time(|| {
        for round in 0..big_saves {
            meeting.agenda[0].notes =
                (0..40_000).map(|i| words[(i * 7 + round) % words.len()]).collect::<Vec<_>>().join(" ");
            big.put(&meeting).expect("save");
        }
    });
    let big_live = big.live_bytes().expect("live");
    let big_disk = dir_size(&big_path);
    let big_compacted = big.compact().expect("compact");
    let big_after = dir_size(&big_path);
    // The same 1,000 saves in a terminal UI session, which looks every 25
    // commits (`Session::maintain`) and compacts a bloated folder.
    let maintained_path = dir.path().join("maintained");
    let mut maintained = Store::create(&maintained_path, &council, &access).expect("create");
    let mut largest = 0;
    let (maintained_time, ()) = time(|| {
        for round in 0..big_saves {
            meeting.agenda[0].notes =
                (0..40_000).map(|i| words[(i * 7 + round) % words.len()]).collect::<Vec<_>>().join(" ");
            maintained.put(&meeting).expect("save");
            if maintained.counter() % 25 == 0 {
                maintained.compact_if_bloated().expect("compact");
            }
            largest = largest.max(dir_size(&maintained_path).1);
        }
    });
    let maintained_end = dir_size(&maintained_path).1;

    // The rejected design on the same records.
    let age_dir = dir.path().join("age-files");
    std::fs::create_dir(&age_dir).expect("mkdir");
    let recipient = identity.to_public();
    let (age_write, ()) = time(|| {
        for (name, f) in [
            ("members", &(|d: &Path| write_age_files(d, &recipient, &loaded.members)) as &dyn Fn(&Path)),
            ("groups", &|d: &Path| write_age_files(d, &recipient, &loaded.groups)),
            ("meetings", &|d: &Path| write_age_files(d, &recipient, &loaded.meetings)),
            ("tasks", &|d: &Path| write_age_files(d, &recipient, &loaded.tasks)),
            ("contributions", &|d: &Path| write_age_files(d, &recipient, &loaded.contributions)),
        ] {
            let sub = age_dir.join(name);
            std::fs::create_dir(&sub).expect("mkdir");
            f(&sub);
        }
    });
    let samples: Vec<Duration> = (0..3)
        .map(|_| {
            time(|| {
                let l = Loaded {
                    members: read_age_files(&age_dir.join("members"), &identity),
                    groups: read_age_files(&age_dir.join("groups"), &identity),
                    meetings: read_age_files(&age_dir.join("meetings"), &identity),
                    tasks: read_age_files(&age_dir.join("tasks"), &identity),
                    contributions: read_age_files(&age_dir.join("contributions"), &identity),
                };
                assert_eq!(l.count(), loaded.count());
            })
            .0
        })
        .collect();
    let age_load = median(samples);
    let age_disk = dir_size(&age_dir);

    println!();
    println!("records loaded                       {}", loaded.count());
    println!("unlock + load, identity (median/9)   {load_identity:.1?}   goal ≤ 150 ms");
    println!("  then close (sled flush, threads)   {close:.1?}");
    println!("  of which open + head check         {open_only:.1?}, decrypt + decode all {load_only:.1?}");
    println!("unlock + load, passphrase (median/3) {load_passphrase:.1?}   (scrypt 2^18 once)");
    println!("one write incl. fsync (median/300)   {write_median:.2?}   p99 {write_p99:.2?}   goal ≤ 5 ms");
    println!("  (head: transaction + sealed head + head file written beside, synced, renamed)");
    println!("first open + load after writes       {open_after_writes:.1?}   (files copied aside first)");
    println!("check (head + decrypt all)           {check_time:.1?}");
    println!(
        "recover from raw files               {recover_time:.1?}   {} records, complete {:?}",
        recovered.restored.values().sum::<usize>(),
        recovered.complete
    );
    println!("payload (postcard)                   {:.1} MiB", payload as f64 / 1048576.0);
    let mib = |b: u64| b as f64 / 1048576.0;
    let ratio = |b: u64| b as f64 / payload as f64;
    println!(
        "disk (sled folder), allocated        {:.1} MiB   = {:.2}× payload   goal ≤ 3×",
        mib(disk.1),
        ratio(disk.1)
    );
    println!("disk (sled folder), apparent size    {:.1} MiB   = {:.2}× payload", mib(disk.0), ratio(disk.0));
    println!(
        "disk right after generation          {:.1} MiB   = {:.2}× payload",
        mib(fresh_disk.1),
        ratio(fresh_disk.1)
    );
    println!(
        "80,000 single-record updates         {updates_time:.1?}   disk {:.1} MiB = {:.2}× live ({:.1} MiB)   goal ≤ 3×",
        mib(after_updates.1),
        after_updates.1 as f64 / updates_live as f64,
        mib(updates_live)
    );
    println!(
        "  then compacted                     {compact_time:.1?}   disk {:.1} MiB = {:.2}× live   ({:.1} → {:.1} MiB)",
        mib(after_compaction.1),
        after_compaction.1 as f64 / compacted.live as f64,
        mib(compacted.before),
        mib(compacted.after)
    );
    println!(
        "1,000 saves of a 200 KB meeting      {saves_time:.1?}   disk {:.1} MiB = {:.1}× live ({:.2} MiB)",
        mib(big_disk.1),
        big_disk.1 as f64 / big_live as f64,
        mib(big_live)
    );
    println!(
        "  then compacted                     disk {:.2} MiB = {:.2}× live   ({:.1} → {:.2} MiB)",
        mib(big_after.1),
        big_after.1 as f64 / big_compacted.live as f64,
        mib(big_compacted.before),
        mib(big_compacted.after)
    );
    println!(
        "  in a session (compact every 25)    {maintained_time:.1?}   disk at most {:.1} MiB, {:.1} MiB at the end = {:.1}× live",
        mib(largest),
        mib(maintained_end),
        maintained_end as f64 / big_live as f64
    );
    println!("rejected: one age file per record");
    println!("  write all                          {age_write:.1?}");
    println!(
        "  load all (median/3)                {age_load:.1?}   = {:.1}× slower than the store   goal ≥ 20×",
        age_load.as_secs_f64() / load_identity.as_secs_f64()
    );
    println!("  disk, allocated                    {:.1} MiB   = {:.2}× payload", mib(age_disk.1), ratio(age_disk.1));
}
