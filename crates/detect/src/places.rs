//! Street addresses (from the civic number to the postal code, with an
//! apartment or unit before or after) and postal codes standing alone:
//! Canadian ones anywhere, French ones where the context makes them a
//! place of residence (« habite dans le 93200 », « (69230) », « code
//! postal 69008 ») rather than an amount or a count.

use std::sync::LazyLock;

use regex::Regex;

use super::{re, re_anchorable};
use crate::zones::{captures_in, cut_regions, find_in, find_starting, Reach, Zones};
use crate::{PiiKind, Span};
use regex_automata::meta::Regex as Meta;

const STREET_FR: &str = r"(?:rue|avenue|av\.|boulevard|boul\.|bd|chemin|ch\.|allée|impasse|route|quai|rang|montée|place|square|cours|passage|promenade|résidence|cité|lotissement|côte|voie|sentier)";
const STREET_EN: &str = r"(?:Street|St\.?|Avenue|Ave\.?|Road|Rd\.?|Boulevard|Blvd\.?|Drive|Dr\.?|Lane|Ln\.?|Way|Court|Ct\.?|Crescent|Cres\.?|Place|Pl\.?|Terrace|Circle|Parkway|Highway|Hwy)";
/// An apartment, unit or building after (or before) the street.
const UNIT: &str = r"(?:,?\s*(?:app\.?|apt\.?|appartement|apartment|unit|unité|suite|bureau|bât\.?|bâtiment|porte|étage|logement|log\.?|escalier|esc\.?|#)\s*[\w\-]{1,6})";

static ADDRESS_FR: LazyLock<Meta> = LazyLock::new(|| {
    re_anchorable(&format!(
        r"(?i)\b\d{{1,5}}(?:-\d{{1,5}})?(?:\s?(?:bis|ter|[a-d]\b))?,?\s+(?:\d{{1,3}}(?:e|ème|eme|re|er)\s+)?{STREET_FR}\s+[^\n,;.()@]{{2,40}}{UNIT}*"
    ))
});
static ADDRESS_EN: LazyLock<Meta> = LazyLock::new(|| {
    re_anchorable(&format!(
        r"\b(?:(?:Apt\.?|Unit|Suite|#)\s*\w{{1,5}},?\s+)?\d{{1,5}}(?:-\d{{1,5}})?\s+(?:(?:\d{{1,3}}(?:st|nd|rd|th|e)|[A-Z][a-z]+)\s){{1,3}}{STREET_EN}(?:\s+(?:East|West|North|South|E|W|N|S)\b)?{UNIT}*"
    ))
});
/// Quebec's « 789 3e Avenue », "12 3rd Street".
static ADDRESS_ORDINAL: LazyLock<Meta> = LazyLock::new(|| {
    re_anchorable(
        r"(?i)\b\d{1,5}(?:-\d{1,5})?,?\s+\d{1,3}(?:e|ème|eme|re|er|st|nd|rd|th)\s+(?:avenue|rue|rang|street|avenue|av\.?)\b[^\n;()@]{0,40}",
    )
});
static POSTAL_CA: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?i)\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \-]?\d[ABCEGHJ-NPRSTV-Z]\d\b"));
/// A French postal code: a département (01–95, 2A/2B as 20, overseas
/// 97x–98x) and three digits.
const POSTAL_FR: &str = r"(?:0[1-9]|[1-8]\d|9[0-8])\d{3}";
static POSTAL_FR_TOWN: LazyLock<Meta> =
    LazyLock::new(|| re_anchorable(&format!(r"\b({POSTAL_FR})\s+[A-ZÉÈÎ][\p{{L}}'\-]+")));
