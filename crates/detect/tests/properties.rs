//! Properties of the detector on generated input: it never panics, its
//! spans always fall on character boundaries of the original text (NFD,
//! invisible characters and all), in order and without overlaps; and a
//! name put on the never-write list is caught afterwards in every case and
//! word order.

#![allow(clippy::unwrap_used, clippy::expect_used)]

use conseil_detect::{detect, Context, NeverWrite, Pseudonyms};
use proptest::prelude::*;
use zeroize::Zeroizing;

/// Text with what pasting brings: combining marks, zero-width and bidi
/// characters, full-width digits, no-break spaces, emoji, other scripts.
fn pasted() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        "\\PC{0,12}",
        Just("e\u{0301}".to_string()),
        Just("\u{00AD}".to_string()),
        Just("\u{200B}\u{200D}\u{2060}\u{202E}".to_string()),
        Just("０６ ３９ ９８".to_string()),
        Just("\u{00A0}\u{202F}".to_string()),
        Just("Mme Kossiwa".to_string()),
        Just(" 06 39 98 41 07 ".to_string()),
        Just("王秀英".to_string()),
        Just("🌱".to_string()),
        Just("jean-marc d'Ilyes".to_string()),
    ];
    prop::collection::vec(piece, 0..12).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(400))]

    #[test]
    fn spans_fall_on_character_boundaries_in_order(text in pasted()) {
        let spans = detect(&text, &Context::default());
        let mut last_end = 0;
        for s in &spans {
            prop_assert!(s.start < s.end && s.end <= text.len());
            prop_assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end), "{s:?} in {text:?}");
            prop_assert!(s.start >= last_end, "overlap at {s:?}");
            last_end = s.end;
        }
    }

    #[test]
    fn a_listed_name_is_caught_in_every_case_and_order(
        given in "[A-Z][a-z]{3,7}",
        surname in "[A-Z][a-z]{4,9}",
    ) {
        let mut list = NeverWrite::new(Zeroizing::new([3; 32]), [], []);
        list.add(&format!("{given} {surname}"));
        let none = Pseudonyms::default();
        let ctx = Context::new(&none, Some(&list), None);
        let upper = surname.to_uppercase();
        let lower = surname.to_lowercase();
        let initial = given.chars().next().unwrap();
        let forms = [
            format!("on a vu {given} {surname} hier"),
            format!("on a vu {surname} {given} hier"),
            format!("liste : {upper}, {given}."),
            format!("selon {initial}. {surname}, rien"),
            format!("les {surname}s sont venus"),
            format!("écrit par {lower} ce matin"),
        ];
        for text in &forms {
            let found = detect(text, &ctx);
            let covered = |word: &str| {
                let at = text.find(word).unwrap();
                found.iter().any(|s| s.start <= at && at < s.end && !s.kind.is_review())
            };
            let word = [surname.as_str(), upper.as_str(), lower.as_str()].into_iter().find(|w| text.contains(*w)).unwrap();
            prop_assert!(covered(word), "{word} not caught in {text:?}: {found:?}");
        }
    }
}
