//! Reading records of every schema this version knows, and marking a
//! council with the newest schema once this version writes to it.
//!
//! Records are postcard, which is not self-describing: the same bytes read
//! with another shape are either refused or, worse, misread. So every
//! envelope carries the schema its record was written with, a record is
//! decoded with the shape of that schema ([`Record::Schema1`] for 1) and
//! converted, and nothing is rewritten until the record itself changes.
//! Meta values (council, recipients, lists, head) have kept one shape
//! since schema 1 and are read as they are.
//!
//! The clear `schema` number in `meta` is raised by the first commit this
//! version makes: from then on, its values are sealed as the newest schema,
//! and a version that knows only older ones refuses the council at open
//! instead of failing on one value after another.

use super::meta;
use crate::domain::{Record, SCHEMA_VERSION};

/// Decodes a record's bytes written with `schema`.
pub(super) fn decode<R: Record>(schema: u16, body: &[u8]) -> Result<R, postcard::Error> {
    match schema {
        // Schema 0 never existed; a frame claiming it is read as 1 would
        // be, and validation judges the result.
        0 | 1 => postcard::from_bytes::<R::Schema1>(body).map(Into::into),
        _ => postcard::from_bytes::<R>(body),
    }
}

/// The `meta` write raising the council's schema number, when the stored
/// one is older than this version's (`None` when absent: only the very
/// first commit of a council, which writes it itself).
pub(super) fn raise(stored: Option<&[u8]>) -> Option<(Vec<u8>, Vec<u8>)> {
    let stored = u16::from_be_bytes(stored?.try_into().ok()?);
    (stored < SCHEMA_VERSION).then(|| (meta::SCHEMA.to_vec(), SCHEMA_VERSION.to_be_bytes().to_vec()))
}

#[cfg(test)]
mod tests {
    use super::super::batch::kind_index;
    use super::super::{envelope, Access, Store, Unlock};
    use super::*;
    use crate::domain::{
        Author, Consent, ConsentLevel, Contribution, ContributionKind, ContributionV1, Council, Kind, Language,
        RecordId,
    };
    use time::macros::date;

    fn v1() -> ContributionV1 {
        ContributionV1 {
            id: RecordId::random(),
            revision: 3,
            author: Author::Unlinked,
            meeting: None,
            group: None,
            kind: ContributionKind::Quote,
            text: "On m'a enfin écoutée.".into(),
            themes: vec!["écoute".into()],
            consent: Consent {
                level: ConsentLevel::Quote,
                given_on: date!(2026 - 11 - 05),
                expires_on: None,
                withdrawn_on: None,
            },
        }
    }

    #[test]
    fn a_schema_one_contribution_reads_with_an_empty_history() {
        let old = v1();
        let bytes = postcard::to_allocvec(&old).unwrap_or_default();
        let c: Contribution = decode(1, &bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!((c.id, c.revision, c.text.as_str(), c.consent), (old.id, 3, old.text.as_str(), old.consent));
        assert!(c.consent_history.is_empty());
        // Read with today's shape, the same bytes do not make a record.
        assert!(decode::<Contribution>(SCHEMA_VERSION, &bytes).is_err());
        let mut now = c.clone();
        assert_eq!(now.change_consent(ConsentLevel::Paraphrase, date!(2026 - 12 - 03)), Ok(true));
        let bytes = postcard::to_allocvec(&now).unwrap_or_default();
        assert_eq!(decode::<Contribution>(SCHEMA_VERSION, &bytes).ok(), Some(now));
    }

    #[test]
    fn only_an_older_stored_schema_is_raised() {
        assert_eq!(
            raise(Some(&1u16.to_be_bytes())),
            Some((meta::SCHEMA.to_vec(), SCHEMA_VERSION.to_be_bytes().to_vec()))
        );
        assert_eq!(raise(Some(&SCHEMA_VERSION.to_be_bytes())), None);
        assert_eq!(raise(None), None);
    }

    /// A council holding a contribution sealed as schema 1 was (the
    /// envelope says 1, the bytes have the old shape), its meta schema
    /// number put back to 1: it opens, `check` passes, the contribution
    /// reads with an empty history, and the next write raises the number.
    #[test]
    fn a_council_with_a_schema_one_contribution_opens_checks_and_changes() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let path = dir.path().join("council");
        let identity = age::x25519::Identity::generate();
        let access = Access { recipients: vec![identity.to_public()], passphrase: None };
        let council = Council::new("Conseil ancien", Language::Fr).unwrap_or_else(|e| panic!("{e:?}"));
        let store = Store::create(&path, &council, &access).unwrap_or_else(|e| panic!("{e:?}"));
        let old = v1();
        let body = postcard::to_allocvec(&old).unwrap_or_default();
        let mut batch = store.batch();
        let seq = store.counter() + 1;
        let sealed = envelope::seal(&store.record_key, Kind::Contribution.tree(), old.id.as_bytes(), seq, 1, &body)
            .unwrap_or_default();
        batch.ops.push((kind_index(Kind::Contribution), old.id.as_bytes().to_vec(), Some(sealed)));
        batch.ops.push((Kind::ALL.len(), meta::SCHEMA.to_vec(), Some(1u16.to_be_bytes().to_vec())));
        batch.commit().unwrap_or_else(|e| panic!("{e:?}"));
        drop(store);

        let unlock = Unlock::Identities(vec![identity]);
        let (examined, verdict) = Store::open_examined(&path, &unlock).unwrap_or_else(|e| panic!("{e:?}"));
        let report = examined.check_with(&verdict).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(report.is_clean(), "{report:?}");
        assert_eq!(report.ok.get(&Kind::Contribution), Some(&1));
        drop(examined);
        // `recover` rebuilds it whole: the digest holds the old schema number.
        let target = dir.path().join("rebuilt");
        let rebuilt = super::super::recover(&path, &unlock, &target, &council).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!((rebuilt.complete, rebuilt.restored.get(&Kind::Contribution)), (Some(true), Some(&1)));
        let schema = |store: &Store| store.meta_value(meta::SCHEMA).ok().flatten().map(|v| v.to_vec());
        let store = Store::open(&path, &unlock).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(schema(&store), Some(1u16.to_be_bytes().to_vec()), "opening writes nothing");
        let mut c: Contribution = store.get(old.id).unwrap_or_else(|e| panic!("{e:?}"));
        assert!(c.consent_history.is_empty());
        assert_eq!(store.list::<Contribution>().map(|l| l.len()).ok(), Some(1));
        assert_eq!(c.change_consent(ConsentLevel::Paraphrase, date!(2026 - 12 - 03)), Ok(true));
        c.revision += 1;
        store.put(&c).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(schema(&store), Some(SCHEMA_VERSION.to_be_bytes().to_vec()), "raised by the first write");
        drop(store);
        let store = Store::open(&path, &unlock).unwrap_or_else(|e| panic!("{e:?}"));
        let back: Contribution = store.get(old.id).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(back, c);
        assert!(store.check().map(|r| r.is_clean()).unwrap_or(false));
    }
}
