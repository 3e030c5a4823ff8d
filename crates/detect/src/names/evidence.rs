//! Names shown by the identifiers around them: the owner of a phone, an
//! address or a card (« Le fixe d'Océane : 05 36… », « demander Réal au
//! 514… ») and a word the e-mail address beside it repeats
//! (`Okonkwo, Ngozi — ngozi.okonkwo@…`). An identifier belongs to someone,
//! so a word that would otherwise be a common word or a place is read as
//! that someone.

use super::context::{blocked, gap, is_inline_space, place_after};
use super::Class;
use crate::cues::Lists;
use crate::lexicon::Flags;
use crate::tokens::{Shape, Token};
use crate::{PiiKind, Span};

/// Identifiers that belong to one person.
fn personal(kind: PiiKind) -> bool {
    matches!(
        kind,
        PiiKind::Email
            | PiiKind::Phone
            | PiiKind::Nir
            | PiiKind::Sin
            | PiiKind::Ramq
            | PiiKind::Iban
            | PiiKind::PostalCode
            | PiiKind::Address
            | PiiKind::DateOfBirth
    )
}

/// Marks the words that the identifiers in `found` show to be names.
pub fn mark(text: &str, tokens: &[Token<'_>], classes: &[Class], found: &[Span], named: &mut [bool]) {
    let ids: Vec<&Span> = found.iter().filter(|s| personal(s.kind)).collect();
    if ids.is_empty() {
        return;
    }
    let locals = Locals::of(local_parts(text, &ids));
    let ids = Ids::of(ids);
    for (i, n) in named.iter_mut().enumerate() {
        if !*n && could_be_someone(tokens, classes, i) {
            *n = owner(text, tokens, classes, &ids, i) || in_local_part(tokens, classes, &locals, i);
        }
    }
}

/// The personal identifiers of a text, indexed by where they start: every
/// capitalised word asks which identifiers follow it, and scanning them
/// all for each word made a long text quadratic (a megabyte of minutes
/// holds thousands of identifiers and tens of thousands of such words).
struct Ids<'s> {
    /// The identifiers in the order they were found.
    found: Vec<&'s Span>,
    /// Their starts, ascending, each with its index in `found`.
    by_start: Vec<(usize, usize)>,
    /// For each position of `by_start`, the smallest index into `found`
    /// from there to the end: the first found among those starting later.
    first_after: Vec<usize>,
}

impl<'s> Ids<'s> {
    fn of(found: Vec<&'s Span>) -> Self {
        let mut by_start: Vec<(usize, usize)> = found.iter().enumerate().map(|(k, s)| (s.start, k)).collect();
        by_start.sort_unstable();
        let mut first_after = vec![usize::MAX; by_start.len()];
        let mut min = usize::MAX;
        for (k, &(_, index)) in by_start.iter().enumerate().rev() {
            min = min.min(index);
            first_after[k] = min;
        }
        Self { found, by_start, first_after }
    }

    /// Where in `by_start` the identifiers starting at `at` or later begin.
    fn from(&self, at: usize) -> usize {
        self.by_start.partition_point(|&(start, _)| start < at)
    }

    /// The first identifier found (in the order of `found`, as a plain
    /// scan would meet it) among those starting at `at` or later.
    fn first_found_from(&self, at: usize) -> Option<&'s Span> {
        let index = *self.first_after.get(self.from(at))?;
        self.found.get(index).copied()
    }

    /// The identifiers starting between `at` and `until`, both included, in
    /// no particular order.
    fn starting_within(&self, at: usize, until: usize) -> impl Iterator<Item = &'s Span> + '_ {
        self.by_start[self.from(at)..]
            .iter()
            .take_while(move |&&(start, _)| start <= until)
            .filter_map(|&(_, index)| self.found.get(index).copied())
    }
}

