//! Published pay in words: "SEK 55,000–70,000 a month", "från 42 000 SEK/år". The same text
//! on the widget's rows and the snapshot's prerendered ones, so a takeover changes nothing;
//! the tables' patterns write what `Intl.NumberFormat` writes for the currency's code in whole
//! units (the widget's tests compare the two in the browser).

use super::Texts;
use crate::pay::{PayPeriod, Salary};
use crate::str_search::fill;

impl Texts {
    /// The pay as a candidate reads it: the range, a lone bound as "from"/"up to", and the
    /// period in words when it is published.
    pub fn pay_text(&self, salary: &Salary) -> String {
        let code = salary.currency.as_str();
        let (min, max) = (
            salary.min.map(|v| self.amount(v)),
            salary.max.map(|v| self.amount(v)),
        );
        let pay = match (min, max) {
            (Some(min), Some(max)) if min != max => fill(
                &fill(&fill(self.pay_range, "code", code), "min", &min),
                "max",
                &max,
            ),
            (Some(one), Some(_)) => self.one_amount(code, &one),
            (Some(min), None) => fill(self.pay_from, "pay", &self.one_amount(code, &min)),
            (None, Some(max)) => fill(self.pay_up_to, "pay", &self.one_amount(code, &max)),
            (None, None) => return String::new(),
        };
        match salary.period {
            Some(period) => fill(self.per_period(period), "pay", &pay),
            None => pay,
        }
    }

    fn one_amount(&self, code: &str, amount: &str) -> String {
        fill(&fill(self.pay_amount, "code", code), "n", amount)
    }

    fn per_period(&self, period: PayPeriod) -> &'static str {
        let at = match period {
            PayPeriod::Hour => 0,
            PayPeriod::Day => 1,
            PayPeriod::Week => 2,
            PayPeriod::Month => 3,
            PayPeriod::Year => 4,
        };
        self.pay_periods.split('|').nth(at).unwrap_or("{pay}")
    }

    /// A whole amount (half away from zero, as `Intl` rounds) with the language's digit
    /// groups.
    fn amount(&self, value: f64) -> String {
        // `Salary::published` keeps amounts below 10⁹: they fit a u64 exactly.
        let digits = (value.round() as u64).to_string();
        let sample = self.digit_group;
        let group_from = sample.chars().filter(char::is_ascii_digit).count();
        if digits.len() < group_from {
            return digits;
        }
        let separator: String = sample.chars().filter(|c| !c.is_ascii_digit()).collect();
        let mut grouped = String::with_capacity(digits.len() * 2);
        for (at, digit) in digits.chars().enumerate() {
            if at > 0 && (digits.len() - at).is_multiple_of(3) {
                grouped.push_str(&separator);
            }
            grouped.push(digit);
        }
        grouped
    }
}
