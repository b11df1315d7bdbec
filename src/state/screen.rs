//! The board's current view as a memo: it changes only when the kind of view changes (list,
//! this job, loading, …), never because more data arrived for the view already showing.

use leptos::prelude::*;
use teamtailor_api::{decide_screen, OpenJob, Screen};

use crate::state::Catalog;

/// The view for the route's `open_job`; `can_look_up` is false for a snapshot source.
pub fn screen(open_job: Memo<Option<String>>, catalog: Catalog, can_look_up: bool) -> Memo<Screen> {
    Memo::new(move |_| {
        let phase = catalog.phase().get();
        open_job.with(|id| match id {
            None => decide_screen(None, &phase, can_look_up),
            Some(id) => {
                let job = catalog.find(id);
                let lookup = catalog.lookup(id);
                let open = OpenJob {
                    id,
                    job: job.as_ref(),
                    lookup: lookup.as_ref(),
                };
                decide_screen(Some(open), &phase, can_look_up)
            }
        })
    })
}