static POSTAL_FR_CUED: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r"(?i)(?:\b(?:dans|habite|habitait|vit|vivait|réside|résidait|domicilié|domiciliée|installé|installée|déménagé|déménagée|du|au|vers|le)\s+(?:le\s+|dans\s+le\s+|au\s+)?|\b(?:code\s+postal|cp|c\.p\.|zip|postal\s+code)\s*:?\s*)({POSTAL_FR})\b"
    ))
});
/// « CP de la nouvelle adresse de Ousmane : 59100 », « code postal de sa
/// mère : 34070 »: the cue, a few words saying whose, a colon, the code.
static POSTAL_FR_CUED_FAR: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(r"(?i)\b(?:code\s+postal|cp|c\.p\.)\s+(?:de|du|des|d')[^\n:;\d()]{{0,48}}:\s*({POSTAL_FR})\b"))
});
/// Belgian and Swiss addresses put the number after the street and a
/// four-digit postal code before the town: « rue de la Victoire 112 bte 3,
/// 1060 Saint-Gilles », « chemin des Pâquerettes 14, 1004 Lausanne ». The
/// postal code and town are required, so a street and a count (« rue Haute
/// 12 fois ») are not taken.
static ADDRESS_STREET_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?:^|[^\p{L}])((?i:rue|avenue|av\.|boulevard|bd|chemin|ch\.|allée|impasse|route|quai|place|square|chaussée|drève|clos|sentier|ruelle|passage|promenade|cours)\s+(?:(?:de\s+la|de\s+l'|des|du|de|d'|la|le|les|l')\s*)?\p{Lu}[\p{L}'\-]*(?:\s+(?:\p{Lu}[\p{L}'\-]*|de|du|des|la|le|l'|d'|aux?))*\s+\d{1,4}(?:\s?[a-zA-Z]\b)?(?:,?\s*(?:bte|boîte|bt|/)\.?\s*\d{1,4})?,?\s+\d{4}\s+\p{Lu}[\p{L}'\-]+(?:\s\p{Lu}[\p{L}'\-]+)*)",
    )
});
static POSTAL_FR_PARENS: LazyLock<Regex> = LazyLock::new(|| re(&format!(r"[\p{{L}}\-']\s*\(({POSTAL_FR})\)")));
/// What makes a five-digit number an amount or a count, not a place.
static UNIT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)^\s*(?:€|\$|euros?|dollars?|eur|cad|personnes|habitants|membres|km|m2|m²|visites|vues|exemplaires|fois|ans|heures|h\b|participants|dossiers|appels|%)",
    )
});

static UNIT_WORD: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:app|apt|appartement|apartment|unit|unité|suite|bureau|bât|bâtiment|porte|étage|logement|escalier)\b")
});
static UNIT_AT: LazyLock<Regex> = LazyLock::new(|| re(&format!("^{UNIT}")));

/// The end of an address: the street name stops before a unit word, and
/// every unit after it (« app. 4 », "Unit 7", « bât. C ») is taken in.
fn address_end(text: &str, start: usize, end: usize) -> usize {
    let matched = &text[start..end];
    let mut end = UNIT_WORD.find(matched).map_or(end, |u| start + u.start());
    end = start + text[start..end].trim_end().trim_end_matches([',', '.']).len();
    while let Some(u) = UNIT_AT.find(&text[end..]) {
        end += u.end();
    }
    end
}

/// How far a Canadian postal code reaches around its digits (see
/// [`crate::zones`]): a letter before (three bytes at most: `(?i)` lets
/// `K` match the Kelvin sign).
const POSTAL_CA_REACH: Reach = Reach { before: 3, after: 0, digits: 3 };

/// Finds addresses and postal codes; `zones` are the digit zones of
/// `text`.
pub fn find(text: &str, zones: &Zones, out: &mut Vec<Span>) {
    // Every address and postal code holds a digit.
    if zones.is_empty() {
        return;
    }
    let numbers = number_starts(text, zones);
    let unit_or_number = unit_or_number_starts(text, &numbers);
    let addresses = [
        find_starting(&ADDRESS_FR, text, numbers.iter().copied()),
        find_starting(&ADDRESS_EN, text, unit_or_number),
        find_starting(&ADDRESS_ORDINAL, text, numbers.iter().copied()),
    ];
    for (start, end) in addresses.into_iter().flatten() {
        out.push(Span::new(PiiKind::Address, start, address_end(text, start, end)));
    }
    for m in ADDRESS_STREET_FIRST.captures_iter(text).filter_map(|c| c.get(1)) {
        out.push(Span::new(PiiKind::Address, m.start(), m.end()));
    }
    for m in find_in(&POSTAL_CA, text, &zones.windows(text, POSTAL_CA_REACH)) {
        out.push(Span::new(PiiKind::PostalCode, m.start(), m.end()));
    }
    // The code is the five digits the match starts with (group 1).
    for (start, _) in find_starting(&POSTAL_FR_TOWN, text, numbers.iter().copied()) {
        let code = start + text[start..].char_indices().nth(5).map_or(text.len() - start, |(at, _)| at);
        if !UNIT_AFTER.is_match(&text[code..]) {
            out.push(Span::new(PiiKind::PostalCode, start, code));
        }
    }
    // A cued code ends its match, in a zone of five digits or more: the
    // cue pattern is searched around those zones alone.
    let cued = captures_in(&POSTAL_FR_CUED, text, &cut_regions(text, zones.with_digits(5), 0, outside_cued_code));
    let far = POSTAL_FR_CUED_FAR.captures_iter(text);
    for c in cued.into_iter().chain(far).chain(POSTAL_FR_PARENS.captures_iter(text)) {
        let Some(code) = c.get(1) else { continue };
        if !UNIT_AFTER.is_match(&text[code.end()..]) {
            out.push(Span::new(PiiKind::PostalCode, code.start(), code.end()));
        }
    }
}

