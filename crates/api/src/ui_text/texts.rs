//! The table of every string the UI shows, and the small rules that pick one.

use super::{Language, PluralCategory, PluralText};
use crate::{str_search, ApiError, Provider, RemoteStatus};

/// Every string the UI shows, in one language. `{n}` stands for a number.
pub struct Texts {
    pub loading: &'static str,
    pub loading_more: &'static str,
    pub retry: &'static str,
    pub jobs_heading: &'static str,
    pub no_jobs: &'static str,
    pub no_matches: &'static str,
    pub clear_filters: &'static str,
    pub config_error_heading: &'static str,
    pub search_label: &'static str,
    pub search_placeholder: &'static str,
    pub all: &'static str,
    pub department: &'static str,
    pub location: &'static str,
    pub role: &'static str,
    pub remote: &'static str,
    pub language: &'static str,
    /// What the board's languages are called, capitalised for a list, in `Language::ALL`'s
    /// order and separated by `|` ("English|Swedish|…"): the language filter's options
    /// without the browser's `Intl.DisplayNames`, whose first use costs a phone ~50 ms.
    pub language_names: &'static str,
    pub employment_type: &'static str,
    pub start_date: &'static str,
    pub apply_by: &'static str,
    pub back_to_jobs: &'static str,
    pub apply: &'static str,
    pub application_form: &'static str,
    pub apply_form_unavailable: &'static str,
    /// Before the career-site apply link under an embedded form, for a reader whose browser
    /// shows no form (the static job pages `careers snapshot` writes).
    pub apply_form_not_showing: &'static str,
    pub job_not_found: &'static str,
    /// On a closed job's page.
    pub job_closed: &'static str,
    /// Heading of a closed job's suggestions; `{department}` is the department's name.
    pub similar_jobs: &'static str,
    /// Heading of a closed job's suggestions when it has no department.
    pub other_jobs: &'static str,
    /// Beside jobs from the cache when refreshing them failed.
    pub refresh_failed: &'static str,
    /// The result count when nothing matches, whatever the language's rule says about 0.
    pub count_none: &'static str,
    /// The result count: "{n} open position(s)".
    pub count: PluralText,
    pub show_more: &'static str,
    pub remote_fully: &'static str,
    pub remote_hybrid: &'static str,
    pub remote_temporary: &'static str,
    pub on_site: &'static str,
    pub full_time: &'static str,
    pub part_time: &'static str,
    pub temporary: &'static str,
    pub contract: &'static str,
    pub internship: &'static str,
    pub freelance: &'static str,
    pub error_network: &'static str,
    pub error_timeout: &'static str,
    pub error_unauthorized: &'static str,
    pub error_forbidden: &'static str,
    /// The source refused the board's request (a 406 from Teamtailor, a 401, 403 or 404 from a
    /// company feed): `{source}` names the source, `{setting}` the attribute to check.
    pub error_refused: &'static str,
    pub error_rate_limited: &'static str,
    pub error_server: &'static str,
    pub error_malformed: &'static str,
    /// The job page's label for published pay.
    pub pay: &'static str,
    /// The filter that keeps the jobs publishing pay.
    pub pay_published: &'static str,
    /// A pay range, `{code}` the ISO currency, `{min}` and `{max}` the amounts: what
    /// `Intl.NumberFormat(language, {style: "currency", currencyDisplay: "code"})`'s
    /// `formatRange` writes in whole units.
    pub pay_range: &'static str,
    /// One amount, as that `format` writes it.
    pub pay_amount: &'static str,
    /// A minimum alone; `{pay}` is the amount.
    pub pay_from: &'static str,
    /// A maximum alone.
    pub pay_up_to: &'static str,
    /// `{pay}` per hour, day, week, month and year, in that order, separated by `|` (one
    /// entry rather than five: each costs the widget's first view code of its own).
    pub pay_periods: &'static str,
    /// The smallest amount written with digit groups: "1,000" (so 4,200), "10.000" (4200 but
    /// 55.000). Its other characters are the separator (a text pack would drop a text that is
    /// only a space).
    pub digit_group: &'static str,
}

impl Texts {
    /// "No open positions match", "1 open position", "12 open positions"; `category` is
    /// the plural category of `count` in this table's language.
    pub fn job_count(&self, count: usize, category: PluralCategory) -> String {
        match count {
            0 => self.count_none.to_owned(),
            _ => self.count.with_count(count, category),
        }
    }

