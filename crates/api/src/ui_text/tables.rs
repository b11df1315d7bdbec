//! One `TEXTS` table per language, each in its own file. Only English is compiled without the
//! `ui-text-tables` feature: the widget leaves it off and loads the other languages as text
//! packs (`i18n/{code}.json`, written from these tables), so its first view carries one table.

#[cfg(feature = "ui-text-tables")]
pub(super) mod da;
#[cfg(feature = "ui-text-tables")]
pub(super) mod de;
pub(super) mod en;
#[cfg(feature = "ui-text-tables")]
pub(super) mod es;
#[cfg(feature = "ui-text-tables")]
pub(super) mod fi;
#[cfg(feature = "ui-text-tables")]
pub(super) mod fr;
#[cfg(feature = "ui-text-tables")]
pub(super) mod it;
#[cfg(feature = "ui-text-tables")]
pub(super) mod nb;
#[cfg(feature = "ui-text-tables")]
pub(super) mod nl;
#[cfg(feature = "ui-text-tables")]
pub(super) mod pl;
#[cfg(feature = "ui-text-tables")]
pub(super) mod pt;
#[cfg(feature = "ui-text-tables")]
pub(super) mod sv;
