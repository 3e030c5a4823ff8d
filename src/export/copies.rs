//! Text pasted from a contribution into a section body is that
//! contribution, whatever the secretary meant: each sentence of a body is
//! compared with every contribution by word shingles (three folded words),
//! so that small edits — a word changed, accents dropped, punctuation —
//! still match. A sentence that mostly repeats a contribution may be kept
//! only if that contribution may be quoted.

use std::collections::HashSet;

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
    shingles: HashSet<u64>,
    words: String,
}

/// Every contribution of the council, ready to be compared with text.
pub struct Copies(Vec<Known>);

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
        Self(
            contributions
                .iter()
                .filter(|c| !c.text.trim().is_empty())
                .map(|c| {
                    let w = words(&c.text);
                    Known {
                        id: c.id,
                        quotable: c.consent.effective(today) == Some(ConsentLevel::Quote),
                        shingles: shingles(&w),
                        words: w.join(" "),
                    }
                })
                .collect(),
        )
    }

    /// The contribution `sentence` repeats, if any.
    pub fn of(&self, sentence: &str) -> Option<Copy> {
        let w = words(sentence);
        if w.len() < SHORT {
            // A short sentence counts when a contribution is it, whole.
            let joined = w.join(" ");
            return (w.len() >= 3)
                .then(|| self.0.iter().find(|k| k.words == joined))
                .flatten()
                .map(|k| Copy { id: k.id, quotable: k.quotable });
        }
        let s = shingles(&w);
        self.0
            .iter()
            .map(|k| (k, s.intersection(&k.shingles).count() as f64 / s.len() as f64))
            .filter(|(_, share)| *share >= THRESHOLD)
            .max_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(k, _)| Copy { id: k.id, quotable: k.quotable })
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
