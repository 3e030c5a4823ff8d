//! Canary strings written into every free-text field never appear in any
//! file of the council: not as UTF-8, not as UTF-16, not lower-cased.

use conseil::archive::{self, Document, OpenWith, SealTo};
use conseil::domain::Council;

use crate::common::{files, put_sample, sample, TestCouncil};

const CANARY: &str = "CanaryTournesolXQ7";

fn encodings(s: &str) -> Vec<Vec<u8>> {
    let utf16le: Vec<u8> = s.encode_utf16().flat_map(u16::to_le_bytes).collect();
    let utf16be: Vec<u8> = s.encode_utf16().flat_map(u16::to_be_bytes).collect();
    vec![s.as_bytes().to_vec(), s.to_lowercase().into_bytes(), utf16le, utf16be]
}

fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[test]
fn no_canary_reaches_the_disk() {
    let (council, store) = TestCouncil::new();
    for i in 0..50 {
        let mut s = sample(&format!("{CANARY} {i}"));
        s.member.pseudonym = format!("Tournesol{}{i}", ["A", "B", "C", "D", "E"][i % 5]);
        put_sample(&store, &s);
    }
    let mut c: Council = store.council().unwrap();
    c.name = format!("Conseil {CANARY}");
    store.put_council(&c).unwrap();
    drop(store);

    let needles: Vec<Vec<u8>> = encodings(CANARY).into_iter().chain(encodings("Tournesol")).collect();
    let all = files(&council.path());
    assert!(!all.is_empty());
    let mut scanned = 0;
    for file in all {
        let bytes = std::fs::read(&file).unwrap();
        scanned += bytes.len();
        for needle in &needles {
            assert!(!contains(&bytes, needle), "plaintext found in {}", file.display());
        }
    }
    assert!(scanned > 10_000, "the council should hold the records ({scanned} bytes)");
}

#[test]
fn archives_hold_no_canary_but_open_to_it() {
    let (_council, store) = TestCouncil::new();
    put_sample(&store, &sample(CANARY));
    let dir = tempfile::tempdir().unwrap();
    let id = age::x25519::Identity::generate();
    let plain = archive::to_json(&Document::from_store(&store).unwrap()).unwrap();
    for armor in [false, true] {
        let sealed = archive::seal(&plain, &SealTo::Recipients(vec![Box::new(id.to_public())]), armor).unwrap();
        let path = dir.path().join(format!("archive-{armor}.age"));
        archive::keys::write_new(&path, &sealed, false).unwrap();
        let bytes = std::fs::read(&path).unwrap();
        for needle in encodings(CANARY) {
            assert!(!contains(&bytes, &needle), "plaintext in the archive (armor {armor})");
        }
        let opened = archive::open(&bytes, &OpenWith::Identities(vec![Box::new(id.clone())])).unwrap();
        assert!(contains(&opened, CANARY.as_bytes()), "the canary is inside, sealed");
    }
    assert_eq!(files(dir.path()).len(), 2, "no temporary file left beside the archives");
}

#[test]
fn canary_search_would_catch_plaintext() {
    // The scan itself must be able to fail: plaintext in a file is found.
    let dir = tempfile::tempdir().unwrap();
    let text: Vec<u8> = CANARY.encode_utf16().flat_map(u16::to_le_bytes).collect();
    std::fs::write(dir.path().join("leak"), [b"xx".as_slice(), &text].concat()).unwrap();
    let bytes = std::fs::read(dir.path().join("leak")).unwrap();
    assert!(encodings(CANARY).iter().any(|n| contains(&bytes, n)));
}
