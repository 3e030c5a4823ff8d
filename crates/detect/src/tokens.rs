//! Words of a text with what the name finder needs to know of each: its
//! shape (capitalised, all capitals, lower case, another script), where it
//! stands (a sentence start, after an opening mark) and what the lexicon
//! says of its core (the word without a French elision before it or an
//! English possessive after it: `d'Ilyes` → Ilyes, `Kevin's` → Kevin).

use std::borrow::Cow;

use crate::cues::{lists_of, Lists};
use crate::fold::fold_into;
use crate::lexicon::{lookup, lookup_word, Flags};

/// How a word is written.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// `dupont`.
    Lower,
    /// `Dupont`, `McNeil`, `d'Ilyes` (judged on the core).
    Capital,
    /// `DUPONT` (two letters or more).
    Upper,
    /// Letters of a script other than Latin (Arabic, Han, Cyrillic…).
    OtherScript,
    /// Digits inside (`H2X`, `P-38`): never a name.
    WithDigits,
}

/// One word.
#[derive(Clone, Debug)]
pub struct Token<'t> {
    /// Start of the whole word (byte offset).
    pub start: usize,
    /// End of the whole word.
    pub end: usize,
    /// Start of the core (after `d'`, `l'`…).
    pub core_start: usize,
    /// End of the core (before `'s`).
    pub core_end: usize,
    /// The core as written.
    pub text: &'t str,
    /// The core folded (see [`crate::fold`]), borrowed from the text when
    /// folding changes nothing (most lower-case words).
    pub folded: Cow<'t, str>,
    /// What the lexicon says of the core (or of its parts, for a
    /// hyphenated word it does not know whole).
    pub flags: Flags,
    /// The closed lists of [`crate::cues`] the folded core is on.
    pub lists: Lists,
    /// The core's shape.
    pub shape: Shape,
    /// An initial: `J.`, `J.-F.` (the dot included).
    pub initial: bool,
    /// Hyphenated (`Jean-Philippe`, `Saint-Denis`).
    pub hyphenated: bool,
    /// For a hyphenated word, what its first and last parts can be.
    pub parts: Option<(Flags, Flags)>,
    /// First word of a sentence, a line or a list item.
    pub sentence_start: bool,
    /// Right after an opening mark (`:`, `«`, `"`, `(`, a dash).
    pub after_opener: bool,
    /// Followed by an English possessive (`Kevin's`).
    pub possessive: bool,
    /// Start of the word's line (byte offset), and its end (the line
    /// break, or the end of the text): found once here, so that rules
    /// reading "the word's line" stay linear on a long pasted paragraph.
    pub line: (usize, usize),
}

impl Token<'_> {
    /// Capitalised or in capitals: how names are usually written.
    pub fn is_capitalised(&self) -> bool {
        matches!(self.shape, Shape::Capital | Shape::Upper)
    }

    /// An everyday word ([`crate::lexicon::common`]), read from the flags
    /// and list bits the token already holds.
    pub fn common(&self) -> bool {
        self.flags.common() || self.lists.has(Lists::COMMON_NAMES)
    }
}

/// French elisions that may lead a word: `d'Ilyes`, `l'ami`, `qu'Ahmed`.
const ELISIONS: [&str; 13] =
    ["d'", "l'", "j'", "m'", "n'", "s'", "t'", "c'", "qu'", "jusqu'", "lorsqu'", "puisqu'", "presqu'"];

