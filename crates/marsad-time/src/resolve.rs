//! Calendar arithmetic and TIMEX3 values: anchoring a month, a day or a
//! weekday without a year on the publication date, and writing values with
//! X for the parts no anchor gives.

use marsad_core::Date;

/// Which way from the publication date an expression points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// "الماضي": strictly before.
    Past,
    /// "المقبل": strictly after.
    Future,
    /// "الحالي", "هذا": the current one.
    This,
    /// A future tense without "المقبل": on or after.
    FutureTense,
    /// Nothing said: the nearest, the past one on a tie.
    Nearest,
}

/// A date with unknown parts, written `XXXX-11-19`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Ymd {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
}

impl Ymd {
    pub fn date(d: Date) -> Ymd {
        Ymd {
            year: Some(d.year),
            month: Some(d.month),
            day: Some(d.day),
        }
    }

    /// `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, X for unknown parts.
    pub fn timex(&self) -> String {
        let y = self.year.map_or("XXXX".to_string(), |y| format!("{y:04}"));
        match (self.month, self.day) {
            (None, None) => y,
            (Some(m), None) => format!("{y}-{m:02}"),
            (m, Some(d)) => format!(
                "{y}-{}-{d:02}",
                m.map_or("XX".to_string(), |m| format!("{m:02}"))
            ),
        }
    }
}

/// How far ahead of the publication date a month with no year and no tense
/// may lie; beyond it, the past one is meant.
pub const AHEAD_MONTHS: i64 = 2;

/// How far ahead a day and month with no year and no tense may lie.
pub const AHEAD_DAYS: i64 = 62;

/// The year of month `month` relative to the publication date.
pub fn year_of_month(published: Date, month: u32, dir: Direction) -> i32 {
    let (y0, m0) = (published.year, published.month);
    match dir {
        Direction::Past => {
            if month < m0 {
                y0
            } else {
                y0 - 1
            }
        }
        Direction::Future => {
            if month > m0 {
                y0
            } else {
                y0 + 1
            }
        }
        Direction::FutureTense => {
            if month >= m0 {
                y0
            } else {
                y0 + 1
            }
        }
        Direction::This => y0,
        Direction::Nearest => {
            // News tells of the past far more than of the future: a month
            // ahead only when it is at most `AHEAD_MONTHS` away.
            let ahead = (i64::from(month) - i64::from(m0)).rem_euclid(12);
            if ahead != 0 && ahead <= AHEAD_MONTHS {
                y0 + i32::from(month < m0)
            } else if month <= m0 {
                y0
            } else {
                y0 - 1
            }
        }
    }
}

/// The year of a day and month relative to the publication date.
pub fn year_of_day(published: Date, month: u32, day: u32, dir: Direction) -> i32 {
    let y0 = published.year;
    let cands: Vec<(i32, i64)> = [y0 - 1, y0, y0 + 1]
        .iter()
        .filter_map(|&y| {
            Date::new(y, month, day)
                .map(|d| (y, d.days_since_epoch() - published.days_since_epoch()))
        })
        .collect();
    let pick = |f: &dyn Fn(i64) -> bool, latest: bool| {
        let it = cands.iter().filter(|(_, d)| f(*d));
        if latest {
            it.max_by_key(|(_, d)| *d).map(|c| c.0)
        } else {
            it.min_by_key(|(_, d)| *d).map(|c| c.0)
        }
    };
    let found = match dir {
        Direction::Past => pick(&|d| d < 0, true),
        Direction::Future => pick(&|d| d > 0, false),
        Direction::FutureTense => pick(&|d| d >= 0, false),
        Direction::This => Some(y0),
        Direction::Nearest => {
            pick(&|d| d > 0 && d <= AHEAD_DAYS, false).or_else(|| pick(&|d| d <= 0, true))
        }
    };
    found.unwrap_or(y0)
}