/// Bytes no match of [`POSTAL_FR_CUED`] holds and that are no ASCII word
/// characters (it ends with `\b`): ASCII other than letters, digits, `_`,
/// spaces, `:` and `.`.
fn outside_cued_code(b: u8) -> bool {
    b.is_ascii()
        && !(b.is_ascii_alphanumeric() || matches!(b, b'_' | b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C | b':' | b'.'))
}

/// Where a match of the patterns that start with `\b\d` can start: every
/// numeric character (a superset of `\d`), but an ASCII digit right after
/// an ASCII word character (no `\b` there). Only the digit zones are read:
/// they hold every numeric character.
fn number_starts(text: &str, zones: &Zones) -> Vec<usize> {
    let bytes = text.as_bytes();
    let word = |b: u8| b.is_ascii_alphanumeric() || b == b'_';
    let mut out = Vec::new();
    for (first, last) in zones.with_digits(0) {
        for at in first..last {
            let b = bytes[at];
            let starts = if b.is_ascii_digit() {
                at == 0 || !word(bytes[at - 1])
            } else {
                b >= 0xC0 && text[at..].chars().next().is_some_and(char::is_numeric)
            };
            if starts {
                out.push(at);
            }
        }
    }
    out
}

/// The units an English address may start with (`Apt`, `Unit`, `Suite`,
/// `#`), found by a literal search.
static UNIT_BEFORE: LazyLock<Regex> = LazyLock::new(|| re("Apt|Unit|Suite|#"));

/// Where an English address can start: at its number, or at the unit
/// written before it, in order.
fn unit_or_number_starts(text: &str, numbers: &[usize]) -> Vec<usize> {
    let mut out: Vec<usize> = UNIT_BEFORE.find_iter(text).map(|m| m.start()).chain(numbers.iter().copied()).collect();
    out.sort_unstable();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, kind: PiiKind) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, &Zones::of(text), &mut out);
        out.iter().filter(|s| s.kind == kind).map(|s| s.text(text)).collect()
    }

    #[test]
    fn french_postal_codes_alone_where_someone_lives() {
        assert_eq!(found("Il habite dans le 93200 maintenant", PiiKind::PostalCode), ["93200"]);
        assert_eq!(found("à Saint-Genis-Laval (69230).", PiiKind::PostalCode), ["69230"]);
        assert_eq!(found("code postal 69008, pas d'adresse", PiiKind::PostalCode), ["69008"]);
        assert!(found("le budget est de 12000 € et 15000 personnes", PiiKind::PostalCode).is_empty());
    }

    #[test]
    fn a_postal_code_after_its_cue_and_whose_it_is() {
        assert_eq!(found("CP du nouveau logement de Firmin : 31400 (Toulouse)", PiiKind::PostalCode), ["31400"]);
        assert_eq!(found("code postal de sa mère : 84000, à vérifier", PiiKind::PostalCode), ["84000"]);
        assert!(found("CP de la classe : 25000 € de budget", PiiKind::PostalCode).is_empty());
    }

    #[test]
    fn belgian_and_swiss_addresses_with_the_number_after_the_street() {
        let text = "Nouvelle adresse : avenue des Hêtres 57 bte 2, 1180 Uccle, dès lundi.";
        assert_eq!(found(text, PiiKind::Address), ["avenue des Hêtres 57 bte 2, 1180 Uccle"]);
        let text = "Écrire à Lise, chemin du Grand-Pré 9, 1009 Pully.";
        assert_eq!(found(text, PiiKind::Address), ["chemin du Grand-Pré 9, 1009 Pully"]);
        // A street and a number without a postal code and town is no address.
        assert!(found("La rue Haute 12 fois par an.", PiiKind::Address).is_empty());
    }

    #[test]
    fn addresses_with_their_unit() {
        assert!(
            found("Y vit au 789 3e Avenue, Val-d'Or avec son frère", PiiKind::Address)[0].starts_with("789 3e Avenue")
        );
        let a = found("chez lui, 12 rue des Lilas app. 4 depuis", PiiKind::Address);
        assert!(a[0].ends_with("app. 4"), "{a:?}");
    }
}
