//! The widget's text packs (`i18n/{code}.json`) say exactly what the tables say, and read back
//! into the same table.

use teamtailor_api::{decode_text_pack, text_pack_json, Language};

fn pack_file(language: Language) -> String {
    let path = format!(
        "{}/../../i18n/{}.json",
        env!("CARGO_MANIFEST_DIR"),
        language.code()
    );
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn every_pack_file_matches_its_table() {
    for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        assert!(
            pack_file(language) == text_pack_json(language.texts()),
            "i18n/{}.json differs from its table: run \
             `cargo run -p teamtailor-api --example write_text_packs`",
            language.code()
        );
    }
}

#[test]
fn a_pack_reads_back_into_the_table_it_was_written_from() {
    for language in Language::ALL {
        let pack: serde_json::Value =
            serde_json::from_str(&text_pack_json(language.texts())).unwrap();
        let read = decode_text_pack(&pack).unwrap();
        assert_eq!(read.entries(), language.texts().entries(), "{language:?}");
    }
}

#[test]
fn a_pack_missing_an_entry_is_refused_by_name() {
    let mut pack: serde_json::Value =
        serde_json::from_str(&text_pack_json(Language::Pl.texts())).unwrap();
    pack.as_object_mut().unwrap().remove("apply");
    assert_eq!(
        decode_text_pack(&pack).err().as_deref(),
        Some("the text pack has no \"apply\"")
    );
    // Plural forms a language does not use may be absent.
    let mut pack: serde_json::Value =
        serde_json::from_str(&text_pack_json(Language::Sv.texts())).unwrap();
    pack.as_object_mut().unwrap().remove("count.few");
    assert!(decode_text_pack(&pack).is_ok());
}

#[test]
fn natively_a_compiled_in_table_is_never_replaced_by_an_installed_pack() {
    // What an installed pack does where tables are not compiled in (the widget) is tested in
    // the widget's wasm tests: tests/web.rs `an_installed_pack_becomes_the_languages_texts`.
    assert!(Language::Fi.has_texts());
    let before = Language::Fi.texts().apply;
    let pack: serde_json::Value =
        serde_json::from_str(&text_pack_json(Language::En.texts())).unwrap();
    Language::Fi.install_texts(decode_text_pack(&pack).unwrap());
    assert_eq!(Language::Fi.texts().apply, before);
}
