//! Reading a word's surroundings: what announces a person (a title, a kin
//! or role word, a cue), what announces a place or an institution instead
//! (« rue », « Institut », "Street"), a published reference (`Deegan
//! (1988)`), a brand named after someone, and lists whose other items are
//! names.

use std::sync::LazyLock;

use regex::Regex;

use super::Class;
use crate::cues::{self, Lists};
use crate::lexicon::Flags;
use crate::tokens::{Shape, Token};

/// The text between tokens `i - 1` and `i` (or before the first).
pub fn gap<'t>(text: &'t str, tokens: &[Token<'_>], i: usize) -> &'t str {
    let from = i.checked_sub(1).map_or(0, |p| tokens[p].end);
    text.get(from..tokens[i].start).unwrap_or_default()
}

/// Only spaces (any kind) and at most one line break.
pub fn is_space(gap: &str) -> bool {
    // Most gaps are one space: answered without walking the characters.
    if gap == " " {
        return true;
    }
    !gap.is_empty() && gap.chars().all(char::is_whitespace) && gap.matches('\n').count() <= 1
}

/// Spaces on one line.
pub fn is_inline_space(gap: &str) -> bool {
    if gap == " " {
        return true;
    }
    is_space(gap) && !gap.contains('\n')
}

fn folded<'a>(tokens: &'a [Token<'_>], i: usize) -> &'a str {
    tokens[i].folded.as_ref()
}

/// A title right before `i` (`Mme`, `M.`, `Dr`, `Father`…), possibly with
/// particles between (`Mme van der Berghe`, `M. et Mme Da Silva`).
pub fn title_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i;
    while j > 0 {
        let g = gap(text, tokens, j);
        let p = j - 1;
        let ok_gap = is_inline_space(g) || g.trim() == "." || g.strip_prefix('.').is_some_and(is_space);
        if !ok_gap {
            return false;
        }
        let f = folded(tokens, p);
        let spelled = matches!(
            f,
            "mme"
                | "m"
                | "madame"
                | "monsieur"
                | "mademoiselle"
                | "docteur"
                | "docteure"
                | "maitre"
                | "professeur"
                | "professeure"
                | "pasteur"
                | "pasteure"
                | "father"
                | "doctor"
                | "judge"
                | "juge"
        );
        if titled(&tokens[p]) && (tokens[p].is_capitalised() || spelled) {
            return true;
        }
        // "M. et Mme Da Silva", "Mme van der Berghe": look past particles.
        if tokens[p].lists.has(Lists::PARTICLES) || f == "et" || f == "and" {
            j = p;
            continue;
        }
        return false;
    }
    false
}

/// A title (`Mme`, `Dr`, or an initial-looking `M.` read without its dot).
fn titled(t: &Token<'_>) -> bool {
    if t.folded.ends_with('.') {
        cues::TITLES.contains(t.folded.trim_end_matches('.'))
    } else {
        t.lists.has(Lists::TITLES)
    }
}

/// A kin or role word right before `i`, or before its « de »: « sa tante
/// Malika », « Ma sœur, Capucine », « la TS de Ovila », « fils d'Ahmed ».
pub fn kin_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let g = gap(text, tokens, i);
    let elided_de = tokens[i].core_start > tokens[i].start && text[tokens[i].start..].starts_with(['d', 'D']);
    if tokens[p].lists.has(Lists::KIN) && (is_inline_space(g) || g.trim() == ",") && !elided_de {
        return true;
    }
    // "la sœur de Yacine", "le médecin traitant de Jocelyne".
    let de =
        if elided_de { Some(i) } else { (matches!(folded(tokens, p), "de" | "of") && is_inline_space(g)).then_some(p) };
    let Some(de) = de else { return false };
    (1..=2).any(|back| de.checked_sub(back).is_some_and(|k| tokens[k].lists.has(Lists::KIN)))
}

/// A cue right before `i`: a verb or preposition (« chez X », « selon X »,
/// "Call X"), or a noun through a preposition (« appuyée par X »,
/// « témoignage d'Aldo », « de la part de X », "Message from X").
pub fn cue_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    let g = gap(text, tokens, i);
    if !(is_inline_space(g) || matches!(g.trim(), ":" | ",")) {
        return false;
    }
    let f = tokens[p].lists;
    let cue = |w: Lists| w.has(Lists::CUE_VERBS | Lists::CUE_NOUNS);
    // The elision is part of token i: « témoignage d'Aldo ».
    if tokens[i].core_start > tokens[i].start {
        return text[tokens[i].start..].starts_with(['d', 'D']) && cue(f);
    }
    if f.has(Lists::CUE_VERBS) {
        return true;
    }
    f.has(Lists::CUE_LINKS)
        && p.checked_sub(1).is_some_and(|k| is_inline_space(gap(text, tokens, p)) && cue(tokens[k].lists))
}

