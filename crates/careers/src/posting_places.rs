//! Where the jobs are, for their JobPosting: the options that fill what the source leaves
//! out, and `--default-location`'s "City, CC".

use clap::Args;
use teamtailor_api::{Job, Location, PostingContext, PostingGap};

/// What fills the places a job's JobPosting needs where its source says nothing.
#[derive(Clone, Debug, Default, Args)]
pub struct PostingPlaces {
    /// Countries a fully remote job may be done from (JobPosting applicantLocationRequirements),
    /// comma-separated, for jobs whose locations name no country: ISO codes (SE,NO), or names
    /// the CLI turns into codes where it knows them.
    #[arg(long, value_delimiter = ',')]
    pub remote_countries: Vec<String>,
    /// The company's country (ISO code or name): the country of a location that names none,
    /// and where fully remote jobs may be done from when neither their locations nor
    /// --remote-countries say.
    #[arg(long)]
    pub company_country: Option<String>,
    /// "City, CC": the place of jobs that have no location (else they get no JobPosting).
    #[arg(long, value_parser = parse_default_location)]
    pub default_location: Option<Location>,
}

impl PostingPlaces {
    /// A posting context for `job` on a page at `page_url`; the other fields as for a
    /// check that builds no page (doctor's), which only `datePosted`'s fallback affects.
    pub fn context<'a>(
        &'a self,
        company_name: &'a str,
        page_url: &'a str,
        description_html: &'a str,
        fallback_date: Option<&'a str>,
    ) -> PostingContext<'a> {
        PostingContext {
            company_name,
            company_url: None,
            page_url,
            description_html,
            fallback_date,
            remote_countries: &self.remote_countries,
            company_country: self.company_country.as_deref(),
            default_location: self.default_location.as_ref(),
        }
    }

    /// Why `job` gets no JobPosting with these options, in a snapshot taken now.
    pub fn gap_of(&self, job: &Job, generated_at: &str) -> Option<PostingGap> {
        teamtailor_api::posting_gap(job, &self.context("", "", "", Some(generated_at)))
    }
}

/// `--default-location "City, CC"`: the city, then after the last comma a country code
/// (two letters) or a country name.
pub fn parse_default_location(value: &str) -> Result<Location, String> {
    let (city, country) = value
        .rsplit_once(',')
        .map(|(city, country)| (city.trim(), country.trim()))
        .filter(|(city, country)| !city.is_empty() && !country.is_empty())
        .ok_or_else(|| format!("expected \"City, CC\" (e.g. \"Göteborg, SE\"), got {value:?}"))?;
    let code = (country.len() == 2 && country.bytes().all(|b| b.is_ascii_alphabetic()))
        .then(|| country.to_ascii_uppercase());
    Ok(Location {
        id: String::new(),
        name: value.trim().to_owned(),
        city: Some(city.to_owned()),
        country: code.is_none().then(|| country.to_owned()),
        country_code: code,
    })
}
