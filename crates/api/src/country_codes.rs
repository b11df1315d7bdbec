//! Country names as Teamtailor's locations give them ("Sweden", "Sverige", "UK"), mapped to
//! ISO 3166-1 alpha-2 codes, which Google recommends for a JobPosting's `addressCountry`.
//!
//! Only the native publisher compiles this (cargo feature `country-names`): 531 names, 7.6 KB
//! of text plus the slice, that the widget's first view has no room for; without the table a
//! name is still a valid `addressCountry`.
//!
//! Where the names come from: every entry's `name`, `common_name` and `official_name` in
//! Debian's iso-codes 4.15.0 (`/usr/share/iso-codes/json/iso_3166-1.json`, all 249
//! countries), plus common English alternates ("USA", "UK", "Great Britain", "Holland",
//! "Czech Republic", "Ivory Coast") and the own-language names, in Latin script, of European
//! countries (with accent-free spellings: "Österreich", "Osterreich"). Non-Latin endonyms
//! (Ελλάδα, България) and other languages' names for foreign countries (Swedish "Tyskland")
//! are not listed; such a name stays as it is, which Google also accepts.

/// Lower-case names and their codes, sorted by name (byte order) for the binary search.
/// A leading "the " is never part of a name: the lookup drops it.
#[rustfmt::skip]
static COUNTRY_NAMES: &[(&str, &str)] = &[
    ("afghanistan", "AF"), ("aland islands", "AX"), ("albania", "AL"), ("algeria", "DZ"),
    ("america", "US"), ("american samoa", "AS"), ("andorra", "AD"), ("angola", "AO"),
    ("anguilla", "AI"), ("antarctica", "AQ"), ("antigua and barbuda", "AG"),
    ("arab republic of egypt", "EG"), ("argentina", "AR"), ("argentine republic", "AR"),
    ("armenia", "AM"), ("aruba", "AW"), ("australia", "AU"), ("austria", "AT"),
    ("azerbaijan", "AZ"), ("bahamas", "BS"), ("bahrain", "BH"), ("bangladesh", "BD"),
    ("barbados", "BB"), ("belarus", "BY"), ("belgie", "BE"), ("belgien", "BE"), ("belgique", "BE"),
    ("belgium", "BE"), ("belgië", "BE"), ("belize", "BZ"), ("benin", "BJ"), ("bermuda", "BM"),
    ("bhutan", "BT"), ("bolivarian republic of venezuela", "VE"), ("bolivia", "BO"),
    ("bolivia, plurinational state of", "BO"), ("bonaire, sint eustatius and saba", "BQ"),
    ("bosna i hercegovina", "BA"), ("bosnia and herzegovina", "BA"), ("botswana", "BW"),
    ("bouvet island", "BV"), ("brazil", "BR"), ("britain", "GB"),
    ("british indian ocean territory", "IO"), ("british virgin islands", "VG"), ("brunei", "BN"),
    ("brunei darussalam", "BN"), ("bulgaria", "BG"), ("burkina faso", "BF"), ("burma", "MM"),
    ("burundi", "BI"), ("cabo verde", "CV"), ("cambodia", "KH"), ("cameroon", "CM"),
    ("canada", "CA"), ("cape verde", "CV"), ("cayman islands", "KY"),
    ("central african republic", "CF"), ("ceska republika", "CZ"), ("cesko", "CZ"), ("chad", "TD"),
    ("chile", "CL"), ("china", "CN"), ("christmas island", "CX"), ("città del vaticano", "VA"),
    ("cocos (keeling) islands", "CC"), ("colombia", "CO"), ("commonwealth of dominica", "DM"),
    ("commonwealth of the bahamas", "BS"), ("commonwealth of the northern mariana islands", "MP"),
    ("comoros", "KM"), ("congo", "CG"), ("congo, the democratic republic of the", "CD"),
    ("congo-brazzaville", "CG"), ("congo-kinshasa", "CD"), ("cook islands", "CK"),
    ("costa rica", "CR"), ("cote d'ivoire", "CI"), ("crna gora", "ME"), ("croatia", "HR"),
    ("cuba", "CU"), ("curacao", "CW"), ("curaçao", "CW"), ("cyprus", "CY"),
    ("czech republic", "CZ"), ("czechia", "CZ"), ("côte d'ivoire", "CI"), ("danmark", "DK"),
    ("democratic people's republic of korea", "KP"),
    ("democratic republic of sao tome and principe", "ST"),
    ("democratic republic of the congo", "CD"), ("democratic republic of timor-leste", "TL"),
    ("democratic socialist republic of sri lanka", "LK"), ("denmark", "DK"), ("deutschland", "DE"),
    ("djibouti", "DJ"), ("dominica", "DM"), ("dominican republic", "DO"), ("dr congo", "CD"),
    ("east timor", "TL"), ("eastern republic of uruguay", "UY"), ("ecuador", "EC"), ("eesti", "EE"),
    ("egypt", "EG"), ("eire", "IE"), ("el salvador", "SV"), ("ellada", "GR"), ("england", "GB"),
    ("equatorial guinea", "GQ"), ("eritrea", "ER"), ("espana", "ES"), ("españa", "ES"),
    ("estonia", "EE"), ("eswatini", "SZ"), ("ethiopia", "ET"), ("falkland islands", "FK"),
    ("falkland islands (malvinas)", "FK"), ("faroe islands", "FO"),
    ("federal democratic republic of ethiopia", "ET"),
    ("federal democratic republic of nepal", "NP"), ("federal republic of germany", "DE"),
    ("federal republic of nigeria", "NG"), ("federal republic of somalia", "SO"),
    ("federated states of micronesia", "FM"), ("federative republic of brazil", "BR"),
    ("fiji", "FJ"), ("finland", "FI"), ("france", "FR"), ("french guiana", "GF"),
    ("french polynesia", "PF"), ("french republic", "FR"), ("french southern territories", "TF"),
    ("føroyar", "FO"), ("gabon", "GA"), ("gabonese republic", "GA"), ("gambia", "GM"),
    ("georgia", "GE"), ("germany", "DE"), ("ghana", "GH"), ("gibraltar", "GI"),
    ("grand duchy of luxembourg", "LU"), ("great britain", "GB"), ("greece", "GR"),
    ("greenland", "GL"), ("grenada", "GD"), ("guadeloupe", "GP"), ("guam", "GU"),
    ("guatemala", "GT"), ("guernsey", "GG"), ("guinea", "GN"), ("guinea-bissau", "GW"),
    ("guyana", "GY"), ("haiti", "HT"), ("hashemite kingdom of jordan", "JO"),
    ("heard island and mcdonald islands", "HM"), ("hellas", "GR"), ("hellenic republic", "GR"),
    ("holland", "NL"), ("holy see", "VA"), ("holy see (vatican city state)", "VA"),
    ("honduras", "HN"), ("hong kong", "HK"),
    ("hong kong special administrative region of china", "HK"), ("hrvatska", "HR"),
    ("hungary", "HU"), ("iceland", "IS"), ("independent state of papua new guinea", "PG"),
    ("independent state of samoa", "WS"), ("india", "IN"), ("indonesia", "ID"), ("iran", "IR"),
    ("iran, islamic republic of", "IR"), ("iraq", "IQ"), ("ireland", "IE"),
    ("islamic republic of afghanistan", "AF"), ("islamic republic of iran", "IR"),
    ("islamic republic of mauritania", "MR"), ("islamic republic of pakistan", "PK"),
    ("island", "IS"), ("isle of man", "IM"), ("israel", "IL"), ("italia", "IT"),
    ("italian republic", "IT"), ("italy", "IT"), ("ivory coast", "CI"), ("jamaica", "JM"),
    ("japan", "JP"), ("jersey", "JE"), ("jordan", "JO"), ("kalaallit nunaat", "GL"),
    ("kazakhstan", "KZ"), ("kenya", "KE"), ("kingdom of bahrain", "BH"),
    ("kingdom of belgium", "BE"), ("kingdom of bhutan", "BT"), ("kingdom of cambodia", "KH"),
    ("kingdom of denmark", "DK"), ("kingdom of eswatini", "SZ"), ("kingdom of lesotho", "LS"),
    ("kingdom of morocco", "MA"), ("kingdom of norway", "NO"), ("kingdom of saudi arabia", "SA"),
    ("kingdom of spain", "ES"), ("kingdom of sweden", "SE"), ("kingdom of thailand", "TH"),
    ("kingdom of the netherlands", "NL"), ("kingdom of tonga", "TO"), ("kiribati", "KI"),
    ("korea, democratic people's republic of", "KP"), ("korea, republic of", "KR"),
    ("kuwait", "KW"), ("kyrgyz republic", "KG"), ("kyrgyzstan", "KG"),
    ("lao people's democratic republic", "LA"), ("laos", "LA"), ("latvia", "LV"), ("latvija", "LV"),
    ("lebanese republic", "LB"), ("lebanon", "LB"), ("lesotho", "LS"), ("liberia", "LR"),
    ("libya", "LY"), ("liechtenstein", "LI"), ("lietuva", "LT"), ("lithuania", "LT"),
    ("luxembourg", "LU"), ("luxemburg", "LU"), ("lëtzebuerg", "LU"), ("macao", "MO"),
    ("macao special administrative region of china", "MO"), ("macau", "MO"), ("macedonia", "MK"),
    ("madagascar", "MG"), ("magyarorszag", "HU"), ("magyarország", "HU"), ("malawi", "MW"),
    ("malaysia", "MY"), ("maldives", "MV"), ("mali", "ML"), ("malta", "MT"),
    ("marshall islands", "MH"), ("martinique", "MQ"), ("mauritania", "MR"), ("mauritius", "MU"),
    ("mayotte", "YT"), ("mexico", "MX"), ("micronesia", "FM"),
    ("micronesia, federated states of", "FM"), ("moldova", "MD"), ("moldova, republic of", "MD"),
    ("monaco", "MC"), ("mongolia", "MN"), ("montenegro", "ME"), ("montserrat", "MS"),
    ("morocco", "MA"), ("mozambique", "MZ"), ("myanmar", "MM"), ("namibia", "NA"), ("nauru", "NR"),
    ("nederland", "NL"), ("nepal", "NP"), ("netherlands", "NL"), ("new caledonia", "NC"),
    ("new zealand", "NZ"), ("nicaragua", "NI"), ("niger", "NE"), ("nigeria", "NG"), ("niue", "NU"),
    ("noreg", "NO"), ("norfolk island", "NF"), ("norge", "NO"), ("north korea", "KP"),
    ("north macedonia", "MK"), ("northern ireland", "GB"), ("northern mariana islands", "MP"),
    ("norway", "NO"), ("oesterreich", "AT"), ("oman", "OM"), ("osterreich", "AT"),
    ("pakistan", "PK"), ("palau", "PW"), ("palestine", "PS"), ("palestine, state of", "PS"),
    ("panama", "PA"), ("papua new guinea", "PG"), ("paraguay", "PY"),
    ("people's democratic republic of algeria", "DZ"), ("people's republic of bangladesh", "BD"),
    ("people's republic of china", "CN"), ("peru", "PE"), ("philippines", "PH"), ("pitcairn", "PN"),
    ("pitcairn islands", "PN"), ("plurinational state of bolivia", "BO"), ("poland", "PL"),
    ("polska", "PL"), ("portugal", "PT"), ("portuguese republic", "PT"),
    ("principality of andorra", "AD"), ("principality of liechtenstein", "LI"),
    ("principality of monaco", "MC"), ("puerto rico", "PR"), ("qatar", "QA"),
    ("republic of albania", "AL"), ("republic of angola", "AO"), ("republic of armenia", "AM"),
    ("republic of austria", "AT"), ("republic of azerbaijan", "AZ"), ("republic of belarus", "BY"),
    ("republic of benin", "BJ"), ("republic of bosnia and herzegovina", "BA"),
    ("republic of botswana", "BW"), ("republic of bulgaria", "BG"), ("republic of burundi", "BI"),
    ("republic of cabo verde", "CV"), ("republic of cameroon", "CM"), ("republic of chad", "TD"),
    ("republic of chile", "CL"), ("republic of colombia", "CO"), ("republic of costa rica", "CR"),
    ("republic of croatia", "HR"), ("republic of cuba", "CU"), ("republic of cyprus", "CY"),
    ("republic of côte d'ivoire", "CI"), ("republic of djibouti", "DJ"),
    ("republic of ecuador", "EC"), ("republic of el salvador", "SV"),
    ("republic of equatorial guinea", "GQ"), ("republic of estonia", "EE"),
    ("republic of fiji", "FJ"), ("republic of finland", "FI"), ("republic of ghana", "GH"),
    ("republic of guatemala", "GT"), ("republic of guinea", "GN"),
    ("republic of guinea-bissau", "GW"), ("republic of guyana", "GY"), ("republic of haiti", "HT"),
    ("republic of honduras", "HN"), ("republic of iceland", "IS"), ("republic of india", "IN"),
    ("republic of indonesia", "ID"), ("republic of iraq", "IQ"), ("republic of kazakhstan", "KZ"),
    ("republic of kenya", "KE"), ("republic of kiribati", "KI"), ("republic of korea", "KR"),
    ("republic of latvia", "LV"), ("republic of liberia", "LR"), ("republic of lithuania", "LT"),
    ("republic of madagascar", "MG"), ("republic of malawi", "MW"), ("republic of maldives", "MV"),
    ("republic of mali", "ML"), ("republic of malta", "MT"), ("republic of mauritius", "MU"),
    ("republic of moldova", "MD"), ("republic of mozambique", "MZ"), ("republic of myanmar", "MM"),
    ("republic of namibia", "NA"), ("republic of nauru", "NR"), ("republic of nicaragua", "NI"),
    ("republic of north macedonia", "MK"), ("republic of palau", "PW"),
    ("republic of panama", "PA"), ("republic of paraguay", "PY"), ("republic of peru", "PE"),
    ("republic of poland", "PL"), ("republic of san marino", "SM"), ("republic of senegal", "SN"),
    ("republic of serbia", "RS"), ("republic of seychelles", "SC"),
    ("republic of sierra leone", "SL"), ("republic of singapore", "SG"),
    ("republic of slovenia", "SI"), ("republic of south africa", "ZA"),
    ("republic of south sudan", "SS"), ("republic of suriname", "SR"),
    ("republic of tajikistan", "TJ"), ("republic of the congo", "CG"),
    ("republic of the gambia", "GM"), ("republic of the marshall islands", "MH"),
    ("republic of the niger", "NE"), ("republic of the philippines", "PH"),
    ("republic of the sudan", "SD"), ("republic of trinidad and tobago", "TT"),
    ("republic of tunisia", "TN"), ("republic of türkiye", "TR"), ("republic of uganda", "UG"),
    ("republic of uzbekistan", "UZ"), ("republic of vanuatu", "VU"), ("republic of yemen", "YE"),
    ("republic of zambia", "ZM"), ("republic of zimbabwe", "ZW"), ("reunion", "RE"),
    ("romania", "RO"), ("românia", "RO"), ("russia", "RU"), ("russian federation", "RU"),
    ("rwanda", "RW"), ("rwandese republic", "RW"), ("réunion", "RE"), ("saint barthelemy", "BL"),
    ("saint barthélemy", "BL"), ("saint helena", "SH"),
    ("saint helena, ascension and tristan da cunha", "SH"), ("saint kitts and nevis", "KN"),
    ("saint lucia", "LC"), ("saint martin", "MF"), ("saint martin (french part)", "MF"),
    ("saint pierre and miquelon", "PM"), ("saint vincent and the grenadines", "VC"),
    ("samoa", "WS"), ("san marino", "SM"), ("sao tome and principe", "ST"), ("saudi arabia", "SA"),
    ("schweiz", "CH"), ("scotland", "GB"), ("senegal", "SN"), ("serbia", "RS"),
    ("seychelles", "SC"), ("shqiperia", "AL"), ("shqipëria", "AL"), ("sierra leone", "SL"),
    ("singapore", "SG"), ("sint maarten", "SX"), ("sint maarten (dutch part)", "SX"),
    ("slovak republic", "SK"), ("slovakia", "SK"), ("slovenia", "SI"), ("slovenija", "SI"),
    ("slovensko", "SK"), ("socialist republic of viet nam", "VN"), ("solomon islands", "SB"),
    ("somalia", "SO"), ("south africa", "ZA"),
    ("south georgia and the south sandwich islands", "GS"), ("south korea", "KR"),
    ("south sudan", "SS"), ("spain", "ES"), ("srbija", "RS"), ("sri lanka", "LK"),
    ("st kitts and nevis", "KN"), ("st lucia", "LC"), ("st vincent and the grenadines", "VC"),
    ("st. kitts and nevis", "KN"), ("st. lucia", "LC"), ("st. vincent and the grenadines", "VC"),
    ("state of eritrea", "ER"), ("state of israel", "IL"), ("state of kuwait", "KW"),
    ("state of palestine", "PS"), ("state of qatar", "QA"), ("sudan", "SD"), ("suisse", "CH"),
    ("sultanate of oman", "OM"), ("suomi", "FI"), ("suriname", "SR"),
    ("svalbard and jan mayen", "SJ"), ("sverige", "SE"), ("svizra", "CH"), ("svizzera", "CH"),
    ("swaziland", "SZ"), ("sweden", "SE"), ("swiss confederation", "CH"), ("switzerland", "CH"),
    ("syria", "SY"), ("syrian arab republic", "SY"), ("são tomé and príncipe", "ST"),
    ("taiwan", "TW"), ("taiwan, province of china", "TW"), ("tajikistan", "TJ"), ("tanzania", "TZ"),
    ("tanzania, united republic of", "TZ"), ("thailand", "TH"), ("timor-leste", "TL"),
    ("togo", "TG"), ("togolese republic", "TG"), ("tokelau", "TK"), ("tonga", "TO"),
    ("trinidad and tobago", "TT"), ("tunisia", "TN"), ("turkey", "TR"), ("turkiye", "TR"),
    ("turkmenistan", "TM"), ("turks and caicos islands", "TC"), ("tuvalu", "TV"), ("türkiye", "TR"),
    ("u.k.", "GB"), ("u.s.", "US"), ("u.s. virgin islands", "VI"), ("u.s.a.", "US"), ("uae", "AE"),
    ("uganda", "UG"), ("uk", "GB"), ("ukraine", "UA"), ("union of the comoros", "KM"),
    ("united arab emirates", "AE"), ("united kingdom", "GB"),
    ("united kingdom of great britain and northern ireland", "GB"), ("united mexican states", "MX"),
    ("united republic of tanzania", "TZ"), ("united states", "US"),
    ("united states minor outlying islands", "UM"), ("united states of america", "US"),
    ("uruguay", "UY"), ("us virgin islands", "VI"), ("usa", "US"), ("uzbekistan", "UZ"),
    ("vanuatu", "VU"), ("vatican", "VA"), ("vatican city", "VA"), ("venezuela", "VE"),
    ("venezuela, bolivarian republic of", "VE"), ("viet nam", "VN"), ("vietnam", "VN"),
    ("virgin islands of the united states", "VI"), ("virgin islands, british", "VG"),
    ("virgin islands, u.s.", "VI"), ("wales", "GB"), ("wallis and futuna", "WF"),
    ("western sahara", "EH"), ("yemen", "YE"), ("zambia", "ZM"), ("zimbabwe", "ZW"),
    ("åland", "AX"), ("åland islands", "AX"), ("éire", "IE"), ("ísland", "IS"),
    ("österreich", "AT"), ("česko", "CZ"), ("česká republika", "CZ"),
];

