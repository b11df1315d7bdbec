//! A job id that matches no published job.

use leptos::prelude::*;

use crate::i18n;

/// Says the job is gone and offers the way back to the list.
#[component]
pub fn NotFound(on_back: Callback<()>) -> impl IntoView {
    let t = i18n::use_texts();
    view! {
        <div class="tt-not-found" role="alert">
            <p>{t.job_not_found}</p>
            <button type="button" class="tt-button" on:click=move |_| on_back.run(())>
                {t.back_to_jobs}
            </button>
        </div>
    }
}
