//! Job-ad wording in the four demo languages, so bodies and pitches read naturally.

/// Fixed wording of one language.
pub(super) struct Phrases {
    pub apply_button: &'static str,
    pub about: &'static str,
    pub duties_heading: &'static str,
    pub duties: [&'static str; 5],
    pub profile_heading: &'static str,
    pub profile: [&'static str; 5],
    pub offer_heading: &'static str,
    pub offers: [&'static str; 5],
    pub process_heading: &'static str,
    pub process_columns: [&'static str; 2],
    pub process: [[&'static str; 2]; 3],
    pub quote: &'static str,
    pub read_more: &'static str,
    pub questions: &'static str,
    pub image_alt: &'static str,
}

const ENGLISH: Phrases = Phrases {
    apply_button: "Apply for this job",
    about: "About the role",
    duties_heading: "What you will do",
    duties: [
        "Own meaningful projects from the first sketch to the last release",
        "Work closely with colleagues across product, sales and support",
        "Share what you learn in demos, docs and pairing sessions",
        "Help us improve how we plan, build and follow up on our work",
        "Talk to customers to understand the problems worth solving",
    ],
    profile_heading: "What we are looking for",
    profile: [
        "A few years of experience in a similar role",
        "Clear written and spoken English",
        "Curiosity and a habit of asking <em>why</em>",
        "Comfort with ambiguity in a fast-growing company",
        "Experience from a SaaS company is a plus",
    ],
    offer_heading: "What we offer",
    offers: [
        "Flexible hours and a hybrid-friendly culture",
        "30 days of paid vacation",
        "A yearly learning budget",
        "Wellness allowance and private health insurance",
        "Team offsites twice a year",
    ],
    process_heading: "How we hire",
    process_columns: ["Step", "What happens"],
    process: [
        ["Intro call", "A 30 minute chat with the recruiter"],
        ["Case", "A short, paid take-home task"],
        ["Team interview", "Meet the people you would work with"],
    ],
    quote: "The best part is the people: everyone wants you to succeed.",
    read_more: "Read more about life at Northwind",
    questions: "Questions? Write to",
    image_alt: "The team at work",
};

const SWEDISH: Phrases = Phrases {
    apply_button: "Ansök nu",
    about: "Om rollen",
    duties_heading: "Vad du kommer att göra",
    duties: [
        "Driva projekt från första skiss till färdig leverans",
        "Samarbeta nära kollegor inom produkt, sälj och support",
        "Dela med dig av det du lär dig",
        "Hjälpa oss att förbättra hur vi planerar och följer upp",
        "Prata med kunder för att förstå deras behov",
    ],
    profile_heading: "Vem vi söker",
    profile: [
        "Några års erfarenhet av en liknande roll",
        "Mycket goda kunskaper i svenska och engelska",
        "Nyfikenhet och en vana att fråga <em>varför</em>",
        "Du trivs i ett snabbväxande bolag",
        "Erfarenhet från SaaS är meriterande",
    ],
    offer_heading: "Vi erbjuder",
    offers: [
        "Flexibla arbetstider",
        "30 dagars semester",
        "En årlig utbildningsbudget",
        "Friskvårdsbidrag och sjukvårdsförsäkring",
        "Konferenser två gånger om året",
    ],
    process_heading: "Så rekryterar vi",
    process_columns: ["Steg", "Vad händer"],
    process: [
        ["Introsamtal", "30 minuter med rekryteraren"],
        ["Case", "En kort, betald hemuppgift"],
        ["Teamintervju", "Träffa dina blivande kollegor"],
    ],
    quote: "Det bästa är människorna: alla vill att du ska lyckas.",
    read_more: "Läs mer om livet på Northwind",
    questions: "Frågor? Skriv till",
    image_alt: "Teamet på jobbet",
};

const GERMAN: Phrases = Phrases {
    apply_button: "Jetzt bewerben",
    about: "Über die Rolle",
    duties_heading: "Deine Aufgaben",
    duties: [
        "Du verantwortest Projekte von der Idee bis zum Release",
        "Du arbeitest eng mit Produkt, Vertrieb und Support zusammen",
        "Du teilst dein Wissen im Team",
        "Du hilfst uns, unsere Abläufe zu verbessern",
        "Du sprichst mit Kunden, um ihre Probleme zu verstehen",
    ],
    profile_heading: "Dein Profil",
    profile: [
        "Mehrjährige Erfahrung in einer ähnlichen Rolle",
        "Sehr gute Deutsch- und Englischkenntnisse",
        "Neugier und die Frage nach dem <em>Warum</em>",
        "Freude an einem schnell wachsenden Unternehmen",
        "Erfahrung im SaaS-Umfeld ist ein Plus",
    ],
    offer_heading: "Wir bieten",
    offers: [
        "Flexible Arbeitszeiten",
        "30 Tage Urlaub",
        "Ein jährliches Weiterbildungsbudget",
        "Zuschuss zum Deutschlandticket",
        "Zwei Team-Offsites pro Jahr",
    ],
    process_heading: "Unser Prozess",
    process_columns: ["Schritt", "Was passiert"],
    process: [
        ["Kennenlernen", "30 Minuten mit dem Recruiting"],
        ["Fallstudie", "Eine kurze, bezahlte Aufgabe"],
        ["Teaminterview", "Lerne dein zukünftiges Team kennen"],
    ],
    quote: "Das Beste sind die Menschen: alle wollen, dass du Erfolg hast.",
    read_more: "Mehr über das Leben bei Northwind",
    questions: "Fragen? Schreib an",
    image_alt: "Das Team bei der Arbeit",
};

const FRENCH: Phrases = Phrases {
    apply_button: "Postuler",
    about: "À propos du poste",
    duties_heading: "Vos missions",
    duties: [
        "Piloter des projets de l'idée à la mise en production",
        "Travailler avec les équipes produit, ventes et support",
        "Partager vos connaissances avec l'équipe",
        "Améliorer nos façons de travailler",
        "Échanger avec nos clients pour comprendre leurs besoins",
    ],
    profile_heading: "Votre profil",
    profile: [
        "Plusieurs années d'expérience dans un rôle similaire",
        "Un excellent niveau de français et d'anglais",
        "De la curiosité et l'envie de comprendre le <em>pourquoi</em>",
        "Le goût des entreprises en forte croissance",
        "Une expérience SaaS est un plus",
    ],
    offer_heading: "Ce que nous offrons",
    offers: [
        "Des horaires flexibles",
        "30 jours de congés payés",
        "Un budget formation annuel",
        "Une mutuelle prise en charge à 100 %",
        "Deux séminaires d'équipe par an",
    ],
    process_heading: "Notre processus",
    process_columns: ["Étape", "Déroulé"],
    process: [
        ["Premier échange", "30 minutes avec le recrutement"],
        ["Étude de cas", "Un court exercice rémunéré"],
        ["Entretien d'équipe", "Rencontrez vos futurs collègues"],
    ],
    quote: "Le meilleur, ce sont les gens : tout le monde veut votre réussite.",
    read_more: "En savoir plus sur la vie chez Northwind",
    questions: "Des questions ? Écrivez à",
    image_alt: "L'équipe au travail",
};

/// The wording of `language`, English for anything unknown.
pub(super) fn phrases(language: &str) -> &'static Phrases {
    match language {
        "sv" => &SWEDISH,
        "de" => &GERMAN,
        "fr" => &FRENCH,
        _ => &ENGLISH,
    }
}

/// "our Engineering team", in `language`; the company itself when there is no department.
pub(super) fn team(language: &str, department: Option<&str>) -> String {
    match (language, department) {
        ("sv", Some(name)) => format!("vårt {name}-team"),
        ("de", Some(name)) => format!("unser {name}-Team"),
        ("fr", Some(name)) => format!("notre équipe {name}"),
        (_, Some(name)) => format!("our {name} team"),
        _ => "Northwind".to_owned(),
    }
}

/// The one-line `pitch` attribute.
pub(super) fn pitch(language: &str, team: &str, place: &str) -> String {
    match language {
        "sv" => format!("Bli en del av {team} i {place} och hjälp företag att hitta rätt."),
        "de" => {
            format!("Verstärke {team} in {place} und hilf Unternehmen, die Richtigen zu finden.")
        }
        "fr" => format!("Rejoignez {team} à {place} et aidez les entreprises à bien recruter."),
        _ => format!("Join {team} in {place} and help companies hire the people they love."),
    }
}

/// The opening sentence of a body; `title` must already be HTML-escaped.
pub(super) fn intro(language: &str, title: &str, team: &str) -> String {
    match language {
        "sv" => format!("Vi söker nu en <strong>{title}</strong> till {team}."),
        "de" => format!("Wir suchen eine:n <strong>{title}</strong> für {team}."),
        "fr" => format!("Nous recherchons un(e) <strong>{title}</strong> pour {team}."),
        _ => format!("We are looking for a <strong>{title}</strong> to join {team}."),
    }
}