/// Splits a French elision off the front of `word` when what follows it is
/// a word of its own; returns the prefix length in bytes. Capitalised
/// prefixes before a capitalised word are kept: `D'Amours`, `N'Diaye`,
/// `O'Neill` are surnames, not elisions.
fn elision_len(word: &str) -> usize {
    // Read as bytes: a search for either character decodes every one.
    let bytes = word.as_bytes();
    let Some(apostrophe) =
        (0..bytes.len()).find(|&i| bytes[i] == b'\'' || bytes[i] == 0xE2 && word[i..].starts_with('’'))
    else {
        return 0;
    };
    if apostrophe > 7 {
        return 0;
    }
    let lower = word[..apostrophe].to_ascii_lowercase() + "'";
    for e in ELISIONS {
        if lower == e && word.len() > apostrophe + 1 {
            let prefix_len = apostrophe + word[apostrophe..].chars().next().map_or(1, char::len_utf8);
            let rest = &word[prefix_len..];
            let prefix_capital = word.starts_with(char::is_uppercase);
            let rest_capital = rest.starts_with(char::is_uppercase);
            if prefix_capital && rest_capital && e != "l'" && e != "qu'" {
                return 0;
            }
            return prefix_len;
        }
    }
    0
}

fn shape(core: &str) -> Shape {
    if core.is_ascii() {
        return ascii_shape(core.as_bytes());
    }
    if core.chars().any(|c| c.is_ascii_digit()) {
        return Shape::WithDigits;
    }
    let letters = || core.chars().filter(|c| c.is_alphabetic());
    if letters().any(|c| !is_latin(c)) {
        return Shape::OtherScript;
    }
    let first_upper = core.chars().next().is_some_and(char::is_uppercase);
    let count = letters().count();
    if count >= 2 && letters().all(|c| !c.is_lowercase()) {
        Shape::Upper
    } else if first_upper {
        Shape::Capital
    } else {
        Shape::Lower
    }
}

/// [`shape`] for an ASCII core, in one pass over its bytes (every ASCII
/// letter is Latin).
fn ascii_shape(core: &[u8]) -> Shape {
    let (mut letters, mut lower) = (0usize, false);
    for &b in core {
        if b.is_ascii_digit() {
            return Shape::WithDigits;
        }
        if b.is_ascii_alphabetic() {
            letters += 1;
            lower |= b.is_ascii_lowercase();
        }
    }
    if letters >= 2 && !lower {
        Shape::Upper
    } else if core.first().is_some_and(u8::is_ascii_uppercase) {
        Shape::Capital
    } else {
        Shape::Lower
    }
}

/// Latin letters, with every accented and extended form.
fn is_latin(c: char) -> bool {
    matches!(c, 'A'..='Z' | 'a'..='z' | '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{0250}'..='\u{02AF}')
}

/// Looks a core up; a hyphenated word the lexicon does not know whole is
/// known by its parts' name flags (`Lachapelle-Brisson` → surnames), or as
/// a word when all its parts are words and none is a name (`check-in`).
/// Returns the flags and, for a hyphenated word, its first and last parts'.
/// `whole` is what the lexicon says of the whole word.
fn flags_of(folded: &str, whole: Flags, scratch: &mut String) -> (Flags, Option<(Flags, Flags)>) {
    if !folded.contains('-') {
        return (whole, None);
    }
    let mut look = |part: &str| {
        scratch.clear();
        scratch.push_str(part);
        lookup(scratch)
    };
    let parts: Vec<Flags> = folded.split('-').filter(|p| !p.is_empty()).map(&mut look).collect();
    let (Some(&first), Some(&last)) = (parts.first(), parts.last()) else { return (whole, None) };
    if !whole.is_unknown() {
        return (whole, Some((first, last)));
    }
    let names =
        parts.iter().fold(0, |acc, f| acc | f.0) & (Flags::GIVEN | Flags::SURNAME | Flags::NAME | Flags::PROPER);
    let all_words = parts.iter().all(|f| f.word());
    let flags = if names == 0 && all_words { Flags::FR_FORM } else { names };
    (Flags(flags), Some((first, last)))
}

/// Characters after which a word starts a sentence or an item.
fn ends_sentence(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '\n' | '•' | '·' | '*' | '►' | '→' | '|' | '/' | '✅' | '⚠')
}

fn opens(c: char) -> bool {
    matches!(c, ':' | '«' | '"' | '“' | '(' | '[' | '—' | '–' | '-' | ';' | '>' | '=')
}

