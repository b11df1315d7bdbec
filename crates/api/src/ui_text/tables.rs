//! One `TEXTS` table per language, each in its own file.

pub(super) mod de;
pub(super) mod en;
pub(super) mod fr;
pub(super) mod sv;