/// The e-mail local parts with their lines, indexed like [`Ids`]: sorted by
/// line start, with the furthest line end so far, so that a word finds the
/// lines around it without reading every address of the text.
struct Locals {
    /// `(line start, line end, folded local part)`, by line start.
    lines: Vec<(usize, usize, String)>,
    /// For each position of `lines`, the largest line end up to it.
    furthest_end: Vec<usize>,
}

impl Locals {
    fn of(mut lines: Vec<(usize, usize, String)>) -> Self {
        lines.sort_by_key(|&(start, _, _)| start);
        let furthest_end = lines
            .iter()
            .scan(0, |furthest, &(_, end, _)| {
                *furthest = end.max(*furthest);
                Some(*furthest)
            })
            .collect();
        Self { lines, furthest_end }
    }

    /// The local parts whose line holds byte `at`.
    fn around(&self, at: usize) -> impl Iterator<Item = &str> + '_ {
        let upto = self.lines.partition_point(|&(start, _, _)| start <= at);
        (0..upto)
            .rev()
            .take_while(move |&k| self.furthest_end[k] > at)
            .map(|k| &self.lines[k])
            .filter(move |(start, end, _)| (*start..*end).contains(&at))
            .map(|(_, _, local)| local.as_str())
    }
}

/// A capitalised word that can be a person's name at all.
fn could_be_someone(tokens: &[Token<'_>], classes: &[Class], i: usize) -> bool {
    let t = &tokens[i];
    t.shape == Shape::Capital
        && matches!(classes[i], Class::Given | Class::Ambiguous | Class::Surname | Class::SurnameWord | Class::Unknown)
        && !t.lists.has(Lists::CALENDAR)
}

/// The word right before an identifier, after « de », « d' » or a verb
/// (« Domicile de Réal : 87, 3e Avenue », « Carte … d'Aalasi : QUMA… »,
/// « demander Réal au 514… », « de Grâce (née en Corse) : 2 91… »): the
/// identifier is that person's. A capitalised word before it (« Clinique
/// Jean-Talon : 514… ») is an institution's name, and is left alone.
fn owner(text: &str, tokens: &[Token<'_>], classes: &[Class], ids: &Ids<'_>, i: usize) -> bool {
    let t = &tokens[i];
    // A surname that is also a common word (« adresse de Loutre : … ») is
    // as often a council's pseudonym.
    let weak = classes[i] == Class::SurnameWord && t.common();
    if weak || place_after(text, tokens, i) {
        return false;
    }
    if t.sentence_start || i == 0 {
        return leads_its_number(text, tokens, classes, ids, i);
    }
    let elided_de = t.core_start > t.start && text[t.start..].starts_with(['d', 'D']);
    let prev = &tokens[i - 1];
    let de = elided_de || prev.folded == "de" && is_inline_space(gap(text, tokens, i));
    let verb = prev.shape == Shape::Lower && !prev.lists.has(Lists::FUNCTION) && is_inline_space(gap(text, tokens, i));
    if !de && (!verb || blocked(text, tokens, i)) {
        return false;
    }
    // Through « de », an institution or eponym word before is no obstacle
    // for a given name or a word nothing knows (« Secteur de Clovis :
    // J8Y… », « Carte d'assurance maladie d'Aalasi : QUMA… »); for words
    // that are also places or common words it is.
    if de && blocked(text, tokens, i) && !matches!(classes[i], Class::Given | Class::Unknown) {
        return false;
    }
    // The surname after a given name sits between it and the identifier
    // (« Attestation CAF de Naïma Ferhat (NIR … ) »).
    let surname = classes[i] == Class::Given
        && tokens.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Capital
                && is_inline_space(gap(text, tokens, i + 1))
                && could_be_someone(tokens, classes, i + 1)
        });
    let end = if surname { tokens[i + 1].core_end } else { t.core_end };
    let Some(id) = ids.first_found_from(end) else { return false };
    let Some(between) = text.get(end..id.start) else { return false };
    if between.contains('\n') || between.chars().count() > 24 {
        return false;
    }
    // « : », « au », "at", a dash, or a birth in brackets before the colon.
    let rest = between.trim();
    let rest = rest.strip_prefix('(').and_then(|r| r.split_once(')')).map_or(rest, |(inside, after)| {
        if inside.trim_start().starts_with("né") || inside.trim_start().starts_with("born") {
            after.trim()
        } else {
            rest
        }
    });
    // An identifier in brackets with its label: « (NIR … », « (tél. … ».
    let labelled = rest.strip_prefix('(').is_some_and(|label| {
        let label = label.trim().trim_end_matches([':', '.']);
        (1..=6).contains(&label.chars().count()) && label.chars().all(char::is_alphabetic)
    });
    labelled || matches!(rest, "" | ":" | "," | "-" | "–" | "—" | "au" | "at" | "à" | "on" | "(")
}