/// Letters, digits and combining marks continue a word.
fn continues_word(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    c.is_alphanumeric() || unicode_normalization::char::is_combining_mark(c)
}

/// The next character of `text` at byte `at`.
fn char_at(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

/// The end of the initials starting at `at` (`J.`, `J.-F.`, `J.F.`), if
/// there are initials there.
fn initials_end(text: &str, at: usize) -> Option<usize> {
    let mut end = at;
    loop {
        let c = char_at(text, end).filter(|c| c.is_uppercase())?;
        let after = end + c.len_utf8();
        if !text[after..].starts_with('.') || char_at(text, after + 1).is_some_and(char::is_alphabetic) && end == at {
            return (end > at).then_some(end);
        }
        end = after + 1;
        let hyphen = text[end..].starts_with('-') && char_at(text, end + 1).is_some_and(char::is_uppercase);
        if hyphen {
            end += 1;
        } else if !char_at(text, end).is_some_and(char::is_uppercase) {
            return Some(end);
        }
    }
}

/// The end of the word starting at `at`: letters and digits, joined by
/// apostrophes, hyphens, or `.-` (`Louis-H.-Lafontaine`).
fn word_end(text: &str, at: usize) -> usize {
    let bytes = text.as_bytes();
    let mut end = at;
    loop {
        loop {
            match bytes.get(end) {
                Some(b) if b.is_ascii_alphanumeric() => end += 1,
                Some(b) if b.is_ascii() => break,
                _ => match char_at(text, end).filter(|c| continues_word(*c)) {
                    Some(c) => end += c.len_utf8(),
                    None => break,
                },
            }
        }
        // Most words end before a space or a punctuation mark that starts
        // no joiner: answered by the byte alone.
        if !matches!(bytes.get(end), Some(b'\'' | b'-' | b'.' | 0xE2)) {
            return end;
        }
        let joiner = ["'", "’", "-", ".-"].iter().find(|j| text[end..].starts_with(**j));
        match joiner {
            Some(j) if char_at(text, end + j.len()).is_some_and(char::is_alphabetic) => end += j.len(),
            _ => return end,
        }
    }
}

/// The words of `text` as byte ranges, in order: the next one from `at`
/// (moved past it). Read one at a time, as the tokens are built, rather
/// than collected first: a list of every word's range is one more array
/// the size of the text's words to write and read back.
fn next_word(text: &str, at: &mut usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    while *at < bytes.len() {
        // Spaces, digits and punctuation are skipped a byte at a time.
        if bytes[*at].is_ascii() && !bytes[*at].is_ascii_alphabetic() {
            *at += 1;
            continue;
        }
        let c = char_at(text, *at)?;
        if !c.is_alphabetic() {
            *at += c.len_utf8();
            continue;
        }
        let start = *at;
        let end = initials_end(text, start).unwrap_or_else(|| word_end(text, start));
        *at = end;
        return Some((start, end));
    }
    None
}

/// Every word of `text`, in order.
pub fn tokenise(text: &str) -> Vec<Token<'_>> {
    // About one word every six bytes in prose.
    let mut out: Vec<Token<'_>> = Vec::with_capacity(text.len() / 6);
    let mut scratch = String::new();
    let mut at = 0;
    let mut line = (0, text.find('\n').unwrap_or(text.len()));
    while let Some((start, end)) = next_word(text, &mut at) {
        if start > line.1 {
            let from = text[..start].rfind('\n').map_or(0, |n| n + 1);
            line = (from, text[start..].find('\n').map_or(text.len(), |n| start + n));
        }
        let word = &text[start..end];
        let initial = word.ends_with('.');
        let pre = if initial { 0 } else { elision_len(word) };
        let mut core = &word[pre..];
        let mut possessive = false;
        for suffix in ["'s", "’s"] {
            if let Some(stem) = core.strip_suffix(suffix) {
                if stem.chars().count() >= 2 {
                    core = stem;
                    possessive = true;
                }
            }
        }
        let core_start = start + pre;
        let core_end = core_start + core.len();
        let folded = folded(core);
        let (flags, parts, lists) = if initial {
            (Flags::default(), None, lists_of(&folded))
        } else {
            let (whole, lists) = lookup_word(&folded);
            let (flags, parts) = flags_of(&folded, whole, &mut scratch);
            (flags, parts, lists)
        };
        let before = text[..start].trim_end_matches(|c: char| c.is_whitespace() && c != '\n');
        let prev = before.chars().next_back();
        let after_abbreviation = prev == Some('.')
            && out.last().is_some_and(|t| {
                (t.end == before.len() || t.end + 1 == before.len()) && (t.initial || is_abbreviation(&t.folded))
            });
        let sentence_start = match prev {
            None => true,
            Some(c) if ends_sentence(c) => !after_abbreviation,
            // A dash or a bullet at the start of a line starts an item.
            Some(c @ ('-' | '–' | '—')) => {
                let rest = &before[..before.len() - c.len_utf8()];
                rest.trim_end_matches([' ', '\t']).ends_with('\n') || rest.trim().is_empty()
            }
            _ => false,
        };
        let after_opener = prev.is_some_and(opens);
        out.push(Token {
            start,
            end,
            core_start,
            core_end,
            text: core,
            shape: if initial { Shape::Capital } else { shape(core) },
            folded,
            flags,
            lists,
            initial,
            hyphenated: parts.is_some(),
            parts,
            sentence_start,
            after_opener,
            possessive,
            line,
        });
    }
    out
}

