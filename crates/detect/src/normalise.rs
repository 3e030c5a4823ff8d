//! Undoing what pasting does to text before detection: accents decomposed
//! (NFD, from macOS and PDFs), soft hyphens and zero-width characters left by
//! PDF line breaks and phones, full-width digits and `＠`, bidirectional
//! marks. The detectors read the normalised text; every span is mapped back
//! to the original, so the secretary's text is never changed behind her
//! back and a replacement covers the whole original word.
//!
//! Most text needs nothing: it is borrowed as it is, with no map.

use std::borrow::Cow;

use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// Text ready for the detectors, and the way back to the original.
pub struct Normalised<'a> {
    /// The normalised text.
    pub text: Cow<'a, str>,
    /// `(normalised offset, original offset)` where the two stop moving
    /// together; empty when nothing changed.
    breaks: Vec<(usize, usize)>,
}

impl Normalised<'_> {
    /// The offset in the original text of offset `n` of the normalised one
    /// (both byte offsets on character boundaries).
    pub fn original(&self, n: usize) -> usize {
        let i = self.breaks.partition_point(|&(at, _)| at <= n);
        match i.checked_sub(1).and_then(|i| self.breaks.get(i)) {
            Some(&(at, orig)) => orig + (n - at),
            None => n,
        }
    }

    /// Whether the text was changed.
    pub fn changed(&self) -> bool {
        matches!(self.text, Cow::Owned(_))
    }
}

/// What a character becomes: `None` when it is dropped.
fn map_char(c: char) -> Option<char> {
    match c {
        // Soft hyphen, zero-width space/joiners, word joiner, BOM, Mongolian
        // vowel separator, combining grapheme joiner, bidi marks, embeddings
        // and isolates: invisible, and they split words for a regex.
        '\u{00AD}'
        | '\u{200B}'..='\u{200F}'
        | '\u{2060}'..='\u{2064}'
        | '\u{FEFF}'
        | '\u{180E}'
        | '\u{034F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2066}'..='\u{2069}' => None,
        // Full-width ASCII (０-９, Ａ-Ｚ, ＠…) and the ideographic space.
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFF01 + 0x21),
        // Every other space (no-break, narrow no-break, thin, ideographic…)
        // becomes a plain one: detectors then read ASCII spaces only.
        '\u{00A0}' | '\u{1680}' | '\u{2000}'..='\u{200A}' | '\u{202F}' | '\u{205F}' | '\u{3000}' => Some(' '),
        // Hyphens a word processor puts in names and numbers.
        '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2212}' | '\u{FE63}' => Some('-'),
        c => Some(c),
    }
}

fn needs_work(text: &str) -> bool {
    !text.is_ascii()
        && (text.chars().any(|c| map_char(c) != Some(c)) || is_nfc_quick(text.chars()) != IsNormalized::Yes)
}

/// Normalises `text` (NFC, invisible characters dropped, full-width forms
/// made ASCII).
pub fn normalise(text: &str) -> Normalised<'_> {
    if !needs_work(text) {
        return Normalised { text: Cow::Borrowed(text), breaks: Vec::new() };
    }
    let mut out = String::with_capacity(text.len());
    let mut breaks = Vec::new();
    // A combining run: a starter and the marks after it, composed together.
    let mut run = String::new();
    let mut delta: isize = 0;
    let mut flush = |run: &mut String, out: &mut String, orig_after: usize| {
        if run.is_ascii() {
            out.push_str(run);
        } else {
            out.extend(run.nfc());
        }
        run.clear();
        let d = out.len() as isize - orig_after as isize;
        if d != delta {
            breaks.push((out.len(), orig_after));
            delta = d;
        }
    };
    for (i, c) in text.char_indices() {
        let Some(m) = map_char(c) else {
            flush(&mut run, &mut out, i + c.len_utf8());
            continue;
        };
        if unicode_normalization::char::canonical_combining_class(m) == 0 && !run.is_empty() {
            flush(&mut run, &mut out, i);
        }
        run.push(m);
    }
    flush(&mut run, &mut out, text.len());
    Normalised { text: Cow::Owned(out), breaks }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back<'a>(original: &'a str, n: &Normalised<'_>, word: &str) -> &'a str {
        let start = n.text.find(word).unwrap_or_default();
        &original[n.original(start)..n.original(start + word.len())]
    }

    #[test]
    fn plain_text_is_borrowed() {
        let n = normalise("Réunion à 9h15, salle Colibri.");
        assert!(!n.changed());
        assert_eq!(n.original(5), 5);
    }

    #[test]
    fn decomposed_accents_compose_and_map_back() {
        let original = "Mme He\u{0301}le\u{0300}ne Gagne\u{0301} a appele\u{0301}";
        let n = normalise(original);
        assert_eq!(n.text, "Mme Hélène Gagné a appelé");
        assert_eq!(back(original, &n, "Gagné"), "Gagne\u{0301}");
        assert_eq!(back(original, &n, "Hélène"), "He\u{0301}le\u{0300}ne");
    }

    #[test]
    fn invisible_characters_go_and_full_width_becomes_ascii() {
        let original = "Kos\u{00AD}si Ag\u{200B}bodjan, ０６ ３９ ９８ ４１ ０７, kossi＠example.org";
        let n = normalise(original);
        assert_eq!(n.text, "Kossi Agbodjan, 06 39 98 41 07, kossi@example.org");
        assert_eq!(back(original, &n, "Kossi"), "Kos\u{00AD}si");
        assert_eq!(back(original, &n, "Agbodjan"), "Ag\u{200B}bodjan");
        assert_eq!(back(original, &n, "06 39"), "０６ ３９");
        assert_eq!(back(original, &n, "kossi@example.org"), "kossi＠example.org");
    }
}
