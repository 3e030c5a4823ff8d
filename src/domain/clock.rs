//! Times of day and agenda time slots. `Display` writes them the French
//! way ("9h15"); what users see goes through `i18n::clock` / `i18n::slot`,
//! which follow the interface's language.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Serialize};

use super::DomainError;

/// A time of day to the minute. Parsed from "9h15", "9h", "09:15".
/// The default is midnight.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct ClockTime(u16);

impl ClockTime {
    /// Builds a time from hours and minutes, if they make a time of day.
    pub fn new(hours: u16, minutes: u16) -> Result<Self, DomainError> {
        if hours > 23 || minutes > 59 {
            return Err(DomainError::BadClockTime);
        }
        Ok(Self(hours * 60 + minutes))
    }

    /// Minutes since midnight.
    pub fn minutes(self) -> u16 {
        self.0
    }

    /// Checks a value read from storage, which may come from a tampered or
    /// newer file.
    pub fn validate(self) -> Result<(), DomainError> {
        if self.0 < 24 * 60 {
            Ok(())
        } else {
            Err(DomainError::BadClockTime)
        }
    }
}

impl fmt::Display for ClockTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}h{:02}", self.0 / 60, self.0 % 60)
    }
}

impl FromStr for ClockTime {
    type Err = DomainError;

    /// Reads the ways people write a time in French and English: "9h15",
    /// "9 h 15" (Quebec), "9H", "09:15", "9", and "9:15 am" / "2 pm".
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_lowercase();
        let (clock, half) = split_meridiem(&s);
        let (h, m) = clock.split_once(['h', ':']).unwrap_or((clock, ""));
        let number = |t: &str| -> Result<u16, DomainError> {
            let t = t.trim();
            if t.is_empty() || t.len() > 2 || !t.bytes().all(|b| b.is_ascii_digit()) {
                return Err(DomainError::BadClockTime);
            }
            t.parse().map_err(|_| DomainError::BadClockTime)
        };
        let minutes = if m.trim().is_empty() { 0 } else { number(m)? };
        let hours = match half {
            None => number(h)?,
            Some(half) => on_the_clock(number(h)?, half)?,
        };
        Self::new(hours, minutes)
    }
}

/// Which half of the day an English "am"/"pm" names.
#[derive(Clone, Copy)]
enum Half {
    Morning,
    Afternoon,
}

/// Splits "9:15 pm" into "9:15" and the half of the day, if one is said.
fn split_meridiem(s: &str) -> (&str, Option<Half>) {
    for (suffix, half) in
        [("a.m.", Half::Morning), ("am", Half::Morning), ("p.m.", Half::Afternoon), ("pm", Half::Afternoon)]
    {
        if let Some(clock) = s.strip_suffix(suffix) {
            return (clock.trim_end(), Some(half));
        }
    }
    (s, None)
}

/// The 24-hour hour of a 12-hour clock's `hour` (1–12).
fn on_the_clock(hour: u16, half: Half) -> Result<u16, DomainError> {
    match (hour, half) {
        (1..=11, Half::Morning) => Ok(hour),
        (12, Half::Morning) => Ok(0),
        (1..=11, Half::Afternoon) => Ok(hour + 12),
        (12, Half::Afternoon) => Ok(12),
        _ => Err(DomainError::BadClockTime),
    }
}

/// A start–end slot of the agenda. The end is after the start.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeSlot {
    /// When the item is planned to begin.
    pub start: ClockTime,
    /// When it is planned to end.
    pub end: ClockTime,
}

impl TimeSlot {
    /// Builds a slot, refusing one that ends at or before its start.
    pub fn new(start: ClockTime, end: ClockTime) -> Result<Self, DomainError> {
        let slot = Self { start, end };
        slot.validate()?;
        Ok(slot)
    }

    /// Checks both ends and their order.
    pub fn validate(&self) -> Result<(), DomainError> {
        self.start.validate()?;
        self.end.validate()?;
        if self.end <= self.start {
            return Err(DomainError::SlotOrder);
        }
        Ok(())
    }

