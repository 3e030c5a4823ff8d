//! Times of day, agenda slots and dates written the way each language
//! writes them: « 9h05 » in French, "9:05" in English.
//!
//! `ClockTime`'s `Display` stays French (it is what the domain's messages
//! and tests use); everything shown to a user goes through here so that the
//! English interface does not read like a French one.

use std::sync::LazyLock;

use i18n_embed::fluent::FluentLanguageLoader;
use i18n_embed_fl::fl;

use super::{loader_for, Lang};
use crate::domain::{ClockTime, Date, TimeSlot};

/// One loader per language, made once: times are drawn on every frame of
/// the minutes screen, and selecting a loader each time would cost more
/// than the formatting itself.
static FIXED: LazyLock<[FluentLanguageLoader; 2]> = LazyLock::new(|| [loader_for(Lang::Fr), loader_for(Lang::En)]);

fn fixed(lang: Lang) -> &'static FluentLanguageLoader {
    match lang {
        Lang::Fr => &FIXED[0],
        Lang::En => &FIXED[1],
    }
}

/// A time of day: « 9h05 », "9:05".
pub fn clock(t: ClockTime, lang: Lang) -> String {
    let l = fixed(lang);
    let (hours, minutes) = (t.minutes() / 60, t.minutes() % 60);
    fl!(l, "time-of-day", hours = hours.to_string(), minutes = format!("{minutes:02}"))
}

/// A planned slot: « 9h00–10h30 », "9:00–10:30".
pub fn slot(s: TimeSlot, lang: Lang) -> String {
    let l = fixed(lang);
    fl!(l, "time-slot", start = clock(s.start, lang), end = clock(s.end, lang))
}

/// A date in words: « 1er mars 2026 », "March 1, 2026".
pub fn long_date(d: Date, lang: Lang) -> String {
    let l = fixed(lang);
    let month = super::month_names(lang)[usize::from(u8::from(d.month())) - 1].clone();
    fl!(l, "date-long", day = d.day(), month = month, year = d.year().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn t(h: u16, m: u16) -> ClockTime {
        ClockTime::new(h, m).unwrap_or_default()
    }

    #[test]
    fn times_in_each_language() {
        assert_eq!(clock(t(9, 5), Lang::Fr), "9h05");
        assert_eq!(clock(t(9, 5), Lang::En), "9:05");
        assert_eq!(clock(t(0, 0), Lang::En), "0:00");
        assert_eq!(clock(t(23, 59), Lang::Fr), "23h59");
        let s = TimeSlot::new(t(9, 0), t(10, 30)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(slot(s, Lang::Fr), "9h00–10h30");
        assert_eq!(slot(s, Lang::En), "9:00–10:30");
    }

    #[test]
    fn shown_times_read_back_in_both_languages() {
        for (h, m) in [(0, 0), (9, 5), (12, 30), (23, 59)] {
            for lang in [Lang::Fr, Lang::En] {
                assert_eq!(clock(t(h, m), lang).parse::<ClockTime>(), Ok(t(h, m)), "{h}:{m} {lang:?}");
            }
        }
        let s = TimeSlot::new(t(9, 15), t(10, 30)).unwrap_or_else(|e| panic!("{e:?}"));
        assert_eq!(slot(s, Lang::En).parse::<TimeSlot>(), Ok(s));
    }

    #[test]
    fn long_dates_in_each_language() {
        use time::macros::date;
        assert_eq!(long_date(date!(2026 - 03 - 01), Lang::Fr), "1er mars 2026");
        assert_eq!(long_date(date!(2026 - 03 - 12), Lang::Fr), "12 mars 2026");
        assert_eq!(long_date(date!(2026 - 08 - 01), Lang::En), "August 1, 2026");
        assert_eq!(long_date(date!(2025 - 12 - 31), Lang::En), "December 31, 2025");
    }
}
