//! From the words found to be names to spans: a name grows over the
//! surname after a given name (whatever separates them on the line: a
//! space, a no-break space, a tab, two spaces, or a line break), particles
//! (`de Villiers`, `van der Berghe`), initials before (`J.-F. Lavoie`) and a
//! surname in capitals before (`DIALLO Fatoumata`).

use super::context::{gap, is_inline_space, is_space, place_after};
use super::Class;
use crate::cues::Lists;
use crate::lexicon::Flags;
use crate::tokens::{Shape, Token};
use crate::{PiiKind, Span};

/// Whether token `j` can continue a name whose previous word is `j - 1`.
fn continues(text: &str, tokens: &[Token<'_>], classes: &[Class], named: &[bool], j: usize) -> bool {
    let g = gap(text, tokens, j);
    if !is_space(g) {
        return false;
    }
    let t = &tokens[j];
    if named[j] {
        return true;
    }
    if !(t.is_capitalised() || t.shape == Shape::OtherScript)
        || t.lists.has(Lists::CALENDAR)
        || place_after(text, tokens, j - 1)
    {
        return false;
    }
    let across_lines = g.contains('\n');
    if t.shape == Shape::OtherScript {
        return matches!(classes[j], Class::OtherScript | Class::Foreign) && tokens[j - 1].shape == Shape::OtherScript;
    }
    match classes[j] {
        Class::Surname | Class::Unknown | Class::Given | Class::Listed | Class::OtherScript => true,
        Class::SurnameWord | Class::Ambiguous | Class::Word => !across_lines && !t.lists.has(Lists::PLACE_AFTER),
        Class::Place => !across_lines && !t.flags.any(Flags::PLACE_BIG),
        Class::Foreign => tokens[j - 1].shape == Shape::OtherScript,
        Class::Never | Class::Initial => false,
    }
}

/// How many particle words start at `j` and lead to a surname: `de`,
/// `van der`, `Da`, `Ben`, `de la`.
fn particles_then_surname(text: &str, tokens: &[Token<'_>], classes: &[Class], j: usize) -> Option<usize> {
    let mut k = j;
    while k < tokens.len() && k < j + 3 && tokens[k].lists.has(Lists::PARTICLES) {
        if !is_inline_space(gap(text, tokens, k)) {
            return None;
        }
        k += 1;
    }
    let t = tokens.get(k)?;
    let fits = k > j
        && is_inline_space(gap(text, tokens, k))
        && t.is_capitalised()
        && matches!(
            classes[k],
            Class::Surname | Class::SurnameWord | Class::Unknown | Class::Given | Class::Ambiguous | Class::Place
        )
        && !t.flags.any(Flags::PLACE_BIG)
        && !t.lists.has(Lists::PLACE_BEFORE);
    fits.then_some(k)
}

/// The spans of the names found.
pub fn spans(text: &str, tokens: &[Token<'_>], classes: &[Class], named: &[bool]) -> Vec<Span> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        if !named[i] {
            i += 1;
            continue;
        }
        let mut first = i;
        // Initials and a capitalised surname before: "J.-F. Lavoie", "DIALLO Fatoumata".
        while first > 0 && is_inline_space(gap(text, tokens, first)) {
            let p = first - 1;
            let before = &tokens[p];
            let initial = classes[p] == Class::Initial && !matches!(before.text, "M." | "P." | "N.");
            let upper_surname = before.shape == Shape::Upper
                && matches!(classes[p], Class::Surname | Class::Unknown | Class::SurnameWord)
                && classes[first] == Class::Given;
            if !(initial || upper_surname || named[p]) {
                break;
            }
            first = p;
        }
        let mut last = i;
        loop {
            let j = last + 1;
            if j >= tokens.len() {
                break;
            }
            if continues(text, tokens, classes, named, j) {
                last = j;
            } else if let Some(k) = particles_then_surname(text, tokens, classes, j) {
                last = k;
            } else {
                break;
            }
        }
        out.push(Span::new(PiiKind::PersonName, tokens[first].core_start, tokens[last].core_end));
        i = last + 1;
    }
    out
}