/// `core` folded, borrowed when it is ASCII with no capital (folding would
/// return it unchanged).
fn folded(core: &str) -> Cow<'_, str> {
    if core.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        return Cow::Borrowed(core);
    }
    let mut out = String::with_capacity(core.len());
    fold_into(core, &mut out);
    Cow::Owned(out)
}

/// Abbreviations written with a dot that do not end a sentence.
fn is_abbreviation(folded: &str) -> bool {
    matches!(
        folded,
        "m" | "mme"
            | "mlle"
            | "dr"
            | "dre"
            | "pr"
            | "me"
            | "mr"
            | "mrs"
            | "ms"
            | "st"
            | "ste"
            | "fr"
            | "sr"
            | "rev"
            | "prof"
            | "av"
            | "bd"
            | "boul"
            | "ch"
            | "app"
            | "apt"
            | "no"
            | "n"
            | "tel"
            | "tél"
            | "p"
            | "cf"
            | "ex"
            | "etc"
            | "vs"
            | "env"
            | "min"
            | "max"
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cores_leave_elisions_and_possessives_out() {
        let t = tokenise("Le RIB d'Ilyes et l'ami de Kevin's sister, D'Amours, O'Neill.");
        let cores: Vec<&str> = t.iter().map(|t| t.text).collect();
        assert_eq!(cores, ["Le", "RIB", "Ilyes", "et", "ami", "de", "Kevin", "sister", "D'Amours", "O'Neill"]);
        assert_eq!(t[1].shape, Shape::Upper);
        assert!(t[0].sentence_start && !t[2].sentence_start);
    }

    #[test]
    fn initials_and_titles_do_not_end_sentences() {
        let t = tokenise("Selon J.-F. Lavoie et M. Nowak. Ensuite");
        assert!(t[1].initial);
        assert!(!t[2].sentence_start, "after an initial");
        assert!(!t[5].sentence_start, "after M.");
        assert!(t[6].sentence_start);
    }

    #[test]
    fn scripts_and_digits() {
        let t = tokenise("王小明 et H2X, Пётр");
        assert_eq!(t[0].shape, Shape::OtherScript);
        assert_eq!(t[2].shape, Shape::WithDigits);
        assert_eq!(t[3].shape, Shape::OtherScript);
    }
}
