//! The rules every text of an export passes, in order: detection with the
//! council's context (pseudonyms are not names; never-write names are;
//! dismissed words are not), the scrubber's placeholders, members'
//! pseudonyms without credit replaced by a neutral attribution (in any
//! case, accent, plural or hyphenation), dates coarsened to the month, and
//! record ids removed. What was found is kept for review.

use std::sync::{Arc, LazyLock};

use regex::Regex;

use super::review::{Place, ReviewItem};
use crate::i18n::Lang;
use crate::privacy::{day_dates, detect, fold, scrub, Context, Pseudonyms, Report};

static RECORD_ID: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b[0-9a-f]{32}\b").unwrap_or_else(|e| panic!("id pattern: {e}")));

/// Applies every text rule and keeps count.
pub struct Cleaner<'a> {
    ctx: Context<'a>,
    hidden: &'a Pseudonyms,
    lang: Lang,
    neutral: String,
    months: [String; 12],
    /// Scrubbing counts.
    pub report: Report,
    /// Pseudonyms replaced by a neutral attribution.
    pub pseudonyms: usize,
    /// Dates reduced to their month.
    pub dates: usize,
    /// Everything found, for review.
    pub review: Vec<ReviewItem>,
    /// Whether dates written to the day become their month (exports for
    /// the outside world); a member's own slip keeps them.
    coarsen_dates: bool,
}

impl<'a> Cleaner<'a> {
    /// A cleaner reading with `ctx`, hiding the pseudonyms in `hidden`,
    /// writing in `lang`.
    pub fn new(ctx: Context<'a>, hidden: &'a Pseudonyms, lang: Lang) -> Self {
        Self {
            ctx,
            hidden,
            lang,
            neutral: crate::i18n::neutral_attribution(lang),
            months: crate::i18n::month_names(lang),
            report: Report::default(),
            pseudonyms: 0,
            dates: 0,
            review: Vec::new(),
            coarsen_dates: true,
        }
    }

    /// The same cleaner, leaving dates as written: for a member's slip,
    /// read inside the council, where « rappeler le 14/01 » must stay a day.
    pub fn keeping_dates(self) -> Self {
        Self { coarsen_dates: false, ..self }
    }

    /// The neutral attribution in the document's language.
    pub fn neutral(&self) -> &str {
        &self.neutral
    }

    /// One text of the document, standing at `place`, cleaned.
    pub fn clean(&mut self, text: &str, place: Place) -> String {
        let spans = detect(text, &self.ctx);
        if !spans.is_empty() {
            let source: Arc<str> = Arc::from(text);
            self.review.extend(spans.iter().map(|s| ReviewItem {
                place,
                kind: s.kind,
                source: Arc::clone(&source),
                start: s.start,
                end: s.end,
            }));
        }
        let (scrubbed, r) = scrub(text, &spans, self.lang);
        self.report.merge(&r);
        let out = self.neutralise(&scrubbed);
        let out = if self.coarsen_dates { self.coarsen(&out) } else { out };
        RECORD_ID.replace_all(&out, "").into_owned()
    }

    /// Pseudonyms of members who did not opt in to credit become the
    /// neutral attribution, matched on folded words (and word pairs, for a
    /// pseudonym of two words).
    fn neutralise(&mut self, text: &str) -> String {
        let words = word_ranges(text);
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        let mut i = 0;
        while i < words.len() {
            let (s, e) = words[i];
            let pair = words.get(i + 1).filter(|&&(s2, _)| text[e..s2].trim().is_empty());
            let (matched_end, step) = match pair {
                Some(&(_, e2)) if self.hidden.contains(&fold(&text[s..e2])) => (Some(e2), 2),
                _ if self.hidden.contains(&fold(&text[s..e])) => (Some(e), 1),
                _ => (None, 1),
            };
            if let Some(end) = matched_end {
                out.push_str(&text[at..s]);
                out.push_str(&self.neutral);
                at = end;
                self.pseudonyms += 1;
            }
            i += step;
        }
        out.push_str(&text[at..]);
        out
    }

