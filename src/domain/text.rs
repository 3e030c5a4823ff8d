//! Checks on free text and pseudonyms shared by every record.
//!
//! These are coarse guards against the commonest slips (an e-mail or a phone
//! number typed as a pseudonym). The full detectors of identifying data live in
//! the privacy module; this file only needs to refuse what can never be a
//! pseudonym.

use super::DomainError;

/// Largest free-text field accepted, in bytes. Long enough for the notes of a
/// whole day; short enough that a runaway paste cannot bloat the council.
pub const MAX_TEXT_BYTES: usize = 256 * 1024;

/// Longest pseudonym, in characters.
const MAX_PSEUDONYM_CHARS: usize = 40;

/// Checks a free-text field: length only (content is the detectors' job).
pub fn check_text(field: &'static str, text: &str) -> Result<(), DomainError> {
    if text.len() > MAX_TEXT_BYTES {
        return Err(DomainError::TooLong(field));
    }
    Ok(())
}

/// Checks a required one-line field: not blank, not too long.
pub(crate) fn check_required(field: &'static str, text: &str) -> Result<(), DomainError> {
    if text.trim().is_empty() {
        return Err(DomainError::Empty(field));
    }
    check_text(field, text)
}

/// Characters that show nothing, or reorder what follows, and so let two
/// pseudonyms look the same: zero-width spaces and joiners, bidirectional
/// marks, embeddings, overrides and isolates, the word joiner and invisible
/// operators, the byte-order mark, the soft hyphen.
fn is_invisible(c: char) -> bool {
    matches!(c,
        '\u{00ad}' | '\u{061c}' | '\u{180e}' | '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

/// A pseudonym as it is kept: composed (NFC, so that "Me\u{301}sange" is
/// "Mésange"), without invisible or bidirectional controls, trimmed. Done
/// when a pseudonym is given (new member, renaming), not when one is read
/// back, so older records still open.
pub fn normalise_pseudonym(raw: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    raw.chars().filter(|c| !is_invisible(*c)).nfc().collect::<String>().trim().to_string()
}

/// What two pseudonyms are compared by: normalised, in any case. Two
/// members never share it.
pub fn pseudonym_key(pseudonym: &str) -> String {
    normalise_pseudonym(pseudonym).to_lowercase()
}

/// Refuses a pseudonym that is empty, too long, or looks like an e-mail
/// address, a phone number, a web address or any long number.
pub fn check_pseudonym(pseudonym: &str) -> Result<(), DomainError> {
    let p = pseudonym.trim();
    if p.is_empty() {
        return Err(DomainError::Empty("pseudonym"));
    }
    if p.chars().count() > MAX_PSEUDONYM_CHARS || p.contains(['\n', '\r', '\t']) {
        return Err(DomainError::TooLong("pseudonym"));
    }
    if looks_like_email(p) {
        return Err(DomainError::IdentifyingPseudonym("email"));
    }
    if looks_like_url(p) {
        return Err(DomainError::IdentifyingPseudonym("url"));
    }
    let digits = p.chars().filter(char::is_ascii_digit).count();
    if digits >= 6 {
        return Err(DomainError::IdentifyingPseudonym("phone"));
    }
    Ok(())
}

fn looks_like_email(p: &str) -> bool {
    match p.split_once('@') {
        Some((user, domain)) => !user.is_empty() && domain.contains('.'),
        None => false,
    }
}

fn looks_like_url(p: &str) -> bool {
    let lower = p.to_lowercase();
    lower.starts_with("http:")
        || lower.starts_with("https:")
        || lower.starts_with("www.")
        || [".com", ".org", ".fr", ".ca", ".net", ".qc.ca"].iter().any(|tld| lower.ends_with(tld))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_are_composed_and_cleaned_of_invisible_characters() {
        assert_eq!(normalise_pseudonym("Me\u{301}sange"), "Mésange");
        assert_eq!(normalise_pseudonym("Lou\u{200b}tre"), "Loutre");
        assert_eq!(normalise_pseudonym("\u{202e}ertuoL\u{202c} "), "ertuoL");
        assert_eq!(normalise_pseudonym("\u{feff}Hibou\u{2066}\u{2069}"), "Hibou");
        assert_eq!(pseudonym_key("ME\u{301}SANGE"), pseudonym_key("mésange"));
        assert_ne!(pseudonym_key("Mésange"), pseudonym_key("Mesange"));
    }

    #[test]
    fn pseudonyms_of_the_council_pass() {
        for p in ["Colibri", "Étoile du Nord", "Grand Chêne", "Luciole 2", "Mésange"] {
            assert_eq!(check_pseudonym(p), Ok(()), "{p}");
        }
    }

    #[test]
    fn identifying_pseudonyms_are_refused() {
        let cases = [
            ("marie.dupont@example.org", "email"),
            ("06 12 34 56 78", "phone"),
            ("(514) 555-0199", "phone"),
            ("+33612345678", "phone"),
            ("https://exemple.fr/moi", "url"),
            ("mapage.com", "url"),
        ];
        for (p, why) in cases {
            assert_eq!(check_pseudonym(p), Err(DomainError::IdentifyingPseudonym(why)), "{p}");
        }
    }

    #[test]
    fn empty_and_long_pseudonyms_are_refused() {
        assert_eq!(check_pseudonym("  "), Err(DomainError::Empty("pseudonym")));
        assert_eq!(check_pseudonym(&"a".repeat(41)), Err(DomainError::TooLong("pseudonym")));
    }

    #[test]
    fn huge_text_is_refused() {
        assert!(check_text("notes", &"x".repeat(MAX_TEXT_BYTES)).is_ok());
        assert_eq!(check_text("notes", &"x".repeat(MAX_TEXT_BYTES + 1)), Err(DomainError::TooLong("notes")));
    }
}
