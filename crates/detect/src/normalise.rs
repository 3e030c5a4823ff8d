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
    /// Stretches that changed, in order: `(out_start, out_end, orig_start,
    /// orig_end)`. Between them the two texts move together.
    changes: Vec<(usize, usize, usize, usize)>,
}

impl Normalised<'_> {
    /// The change at or before normalised offset `n`, if any.
    fn change_at(&self, n: usize) -> Option<(usize, usize, usize, usize)> {
        let i = self.changes.partition_point(|&(out_start, ..)| out_start <= n);
        i.checked_sub(1).map(|i| self.changes[i])
    }

    /// Where a span starting at normalised offset `n` starts in the
    /// original (a character boundary; a span starting inside a changed
    /// stretch starts with it).
    pub fn original_start(&self, n: usize) -> usize {
        match self.change_at(n) {
            None => n,
            // A dropped character right there: the span starts after it.
            Some((s, e, _, orig_end)) if s == e && n == s => orig_end,
            Some((s, e, orig_start, _)) if n < e || n == s => orig_start,
            Some((_, e, _, orig_end)) => orig_end + (n - e),
        }
    }

    /// Where a span ending at normalised offset `n` ends in the original (a
    /// span ending inside a changed stretch takes all of it).
    pub fn original_end(&self, n: usize) -> usize {
        match self.change_at(n) {
            None => n,
            Some((s, _, orig_start, _)) if n == s => orig_start,
            Some((_, e, _, orig_end)) if n <= e => orig_end,
            Some((_, e, _, orig_end)) => orig_end + (n - e),
        }
    }

    /// The original offset of normalised offset `n` (for a point, not a
    /// span: the start of the stretch it falls in).
    pub fn original(&self, n: usize) -> usize {
        self.original_start(n)
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

/// A zero-width space, non-joiner or word joiner between a lower-case and
/// a capital letter (`Tharshini\u{200B}Sivakumar`) separates two words:
/// dropped, it would join two names into one unknown word. It becomes a
/// space there; elsewhere (`Ag\u{200B}bodjan`, a PDF's break inside a
/// word) it is dropped and the word stays whole.
fn word_boundary(text: &str, at: usize, next: usize, c: char) -> bool {
    if !matches!(c, '\u{200B}' | '\u{200C}' | '\u{2060}') {
        return false;
    }
    let before = text[..at].chars().rev().find(|&b| !unicode_normalization::char::is_combining_mark(b));
    let after = text[next..].chars().next();
    before.is_some_and(char::is_lowercase) && after.is_some_and(char::is_uppercase)
}

fn needs_work(text: &str) -> bool {
    // ASCII is never changed and resets the NFC check (every ASCII
    // character is a starter), so only the non-ASCII stretches are read.
    non_ascii_stretches(text).any(|stretch| {
        stretch.chars().any(|c| map_char(c) != Some(c)) || is_nfc_quick(stretch.chars()) != IsNormalized::Yes
    })
}

/// The maximal stretches of `text` without an ASCII character.
fn non_ascii_stretches(text: &str) -> impl Iterator<Item = &str> {
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        let start = at + bytes[at..].iter().position(|b| !b.is_ascii())?;
        let len = bytes[start..].iter().position(u8::is_ascii).unwrap_or(bytes.len() - start);
        at = start + len;
        text.get(start..at)
    })
}

/// Normalises `text` (NFC, invisible characters dropped, full-width forms
/// made ASCII).
pub fn normalise(text: &str) -> Normalised<'_> {
    if !needs_work(text) {
        return Normalised { text: Cow::Borrowed(text), changes: Vec::new() };
    }
    let mut out = String::with_capacity(text.len());
    let mut changes = Vec::new();
    // A combining run: a starter and the marks after it, composed together,
    // with where it began in the original.
    let mut run = String::new();
    let mut run_orig = 0;
    let flush = |run: &mut String, out: &mut String, changes: &mut Vec<_>, orig_start: usize, orig_end: usize| {
        let out_start = out.len();
        if run.is_ascii() {
            out.push_str(run);
        } else {
            out.extend(run.nfc());
        }
        if out.len() - out_start != orig_end - orig_start || out[out_start..] != text[orig_start..orig_end] {
            changes.push((out_start, out.len(), orig_start, orig_end));
        }
        run.clear();
    };
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < text.len() {
        if bytes[i].is_ascii() {
            // A stretch of ASCII: each character is a starter that maps to
            // itself, so all but the last go out as they are; the last one
            // starts a run, for the combining marks that may follow it.
            let len = bytes[i..].iter().position(|b| !b.is_ascii()).unwrap_or(text.len() - i);
            let last = i + len - 1;
            if !run.is_empty() {
                flush(&mut run, &mut out, &mut changes, run_orig, i);
            }
            out.push_str(&text[i..last]);
            run.push_str(&text[last..last + 1]);
            run_orig = last;
            i += len;
            continue;
        }
        let Some(c) = text[i..].chars().next() else { break };
        let next = i + c.len_utf8();
        let m = if word_boundary(text, i, next, c) { Some(' ') } else { map_char(c) };
        let Some(m) = m else {
            flush(&mut run, &mut out, &mut changes, run_orig, i);
            changes.push((out.len(), out.len(), i, next));
            run_orig = next;
            i = next;
            continue;
        };
        if unicode_normalization::char::canonical_combining_class(m) == 0 && !run.is_empty() {
            flush(&mut run, &mut out, &mut changes, run_orig, i);
            run_orig = i;
        }
        run.push(m);
        i = next;
    }
    flush(&mut run, &mut out, &mut changes, run_orig, text.len());
    Normalised { text: Cow::Owned(out), changes }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn back<'a>(original: &'a str, n: &Normalised<'_>, word: &str) -> &'a str {
        let start = n.text.find(word).unwrap_or_default();
        &original[n.original_start(start)..n.original_end(start + word.len())]
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

    #[test]
    fn a_zero_width_space_before_a_capital_becomes_a_space() {
        let original = "Rappel : Ngaire\u{200B}Tamihana et Ag\u{200B}bodjan";
        let n = normalise(original);
        assert_eq!(n.text, "Rappel : Ngaire Tamihana et Agbodjan");
        assert_eq!(back(original, &n, "Ngaire Tamihana"), "Ngaire\u{200B}Tamihana");
        assert_eq!(back(original, &n, "Tamihana"), "Tamihana");
    }
}
