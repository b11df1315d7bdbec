//! Date arithmetic for the demo data, so timestamps need no date crate.

const SECONDS_PER_DAY: i64 = 86_400;
/// The real API writes times in the account's zone; the demo company sits in Stockholm (CEST).
const ZONE_OFFSET_SECONDS: i64 = 2 * 3_600;

/// Days since 1970-01-01 of a proleptic Gregorian date (Howard Hinnant's algorithm).
pub const fn days_from_civil(year: i64, month: i64, day: i64) -> i64 {
    let y = if month <= 2 { year - 1 } else { year };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let year_of_era = y - era * 400;
    let month_from_march = if month > 2 { month - 3 } else { month + 9 };
    let day_of_year = (153 * month_from_march + 2) / 5 + day - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

/// The (year, month, day) of a day count since 1970-01-01.
fn civil_from_days(days: i64) -> (i64, i64, i64) {
    let z = days + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let day_of_era = z - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1_460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let mp = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    (year, month, day)
}

/// `YYYY-MM-DD` of a Unix timestamp, in the demo company's zone.
pub fn format_date(epoch_secs: i64) -> String {
    let local = epoch_secs + ZONE_OFFSET_SECONDS;
    let (year, month, day) = civil_from_days(local.div_euclid(SECONDS_PER_DAY));
    format!("{year:04}-{month:02}-{day:02}")
}

/// RFC 3339 with milliseconds and a `+02:00` offset, the way the real API writes timestamps.
pub fn format_rfc3339(epoch_secs: i64) -> String {
    let local = epoch_secs + ZONE_OFFSET_SECONDS;
    let seconds_of_day = local.rem_euclid(SECONDS_PER_DAY);
    let (hour, minute, second) = (
        seconds_of_day / 3_600,
        seconds_of_day % 3_600 / 60,
        seconds_of_day % 60,
    );
    format!(
        "{}T{hour:02}:{minute:02}:{second:02}.000+02:00",
        format_date(epoch_secs)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn civil_dates_round_trip_through_day_counts() {
        assert_eq!(days_from_civil(1970, 1, 1), 0);
        assert_eq!(days_from_civil(2024, 2, 29), 19_782);
        assert_eq!(civil_from_days(19_782), (2024, 2, 29));
    }

    #[test]
    fn timestamps_are_written_in_the_company_zone() {
        let noon_utc = days_from_civil(2025, 5, 31) * SECONDS_PER_DAY + 23 * 3_600;
        assert_eq!(format_rfc3339(noon_utc), "2025-06-01T01:00:00.000+02:00");
        assert_eq!(format_date(noon_utc), "2025-06-01");
    }
}
