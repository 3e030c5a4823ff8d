//! Person names: after a title (M., Mme, Dr…), a common given name
//! (bundled list) with or without a surname, and the council's own "never
//! write" list, known only by keyed hashes.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;

use super::re;
use crate::privacy::never_write::NeverWrite;
use crate::privacy::{PiiKind, Span};

static TITLED: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"\b(?:M\.|Mme\.?|Mlle\.?|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Dre\.?|Me|Pr\.?)\s+(?:[\p{Lu}][\p{L}'\-]+)(?:\s+[\p{Lu}][\p{L}'\-]+)?",
    )
});
static CAPITALISED: LazyLock<Regex> = LazyLock::new(|| re(r"[\p{Lu}][\p{L}'\-]*"));
static WORD: LazyLock<Regex> = LazyLock::new(|| re(r"[\p{L}][\p{L}'\-]*"));

static GIVEN: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    include_str!("../data/given_names.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .flat_map(str::split_whitespace)
        .collect()
});

/// Whether `word` is one of the council's pseudonyms (never a real name).
fn is_pseudonym(word: &str, pseudonyms: &[String]) -> bool {
    pseudonyms.iter().any(|p| p.eq_ignore_ascii_case(word) || p.to_lowercase() == word.to_lowercase())
}

/// Finds person names.
pub fn find(text: &str, pseudonyms: &[String], never: Option<&NeverWrite>, out: &mut Vec<Span>) {
    for m in TITLED.find_iter(text) {
        let name = m.as_str().split_whitespace().nth(1).unwrap_or_default();
        if !is_pseudonym(name, pseudonyms) {
            out.push(Span::new(PiiKind::PersonName, m.start(), m.end()));
        }
    }
    let words: Vec<regex::Match> = CAPITALISED.find_iter(text).collect();
    let mut i = 0;
    while i < words.len() {
        let w = words[i];
        if GIVEN.contains(w.as_str()) && !is_pseudonym(w.as_str(), pseudonyms) {
            let mut end = w.end();
            // A capitalised word right after (one space) is the surname.
            if let Some(next) = words.get(i + 1) {
                let gap = &text[w.end()..next.start()];
                if gap == " " && !is_pseudonym(next.as_str(), pseudonyms) {
                    end = next.end();
                    i += 1;
                }
            }
            out.push(Span::new(PiiKind::PersonName, w.start(), end));
        }
        i += 1;
    }
    if let Some(list) = never.filter(|l| !l.is_empty()) {
        let all: Vec<regex::Match> = WORD.find_iter(text).collect();
        for (i, first) in all.iter().enumerate() {
            // Longest match first: "Jean Tremblay" before "Jean".
            for len in (1..=list.max_words().min(all.len() - i)).rev() {
                let last = all[i + len - 1];
                if list.contains(&text[first.start()..last.end()]) {
                    out.push(Span::new(PiiKind::PersonName, first.start(), last.end()));
                    break;
                }
            }
        }
    }
}