/// The ISO 3166-1 alpha-2 code (upper case) of a country name, or `None` for a name the
/// table does not know. Surrounding spaces, letter case and a leading "the " are ignored.
pub fn country_code_for_name(name: &str) -> Option<&'static str> {
    let name = name.trim().to_lowercase();
    let name = name.strip_prefix("the ").unwrap_or(&name).trim_start();
    COUNTRY_NAMES
        .binary_search_by(|(known, _)| (*known).cmp(name))
        .ok()
        .map(|index| COUNTRY_NAMES[index].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_without_duplicates_so_the_binary_search_finds_every_name() {
        for pair in COUNTRY_NAMES.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{:?} before {:?}", pair[0], pair[1]);
        }
        for (name, _) in COUNTRY_NAMES {
            assert_eq!(name.to_lowercase(), *name, "{name} is stored lower case");
            assert!(
                !name.starts_with("the "),
                "{name}: the lookup drops \"the \""
            );
        }
    }

    #[test]
    fn every_code_is_two_upper_case_letters_and_all_249_countries_are_named() {
        let mut codes: Vec<&str> = COUNTRY_NAMES.iter().map(|(_, code)| *code).collect();
        codes.sort_unstable();
        codes.dedup();
        assert_eq!(codes.len(), 249);
        for code in codes {
            assert!(
                code.len() == 2 && code.bytes().all(|b| b.is_ascii_uppercase()),
                "{code}"
            );
        }
    }

    #[test]
    fn english_short_names_map_to_their_codes() {
        for (name, code) in [
            ("Sweden", "SE"),
            ("Germany", "DE"),
            ("United States", "US"),
            ("United Kingdom", "GB"),
            ("Netherlands", "NL"),
            ("Czechia", "CZ"),
            ("Åland Islands", "AX"),
            ("Côte d'Ivoire", "CI"),
            ("Zimbabwe", "ZW"),
        ] {
            assert_eq!(country_code_for_name(name), Some(code), "{name}");
        }
    }

    #[test]
    fn common_alternates_map_to_the_same_codes() {
        for (name, code) in [
            ("USA", "US"),
            ("United States of America", "US"),
            ("UK", "GB"),
            ("Great Britain", "GB"),
            ("Czech Republic", "CZ"),
            ("The Netherlands", "NL"),
            ("Holland", "NL"),
            ("South Korea", "KR"),
            ("Russia", "RU"),
            ("Turkey", "TR"),
            ("Türkiye", "TR"),
            ("Vietnam", "VN"),
        ] {
            assert_eq!(country_code_for_name(name), Some(code), "{name}");
        }
    }

    #[test]
    fn european_countries_own_names_map_to_their_codes() {
        for (name, code) in [
            ("Sverige", "SE"),
            ("Norge", "NO"),
            ("Danmark", "DK"),
            ("Suomi", "FI"),
            ("Deutschland", "DE"),
            ("Österreich", "AT"),
            ("Schweiz", "CH"),
            ("Suisse", "CH"),
            ("Svizzera", "CH"),
            ("España", "ES"),
            ("Italia", "IT"),
            ("Polska", "PL"),
            ("Nederland", "NL"),
            ("België", "BE"),
            ("Belgique", "BE"),
            ("Éire", "IE"),
            ("Ísland", "IS"),
            ("Eesti", "EE"),
            ("Latvija", "LV"),
            ("Lietuva", "LT"),
            ("Portugal", "PT"),
            ("France", "FR"),
        ] {
            assert_eq!(country_code_for_name(name), Some(code), "{name}");
        }
    }

    #[test]
    fn case_and_surrounding_spaces_do_not_matter() {
        for (name, code) in [
            ("sweden", "SE"),
            ("SWEDEN", "SE"),
            ("  Sweden\t", "SE"),
            ("sVeRiGe", "SE"),
            (" the netherlands ", "NL"),
            ("THE  Netherlands", "NL"),
            ("ÖSTERREICH", "AT"),
            (" ÉIRE ", "IE"),
        ] {
            assert_eq!(country_code_for_name(name), Some(code), "{name:?}");
        }
    }

    #[test]
    fn unknown_names_have_no_code() {
        for name in [
            "",
            "  ",
            "Remote",
            "Atlantis",
            "Europe",
            "Sweden, Norway",
            "the",
        ] {
            assert_eq!(country_code_for_name(name), None, "{name:?}");
        }
    }
}