/// A given name starting a line or a list item with its phone number right
/// after it (« Moussa 04 65… / Clémence 0465… »): the number is that
/// person's. A label starting a line is a word (« Accueil 01 40… ») or a
/// town (« Paris 01 45… »), which is why only given names count here.
///
/// A given name and a surname starting a line before « : » and an
/// identifier (« Séraphin Ollivier-Boussard : s.ollivier@…, 01 99… ») are a
/// contact line: the whole name is that person's.
fn leads_its_number(text: &str, tokens: &[Token<'_>], classes: &[Class], ids: &Ids<'_>, i: usize) -> bool {
    let t = &tokens[i];
    let given = matches!(classes[i], Class::Given | Class::Ambiguous)
        && t.flags.given()
        && !t.flags.any(Flags::PLACE_BIG | Flags::COUNTRY);
    if !given {
        return false;
    }
    let surname = tokens.get(i + 1).is_some_and(|n| {
        n.shape == Shape::Capital
            && is_inline_space(gap(text, tokens, i + 1))
            && could_be_someone(tokens, classes, i + 1)
    });
    let end = if surname { tokens[i + 1].core_end } else { t.core_end };
    // Only an identifier on the same line can follow with nothing between.
    let line_end = t.line.1;
    ids.starting_within(end, line_end).any(|s| {
        let Some(between) = text.get(end..s.start).filter(|b| s.start >= end && !b.contains('\n')) else {
            return false;
        };
        match between.trim() {
            "" => s.kind == PiiKind::Phone,
            ":" => s.kind == PiiKind::Phone || surname,
            _ => false,
        }
    })
}

/// The local parts of the e-mail addresses, folded, with the lines they
/// are on.
fn local_parts(text: &str, ids: &[&Span]) -> Vec<(usize, usize, String)> {
    ids.iter()
        .filter(|s| s.kind == PiiKind::Email)
        .filter_map(|s| {
            let address = s.text(text);
            let local = address.split(['@', '[', ' ']).next()?;
            let line_start = text[..s.start].rfind('\n').map_or(0, |n| n + 1);
            let line_end = text[s.end..].find('\n').map_or(text.len(), |n| s.end + n);
            Some((line_start, line_end, crate::fold(local)))
        })
        .collect()
}

/// A word of the line that the e-mail address on it spells out
/// (`Okonkwo, Ngozi — ngozi.okonkwo@…`, `Raman … raman.s@…`): the address
/// is that person's. Common words (`Conseil … conseil.quartier@…`) and
/// places are not read this way.
fn in_local_part(tokens: &[Token<'_>], classes: &[Class], locals: &Locals, i: usize) -> bool {
    let t = &tokens[i];
    let f = t.folded.as_ref();
    if f.chars().count() < 3
        || classes[i] == Class::SurnameWord && t.common()
        || t.common() && classes[i] != Class::Ambiguous
    {
        return false;
    }
    locals.around(t.start).any(|local| {
        let exact = local.split(|c: char| !c.is_alphanumeric()).any(|p| p == f);
        exact || f.chars().count() >= 4 && local.contains(f)
    })
}
