//! One `TEXTS` table per language, each in its own file.

pub(super) mod da;
pub(super) mod de;
pub(super) mod en;
pub(super) mod es;
pub(super) mod fi;
pub(super) mod fr;
pub(super) mod it;
pub(super) mod nb;
pub(super) mod nl;
pub(super) mod pl;
pub(super) mod pt;
pub(super) mod sv;
