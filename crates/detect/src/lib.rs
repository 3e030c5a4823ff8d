//! Finding identifying data in French and English text: person names,
//! contacts (e-mail, phone, web, IP, handles), identifiers checked by their
//! keys (NIR, SIN, RAMQ and other health cards, IBAN), addresses and
//! postal codes, dates of birth; quasi-identifiers (ages, places,
//! institutions, dates of personal events, rare diagnoses) and capitalised
//! words nothing explains, for a person to review.
//!
//! Pure functions over text: no I/O, no clock, no global state but the
//! embedded lexicon. Text is normalised first (NFC, invisible characters,
//! full-width forms) and every span is mapped back to the original, so
//! offsets always fall on its character boundaries.
//!
//! Detection favours recall: a false alarm costs a secretary a glance, a
//! miss can cost a member their privacy. It is measured on corpora written
//! independently of it (`tests/corpus/`, and the project's shared
//! development corpus).

mod checks;
mod contact;
pub mod cues;
mod dates;
mod fold;
mod kind;
pub mod lexicon;
mod names;
mod never_write;
mod normalise;
mod numbers;
mod places;
mod quasi;
mod resolve;
mod span;
mod tokens;
mod zones;

use regex::Regex;

pub use dates::{day_dates, DayDate};
pub use fold::fold;
pub use kind::PiiKind;
pub use never_write::NeverWrite;
pub use normalise::{normalise, Normalised};
pub use span::{char_ranges, Span};

/// The council's pseudonyms, prepared once (folded, with their plural and
/// without hyphens) to be compared with every word.
#[derive(Clone, Debug, Default)]
pub struct Pseudonyms(Vec<String>);

impl Pseudonyms {
    /// Prepares `pseudonyms`.
    pub fn new<S: AsRef<str>>(pseudonyms: &[S]) -> Self {
        let mut folded = Vec::with_capacity(pseudonyms.len() * 3);
        for p in pseudonyms {
            let f = fold(p.as_ref().trim()).replace(['-', ' '], "");
            if f.is_empty() {
                continue;
            }
            folded.push(format!("{f}s"));
            folded.push(format!("{f}x"));
            folded.push(f);
        }
        Self(folded)
    }

    /// Whether a folded word is one of the pseudonyms (accents, case,
    /// hyphens and a plural do not matter).
    pub fn contains(&self, folded_word: &str) -> bool {
        if self.0.is_empty() {
            return false;
        }
        // Most words have nothing to take out: compared as they are.
        if !folded_word.contains(['-', ' ']) {
            return self.0.iter().any(|p| p == folded_word);
        }
        let compact = folded_word.replace(['-', ' '], "");
        self.0.contains(&compact)
    }
}

/// What detection needs to know beyond the text: the council's own lists.
#[derive(Default, Clone, Copy)]
pub struct Context<'a> {
    /// The council's pseudonyms: never names.
    pub pseudonyms: Option<&'a Pseudonyms>,
    /// Names the council wants caught, as keyed hashes.
    pub never_write: Option<&'a NeverWrite>,
    /// Words the secretary said are not names, as keyed hashes.
    pub dismissed: Option<&'a NeverWrite>,
}

impl<'a> Context<'a> {
    /// A context with the council's pseudonyms and lists.
    pub fn new(
        pseudonyms: &'a Pseudonyms,
        never_write: Option<&'a NeverWrite>,
        dismissed: Option<&'a NeverWrite>,
    ) -> Self {
        Self { pseudonyms: Some(pseudonyms), never_write: never_write.filter(|l| !l.is_empty()), dismissed }
    }

    /// Whether a folded word is one of the council's pseudonyms.
    pub fn is_pseudonym(&self, folded_word: &str) -> bool {
        self.pseudonyms.is_some_and(|p| p.contains(folded_word))
    }

    /// Whether a folded word is on the never-write list (`capitalised`:
    /// as written; parts that are common words need a capital).
    pub fn is_listed(&self, folded_word: &str, capitalised: bool) -> bool {
        self.never_write.is_some_and(|l| l.contains_word(folded_word, capitalised))
    }

    /// The never-write list, if any.
    pub fn never_write(&self) -> Option<&'a NeverWrite> {
        self.never_write
    }

    /// Whether a folded word was dismissed as not a name.
    pub fn is_dismissed(&self, folded_word: &str) -> bool {
        self.dismissed.is_some_and(|l| !l.is_empty() && l.contains_word(folded_word, true))
    }
}

/// Every span of identifying data, quasi-identifier and unexplained word
/// in `text`, in order, without overlaps, by byte offsets into `text`.
pub fn detect(text: &str, ctx: &Context<'_>) -> Vec<Span> {
    let normalised = normalise(text);
    let spans = detect_normalised(&normalised.text, ctx);
    if !normalised.changed() {
        return spans;
    }
    spans
        .into_iter()
        .map(|s| Span::new(s.kind, normalised.original_start(s.start), normalised.original_end(s.end)))
        .filter(|s| s.end > s.start)
        .collect()
}

fn detect_normalised(text: &str, ctx: &Context<'_>) -> Vec<Span> {
    let mut found = Vec::new();
    let zones = zones::Zones::of(text);
    contact::find(text, &zones, &mut found);
    numbers::find(text, &zones, &mut found);
    places::find(text, &zones, &mut found);
    let days = dates::day_dates_in(text, &zones);
    dates::find(text, &days, &mut found);
    let tokens = tokens::tokenise(text);
    let mut review = Vec::new();
    names::find(text, &tokens, ctx, &mut found, &mut review);
    dates::after_names(text, &days, &mut found);
    quasi::find(text, &tokens, &zones, &mut found);
    found.extend(review);
    resolve::resolve(found)
}

