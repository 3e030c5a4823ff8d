//! Where a text's long numbers can be, so that the patterns of phone
//! numbers, NIR, SIN, health cards, IP addresses and ISO dates are run on
//! a few short windows instead of the whole text (each full pass of a
//! pattern costs about as much as all of them on the windows).
//!
//! A *zone* is a run of digits (any decimal digit: `\d` is Unicode in the
//! patterns) where no more than [`GAP`] bytes separate one digit from the
//! next. Each windowed pattern is written so that, in any match, digits
//! follow one another within that gap, and the match starts at most
//! `before` bytes before its first digit and ends at most `after` bytes
//! after its last: every match then lies inside its zone's window, and
//! searching the windows (with the text before each window as context)
//! finds exactly the matches a search of the whole text finds.

use regex::{Captures, Match, Regex};
use regex_automata::meta::Regex as Meta;
use regex_automata::{Anchored, Input};

/// The most bytes between two digits of one zone. The windowed patterns
/// put at most four between two digits (`3 (0`, `) 6`, a three-byte
/// Kelvin sign and a space in a postal code); two more for safety.
const GAP: usize = 6;

/// A run of digits: first digit's start, last digit's end, digit count.
#[derive(Clone, Copy, Debug)]
struct Zone {
    start: usize,
    end: usize,
    digits: usize,
}

/// The digit zones of a text.
#[derive(Debug, Default)]
pub struct Zones(Vec<Zone>);

/// How far a pattern's matches reach from their digits.
#[derive(Clone, Copy, Debug)]
pub struct Reach {
    /// Bytes a match may start before its first digit.
    pub before: usize,
    /// Bytes a match may end after its last digit.
    pub after: usize,
    /// Digits every match that is kept holds (fewer: the zone is skipped).
    pub digits: usize,
}

/// Whether the character starting at byte `at` (a lead byte) is a digit
/// or another numeric character (a superset of `\d` only widens zones).
fn numeric_at(text: &str, at: usize) -> Option<usize> {
    let c = text.get(at..)?.chars().next()?;
    c.is_numeric().then_some(c.len_utf8())
}

impl Zones {
    /// The zones of `text`.
    pub fn of(text: &str) -> Self {
        let bytes = text.as_bytes();
        let mut zones: Vec<Zone> = Vec::new();
        let mut at = 0;
        while at < bytes.len() {
            let b = bytes[at];
            let len = if b.is_ascii_digit() {
                1
            } else if b >= 0xC0 {
                match numeric_at(text, at) {
                    Some(len) => len,
                    None => {
                        at += 1;
                        continue;
                    }
                }
            } else {
                at += 1;
                continue;
            };
            match zones.last_mut() {
                Some(z) if at - z.end <= GAP => {
                    z.end = at + len;
                    z.digits += 1;
                }
                _ => zones.push(Zone { start: at, end: at + len, digits: 1 }),
            }
            at += len;
        }
        Self(zones)
    }

    /// The most digits in one zone (0 for a text without digits).
    pub fn most_digits(&self) -> usize {
        self.0.iter().map(|z| z.digits).max().unwrap_or(0)
    }

