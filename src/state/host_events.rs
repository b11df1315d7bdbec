//! What the host page hears and sees of the board: `teamtailor:ready` once the first jobs
//! show, `teamtailor:job-open` once per job page shown, and the document title of a board
//! that owns its page. Failures are announced by the loader when they happen.

use leptos::prelude::*;
use teamtailor_api::Screen;

use crate::board_host::BoardHost;
use crate::state::Catalog;

/// Fires the board's `ready` and `job-open` events as `screen` changes.
pub fn announce_to_host(screen: Memo<Screen>, host: BoardHost) {
    let ready_sent = StoredValue::new(false);
    let shown_job = Memo::new(move |_| match screen.get() {
        Screen::Job(id) | Screen::ClosedJob(id) => Some(id),
        _ => None,
    });
    let events = host.clone();
    Effect::new(move |_| {
        let showing = !matches!(screen.get(), Screen::Loading | Screen::Failed(_));
        if showing && !ready_sent.get_value() {
            ready_sent.set_value(true);
            events.emit("ready", &[]);
        }
    });
    Effect::new(move |_| {
        if let Some(id) = shown_job.get() {
            host.emit("job-open", &[("id", id.into())]);
        }
    });
}

/// Keeps `document.title` on the view: the job's title on a job page, the page's own title
/// elsewhere.
pub fn follow_document_title(screen: Memo<Screen>, catalog: Catalog) {
    let original = document().title();
    let job_title = Memo::new(move |_| match screen.get() {
        Screen::Job(id) | Screen::ClosedJob(id) => catalog.find(&id).map(|job| job.title),
        _ => None,
    });
    Effect::new(move |_| {
        document().set_title(&match job_title.get() {
            Some(title) => format!("{title} – {original}"),
            None => original.clone(),
        });
    });
}
