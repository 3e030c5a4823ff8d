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
        && (matches!(folded(tokens, i - 1), "a" | "au" | "aux" | "en" | "vers" | "on" | "in" | "near")
            // "the ER at Sunnybrook" ("at Kevin's" is someone's home).
            || folded(tokens, i - 1) == "at" && !tokens[i].possessive)
        && !tokens[i - 1].is_capitalised()
}

/// Right after « à » (not « a », « au », « en »…), a compound of given
/// names whose second part is no word (« à Hélène-Émilie », not « à
/// Jean-Talon »: « talon » is a word, and the station is named after a
/// surname).
fn after_a(tokens: &[Token<'_>], i: usize) -> bool {
    i > 0
        && matches!(tokens[i - 1].text, "à" | "À")
        && tokens[i].parts.is_some_and(|(first, last)| first.given() && last.given() && !last.word())
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
///
/// An adjective may follow the institution word (« Centre hospitalier
/// Guillaume-Régnier », « Samu social de Paris »), and the name may be
/// several capitalised words (« Fondation Pro Mente Sana »).
pub fn place_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i;
    for _ in 0..4 {
        let Some(p) = j.checked_sub(1) else { return false };
        if !is_inline_space(gap(text, tokens, j)) {
            return false;
        }
        let f = tokens[p].lists;
        if f.has(Lists::PLACE_BEFORE) {
            return true;
        }
        let after_institution =
            |k: usize| k > 0 && tokens[k - 1].lists.has(Lists::PLACE_BEFORE) && is_inline_space(gap(text, tokens, k));
        if institution_adjective(&tokens[p]) && after_institution(p) {
            return true;
        }
        if !(f.has(Lists::PARTICLES) || tokens[p].is_capitalised()) {
            return false;
        }
        j = p;
    }
    false
}

/// A lower-case adjective of the kind that follows an institution word:
/// « hospitalier », « universitaire », « social », « médical »,
/// « publique », « psychiatrique ».
pub fn institution_adjective(t: &Token<'_>) -> bool {
    t.shape == Shape::Lower
        && !t.lists.has(Lists::FUNCTION | Lists::PERSON_VERBS | Lists::CUE_VERBS)
        && t.flags.word()
        && ["ier", "iere", "aire", "al", "ale", "aux", "ique", "ien", "ienne", "if", "ive", "el", "elle"]
            .iter()
            .any(|e| t.folded.ends_with(e))
}

/// A word after it makes it a place: "Queen Street", "Hôpital Sainte-Justine
/// Est", "St. Michael's Hospital", "Martin Luther King Jr. Day" (up to three
/// words of a name before, and a "Jr." or "Sr." among them).
pub fn place_after(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i + 1;
    let mut last = i + 3;
    while j < tokens.len() && j <= last {
        let g = gap(text, tokens, j);
        let suffix_before = |k: usize| matches!(folded(tokens, k), "jr" | "sr");
        let after_suffix = suffix_before(j - 1) && g.strip_prefix('.').is_some_and(is_inline_space);
        if !(is_inline_space(g) || g.trim() == "'s" || after_suffix) {
            return false;
        }
        if suffix_before(j) {
            last += 1;
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
    // A one-word chain that is also a given name (Cora, Irving) is the
    // shop only after a shop word: « chez Cora », « au Irving », "from
    // Irving"; « Cora a dit » is someone.
    let shop_word = || {
        i > 0
            && matches!(folded(tokens, i - 1), "chez" | "au" | "du" | "from" | "at" | "the" | "de" | "a")
            && tokens[i - 1].shape == Shape::Lower
    };
    tokens[i].lists.has(Lists::BRANDS) && (!tokens[i].flags.given() || shop_word())
        || (i + 1 < tokens.len() && cues::BRANDS.contains(pair(i, i + 1).as_str()))
        || (i > 0 && cues::BRANDS.contains(pair(i - 1, i).as_str()))
}

/// A word alone in quotes after a film, a book or watching it (`We
/// watched "Crazywise"`, « le film « X » »): a title. A nickname in quotes
/// (« son cousin « Ti-Paul » ») has no such word before it.
///
/// The title may be several words (`watched "Still Alice"`, « Lu : « L'Élégance
/// du hérisson » »): the words from the opening quote to the closing one,
/// six at most, on one line.
fn quoted_title(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    const QUOTES: [char; 4] = ['"', '«', '“', '\''];
    let mut first = i;
    loop {
        let g = gap(text, tokens, first);
        if g.contains(QUOTES) || first == 0 || first + 6 < i || !is_inline_space(g) {
            break;
        }
        first -= 1;
    }
    let mut last = i;
    let after = |k: usize| {
        tokens.get(k + 1).map_or_else(|| text.get(tokens[k].end..).unwrap_or_default(), |_| gap(text, tokens, k + 1))
    };
    while last < i + 6 && last + 1 < tokens.len() && is_inline_space(after(last)) {
        last += 1;
    }
    let open = gap(text, tokens, first).trim().trim_start_matches(':').trim_start();
    let quoted = matches!(open, "\"" | "«" | "“" | "'") && after(last).trim_start().starts_with(['"', '»', '”', '\'']);
    // « Le Fabuleux Destin d'Amélie Poulain », "The Secret Life of Walter
    // Mitty": an article and every other word capitalised (or a small
    // function word) is the way a title is written, not a sentence someone
    // said.
    let title_case = last > first
        && matches!(folded(tokens, first), "le" | "la" | "les" | "l" | "un" | "une" | "the" | "a" | "an")
        && tokens[first..=last].iter().all(|t| t.is_capitalised() || t.lists.has(Lists::FUNCTION));
    quoted && title_case
        || quoted
            && first > 0
            && matches!(
                folded(tokens, first - 1),
                "watched"
                    | "watch"
                    | "saw"
                    | "see"
                    | "read"
                    | "film"
                    | "movie"
                    | "documentary"
                    | "book"
                    | "novel"
                    | "play"
                    | "show"
                    | "song"
                    | "album"
                    | "podcast"
                    | "series"
                    | "documentaire"
                    | "livre"
                    | "roman"
                    | "piece"
                    | "chanson"
                    | "serie"
                    | "emission"
                    | "vu"
                    | "lu"
                    | "regarde"
                    | "titre"
                    | "title"
            )
}

/// Right after « loi », « rapport », "Act": named after someone.
///
/// The title may have two words, the first no frequent given name and not
/// elided (« maladie d'Ovila Bergeron » is someone's): « l'Ave Maris
/// Stella », « la loi Claeys Leonetti ».
fn eponym_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let right_after =
        |k: usize| k > 0 && is_inline_space(gap(text, tokens, k)) && tokens[k - 1].lists.has(Lists::EPONYM_BEFORE);
    right_after(i)
        || i > 0
            && is_inline_space(gap(text, tokens, i))
            && tokens[i - 1].shape == Shape::Capital
            && tokens[i - 1].core_start == tokens[i - 1].start
            && !tokens[i - 1].flags.any(Flags::GIVEN_TOP)
            && right_after(i - 1)
}

/// Context that makes a capitalised word a place, an institution, a brand
/// or a reference rather than a person.
pub fn blocked(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    quoted_title(text, tokens, i)
        || place_before(text, tokens, i)
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

/// A verb right after: « Avril a pris », « Jordan n'a », « Noël ne vient
/// plus », "Ngozi said".
fn verb_follows(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let verb_at = |j: usize| {
        tokens.get(j).is_some_and(|n| {
            // « à » folds to "a": « Grâce à la subvention » is no one.
            n.shape == Shape::Lower
                && is_inline_space(gap(text, tokens, j))
                && n.lists.has(Lists::PERSON_VERBS)
                && n.text != "à"
        })
    };
    let negation = tokens.get(i + 1).is_some_and(|n| n.folded == "ne" && is_inline_space(gap(text, tokens, i + 1)));
    verb_at(i + 1) || negation && verb_at(i + 2)
}

/// The first word after the subject that token `i` is part of, when the
/// subject starts a sentence: the subject is `i` alone or names joined by a
/// conjunction (« Lauréat pis Euclide sont arrivés », "Faith and Temperance
/// are sisters"). Returns the subject's first and last words.
fn subject_of(text: &str, tokens: &[Token<'_>], i: usize) -> Option<(usize, usize)> {
    let joined = |a: usize| {
        tokens.get(a + 2).is_some_and(|b| {
            conjunction(&tokens[a + 1])
                && b.shape == Shape::Capital
                && is_inline_space(gap(text, tokens, a + 1))
                && is_inline_space(gap(text, tokens, a + 2))
        })
    };
    let mut first = i;
    while first >= 2 && joined(first - 2) {
        first -= 2;
    }
    let t = &tokens[first];
    if !(t.sentence_start || t.after_opener) || t.shape != Shape::Capital {
        return None;
    }
    let mut last = i;
    while last + 2 < tokens.len() && joined(last) {
        last += 2;
    }
    Some((first, last))
}

/// The word that token `i` is besides a given name is French, or the
/// given name is a frequent one: a bare English noun doing something
/// (« Maple propose… », "Raven said", "Ember shared") is more often a
/// council's pseudonym (nature words, chosen to be no one's name) than a
/// person, while « Aurore a lu », "Hope read", "Faith said" are people.
fn own_word_or_frequent(t: &Token<'_>) -> bool {
    t.flags.any(Flags::FR_LEMMA | Flags::FR_FORM | Flags::GIVEN_TOP)
}

/// A bare noun rarely starts a French sentence, and a virtue rarely does
/// something in English: a given name that is also a word, starting a
/// sentence (alone or with other names) and followed by a person's verb,
/// or by a copula and a kin word, is someone (« Aurore a lu », « Noël ne
/// vient plus », "Hope read a letter", "Faith and Temperance are
/// sisters"). "Hope is", « Victoire collective » stay words. Returns the
/// subject's first and last words.
fn subject_acts(text: &str, tokens: &[Token<'_>], i: usize) -> Option<Predicate> {
    let (first, last) = subject_of(text, tokens, i)?;
    // Names joined, one at least no common word or a frequent given name:
    // « Lauréat pis Euclide », not « Liberté et Justice ».
    let joined =
        first < last && (first..=last).step_by(2).any(|k| !tokens[k].common() || tokens[k].flags.any(Flags::GIVEN_TOP));
    if verb_follows(text, tokens, last) {
        return Some(Predicate { joined, kin: false });
    }
    let word = |j: usize| tokens.get(j).filter(|t| t.shape == Shape::Lower && is_inline_space(gap(text, tokens, j)));
    let copula = word(last + 1).map(|t| t.folded.as_ref())?;
    if !matches!(copula, "is" | "are" | "was" | "were" | "est" | "sont" | "etait" | "etaient") {
        return None;
    }
    // "are sisters", "is my cousin", « sont des sœurs ».
    let determiner = word(last + 2).is_some_and(|t| {
        matches!(
            t.folded.as_ref(),
            "my" | "his"
                | "her"
                | "their"
                | "our"
                | "ma"
                | "mon"
                | "sa"
                | "son"
                | "ses"
                | "leur"
                | "leurs"
                | "des"
                | "a"
                | "an"
                | "the"
                | "un"
                | "une"
        )
    });
    let kin =
        |t: &Token<'_>| t.lists.has(Lists::KIN) || t.folded.strip_suffix('s').is_some_and(|s| cues::KIN.contains(s));
    if word(last + if determiner { 3 } else { 2 }).is_some_and(kin) {
        return Some(Predicate { joined, kin: true });
    }
    // Names joined as the subject of a French past tense: « Lauréat pis
    // Euclide sont arrivés » (a participle, not an adjective: « sont
    // nécessaires » stays out).
    let participle =
        word(last + 2).is_some_and(|t| ["é", "és", "ée", "ées", "is", "us"].iter().any(|e| t.text.ends_with(e)));
    (joined && copula == "sont" && participle).then_some(Predicate { joined, kin: false })
}

/// What follows a subject of names: whether it is several names joined
/// (one at least a likely name), and whether the predicate is a kin word ("are sisters"), the strongest
/// evidence (a verb may have a thing for subject: « Victoire a été
/// remportée »).
#[derive(Clone, Copy)]
struct Predicate {
    joined: bool,
    kin: bool,
}

/// A hyphenated word whose last part is a lower-case word of four letters
/// or more ("Punjabi-language", « Lyon-centre »).
/// The first part is capitalised and the tail no given name: a lower-case
/// SMS name (« jo-annie », "rose-anne") or « Jean-baptiste » stays a name.
fn lower_tail(t: &Token<'_>) -> bool {
    t.hyphenated
        && t.shape == Shape::Capital
        && t.parts.is_some_and(|(_, last)| last.word() && !last.given())
        && t.text
            .rsplit('-')
            .next()
            .is_some_and(|tail| tail.chars().count() >= 4 && tail.chars().next().is_some_and(char::is_lowercase))
}

/// In a list of surnames in capitals each before a given name, the next
/// item in the same shape is one more person even when its capitals spell
/// a word: « DUCHARME Noël, LAVALLÉE Rita, KEEPER Jordan ».
fn surname_first_item(text: &str, tokens: &[Token<'_>], classes: &[Class], named: &[bool], i: usize) -> bool {
    let previous_pair = i >= 2
        && matches!(gap(text, tokens, i).trim(), "," | ";")
        && named[i - 1]
        && named[i - 2]
        && tokens[i - 1].shape == Shape::Capital
        && tokens[i - 2].shape == Shape::Upper
        && is_inline_space(gap(text, tokens, i - 1));
    let given_next = tokens.get(i + 1).is_some_and(|n| {
        n.shape == Shape::Capital
            && is_inline_space(gap(text, tokens, i + 1))
            && matches!(classes[i + 1], Class::Given | Class::Ambiguous | Class::Listed)
    });
    tokens[i].text.chars().count() >= 2 && previous_pair && given_next
}

/// A saint's name after « St. », « Ste », "Mt.": a street, a church or a
/// town ("on St. George", « rue Ste-Catherine »), not a person.
fn saint_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let g = gap(text, tokens, i);
    i > 0
        && tokens[i - 1].is_capitalised()
        && matches!(folded(tokens, i - 1), "st" | "ste" | "mt")
        && (is_inline_space(g) || g.strip_prefix('.').is_some_and(is_inline_space))
}

/// A possessive after an article is a business: "the Tim's", « au
/// Tim's », « du Jack's » (someone's home is "at Kevin's", « chez Kevin »).
fn shop_possessive(tokens: &[Token<'_>], i: usize) -> bool {
    tokens[i].possessive
        && i > 0
        && matches!(folded(tokens, i - 1), "the" | "au" | "du" | "le")
        && tokens[i - 1].shape == Shape::Lower
}

/// "Big Mike", « Petit Jean »: an epithet before a frequent given name
/// is a nickname, wherever it stands (after a time stamp in a shift log).
fn nickname_epithet(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    let before = |k: usize| {
        epithet(&tokens[k])
            && tokens.get(k + 1).is_some_and(|n| {
                n.shape == Shape::Capital && n.flags.any(Flags::GIVEN_TOP) && is_inline_space(gap(text, tokens, k + 1))
            })
    };
    (t.flags.any(Flags::GIVEN_TOP) && i > 0 && before(i - 1)) || (i + 1 < tokens.len() && before(i))
}

/// A greeting before a holiday, and the holiday: « Bonne Fête nationale »,
/// « Joyeux Noël », "Happy Canada Day" (Bonne and Fête are also a given
/// name and a surname).
fn greeting(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let greets = |k: usize| matches!(folded(tokens, k), "bonne" | "bon" | "joyeux" | "joyeuse" | "happy" | "merry");
    let holiday = |k: usize| tokens.get(k).is_some_and(|t| t.lists.has(Lists::CALENDAR));
    greets(i) && holiday(i + 1) && is_inline_space(gap(text, tokens, i + 1))
        || i > 0 && greets(i - 1) && holiday(i) && is_inline_space(gap(text, tokens, i))
}

/// A phone or an address owned through « de »: « GSM de Bijou », « le
/// numéro d'Espérance », "the cell of Joy": a word that is also a common
/// one is the owner, a person.
fn contact_owner(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let contact = |k: usize| {
        matches!(
            folded(tokens, k),
            "gsm"
                | "natel"
                | "portable"
                | "cell"
                | "cellulaire"
                | "tel"
                | "telephone"
                | "numero"
                | "courriel"
                | "mobile"
        )
    };
    let elided = tokens[i].core_start > tokens[i].start && text[tokens[i].start..].starts_with(['d', 'D']);
    if elided {
        return i > 0 && contact(i - 1) && is_inline_space(gap(text, tokens, i));
    }
    i > 1
        && matches!(folded(tokens, i - 1), "de" | "of")
        && is_inline_space(gap(text, tokens, i))
        && is_inline_space(gap(text, tokens, i - 1))
        && contact(i - 2)
}

/// A lower-case word signing a message off: « — signé kev », "signed jo"
/// (the last word of its line, no common word).
fn signed_off(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    let line_end = || {
        tokens.get(i + 1).is_none_or(|n| !is_inline_space(gap(text, tokens, i + 1)) || n.start > t.end + 8)
            && text.get(t.end..t.line.1).is_some_and(|rest| !rest.chars().any(char::is_alphanumeric))
    };
    i > 0
        && matches!(folded(tokens, i - 1), "signe" | "signed" | "signe:" | "sign")
        && is_inline_space(gap(text, tokens, i))
        && t.shape == Shape::Lower
        && !t.common()
        && !t.lists.has(Lists::FUNCTION)
        && line_end()
}

/// A given name that starts a sentence and comes back lower case a few
/// words on: the writer told the name from the word (« Fidèle reste fidèle
/// au poste », "Will will take the minutes").
fn echoed(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    t.sentence_start
        && t.shape == Shape::Capital
        && t.flags.given()
        && (i + 1..tokens.len().min(i + 5))
            .take_while(|&j| is_inline_space(gap(text, tokens, j)))
            .any(|j| tokens[j].shape == Shape::Lower && tokens[j].folded == t.folded)
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

/// A capitalised Arabic particle before a capitalised name (`Ben Saïd`,
/// `Ould Mahmoud`, `Bou Khalil`, `Abou Zeid`, `El Idrissi`) starts a
/// surname: no institution or street is named that way here, so a word
/// before it (« le groupe de Ben Saïd ») does not make it a place.
fn arabic_particle(text: &str, tokens: &[Token<'_>], classes: &[Class], i: usize) -> bool {
    let t = &tokens[i];
    if t.shape != Shape::Capital
        || !matches!(
            t.folded.as_ref(),
            "ben" | "bin" | "bint" | "ibn" | "ould" | "bou" | "abou" | "abu" | "el" | "al" | "ait"
        )
    {
        return false;
    }
    let j = i + 1;
    tokens.get(j).is_some_and(|n| {
        n.shape == Shape::Capital
            && is_inline_space(gap(text, tokens, j))
            && matches!(
                classes[j],
                Class::Given | Class::Surname | Class::Unknown | Class::Ambiguous | Class::SurnameWord
            )
            && !n.flags.any(Flags::PLACE_BIG | Flags::COUNTRY)
            && !place_after(text, tokens, j)
            && !brand(tokens, i)
    })
}

/// Thanked for something: « remercient (chaleureusement) X pour… »,
/// "thanks X for…". One thanks people for what they did; a thing one is
/// thankful for comes after « pour » instead.
fn thanked(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let inline = |j: usize| is_inline_space(gap(text, tokens, j));
    let thanks = |j: usize| {
        let f = folded(tokens, j);
        f.starts_with("remerci") || matches!(f, "thank" | "thanks" | "thanked")
    };
    let before = i.checked_sub(1).is_some_and(|p| {
        inline(i)
            && (thanks(p)
                || p > 0 && inline(p) && {
                    let adverb = &tokens[p];
                    adverb.shape == Shape::Lower
                        && (adverb.folded.ends_with("ment") || adverb.folded.ends_with("ly"))
                        && thanks(p - 1)
                })
    });
    before && tokens.get(i + 1).is_some_and(|n| matches!(n.folded.as_ref(), "pour" | "for") && inline(i + 1))
}

/// "the Safeway on Main", "the Metromart": English puts no article
/// before a person's name, so an unknown word right after "the" is a shop,
/// a brand or a place ("the Okafor family" is still a family's name).
fn the_shop(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let family = tokens.get(i + 1).is_some_and(|n| {
        matches!(
            n.folded.as_ref(),
            "family"
                | "families"
                | "household"
                | "kids"
                | "children"
                | "boys"
                | "girls"
                | "twins"
                | "brothers"
                | "sisters"
        )
    });
    i > 0 && folded(tokens, i - 1) == "the" && is_inline_space(gap(text, tokens, i)) && !family
}

/// A word in lower case that no dictionary or list knows, starting a
/// sentence before a person's verb: a name typed in a hurry
/// (« chanthou a ramené les clés »). A known word there is a word.
fn lower_subject(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    t.shape == Shape::Lower
        && t.sentence_start
        && !t.hyphenated
        && t.text.chars().count() >= 3
        && !t.flags.word()
        && !t.flags.place()
        && t.lists.0 == 0
        && verb_follows(text, tokens, i)
}

/// Words only text messages use: a line holding one was typed on a phone,
/// where names lose their capital (« jsuis chez romain tkt »).
const MESSAGE_WORDS: &[&str] = &[
    "tkt", "jsuis", "chu", "stp", "svp", "pr", "pk", "pcq", "mdr", "ptdr", "lol", "jpp", "bcp", "slt", "dsl", "tjrs",
    "jvais", "jsais", "jpeux", "jcrois", "wsh", "btw", "idk", "pls", "plz", "thx", "tmrw", "omg", "lmk", "brb", "ur",
    "i'll", "i'm", "gonna", "wanna",
];

/// The line `(start, end)` reads as a text message: it starts in lower
/// case or holds one of [`MESSAGE_WORDS`]. Minutes and forms capitalise
/// names, so a lower-case given name there is more often a word.
fn message_line(text: &str, (start, end): (usize, usize)) -> bool {
    let line = text.get(start..end).unwrap_or_default();
    line.chars().find(|c| c.is_alphabetic()).is_some_and(char::is_lowercase)
        || line.split(|c: char| !(c.is_alphanumeric() || c == '\'')).any(|w| MESSAGE_WORDS.contains(&w))
}

/// Right before `i`: a verb or preposition that is followed by a person
/// (« chez », « avec », "tell", "ask", a kin or role word: "my worker"),
/// or such a verb and « à » (« dis a marco », « demande à julie »).
fn person_cue_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let Some(p) = i.checked_sub(1) else { return false };
    if !is_inline_space(gap(text, tokens, i)) {
        return false;
    }
    let cue = |k: usize| {
        tokens[k].lists.has(Lists::CUE_VERBS)
            || matches!(
                folded(tokens, k),
                "dis" | "dites" | "demande" | "previens" | "ecris" | "envoie" | "texte" | "with"
            )
    };
    if cue(p) || tokens[p].lists.has(Lists::KIN) {
        return true;
    }
    matches!(folded(tokens, p), "a" | "au")
        && p.checked_sub(1).is_some_and(|k| is_inline_space(gap(text, tokens, p)) && cue(k))
}

/// A given name typed in lower case in a text message, after a word that
/// calls for a person (« appelle fanny », « jsuis chez romain », "tell kev
/// i'll be late", "my worker sheila said"): a frequent given name even if
/// it is also a word or a town, a rarer one that is no word, or a name
/// clipped the way messages clip them (kev, quent). Words on a closed list
/// (« chez moi », « avec plaisir » is no name anyway, « une rose ») and
/// countries stay words; outside a message the capital is expected.
fn lower_given_in_message(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    if t.shape != Shape::Lower || t.hyphenated || t.lists.0 != 0 || t.text.chars().count() < 3 {
        return false;
    }
    let f = t.flags;
    let given = f.given() && !f.any(Flags::COUNTRY) && (f.any(Flags::GIVEN_TOP) || !f.word());
    // A clipped name is in no dictionary. Whether it is one is a walk
    // through the transducer: asked last, of the few words the cheap
    // checks leave (most words are common and settled at once).
    let could_clip = !f.given() && !f.word() && !f.place();
    let clipped = || could_clip && crate::lexicon::clips_a_given_name(&t.folded);
    // « avec max de boulot »: a quantity, not Max.
    let quantity = || f.word() && tokens.get(i + 1).is_some_and(|n| matches!(n.folded.as_ref(), "de" | "d" | "of"));
    (given || could_clip)
        && !quantity()
        && person_cue_before(text, tokens, i)
        && (given || clipped())
        && message_line(text, t.line)
}

/// A form's name field: the word after « Nom : », « Nom d'usage : », « Nom
/// de jeune fille : », « Prénom : », "Last name:" is the person's name,
/// even in capitals alone (`DELAUNAY`) or when it is also a word. « Nom du
/// groupe : » names no one.
fn form_field(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let g = gap(text, tokens, i);
    if !tokens[i].is_capitalised() || g.trim() != ":" || g.contains('\n') {
        return false;
    }
    let mut k = i;
    for _ in 0..4 {
        let Some(p) = k.checked_sub(1) else { return false };
        if p + 1 < i && !is_inline_space(gap(text, tokens, p + 1)) {
            return false;
        }
        match folded(tokens, p) {
            "nom" | "prenom" | "prenoms" | "name" | "surname" | "firstname" | "lastname" => return true,
            "de" | "d" | "usage" | "famille" | "naissance" | "jeune" | "fille" | "usuel" | "marital" | "epouse"
            | "complet" | "last" | "first" | "given" | "family" | "full" | "legal" | "middle" => k = p,
            _ => return false,
        }
    }
    false
}

/// A possessive before a kin or role word: "Ngozi's sister", "Florence's
/// worker". A country's or a province's is no one's.
fn possessive_kin(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    t.possessive
        && !t.flags.any(Flags::COUNTRY)
        && tokens.get(i + 1).is_some_and(|n| {
            n.shape == Shape::Lower && n.lists.has(Lists::KIN) && is_inline_space(gap(text, tokens, i + 1))
        })
}

/// Epithets that are part of a nickname: "Big Mike", « Petit Lou ».
fn epithet(t: &Token<'_>) -> bool {
    t.shape == Shape::Capital
        && matches!(
            t.folded.as_ref(),
            "big"
                | "little"
                | "lil"
                | "tiny"
                | "old"
                | "young"
                | "petit"
                | "petite"
                | "p'tit"
                | "ptit"
                | "grand"
                | "grande"
                | "gros"
                | "grosse"
        )
}

/// A nickname before the full name in brackets (« Ti-Guy (Guy
/// Lachapelle) », "Big Mike (Michael Szabo)"): the brackets say who the
/// nickname is, so it is a name too, with its epithet.
pub fn nicknames(text: &str, tokens: &[Token<'_>], classes: &[Class], named: &mut [bool]) {
    for i in 0..tokens.len().saturating_sub(2) {
        if named[i] || !tokens[i].is_capitalised() || gap(text, tokens, i + 1).trim() != "(" {
            continue;
        }
        let fits = matches!(
            classes[i],
            Class::Given | Class::Ambiguous | Class::Unknown | Class::Surname | Class::SurnameWord
        );
        let mut k = i + 1;
        while k < tokens.len() && named[k] && (k == i + 1 || is_inline_space(gap(text, tokens, k))) {
            k += 1;
        }
        let closed = text.get(tokens[k - 1].end..).is_some_and(|r| r.trim_start().starts_with(')'));
        // « Arbër (son frère) », "Dana (her daughter)": a kin word opening
        // the brackets says who the word before is.
        let det = |t: &Token<'_>| {
            matches!(
                t.folded.as_ref(),
                "son" | "sa" | "ses" | "mon" | "ma" | "le" | "la" | "his" | "her" | "their" | "my"
            )
        };
        let kin_at = |k: usize| tokens.get(k).is_some_and(|t| t.lists.has(Lists::KIN) && t.shape == Shape::Lower);
        let kin = kin_at(i + 1) || det(&tokens[i + 1]) && kin_at(i + 2);
        if fits && (k >= i + 3 && closed || kin) && !blocked(text, tokens, i) {
            named[i] = true;
            if i > 0 && epithet(&tokens[i - 1]) && is_inline_space(gap(text, tokens, i)) {
                named[i - 1] = true;
            }
        }
    }
}

/// "(Anishinaabe, from Wiikwemkoong)": a word that is no given name, alone
/// after "from" and closing brackets, says where someone is from.
fn from_place_in_brackets(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    if i == 0 || folded(tokens, i - 1) != "from" || t.flags.given() || !is_inline_space(gap(text, tokens, i)) {
        return false;
    }
    let closes = text.get(t.end..).is_some_and(|r| r.trim_start().starts_with(')'));
    let line = &text[t.line.0..t.start];
    closes && line.rfind('(').is_some_and(|open| line.rfind(')').is_none_or(|close| close < open))
}

/// « porte de la Villette », « porte d'Orléans », « porte des Lilas »: a
/// gate of Paris (or a district named so). Not on the list of institution
/// words, because « la porte de Julie » is her door: a given name after it
/// is still someone.
fn gate_before(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let mut j = i;
    for _ in 0..3 {
        let Some(p) = j.checked_sub(1) else { return false };
        if !is_inline_space(gap(text, tokens, j)) {
            return false;
        }
        if matches!(folded(tokens, p), "porte" | "portes") {
            return true;
        }
        if !matches!(folded(tokens, p), "de" | "la" | "des" | "du") {
            return false;
        }
        j = p;
    }
    false
}

/// Labels of a line that lists places: « Lieux de distribution : Part-Dieu,
/// Perrache, place Bellecour », "Stops: …".
const PLACE_LABELS: &[&str] = &[
    "lieu",
    "lieux",
    "endroit",
    "endroits",
    "arret",
    "arrets",
    "station",
    "stations",
    "gare",
    "gares",
    "quartier",
    "quartiers",
    "secteur",
    "secteurs",
    "site",
    "sites",
    "villes",
    "communes",
    "locations",
    "location",
    "places",
    "stops",
    "venues",
    "venue",
    "neighbourhoods",
    "neighborhoods",
    "areas",
];

/// The word is an item of a line whose label says it lists places.
pub fn place_list(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let head = &text[tokens[i].line.0..tokens[i].start];
    head.split_once(':').is_some_and(|(label, _)| {
        label.split_whitespace().next().is_some_and(|w| PLACE_LABELS.contains(&crate::fold(w).as_str()))
    })
}

/// Right after an initial (« J.-P. Drolet », "M. A. Okafor"): a surname,
/// even one that is also a word. « M. », « P. » and « N. » are also
/// « Monsieur », « page » and « numéro », and are left out.
fn initial_before(text: &str, tokens: &[Token<'_>], classes: &[Class], i: usize) -> bool {
    i > 0
        && classes[i - 1] == Class::Initial
        && !matches!(tokens[i - 1].text, "M." | "P." | "N." | "S.")
        && is_inline_space(gap(text, tokens, i))
        && tokens[i].shape == Shape::Capital
        && matches!(classes[i], Class::Surname | Class::SurnameWord | Class::Unknown | Class::Given | Class::Ambiguous)
}

/// Two capitals nothing knows, leading a line or an item before a
/// person's verb (« JB envoie le compte rendu », « → MC rappelle »): the
/// initials of a compound given name used as a nickname (Jean-Baptiste,
/// Marie-Claude). Acronyms are mostly other letters or hold a vowel (CA,
/// AG, PV), and a verb like « a » or « est » follows things too.
fn paired_initials(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let t = &tokens[i];
    let mut letters = t.text.chars();
    let (Some(first), Some(second), None) = (letters.next(), letters.next(), letters.next()) else { return false };
    let consonant = |c: char| c.is_ascii_uppercase() && !"AEIOUY".contains(c);
    t.shape == Shape::Upper
        && matches!(first, 'J' | 'M')
        && consonant(second)
        && t.flags.is_unknown()
        && t.lists.0 == 0
        && (t.sentence_start || t.after_opener)
        && verb_follows(text, tokens, i)
        && tokens.get(i + 1).is_some_and(|n| !matches!(n.folded.as_ref(), "a" | "avait" | "aura" | "est"))
}

/// « Je suis Rose, … », "I'm Rose,": someone introducing themself by a
/// given name that is also a word.
fn introduced(text: &str, tokens: &[Token<'_>], i: usize) -> bool {
    let inline = |k: usize| is_inline_space(gap(text, tokens, k));
    let after_comma = text.get(tokens[i].end..).is_some_and(|r| r.starts_with([',', '.', ';']));
    i >= 2
        && inline(i)
        && after_comma
        && tokens[i].flags.given()
        && !tokens[i].flags.any(Flags::COUNTRY | Flags::PLACE_BIG)
        && (folded(tokens, i - 1) == "suis" && matches!(folded(tokens, i - 2), "je" | "j") && inline(i - 1)
            || folded(tokens, i - 1) == "i'm")
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
    if class == Class::Never
        && (lower_subject(text, tokens, i) || lower_given_in_message(text, tokens, i) || signed_off(text, tokens, i))
    {
        return true;
    }
    if matches!(class, Class::Never | Class::Initial) {
        return false;
    }
    if form_field(text, tokens, i) && class.can_be_name() {
        return true;
    }
    if title_before(text, tokens, i) {
        // "Ms. Chair", « Madame la Présidente »: a title before a role.
        let role = class == Class::Word && !t.flags.person();
        // "the Dr. Everett Chalmers Hospital": an institution named after
        // the person, who is no one in the minutes.
        return t.is_capitalised() && !role && !t.lists.has(Lists::KIN) && !place_after(text, tokens, i);
    }
    if arabic_particle(text, tokens, classes, i) {
        return true;
    }
    // "Punjabi-language", "Montréal-based": a compound ending in a lower-case
    // word is an adjective; each part of a compound name is capitalised.
    if lower_tail(t) || greeting(text, tokens, i) || saint_before(text, tokens, i) || shop_possessive(tokens, i) {
        return false;
    }
    if nickname_epithet(text, tokens, i) {
        return true;
    }
    // « Ti-Mousse », « Ti-Jean »: the Quebec and Acadian nickname prefix
    // before a capitalised word.
    if t.text.strip_prefix("Ti-").is_some_and(|rest| rest.chars().next().is_some_and(char::is_uppercase)) {
        return true;
    }
    // « Le Samu social » : an institution word that is also a given name
    // is the institution when an institution's adjective follows.
    // "Riverview Baptist": an institution word after a place's name is the
    // institution, even when it is also a given name.
    let after_place = i > 0 && classes[i - 1] == Class::Place && is_inline_space(gap(text, tokens, i));
    let institution = institution_word(t)
        && (class != Class::Given
            || after_place
            || tokens
                .get(i + 1)
                .is_some_and(|n| institution_adjective(n) && is_inline_space(gap(text, tokens, i + 1))));
    if blocked(text, tokens, i) || institution || from_place_in_brackets(text, tokens, i) {
        return false;
    }
    let placed_list = place_list(text, tokens, i) || gate_before(text, tokens, i);
    if class != Class::Given && placed_list && !announced(text, tokens, i) {
        return false;
    }
    if initial_before(text, tokens, classes, i) {
        return true;
    }
    if t.shape == Shape::Upper {
        return upper(text, tokens, classes, i)
            || paired_initials(text, tokens, i)
            || surname_first_item(text, tokens, classes, named, i);
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
        // A compound given name after « à » is mostly someone spoken or
        // written to (« revient à Hélène-Émilie »); after « au », « vers »
        // or "on" it is mostly a street or a station (« au Marie-Victorin »).
        Class::Given => !(placed && t.hyphenated && !after_a(tokens, i)) || kin || cue,
        Class::Ambiguous => {
            // "According to Ferreira-Santos": a double surname after a cue.
            kin || cue && (top || t.hyphenated && !t.common())
                || follows && !placed
                || after_name
                || t.possessive && top
                || possessive_kin(text, tokens, i)
                || acts
                || t.flags.given()
                    && own_word_or_frequent(t)
                    && subject_acts(text, tokens, i).is_some_and(|p| p.kin || p.joined || top)
                || thanked(text, tokens, i)
                || introduced(text, tokens, i)
                || echoed(text, tokens, i)
                || contact_owner(text, tokens, i)
        }
        Class::Surname => {
            let pair = t.sentence_start && next_capitalised(text, tokens, classes, i);
            let acts = verb_follows(text, tokens, i) || t.sentence_start && subject_acts(text, tokens, i).is_some();
            !placed && !labelled && (!t.sentence_start || follows || pair || t.possessive || acts)
                || kin
                || cue
                || after_name
        }
        // « Lauréat pis Euclide sont arrivés »: names joined as a subject.
        Class::SurnameWord => {
            // "Canada's workers": a country's, a province's, no one's.
            let owner = t.possessive && !t.flags.any(Flags::COUNTRY);
            kin && !t.common()
                || after_name
                || owner
                || subject_acts(text, tokens, i).is_some_and(|p| p.joined)
                || contact_owner(text, tokens, i)
        }
        Class::Unknown => !placed && !labelled && !the_shop(text, tokens, i) || kin || cue,
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
        // An acronym nothing knows before a common word is an
        // administration's name (« SPF Santé publique »), not DIALLO Grâce.
        let acronym = class == Class::Unknown && other == Class::Ambiguous && tokens[j].common();
        pair && !acronym && (strong || tokens[j].shape != tokens[i].shape) && !blocked(text, tokens, j)
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
    if list && g.matches('\n').count() <= 1 {
        // An item may be a name and one word about the person (« Tour de
        // table : Hortense fatiguée, Wassim motivé »): the name is before
        // that word.
        let said = |k: usize| tokens[k].shape == Shape::Lower && tokens[k].lists.0 == 0;
        let item_start = |k: usize| {
            tokens[k].sentence_start || tokens[k].after_opener || matches!(gap(text, tokens, k).trim(), "," | ";" | "/")
        };
        if !forward && said(near) && near > 0 && is_inline_space(gap(text, tokens, near)) {
            return item_start(near - 1).then(|| near - 1);
        }
        return Some(near);
    }
    // Forward through that one word: « Hortense fatiguée, Wassim ».
    let said = near_token.shape == Shape::Lower && near_token.lists.0 == 0 && is_inline_space(g);
    let after = tokens.get(far)?;
    let item = forward
        && said
        && (tokens[i].sentence_start
            || tokens[i].after_opener
            || matches!(gap(text, tokens, i).trim(), "," | ";" | "/"));
    (item && matches!(gap_between(near, far).trim(), "," | ";" | "/") && after.is_capitalised()).then_some(far)
}

/// Items of a list next to a name are names too when they could be:
/// « Pham, Wiśniewska, Toussaint, Boudiaf », "Tobias and Grace".
pub fn propagate_lists(text: &str, tokens: &[Token<'_>], classes: &[Class], named: &mut [bool]) {
    // In a line of capitals, a given name or a surname that is no word
    // joins the names in capitals beside it (`GUERLINE EXANTUS ET SHIRIN`);
    // an unknown word in capitals there is more often an acronym.
    let could = |j: usize| {
        let t = &tokens[j];
        // A given name that is also a word or a town (« Léonie et
        // Jordan », « Sylvain et Ghjuvanni ») is one more name in a list of
        // names; a big town that is no frequent given name (Paris) is not.
        // An English noun that is a rare given name (Ember, Maple) is more
        // often a council's pseudonym.
        let given = |t: &Token<'_>| {
            let top = t.flags.any(Flags::GIVEN_TOP);
            t.flags.given()
                && !t.lists.has(Lists::CALENDAR)
                && (top || !t.flags.any(Flags::PLACE_BIG | Flags::COUNTRY | Flags::EN_COMMON))
        };
        let fits = match t.shape {
            Shape::Capital => {
                matches!(classes[j], Class::Surname | Class::Unknown | Class::Given)
                    || classes[j] == Class::Ambiguous && given(t)
            }
            Shape::Upper => matches!(classes[j], Class::Given | Class::Surname),
            _ => false,
        };
        fits && !blocked(text, tokens, j) && !place_list(text, tokens, j)
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