    /// Planned length in minutes.
    pub fn minutes(&self) -> u16 {
        self.end.minutes().saturating_sub(self.start.minutes())
    }
}

impl fmt::Display for TimeSlot {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}–{}", self.start, self.end)
    }
}

impl FromStr for TimeSlot {
    type Err = DomainError;

    /// Reads "9h15-10h30" (hyphen or en dash).
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let (a, b) = s.split_once(['-', '–']).ok_or(DomainError::BadClockTime)?;
        Self::new(a.parse()?, b.parse()?)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_french_and_colon_times() {
        assert_eq!("9h15".parse::<ClockTime>().map(|t| t.minutes()), Ok(555));
        assert_eq!("09:15".parse::<ClockTime>().map(|t| t.minutes()), Ok(555));
        assert_eq!("14h".parse::<ClockTime>().map(|t| t.minutes()), Ok(840));
        assert_eq!("9".parse::<ClockTime>().map(|t| t.minutes()), Ok(540));
        assert_eq!(ClockTime::new(9, 5).map(|t| t.to_string()), Ok("9h05".into()));
    }

    #[test]
    fn parses_quebec_spacing_and_english_half_days() {
        let minutes = |s: &str| s.parse::<ClockTime>().map(|t| t.minutes());
        assert_eq!(minutes("9 h 25"), Ok(565));
        assert_eq!(minutes("9H25"), Ok(565));
        assert_eq!(minutes(" 9:25 "), Ok(565));
        assert_eq!(minutes("9:25 am"), Ok(565));
        assert_eq!(minutes("2 pm"), Ok(840));
        assert_eq!(minutes("2:30PM"), Ok(870));
        assert_eq!(minutes("12 am"), Ok(0));
        assert_eq!(minutes("12:15 p.m."), Ok(735));
        assert_eq!("9:25-10:30 am".parse::<TimeSlot>().map(|s| s.minutes()), Ok(65));
        assert_eq!("9 h 25 – 10 h 30".parse::<TimeSlot>().map(|s| s.minutes()), Ok(65));
    }

    #[test]
    fn refuses_bad_times() {
        for bad in ["24h00", "9h60", "h15", "neuf heures", "9h155", "", "13 pm", "0 am", "9 h 2 5", "pm"] {
            assert!(bad.parse::<ClockTime>().is_err(), "{bad}");
        }
    }

    #[test]
    fn slot_end_must_follow_start() {
        assert_eq!("9h15-10h30".parse::<TimeSlot>().map(|s| s.to_string()), Ok("9h15–10h30".into()));
        assert_eq!("10h30–9h15".parse::<TimeSlot>(), Err(DomainError::SlotOrder));
        assert_eq!("9h15-9h15".parse::<TimeSlot>(), Err(DomainError::SlotOrder));
    }
}

/// Years a date typed by the secretary may have: a council's meetings,
/// tasks and consents fall well inside; a year outside (« -0001 », « 0000 »,
/// a typo of « 20266 ») is a mistake to name, not a date to keep.
pub const TYPED_YEARS: std::ops::RangeInclusive<i32> = 1900..=2199;

/// Reads a date written YYYY-MM-DD, as both shells take them, refusing a
/// year outside [`TYPED_YEARS`].
pub fn parse_day(s: &str) -> Result<super::Date, DomainError> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = super::Date::parse(s.trim(), format).map_err(|_| DomainError::BadDate)?;
    if !TYPED_YEARS.contains(&date.year()) {
        return Err(DomainError::BadDate);
    }
    Ok(date)
}

#[cfg(test)]
mod day_tests {
    use super::parse_day;

    #[test]
    fn days_are_read_in_one_form_and_a_plausible_year() {
        assert!(parse_day(" 2026-03-12 ").is_ok());
        for bad in ["-0001-01-01", "0000-01-01", "1899-12-31", "2200-01-01", "2026-02-30", "12/03/2026", ""] {
            assert!(parse_day(bad).is_err(), "{bad}");
        }
    }
}
