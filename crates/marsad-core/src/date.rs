//! Calendar dates for document metadata (the publication date).
//!
//! A deliberately small type: the time layer does its own arithmetic, but
//! every input path must reject an impossible or absurd date with a message
//! that names it, before any stage anchors a relative expression on it.

use serde::{Serialize, Serializer};
use std::fmt;

/// A Gregorian calendar date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Why a date string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("`{0}` is not a date in the form YYYY-MM-DD")]
    Format(String),
    #[error("`{0}` is not a real calendar date")]
    Impossible(String),
    #[error("`{0}` is outside the years 1800..=2200 that news can be published in")]
    Absurd(String),
}

/// The years a news publication date may fall in; anything else is a typo.
pub const PLAUSIBLE_YEARS: std::ops::RangeInclusive<i32> = 1800..=2200;

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        if (1..=12).contains(&month) && day >= 1 && day <= days_in_month(year, month) {
            Some(Date { year, month, day })
        } else {
            None
        }
    }

    /// Parses `YYYY-MM-DD`; also accepts a longer ISO timestamp
    /// (`2015-07-21T10:00:00Z`, `2015-07-21 10:00`) and keeps its date part.
    pub fn parse(s: &str) -> Result<Date, DateError> {
        let s = s.trim();
        let head = s.get(..10).unwrap_or(s);
        let rest = &s[head.len()..];
        if !(rest.is_empty() || rest.starts_with(['T', ' '])) {
            return Err(DateError::Format(s.to_string()));
        }
        let parts: Vec<&str> = head.split('-').collect();
        let numeric = |p: &str, n: usize| p.len() == n && p.bytes().all(|b| b.is_ascii_digit());
        if parts.len() != 3
            || !numeric(parts[0], 4)
            || !numeric(parts[1], 2)
            || !numeric(parts[2], 2)
        {
            return Err(DateError::Format(s.to_string()));
        }
        let year: i32 = parts[0].parse().expect("four digits");
        let month: u32 = parts[1].parse().expect("two digits");
        let day: u32 = parts[2].parse().expect("two digits");
        if !PLAUSIBLE_YEARS.contains(&year) {
            return Err(DateError::Absurd(s.to_string()));
        }
        Date::new(year, month, day).ok_or_else(|| DateError::Impossible(s.to_string()))
    }

    /// Days since 1970-01-01 (negative before), proleptic Gregorian.
    pub fn days_since_epoch(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146097 + doe - 719468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days_since_epoch(days: i64) -> Date {
        let z = days + 719468;
        let era = if z >= 0 { z } else { z - 146096 } / 146097;
        let doe = z - era * 146097;
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }

    pub fn add_days(&self, days: i64) -> Date {
        Date::from_days_since_epoch(self.days_since_epoch() + days)
    }

    /// ISO weekday: Monday = 1 … Sunday = 7.
    pub fn iso_weekday(&self) -> u32 {
        // 1970-01-01 was a Thursday (4).
        ((self.days_since_epoch() + 3).rem_euclid(7) + 1) as u32
    }
}

pub fn is_leap_year(year: i32) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

pub fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap_year(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_iso_dates_and_timestamps() {
        assert_eq!(
            Date::parse("2021-11-27").unwrap(),
            Date::new(2021, 11, 27).unwrap()
        );
        assert_eq!(
            Date::parse("2015-07-21T10:00:00Z").unwrap().to_string(),
            "2015-07-21"
        );
    }

    #[test]
    fn refuses_bad_dates_with_reasons() {
        assert!(matches!(
            Date::parse("2021-02-30"),
            Err(DateError::Impossible(_))
        ));
        assert!(matches!(Date::parse("21-11-27"), Err(DateError::Format(_))));
        assert!(matches!(
            Date::parse("9999-01-01"),
            Err(DateError::Absurd(_))
        ));
        assert!(matches!(
            Date::parse("2021-11-27x"),
            Err(DateError::Format(_))
        ));
    }

    #[test]
    fn day_arithmetic_round_trips() {
        let d = Date::new(2021, 11, 27).unwrap();
        assert_eq!(d.iso_weekday(), 6); // a Saturday
        assert_eq!(d.add_days(35).to_string(), "2022-01-01");
        assert_eq!(d.add_days(-365).to_string(), "2020-11-27");
        for n in [-800_000i64, -1, 0, 1, 59, 60, 10_957, 20_000] {
            assert_eq!(Date::from_days_since_epoch(n).days_since_epoch(), n);
        }
    }
}
