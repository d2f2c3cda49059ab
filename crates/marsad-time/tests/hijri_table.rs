//! The Umm al-Qura conversion against the published table of month starts
//! in shared/data/time/hijri, for every month of 1400–1450 AH, both ways,
//! with the month lengths. Every month must agree exactly.

use marsad_core::Date;
use marsad_time::hijri;

/// `shared/` beside the repository (the crate is at `crates/marsad-time`).
const TABLE: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../../../shared/data/time/hijri/ummalqura_month_starts.tsv"
);

#[test]
fn month_starts_1400_to_1450_match_the_table() {
    let Ok(text) = std::fs::read_to_string(TABLE) else {
        eprintln!("skipped: {TABLE} is absent");
        return;
    };
    let mut checked = 0;
    for line in text.lines().skip(1) {
        let f: Vec<&str> = line.split('\t').collect();
        let (y, m, len): (i32, u32, u32) = (
            f[0].parse().unwrap(),
            f[1].parse().unwrap(),
            f[2].parse().unwrap(),
        );
        if !(1400..=1450).contains(&y) {
            continue;
        }
        checked += 1;
        let first = Date::parse(f[3]).unwrap();
        assert_eq!(hijri::to_gregorian(y, m, 1), Some(first), "1 {m}/{y} AH");
        assert_eq!(hijri::from_gregorian(first), Some((y, m, 1)), "{first}");
        assert_eq!(hijri::month_length(y, m), Some(len), "length of {m}/{y} AH");
        let last = first.add_days(i64::from(len) - 1);
        assert_eq!(hijri::from_gregorian(last), Some((y, m, len)), "{last}");
        assert_eq!(
            hijri::to_gregorian(y, m, len + 1),
            None,
            "{m}/{y} AH has {len} days"
        );
    }
    assert_eq!(
        checked,
        51 * 12,
        "every month of 1400–1450 AH is in the table"
    );
    eprintln!("Hijri 1400–1450 AH: all {checked} month starts and lengths agree with the table");
}