    /// The zones holding at least `digits` digits, as byte ranges from
    /// their first digit's start to their last digit's end.
    pub fn with_digits(&self, digits: usize) -> impl Iterator<Item = (usize, usize)> + '_ {
        self.0.iter().filter(move |z| z.digits >= digits).map(|z| (z.start, z.end))
    }

    /// Whether the text has no digit at all.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The windows to search for a pattern reaching `reach` around its
    /// digits: every zone's window, merged where they overlap, keeping
    /// those with a zone of enough digits. A window ends before a byte
    /// that is no ASCII word character (or at the end), so that a `\b`
    /// at its end reads the same as in the whole text.
    pub fn windows(&self, text: &str, reach: Reach) -> Vec<(usize, usize)> {
        self.windows_led(text, reach, 0)
    }

    /// [`Zones::windows`] for a pattern whose matches may be led by up to
    /// `words` words before their first digit, each after spaces of any
    /// length (`lundi le 03/03/2024`, « âgée de 12 ans »): each window
    /// starts `reach.before` bytes before those words. The words are read
    /// loosely (any run of ASCII letters, `.`, `,`, `'`, `(`, `-` and
    /// non-ASCII bytes), which only ever starts a window earlier than
    /// needed. The match's first digit is its zone's first: the words
    /// before it hold no digit, and a digit of the zone before the match
    /// would sit inside it.
    pub fn windows_led(&self, text: &str, reach: Reach, words: usize) -> Vec<(usize, usize)> {
        self.windows_around(text, reach, words, 0)
    }

    /// [`Zones::windows_led`] for a pattern whose matches may also end with
    /// up to `after_words` words after their last digit, each after spaces
    /// of any length (« 8   ans », "6 year old"): each window ends
    /// `reach.after` bytes after those words.
    pub fn windows_around(&self, text: &str, reach: Reach, words: usize, after_words: usize) -> Vec<(usize, usize)> {
        let mut out: Vec<(usize, usize, bool)> = Vec::new();
        for z in &self.0 {
            let mut start = lead_start(text.as_bytes(), z.start, words).saturating_sub(reach.before);
            while !text.is_char_boundary(start) {
                start -= 1;
            }
            let mut end = (trail_end(text.as_bytes(), z.end, after_words) + reach.after).min(text.len());
            while !text.is_char_boundary(end) {
                end += 1;
            }
            while text.as_bytes().get(end).is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_') {
                end += 1;
            }
            let enough = z.digits >= reach.digits;
            match out.last_mut() {
                Some(last) if start <= last.1 => {
                    last.1 = last.1.max(end);
                    last.2 |= enough;
                }
                _ => out.push((start, end, enough)),
            }
        }
        out.into_iter().filter(|w| w.2).map(|(s, e, _)| (s, e)).collect()
    }
}

/// Where `words` words (and the spaces after each) before byte `at` start.
fn lead_start(bytes: &[u8], at: usize, words: usize) -> usize {
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    let word = |b: u8| !b.is_ascii() || b.is_ascii_alphabetic() || matches!(b, b'.' | b',' | b'\'' | b'(' | b'-');
    let mut start = at;
    for _ in 0..words {
        while start > 0 && space(bytes[start - 1]) {
            start -= 1;
        }
        while start > 0 && word(bytes[start - 1]) {
            start -= 1;
        }
    }
    start
}

/// Where `words` words (and the spaces before each) after byte `at` end,
/// the words read as loosely as by [`lead_start`] (`)` among them).
fn trail_end(bytes: &[u8], at: usize, words: usize) -> usize {
    let space = |b: u8| matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C);
    let word =
        |b: u8| !b.is_ascii() || b.is_ascii_alphabetic() || matches!(b, b'.' | b',' | b'\'' | b'(' | b')' | b'-');
    let mut end = at;
    for _ in 0..words {
        while end < bytes.len() && space(bytes[end]) {
            end += 1;
        }
        while end < bytes.len() && word(bytes[end]) {
            end += 1;
        }
    }
    end
}

