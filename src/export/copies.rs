//! Text pasted from a contribution into a section body is that
//! contribution, whatever the secretary meant: each sentence of a body is
//! compared with every contribution by word shingles (three folded words),
//! so that small edits — a word changed, accents dropped, punctuation —
//! still match. A sentence that mostly repeats a contribution may be kept
//! only if that contribution may be quoted.

use std::collections::{HashMap, HashSet};

use crate::domain::{ConsentLevel, Contribution, Date, RecordId};
use crate::privacy::fold;

/// Words per shingle.
const WIDTH: usize = 3;
/// Share of a sentence's shingles found in a contribution for the sentence
/// to count as a copy of it.
const THRESHOLD: f64 = 0.5;
/// Sentences shorter than this (in words) are compared whole instead.
const SHORT: usize = WIDTH + 2;

/// The folded words of a text.
fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric()).filter(|w| !w.is_empty()).map(fold).collect()
}

fn shingles(words: &[String]) -> HashSet<u64> {
    use std::hash::{Hash, Hasher};
    words
        .windows(WIDTH)
        .map(|w| {
            let mut h = std::collections::hash_map::DefaultHasher::new();
            w.hash(&mut h);
            h.finish()
        })
        .collect()
}

/// One contribution as compared.
struct Known {
    id: RecordId,
    /// May it be quoted today?
    quotable: bool,
}

/// Every contribution of the council, ready to be compared with text: an
/// index from each shingle to the contributions holding it, so that a
/// sentence costs its own shingles' postings, not one comparison per
/// contribution (5,000 contributions × 1,500 sentences took 0.5 s).
pub struct Copies {
    known: Vec<Known>,
    /// Shingle → indexes in `known` (each once, ascending).
    postings: HashMap<u64, Vec<u32>>,
    /// Whole folded text of a contribution → its first index in `known`.
    whole: HashMap<String, u32>,
}

/// A sentence found to repeat a contribution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Copy {
    /// The contribution.
    pub id: RecordId,
    /// Whether its consent allows quoting it.
    pub quotable: bool,
}

impl Copies {
    /// Prepares `contributions` as of `today` (consent read then).
    pub fn new(contributions: &[Contribution], today: Date) -> Self {
        let mut copies = Self { known: Vec::new(), postings: HashMap::new(), whole: HashMap::new() };
        for c in contributions.iter().filter(|c| !c.text.trim().is_empty()) {
            let Ok(at) = u32::try_from(copies.known.len()) else { break };
            let w = words(&c.text);
            let set = shingles(&w);
            for h in &set {
                copies.postings.entry(*h).or_default().push(at);
            }
            copies.whole.entry(w.join(" ")).or_insert(at);
            let quotable = c.consent.effective(today) == Some(ConsentLevel::Quote);
            copies.known.push(Known { id: c.id, quotable });
        }
        copies
    }

    /// The contribution `sentence` repeats, if any: the one sharing the
    /// largest part of the sentence's shingles (the later one on a tie).
    pub fn of(&self, sentence: &str) -> Option<Copy> {
        let w = words(sentence);
        let found = |i: u32| self.known.get(i as usize).map(|k| Copy { id: k.id, quotable: k.quotable });
        if w.len() < SHORT {
            // A short sentence counts when a contribution is it, whole.
            return (w.len() >= 3).then(|| self.whole.get(&w.join(" ")).copied()).flatten().and_then(found);
        }
        let s = shingles(&w);
        let mut shared: HashMap<u32, usize> = HashMap::new();
        for h in &s {
            for i in self.postings.get(h).into_iter().flatten() {
                *shared.entry(*i).or_default() += 1;
            }
        }
        shared
            .into_iter()
            .map(|(i, n)| (i, n as f64 / s.len() as f64))
            .filter(|(_, share)| *share >= THRESHOLD)
            .max_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)))
            .and_then(|(i, _)| found(i))
    }
}

/// The sentences of a paragraph with their byte ranges (a sentence ends
/// after `.`, `!`, `?` or `…` followed by a space, or at a line break).
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    for (i, &(at, c)) in chars.iter().enumerate() {
        let next = chars.get(i + 1).map(|&(_, n)| n);
        let ends = matches!(c, '.' | '!' | '?' | '…') && next.is_none_or(char::is_whitespace) || c == '\n';
        if ends {
            let end = at + c.len_utf8();
            if !text[start..end].trim().is_empty() {
                out.push((start, end));
            }
            start = end;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push((start, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Author, Consent, ContributionKind};

    fn contribution(text: &str, level: ConsentLevel) -> Contribution {
        let on = Date::from_calendar_date(2026, time::Month::January, 10).unwrap_or(Date::MIN);
        Contribution {
            id: RecordId::random(),
            revision: 1,
            author: Author::Unlinked,
            meeting: None,
            group: None,
            kind: ContributionKind::Testimony,
            text: text.into(),
            themes: vec![],
            consent: Consent { level, given_on: on, expires_on: None, withdrawn_on: None },
            consent_history: Vec::new(),
        }
    }

    #[test]
    fn a_pasted_sentence_is_found_despite_small_edits() {
        let today = Date::from_calendar_date(2026, time::Month::March, 1).unwrap_or(Date::MIN);
        let c = contribution(
            "À l'urgence on m'a attaché pendant douze heures sans me dire pourquoi.",
            ConsentLevel::Paraphrase,
        );
        let copies = Copies::new(std::slice::from_ref(&c), today);
        let pasted = "A l'urgence, on m'a attache pendant 12 heures sans me dire pourquoi";
        assert_eq!(copies.of(pasted), Some(Copy { id: c.id, quotable: false }));
        assert_eq!(copies.of("Les urgences manquent de personnel formé à l'accueil des personnes."), None);
    }

    #[test]
    fn sentences_split_on_ends() {
        let t = "Première phrase. Deuxième ! Et la\ntroisième";
        let s: Vec<&str> = sentences(t).iter().map(|&(a, b)| t[a..b].trim()).collect();
        assert_eq!(s, ["Première phrase.", "Deuxième !", "Et la", "troisième"]);
    }
}
