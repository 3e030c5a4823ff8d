//! Folding a word to the form every lexicon and list is keyed by: lower
//! case, accents dropped, the few letters that have no decomposition spelled
//! out, the typographic apostrophe made ASCII. "Nguyễn", "NGUYEN" and
//! "Nguyen" (decomposed or not) all fold to "nguyen".
//!
//! The same function must run when the lexicon is built
//! (`lexicon/extract.py` mirrors it) and when text is read.

use unicode_normalization::char::{decompose_canonical, is_combining_mark};

/// The folded form of `word`.
pub fn fold(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    fold_into(word, &mut out);
    out
}

/// Folds `word` into `out` (cleared first), reusing its allocation.
///
/// Each character is decomposed on its own: the canonical reordering a
/// whole-word NFD adds only moves characters of non-zero combining class,
/// which are all combining marks and dropped here, so the result is the
/// same.
pub fn fold_into(word: &str, out: &mut String) {
    out.clear();
    if word.is_ascii() {
        out.extend(word.chars().map(|c| c.to_ascii_lowercase()));
        return;
    }
    for c in word.chars() {
        if c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else {
            decompose_canonical(c, |d| push_folded(d, out));
        }
    }
}

/// One character of a decomposed word, folded.
fn push_folded(c: char, out: &mut String) {
    if is_combining_mark(c) {
        return;
    }
    match c {
        '\u{2019}' | '\u{02BC}' => out.push('\''),
        'œ' | 'Œ' => out.push_str("oe"),
        'æ' | 'Æ' => out.push_str("ae"),
        'ß' => out.push_str("ss"),
        'ł' | 'Ł' => out.push('l'),
        'đ' | 'Đ' | 'ð' | 'Ð' => out.push('d'),
        'ø' | 'Ø' => out.push('o'),
        'ı' => out.push('i'),
        'þ' | 'Þ' => out.push_str("th"),
        'ħ' | 'Ħ' => out.push('h'),
        c => out.extend(c.to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accents_case_and_ligatures_fold_away() {
        assert_eq!(fold("Nguyễn"), "nguyen");
        assert_eq!(fold("NGUYEN"), "nguyen");
        assert_eq!(fold("Nguye\u{0302}\u{0303}n"), "nguyen");
        assert_eq!(fold("Vaillancœur"), "vaillancoeur");
        assert_eq!(fold("Wiśniewska"), "wisniewska");
        assert_eq!(fold("Wróbel"), "wrobel");
        assert_eq!(fold("Łukasz"), "lukasz");
        assert_eq!(fold("O’Neill"), "o'neill");
        assert_eq!(fold("Jean-François"), "jean-francois");
    }
}
