//! One job in the list.

use leptos::prelude::*;
use web_sys::MouseEvent;

use crate::ui::back_link::followed_in_place;
use crate::{i18n, BoardScope, RowFacts};

/// Title (a real link to the job's URL, so it can be opened in a new tab or shared),
/// department, locations, published pay, employment type and remote badge; all plain text. The link stays
/// the same element while `row`'s data changes.
#[component]
pub fn JobRow(
    id: String,
    row: Memo<Option<RowFacts>>,
    href_prefix: Memo<String>,
    on_open: Callback<String>,
) -> impl IntoView {
    let t = i18n::use_texts();
    let scope = BoardScope::current();
    let href = {
        let id = id.clone();
        move || {
            row.with(|row| {
                let title = row.as_ref().map(|row| row.title.as_str());
                href_prefix.with(|prefix| scope.job_href(prefix, &id, title))
            })
        }
    };
    let title = move || row.with(|row| row.as_ref().map(|row| row.title.clone()));
    // One list of parts, not a tuple of optional views: each tuple shape is code of its own
    // in the first view's wasm.
    let meta = move || {
        row.get().map(|row| {
            let parts = [
                ("tt-job-department", row.department),
                (
                    "tt-job-locations",
                    Some(row.locations).filter(|l| !l.is_empty()),
                ),
                ("tt-job-pay", row.pay.map(|pay| t.pay_text(&pay))),
                (
                    "tt-job-type",
                    row.employment_type
                        .as_deref()
                        .map(|wire| t.employment_type_label(wire)),
                ),
                (
                    "tt-badge tt-job-remote",
                    t.remote_label(&row.remote).map(str::to_owned),
                ),
            ];
            parts
                .into_iter()
                .filter_map(|(class, text)| Some(view! { <span class=class>{text?}</span> }))
                .collect_view()
        })
    };
    let open = {
        let id = id.clone();
        move |event: MouseEvent| {
            if followed_in_place(&event) {
                event.prevent_default();
                on_open.run(id.clone());
            }
        }
    };
    view! {
        <li class="tt-job" data-job-id=id>
            <a class="tt-job-title" href=href on:click=open>{title}</a>
            <div class="tt-job-meta">{meta}</div>
        </li>
    }
}