/// The date of ISO weekday `wd` relative to the publication date: the
/// nearest not after it by default, strictly before with "الماضي", strictly
/// after with "المقبل", on or after in the future tense.
pub fn weekday_date(published: Date, wd: u32, dir: Direction) -> Date {
    let cur = published.iso_weekday() as i64;
    let back = (cur - i64::from(wd)).rem_euclid(7);
    let fwd = (i64::from(wd) - cur).rem_euclid(7);
    match dir {
        Direction::Past => published.add_days(-(if back == 0 { 7 } else { back })),
        Direction::Future => published.add_days(if fwd == 0 { 7 } else { fwd }),
        Direction::FutureTense => published.add_days(fwd),
        Direction::This | Direction::Nearest => published.add_days(-back),
    }
}

/// The weekday `wd` nearest to `near` (within three days either way).
pub fn weekday_near(near: Date, wd: u32) -> Date {
    let cur = near.iso_weekday() as i64;
    let mut delta = (i64::from(wd) - cur).rem_euclid(7);
    if delta > 3 {
        delta -= 7;
    }
    near.add_days(delta)
}

/// Adds `n` months to (year, month).
pub fn add_months(year: i32, month: u32, n: i64) -> (i32, u32) {
    let total = i64::from(year) * 12 + i64::from(month) - 1 + n;
    (
        total.div_euclid(12) as i32,
        (total.rem_euclid(12) + 1) as u32,
    )
}

/// ISO week `YYYY-Www` of a date.
pub fn iso_week(d: Date) -> String {
    // The Thursday of the same ISO week decides the year.
    let thursday = d.add_days(4 - i64::from(d.iso_weekday()));
    let jan1 = Date::new(thursday.year, 1, 1).expect("January 1st");
    let week = (thursday.days_since_epoch() - jan1.days_since_epoch()) / 7 + 1;
    format!("{}-W{week:02}", thursday.year)
}

/// Western Easter Sunday of a year (the anonymous Gregorian computus).
pub fn easter(year: i32) -> Option<Date> {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, month as u32, day as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(y: i32, m: u32, day: u32) -> Date {
        Date::new(y, m, day).unwrap()
    }

    #[test]
    fn months_take_the_nearest_year() {
        let p = d(2021, 11, 27);
        assert_eq!(year_of_month(p, 12, Direction::Nearest), 2021);
        assert_eq!(year_of_month(p, 7, Direction::Nearest), 2021);
        assert_eq!(year_of_month(p, 2, Direction::Nearest), 2021);
        assert_eq!(year_of_month(p, 1, Direction::Nearest), 2022);
        assert_eq!(year_of_month(p, 11, Direction::Nearest), 2021);
        assert_eq!(year_of_month(d(2015, 1, 10), 12, Direction::Nearest), 2014);
        assert_eq!(year_of_month(d(2015, 3, 10), 3, Direction::Past), 2014);
        assert_eq!(year_of_month(d(2015, 8, 4), 3, Direction::Past), 2015);
        assert_eq!(year_of_month(d(2015, 8, 4), 3, Direction::Future), 2016);
        assert_eq!(year_of_day(p, 12, 31, Direction::Nearest), 2021);
        assert_eq!(year_of_day(d(2015, 1, 3), 12, 31, Direction::Nearest), 2014);
    }

    #[test]
    fn weekdays_resolve_not_after_publication() {
        let p = d(2015, 8, 6); // a Thursday
        assert_eq!(weekday_date(p, 3, Direction::Nearest), d(2015, 8, 5));
        assert_eq!(weekday_date(p, 4, Direction::Nearest), p);
        assert_eq!(weekday_date(p, 4, Direction::Past), d(2015, 7, 30));
        assert_eq!(weekday_date(p, 4, Direction::Future), d(2015, 8, 13));
        assert_eq!(weekday_date(p, 1, Direction::FutureTense), d(2015, 8, 10));
        assert_eq!(weekday_near(d(2015, 7, 30), 4), d(2015, 7, 30));
    }

    #[test]
    fn calendar_helpers() {
        assert_eq!(add_months(2015, 1, -1), (2014, 12));
        assert_eq!(iso_week(d(2013, 2, 4)), "2013-W06");
        assert_eq!(iso_week(d(2021, 1, 1)), "2020-W53");
        assert_eq!(easter(2013), Some(d(2013, 3, 31)));
        assert_eq!(
            Ymd {
                year: None,
                month: Some(11),
                day: Some(19)
            }
            .timex(),
            "XXXX-11-19"
        );
    }
}