    /// Every date written to the day becomes its month: « le 14/01/24 » →
    /// « en janvier 2024 », "on March 3rd, 2024" → "in March 2024"; the
    /// weekday goes with the day.
    fn coarsen(&mut self, text: &str) -> String {
        let dates = day_dates(text);
        if dates.is_empty() {
            return text.to_string();
        }
        let mut out = String::with_capacity(text.len());
        let mut at = 0;
        for d in dates {
            let month = if self.lang == Lang::En { d.swapped_month.or(d.month) } else { d.month };
            let Some(month) = month.filter(|m| (1..=12).contains(m)) else { continue };
            let (before, lead) = article_before(&text[at..d.start], self.lang);
            out.push_str(before);
            out.push_str(lead);
            out.push_str(&self.months[usize::from(month) - 1]);
            if let Some(y) = d.year {
                out.push_str(&format!(" {y}"));
            }
            at = d.end;
            self.dates += 1;
        }
        out.push_str(&text[at..]);
        out
    }
}

/// Splits off a « le » or "on"/"the" just before a date, and what replaces
/// it before a month in the document's language (« en », "in", nothing).
/// Both languages' articles are read: a French sentence in an English
/// document still loses its « le ».
fn article_before(text: &str, lang: Lang) -> (&str, &'static str) {
    let en = lang == Lang::En;
    let articles: [(&str, &'static str); 10] = [
        ("on the ", "in "),
        ("On the ", "In "),
        ("on ", "in "),
        ("On ", "In "),
        ("the ", ""),
        ("The ", ""),
        ("le ", if en { "in " } else { "en " }),
        ("Le ", if en { "In " } else { "En " }),
        ("du ", if en { "from " } else { "de " }),
        ("au ", if en { "to " } else { "en " }),
    ];
    for (a, r) in articles {
        if let Some(stem) = text.strip_suffix(a) {
            if stem.is_empty() || stem.ends_with(|c: char| !c.is_alphanumeric()) {
                let r = match (en, r) {
                    (false, "in " | "In ") => {
                        if r == "in " {
                            "en "
                        } else {
                            "En "
                        }
                    }
                    (false, "") => "",
                    _ => r,
                };
                return (stem, r);
            }
        }
    }
    (text, "")
}

/// Words (letters and digits, with inner hyphens and apostrophes) as byte
/// ranges.
fn word_ranges(text: &str) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = None;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let inner =
            matches!(c, '-' | '\'' | '’') && start.is_some() && chars.peek().is_some_and(|(_, n)| n.is_alphanumeric());
        if c.is_alphanumeric() || inner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            out.push((s, i));
        }
    }
    if let Some(s) = start {
        out.push((s, text.len()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pseudonyms_without_credit_go_whatever_their_spelling() {
        let hidden = Pseudonyms::new(&["Mésange", "Petit-Duc"]);
        let all = Pseudonyms::new(&["Mésange", "Petit-Duc", "Colibri"]);
        let mut c = Cleaner::new(Context::new(&all, None, None), &hidden, Lang::Fr);
        let out = c.clean("Mesange et les Mésanges, PETITDUC et Petit Duc, puis Colibri.", Place::Title);
        assert_eq!(out, "un·e membre du conseil et les un·e membre du conseil, un·e membre du conseil et un·e membre du conseil, puis Colibri.");
    }

    #[test]
    fn dates_lose_their_day() {
        let none = Pseudonyms::default();
        let mut fr = Cleaner::new(Context::default(), &none, Lang::Fr);
        assert_eq!(
            fr.clean("Vu le 14/01/24, puis lundi 3 mars 2025.", Place::Title),
            "Vu en janvier 2024, puis mars 2025."
        );
        let mut en = Cleaner::new(Context::default(), &none, Lang::En);
        assert_eq!(
            en.clean("Seen on March 3rd, 2024 and 03/14/2024.", Place::Title),
            "Seen in March 2024 and March 2024."
        );
    }
}
