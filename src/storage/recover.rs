//! `recover`: a fresh council rebuilt from the raw files of a damaged one,
//! without ever opening it with sled (whose recovery would rewrite it).
//!
//! The data key is unwrapped from an age file found in the raw bytes; every
//! sealed value found intact is a candidate, and each record is taken at its
//! newest revision that opens, decodes and passes the domain's checks. The
//! rebuilt set is then compared with the newest authentic head (the head
//! file, or a head found in the files): if the digest of what was rebuilt
//! equals it, the council is back exactly as last saved; if not, the report
//! names every write a surviving head lists that could not be brought back.
//!
//! The new council gets a fresh data key (as a rotation does) for the
//! recipients the newest intact list names, plus whoever unlocked it; a
//! passphrase is carried over only when it is the one typed now. Old key
//! wraps found in the files are never copied: one could be for a recipient
//! removed since.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use super::error::StoreError;
use super::head::{Digest, Hasher, Head};
use super::keys::{Access, DataKey, Unlock};
use super::meta;
use super::mirror;
use super::scan::{self, Found, PlaceKey};
use super::store::Store;
use crate::domain::{AdvocacyDraft, Contribution, Council, Kind, Meeting, Member, Record, Task, WorkingGroup};

/// A write a surviving head lists that could not be brought back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unrecovered {
    /// Its tree.
    pub tree: String,
    /// Its id (hex) or meta key.
    pub id: String,
    /// The revision that was lost.
    pub seq: u64,
}

/// What `recover` did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RecoverReport {
    /// Where the new council is.
    pub target: PathBuf,
    /// Records restored, per kind.
    pub restored: BTreeMap<Kind, usize>,
    /// Whether the council's own record (name, settings) was found.
    pub council_found: bool,
    /// Whether the rebuilt council is exactly the last saved state
    /// (`None` when no authentic head survived to compare with).
    pub complete: Option<bool>,
    /// Commit number of the state compared with.
    pub reference: Option<u64>,
    /// Writes known to be lost.
    pub unrecovered: Vec<Unrecovered>,
    /// Whether the passphrase could not be carried over.
    pub passphrase_dropped: bool,
    /// Files that could not be read at all.
    pub unreadable: Vec<PathBuf>,
}

/// Rebuilds the council at `path` (and its copy kept aside, if any) into a
/// new council at `target`. `fallback` names it when its own record is lost.
pub fn recover(path: &Path, unlock: &Unlock, target: &Path, fallback: &Council) -> Result<RecoverReport, StoreError> {
    if target.exists() {
        return Err(StoreError::AlreadyExists(target.to_path_buf()));
    }
    let preserved = super::preserve::path_for(path);
    let files = scan::files(&[path, &preserved]);
    if files.is_empty() {
        return Err(StoreError::NotFound(path.to_path_buf()));
    }
    let wraps = scan::wraps(&files);
    let old_key = unwrap_from_files(&wraps, unlock, path)?;
    let rk = old_key.record_key();
    let (found, unreadable) = scan::values(&files, &rk);
    let mut by_place: HashMap<PlaceKey, Vec<Found>> = HashMap::new();
    for f in found {
        by_place.entry((f.tree.clone(), f.key.clone())).or_default().push(f);
    }
    for versions in by_place.values_mut() {
        versions.sort_by_key(|f| std::cmp::Reverse(f.seq));
    }
    let mut report = RecoverReport { target: target.to_path_buf(), unreadable, ..Default::default() };
    let mut chosen: HashMap<PlaceKey, u64> = HashMap::new();
    let rebuild = Rebuild { rk: &rk, by_place: &by_place };
    let council: Option<(Council, u64)> = rebuild.meta_value(meta::COUNCIL);
    report.council_found = council.is_some();
    let recipients: Option<(Vec<String>, u64)> = rebuild.meta_value(meta::RECIPIENTS);
    let access = access_for(unlock, recipients.as_ref().map(|r| r.0.as_slice()).unwrap_or(&[]), &mut report);
    let council_record = council.as_ref().map_or_else(|| fallback.clone(), |c| c.0.clone());
    let fresh = Store::create(target, &council_record, &access)?;
    for (key, value) in [(meta::COUNCIL, council.map(|c| c.1)), (meta::RECIPIENTS, recipients.map(|r| r.1))] {
        if let Some(seq) = value {
            chosen.insert((meta::TREE.to_string(), key.to_vec()), seq);
        }
    }
    rebuild.lists(&fresh, &old_key, &mut chosen)?;
    rebuild.archive_key(&fresh, &old_key, &mut chosen)?;
    let mut writer = Writer { store: &fresh, batch: fresh.batch(), staged: 0 };
    rebuild.kind::<Member>(&mut writer, &mut report, &mut chosen)?;
    rebuild.kind::<WorkingGroup>(&mut writer, &mut report, &mut chosen)?;
    rebuild.kind::<Meeting>(&mut writer, &mut report, &mut chosen)?;
    rebuild.kind::<Task>(&mut writer, &mut report, &mut chosen)?;
    rebuild.kind::<Contribution>(&mut writer, &mut report, &mut chosen)?;
    rebuild.kind::<AdvocacyDraft>(&mut writer, &mut report, &mut chosen)?;
    writer.batch.commit()?;
    compare(path, &old_key, &wraps, &by_place, &chosen, &mut report);
    Ok(report)
}