/// Stretches of `text` around `anchors` (byte ranges sorted by start),
/// for a pattern whose matches never hold a byte `cuts` accepts: each
/// anchor `(first, last)` is widened by `before` bytes, then out to the
/// nearest cut bytes (or the text's ends), and overlapping stretches are
/// merged. Every match that ends after `first - before` and no later than
/// `last` lies inside its anchor's stretch.
///
/// No match crosses a cut byte, so a search of these stretches with
/// [`find_in`] finds exactly the whole text's matches that lie in them
/// (a pattern that asserts `\b` after its match needs cut bytes that are
/// no ASCII word characters, so the stretch's end reads as the text did).
pub fn cut_regions(
    text: &str,
    anchors: impl IntoIterator<Item = (usize, usize)>,
    before: usize,
    cuts: impl Fn(u8) -> bool,
) -> Vec<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut out: Vec<(usize, usize)> = Vec::new();
    for (first, last) in anchors {
        let floor = out.last().map_or(0, |l| l.1);
        let mut start = first.saturating_sub(before).max(floor);
        while start > floor && !cuts(bytes[start]) {
            start -= 1;
        }
        let mut end = last.max(start).min(bytes.len());
        while end < bytes.len() && !cuts(bytes[end]) {
            end += 1;
        }
        match out.last_mut() {
            Some(l) if start <= l.1 => l.1 = l.1.max(end),
            _ => out.push((start, end)),
        }
    }
    out
}

/// The matches `find_iter` would give for `re` over `text`, for a pattern
/// whose matches can only start at one of `starts` (sorted byte offsets):
/// each start not inside the last match is tried with an anchored search,
/// which reads the text before it for `\b` and stops as soon as the
/// pattern cannot go on. A leftmost-first search picks, at the leftmost
/// start that matches, the match an anchored search there picks, so the
/// matches are the same; only a few bytes after each start are read.
pub fn find_starting(re: &Meta, text: &str, starts: impl IntoIterator<Item = usize>) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut at = 0;
    for start in starts {
        if start < at || start > text.len() {
            continue;
        }
        let input = Input::new(text).range(start..).anchored(Anchored::Yes);
        // The regex's own pool of caches: a fresh cache per call would cost
        // more than the whole search of a short line.
        if let Some(m) = re.search(&input) {
            // The patterns searched this way never match empty text.
            at = m.end().max(start + 1);
            out.push((m.start(), m.end()));
        }
    }
    out
}

/// The matches of `re` inside `windows` of `text`, in order: those
/// `re.find_iter(text)` gives, when every match lies inside a window.
pub fn find_in<'t>(re: &Regex, text: &'t str, windows: &[(usize, usize)]) -> Vec<Match<'t>> {
    let mut out = Vec::new();
    for &(start, end) in windows {
        // The haystack ends with the window; the text before it is still
        // read for `\b` at its start.
        let hay = &text[..end];
        let mut at = start;
        while let Some(m) = re.find_at(hay, at) {
            out.push(m);
            if m.end() == at {
                break;
            }
            at = m.end();
        }
    }
    out
}

/// [`find_in`] with capture groups.
pub fn captures_in<'t>(re: &Regex, text: &'t str, windows: &[(usize, usize)]) -> Vec<Captures<'t>> {
    let mut out = Vec::new();
    for &(start, end) in windows {
        let hay = &text[..end];
        let mut at = start;
        while let Some(c) = re.captures_at(hay, at) {
            let Some(m) = c.get(0) else { break };
            let stop = m.end() == at;
            at = m.end();
            out.push(c);
            if stop {
                break;
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn zones_join_digits_a_few_bytes_apart() {
        let z = Zones::of("tel 06 12 34 56 78, puis en 2024, ou bien ٣٤");
        let counts: Vec<usize> = z.0.iter().map(|z| z.digits).collect();
        assert_eq!(counts, [10, 4, 2]);
    }

    #[test]
    fn windowed_search_finds_what_a_whole_search_finds() {
        let re = crate::re(r"\b\d{3}[\s\-.]?\d{3}[\s\-.]?\d{3}\b");
        let text = "a 046 454 286 b 12 c 046454286x 046-454-286_ 1046 454 286";
        let zones = Zones::of(text);
        let w = zones.windows(text, Reach { before: 0, after: 0, digits: 9 });
        let windowed: Vec<&str> = find_in(&re, text, &w).iter().map(|m| m.as_str()).collect();
        let whole: Vec<&str> = re.find_iter(text).map(|m| m.as_str()).collect();
        assert_eq!(windowed, whole);
    }
}
