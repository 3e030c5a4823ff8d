//! E-mail addresses (also written `x [at] y [dot] z`, `x (at) y.fr`,
//! « x arobase y point fr »), web addresses (with or without a scheme,
//! newer top-level domains included), phone numbers (France in any
//! grouping, Belgium, Switzerland, North America, any international
//! number), IP addresses (not section or version numbers), social
//! handles.

use std::sync::LazyLock;

use regex::Regex;

use super::{push_all, re};
use crate::zones::{cut_regions, find_in, Reach, Zones};
use crate::{PiiKind, Span};

/// Top-level domains a bare domain may end with: the generic ones people
/// meet, the newer city and community ones, and the country codes of the
/// places these councils live in and come from. (A list, not `[a-z]{2,}`,
/// so that `fichier.pdf` or `p.ex` is not a web address.)
const TLDS: &str = "com|org|net|edu|gov|int|info|biz|name|pro|mobi|app|dev|io|ai|me|tv|co|xyz|online|site|web|blog|news|shop|store|art|eco|health|care|help|social|community|network|email|link|page|live|life|world|today|media|studio|quebec|paris|bzh|alsace|corsica|brussels|swiss|ca|fr|be|ch|lu|mc|re|gp|mq|gf|yt|pm|nc|pf|ht|dz|ma|tn|sn|ci|cm|cd|cg|ml|bf|ne|td|mg|mu|bj|tg|gn|rw|bi|ga|us|uk|ie|de|it|es|pt|nl|pl|ro|ua|ru|tr|vn|cn|jp|kr|in|pk|br|mx|ar|cl|co|pe|eu|gouv\\.fr|gouv\\.qc\\.ca|qc\\.ca|gc\\.ca|co\\.uk|ac\\.uk";

static EMAIL: LazyLock<Regex> =
    LazyLock::new(|| re(r"[\p{L}\p{N}._%+\-]+@[\p{L}\p{N}\-]+(?:\.[\p{L}\p{N}\-]+)*\.[A-Za-z]{2,}"));
/// `x [at] y [dot] z`, `x(at)y(dot)com`, `x at y dot net`, « x arobase y
/// point fr », `x (at) y.fr`: the local part is part of the address.
static EMAIL_SPELLED: LazyLock<Regex> = LazyLock::new(|| {
    let at = r"(?:\s*[\[({<]\s*(?:at|arobase|@)\s*[\])}>]\s*|\s+(?:at|arobase|chez)\s+)";
    let dot = r"(?:\s*[\[({<]\s*(?:dot|point|\.)\s*[\])}>]\s*|\s+(?:dot|point)\s+|\.)";
    re(&format!(r"(?i)[\p{{L}}\p{{N}}._%+\-]+{at}[\p{{L}}\p{{N}}\-]+(?:{dot}[\p{{L}}\p{{N}}\-]+)*{dot}(?:{TLDS})\b"))
});
static URL: LazyLock<Regex> = LazyLock::new(|| {
    re(&format!(
        r#"(?i)\b(?:https?://|www\.)[^\s<>"'()\[\]]+|\b[a-z0-9][a-z0-9\-]*(?:\.[a-z0-9\-]+)*\.(?:{TLDS})(?:/[^\s<>"'()]*)?\b"#
    ))
});
/// France: 0 and nine digits in any grouping (`06 39 98 41 07`,
/// `06 39 984 107`, `06.39…`), or +33 / 0033 with or without `(0)`.
static PHONE_FR: LazyLock<Regex> =
    LazyLock::new(|| re(r"(?:\+33[\s.\-]?(?:\(0\)[\s.\-]?)?|\b0033[\s.\-]?|\b0)[1-9](?:[\s.\-]?\d){8}\b"));