/// A preposition of place right before: « à Esquirol », « au Vinatier »,
/// "on Dundas" (a cue before it wins: « écrire à X »).
fn place_preposition_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && is_inline_space(gap(text, tokens, i))
        && matches!(folded(tokens, i - 1), "a" | "au" | "aux" | "en" | "vers" | "on" | "in")
        && !tokens[i - 1].is_capitalised()
}

/// A capitalised article inside a sentence leads an institution's or a
/// place's name: « Centre hospitalier Le Vinatier », « à La Rochelle ».
fn article_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && is_inline_space(gap(text, tokens, i))
        && matches!(folded(tokens, i - 1), "le" | "la" | "les" | "l")
        && tokens[i - 1].shape == Shape::Capital
        && !tokens[i - 1].sentence_start
}

/// The word (or the one before, through « du », « de la »…) names a kind of
/// place or institution: « rue Victor-Hugo », « Institut Philippe-Pinel »,
/// « rue du Docteur-Roux », « l'Hôpital Jean-Talon ».
pub fn place_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i;
    for _ in 0..3 {
        let Some(p) = j.checked_sub(1) else { return false };
        if !is_inline_space(gap(text, tokens, j)) {
            return false;
        }
        let f = tokens[p].lists;
        if f.has(Lists::PLACE_BEFORE) {
            return true;
        }
        if !(f.has(Lists::PARTICLES) || tokens[p].is_capitalised() && j == i) {
            return false;
        }
        j = p;
    }
    false
}

/// A word after it makes it a place: "Queen Street", "Hôpital Sainte-Justine
/// Est", "St. Michael's Hospital".
pub fn place_after(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i + 1;
    while j < tokens.len() && j <= i + 2 {
        let g = gap(text, tokens, j);
        if !(is_inline_space(g) || g.trim() == "'s") {
            return false;
        }
        if tokens[j].is_capitalised() && tokens[j].lists.has(Lists::PLACE_AFTER)
            || j == i + 1 && tokens[j].lists.has(Lists::PLACE_AFTER_LOWER)
        {
            return true;
        }
        if !tokens[j].is_capitalised() {
            return false;
        }
        j += 1;
    }
    false
}

static CITATION: LazyLock<Regex> =
    LazyLock::new(|| crate::re(r"^\s*(?:\(\s*(?:19|20)\d{2}[a-z]?\s*[),;]|,\s*(?:19|20)\d{2}\b|et\s+al\b)"));

/// A published reference: `Deegan (1988)`, `Laforcade, 2016`, `X et al.`.
fn citation(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let rest = text.get(tokens[i].end..).unwrap_or_default();
    let lead = rest.trim_start();
    (lead.starts_with(['(', ',']) || lead.starts_with("et al")) && CITATION.is_match(rest)
}

/// Part of a brand named after someone (`Jean Coutu`, `Tim Hortons`).
fn brand(tokens: &[Token<'_>], i: usize) -> bool {
    if !tokens[i].lists.has(Lists::BRAND_WORDS) {
        return false;
    }
    let pair = |a: usize, b: usize| format!("{} {}", tokens[a].folded, tokens[b].folded);
    tokens[i].lists.has(Lists::BRANDS)
        || (i + 1 < tokens.len() && cues::BRANDS.contains(pair(i, i + 1).as_str()))
        || (i > 0 && cues::BRANDS.contains(pair(i - 1, i).as_str()))
}

/// Right after « loi », « rapport », "Act": named after someone.
fn eponym_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    i > 0 && is_inline_space(gap(text, tokens, i)) && tokens[i - 1].lists.has(Lists::EPONYM_BEFORE)
}

/// Context that makes a capitalised word a place, an institution, a brand
/// or a reference rather than a person.
pub fn blocked(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    place_before(text, tokens, i)
        || place_after(text, tokens, i)
        || eponym_before(text, tokens, i)
        || brand(tokens, i)
        || citation(text, tokens, i)
}

/// A label at the start of a line: `Référente : …`, `Linktree: …`.
fn label(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    tokens[i].sentence_start
        && text.get(tokens[i].end..).is_some_and(|rest| rest.trim_start_matches([' ', '\u{a0}']).starts_with(':'))
}

/// Context that announces a person.
pub fn announced(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    title_before(text, tokens, i) || kin_before(text, tokens, i) || cue_before(text, tokens, i)
}

