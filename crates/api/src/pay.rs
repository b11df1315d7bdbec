//! Published pay: the range a source states, kept only when a candidate could read it without
//! being misled. One rule set for every source, the widget and the CLI's pages.

/// How often the published amount is paid.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PayPeriod {
    Hour,
    Day,
    Week,
    Month,
    Year,
}

impl PayPeriod {
    /// Teamtailor's `salary-time-unit` (`hourly` … `yearly`), Recruitee's `period` (`hour` …
    /// `year`), and the snapshot's own words; `None` for anything else.
    pub fn from_wire(text: &str) -> Option<Self> {
        Some(match text.trim().to_ascii_lowercase().as_str() {
            "hour" | "hourly" => Self::Hour,
            "day" | "daily" => Self::Day,
            "week" | "weekly" => Self::Week,
            "month" | "monthly" => Self::Month,
            "year" | "yearly" | "annual" | "annually" => Self::Year,
            _ => return None,
        })
    }

    /// The snapshot's word for it (what [`PayPeriod::from_wire`] reads back).
    pub fn wire(self) -> &'static str {
        match self {
            Self::Hour => "hourly",
            Self::Day => "daily",
            Self::Week => "weekly",
            Self::Month => "monthly",
            Self::Year => "yearly",
        }
    }

    /// schema.org's `unitText` for a `QuantitativeValue` of pay.
    pub fn unit_text(self) -> &'static str {
        match self {
            Self::Hour => "HOUR",
            Self::Day => "DAY",
            Self::Week => "WEEK",
            Self::Month => "MONTH",
            Self::Year => "YEAR",
        }
    }
}

/// A pay range as published: at least one bound, a currency code, maybe a period. Build it
/// with [`Salary::published`], which drops what would mislead.
#[derive(Clone, Debug, PartialEq)]
pub struct Salary {
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// ISO 4217-shaped: three upper-case ASCII letters.
    pub currency: String,
    pub period: Option<PayPeriod>,
}

/// Above this, an amount is a typo or a unit mix-up (öre, cents) in any currency and period
/// a board would publish; 10⁹ still admits yearly pay in the currencies with the most digits.
const ABSURD_AMOUNT: f64 = 1e9;

impl Salary {
    /// The range as a candidate may read it, or `None`:
    /// - a bound that is not a positive, finite, plausible number is left out;
    /// - a range whose minimum exceeds its maximum is dropped whole (which bound is wrong?);
    /// - a currency that is not three ASCII letters drops the range (a figure with no
    ///   currency says nothing);
    /// - an unknown period is left out; the amounts still stand.
    pub fn published(
        min: Option<f64>,
        max: Option<f64>,
        currency: Option<&str>,
        period: Option<&str>,
    ) -> Option<Self> {
        let sane = |amount: Option<f64>| {
            amount.filter(|a| a.is_finite() && *a > 0.0 && *a < ABSURD_AMOUNT)
        };
        let (min, max) = (sane(min), sane(max));
        if min.is_none() && max.is_none() {
            return None;
        }
        if let (Some(min), Some(max)) = (min, max) {
            if min > max {
                return None;
            }
        }
        let currency = currency?.trim();
        if currency.len() != 3 || !currency.bytes().all(|b| b.is_ascii_alphabetic()) {
            return None;
        }
        Some(Self {
            min,
            max,
            currency: currency.to_ascii_uppercase(),
            period: period.and_then(PayPeriod::from_wire),
        })
    }

    /// One figure: both bounds equal, so the pay is exact.
    pub fn exact(&self) -> Option<f64> {
        match (self.min, self.max) {
            (Some(min), Some(max)) if min == max => Some(min),
            _ => None,
        }
    }
}