/// The data key, from the first age file in the raw bytes that opens.
fn unwrap_from_files(wraps: &[Vec<u8>], unlock: &Unlock, path: &Path) -> Result<DataKey, StoreError> {
    let mut last = None;
    for wrap in wraps {
        match super::open::unwrap_with(wrap, unlock) {
            Ok(key) => return Ok(key),
            Err(e) => last = e.or(last),
        }
    }
    Err(last.unwrap_or_else(|| StoreError::NotACouncil(path.to_path_buf())))
}

/// Who may open the new council: the recipients found, whoever unlocked
/// now, and the passphrase typed now.
fn access_for(unlock: &Unlock, found: &[String], report: &mut RecoverReport) -> Access {
    let mut recipients: Vec<age::x25519::Recipient> = found.iter().filter_map(|k| k.parse().ok()).collect();
    let mut passphrase = None;
    match unlock {
        Unlock::Identities(ids) => {
            for id in ids {
                let public = id.to_public();
                if !recipients.iter().any(|r| r.to_string() == public.to_string()) {
                    recipients.push(public);
                }
            }
            report.passphrase_dropped = true;
        }
        Unlock::Passphrase(p) => passphrase = Some(p.clone()),
    }
    Access { recipients, passphrase }
}

/// The candidates and the key that opens them.
struct Rebuild<'a> {
    rk: &'a super::keys::RecordKey,
    by_place: &'a HashMap<PlaceKey, Vec<Found>>,
}

