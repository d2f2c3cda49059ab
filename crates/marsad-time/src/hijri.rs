//! Hijri ↔ Gregorian conversion with the Umm al-Qura calendar (the official
//! Saudi calendar).
//!
//! Within 1343–1500 AH the month starts come from the published Umm al-Qura
//! table (`data/umm_al_qura.tsv`, generated from the `hijridate` package by
//! `tools/gen_umm_al_qura.py`); outside it, from ICU4X's `icu_calendar`,
//! whose data departs from the published table by a day or two in
//! 1400–1419 AH. Papers in countries that set months by sighting may differ
//! by a day or two; the time layer keeps the Gregorian date this calendar gives.

use icu_calendar::cal::Hijri;
use icu_calendar::{Date as IcuDate, Iso};
use marsad_core::Date;
use std::sync::OnceLock;

/// The first Hijri year of the published table.
const TABLE_FIRST_YEAR: i32 = 1343;

/// Days since 1970-01-01 of the first day of each month in the table, in
/// order from Muharram 1343, with one more entry for the day after the last.
fn month_starts() -> &'static [i64] {
    static STARTS: OnceLock<Vec<i64>> = OnceLock::new();
    STARTS.get_or_init(|| {
        let mut starts = Vec::new();
        for line in include_str!("../data/umm_al_qura.tsv").lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let (year, month) = (cols[0].parse::<i32>(), cols[1].parse::<u32>());
            let date = Date::parse(cols[2]).expect("umm_al_qura.tsv: a YYYY-MM-DD date");
            let index = (year.expect("a year") - TABLE_FIRST_YEAR) * 12
                + month.expect("a month") as i32
                - 1;
            assert_eq!(
                index as usize,
                starts.len(),
                "umm_al_qura.tsv: months in order"
            );
            starts.push(date.days_since_epoch());
        }
        starts
    })
}

/// The table index of a Hijri month, if the table has its start and end.
fn table_index(year: i32, month: u32) -> Option<usize> {
    if !(1..=12).contains(&month) || year < TABLE_FIRST_YEAR {
        return None;
    }
    let index = ((year - TABLE_FIRST_YEAR) * 12 + month as i32 - 1) as usize;
    (index + 1 < month_starts().len()).then_some(index)
}

/// The Gregorian date of a Hijri date, if it exists in the calendar.
pub fn to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
    if let Some(i) = table_index(year, month) {
        let starts = month_starts();
        let length = (starts[i + 1] - starts[i]) as u32;
        return (1..=length)
            .contains(&day)
            .then(|| Date::from_days_since_epoch(starts[i] + i64::from(day) - 1));
    }
    icu_to_gregorian(year, month, day)
}

/// ICU4X's calculated Umm al-Qura, for dates outside the published table.
fn icu_to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
    let m = u8::try_from(month).ok()?;
    let d = u8::try_from(day).ok()?;
    let h = IcuDate::try_new_hijri_with_calendar(year, m, d, Hijri::new_umm_al_qura()).ok()?;
    if u32::from(h.day_of_month().0) != day || u32::from(h.month().ordinal) != month {
        return None;
    }
    let iso = h.to_calendar(Iso);
    Date::new(
        iso.year().extended_year(),
        u32::from(iso.month().ordinal),
        u32::from(iso.day_of_month().0),
    )
}

/// The Hijri (year, month, day) of a Gregorian date.
pub fn from_gregorian(date: Date) -> Option<(i32, u32, u32)> {
    let starts = month_starts();
    let days = date.days_since_epoch();
    if days >= starts[0] && days < starts[starts.len() - 1] {
        let i = starts.partition_point(|&s| s <= days) - 1;
        let year = TABLE_FIRST_YEAR + (i / 12) as i32;
        return Some((year, (i % 12) as u32 + 1, (days - starts[i]) as u32 + 1));
    }
    let iso = IcuDate::try_new_iso(
        date.year,
        u8::try_from(date.month).ok()?,
        u8::try_from(date.day).ok()?,
    )
    .ok()?;
    let h = IcuDate::<Iso>::to_calendar(&iso, Hijri::new_umm_al_qura());
    Some((
        h.year().extended_year(),
        u32::from(h.month().ordinal),
        u32::from(h.day_of_month().0),
    ))
}

/// The number of days in a Hijri month (29 or 30).
pub fn month_length(year: i32, month: u32) -> Option<u32> {
    let start = to_gregorian(year, month, 1)?;
    let (ny, nm) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    let next = to_gregorian(ny, nm, 1)?;
    Some((next.days_since_epoch() - start.days_since_epoch()) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_dates() {
        // 1 Ramadan 1436 = 18 June 2015; 1 Shawwal 1436 (Eid al-Fitr) = 17 July 2015.
        assert_eq!(to_gregorian(1436, 9, 1), Date::new(2015, 6, 18));
        assert_eq!(to_gregorian(1436, 10, 1), Date::new(2015, 7, 17));
        assert_eq!(
            from_gregorian(Date::new(2015, 7, 17).unwrap()),
            Some((1436, 10, 1))
        );
        assert_eq!(month_length(1436, 9), Some(29));
        assert_eq!(to_gregorian(1436, 13, 1), None);
        assert_eq!(to_gregorian(1436, 9, 31), None);
    }

    #[test]
    fn published_table_where_icu_departs_from_it() {
        // 1 Muharram 1400 was 20 November 1979 in the published calendar.
        assert_eq!(to_gregorian(1400, 1, 1), Date::new(1979, 11, 20));
        assert_eq!(
            from_gregorian(Date::new(1979, 11, 20).unwrap()),
            Some((1400, 1, 1))
        );
        // Outside the table, ICU4X still answers.
        assert!(to_gregorian(1550, 1, 1).is_some());
        assert_eq!(
            from_gregorian(to_gregorian(1550, 3, 10).unwrap()),
            Some((1550, 3, 10))
        );
        // Round trips over the whole table.
        for year in [1343, 1400, 1419, 1420, 1450, 1500] {
            for month in 1..=12 {
                let first = to_gregorian(year, month, 1).unwrap();
                assert_eq!(from_gregorian(first), Some((year, month, 1)));
            }
        }
    }
}