/// Belgium and Switzerland written nationally: `02 555 01 23`, `079 555 01
/// 62`, `0470 55 01 36`, a zone before a slash `04/223 18 70` (ten-digit ones fall under the French pattern).
static PHONE_BE_CH: LazyLock<Regex> = LazyLock::new(|| re(r"\b0[1-9](?:[\s.]|/\s?)\d{3}[\s.]\d{2}[\s.]\d{2}\b"));
/// Any number in international form: `+32 2 555 01 23`, `+41 79 555 01 09`,
/// `+33612345678`, `+1 514 555 0147`.
static PHONE_INTL: LazyLock<Regex> = LazyLock::new(|| re(r"\+(?:[1-9]\d{0,2})(?:[\s.\-]?\(?\d{1,4}\)?){2,6}\b"));
static PHONE_NA: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?:\+1[\s.\-]?)?(?:\(\d{3}\)\s?|\b[2-9]\d{2}[\s.\-])[2-9]\d{2}[\s.\-]\d{4}\b|\b1?[2-9]\d{2}[2-9]\d{6}\b")
});
static IPV4: LazyLock<Regex> =
    LazyLock::new(|| re(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b"));
static IPV6: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)\b(?:[0-9a-f]{1,4}:){7}[0-9a-f]{1,4}\b|\b(?:[0-9a-f]{1,4}:){1,6}:(?:[0-9a-f]{1,4}(?::[0-9a-f]{1,4})*)?\b")
});
/// Words that make a dotted number a section, a version or a page.
static NOT_IP: LazyLock<Regex> = LazyLock::new(|| {
    re(
        r"(?i)(?:section|sections|version|v|annexe|annex|appendix|article|art\.|chapitre|chapter|point|item|clause|§|règle|rule|partie|part|titre|page|p\.|étape|step|release|build|mise\s+à\s+jour|update)\s*$",
    )
});
static HANDLE: LazyLock<Regex> = LazyLock::new(|| re(r"(?:^|[\s(«])(@[A-Za-z0-9_.]{2,30})\b"));

/// Whether a match is a piece of a longer group of digits (a file
/// number, a NIR-shaped reference): « n° 1 86 04 75 112 233 41 ».
fn inside_longer_number(text: &str, m: &regex::Match<'_>) -> bool {
    let before = text[..m.start()].trim_end_matches([' ', '.', '-', '\u{a0}']);
    let after = text[m.end()..].trim_start_matches([' ', '.', '-', '\u{a0}']);
    let spaced_before = before.len() < m.start();
    let spaced_after = after.len() < text.len() - m.end();
    spaced_before && before.ends_with(|c: char| c.is_ascii_digit())
        || spaced_after && after.starts_with(|c: char| c.is_ascii_digit())
}

/// Number of digits in a match.
fn digits(s: &str) -> usize {
    s.chars().filter(char::is_ascii_digit).count()
}

/// How far the phone and IP patterns reach around their digits (see
/// [`crate::zones`]): a `+` or `(` before, a `)` after, and the digits a
/// kept match has.
const PHONE_FR_REACH: Reach = Reach { before: 1, after: 0, digits: 10 };
const PHONE_BE_CH_REACH: Reach = Reach { before: 0, after: 0, digits: 9 };
const PHONE_NA_REACH: Reach = Reach { before: 1, after: 0, digits: 10 };
const PHONE_INTL_REACH: Reach = Reach { before: 1, after: 1, digits: 8 };
const IPV4_REACH: Reach = Reach { before: 0, after: 0, digits: 4 };

/// Finds contact data; `zones` are the digit zones of `text`.
pub fn find(text: &str, zones: &Zones, out: &mut Vec<Span>) {
    push_all(&EMAIL, text, PiiKind::Email, out);
    push_all(&EMAIL_SPELLED, text, PiiKind::Email, out);
    for m in URL.find_iter(text) {
        // Sentence punctuation after an address is not part of it.
        let trimmed = m.as_str().trim_end_matches(['.', ',', ';', ':', '!', '?']);
        out.push(Span::new(PiiKind::Url, m.start(), m.start() + trimmed.len()));
    }
    if zones.is_empty() {
        ipv6(text, out);
        handles(text, out);
        return;
    }
    for (re, reach) in [(&*PHONE_FR, PHONE_FR_REACH), (&*PHONE_BE_CH, PHONE_BE_CH_REACH)] {
        for m in find_in(re, text, &zones.windows(text, reach)).iter().filter(|m| !inside_longer_number(text, m)) {
            out.push(Span::new(PiiKind::Phone, m.start(), m.end()));
        }
    }
    for m in find_in(&PHONE_NA, text, &zones.windows(text, PHONE_NA_REACH)) {
        out.push(Span::new(PiiKind::Phone, m.start(), m.end()));
    }
    let intl = find_in(&PHONE_INTL, text, &zones.windows(text, PHONE_INTL_REACH));
    for m in intl.iter().filter(|m| (8..=15).contains(&digits(m.as_str()))) {
        out.push(Span::new(PiiKind::Phone, m.start(), m.end()));
    }
    for m in find_in(&IPV4, text, &zones.windows(text, IPV4_REACH)) {
        let before = &text[..m.start()];
        // "+33.6.39.98.41.07" is a phone, "Section 3.2.1.4" a section.
        let inside_number = before.ends_with(['+', '.']);
        let small = m.as_str().split('.').all(|n| n.len() <= 2 && n.parse::<u32>().unwrap_or(0) <= 31);
        if !(inside_number || small && NOT_IP.is_match(before.trim_end())) {
            out.push(Span::new(PiiKind::Ip, m.start(), m.end()));
        }
    }
    ipv6(text, out);
    handles(text, out);
}