    /// What language `code` (one of the board's, as it writes its code) is called in this
    /// table's language; `None` for any other code.
    pub fn language_name(&self, code: &str) -> Option<&'static str> {
        let at = Language::ALL
            .iter()
            .position(|language| language.code() == code)?;
        self.language_names.split('|').nth(at)
    }

    /// The "show more" button's text.
    pub fn show_more(&self, next: usize) -> String {
        str_search::fill(self.show_more, "n", &next.to_string())
    }

    /// The heading of a closed job's suggestions: jobs in its department, or other jobs.
    pub fn suggestions_heading(&self, department: Option<&str>) -> String {
        match department {
            Some(name) => str_search::fill(self.similar_jobs, "department", name),
            None => self.other_jobs.to_owned(),
        }
    }

    /// The badge for a remote status; on-site jobs get none.
    pub fn remote_label(&self, status: &RemoteStatus) -> Option<&'static str> {
        match status {
            RemoteStatus::Fully => Some(self.remote_fully),
            RemoteStatus::Hybrid => Some(self.remote_hybrid),
            RemoteStatus::Temporary => Some(self.remote_temporary),
            RemoteStatus::OnSite | RemoteStatus::Other(_) => None,
        }
    }

    /// The remote facet's option text for a wire value.
    pub fn remote_wire_label(&self, wire: &str) -> String {
        match wire {
            "none" => self.on_site.to_owned(),
            other => self
                .remote_label(&RemoteStatus::from_wire(Some(other)))
                .map(str::to_owned)
                .unwrap_or_else(|| other.to_owned()),
        }
    }

    /// Teamtailor's employment-type values in words; unknown values shown as sent (trimmed).
    /// Feeds also write `Full-time` and `FULL_TIME`, so ASCII case and hyphens are ignored.
    pub fn employment_type_label(&self, wire: &str) -> String {
        let sent = wire.trim();
        let canonical: String = sent
            .chars()
            .map(|c| {
                if c == '-' {
                    '_'
                } else {
                    c.to_ascii_lowercase()
                }
            })
            .collect();
        let label = match canonical.as_str() {
            "fulltime" | "full_time" => self.full_time,
            "parttime" | "part_time" => self.part_time,
            "temporary" => self.temporary,
            "contract" | "contractor" => self.contract,
            "internship" => self.internship,
            "freelance" => self.freelance,
            _ => return sent.to_owned(),
        };
        label.to_owned()
    }

    /// What went wrong, in words a candidate understands, with what to do about it. A board
    /// reading a company feed (`source`) has neither a key nor an API version to blame.
    pub fn error_message(&self, error: &ApiError, source: Provider) -> String {
        let refused = |setting: &str| {
            let named = str_search::fill(self.error_refused, "source", source.name());
            str_search::fill(&named, "setting", setting)
        };
        let text = match error {
            ApiError::Network(_) => self.error_network,
            ApiError::Timeout => self.error_timeout,
            ApiError::BadVersion if source == Provider::Teamtailor => {
                return refused("data-api-version")
            }
            ApiError::Unauthorized if source == Provider::Teamtailor => self.error_unauthorized,
            ApiError::Forbidden if source == Provider::Teamtailor => self.error_forbidden,
            // Teamtailor answers 404 only for a job asked for by id.
            ApiError::NotFound if source == Provider::Teamtailor => self.job_not_found,
            // An unknown SmartRecruiters company is an empty list, so its 404 is a wrong base.
            ApiError::NotFound if source == Provider::SmartRecruiters => {
                return refused("data-api-base")
            }
            ApiError::Unauthorized
            | ApiError::Forbidden
            | ApiError::NotFound
            | ApiError::BadVersion => return refused("data-company"),
            ApiError::RateLimited { .. } => self.error_rate_limited,
            ApiError::Server { .. } | ApiError::UnexpectedStatus { .. } => self.error_server,
            ApiError::Malformed(_) => self.error_malformed,
        };
        text.to_owned()
    }
}

/// Writes [`Texts::entries`] and [`Texts::from_entries`] from one list of the plain fields,
/// so a text pack and a table can never disagree on a name.
macro_rules! text_fields {
    ($($field:ident),* $(,)?) => {
        impl Texts {
            /// Every string of the table with its field's name (`count.few` for a plural form
            /// it has): what tests compare and what a text pack holds.
            pub fn entries(&self) -> Vec<(&'static str, &'static str)> {
                // No `..`: a field added to `Texts` but not listed does not compile.
                let Texts { count, $($field),* } = self;
                let PluralText { one, few, many, other } = count;
                let mut entries = vec![$((stringify!($field), *$field)),*];
                let forms = [
                    ("count.one", Some(*one)),
                    ("count.few", *few),
                    ("count.many", *many),
                    ("count.other", Some(*other)),
                ];
                entries.extend(forms.into_iter().filter_map(|(key, text)| Some((key, text?))));
                entries
            }

            /// The table whose entries `text_of` gives by name, or the first name it lacks
            /// (`count.few` and `count.many` may be absent).
            pub fn from_entries(
                text_of: impl Fn(&str) -> Option<&'static str>,
            ) -> Result<Texts, &'static str> {
                let read = |name: &'static str| text_of(name).ok_or(name);
                Ok(Texts {
                    $($field: read(stringify!($field))?,)*
                    count: PluralText {
                        one: read("count.one")?,
                        few: text_of("count.few"),
                        many: text_of("count.many"),
                        other: read("count.other")?,
                    },
                })
            }
        }
    };
}

text_fields!(
    loading,
    loading_more,
    retry,
    jobs_heading,
    no_jobs,
    no_matches,
    clear_filters,
    config_error_heading,
    search_label,
    search_placeholder,
    all,
    department,
    location,
    role,
    remote,
    language,
    language_names,
    employment_type,
    start_date,
    apply_by,
    back_to_jobs,
    apply,
    application_form,
    apply_form_unavailable,
    apply_form_not_showing,
    job_not_found,
    job_closed,
    similar_jobs,
    other_jobs,
    refresh_failed,
    count_none,
    show_more,
    remote_fully,
    remote_hybrid,
    remote_temporary,
    on_site,
    full_time,
    part_time,
    temporary,
    contract,
    internship,
    freelance,
    error_network,
    error_timeout,
    error_unauthorized,
    error_forbidden,
    error_refused,
    error_rate_limited,
    error_server,
    error_malformed,
    pay,
    pay_published,
    pay_range,
    pay_amount,
    pay_from,
    pay_up_to,
    pay_periods,
    digit_group,
);
