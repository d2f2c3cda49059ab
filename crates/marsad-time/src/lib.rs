//! Temporal expressions of Arabic news, normalized as TIMEX3.
//!
//! - Gregorian months in every naming system (كانون الثاني، يناير، جانفي،
//!   "آذار/مارس", "الشهر الثامن"), Hijri dates converted with the Umm al-Qura
//!   calendar ([`hijri`]), numeric dates, years, decades, seasons, halves and
//!   quarters, parts of the day, clock times, weekdays and holidays.
//! - Relative expressions (أمس، الأسبوع الماضي، قبل ثلاثة أيام) resolved against
//!   the publication date; with none, unknown parts stay X (`XXXX-11-19`).
//! - Durations (ثلاث سنوات، 48 ساعة، منذ أشهر) and modifiers (قبل، منذ، منتصف،
//!   أكثر من) as FORMAT.md names them.
//!
//! Word lists live in `data/` and are parsed once; numbers come from
//! `marsad_quantity::numeral`, so both layers read them alike.

pub mod hijri;
pub mod layer;
pub mod lexicon;
pub mod resolve;

pub use layer::{find_times, TimeLayer};
