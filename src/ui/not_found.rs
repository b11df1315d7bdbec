//! A job id that matches no published job.

use leptos::prelude::*;

use crate::i18n;

/// Says the job is gone and offers the way back to the list.
#[component]
pub fn NotFound(on_back: Callback<()>) -> impl IntoView {
    view! {
        <div class="tt-not-found" role="alert">
            <p>{i18n::JOB_NOT_FOUND}</p>
            <button type="button" class="tt-button" on:click=move |_| on_back.run(())>
                {i18n::BACK_TO_JOBS}
            </button>
        </div>
    }
}
