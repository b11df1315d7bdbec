//! Timestamps from the job feeds as the board's one format: RFC 3339 in UTC
//! (`2026-09-23T09:10:19Z`), so jobs of any provider sort correctly as text.
//!
//! Recruitee writes `2026-09-23 09:10:19 UTC`; SmartRecruiters writes ISO 8601, sometimes with
//! milliseconds or an offset. A value that is neither is dropped rather than passed on, since
//! the board sorts and formats dates as if they were valid.

/// A feed timestamp as `YYYY-MM-DDTHH:MM:SSZ`, or `None` when it cannot be read.
pub(crate) fn utc_timestamp(value: &str) -> Option<String> {
    let value = value.trim();
    let (date, rest) = (value.get(..10)?, value.get(10..)?);
    let (year, month, day) = calendar_date(date)?;
    // Recruitee separates date and time with a space, ISO 8601 with a `T`.
    let rest = rest.strip_prefix([' ', 'T'])?;
    let (hour, minute, second) = clock_time(rest.get(..8)?)?;
    let zone = skip_fraction(&rest[8..]).trim();
    let offset_minutes = zone_offset_minutes(zone)?;
    let seconds = days_since_epoch(year, month, day) * 86_400
        + i64::from(hour) * 3600
        + i64::from(minute) * 60
        + i64::from(second)
        - offset_minutes * 60;
    Some(format_utc(seconds))
}

/// The `YYYY-MM-DD` date at the start of a feed value (a date or a timestamp), if valid.
pub(crate) fn calendar_day(value: &str) -> Option<String> {
    let date = value.trim().get(..10)?;
    calendar_date(date).map(|_| date.to_owned())
}

fn calendar_date(date: &str) -> Option<(i64, u32, u32)> {
    let bytes = date.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year: i64 = digits(&date[..4])?.into();
    let month = digits(&date[5..7])?;
    let day = digits(&date[8..10])?;
    ((1..=12).contains(&month) && (1..=days_in_month(year, month)).contains(&day))
        .then_some((year, month, day))
}

fn clock_time(time: &str) -> Option<(u32, u32, u32)> {
    let bytes = time.as_bytes();
    if bytes.len() != 8 || bytes[2] != b':' || bytes[5] != b':' {
        return None;
    }
    let (hour, minute, second) = (
        digits(&time[..2])?,
        digits(&time[3..5])?,
        digits(&time[6..8])?,
    );
    (hour < 24 && minute < 60 && second < 60).then_some((hour, minute, second))
}

fn skip_fraction(rest: &str) -> &str {
    match rest.strip_prefix('.') {
        Some(fraction) => fraction.trim_start_matches(|c: char| c.is_ascii_digit()),
        None => rest,
    }
}

/// `UTC`, `Z` or an empty zone are UTC; `+HH:MM`, `+HHMM` and `+HH` are offsets from it.
fn zone_offset_minutes(zone: &str) -> Option<i64> {
    if zone.is_empty() || zone == "Z" || zone == "UTC" {
        return Some(0);
    }
    let (sign, hours_minutes) = match zone.as_bytes().first()? {
        b'+' => (1, &zone[1..]),
        b'-' => (-1, &zone[1..]),
        _ => return None,
    };
    let compact = hours_minutes.replace(':', "");
    let (hours, minutes) = match compact.len() {
        2 => (digits(&compact)?, 0),
        4 => (digits(compact.get(..2)?)?, digits(compact.get(2..)?)?),
        _ => return None,
    };
    (hours < 24 && minutes < 60).then(|| sign * i64::from(hours * 60 + minutes))
}

fn digits(text: &str) -> Option<u32> {
    text.bytes()
        .all(|byte| byte.is_ascii_digit())
        .then(|| text.parse().ok())
        .flatten()
}

fn is_leap(year: i64) -> bool {
    (year % 4 == 0 && year % 100 != 0) || year % 400 == 0
}

fn days_in_month(year: i64, month: u32) -> u32 {
    match month {
        2 if is_leap(year) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days from 1970-01-01 to the given civil date (proleptic Gregorian).
fn days_since_epoch(year: i64, month: u32, day: u32) -> i64 {
    let year = if month <= 2 { year - 1 } else { year };
    let era = year.div_euclid(400);
    let year_of_era = year - era * 400;
    let month_index = i64::from((month + 9) % 12);
    let day_of_year = (153 * month_index + 2) / 5 + i64::from(day) - 1;
    let day_of_era = year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + day_of_year;
    era * 146_097 + day_of_era - 719_468
}

fn format_utc(seconds: i64) -> String {
    let days = seconds.div_euclid(86_400);
    let second_of_day = seconds.rem_euclid(86_400);
    // The inverse of `days_since_epoch`.
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted - era * 146_097;
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        second_of_day / 3600,
        second_of_day % 3600 / 60,
        second_of_day % 60
    )
}

#[cfg(test)]
mod tests {
    use super::{calendar_day, utc_timestamp};

    #[test]
    fn recruitee_utc_timestamps_become_rfc3339() {
        assert_eq!(
            utc_timestamp("2026-09-23 09:10:19 UTC").as_deref(),
            Some("2026-09-23T09:10:19Z")
        );
    }

    #[test]
    fn offsets_are_converted_to_utc_across_day_and_year_boundaries() {
        assert_eq!(
            utc_timestamp("2027-01-01 01:30:00 +0200").as_deref(),
            Some("2026-12-31T23:30:00Z")
        );
        assert_eq!(
            utc_timestamp("2024-02-28T22:00:00-05:00").as_deref(),
            Some("2024-02-29T03:00:00Z")
        );
    }

    #[test]
    fn iso_timestamps_with_milliseconds_keep_their_second() {
        assert_eq!(
            utc_timestamp("2026-10-01T08:00:00.123Z").as_deref(),
            Some("2026-10-01T08:00:00Z")
        );
    }

    #[test]
    fn impossible_or_unreadable_timestamps_are_dropped() {
        for value in [
            "2026-02-29 10:00:00 UTC",
            "2026-13-01 10:00:00 UTC",
            "2026-09-23 24:00:00 UTC",
            "23/09/2026 09:10",
            "2026-09-23 09:10:19 CEST",
            "2026-09-23",
            "2026-09-23 09:10:19 +1é1",
            "",
        ] {
            assert_eq!(utc_timestamp(value), None, "{value}");
        }
    }

    #[test]
    fn a_calendar_day_is_read_from_a_date_or_a_timestamp() {
        assert_eq!(
            calendar_day("2026-12-31 23:59:59 UTC").as_deref(),
            Some("2026-12-31")
        );
        assert_eq!(calendar_day("2026-12-31").as_deref(), Some("2026-12-31"));
        assert_eq!(calendar_day("31.12.2026"), None);
    }
}