impl Rebuild<'_> {
    /// The newest version of a meta value that opens and decodes as `T`.
    fn newest<T: serde::de::DeserializeOwned>(
        &self,
        tree: &str,
        key: &[u8],
        ok: impl Fn(&T) -> bool,
    ) -> Option<(T, u64)> {
        self.newest_with(tree, key, |_, body| postcard::from_bytes(body).ok(), ok)
    }

    /// The newest version of a place that opens, `decode`s (from its schema
    /// and bytes) and passes `ok`.
    fn newest_with<T>(
        &self,
        tree: &str,
        key: &[u8],
        decode: impl Fn(u16, &[u8]) -> Option<T>,
        ok: impl Fn(&T) -> bool,
    ) -> Option<(T, u64)> {
        let versions = self.by_place.get(&(tree.to_string(), key.to_vec()))?;
        versions.iter().find_map(|f| {
            let opened = super::envelope::open(self.rk, tree, key, &f.sealed, false).ok()?;
            let value = decode(opened.schema, &opened.body)?;
            ok(&value).then_some((value, f.seq))
        })
    }

    fn meta_value<T: serde::de::DeserializeOwned + Validated>(&self, key: &[u8]) -> Option<(T, u64)> {
        self.newest(meta::TREE, key, T::is_valid)
    }

    /// Every record of a kind at its newest valid revision.
    fn kind<R: Record>(
        &self,
        writer: &mut Writer<'_>,
        report: &mut RecoverReport,
        chosen: &mut HashMap<PlaceKey, u64>,
    ) -> Result<(), StoreError> {
        let tree = R::KIND.tree();
        let mut count = 0;
        for (tree_name, key) in self.by_place.keys().filter(|(t, _)| t == tree) {
            let valid = |r: &R| r.id().as_bytes()[..] == key[..] && r.validate().is_ok();
            let decode = |schema, body: &[u8]| super::schema::decode::<R>(schema, body).ok();
            if let Some((record, seq)) = self.newest_with(tree_name, key, decode, valid) {
                chosen.insert((tree.to_string(), key.clone()), seq);
                writer.put(&record)?;
                count += 1;
            }
        }
        report.restored.insert(R::KIND, count);
        Ok(())
    }

    /// The keyed lists (never-write names, dismissed words), carried as
    /// the bytes they were, and the key their hashes were made under (the
    /// old data key's, unless a rotation kept an older one).
    fn lists(&self, fresh: &Store, old: &DataKey, chosen: &mut HashMap<PlaceKey, u64>) -> Result<(), StoreError> {
        let mut bodies: Vec<(&[u8], zeroize::Zeroizing<Vec<u8>>)> = Vec::new();
        for key in meta::LISTS {
            if let Some((body, seq)) = self.body(key) {
                chosen.insert((meta::TREE.to_string(), key.to_vec()), seq);
                bodies.push((key, body));
            }
        }
        if bodies.is_empty() {
            return Ok(());
        }
        let key_body = match self.body(meta::NEVER_WRITE_KEY) {
            Some((body, seq)) => {
                chosen.insert((meta::TREE.to_string(), meta::NEVER_WRITE_KEY.to_vec()), seq);
                body
            }
            None => {
                let derived = zeroize::Zeroizing::new(old.never_write_key().to_vec());
                zeroize::Zeroizing::new(
                    postcard::to_allocvec(&*derived).map_err(|e| StoreError::Database(e.to_string()))?,
                )
            }
        };
        bodies.push((meta::NEVER_WRITE_KEY, key_body));
        fresh.put_meta_bodies(&bodies)
    }

    /// The key authenticating archives: the one kept sealed, or the old
    /// data key's (the new council has a new data key).
    fn archive_key(&self, fresh: &Store, old: &DataKey, chosen: &mut HashMap<PlaceKey, u64>) -> Result<(), StoreError> {
        let kept = self.newest::<Vec<u8>>(meta::TREE, meta::ARCHIVE_KEY, |k| k.len() == 32);
        let key: [u8; 32] = match kept {
            Some((k, seq)) => {
                chosen.insert((meta::TREE.to_string(), meta::ARCHIVE_KEY.to_vec()), seq);
                let k = zeroize::Zeroizing::new(k);
                k.as_slice().try_into().map_err(|_| super::store::corrupt(meta::TREE, meta::ARCHIVE_KEY))?
            }
            None => *old.archive_key(),
        };
        let key = zeroize::Zeroizing::new(key);
        fresh.put_archive_key(&key)
    }

    /// The newest version of a meta value that opens, as its bytes.
    fn body(&self, key: &[u8]) -> Option<(zeroize::Zeroizing<Vec<u8>>, u64)> {
        let versions = self.by_place.get(&(meta::TREE.to_string(), key.to_vec()))?;
        versions.iter().find_map(|f| {
            let opened = super::envelope::open(self.rk, meta::TREE, key, &f.sealed, false).ok()?;
            Some((opened.body, f.seq))
        })
    }
}

/// Writes records in transactions of a thousand.
struct Writer<'a> {
    store: &'a Store,
    batch: super::batch::Batch<'a>,
    staged: usize,
}

impl Writer<'_> {
    fn put<R: Record>(&mut self, record: &R) -> Result<(), StoreError> {
        self.batch.put(record)?;
        self.staged += 1;
        if self.staged == 1_000 {
            std::mem::replace(&mut self.batch, self.store.batch()).commit()?;
            self.staged = 0;
        }
        Ok(())
    }
}

/// Meta values checked before they are believed.
trait Validated {
    fn is_valid(&self) -> bool;
}
impl Validated for Council {
    fn is_valid(&self) -> bool {
        self.validate().is_ok()
    }
}
impl Validated for Vec<String> {
    fn is_valid(&self) -> bool {
        self.iter().all(|k| k.parse::<age::x25519::Recipient>().is_ok())
    }
}

