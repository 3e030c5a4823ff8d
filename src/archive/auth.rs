//! Who made an archive: age proves only who may *open* one (anyone holding
//! the council's public key can seal a forged archive to it), so archives
//! and return slips carry an authenticator only the council, or the one
//! member a slip was for, could have computed.
//!
//! - A council archive (backup, hand-over) carries
//!   `"authentication": {"council": ID, "hmac-sha256": MAC}`: an HMAC over
//!   the document under the council's archive key (derived from its data
//!   key, kept across rotations). Re-imported into its own council it is
//!   *authentic*; anywhere else it is *unauthenticated*, and an import
//!   shows its fingerprint and needs an explicit confirmation.
//! - A member's slip carries a per-slip return key (derived from the
//!   archive key, the member and a random nonce) sealed to the member only;
//!   the return slip is MACed under it, so the secretary's public key alone
//!   cannot forge one.
//!
//! The MAC covers the JSON in a canonical form — the parsed document
//! without its `authentication` field, written compactly with keys sorted —
//! so `age -d | jq` still reads an archive and any change to any value
//! shows. The fingerprint is the SHA-256 of that same form, shortened, for
//! two people to compare over the phone.

use hmac::{Hmac, Mac};
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::ArchiveError;
use crate::domain::RecordId;

/// Name of the authenticator's field.
pub const FIELD: &str = "authentication";

/// What verifying an archive found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Authenticity {
    /// Made by this council (or, for a return slip, by the member it was
    /// sent to).
    Authentic,
    /// Not provably from here: a forgery, or an archive of another council.
    Unauthenticated {
        /// Short fingerprint of the contents, to compare with the sender.
        fingerprint: String,
        /// The council id the archive claims, if any.
        claimed: Option<String>,
    },
}

/// A document split from its authenticator.
pub struct Split {
    /// The canonical bytes (what the MAC covers; parses as the document).
    pub canonical: Vec<u8>,
    /// The authenticator, if the file had one.
    auth: Option<Map<String, Value>>,
}

/// The file's form is wrong: the parser's words are kept as detail.
fn invalid(detail: impl ToString) -> ArchiveError {
    ArchiveError::Invalid { kind: "document", id: String::new(), reason: super::Refusal::Malformed(detail.to_string()) }
}