/// Why a pseudonym looks like a person's real name, if it does: a given
/// name or a surname the lexicon knows (in any case) that is not also a
/// common word (Colibri, Héron and Willow are fine; Mohamed, Julie and
/// Lapointe are not).
pub fn real_name_in(pseudonym: &str) -> Option<PiiKind> {
    let normalised = normalise(pseudonym);
    for t in tokens::tokenise(&normalised.text) {
        let f = t.flags;
        let surname = f.any(lexicon::Flags::SURNAME_TOP) || f.any(lexicon::Flags::SURNAME) && !f.word();
        let common = t.common();
        if (f.given() || surname || f.any(lexicon::Flags::NAME)) && !common && !t.lists.has(cues::Lists::FUNCTION) {
            return Some(PiiKind::PersonName);
        }
    }
    None
}

/// Compiles a pattern written in this crate; patterns are constants, so a
/// failure is a programming error caught by the tests.
///
/// Word boundaries and spaces are made ASCII (`(?-u:\b)`, `(?-u:\s)`): a
/// Unicode boundary keeps the fast DFA engine from running on accented text
/// (ten times slower), and normalised text has only ASCII spaces. Every
/// `\b` in the patterns therefore sits next to an ASCII character.
fn re(pattern: &str) -> Regex {
    Regex::new(&ascii_spaces_and_boundaries(pattern)).unwrap_or_else(|e| panic!("invalid detector pattern: {e}"))
}

/// [`re`] for the engine under `regex`, for anchored searches (see
/// [`zones::find_starting`]): the same syntax and the same matches.
fn re_anchorable(pattern: &str) -> regex_automata::meta::Regex {
    regex_automata::meta::Regex::new(&ascii_spaces_and_boundaries(pattern))
        .unwrap_or_else(|e| panic!("invalid detector pattern: {e}"))
}

/// `\b` becomes `(?-u:\b)`; `\s` becomes `(?-u:\s)` outside a class and the
/// ASCII spaces inside one.
fn ascii_spaces_and_boundaries(pattern: &str) -> String {
    let mut out = String::with_capacity(pattern.len() + 32);
    let mut chars = pattern.chars().peekable();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match (c, chars.peek().copied()) {
            ('\\', Some(next)) => {
                chars.next();
                match (next, in_class) {
                    ('b', false) => out.push_str("(?-u:\\b)"),
                    ('s', false) => out.push_str("(?-u:\\s)"),
                    ('s', true) => out.push_str(" \\t\\n\\r\\x0B\\x0C"),
                    _ => {
                        out.push('\\');
                        out.push(next);
                    }
                }
            }
            ('[', _) if !in_class => {
                in_class = true;
                out.push(c);
                // A `]` or `^]` right after the opening is a literal.
                if chars.peek() == Some(&'^') {
                    out.extend(chars.next());
                }
                if chars.peek() == Some(&']') {
                    out.extend(chars.next());
                }
            }
            (']', _) if in_class => {
                in_class = false;
                out.push(c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Pushes every match of `re` as a span of `kind`.
fn push_all(re: &Regex, text: &str, kind: PiiKind, out: &mut Vec<Span>) {
    out.extend(re.find_iter(text).map(|m| Span::new(kind, m.start(), m.end())));
}

/// How the name finder reads each word of `text` (its class and whether it
/// was found to be a name): a debugging aid for people tuning the rules.
pub fn explain(text: &str) -> String {
    names::explain(text, &tokens::tokenise(text), &Context::default())
}

/// Time spent in each stage of [`detect`] on `text` (for benchmarks): the
/// same stages in the same order, on the normalised text.
#[doc(hidden)]
pub fn stage_times(text: &str) -> Vec<(&'static str, std::time::Duration)> {
    let ctx = Context::default();
    let t = std::time::Instant::now();
    let normalised = normalise(text);
    let mut times = vec![("normalise", t.elapsed())];
    let text = &*normalised.text;
    let mut found = Vec::new();
    let t = std::time::Instant::now();
    let zones = zones::Zones::of(text);
    times.push(("zones", t.elapsed()));
    let mut time = |name: &'static str, f: &mut dyn FnMut(&mut Vec<Span>)| {
        let t = std::time::Instant::now();
        f(&mut found);
        times.push((name, t.elapsed()));
    };
    time("contact", &mut |o| contact::find(text, &zones, o));
    time("numbers", &mut |o| numbers::find(text, &zones, o));
    time("places", &mut |o| places::find(text, &zones, o));
    let mut days = Vec::new();
    time("dates", &mut |o| {
        days = dates::day_dates_in(text, &zones);
        dates::find(text, &days, o)
    });
    let mut tokens = Vec::new();
    time("tokens", &mut |_| tokens = tokens::tokenise(text));
    let mut review = Vec::new();
    time("names", &mut |o| names::find(text, &tokens, &ctx, o, &mut review));
    time("after", &mut |o| dates::after_names(text, &days, o));
    time("quasi", &mut |o| quasi::find(text, &tokens, &zones, o));
    time("resolve", &mut |o| {
        o.append(&mut review);
        *o = resolve::resolve(std::mem::take(o))
    });
    times
}

#[cfg(test)]
mod pattern_tests {
    #[test]
    fn spaces_become_ascii_inside_and_outside_classes() {
        assert_eq!(super::ascii_spaces_and_boundaries(r"\b[^\s<]+\s\d"), r"(?-u:\b)[^ \t\n\r\x0B\x0C<]+(?-u:\s)\d");
    }
}
