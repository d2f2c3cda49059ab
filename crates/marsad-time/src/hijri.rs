//! Hijri ↔ Gregorian conversion with the Umm al-Qura calendar (the official
//! Saudi calendar), through ICU4X's `icu_calendar`, which carries the
//! official tables for 1300–1600 AH.
//!
//! Papers in countries that set months by sighting may differ by a day or
//! two; the time layer keeps the Gregorian date this calendar gives.

use icu_calendar::cal::Hijri;
use icu_calendar::{Date as IcuDate, Iso};
use marsad_core::Date;

/// The Gregorian date of a Hijri date, if it exists in the calendar.
pub fn to_gregorian(year: i32, month: u32, day: u32) -> Option<Date> {
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
}