fn mac(key: &[u8; 32], parts: &[&[u8]]) -> [u8; 32] {
    // HMAC takes keys of any length: this cannot fail.
    let Ok(mut m) = <Hmac<Sha256> as Mac>::new_from_slice(key) else { return [0; 32] };
    for p in parts {
        m.update(&(p.len() as u64).to_le_bytes());
        m.update(p);
    }
    m.finalize().into_bytes().into()
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The public id of a council's archive key (names it, reveals nothing).
pub fn council_id(key: &[u8; 32]) -> String {
    hex(&mac(key, &[b"conseil/archive/id"])[..8])
}

/// The fingerprint of canonical bytes: five groups of four hex digits.
pub fn fingerprint(canonical: &[u8]) -> String {
    let h = hex(&Sha256::digest(canonical)[..10]);
    h.as_bytes().chunks(4).map(|c| String::from_utf8_lossy(c).into_owned()).collect::<Vec<_>>().join("-")
}

/// Splits decrypted JSON into its canonical form and its authenticator.
pub fn split(json: &[u8]) -> Result<Split, ArchiveError> {
    let (canonical, auth) = super::canonical::canonical_without(json, FIELD).map_err(|_| ArchiveError::NotAnArchive)?;
    let auth = match auth {
        Some(Value::Object(a)) => Some(a),
        Some(_) => {
            return Err(ArchiveError::Invalid {
                kind: "document",
                id: String::new(),
                reason: super::Refusal::Authentication,
            })
        }
        None => None,
    };
    Ok(Split { canonical, auth })
}

/// `json` (pretty) with `auth` added as its authenticator.
fn attach(json: &[u8], auth: Map<String, Value>) -> Result<Vec<u8>, ArchiveError> {
    let mut value: Value = serde_json::from_slice(json).map_err(invalid)?;
    let object = value.as_object_mut().ok_or_else(|| invalid("not an object"))?;
    object.insert(FIELD.to_string(), Value::Object(auth));
    serde_json::to_vec_pretty(&value).map_err(invalid)
}

fn field(auth: &Map<String, Value>, name: &str) -> Option<String> {
    auth.get(name).and_then(Value::as_str).map(str::to_string)
}

/// Signs a council archive's JSON under the council's archive key.
pub fn sign(json: &[u8], key: &[u8; 32]) -> Result<Vec<u8>, ArchiveError> {
    let canonical = split(json)?.canonical;
    let mut auth = Map::new();
    auth.insert("council".into(), Value::String(council_id(key)));
    auth.insert("hmac-sha256".into(), Value::String(hex(&mac(key, &[b"conseil/archive", &canonical]))));
    attach(json, auth)
}

/// Whether a council archive was made by the council holding `key`.
pub fn verify(split: &Split, key: &[u8; 32]) -> Authenticity {
    let want = hex(&mac(key, &[b"conseil/archive", &split.canonical]));
    let auth = split.auth.as_ref();
    let given = auth.and_then(|a| field(a, "hmac-sha256"));
    // Compared in constant time: the MAC is a secret until it matches.
    if given.is_some_and(|g| constant_eq(g.as_bytes(), want.as_bytes())) {
        return Authenticity::Authentic;
    }
    Authenticity::Unauthenticated {
        fingerprint: fingerprint(&split.canonical),
        claimed: auth.and_then(|a| field(a, "council")),
    }
}

fn constant_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The return key of the slip for `member` made with `nonce`.
fn return_key(key: &[u8; 32], member: RecordId, nonce: &[u8]) -> Zeroizing<[u8; 32]> {
    Zeroizing::new(mac(key, &[b"conseil/slip/return", member.as_bytes(), nonce]))
}

/// A member's slip with the key its return slip will be signed with.
pub fn attach_return_key(json: &[u8], key: &[u8; 32], member: RecordId) -> Result<Vec<u8>, ArchiveError> {
    let nonce: [u8; 16] = rand::random();
    let k = return_key(key, member, &nonce);
    let mut auth = Map::new();
    auth.insert("nonce".into(), Value::String(hex(&nonce)));
    auth.insert("return-key".into(), Value::String(hex(&k[..])));
    attach(json, auth)
}

fn unhex(s: &str) -> Option<Vec<u8>> {
    if s.len() % 2 != 0 {
        return None;
    }
    (0..s.len()).step_by(2).map(|i| u8::from_str_radix(s.get(i..i + 2)?, 16).ok()).collect()
}

/// The nonce and return key a slip carries, if it carries them.
pub fn return_key_of(slip: &Split) -> Option<(Vec<u8>, Zeroizing<Vec<u8>>)> {
    let auth = slip.auth.as_ref()?;
    let nonce = unhex(&field(auth, "nonce")?)?;
    let key = Zeroizing::new(unhex(&field(auth, "return-key")?)?);
    (key.len() == 32).then_some((nonce, key))
}

/// Signs a return slip's JSON with the slip's return key.
pub fn sign_return(json: &[u8], nonce: &[u8], return_key: &[u8]) -> Result<Vec<u8>, ArchiveError> {
    let canonical = split(json)?.canonical;
    let key: [u8; 32] = return_key.try_into().map_err(|_| ArchiveError::Invalid {
        kind: "document",
        id: String::new(),
        reason: super::Refusal::Authentication,
    })?;
    let mut auth = Map::new();
    auth.insert("nonce".into(), Value::String(hex(nonce)));
    auth.insert("hmac-sha256".into(), Value::String(hex(&mac(&key, &[b"conseil/return", &canonical]))));
    attach(json, auth)
}

/// Whether a return slip was signed with the return key of a slip this
/// council (archive key `key`) made for `member`.
pub fn verify_return(split: &Split, key: &[u8; 32], member: RecordId) -> Authenticity {
    let auth = split.auth.as_ref();
    let nonce = auth.and_then(|a| field(a, "nonce")).and_then(|n| unhex(&n));
    let given = auth.and_then(|a| field(a, "hmac-sha256"));
    if let (Some(nonce), Some(given)) = (nonce, given) {
        let k = return_key(key, member, &nonce);
        let want = hex(&mac(&k, &[b"conseil/return", &split.canonical]));
        if constant_eq(given.as_bytes(), want.as_bytes()) {
            return Authenticity::Authentic;
        }
    }
    Authenticity::Unauthenticated { fingerprint: fingerprint(&split.canonical), claimed: None }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;

    const KEY: [u8; 32] = [7; 32];

    #[test]
    fn a_signed_archive_verifies_and_any_change_shows() {
        let json = br#"{"format": "conseil-archive", "members": [{"pseudonym": "Colibri"}]}"#;
        let signed = sign(json, &KEY).unwrap();
        assert_eq!(verify(&split(&signed).unwrap(), &KEY), Authenticity::Authentic);
        let text = String::from_utf8(signed.clone()).unwrap();
        let forged = text.replace("Colibri", "Corbeau");
        assert!(matches!(verify(&split(forged.as_bytes()).unwrap(), &KEY), Authenticity::Unauthenticated { .. }));
        let other = [8u8; 32];
        let Authenticity::Unauthenticated { claimed, fingerprint } = verify(&split(&signed).unwrap(), &other) else {
            panic!("another council's key must not verify")
        };
        assert_eq!(claimed, Some(council_id(&KEY)));
        assert_eq!(fingerprint.len(), 24);
        assert!(matches!(verify(&split(json).unwrap(), &KEY), Authenticity::Unauthenticated { claimed: None, .. }));
    }

    #[test]
    fn a_return_slip_verifies_only_under_its_slip() {
        let member = RecordId::random();
        let slip = attach_return_key(br#"{"format": "conseil-slip"}"#, &KEY, member).unwrap();
        let (nonce, rk) = return_key_of(&split(&slip).unwrap()).unwrap();
        let ret = sign_return(br#"{"format": "conseil-return", "updates": [1]}"#, &nonce, &rk).unwrap();
        assert_eq!(verify_return(&split(&ret).unwrap(), &KEY, member), Authenticity::Authentic);
        assert_ne!(verify_return(&split(&ret).unwrap(), &KEY, RecordId::random()), Authenticity::Authentic);
        let mut forged: Value = serde_json::from_slice(&ret).unwrap();
        forged["updates"][0] = Value::from(2);
        let forged = serde_json::to_vec(&forged).unwrap();
        assert_ne!(verify_return(&split(&forged).unwrap(), &KEY, member), Authenticity::Authentic);
        let unsigned = br#"{"format": "conseil-return", "updates": [1]}"#;
        assert_ne!(verify_return(&split(unsigned).unwrap(), &KEY, member), Authenticity::Authentic);
    }
}