/// The next word, on the same line or the next, can be a surname that is
/// no common word.
fn surname_follows(text: &str, tokens: &[Token<'_>], classes: &[Class], i: usize) -> bool {
    let mut j = i + 1;
    while j < tokens.len() && is_space(gap(text, tokens, j)) {
        let t = &tokens[j];
        if t.lists.has(Lists::PARTICLES) && j < i + 3 {
            j += 1;
            continue;
        }
        return t.is_capitalised()
            && matches!(classes[j], Class::Surname | Class::Unknown | Class::Given | Class::Listed)
            && !t.lists.has(Lists::PLACE_AFTER);
    }
    false
}

/// The next word is capitalised and could end a name (« Wilner Désir »).
fn next_capitalised(text: &str, tokens: &[Token<'_>], classes: &[Class], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        n.shape == Shape::Capital
            && is_inline_space(gap(text, tokens, i + 1))
            && matches!(classes[i + 1], Class::Ambiguous | Class::SurnameWord)
            && !institution_word(n)
    })
}

/// A verb right after: « Avril a pris », « Jordan n'a », "Ngozi said".
fn verb_follows(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    tokens.get(i + 1).is_some_and(|n| {
        n.shape == Shape::Lower && is_inline_space(gap(text, tokens, i + 1)) && n.lists.has(Lists::PERSON_VERBS)
    })
}