/// Bytes no IPv6 address holds and that are no ASCII word characters (the
/// pattern ends with `\b`): ASCII other than letters, digits, `_` and `:`.
fn outside_ipv6(b: u8) -> bool {
    b.is_ascii() && !(b.is_ascii_alphanumeric() || b == b'_' || b == b':')
}

/// IPv6 addresses. Each holds a `:`, so only the stretches around colons,
/// out to bytes no address holds (a space, a comma…), are searched: a few
/// words instead of the whole text.
fn ipv6(text: &str, out: &mut Vec<Span>) {
    let colons = text.match_indices(':').map(|(at, _)| (at, at + 1));
    for m in find_in(&IPV6, text, &cut_regions(text, colons, 0, outside_ipv6)) {
        out.push(Span::new(PiiKind::Ip, m.start(), m.end()));
    }
}

/// Social handles (`@name`).
fn handles(text: &str, out: &mut Vec<Span>) {
    for c in HANDLE.captures_iter(text) {
        let Some(m) = c.get(1) else { continue };
        // "@Colibri" names a member by pseudonym, a common word: not a handle.
        let word = &m.as_str()[1..];
        if !crate::lexicon::common(&crate::fold(word), crate::lexicon::lookup(&crate::fold(word))) {
            out.push(Span::new(PiiKind::Handle, m.start(), m.end()));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str, kind: PiiKind) -> Vec<&str> {
        let mut out = Vec::new();
        find(text, &Zones::of(text), &mut out);
        let mut v: Vec<&str> = out.iter().filter(|s| s.kind == kind).map(|s| s.text(text)).collect();
        v.dedup();
        v
    }

    #[test]
    fn phones_in_every_grouping() {
        for p in [
            "06 39 984 107",
            "0639984107",
            "+33639984107",
            "+33.6.39.98.41.07",
            "+32 2 555 01 23",
            "+41 79 555 01 09",
            "079 555 01 62",
            "15145550147",
        ] {
            assert!(
                found(&format!("tel {p} merci"), PiiKind::Phone).iter().any(|f| f.contains(&p[p.len() - 4..])),
                "{p}"
            );
        }
        assert!(found("+33.6.39.98.41.07", PiiKind::Ip).is_empty());
    }

    #[test]
    fn spelled_out_emails_keep_their_local_part() {
        assert_eq!(
            found("écrire à yaw.boateng at example dot net", PiiKind::Email),
            ["yaw.boateng at example dot net"]
        );
        assert_eq!(found("o.marchuk(at)example(dot)com", PiiKind::Email), ["o.marchuk(at)example(dot)com"]);
        assert_eq!(found("lea [at] example [dot] org", PiiKind::Email), ["lea [at] example [dot] org"]);
    }

    #[test]
    fn sections_and_versions_are_not_ips() {
        assert!(found("Section 3.2.1.4 du rapport", PiiKind::Ip).is_empty());
        assert!(found("Version 2.10.0.3 de l'appli", PiiKind::Ip).is_empty());
        assert_eq!(found("connexion depuis 203.0.113.58", PiiKind::Ip), ["203.0.113.58"]);
    }

    #[test]
    fn newer_domains() {
        assert_eq!(found("voir monsite.quebec ou asso.paris", PiiKind::Url), ["monsite.quebec", "asso.paris"]);
        assert!(found("le fichier.pdf et p.ex. ceci", PiiKind::Url).is_empty());
    }
}
