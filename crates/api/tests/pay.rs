//! Published pay as a candidate may read it: hostile and partial values from any source.

use teamtailor_api::{PayPeriod, Salary};

fn range(min: Option<f64>, max: Option<f64>) -> Option<Salary> {
    Salary::published(min, max, Some("SEK"), Some("monthly"))
}

#[test]
fn a_full_range_is_kept_with_its_currency_and_period() {
    assert_eq!(
        Salary::published(
            Some(45_000.0),
            Some(58_000.0),
            Some(" sek "),
            Some("Monthly")
        ),
        Some(Salary {
            min: Some(45_000.0),
            max: Some(58_000.0),
            currency: "SEK".into(),
            period: Some(PayPeriod::Month),
        })
    );
}

#[test]
fn a_lone_bound_is_kept_as_that_bound() {
    let minimum = range(Some(42_000.0), None).expect("a minimum alone");
    assert_eq!(
        (minimum.min, minimum.max, minimum.exact()),
        (Some(42_000.0), None, None)
    );
    let maximum = range(None, Some(30.0)).expect("a maximum alone");
    assert_eq!((maximum.min, maximum.max), (None, Some(30.0)));
    assert_eq!(
        range(Some(3_000.0), Some(3_000.0)).and_then(|pay| pay.exact()),
        Some(3_000.0)
    );
}

#[test]
fn negative_zero_non_finite_and_absurd_amounts_are_dropped() {
    for bad in [-1.0, 0.0, f64::NAN, f64::INFINITY, 1e12] {
        assert_eq!(range(Some(bad), None), None, "{bad} alone");
        assert_eq!(
            range(Some(bad), Some(50_000.0)).map(|pay| (pay.min, pay.max)),
            Some((None, Some(50_000.0))),
            "{bad} as the minimum leaves the maximum"
        );
    }
}

#[test]
fn a_reversed_range_is_dropped_whole() {
    assert_eq!(range(Some(70_000.0), Some(55_000.0)), None);
}

#[test]
fn a_range_without_a_well_formed_currency_is_dropped() {
    for currency in [
        None,
        Some(""),
        Some("kr"),
        Some("EURO"),
        Some("€€€"),
        Some("12A"),
    ] {
        assert_eq!(
            Salary::published(Some(1_000.0), None, currency, None),
            None,
            "{currency:?}"
        );
    }
}

#[test]
fn each_periods_wire_words_read_back() {
    for period in [
        PayPeriod::Hour,
        PayPeriod::Day,
        PayPeriod::Week,
        PayPeriod::Month,
        PayPeriod::Year,
    ] {
        assert_eq!(PayPeriod::from_wire(period.wire()), Some(period));
    }
    assert_eq!(
        PayPeriod::from_wire("year"),
        Some(PayPeriod::Year),
        "Recruitee's word"
    );
    assert_eq!(PayPeriod::from_wire("per sprint"), None);
}