/// The word before, on the same line, was found to be a name.
fn name_precedes(text: &str, tokens: &[Token<'_>], named: &[bool], i: usize) -> bool {
    i > 0 && named[i - 1] && is_inline_space(gap(text, tokens, i))
}

/// A word that names a kind of place or institution itself (« Salle »,
/// "Hospital"): never a person.
fn institution_word(t: &Token<'_>) -> bool {
    t.lists.has(Lists::PLACE_BEFORE) || t.lists.has(Lists::PLACE_AFTER)
}

/// Whether token `i` is (part of) a person's name; `named` holds the
/// verdicts on the words before it.
pub fn is_name(text: &str, tokens: &[Token<'_>], classes: &[Class], named: &[bool], i: usize) -> bool {
    let t = &tokens[i];
    let class = classes[i];
    if matches!(class, Class::Listed | Class::OtherScript) {
        return true;
    }
    if class == Class::Foreign {
        let next_to_name = |j: usize| classes.get(j) == Some(&Class::OtherScript);
        return announced(text, tokens, i) || next_to_name(i + 1) || i > 0 && next_to_name(i - 1);
    }
    if matches!(class, Class::Never | Class::Initial) {
        return false;
    }
    if title_before(text, tokens, i) {
        // "Ms. Chair", « Madame la Présidente »: a title before a role.
        let role = class == Class::Word && !t.flags.person();
        return t.is_capitalised() && !role && !t.lists.has(Lists::KIN);
    }
    // Past a title, a common word or a place is never a name (every rule
    // below ends there): the context is not read for them.
    if matches!(class, Class::Word | Class::Place) {
        return false;
    }
    if blocked(text, tokens, i) || institution_word(t) && class != Class::Given {
        return false;
    }
    if t.shape == Shape::Upper {
        return upper(text, tokens, classes, i);
    }
    let top = t.flags.any(Flags::GIVEN_TOP);
    let kin = kin_before(text, tokens, i);
    let cue = cue_before(text, tokens, i);
    let placed = place_preposition_before(text, tokens, i) || article_before(text, tokens, i);
    let follows = surname_follows(text, tokens, classes, i);
    let after_name = name_precedes(text, tokens, named, i);
    let labelled = label(text, tokens, i);
    // A given name that is a place or a month rather than a common word
    // (Jordan, Conceição, Avril) is someone when a person's verb follows.
    let acts = verb_follows(text, tokens, i) && (!t.common() || t.lists.has(Lists::CALENDAR));
    match class {
        Class::Given => !(placed && t.hyphenated) || kin || cue,
        Class::Ambiguous => kin || cue && top || follows && !placed || after_name || t.possessive && top || acts,
        Class::Surname => {
            let pair = t.sentence_start && next_capitalised(text, tokens, classes, i);
            let acts = verb_follows(text, tokens, i);
            !placed && !labelled && (!t.sentence_start || follows || pair || t.possessive || acts)
                || kin
                || cue
                || after_name
        }
        Class::SurnameWord => kin && !t.common() || after_name || t.possessive,
        Class::Unknown => !placed && !labelled || kin || cue,
        _ => false,
    }
}

/// A word in capitals is a name next to another name (`DIALLO Fatoumata`,
/// `JOCELYNE PIERRE`), or announced; alone it is an acronym.
fn upper(text: &str, tokens: &[Token<'_>], classes: &[Class], i: usize) -> bool {
    let class = classes[i];
    if !class.can_be_name() || tokens[i].text.chars().count() < 2 {
        return false;
    }
    let known = matches!(class, Class::Given | Class::Ambiguous | Class::Surname | Class::SurnameWord);
    if known && announced(text, tokens, i) {
        return true;
    }
    // DIALLO Fatoumata, MAKAYA Grâce, JOCELYNE PIERRE, DOUGLAS BIGHETTY.
    let surnameish = |c: Class| matches!(c, Class::Surname | Class::Unknown | Class::SurnameWord);
    let givenish = |c: Class| matches!(c, Class::Given | Class::Listed | Class::Ambiguous);
    let neighbour = |j: usize| {
        let other = classes[j];
        let pair = givenish(other) && (surnameish(class) || class == Class::Given)
            || givenish(class) && surnameish(other) && tokens[j].is_capitalised();
        let strong = matches!(other, Class::Given | Class::Listed) || matches!(class, Class::Given | Class::Listed);
        pair && (strong || tokens[j].shape != tokens[i].shape) && !blocked(text, tokens, j)
    };
    (i > 0 && is_inline_space(gap(text, tokens, i)) && neighbour(i - 1))
        || (i + 1 < tokens.len() && is_inline_space(gap(text, tokens, i + 1)) && neighbour(i + 1))
}

/// Words that join the items of a list.
fn conjunction(t: &Token<'_>) -> bool {
    matches!(t.folded.as_ref(), "et" | "and" | "pis" | "ou" | "or" | "ni")
}

/// The nearest word of the list item next to token `i` (after it when
/// `forward`): through a comma, a semicolon, a slash, a plus, a line break
/// or a conjunction.
fn list_neighbour(text: &str, tokens: &[Token<'_>], i: usize, forward: bool) -> Option<usize> {
    let (near, far) = if forward { (i + 1, i + 2) } else { (i.checked_sub(1)?, i.checked_sub(2)?) };
    let gap_between = |a: usize, b: usize| gap(text, tokens, a.max(b));
    let near_token = tokens.get(near)?;
    let g = gap_between(i, near);
    if conjunction(near_token) && is_inline_space(g) {
        let far_token = tokens.get(far)?;
        return (is_inline_space(gap_between(near, far)) && !conjunction(far_token)).then_some(far);
    }
    let sep = g.trim();
    let list = matches!(sep, "," | ";" | "/" | "+" | "&" | "-" | "–" | "—") || sep.is_empty() && g.contains('\n');
    (list && g.matches('\n').count() <= 1).then_some(near)
}

/// Items of a list next to a name are names too when they could be:
/// « Pham, Wiśniewska, Toussaint, Boudiaf », "Tobias and Grace".
pub fn propagate_lists(text: &str, tokens: &[Token<'_>], classes: &[Class], named: &mut [bool]) {
    let could = |j: usize| {
        let t = &tokens[j];
        t.shape == Shape::Capital && matches!(classes[j], Class::Surname | Class::Unknown) && !blocked(text, tokens, j)
    };
    // A forward sweep carries a name to the items after it, a backward one
    // to the items before; a list rarely needs a second round.
    // The sweeps walk the indices without collecting them: the order list
    // they once built held two entries per word, every round.
    let mut changed = true;
    while changed {
        changed = false;
        let sweep = (0..tokens.len()).map(|i| (i, true)).chain((0..tokens.len()).rev().map(|i| (i, false)));
        for (i, forward) in sweep {
            if !named[i] {
                continue;
            }
            if let Some(j) = list_neighbour(text, tokens, i, forward) {
                if !named[j] && could(j) {
                    named[j] = true;
                    changed = true;
                }
            }
        }
    }
}

/// A capitalised word in the middle of a sentence that nothing explains:
/// not a name found, not a pseudonym, a common word, a place or part of
/// an institution's name. The secretary is asked.
pub fn unexplained(text: &str, tokens: &[Token<'_>], classes: &[Class], i: usize) -> bool {
    let t = &tokens[i];
    if classes[i] == Class::Foreign {
        return true;
    }
    t.shape == Shape::Capital
        && !t.sentence_start
        && !t.after_opener
        && matches!(classes[i], Class::Ambiguous | Class::SurnameWord | Class::Unknown | Class::Surname)
        && !blocked(text, tokens, i)
}

#[cfg(test)]
mod tests {
    use crate::{detect, Context};

    #[test]
    fn a_line_separator_before_a_dot_after_a_title_does_not_panic() {
        // U+2028 is whitespace that normalising keeps: the gap after the
        // title starts with three bytes of it, then the dot.
        let spans = detect("Mme\u{2028}., Dupont est là", &Context::default());
        assert!(spans.iter().all(|s| s.end > s.start));
    }
}
