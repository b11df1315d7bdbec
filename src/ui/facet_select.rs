//! One facet as a labelled select; each option says how many jobs choosing it would leave.

use leptos::prelude::*;
use teamtailor_api::FacetOption;

use crate::i18n;

/// A single-choice filter. `selected` is the chosen option id, `None` for "all".
#[component]
pub fn FacetSelect(
    id: &'static str,
    label: &'static str,
    options: Signal<Vec<FacetOption>>,
    selected: Signal<Option<String>>,
    on_change: Callback<Option<String>>,
    #[prop(default = |option: &FacetOption| option.label.clone())] option_label: fn(
        &FacetOption,
    ) -> String,
) -> impl IntoView {
    view! {
        <div class="tt-facet">
            <label for=id class="tt-label">{label}</label>
            <select
                id=id
                class="tt-select"
                on:change=move |event| {
                    let value = event_target_value(&event);
                    on_change.run((!value.is_empty()).then_some(value));
                }
            >
                <option value="" selected=move || selected.get().is_none()>{i18n::ALL}</option>
                {move || {
                    let current = selected.get();
                    options
                        .get()
                        .into_iter()
                        .map(|option| {
                            let is_selected = current.as_deref() == Some(option.id.as_str());
                            let text = format!("{} ({})", option_label(&option), option.count);
                            view! {
                                <option value=option.id selected=is_selected>{text}</option>
                            }
                        })
                        .collect_view()
                }}
            </select>
        </div>
    }
}
