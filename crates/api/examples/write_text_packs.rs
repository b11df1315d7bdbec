//! Writes `i18n/{code}.json`, the widget's text pack of every language but English (which it
//! compiles in), from the tables in `src/ui_text/tables/`. Run after changing a table:
//! `cargo run -p teamtailor-api --example write_text_packs` (the `text_packs` test fails
//! until the files match).

use std::path::Path;

use teamtailor_api::{text_pack_json, Language};

fn main() -> std::io::Result<()> {
    let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../i18n");
    std::fs::create_dir_all(&folder)?;
    for language in Language::ALL.into_iter().filter(|l| *l != Language::En) {
        let path = folder.join(format!("{}.json", language.code()));
        std::fs::write(&path, text_pack_json(language.texts()))?;
        println!("wrote {}", path.display());
    }
    Ok(())
}