/// Compares what was rebuilt with the newest authentic head, and names
/// the writes surviving heads list that were not brought back.
fn compare(
    path: &Path,
    old: &DataKey,
    wraps: &[Vec<u8>],
    by_place: &HashMap<PlaceKey, Vec<Found>>,
    chosen: &HashMap<PlaceKey, u64>,
    report: &mut RecoverReport,
) {
    let rk = old.record_key();
    let hasher = Hasher::new(&old.head_key());
    let heads: Vec<Head> = by_place
        .get(&(meta::TREE.to_string(), meta::HEAD.to_vec()))
        .into_iter()
        .flatten()
        .filter_map(|f| super::envelope::open(&rk, meta::TREE, meta::HEAD, &f.sealed, false).ok())
        .filter_map(|o| postcard::from_bytes::<Head>(&o.body).ok().filter(|h| h.counter == o.seq))
        .collect();
    let mut reference = heads.iter().max_by_key(|h| h.counter).map(|h| (h.counter, h.digest));
    if let Ok(mirror::Found::Present(m)) = mirror::read(path, &rk) {
        if reference.is_none_or(|(c, _)| m.counter > c) {
            reference = Some((m.counter, m.digest));
        }
    }
    let mut lost: BTreeMap<PlaceKey, u64> = BTreeMap::new();
    for h in &heads {
        for place in &h.written {
            let restored = chosen.get(place).copied().unwrap_or(0);
            let rebuilt = place.0 != meta::TREE || meta::SEALED.contains(&place.1.as_slice());
            if restored < h.counter && rebuilt && place.1 != meta::UI_DRAFT {
                let e = lost.entry(place.clone()).or_insert(h.counter);
                *e = (*e).max(h.counter);
            }
        }
    }
    // A place rebuilt at a later revision than a lost write was not lost.
    report.unrecovered = lost
        .into_iter()
        .map(|((tree, key), seq)| Unrecovered { tree, id: super::findings::display_id(&key), seq })
        .collect();
    let Some((counter, digest)) = reference else { return };
    report.reference = Some(counter);
    let mut envelopes = Digest::default();
    for ((tree, key), seq) in chosen {
        envelopes.toggle(&hasher.at(tree, key, *seq));
    }
    report.complete = Some(matches_with_clear_values(&hasher, envelopes, digest, wraps, by_place, &rk));
    if report.complete == Some(true) {
        report.unrecovered.clear();
    }
}

/// Whether `envelopes` plus some choice of the values that are not
/// envelopes (format, schema — the council's may be any this version
/// reads —, key wraps found in the files) and of the screen-lock draft (not
/// restored) gives `digest`.
fn matches_with_clear_values(
    hasher: &Hasher,
    envelopes: Digest,
    digest: Digest,
    wraps: &[Vec<u8>],
    by_place: &HashMap<PlaceKey, Vec<Found>>,
    rk: &super::keys::RecordKey,
) -> bool {
    (1..=crate::domain::SCHEMA_VERSION).any(|schema| {
        let mut base = envelopes;
        base.toggle(&hasher.element(meta::TREE, meta::FORMAT, &super::STORE_FORMAT.to_be_bytes()));
        base.toggle(&hasher.element(meta::TREE, meta::SCHEMA, &schema.to_be_bytes()));
        matches_with_wraps(hasher, base, digest, wraps, by_place, rk)
    })
}

/// Whether `base` plus some choice of the key wraps and of the screen-lock
/// draft gives `digest`.
fn matches_with_wraps(
    hasher: &Hasher,
    base: Digest,
    digest: Digest,
    wraps: &[Vec<u8>],
    by_place: &HashMap<PlaceKey, Vec<Found>>,
    rk: &super::keys::RecordKey,
) -> bool {
    let element = |key: &[u8], w: &Option<&Vec<u8>>| w.map(|w| hasher.element(meta::TREE, key, w));
    let choices: Vec<Option<&Vec<u8>>> = std::iter::once(None).chain(wraps.iter().map(Some)).collect();
    let drafts: Vec<Option<[u8; 32]>> = std::iter::once(None)
        .chain(
            by_place
                .get(&(meta::TREE.to_string(), meta::UI_DRAFT.to_vec()))
                .into_iter()
                .flatten()
                .filter(|f| super::envelope::open(rk, meta::TREE, meta::UI_DRAFT, &f.sealed, false).is_ok())
                .map(|f| Some(hasher.at(meta::TREE, meta::UI_DRAFT, f.seq))),
        )
        .collect();
    for r in &choices {
        for p in &choices {
            for d in &drafts {
                let mut x = base;
                for e in
                    [element(meta::WRAP_RECIPIENTS, r), element(meta::WRAP_PASSPHRASE, p), *d].into_iter().flatten()
                {
                    x.toggle(&e);
                }
                if x == digest {
                    return true;
                }
            }
        }
    }
    false
}

impl Store {
    /// Seals serialised values straight into `meta` (the rebuilt "never
    /// write" list and its key, kept as the bytes they were).
    fn put_meta_bodies(&self, values: &[(&[u8], zeroize::Zeroizing<Vec<u8>>)]) -> Result<(), StoreError> {
        let mut batch = self.meta_batch();
        let seq = self.lock_head().counter + 1;
        for (key, body) in values {
            let sealed =
                super::envelope::seal(&self.record_key, meta::TREE, key, seq, crate::domain::SCHEMA_VERSION, body)
                    .ok_or_else(super::store::sealing_failed)?;
            batch.push(key, Some(sealed));
        }
        batch.commit()
    }
}
